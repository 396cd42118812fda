/**
 * The version of a Cargo.toml or pyproject.toml, found by a TOML 1.0 parser that gives positions
 * (toml-eslint-parser) and edited in place: nothing re-serialises the file, so comments, order,
 * quoting and line endings stay byte for byte, and only the characters of the version change.
 *
 * Every way TOML can define `<table>.version` is read as a parser reads it: a `[package]` header
 * (`[ workspace . "package" ]` too), dotted keys (`package.version = "1.4.0"`, or `poetry.version`
 * under `[tool]`), inline tables (`package = { version = "1.4.0" }`). Text inside a string (a
 * multi-line string holding `[package]`, a comment holding `"""`) is never taken for a table or a
 * key. A file that is not valid TOML is refused with the parser's line and column. The version
 * must be a one-line string written without escapes, so that editing its characters is editing
 * the value.
 */
import { parseTOML, type AST } from 'toml-eslint-parser';

/** Where a version sits in a text: the characters of the version itself, without quotes. */
export interface VersionSpot {
  start: number;
  end: number;
  version: string;
  /** 1-based line. */
  line: number;
}

type Path = readonly string[];

interface Entry {
  path: string[];
  value: AST.TOMLContentNode;
}

interface Parsed {
  entries: Entry[];
  /** Every table defined (by a header, a dotted key or an inline table): its path (`dotted`) → first line. */
  tables: Map<string, number>;
}

const keyName = (k: AST.TOMLBare | AST.TOMLQuoted): string => (k.type === 'TOMLBare' ? k.name : k.value);
/** A path as a map key (a quoted `"a.b"` key is not `a.b`). */
const dotted = (path: Path): string => JSON.stringify(path);

/** Every key-value of the document with its full path (array tables and arrays left out). */
function collect(ast: AST.TOMLProgram): Parsed {
  const entries: Entry[] = [];
  const tables = new Map<string, number>();
  const table = (path: Path, line: number): void => {
    for (let n = 1; n <= path.length; n++) if (!tables.has(dotted(path.slice(0, n)))) tables.set(dotted(path.slice(0, n)), line);
  };
  const keyValues = (prefix: string[], body: readonly AST.TOMLKeyValue[]): void => {
    for (const kv of body) {
      const path = [...prefix, ...kv.key.keys.map(keyName)];
      if (path.length > 1) table(path.slice(0, -1), kv.loc.start.line);
      entries.push({ path, value: kv.value });
      if (kv.value.type === 'TOMLInlineTable') {
        table(path, kv.loc.start.line);
        keyValues(path, kv.value.body);
      }
    }
  };
  for (const node of ast.body[0].body) {
    if (node.type === 'TOMLKeyValue') keyValues([], [node]);
    else if (node.kind === 'standard') {
      const path = node.resolvedKey.map(String);
      table(path, node.loc.start.line);
      keyValues(path, node.body);
    }
  }
  return { entries, tables };
}

/** The parsed document, or why the file is not TOML (file, line and column). */
function parse(file: string, text: string): Parsed | { problem: string } {
  // A byte order mark becomes a space of the same length, so offsets still point into `text`.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  try {
    return collect(parseTOML(source, { tomlVersion: '1.0.0' }));
  } catch (error) {
    const e = error as Error & { lineNumber?: number; column?: number };
    const at = e.lineNumber ? ` line ${e.lineNumber}, column ${(e.column ?? 0) + 1}` : '';
    return { problem: `${file}${at}: not valid TOML (${e.message})` };
  }
}

const isTrue = (v: AST.TOMLContentNode | undefined): boolean => v?.type === 'TOMLValue' && v.kind === 'boolean' && v.value === true;

/** Why the version is defined elsewhere (Cargo's workspace inheritance, pyproject's dynamic), or undefined. */
function inherited(entries: readonly Entry[], table: Path): string | undefined {
  const at = (path: Path) => entries.find((e) => dotted(e.path) === dotted(path));
  const workspace = at([...table, 'version', 'workspace']);
  if (isTrue(workspace?.value)) return `version.workspace = true (line ${workspace!.value.loc.start.line})`;
  const dynamic = at([...table, 'dynamic']);
  if (dynamic?.value.type === 'TOMLArray' && dynamic.value.elements.some((v) => v.type === 'TOMLValue' && v.kind === 'string' && v.value === 'version')) {
    return `dynamic = ["version"] (line ${dynamic.value.loc.start.line})`;
  }
  return undefined;
}

/** The spot of a version value, or why it cannot be edited in place. */
function spotOf(file: string, text: string, value: AST.TOMLContentNode): VersionSpot | { problem: string } {
  const line = value.loc.start.line;
  const expected = 'expected a one-line string such as "1.4.0"';
  if (value.type !== 'TOMLValue' || value.kind !== 'string') return { problem: `${file} line ${line}: version is not a string; ${expected}` };
  if (value.multiline) return { problem: `${file} line ${line}: version is a multi-line string; ${expected}` };
  const start = value.range[0] + 1;
  const end = value.range[1] - 1;
  if (text.slice(start, end) !== value.value) return { problem: `${file} line ${line}: version is written with escapes; write it plainly, e.g. "1.4.0"` };
  return { start, end, version: value.value, line };
}

/**
 * The version of the first of `tables` that holds one literally, or why none does. `file` names
 * the file in the reason.
 */
export function findTomlVersion(file: string, text: string, tables: readonly string[]): VersionSpot | { problem: string } {
  const parsed = parse(file, text);
  if ('problem' in parsed) return parsed;
  const seen: string[] = [];
  for (const table of tables) {
    const path = table.split('.');
    const headerLine = parsed.tables.get(dotted(path));
    if (headerLine === undefined) {
      seen.push(`no [${table}] table`);
      continue;
    }
    const elsewhere = inherited(parsed.entries, path);
    if (elsewhere) {
      seen.push(`[${table}] (line ${headerLine}) takes it from elsewhere: ${elsewhere}`);
      continue;
    }
    const version = parsed.entries.find((e) => dotted(e.path) === dotted([...path, 'version']));
    if (version) return spotOf(file, text, version.value);
    seen.push(`[${table}] (line ${headerLine}) has no version key`);
  }
  return { problem: `${file}: no version = "…" found: ${seen.join('; ')}` };
}

export { tomlTablesFor } from './version-files-input.js';
