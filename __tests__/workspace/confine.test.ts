import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { confinedPath, OutsideWorkspaceError, symlinkTarget } from '../../src/workspace/confine.js';

let root: string;
let ws: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'confine-'));
  ws = path.join(root, 'ws');
  outside = path.join(root, 'outside');
  mkdirSync(path.join(ws, 'docs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), 'x');
  writeFileSync(path.join(ws, 'docs', 'CHANGELOG.md'), 'x');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'out-file'));
  symlinkSync(outside, path.join(ws, 'out-dir'));
  symlinkSync('docs/CHANGELOG.md', path.join(ws, 'CHANGELOG.md'));
  symlinkSync(path.join(outside, 'not-yet.md'), path.join(ws, 'dangling'));
  symlinkSync('../ws/docs', path.join(ws, 'round-trip'));
  symlinkSync('loop-b', path.join(ws, 'loop-a'));
  symlinkSync('loop-a', path.join(ws, 'loop-b'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('confinedPath', () => {
  test.each(['docs/CHANGELOG.md', 'CHANGELOG.md', 'new/folder/report.md', 'round-trip/CHANGELOG.md', 'docs/../docs/x.md'])('%s stays inside', (file) => {
    expect(confinedPath(ws, file, 'changelog-file')).toBe(path.resolve(ws, file));
  });

  test.each([
    ['out-file', /out-file leads outside the workspace through the symlink out-file/],
    ['out-dir/report.md', /out-dir\/report\.md leads outside the workspace through the symlink out-dir/],
    ['out-dir/new/deeper.md', /through the symlink out-dir/],
    ['dangling', /dangling leads outside the workspace through the symlink dangling/],
    ['../outside/secret.txt', /leads outside the workspace; expected/]
  ])('%s is refused', (file, message) => {
    expect(() => confinedPath(ws, file, 'report-file')).toThrow(OutsideWorkspaceError);
    expect(() => confinedPath(ws, file, 'report-file')).toThrow(message);
  });

  test('the message starts with the input name', () => {
    expect(() => confinedPath(ws, 'out-file', 'state-file')).toThrow(/^state-file out-file leads outside/);
  });

  test('a symlink loop is refused, not followed forever', () => {
    expect(() => confinedPath(ws, 'loop-a', 'report-file')).toThrow(OutsideWorkspaceError);
  });
});

describe('symlinkTarget', () => {
  test('the workspace-relative target of a symlinked file; undefined for a regular or missing file', () => {
    expect(symlinkTarget(ws, 'CHANGELOG.md')).toBe('docs/CHANGELOG.md');
    expect(symlinkTarget(ws, 'docs/CHANGELOG.md')).toBeUndefined();
    expect(symlinkTarget(ws, 'missing.md')).toBeUndefined();
  });
});
