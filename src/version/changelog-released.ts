/**
 * The changelog of a ship whose branch has not taken the previous release commit yet (its
 * merge-back pull request is open): the branch's Unreleased section still lists what that release
 * shipped. With the changelog as the release tag has it, the entries already released leave the
 * Unreleased section, and the released version sections (with their link definitions) are put in
 * below it, as they are at the tag. So the new version's section holds only what was not released
 * yet, and the release commit's changelog is the tag's plus the new section. Pure: texts in, text out.
 *
 * An entry is a list item at the top level of the Unreleased section; it counts as released when
 * its first line is the first line of an entry in a released section (spaces normalised). A
 * sub-heading whose entries were all released goes with them.
 */
import { changelogOutline, parseUnreleased } from './changelog.js';

export interface ReleasedReconciliation {
  text: string;
  /** The entries taken out of Unreleased (their first lines). */
  dropped: string[];
  /** The versions whose sections were put in. */
  added: string[];
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const BULLET = /^ ?(?:[-*+]|\d+[.)])[ \t]+(.*)$/;
const HEADING = /^ {0,3}#{3,6}(?:[ \t]|$)/;

/** First lines of every entry in these version sections. */
function entriesOf(sections: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const section of sections) {
    const body = section.replace(/^[^\n]*\n?/, '');
    for (const list of Object.values(parseUnreleased(`## [Unreleased]\n${body}`)?.headings ?? {})) {
      for (const entry of list) out.add(squash(entry.split('\n')[0]));
    }
  }
  return out;
}

/** The Unreleased body without the released entries (and the sub-headings they leave empty). */
function dropReleased(body: string, released: ReadonlySet<string>): { body: string; dropped: string[] } {
  const lines = body.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const content = (l: string): string => l.replace(/\r?\n$/, '');
  const keep = lines.map(() => true);
  const dropped: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const bullet = BULLET.exec(content(lines[i]));
    if (!bullet) continue;
    let end = i + 1;
    while (end < lines.length) {
      const text = content(lines[end]);
      if (text.trim() === '' || BULLET.test(text) || HEADING.test(text)) break;
      end++;
    }
    if (released.has(squash(bullet[1]))) {
      dropped.push(squash(bullet[1]));
      for (let k = i; k < end; k++) keep[k] = false;
    }
    i = end - 1;
  }
  // Sub-headings left with no entries, where entries were dropped under them.
  for (let i = 0; i < lines.length; i++) {
    if (!HEADING.test(content(lines[i]))) continue;
    let end = i + 1;
    while (end < lines.length && !HEADING.test(content(lines[end]))) end++;
    const under = lines.slice(i + 1, end);
    const lost = under.some((_, k) => !keep[i + 1 + k]);
    const left = under.some((l, k) => keep[i + 1 + k] && content(l).trim() !== '');
    if (lost && !left) for (let k = i; k < end; k++) keep[k] = false;
  }
  // No two blank lines in a row where lines were taken out.
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (!keep[i]) return;
    const blank = content(l).trim() === '';
    if (blank && out.length > 0 && content(out[out.length - 1]).trim() === '') return;
    out.push(l);
  });
  return { body: out.join(''), dropped };
}

/** `current`: the changelog at the shipped commit; `released`: at the newest release tag. */
export function withoutReleased(current: string, released: string): ReleasedReconciliation {
  const cur = changelogOutline(current);
  const rel = changelogOutline(released);
  const missing = rel.versions.filter((v) => !cur.versions.some((c) => c.version === v.version));
  if (missing.length === 0) return { text: current, dropped: [], added: [] };
  const eol = cur.eol;
  const sections = missing.map((v) => released.slice(v.start, v.end).replace(/\r?\n/g, eol).replace(/\s+$/, ''));
  const edits: Array<{ at: number; remove: number; insert: string }> = [];

  let dropped: string[] = [];
  const block = sections.join(`${eol}${eol}`) + `${eol}${eol}`;
  if (cur.unreleased) {
    const { bodyStart, bodyEnd } = cur.unreleased;
    const cleaned = dropReleased(current.slice(bodyStart, bodyEnd), entriesOf(sections));
    dropped = cleaned.dropped;
    const body = cleaned.body.trim() === '' ? eol : cleaned.body.replace(/(\r?\n)*$/, `${eol}${eol}`);
    edits.push({ at: bodyStart, remove: bodyEnd - bodyStart, insert: `${body}${block}` });
  } else {
    const at = cur.versions[0]?.start ?? cur.links[0]?.lineStart ?? current.length;
    edits.push({ at, remove: 0, insert: block });
  }

  // The released versions' link definitions, when the file keeps links and lacks theirs.
  const label = (l: string): string => l.trim().toLowerCase().replace(/^v/, '');
  const wanted = new Set(missing.map((v) => v.version));
  const linkLines = rel.links.filter((l) => wanted.has(label(l.label)) && !cur.links.some((c) => label(c.label) === label(l.label)));
  if (linkLines.length && cur.links.length) {
    const text = linkLines.map((l) => released.slice(l.lineStart, l.lineEnd));
    const unreleasedLink = cur.links.find((l) => label(l.label) === 'unreleased');
    if (unreleasedLink) edits.push({ at: unreleasedLink.lineEnd, remove: 0, insert: text.map((t) => `${eol}${t}`).join('') });
    else edits.push({ at: cur.links[0].lineStart, remove: 0, insert: text.map((t) => `${t}${eol}`).join('') });
  }

  let out = current;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return { text: out, dropped, added: missing.map((v) => v.version) };
}
