/**
 * Defers the loading of Node built-ins that a chunk takes at load but uses only later (`npm run
 * build` runs it after ncc, before the chunks are minified).
 *
 * ncc turns `import * as crypto from 'crypto'` into a line at the top of the chunk,
 * `var external_crypto_ = __webpack_require__(<id>);`, which loads the built-in when the chunk
 * loads. @actions/core takes `crypto` that way only to make the random delimiter of a multi-line
 * output or state (`ghadelimiter_<uuid>`), yet every run pays for loading it (node:crypto and the
 * streams under it: about 11 ms on the start-up path, docs/performance.md) before its first API
 * request. Here each use of that variable becomes `__webpack_require__(<id>)` itself, and the line
 * is emptied: webpack caches a module once loaded, so the first use loads it and later uses find it.
 *
 * Only built-ins used as `name.member` (a read at the time of use) are rewritten; the build fails
 * if one is used another way, or if a built-in listed here no longer appears (ncc or the library
 * changed: look again rather than ship a stale rewrite).
 *
 *   npx tsx scripts/defer-externals.ts [dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built-ins deferred, and why each is safe to defer. */
export const DEFERRED: Record<string, string> = {
  crypto: "@actions/core's randomUUID for the delimiter of a multi-line output or state, when one is set"
};

/** The entry's externals, by name: `<id>:r=>{r.exports=e(import.meta.url)("<name>")}` (ncc's minified entry). */
export function externalIds(entry: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const m of entry.matchAll(/(\d+):\w+=>\{\w+\.exports=\w+\(import\.meta\.url\)\("([^"]+)"\)\}/g)) ids.set(m[2]!, m[1]!);
  return ids;
}

/**
 * `code` with every `var <name> = __webpack_require__(<id>);` line emptied and each use of
 * `<name>` replaced by `__webpack_require__(<id>)`, and how many variables were rewritten. Throws
 * when such a variable is used other than as `<name>.member`.
 */
export function deferExternal(code: string, id: string): { code: string; rewritten: number } {
  const declaration = new RegExp(`^var (\\w+) = __webpack_require__\\(${id}\\);\\n`, 'gm');
  const names = [...code.matchAll(declaration)].map((m) => m[1]!);
  // The line is emptied, not removed, so the lines after it keep their place in the source map.
  let out = code.replace(declaration, '\n');
  for (const name of names) {
    const use = new RegExp(`\\b${name}\\b(.?)`, 'g');
    for (const m of out.matchAll(use)) {
      if (m[1] !== '.') throw new Error(`${name} (module ${id}) is used other than as ${name}.member: its loading cannot be deferred`);
    }
    out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), `__webpack_require__(${id})`);
  }
  return { code: out, rewritten: names.length };
}

function main(): void {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const ids = externalIds(readFileSync(path.join(dist, 'index.js'), 'utf8'));
  const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f));
  for (const name of Object.keys(DEFERRED)) {
    const id = ids.get(name);
    if (!id) throw new Error(`defer-externals: the entry has no external "${name}": ncc's output changed; review DEFERRED`);
    let rewritten = 0;
    for (const chunk of chunks) {
      const file = path.join(dist, chunk);
      const result = deferExternal(readFileSync(file, 'utf8'), id);
      if (result.rewritten) writeFileSync(file, result.code);
      rewritten += result.rewritten;
    }
    if (!rewritten) throw new Error(`defer-externals: no chunk takes "${name}" at load any more: review DEFERRED`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
