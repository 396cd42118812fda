/**
 * readableStack: an unexpected error's stack with bundle positions mapped to the sources, built
 * here with esbuild the way scripts/build.ts builds dist/ (minified, linked maps, no sources' text).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { readableStack } from '../src/error-stack.js';

let root: string;
let bundled: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'error-stack-'));
  mkdirSync(path.join(root, 'src', 'deep'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'deep', 'thrower.ts'), "export function explode(): never {\n  const why = 'on purpose';\n  throw new Error(`boom ${why}`);\n}\n");
  writeFileSync(path.join(root, 'src', 'entry.ts'), "import { explode } from './deep/thrower.js';\n\nexport function run(): void {\n  explode();\n}\n");
  await build({ absWorkingDir: root, entryPoints: ['src/entry.ts'], outdir: 'dist', bundle: true, format: 'esm', platform: 'node', minify: true, sourcemap: 'linked', sourcesContent: false, banner: { js: '// line 1, as in dist/' }, logLevel: 'silent' });
  writeFileSync(path.join(root, 'dist', 'package.json'), '{"type":"module"}');
  bundled = path.join(root, 'dist', 'entry.js');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The error a call into the bundle throws, its stack as V8 wrote it (in a child: jest maps stacks itself). */
function thrown(): Error {
  const script = `const { run } = await import(${JSON.stringify(pathToFileURL(bundled).href)}); try { run(); } catch (e) { process.stdout.write(e.stack); }`;
  const stack = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  const error = new Error('boom on purpose');
  error.stack = stack;
  return error;
}

describe('readableStack', () => {
  it('maps the bundle frames to the TypeScript files, lines and columns (relative to the folder above dist/)', () => {
    const error = thrown();
    expect(error.stack).toContain('entry.js:');
    const readable = readableStack(error);
    expect(readable).toMatch(/^Error: boom on purpose\n/);
    expect(readable).toContain(`${path.join('src', 'deep', 'thrower.ts')}:3:9`);
    expect(readable).toContain(`${path.join('src', 'entry.ts')}:4:3`);
    expect(readable).not.toContain('entry.js:');
  });

  it.each([
    ['a frame in a file without a map', (dir: string) => `Error: x\n    at f (${path.join(dir, 'plain.js')}:1:5)`, 'plain.js:1:5'],
    ["a frame in a file that does not exist", (dir: string) => `Error: x\n    at f (${path.join(dir, 'gone.js')}:3:1)`, 'gone.js:3:1'],
    ["Node's own frames", () => 'Error: x\n    at Module._compile (node:internal/modules/cjs/loader:1554:14)', 'node:internal/modules/cjs/loader:1554:14'],
    ['a position the map has no mapping for (the banner line)', () => `Error: x\n    at f (${pathToFileURL(bundled).href}:1:1)`, 'entry.js:1:1']
  ])('leaves %s as it is', (_what, stack, kept) => {
    writeFileSync(path.join(root, 'plain.js'), 'export const a = 1;\n');
    const error = new Error('x');
    error.stack = stack(root);
    expect(readableStack(error)).toContain(kept);
  });

  it('shows what was thrown when it is not an Error', () => {
    expect(readableStack('a string')).toBe('a string');
    expect(readableStack(42)).toBe('42');
  });

  it('a map that does not parse leaves the stack as it was', () => {
    const dir = mkdtempSync(path.join(root, 'broken-'));
    writeFileSync(path.join(dir, 'x.js'), 'export {};\n//# sourceMappingURL=x.js.map\n');
    writeFileSync(path.join(dir, 'x.js.map'), '{ not json');
    const error = new Error('x');
    error.stack = `Error: x\n    at f (${path.join(dir, 'x.js')}:1:1)`;
    expect(readableStack(error)).toBe(error.stack);
  });
});
