/**
 * How a state file's gate verdicts are checked against what reading the file says they should
 * be: shared by the project's own fixtures (fixtures.test.ts) and the real-file corpus
 * (__tests__/corpus/spec-flow.test.ts).
 */
import { expect } from '@jest/globals';
import { evaluateGates, evaluateParseFailure } from '../../src/gates/evaluate.js';
import { builtInGates, ROLLBACK_GATE, STAGING_GATE } from '../../src/gates/rules.js';
import { parseStateFile } from '../../src/state-file/parse.js';
import type { GateVerdict } from '../../src/gates/verdict.js';

/** What a gate should say: passed or not, found, and (when a value decided) its line and path. */
export interface Expect {
  passed: boolean;
  found: string;
  line?: number;
  path?: string;
  reason: string;
}

export type FileExpect = { staging: Expect; rollback: Expect } | { parse: { line: number; column: number; message: string } };

export const PENDING = 'approve it after validating on staging';
export const DIRECT = 'a direct-to-production feature has no staging validation';
export const ROLLBACK_TODO = 'prove the rollback';
export const STAGING_FAILED = 'staging validation did not pass';
export const ONLY_APPROVED = 'only "approved" counts';
export const ROLLBACK_FAILED = 'the rollback test failed';
export const ROLLBACK_NOT_APPLICABLE = 'a production ship needs a rollback that has been proven';

export const stagingMissing: Expect = { passed: false, found: 'missing', reason: 'no staging validation found' };
export const rollbackMissing: Expect = { passed: false, found: 'missing', reason: 'no rollback proof found' };
export const missingBoth = { staging: stagingMissing, rollback: rollbackMissing };

/** A verdict decided by a value at `line` (`path`). */
export const st = (found: string, line: number, p: string, reason: string, passed = false): Expect => ({ passed, found, line, path: p, reason });

function check(v: GateVerdict, e: Expect, file: string, paths: string[]): void {
  expect(v.passed).toBe(e.passed);
  expect(v.found).toBe(e.found);
  expect(v.reason).toContain(e.reason);
  if (e.line !== undefined) {
    expect(v.where).toBe(`${file}:${e.line} ${e.path}`);
    expect(v.reason).toContain(`${file}:${e.line} (${e.path})`);
  } else {
    // missing: every path looked at is named, in the verdict and in its reason
    for (const p of paths) {
      expect(v.where).toContain(p);
      expect(v.reason).toContain(p);
    }
  }
}

/** Parses `text` as `file` and checks the built-in gates' verdicts (or the parse error) against `expected`. */
export function checkStateFile(file: string, text: string, expected: FileExpect): GateVerdict[] {
  const parsed = parseStateFile(file, text);
  if ('parse' in expected) {
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return [];
    expect(parsed.error).toMatchObject({ file, line: expected.parse.line, column: expected.parse.column });
    expect(parsed.error.message).toContain(expected.parse.message);
    const v = evaluateParseFailure(parsed.error);
    expect(v.passed).toBe(false);
    expect(v.where).toBe(`${file}:${expected.parse.line}:${expected.parse.column}`);
    expect(v.reason).toContain(`${file}:${expected.parse.line}:${expected.parse.column}`);
    return [v];
  }
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return [];
  const rules = builtInGates();
  const verdicts = evaluateGates(parsed.doc, rules, file);
  expect(verdicts.map((v) => v.name)).toEqual([STAGING_GATE, ROLLBACK_GATE]);
  check(verdicts[0], expected.staging, file, rules[0].paths);
  check(verdicts[1], expected.rollback, file, rules[1].paths);
  expect(verdicts[0].expected).toBe('approved');
  expect(verdicts[1].expected).toBe('passed');
  return verdicts;
}
