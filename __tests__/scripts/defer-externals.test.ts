/** The build's deferral of built-ins: what it rewrites, what it refuses, and that the code still works. */
import { describe, expect, it } from '@jest/globals';
import { DEFERRED, deferExternal, externalIds } from '../../scripts/defer-externals.js';

// The shape of ncc's minified entry (its externals) and of a chunk that takes `crypto` at load.
const ENTRY = 'var r={6982:r=>{r.exports=e(import.meta.url)("crypto")},9896:r=>{r.exports=e(import.meta.url)("fs")},7598:r=>{r.exports=e(import.meta.url)("node:crypto")}};';
const CHUNK = [
  'export const id = 838;',
  'export const modules = { 3838: (module, exports, __webpack_require__) => {',
  'var external_os_ = __webpack_require__(857);',
  'var external_crypto_ = __webpack_require__(6982);',
  'function delimiter() { return `ghadelimiter_${external_crypto_.randomUUID()}`; }',
  'exports.delimiter = delimiter;',
  'exports.eol = external_os_.EOL;',
  '} };',
  ''
].join('\n');

/** Runs a chunk's module 3838 with a `__webpack_require__` that counts what it was asked for. */
function run(code: string): { asked: string[]; exports: Record<string, unknown> } {
  const asked: string[] = [];
  const builtins: Record<string, unknown> = { '857': { EOL: '\n' }, '6982': { randomUUID: () => '0b5d-uuid' } };
  const require = (id: number) => {
    asked.push(String(id));
    return builtins[String(id)];
  };
  const body = code.replace('export const id = 838;', '').replace('export const modules =', 'return');
  const modules = new Function(body)() as Record<number, (m: unknown, e: Record<string, unknown>, r: typeof require) => void>;
  const exports: Record<string, unknown> = {};
  modules[3838]!({}, exports, require);
  return { asked, exports };
}

describe('externalIds', () => {
  it("reads each external's module id from the entry, by name", () => {
    const ids = externalIds(ENTRY);
    expect(ids.get('crypto')).toBe('6982');
    expect(ids.get('fs')).toBe('9896');
    expect(ids.get('node:crypto')).toBe('7598');
    expect(ids.size).toBe(3);
  });

  it('defers only built-ins it has a reason for', () => {
    expect(Object.keys(DEFERRED)).toEqual(['crypto']);
  });
});

describe('deferExternal', () => {
  it('loads the built-in at its first use, not when the chunk loads, and keeps what the code does', () => {
    const before = run(CHUNK);
    expect(before.asked).toEqual(['857', '6982']);
    const { code, rewritten } = deferExternal(CHUNK, '6982');
    expect(rewritten).toBe(1);
    const after = run(code);
    expect(after.asked).toEqual(['857']);
    expect((after.exports.delimiter as () => string)()).toBe('ghadelimiter_0b5d-uuid');
    expect(after.asked).toEqual(['857', '6982']);
    expect(after.exports.eol).toBe('\n');
  });

  it('keeps every other line where it was (the source map still fits)', () => {
    const { code } = deferExternal(CHUNK, '6982');
    const lines = code.split('\n');
    expect(lines).toHaveLength(CHUNK.split('\n').length);
    expect(lines[3]).toBe('');
    CHUNK.split('\n').forEach((line, i) => {
      if (!line.includes('crypto')) expect(lines[i]).toBe(line);
    });
  });

  it('leaves a chunk that does not take the built-in as it is', () => {
    expect(deferExternal(CHUNK, '9896')).toEqual({ code: CHUNK, rewritten: 0 });
  });

  it('refuses a built-in used other than as name.member (passed whole, its loading would not wait)', () => {
    const passed = CHUNK.replace('exports.delimiter = delimiter;', 'exports.crypto = external_crypto_;');
    expect(() => deferExternal(passed, '6982')).toThrow(/external_crypto_ \(module 6982\) is used other than as external_crypto_\.member/);
  });
});
