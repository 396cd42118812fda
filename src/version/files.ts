/**
 * Version files: read the current version, write the new one. Pure text in, text out: the file is
 * edited where the version sits, never re-serialized, so indentation, key order, CRLF line endings
 * and the presence or absence of a final newline are kept. Every error names the file and line.
 *
 * Formats:
 * - `*.json` (package.json and friends): the top-level `"version"` string.
 * - `Cargo.toml`, `pyproject.toml`: the `[package]` / `[workspace.package]`, or `[project]` /
 *   `[tool.poetry]` `version` (toml-version.ts), edited in place.
 * - anything else (VERSION, version.txt): a plain text file holding one version on one line;
 *   blank lines and `#` comment lines are allowed around it, and a leading `v` is accepted
 *   (and kept on write).
 */
import semver from 'semver';
import { findTomlVersion, tomlTablesFor } from './toml-version.js';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';

/** Strict semantic version (no leading `v` or `=`, no surrounding space); build metadata allowed. */
export function isStrictSemver(value: string): boolean {
  return /^\d/.test(value) && !/\s/.test(value) && semver.valid(value) !== null && semver.parse(value)?.raw === value;
}

function requireVersion(version: string): void {
  if (!isStrictSemver(version)) throw new Error(`new version ${JSON.stringify(version)} is not a semantic version`);
}

/** 1-based line and column of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function lineOf(text: string, offset: number): number {
  return lineAndColumn(text, offset).line;
}

/** Strict JSON (no comments, no trailing commas), as npm writes it; errors name line and column. */
function parseOrExplain(file: string, text: string): JsonNode {
  const errors: ParseError[] = [];
  // A byte order mark becomes a space of the same length, so offsets still point into `text`.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const at = lineAndColumn(text, first?.offset ?? 0);
    // PropertyNameExpected -> "property name expected"
    const what = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty file';
    throw new Error(`${file} line ${at.line}, column ${at.column}: not valid JSON (${what})`);
  }
  return root;
}

/** A member's value node of an object node (keys compared exactly). */
function memberOf(owner: JsonNode, key: string): JsonNode | undefined {
  return owner.type === 'object' ? findNodeAtLocation(owner, [key]) : undefined;
}

/** The string node of `owner.version`, checked to hold a semantic version. */
function versionNode(
  file: string,
  text: string,
  owner: JsonNode,
  where: string
): { start: number; end: number; value: string } {
  const members = (owner.children ?? []).filter((p) => p.children?.[0]?.value === 'version');
  if (members.length > 1) {
    const lines = members.map((p) => lineOf(text, p.offset));
    throw new Error(
      `${file} line ${lines[1]}: "version" appears twice in ${where} (lines ${lines.join(' and ')}); JSON.parse and npm read the last one: keep one`
    );
  }
  const node = memberOf(owner, 'version');
  if (!node) throw new Error(`${file} line ${lineOf(text, owner.offset)}: no "version" field in ${where}`);
  if (node.type !== 'string') {
    throw new Error(
      `${file} line ${lineOf(text, node.offset)}: "version" in ${where} is ${text.slice(node.offset, Math.min(node.offset + node.length, node.offset + 40))}, not a string`
    );
  }
  const value = node.value as string;
  if (!isStrictSemver(value)) {
    throw new Error(`${file} line ${lineOf(text, node.offset)}: "version" in ${where} is ${JSON.stringify(value)}, not a semantic version (e.g. 1.4.2)`);
  }
  return { start: node.offset, end: node.offset + node.length, value };
}

function rootObject(file: string, text: string): JsonNode {
  const root = parseOrExplain(file, text);
  if (root.type !== 'object') throw new Error(`${file} line ${lineOf(text, root.offset)}: expected a JSON object at the top level`);
  return root;
}

function replaceRanges(text: string, ranges: Array<{ start: number; end: number }>, replacement: string): string {
  let out = text;
  for (const r of [...ranges].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + replacement + out.slice(r.end);
  return out;
}

/** package.json (or any JSON file): sets the top-level `version`. */
export function bumpPackageJson(text: string, version: string, file = 'package.json'): string {
  requireVersion(version);
  const root = rootObject(file, text);
  const node = versionNode(file, text, root, 'the top-level object');
  return replaceRanges(text, [node], JSON.stringify(version));
}

/**
 * package-lock.json: sets the top-level `version` and, when the lock has a `packages` map
 * (lockfileVersion 2 and 3), `packages[""].version`. Both must be present where expected: a lock
 * without them is out of step with package.json, and a release commit should not paper over that.
 */
export function bumpPackageLock(text: string, version: string, file = 'package-lock.json'): string {
  requireVersion(version);
  const root = rootObject(file, text);
  const targets = [versionNode(file, text, root, 'the top-level object')];
  const packages = memberOf(root, 'packages');
  const self = packages ? memberOf(packages, '') : undefined;
  if (self) targets.push(versionNode(file, text, self, 'packages[""]'));
  return replaceRanges(text, targets, JSON.stringify(version));
}

interface PlainVersion {
  line: number;
  start: number;
  end: number;
  version: string;
}

function findPlainVersion(path: string, text: string): PlainVersion {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let found: PlainVersion | undefined;
  const lines = text.slice(offset).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineStart = offset;
    offset += line.length + 1;
    const content = line.replace(/\r$/, '');
    const trimmed = content.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (found) {
      throw new Error(`${path} line ${i + 1}: unexpected second line ${JSON.stringify(trimmed)}; a version file holds only the version`);
    }
    const bare = trimmed.startsWith('v') || trimmed.startsWith('V') ? trimmed.slice(1) : trimmed;
    if (!isStrictSemver(bare)) {
      throw new Error(`${path} line ${i + 1}: ${JSON.stringify(trimmed)} is not a semantic version (e.g. 1.4.2)`);
    }
    const start = lineStart + content.indexOf(trimmed) + (trimmed.length - bare.length);
    found = { line: i + 1, start, end: start + bare.length, version: bare };
  }
  if (!found) throw new Error(`${path} line 1: no version found; expected a line such as 1.4.2`);
  return found;
}

function isJsonPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** The version of a Cargo.toml or pyproject.toml, checked to be a semantic version (undefined for other files). */
function tomlVersion(path: string, text: string): PlainVersion | undefined {
  const tables = tomlTablesFor(path);
  if (!tables) return undefined;
  const spot = findTomlVersion(path, text, tables);
  if ('problem' in spot) throw new Error(spot.problem);
  if (!isStrictSemver(spot.version)) throw new Error(`${path} line ${spot.line}: version ${JSON.stringify(spot.version)} is not a semantic version (e.g. 1.4.2)`);
  return spot;
}

/** The current version held by a version file (see the formats above). */
export function readVersionFile(path: string, text: string): string {
  const toml = tomlVersion(path, text);
  if (toml) return toml.version;
  if (isJsonPath(path)) {
    const root = rootObject(path, text);
    return versionNode(path, text, root, 'the top-level object').value;
  }
  return findPlainVersion(path, text).version;
}

/** The version file's text with `version` in place of the current one. */
export function writeVersionFile(path: string, text: string, version: string): string {
  requireVersion(version);
  if (/(^|[\\/])package-lock\.json$/i.test(path)) return bumpPackageLock(text, version, path);
  if (isJsonPath(path)) return bumpPackageJson(text, version, path);
  return replaceRanges(text, [tomlVersion(path, text) ?? findPlainVersion(path, text)], version);
}
