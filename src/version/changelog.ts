/**
 * The changelog (Keep a Changelog 1.1.0, https://keepachangelog.com/en/1.1.0/): read the
 * Unreleased section, and turn it into the new version's section. Pure: text in, text out.
 *
 * The rewrite is an insertion, not a re-render: everything the release does not have to change
 * (other sections, wording, spacing, CRLF line endings, a missing final newline) stays byte for
 * byte. What changes:
 * - a version heading `## [1.2.0] - 2024-05-01` is inserted right under the Unreleased heading,
 *   so the Unreleased body becomes the new version's body and an empty Unreleased stays on top;
 * - when the file has link definitions (`[unreleased]: .../compare/v1.1.0...HEAD`), the
 *   Unreleased link is moved to compare from the new tag, and a link for the new version is added
 *   below it in the same style (labels keep the case found in the file).
 * Version headings copy the style of the newest existing one (brackets, `v`, date separator).
 */
import semver from 'semver';
import { linkDefOn, releaseLinkEdits, type LinkDef, type TextEdit } from './changelog-links.js';
import { headingOf, scanLines, type Line } from './changelog-lines.js';

export { bumpPackageJson, bumpPackageLock, readVersionFile, writeVersionFile } from './files.js';
export { unclosedFences } from './changelog-lines.js';

/** The Unreleased section, as read by parseUnreleased. */
export interface ChangelogUnreleased {
  /**
   * Sub-heading (as written, e.g. `Added`) → its entries, in order. A list item is one entry
   * (marker removed, continuation lines and nested items joined with `\n`); a line of prose
   * outside a list is one entry too. Entries written before any sub-heading are under `''`.
   * A heading with no entries maps to an empty list. HTML comments are not entries.
   */
  headings: Record<string, string[]>;
  /** The section body exactly as in the file (between the heading line and the next section). */
  raw: string;
  /** A `Breaking…` sub-heading with entries, or an entry marked `BREAKING:` / `**Breaking**:` / `[breaking]`. */
  breaking: boolean;
}

export interface ReleaseChangelogOptions {
  /** The new version, no prefix. */
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  tagPrefix: string;
  /** The previous release's tag (with prefix), or null for a first release. */
  previousTag: string | null;
  /** e.g. https://github.com/o/r; used for links in a new file, or when the file's links show no base. */
  repoUrl: string;
}

export interface ReleasedChangelog {
  /** The whole new file. */
  text: string;
  /**
   * The new version's section body for the tag message and release notes: LF line endings,
   * trimmed, HTML comments and sub-headings without entries left out. `''` when the release has
   * no changelog entries (the caller then uses generated notes).
   */
  section: string;
  /** True when there was no changelog file and this is a new one. */
  created: boolean;
}

const KEEP_A_CHANGELOG_HEADER = [
  '# Changelog',
  '',
  'All notable changes to this project will be documented in this file.',
  '',
  'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
  'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).'
];

interface Heading {
  index: number;
  level: number;
  title: string;
}
const UNRELEASED_TITLE = /^(\[)?\s*unreleased\s*(\])?(?:\s*(?:\(.*\)|[-–—:].*))?$/i;
const VERSION_TITLE =
  /^(\[)?([vV])?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(\])?(\([^)]*\))?(.*)$/;

interface VersionHeading {
  index: number;
  version: string;
  bracketed: boolean;
  vPrefix: boolean;
  /** Text after the label, e.g. ` - 2024-05-01`. */
  rest: string;
}

interface Analysis {
  lines: Line[];
  eol: string;
  unreleased: { index: number; bracketed: boolean; bodyEnd: number } | null;
  versions: Array<VersionHeading & { bodyEnd: number }>;
  links: LinkDef[];
  /** Index of the first line of the link definitions at the end of the file (lines.length if none). */
  linkBlockStart: number;
}

function linkDefOf(text: string, line: Line, index: number): LinkDef | null {
  return line.fenced ? null : linkDefOn(text, line.start, line.end, index);
}

function analyze(text: string): Analysis {
  const lines = scanLines(text);
  const eol = /\r\n/.test(text.slice(0, (text.indexOf('\n') + 1) || text.length)) ? '\r\n' : '\n';
  const headings: Heading[] = [];
  const links: LinkDef[] = [];
  lines.forEach((line, index) => {
    const h = headingOf(line);
    if (h && h.level <= 2) headings.push({ index, ...h });
    const link = linkDefOf(text, line, index);
    if (link) links.push(link);
  });

  const lastHeading = headings.length ? headings[headings.length - 1].index : -1;
  let linkBlockStart = lines.length;
  for (let i = lines.length - 1; i > lastHeading; i--) {
    if (lines[i].text.trim() === '') continue;
    if (linkDefOf(text, lines[i], i)) linkBlockStart = i;
    else break;
  }

  const bodyEnd = (k: number): number => (k + 1 < headings.length ? headings[k + 1].index : linkBlockStart);
  let unreleased: Analysis['unreleased'] = null;
  const versions: Analysis['versions'] = [];
  headings.forEach((h, k) => {
    if (h.level !== 2) return;
    const u = UNRELEASED_TITLE.exec(h.title);
    if (u && Boolean(u[1]) === Boolean(u[2])) {
      unreleased ??= { index: h.index, bracketed: Boolean(u[1]), bodyEnd: bodyEnd(k) };
      return;
    }
    const v = VERSION_TITLE.exec(h.title);
    if (v && Boolean(v[1]) === Boolean(v[4]) && semver.valid(v[3])) {
      versions.push({
        index: h.index,
        version: v[3],
        bracketed: Boolean(v[1]),
        vPrefix: Boolean(v[2]),
        rest: v[6],
        bodyEnd: bodyEnd(k)
      });
    }
  });
  return { lines, eol, unreleased, versions, links, linkBlockStart };
}

/** Removes HTML comments (which may span lines) but keeps the line structure. */
function withoutComments(bodyLines: string[]): string[] {
  return bodyLines
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''))
    .split('\n');
}

function bodyLinesOf(a: Analysis, from: number, to: number): string[] {
  return a.lines.slice(from, to).map((l) => l.text);
}

/** The notes text of a section body (see ReleasedChangelog.section). */
function sectionText(bodyLines: string[]): string {
  const scanned = scanLines(withoutComments(bodyLines).join('\n'));
  const lines = scanned.map((l) => l.text.replace(/[ \t]+$/, ''));
  const level = (i: number): number => {
    const h = headingOf(scanned[i]);
    return h ? h.level : 0;
  };
  const keep = lines.map(() => true);
  for (let i = 0; i < lines.length; i++) {
    const own = level(i);
    if (own === 0) continue;
    let hasContent = false;
    for (let j = i + 1; j < lines.length; j++) {
      const l = level(j);
      if (l !== 0 && l <= own) break;
      if (l === 0 && lines[j].trim() !== '') {
        hasContent = true;
        break;
      }
    }
    keep[i] = hasContent;
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!keep[i]) return;
    if (line.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) return;
    out.push(line.trim() === '' ? '' : line);
  });
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

const BREAKING_ENTRY = [
  /^[*_\s]*breaking(?:[ -]changes?)?[*_]*\s*[:!—–-]/i,
  /^[*_]*[[(]breaking(?:[ -]changes?)?[\])]/i
];

function parseBody(bodyLines: string[]): { headings: Record<string, string[]>; breaking: boolean } {
  const lines = withoutComments(bodyLines);
  const scanned = scanLines(lines.join('\n'));
  const headings: Record<string, string[]> = {};
  let current = '';
  const state: { entry: string[] | null; list: string[] | null } = { entry: null, list: null };
  let prevBlank = true;
  const flush = (): void => {
    if (state.entry && state.list) state.list.push(state.entry.join('\n'));
    state.entry = null;
  };
  const start = (heading: string, first: string): void => {
    flush();
    state.list = headings[heading] ??= [];
    state.entry = [first];
  };
  for (const line of scanned) {
    const h = headingOf(line);
    if (h && h.level >= 3) {
      flush();
      if (h.level === 3) {
        current = h.title;
        headings[current] ??= [];
      }
      prevBlank = true;
      continue;
    }
    if (line.text.trim() === '') {
      prevBlank = true;
      if (state.entry && line.fenced) state.entry.push('');
      continue;
    }
    const bullet = /^( *)(?:[-*+]|\d+[.)])[ \t]+(.*)$/.exec(line.text);
    const indent = /^ */.exec(line.text)?.[0].length ?? 0;
    if (bullet && !line.fenced && bullet[1].length < 2) start(current, bullet[2].trim());
    else if (state.entry && (indent > 0 || !prevBlank || line.fenced)) state.entry.push(line.text.trim());
    else start(current, line.text.trim());
    prevBlank = false;
  }
  flush();
  const breaking = Object.entries(headings).some(
    ([title, list]) =>
      (list.length > 0 && /breaking/i.test(title)) || list.some((e) => BREAKING_ENTRY.some((re) => re.test(e)))
  );
  return { headings, breaking };
}

/** The Unreleased section (`## [Unreleased]` or `## Unreleased`), or null when there is none. */
export function parseUnreleased(text: string): ChangelogUnreleased | null {
  const a = analyze(text);
  if (!a.unreleased) return null;
  const from = a.unreleased.index + 1;
  const to = a.unreleased.bodyEnd;
  const raw = from < to ? text.slice(a.lines[from].start, a.lines[to - 1].next) : '';
  return { ...parseBody(bodyLinesOf(a, from, to)), raw };
}

function versionHeadingText(a: Analysis, version: string, date: string): { heading: string; label: string } {
  const model = a.versions[0];
  const bracketed = model ? model.bracketed : a.unreleased ? a.unreleased.bracketed : true;
  const label = `${model?.vPrefix ? 'v' : ''}${version}`;
  let dated = ` - ${date}`;
  if (model) {
    const dash = /^(\s*[-–—]\s*)\d{4}-\d{2}-\d{2}/.exec(model.rest);
    const paren = /^(\s*)\(\d{4}-\d{2}-\d{2}\)/.exec(model.rest);
    if (dash) dated = `${dash[1]}${date}`;
    else if (paren) dated = `${paren[1]}(${date})`;
  }
  return { heading: `## ${bracketed ? `[${label}]` : label}${dated}`, label };
}

function newFile(opts: ReleaseChangelogOptions, tag: string): ReleasedChangelog {
  const repo = opts.repoUrl.replace(/\/+$/, '');
  const lines = [...KEEP_A_CHANGELOG_HEADER, '', '## [Unreleased]', '', `## [${opts.version}] - ${opts.date}`];
  if (repo !== '') {
    lines.push(
      '',
      `[unreleased]: ${repo}/compare/${tag}...HEAD`,
      opts.previousTag
        ? `[${opts.version}]: ${repo}/compare/${opts.previousTag}...${tag}`
        : `[${opts.version}]: ${repo}/releases/tag/${tag}`
    );
  }
  return { text: `${lines.join('\n')}\n`, section: '', created: true };
}

/**
 * Turns the Unreleased section into the section of `opts.version` (see the file comment).
 * - `text` null (no file): a new Keep a Changelog file with the header, an empty Unreleased
 *   section, an empty section for the version and, given a repoUrl, the links.
 * - no Unreleased section: an empty section for the version is inserted above the newest
 *   version section (or at the end of the text); no Unreleased section is added.
 * - a section for the version already exists (a re-run): the text is returned unchanged, with
 *   that section's notes.
 */
export function releaseChangelog(text: string | null, opts: ReleaseChangelogOptions): ReleasedChangelog {
  if (!semver.valid(opts.version) || /^[vV=]/.test(opts.version)) {
    throw new Error(`changelog: ${JSON.stringify(opts.version)} is not a semantic version`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new Error(`changelog: date ${JSON.stringify(opts.date)} is not YYYY-MM-DD`);
  const tag = `${opts.tagPrefix}${opts.version}`;
  if (text === null) return newFile(opts, tag);
  if (text.trim() === '') return { ...newFile(opts, tag), created: false };

  const a = analyze(text);
  const existing = a.versions.find((v) => v.version === opts.version);
  if (existing) {
    return { text, section: sectionText(bodyLinesOf(a, existing.index + 1, existing.bodyEnd)), created: false };
  }

  const edits: TextEdit[] = [];
  const { heading, label } = versionHeadingText(a, opts.version, opts.date);
  const eol = a.eol;
  let section = '';
  if (a.unreleased) {
    const u = a.lines[a.unreleased.index];
    edits.push({ at: u.end, remove: 0, insert: `${eol}${eol}${heading}` });
    section = sectionText(bodyLinesOf(a, a.unreleased.index + 1, a.unreleased.bodyEnd));
  } else if (a.versions.length > 0) {
    edits.push({ at: a.lines[a.versions[0].index].start, remove: 0, insert: `${heading}${eol}${eol}` });
  } else if (a.linkBlockStart < a.lines.length) {
    edits.push({ at: a.lines[a.linkBlockStart].start, remove: 0, insert: `${heading}${eol}${eol}` });
  } else {
    const endsWithNewline = /\n$/.test(text);
    edits.push({ at: text.length, remove: 0, insert: endsWithNewline ? `${eol}${heading}${eol}` : `${eol}${eol}${heading}` });
  }

  // Links: only when the file already uses them.
  edits.push(...releaseLinkEdits(a.links, { label, tag, previousTag: opts.previousTag, repoUrl: opts.repoUrl, eol }));

  // Apply from the end; at equal offsets the later edit goes first so the earlier one ends up in front.
  let out = text;
  const order = edits.map((e, i) => ({ ...e, i })).sort((x, y) => y.at - x.at || y.i - x.i);
  for (const e of order) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return { text: out, section, created: false };
}

/** Where a changelog's sections and link definitions are, as offsets into its text. */
export interface ChangelogOutline {
  eol: string;
  /** The Unreleased section's body (after its heading line, up to the next heading or the links). */
  unreleased: { bodyStart: number; bodyEnd: number } | null;
  /** Each version section, from its heading line to the end of its body. */
  versions: Array<{ version: string; start: number; end: number }>;
  links: LinkDef[];
}

export function changelogOutline(text: string): ChangelogOutline {
  const a = analyze(text);
  const at = (index: number): number => (index < a.lines.length ? a.lines[index].start : text.length);
  return {
    eol: a.eol,
    unreleased: a.unreleased ? { bodyStart: a.lines[a.unreleased.index].next, bodyEnd: at(a.unreleased.bodyEnd) } : null,
    versions: a.versions.map((v) => ({ version: v.version, start: a.lines[v.index].start, end: at(v.bodyEnd) })),
    links: a.links
  };
}
