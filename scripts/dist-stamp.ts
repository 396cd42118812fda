/**
 * The bundle's source stamp: a hash of everything `npm run build` reads (src/, the lock file,
 * tsconfig.json, the chunk minifier, the build command), written to dist/source.sha256 after each
 * build. A bundle whose stamp matches the sources is current, so `npm run demo` can skip a rebuild that takes
 * longer than the demo itself. CI still rebuilds and compares dist/ byte for byte: the stamp is a
 * shortcut for people, never the check.
 *
 *   npx tsx scripts/dist-stamp.ts          write the stamp (the build script runs this)
 *   npx tsx scripts/dist-stamp.ts --check  exit 1 when dist/ is not current
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = 'dist/source.sha256';
const INPUTS = ['package-lock.json', 'tsconfig.json', 'scripts/defer-externals.ts', 'scripts/minify-chunks.ts'];

function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(root, rel));
    else out.push(rel);
  }
  return out;
}

/** sha256 over the build's inputs: each path and content (line endings normalised), sorted by path. */
export function sourceHash(root: string = projectRoot): string {
  const hash = createHash('sha256');
  const build = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.build ?? '';
  hash.update(`build\0${build}\0`);
  for (const rel of [...filesUnder(root, 'src'), ...INPUTS].sort()) {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(path.join(root, rel), 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Is dist/index.js there and built from the sources as they are now? */
export function distIsCurrent(root: string = projectRoot): boolean {
  const stamp = path.join(root, STAMP);
  if (!existsSync(path.join(root, 'dist', 'index.js')) || !existsSync(stamp)) return false;
  return readFileSync(stamp, 'utf8').trim() === sourceHash(root);
}

export function writeStamp(root: string = projectRoot): void {
  writeFileSync(path.join(root, STAMP), `${sourceHash(root)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const current = distIsCurrent();
    console.log(current ? 'dist/ is current' : 'dist/ is not current: run npm run build');
    process.exit(current ? 0 : 1);
  }
  writeStamp();
}
