/**
 * readableStack: an unexpected error's stack with bundle positions mapped to the sources. The
 * bundle here is one line of JavaScript with a source map written out (version 3, VLQ mappings):
 * column 0 comes from src/entry.ts line 4 column 3, column 10 from src/deep/thrower.ts line 3
 * column 9. The real bundle's maps (ncc) are read in __tests__/e2e/startup.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readableStack } from '../src/error-stack.js';

let root: string;
let bundled: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'error-stack-'));
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  bundled = path.join(root, 'dist', 'entry.js');
  writeFileSync(bundled, 'function r(){e()}function e(){throw new Error("boom")}\n//# sourceMappingURL=entry.js.map\n');
  // Segments (base64 VLQ deltas of generated column, source, original line, original column, all
  // 0-based): AAGE = 0, 0, +3, +2 (src/entry.ts 4:3); UCDM = +10, +1, -1, +6 (src/deep/thrower.ts 3:9).
  const map = { version: 3, file: 'entry.js', sources: ['../src/entry.ts', '../src/deep/thrower.ts'], names: [], mappings: 'AAGE,UCDM' };
  writeFileSync(`${bundled}.map`, JSON.stringify(map));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readableStack', () => {
  it('maps the bundle frames to the TypeScript files, lines and columns (relative to the folder above dist/)', () => {
    const error = new Error('boom');
    error.stack = `Error: boom\n    at e (${pathToFileURL(bundled).href}:1:11)\n    at r (${bundled}:1:1)`;
    const readable = readableStack(error);
    expect(readable).toMatch(/^Error: boom\n/);
    expect(readable).toContain(`at e (${path.join('src', 'deep', 'thrower.ts')}:3:9)`);
    expect(readable).toContain(`at r (${path.join('src', 'entry.ts')}:4:3)`);
    expect(readable).not.toContain('entry.js:');
  });

  it.each([
    ['a frame in a file without a map', (dir: string) => `Error: x\n    at f (${path.join(dir, 'plain.js')}:1:5)`, 'plain.js:1:5'],
    ["a frame in a file that does not exist", (dir: string) => `Error: x\n    at f (${path.join(dir, 'gone.js')}:3:1)`, 'gone.js:3:1'],
    ["Node's own frames", () => 'Error: x\n    at Module._compile (node:internal/modules/cjs/loader:1554:14)', 'node:internal/modules/cjs/loader:1554:14']
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
