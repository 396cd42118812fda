import { describe, expect, test } from '@jest/globals';
import type { GateRule } from '../../src/config/settings.js';
import { evaluateGates, evaluateParseFailure, normalizeValue, valueMatches } from '../../src/gates/evaluate.js';
import {
  BUILT_IN_GATES,
  builtInGates,
  gateWarnings,
  mergeGateRules,
  ROLLBACK_GATE,
  STAGING_GATE
} from '../../src/gates/rules.js';
import { parseStateFile } from '../../src/state-file/parse.js';
import type { GateVerdict } from '../../src/gates/verdict.js';

const FILE = 'specs/003-x/state.yaml';

function verdicts(text: string, rules: GateRule[] = builtInGates(), file = FILE): GateVerdict[] {
  const r = parseStateFile(file, text);
  if (!r.ok) throw new Error(`${r.error.line}:${r.error.column} ${r.error.message}`);
  return evaluateGates(r.doc, rules, file);
}

function staging(text: string): GateVerdict {
  return verdicts(text).find((v) => v.name === STAGING_GATE) as GateVerdict;
}
function rollback(text: string): GateVerdict {
  return verdicts(text).find((v) => v.name === ROLLBACK_GATE) as GateVerdict;
}

describe('staging-validation', () => {
  const cases: Array<{ name: string; yaml: string; passed: boolean; found: string; where: string; reason: string }> = [
    {
      name: 'status approved passes',
      yaml: 'manual_gates:\n  staging_validation:\n    status: approved\n',
      passed: true,
      found: 'approved',
      where: `${FILE}:3 manual_gates.staging_validation.status`,
      reason: 'staging validation is "approved"'
    },
    {
      name: 'case and surrounding whitespace are ignored',
      yaml: 'manual_gates:\n  staging_validation:\n    status: "  APPROVED "\n',
      passed: true,
      found: 'APPROVED',
      where: `${FILE}:3 manual_gates.staging_validation.status`,
      reason: 'is "APPROVED"'
    },
    {
      name: 'approved: true without a status passes',
      yaml: 'manual_gates:\n  validate_staging:\n    required: true\n    approved: true\n',
      passed: true,
      found: 'approved: true',
      where: `${FILE}:4 manual_gates.validate_staging.approved`,
      reason: 'is "approved: true"'
    },
    {
      name: 'a scalar gate value passes',
      yaml: 'manual_gates:\n  validate-staging: approved\n',
      passed: true,
      found: 'approved',
      where: `${FILE}:2 manual_gates.validate-staging`,
      reason: 'approved'
    },
    {
      name: 'under workflow.manual_gates',
      yaml: 'workflow:\n  manual_gates:\n    staging_validation:\n      status: approved\n',
      passed: true,
      found: 'approved',
      where: `${FILE}:4 workflow.manual_gates.staging_validation.status`,
      reason: 'approved'
    },
    {
      name: 'a phases map entry',
      yaml: 'phases:\n  ship-staging:\n    status: completed\n  validate-staging:\n    status: pending\n',
      passed: false,
      found: 'pending',
      where: `${FILE}:5 phases.validate-staging.status`,
      reason: 'approve it after validating on staging'
    },
    {
      name: 'a list of phase entries (workflow.phases)',
      yaml: 'workflow:\n  phases:\n    - name: ship-staging\n      status: completed\n    - name: validate-staging\n      status: approved\n',
      passed: true,
      found: 'approved',
      where: `${FILE}:6 workflow.phases.validate-staging.status`,
      reason: 'approved'
    },
    {
      name: 'a list of steps with ids',
      yaml: 'steps:\n  - id: validate_staging\n    status: rejected\n',
      passed: false,
      found: 'rejected',
      where: `${FILE}:3 steps.validate_staging.status`,
      reason: 'staging validation did not pass'
    },
    {
      name: 'not_applicable blocks: direct-to-production has no staging validation',
      yaml: 'manual_gates:\n  validate_staging:\n    status: not_applicable\n    approved: false\n',
      passed: false,
      found: 'not_applicable',
      where: `${FILE}:3 manual_gates.validate_staging.status`,
      reason: 'a direct-to-production feature has no staging validation'
    },
    {
      name: 'required: false blocks with the same explanation',
      yaml: 'manual_gates:\n  validate_staging:\n    required: false\n    approved: false\n',
      passed: false,
      found: 'approved: false',
      where: `${FILE}:4 manual_gates.validate_staging.approved`,
      reason: '(marked required: false)'
    },
    {
      name: 'validated is not an approval',
      yaml: 'manual_gates:\n  staging_validation:\n    status: validated\n',
      passed: false,
      found: 'validated',
      where: `${FILE}:3 manual_gates.staging_validation.status`,
      reason: 'only "approved" counts'
    },
    {
      name: 'not_required blocks',
      yaml: 'manual_gates:\n  staging_validation:\n    status: not_required\n',
      passed: false,
      found: 'not_required',
      where: `${FILE}:3 manual_gates.staging_validation.status`,
      reason: 'direct-to-production'
    },
    {
      name: 'failed blocks',
      yaml: 'manual_gates:\n  staging_validation:\n    status: failed\n',
      passed: false,
      found: 'failed',
      where: `${FILE}:3 manual_gates.staging_validation.status`,
      reason: 'did not pass'
    },
    {
      name: 'status decides over an approved flag',
      yaml: 'manual_gates:\n  staging_validation:\n    status: pending\n    approved: true\n',
      passed: false,
      found: 'pending',
      where: `${FILE}:3 manual_gates.staging_validation.status`,
      reason: '"pending"'
    },
    {
      name: 'approved status contradicted by approved: false blocks',
      yaml: 'manual_gates:\n  staging_validation:\n    status: approved\n    approved: false\n',
      passed: false,
      found: 'approved (contradicted by approved: false)',
      where: `${FILE}:3 manual_gates.staging_validation.status`,
      reason: 'approved: false (line 4)'
    },
    {
      name: 'approved holding a timestamp is not true',
      yaml: 'manual_gates:\n  validate_staging:\n    approved: "2025-10-24T23:45:00Z"\n',
      passed: false,
      found: 'approved: 2025-10-24T23:45:00Z',
      where: `${FILE}:3 manual_gates.validate_staging.approved`,
      reason: 'expected approved'
    },
    {
      name: 'an empty first path falls through to the next one',
      yaml: 'manual_gates:\n  staging_validation:\nworkflow:\n  manual_gates:\n    staging_validation: {status: approved}\n',
      passed: true,
      found: 'approved',
      where: `${FILE}:5 workflow.manual_gates.staging_validation.status`,
      reason: 'approved'
    },
    {
      name: 'an empty status falls back to the approved flag',
      yaml: 'manual_gates:\n  staging_validation:\n    status: null\n    approved: true\n',
      passed: true,
      found: 'approved: true',
      where: `${FILE}:4 manual_gates.staging_validation.approved`,
      reason: 'approved'
    },
    {
      name: 'the first present path decides (a later approval does not override)',
      yaml: 'manual_gates:\n  staging_validation: {status: pending}\nworkflow:\n  manual_gates:\n    staging_validation: {status: approved}\n',
      passed: false,
      found: 'pending',
      where: `${FILE}:2 manual_gates.staging_validation.status`,
      reason: 'pending'
    },
    {
      name: 'artifacts.staging_validation and phase_summaries are not gates',
      yaml: 'artifacts:\n  staging_validation: approved\nphase_summaries:\n  validate-staging: approved\n',
      passed: false,
      found: 'missing',
      where: `${FILE}: looked at manual_gates.staging_validation, workflow.manual_gates.staging_validation`,
      reason: 'no staging validation found'
    }
  ];
  test.each(cases)('$name', ({ yaml, passed, found, where, reason }) => {
    const v = staging(yaml);
    expect(v.passed).toBe(passed);
    expect(v.found).toBe(found);
    expect(v.where).toContain(where);
    expect(v.reason).toContain(reason);
    expect(v.expected).toBe('approved');
  });

  test('missing names every path looked at', () => {
    const v = staging('feature: {slug: x}\n');
    expect(v).toMatchObject({ passed: false, found: 'missing' });
    for (const p of BUILT_IN_GATES[0].paths) {
      expect(v.where).toContain(p);
      expect(v.reason).toContain(p);
    }
  });

  test('an empty file and a list at the top both give missing gates', () => {
    for (const text of ['', '# nothing\n', '- a\n- b\n']) {
      const vs = verdicts(text);
      expect(vs.map((v) => [v.passed, v.found])).toEqual([
        [false, 'missing'],
        [false, 'missing']
      ]);
    }
  });
});

describe('rollback-proven', () => {
  test.each([
    ['quality_gates:\n  rollback:\n    status: passed\n', true, 'passed', 'quality_gates.rollback.status'],
    ['quality_gates:\n  rollback_capability:\n    passed: true\n', true, 'passed: true', 'quality_gates.rollback_capability.passed'],
    ['quality_gates:\n  rollback_capability:\n    status: passed\n    tested: true\n', true, 'passed', 'quality_gates.rollback_capability.status'],
    ['quality_gates:\n  rollback_test:\n    status: Passed\n', true, 'Passed', 'quality_gates.rollback_test.status'],
    ['quality_gates:\n  rollback_test:\n    passed: false\n', false, 'passed: false', 'quality_gates.rollback_test.passed'],
    ['quality_gates:\n  rollback_capability: pending\n', false, 'pending', 'quality_gates.rollback_capability'],
    ['quality_gates:\n  rollback:\n    status: failed\n', false, 'failed', 'quality_gates.rollback.status'],
    [
      'quality_gates:\n  rollback:\n    status: passed\n    tested: false\n',
      false,
      'passed (contradicted by tested: false)',
      'quality_gates.rollback.status'
    ],
    ['quality_gates:\n  rollback_capable: true\n', false, 'missing', 'quality_gates.rollback, quality_gates.rollback_capability, quality_gates.rollback_test']
  ])('%j', (yaml, passed, found, where) => {
    const v = rollback(yaml);
    expect(v.passed).toBe(passed);
    expect(v.found).toBe(found);
    expect(v.where).toContain(where);
    expect(v.expected).toBe('passed');
  });

  test('a map without status or flags does not decide, and the reason says why', () => {
    const v = rollback('quality_gates:\n  rollback_capability:\n    available: true\n  rollback_test:\n    status: pending\n');
    expect(v).toMatchObject({ passed: false, found: 'pending', where: `${FILE}:5 quality_gates.rollback_test.status` });
    const m = rollback('quality_gates:\n  rollback_capability:\n    available: true\n');
    expect(m.found).toBe('missing');
    expect(m.reason).toContain('quality_gates.rollback_capability (line 2) has no status, approved or passed field (keys: available)');
  });
});

describe('value matching', () => {
  test.each([
    ['approved', ['approved'], true],
    ['  Approved\t', ['approved'], true],
    ['APPROVED', [' Approved '], true],
    [true, ['true'], true],
    ['true', ['true'], true],
    [true, ['approved'], false],
    [false, ['true'], false],
    [false, ['false'], true],
    [1, ['true'], false],
    [1, ['1'], true],
    ['approved-ish', ['approved'], false],
    ['', ['approved'], false]
  ])('%j in %j -> %s', (value, accept, expected) => {
    expect(valueMatches(value, accept)).toBe(expected);
  });
  test('normalizeValue', () => {
    expect(normalizeValue(' Not_Applicable ')).toBe('not_applicable');
    expect(normalizeValue(true)).toBe('true');
  });
});

describe('mergeGateRules', () => {
  const approvedState = 'manual_gates:\n  staging_validation:\n    status: validated\nquality_gates:\n  rollback: {status: passed}\n  security: {status: passed}\n';

  test('a rule named like a built-in replaces it in place', () => {
    const merged = mergeGateRules(BUILT_IN_GATES, [
      { name: 'Staging-Validation', paths: ['manual_gates.staging_validation'], accept: ['approved', 'validated'] }
    ]);
    expect(merged.map((r) => r.name)).toEqual([STAGING_GATE, ROLLBACK_GATE]);
    expect(merged[0].paths).toEqual(['manual_gates.staging_validation']);
    const vs = verdicts(approvedState, merged);
    expect(vs[0]).toMatchObject({ passed: true, found: 'validated', expected: 'approved or validated' });
  });

  test('a built-in given only accept keeps its paths; given only a path, keeps its values', () => {
    const acceptOnly = mergeGateRules(BUILT_IN_GATES, [{ name: STAGING_GATE, paths: [], accept: ['validated'] }]);
    expect(acceptOnly[0].paths).toEqual(BUILT_IN_GATES[0].paths);
    expect(verdicts(approvedState, acceptOnly)[0]).toMatchObject({ passed: true, found: 'validated' });
    const pathOnly = mergeGateRules(BUILT_IN_GATES, [{ name: STAGING_GATE, paths: ['quality_gates.rollback'], accept: [] }]);
    expect(pathOnly[0].accept).toEqual(BUILT_IN_GATES[0].accept);
    expect(pathOnly[0].paths).toEqual(['quality_gates.rollback']);
  });

  test('a replacement without a path keeps the built-in paths (the README example), and without accept its values', () => {
    const merged = mergeGateRules(BUILT_IN_GATES, [
      { name: STAGING_GATE, paths: [], accept: ['approved', 'not_applicable'] },
      { name: ROLLBACK_GATE, paths: ['quality_gates.rollback_drill'], accept: [] }
    ]);
    expect(merged[0]).toMatchObject({ paths: BUILT_IN_GATES[0]!.paths, accept: ['approved', 'not_applicable'] });
    expect(merged[1]).toMatchObject({ paths: ['quality_gates.rollback_drill'], accept: BUILT_IN_GATES[1]!.accept });
    const approved = verdicts('workflow:\n  manual_gates:\n    staging_validation: {status: approved}\n', merged);
    expect(approved[0]).toMatchObject({ passed: true, found: 'approved' });
    expect(approved[0]!.where).toContain('workflow.manual_gates.staging_validation');
    const direct = verdicts('manual_gates:\n  validate_staging: not_applicable\n', merged);
    expect(direct[0]).toMatchObject({ passed: true, found: 'not_applicable' });
    const rollbackDrill = verdicts('quality_gates:\n  rollback_drill: {status: passed}\n', merged);
    expect(rollbackDrill[1]).toMatchObject({ passed: true });
  });

  test('skip keeps the gate listed as skipped, passing, with a warning', () => {
    const merged = mergeGateRules(BUILT_IN_GATES, [{ name: ROLLBACK_GATE, paths: [], accept: [], skip: true }]);
    expect(merged.map((r) => [r.name, r.skip ?? false])).toEqual([
      [STAGING_GATE, false],
      [ROLLBACK_GATE, true]
    ]);
    const vs = verdicts('{}\n', merged);
    expect(vs[0]).toMatchObject({ passed: false, found: 'missing' });
    expect(vs[1]).toMatchObject({ name: ROLLBACK_GATE, passed: true, found: 'skipped', where: 'gates input (skip: true)' });
    expect(vs[1].reason).toContain('skipped by the gates input');
    expect(gateWarnings(BUILT_IN_GATES, merged)).toEqual([expect.stringContaining(`gate ${ROLLBACK_GATE} is skipped by the gates input`)]);
  });

  test('other rules are added after the built-ins; a later one of the same name wins', () => {
    const merged = mergeGateRules(BUILT_IN_GATES, [
      { name: 'security-review', paths: ['quality_gates.security'], accept: ['failed'] },
      { name: 'security-review', paths: ['quality_gates.security'], accept: ['passed'] },
      { name: 'docs', paths: ['quality_gates.docs.status'], accept: ['done'] }
    ]);
    expect(merged.map((r) => r.name)).toEqual([STAGING_GATE, ROLLBACK_GATE, 'security-review', 'docs']);
    const vs = verdicts(approvedState, merged);
    expect(vs.map((v) => [v.name, v.passed, v.found])).toEqual([
      [STAGING_GATE, false, 'validated'],
      [ROLLBACK_GATE, true, 'passed'],
      ['security-review', true, 'passed'],
      ['docs', false, 'missing']
    ]);
    expect(vs[3].reason).toContain('gate docs');
    expect(vs[3].reason).toContain('quality_gates.docs.status');
    expect(vs[2].expected).toBe('passed');
  });

  test('a custom gate failure names the accepted values', () => {
    const vs = verdicts('quality_gates:\n  security: {status: pending}\n', [{ name: 'security', paths: ['quality_gates.security'], accept: ['passed', 'waived'] }]);
    expect(vs[0]).toMatchObject({ passed: false, found: 'pending', expected: 'passed or waived' });
    expect(vs[0].reason).toBe(`gate security is "pending" at ${FILE}:2 (quality_gates.security.status); expected "passed" or "waived"`);
  });

  test('skipping an unknown gate warns', () => {
    const merged = mergeGateRules(BUILT_IN_GATES, [{ name: 'nope', paths: [], accept: [], skip: true }]);
    expect(gateWarnings(BUILT_IN_GATES, merged)).toEqual([expect.stringContaining('"nope", which is not a built-in gate')]);
  });

  test('the built-ins are not mutated', () => {
    const before = JSON.stringify(BUILT_IN_GATES);
    const merged = mergeGateRules(BUILT_IN_GATES, [{ name: STAGING_GATE, paths: ['x'], accept: ['y'] }]);
    merged[1].paths.push('z');
    expect(JSON.stringify(BUILT_IN_GATES)).toBe(before);
  });

  test('no input: the built-ins', () => {
    expect(mergeGateRules(BUILT_IN_GATES, [])).toEqual(builtInGates());
  });
});

test('evaluateParseFailure blocks naming file, line and column', () => {
  const v = evaluateParseFailure({ file: FILE, line: 48, column: 1, message: 'Map keys must be unique' });
  expect(v).toMatchObject({ name: 'state-file', passed: false, where: `${FILE}:48:1` });
  expect(v.reason).toContain(`${FILE}:48:1`);
  expect(v.reason).toContain('Map keys must be unique');
});
