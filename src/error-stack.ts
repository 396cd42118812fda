/**
 * An unexpected error's stack, for the person who reads the log: positions in the bundle
 * (dist/*.js, minified) mapped back to the TypeScript sources through the source maps beside
 * them. The maps are read here, and only here: a run that reports no unexpected error never
 * loads them (they are most of dist/ by size, and parsing them takes longer than starting up).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A stack frame's position: `file:///.../x.js:1:2345` or `/.../x.js:1:2345`. */
const POSITION = /(file:\/\/\/[^\s()]+?\.m?js|\/[^\s():]+?\.m?js):(\d+):(\d+)/g;

/** The source map a bundled file names on its last line, parsed; null when it has none. */
function mapOf(file: string): { map: SourceMap; dir: string } | null {
  if (!existsSync(file)) return null;
  const tail = readFileSync(file, 'utf8').slice(-300);
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(tail)?.[1];
  if (!url || url.startsWith('data:')) return null;
  const mapFile = path.resolve(path.dirname(file), url);
  if (!existsSync(mapFile)) return null;
  return { map: new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))), dir: path.dirname(mapFile) };
}

/**
 * `error.stack` with every position in a file that has a source map replaced by its place in the
 * sources (`src/main.ts:44:13`, relative to the folder above the bundle's); other frames (Node's
 * own, files without a map) stay as they are. Never throws: a map that cannot be read leaves the
 * stack as it was.
 */
export function readableStack(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const stack = error.stack ?? `${error.name}: ${error.message}`;
  const maps = new Map<string, ReturnType<typeof mapOf>>();
  try {
    return stack.replace(POSITION, (whole, where: string, line: string, column: string) => {
      const file = where.startsWith('file://') ? fileURLToPath(where) : where;
      if (!maps.has(file)) maps.set(file, mapOf(file));
      const found = maps.get(file);
      const entry = found?.map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
      if (!found || !entry?.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return whole;
      const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : path.resolve(found.dir, entry.originalSource);
      const shown = path.relative(path.dirname(found.dir), source);
      return `${shown}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
  } catch {
    return stack;
  }
}
