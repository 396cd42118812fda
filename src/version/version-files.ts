/**
 * `version-files`: more files whose version the release commit bumps. Pure: the list is parsed
 * here, and each file's text is checked and edited here (the version stage reads and the release
 * stage writes). Only the version text changes; everything else stays byte for byte.
 *
 * Kinds, by path:
 * - `*.json`: the top-level `version` (files.ts, as for package.json);
 * - `Cargo.toml`: `[package]` or `[workspace.package]` `version`;
 * - `pyproject.toml`: `[project]` or `[tool.poetry]` `version`;
 * - any other file: every line that carries the marker `x-ship-prod-version`, where the current
 *   version (a leading `v` allowed) is replaced;
 * - `path#/regex/flags`: every match's first capture group is the version. The pattern runs in
 *   linear time (config/user-pattern.ts: RE2) or is refused here, before any write.
 * A file that is missing, or where a place named above does not hold the current version, is a
 * problem: the ship blocks before any write.
 */
import { compileUserPattern } from '../config/user-pattern.js';
import { readVersionFile, writeVersionFile } from './files.js';
import { findTomlVersion, type VersionSpot } from './toml-version.js';
import { tomlTablesFor, VERSION_MARKER, type VersionFileSpec } from './version-files-input.js';

export { parseVersionFiles, VERSION_MARKER, type SpecProblem, type VersionFileKind, type VersionFileSpec } from './version-files-input.js';

/** Line number (1-based) of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEMVER_LIKE = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?/;

/** Marker lines: each must hold the current version; every occurrence on them is a spot. */
function markerSpots(file: string, text: string, current: string): VersionSpot[] | { problem: string } {
  const own = new RegExp(`(?<![0-9A-Za-z.+-])v?(${escapeRegex(current)})(?![0-9A-Za-z+-]|\\.[0-9A-Za-z])`, 'gd');
  const spots: VersionSpot[] = [];
  let offset = 0;
  let markers = 0;
  for (const [i, line] of text.split('\n').entries()) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.includes(VERSION_MARKER)) continue;
    markers++;
    const found = [...line.matchAll(own)].map((m) => m.indices![1]!);
    if (!found.length) {
      const other = SEMVER_LIKE.exec(line.replace(VERSION_MARKER, ''))?.[0];
      return { problem: `${file} line ${i + 1}: carries the marker ${VERSION_MARKER} but not the current version ${current}${other ? ` (it holds ${other})` : ''}` };
    }
    for (const [start, end] of found) spots.push({ start: lineStart + start, end: lineStart + end, version: current, line: i + 1 });
  }
  if (!markers) return { problem: `${file}: no line carries the marker ${VERSION_MARKER}; add it (e.g. in a comment) on the line that holds the version ${current}, or list the file as ${file}#/regex/` };
  return spots;
}

/** Every match of the spec's regex: its first group must be the current version (a leading `v` allowed). */
function regexSpots(file: string, spec: VersionFileSpec, text: string, current: string): VersionSpot[] | { problem: string } {
  const re = compileUserPattern(spec.pattern!, spec.flags ?? '');
  if ('problem' in re) return { problem: `${file}: ${re.problem}` };
  const spots: VersionSpot[] = [];
  for (const match of re.matchAll(text)) {
    const value = match.group1;
    const line = lineAt(text, match.index);
    if (value === null) return { problem: `${file} line ${line}: /${spec.pattern}/ matched, but its first group captured nothing` };
    const bare = value.replace(/^v/, '');
    if (bare !== current) return { problem: `${file} line ${line}: /${spec.pattern}/ captured ${JSON.stringify(value)}, not the current version ${current}` };
    const start = match.group1Start + (value.length - bare.length);
    spots.push({ start, end: match.group1End, version: bare, line });
  }
  if (!spots.length) return { problem: `${file}: /${spec.pattern}/ matches nothing; expected it to capture the current version ${current}` };
  return spots;
}

function replaceSpots(text: string, spots: readonly VersionSpot[], next: string): string {
  let out = text;
  for (const s of [...spots].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + next + out.slice(s.end);
  return out;
}

/** One file's text with `current` replaced by `next` where the spec says, or why it cannot be. */
export function bumpVersionFile(spec: VersionFileSpec, text: string, current: string, next: string): { text: string } | { problem: string } {
  const file = spec.path;
  if (spec.kind === 'json') {
    try {
      const held = readVersionFile(file, text);
      if (held !== current) return { problem: `${file}: "version" is ${held}, not the current version ${current}` };
      return { text: writeVersionFile(file, text, next) };
    } catch (error) {
      return { problem: (error as Error).message };
    }
  }
  let spots: VersionSpot[] | { problem: string };
  if (spec.kind === 'toml') {
    const spot = findTomlVersion(file, text, tomlTablesFor(file)!);
    spots = 'problem' in spot ? spot : spot.version === current ? [spot] : { problem: `${file} line ${spot.line}: version is ${JSON.stringify(spot.version)}, not the current version ${current}` };
  } else if (spec.kind === 'marker') {
    spots = markerSpots(file, text, current);
  } else {
    spots = regexSpots(file, spec, text, current);
  }
  return 'problem' in spots ? spots : { text: replaceSpots(text, spots, next) };
}

export interface VersionFilesPlan {
  /** New contents, one per file (a file listed twice gets both edits). */
  edits: Array<{ path: string; content: string }>;
  problems: string[];
}

/**
 * Checks and edits every listed file. `texts` holds each file's text at the shipped commit (null:
 * missing). Nothing is edited when any file has a problem.
 */
export function planVersionFiles(specs: readonly VersionFileSpec[], texts: ReadonlyMap<string, string | null>, current: string, next: string): VersionFilesPlan {
  const contents = new Map<string, string>();
  const problems: string[] = [];
  for (const spec of specs) {
    const text = contents.get(spec.path) ?? texts.get(spec.path) ?? null;
    if (text === null) {
      problems.push(`${spec.path}: listed in version-files, but there is no such file at the shipped commit`);
      continue;
    }
    const result = bumpVersionFile(spec, text, current, next);
    if ('problem' in result) problems.push(result.problem);
    else contents.set(spec.path, result.text);
  }
  if (problems.length) return { edits: [], problems };
  return { edits: [...contents].map(([file, content]) => ({ path: file, content })), problems };
}
