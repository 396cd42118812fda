import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { distIsCurrent, sourceHash, writeStamp } from '../../scripts/dist-stamp.js';

const roots: string[] = [];
afterEach(() => {
  while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'stamp-'));
  roots.push(root);
  mkdirSync(path.join(root, 'src', 'deploy'), { recursive: true });
  mkdirSync(path.join(root, 'dist'));
  mkdirSync(path.join(root, 'scripts'));
  writeFileSync(path.join(root, 'scripts', 'minify-chunks.ts'), '// minifies the chunks\n');
  writeFileSync(path.join(root, 'scripts', 'defer-externals.ts'), '// defers built-ins\n');
  writeFileSync(path.join(root, 'src', 'index.ts'), 'export {};\n');
  writeFileSync(path.join(root, 'src', 'deploy', 'stage.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: { build: 'ncc build src/index.ts -o dist' } }));
  writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  writeFileSync(path.join(root, 'tsconfig.json'), '{}\n');
  return root;
}

describe('the dist/ source stamp', () => {
  it('is current only with a bundle and a stamp of the sources as they are', () => {
    const root = project();
    expect(distIsCurrent(root)).toBe(false); // no bundle, no stamp
    writeFileSync(path.join(root, 'dist', 'index.js'), '// bundle\n');
    expect(distIsCurrent(root)).toBe(false); // no stamp
    writeStamp(root);
    expect(distIsCurrent(root)).toBe(true);
  });

  it.each([
    ['a source file changes', 'src/deploy/stage.ts', 'export const a = 2;\n'],
    ['a source file is added', 'src/deploy/new.ts', 'export {};\n'],
    ['the lock file changes', 'package-lock.json', '{"lockfileVersion":3,"packages":{}}\n'],
    ['tsconfig.json changes', 'tsconfig.json', '{"compilerOptions":{}}\n'],
    ['the chunk minifier changes', 'scripts/minify-chunks.ts', '// minifies the chunks, otherwise\n'],
    ['the built-ins deferral changes', 'scripts/defer-externals.ts', '// defers built-ins, otherwise\n'],
    ['the build command changes', 'package.json', JSON.stringify({ scripts: { build: 'ncc build src/index.ts -o dist --minify' } })]
  ])('goes stale when %s', (_why, rel, content) => {
    const root = project();
    writeFileSync(path.join(root, 'dist', 'index.js'), '// bundle\n');
    writeStamp(root);
    writeFileSync(path.join(root, rel), content);
    expect(distIsCurrent(root)).toBe(false);
  });

  it('reads CRLF and LF checkouts alike', () => {
    const root = project();
    const lf = sourceHash(root);
    writeFileSync(path.join(root, 'src', 'deploy', 'stage.ts'), 'export const a = 1;\r\n');
    expect(sourceHash(root)).toBe(lf);
  });
});
