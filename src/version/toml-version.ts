/**
 * The version of a Cargo.toml or pyproject.toml, found where it sits and edited in place: no TOML
 * library parses and re-serialises the file, so comments, order, quoting and line endings stay
 * byte for byte. A line scanner is enough for where versions live: a `version = "…"` key directly
 * under a table header (`[package]`, `[workspace.package]`, `[project]`, `[tool.poetry]`).
 * Multi-line strings are skipped, so a `[package]` inside one is not taken for a header.
 */

/** Where a version sits in a text: the characters of the version itself, without quotes. */
export interface VersionSpot {
  start: number;
  end: number;
  version: string;
  /** 1-based line. */
  line: number;
}

interface TableKey {
  table: string;
  spot?: VersionSpot;
  /** `version.workspace = true` (Cargo) or `dynamic = ["version"]` (pyproject): defined elsewhere. */
  inherited?: string;
  headerLine: number;
}

const HEADER = /^\s*\[\s*([^[\]#]+?)\s*\](?:\s*#.*)?\s*$/;
const ARRAY_HEADER = /^\s*\[\[/;
const VERSION_KEY = /^(\s*(?:version|"version"|'version')\s*=\s*)(["'])([^"'\r\n]*)\2/;
const WORKSPACE_VERSION = /^\s*version\s*(?:\.\s*workspace\s*=\s*true|=\s*\{[^}]*\bworkspace\s*=\s*true)/;
const DYNAMIC_VERSION = /^\s*dynamic\s*=\s*\[[^\]]*["']version["']/;

/** Normalises a header's table name: `[ tool . poetry ]` and `[tool."poetry"]` are `tool.poetry`. */
function tableName(raw: string): string {
  return raw
    .split('.')
    .map((part) => part.trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2'))
    .join('.');
}

/** Every table's version key (first one wins), in the order the tables appear. */
function scanTables(text: string, wanted: readonly string[]): Map<string, TableKey> {
  const found = new Map<string, TableKey>();
  let current: TableKey | undefined;
  let offset = 0;
  let openString: '"""' | "'''" | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineStart = offset;
    offset += line.length + 1;
    if (openString) {
      if (line.split(openString).length % 2 === 0) openString = undefined;
      continue;
    }
    const header = ARRAY_HEADER.test(line) ? undefined : HEADER.exec(line);
    if (header || ARRAY_HEADER.test(line)) {
      const name = header ? tableName(header[1]!) : '';
      current = header && wanted.includes(name) && !found.has(name) ? { table: name, headerLine: i + 1 } : undefined;
      if (current) found.set(name, current);
      continue;
    }
    for (const quotes of ['"""', "'''"] as const) {
      if (line.split(quotes).length % 2 === 0) openString = quotes;
    }
    if (!current || current.spot || current.inherited) continue;
    const key = VERSION_KEY.exec(line);
    if (key) {
      const start = lineStart + key[1]!.length + 1;
      current.spot = { start, end: start + key[3]!.length, version: key[3]!, line: i + 1 };
    } else if (WORKSPACE_VERSION.test(line)) {
      current.inherited = `version.workspace = true (line ${i + 1})`;
    } else if (DYNAMIC_VERSION.test(line)) {
      current.inherited = `dynamic = ["version"] (line ${i + 1})`;
    }
  }
  return found;
}

/**
 * The version of the first of `tables` that holds one literally, or why none does. `file` names
 * the file in the reason.
 */
export function findTomlVersion(file: string, text: string, tables: readonly string[]): VersionSpot | { problem: string } {
  const found = scanTables(text, tables);
  for (const table of tables) {
    const spot = found.get(table)?.spot;
    if (spot) return spot;
  }
  const seen = tables.map((t) => {
    const entry = found.get(t);
    if (!entry) return `no [${t}] table`;
    return entry.inherited ? `[${t}] (line ${entry.headerLine}) takes it from elsewhere: ${entry.inherited}` : `[${t}] (line ${entry.headerLine}) has no version key`;
  });
  return { problem: `${file}: no version = "…" found: ${seen.join('; ')}` };
}

/** The tables a known TOML manifest keeps its version in, most specific first. */
export function tomlTablesFor(file: string): readonly string[] | undefined {
  const base = file.split('/').pop()!.toLowerCase();
  if (base === 'cargo.toml') return ['package', 'workspace.package'];
  if (base === 'pyproject.toml') return ['project', 'tool.poetry'];
  return undefined;
}
