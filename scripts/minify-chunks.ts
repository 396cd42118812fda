/**
 * Minifies the chunks ncc writes beside the entry (`npm run build` runs it after ncc). ncc's
 * `--minify` minifies the entry alone, and a cold start (the main step on a fresh runner, with an
 * empty compile cache) parses every chunk it loads in full: minified, they start about a tenth
 * faster on the happy path (docs/performance.md, Start-up). esbuild minifies without wrapping
 * functions in parentheses, so V8 still compiles them lazily (terser's output, measured, did not
 * start faster for that reason).
 *
 * Each chunk's source map is carried through: its map goes in with it (inline, which esbuild
 * reads), and the map that comes out points at the TypeScript sources, so an unexpected error's
 * stack still names them (src/error-stack.ts). Non-ASCII characters come out escaped, so each
 * chunk is a one-byte string in V8.
 *
 *   npx tsx scripts/minify-chunks.ts [dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/** ncc's chunks: `<id>.index.js`, each with `<id>.index.js.map`. The entry (`index.js`) is ncc's to minify. */
export function chunkFiles(dist: string): string[] {
  return readdirSync(dist)
    .filter((f) => /^\d+\.index\.js$/.test(f))
    .sort();
}

/** One chunk and its map, minified; the map returned points where the one given did. */
export function minifyChunk(name: string, code: string, map: string): { code: string; map: string } {
  const withMap = `${code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n')}//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}\n`;
  const out = transformSync(withMap, { loader: 'js', format: 'esm', minify: true, legalComments: 'none', sourcemap: 'external', sourcefile: name });
  return { code: `${out.code}//# sourceMappingURL=${name}.map\n`, map: out.map };
}

function main(): void {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  for (const name of chunkFiles(dist)) {
    const file = path.join(dist, name);
    const { code, map } = minifyChunk(name, readFileSync(file, 'utf8'), readFileSync(`${file}.map`, 'utf8'));
    writeFileSync(file, code);
    writeFileSync(`${file}.map`, map);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
