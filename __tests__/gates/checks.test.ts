import { describe, expect, test } from '@jest/globals';
import {
  evaluateApprovals,
  evaluateRequiredChecks,
  requiredFromRules,
  type CheckObservation,
  type Review
} from '../../src/gates/checks.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const none = { ignore: () => false, sha: SHA };

const run = (name: string, status: CheckObservation['status'], conclusion: string | null, extra: Partial<CheckObservation> = {}): CheckObservation => ({
  name,
  source: 'check-run',
  status,
  conclusion,
  ...extra
});
const stat = (name: string, state: 'success' | 'pending' | 'failure' | 'error'): CheckObservation => ({
  name,
  source: 'status',
  status: state === 'pending' ? 'pending' : 'completed',
  conclusion: state
});

describe('evaluateRequiredChecks: each conclusion', () => {
  test.each([
    ['success', true, 'succeeded'],
    ['neutral', true, 'GitHub counts as passing'],
    ['skipped', true, 'GitHub counts as passing'],
    ['failure', false, 'concluded failure'],
    ['cancelled', false, 'concluded cancelled'],
    ['timed_out', false, 'concluded timed_out'],
    ['action_required', false, 'concluded action_required'],
    ['stale', false, 'concluded stale'],
    ['startup_failure', false, 'concluded startup_failure'],
    ['something_new', false, 'not a passing conclusion']
  ])('check run %s -> passed %s', (conclusion, passed, reason) => {
    const r = evaluateRequiredChecks(['build'], [run('build', 'completed', conclusion, { url: 'https://x/runs/1', app: 'github-actions' })], none);
    expect(r.pending).toEqual([]);
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0]).toMatchObject({ name: 'check build', passed, found: conclusion });
    expect(r.verdicts[0].reason).toContain(reason);
    expect(r.verdicts[0].reason).toContain('0123456');
    expect(r.verdicts[0].where).toBe('check run "build" (github-actions) on 0123456 https://x/runs/1');
  });

  test('completed without a conclusion fails', () => {
    const r = evaluateRequiredChecks(['build'], [run('build', 'completed', null)], none);
    expect(r.verdicts[0]).toMatchObject({ passed: false, found: 'no conclusion' });
  });

  test.each(['queued', 'in_progress', 'pending', 'waiting', 'requested'] as const)('check run %s is pending', (status) => {
    const r = evaluateRequiredChecks(['build'], [run('build', status, null)], none);
    expect(r.pending).toEqual(['build']);
    expect(r.verdicts[0]).toMatchObject({ passed: false, found: status });
    expect(r.verdicts[0].reason).toContain('still');
  });

  test.each([
    ['success', true, false],
    ['pending', false, true],
    ['failure', false, false],
    ['error', false, false]
  ] as Array<['success' | 'pending' | 'failure' | 'error', boolean, boolean]>)('commit status %s -> passed %s, pending %s', (state, passed, pending) => {
    const r = evaluateRequiredChecks(['ci/legacy'], [stat('ci/legacy', state)], none);
    expect(r.verdicts[0]).toMatchObject({ name: 'check ci/legacy', passed, found: state });
    expect(r.pending).toEqual(pending ? ['ci/legacy'] : []);
    expect(r.verdicts[0].where).toContain('commit status "ci/legacy"');
  });
});

describe('evaluateRequiredChecks: selection', () => {
  test('the latest observation (first, newest first) wins', () => {
    const r = evaluateRequiredChecks(
      ['build', 'test'],
      [run('build', 'completed', 'success'), run('test', 'completed', 'failure'), run('build', 'completed', 'failure'), run('test', 'completed', 'success')],
      none
    );
    expect(r.verdicts.map((v) => [v.name, v.passed])).toEqual([
      ['check build', true],
      ['check test', false]
    ]);
  });

  test('a re-run in progress replaces an older failure: pending, not failed', () => {
    const r = evaluateRequiredChecks(['build'], [run('build', 'in_progress', null), run('build', 'completed', 'failure')], none);
    expect(r.pending).toEqual(['build']);
    expect(r.verdicts[0].found).toBe('in_progress');
  });

  test('missing fails and is listed', () => {
    const r = evaluateRequiredChecks(['build', 'deploy-preview'], [run('build', 'completed', 'success')], none);
    expect(r.missing).toEqual(['deploy-preview']);
    expect(r.verdicts[1]).toMatchObject({ name: 'check deploy-preview', passed: false, found: 'missing' });
    expect(r.verdicts[1].reason).toContain('required check "deploy-preview" has not reported on 0123456');
  });

  test('names match exactly (case-sensitive)', () => {
    const r = evaluateRequiredChecks(['Build'], [run('build', 'completed', 'success')], none);
    expect(r.verdicts[0]).toMatchObject({ passed: false, found: 'missing' });
  });

  test('the own job is ignored; required only there: not waited for', () => {
    const own = run('ship', 'in_progress', null, { app: 'github-actions' });
    const ignore = (o: CheckObservation) => o === own;
    const all = evaluateRequiredChecks('all', [own, run('build', 'completed', 'success')], { ignore, sha: SHA });
    expect(all.verdicts.map((v) => v.name)).toEqual(['check build']);
    expect(all.pending).toEqual([]);
    const listed = evaluateRequiredChecks(['ship', 'build'], [own, run('build', 'completed', 'success')], { ignore, sha: SHA });
    expect(listed.verdicts[0]).toMatchObject({ name: 'check ship', passed: true, found: 'this job' });
    expect(listed.pending).toEqual([]);
    expect(listed.missing).toEqual([]);
  });

  test("'all' evaluates every observed name once", () => {
    const r = evaluateRequiredChecks(
      'all',
      [run('lint', 'completed', 'success'), stat('ci/legacy', 'failure'), run('e2e', 'queued', null), run('lint', 'completed', 'failure')],
      none
    );
    expect(r.verdicts.map((v) => [v.name, v.passed])).toEqual([
      ['check lint', true],
      ['check ci/legacy', false],
      ['check e2e', false]
    ]);
    expect(r.pending).toEqual(['e2e']);
  });

  test("'all' with nothing reported passes, saying so", () => {
    const r = evaluateRequiredChecks('all', [], none);
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0]).toMatchObject({ name: 'checks', passed: true, found: 'no checks' });
  });

  test('a required list with duplicates gives one verdict per name', () => {
    const r = evaluateRequiredChecks(['build', 'build'], [run('build', 'completed', 'success')], none);
    expect(r.verdicts).toHaveLength(1);
  });
});

describe('requiredFromRules', () => {
  const rules = [
    { type: 'deletion', ruleset_id: 1 },
    {
      type: 'required_status_checks',
      ruleset_id: 7,
      parameters: {
        strict_required_status_checks_policy: false,
        required_status_checks: [{ context: 'build' }, { context: 'test', integration_id: 15368 }]
      }
    },
    { type: 'pull_request', ruleset_id: 7, parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true } },
    { type: 'required_status_checks', ruleset_id: 9, parameters: { required_status_checks: [{ context: 'test' }, { context: 'e2e' }] } },
    { type: 'pull_request', ruleset_id: 9, parameters: { required_approving_review_count: 2 } }
  ];

  test('rulesets: union of contexts, highest review count', () => {
    const r = requiredFromRules(rules);
    expect(r.contexts).toEqual(['build', 'test', 'e2e']);
    expect(r.approvingReviews).toBe(2);
    expect(r.sources).toEqual([
      'rules: required_status_checks (ruleset 7): build, test',
      'rules: pull_request (ruleset 7): 1 approving review',
      'rules: required_status_checks (ruleset 9): test, e2e',
      'rules: pull_request (ruleset 9): 2 approving reviews'
    ]);
  });

  test('plus classic protection (whole object): contexts and checks, review count', () => {
    const protection = {
      required_status_checks: { strict: true, contexts: ['legacy/ci', 'build'], checks: [{ context: 'legacy/ci', app_id: null }, { context: 'lint', app_id: 1 }] },
      required_pull_request_reviews: { required_approving_review_count: 3 }
    };
    const r = requiredFromRules(rules, protection);
    expect(r.contexts).toEqual(['build', 'test', 'e2e', 'legacy/ci', 'lint']);
    expect(r.approvingReviews).toBe(3);
    expect(r.sources).toContain('branch protection: required_pull_request_reviews: 3 approving reviews');
  });

  test('classic protection required_status_checks answer alone', () => {
    const r = requiredFromRules([], { strict: false, contexts: ['ci'], checks: [{ context: 'ci' }] });
    expect(r).toEqual({ contexts: ['ci'], approvingReviews: 0, sources: ['branch protection: required_status_checks: ci'] });
  });

  test('nothing required, and odd answers, give empty requirements', () => {
    expect(requiredFromRules([])).toEqual({ contexts: [], approvingReviews: 0, sources: [] });
    expect(requiredFromRules(null, undefined)).toEqual({ contexts: [], approvingReviews: 0, sources: [] });
    expect(requiredFromRules({ message: 'Not Found' }, { message: 'Not Found' })).toEqual({ contexts: [], approvingReviews: 0, sources: [] });
    expect(requiredFromRules([{ type: 'required_status_checks', parameters: { required_status_checks: [{}, { context: '' }] } }]).contexts).toEqual([]);
  });
});

describe('evaluateApprovals', () => {
  const rv = (user: string, state: string, minute: number): Review => ({
    user,
    state,
    submitted_at: `2026-01-01T00:${String(minute).padStart(2, '0')}:00Z`
  });

  test.each<[string, Review[], number, boolean, string]>([
    ['no reviews required', [], 0, true, 'none required'],
    ['one approval of one', [rv('alice', 'APPROVED', 1)], 1, true, '1 approving (alice)'],
    ['one approval of two', [rv('alice', 'APPROVED', 1)], 2, false, '1 approving (alice)'],
    ['two reviewers', [rv('alice', 'APPROVED', 1), rv('bob', 'APPROVED', 2)], 2, true, '2 approving (alice, bob)'],
    ['the same reviewer twice counts once', [rv('alice', 'APPROVED', 1), rv('Alice', 'APPROVED', 2)], 2, false, '1 approving'],
    ['changes requested after an approval cancels it', [rv('alice', 'APPROVED', 1), rv('alice', 'CHANGES_REQUESTED', 2)], 1, false, 'changes requested by alice'],
    ['approval after changes requested counts', [rv('alice', 'CHANGES_REQUESTED', 1), rv('alice', 'APPROVED', 2)], 1, true, '1 approving (alice)'],
    ['a comment does not change an approval', [rv('alice', 'APPROVED', 1), rv('alice', 'COMMENTED', 2)], 1, true, '1 approving (alice)'],
    ['a comment does not lift changes requested', [rv('alice', 'CHANGES_REQUESTED', 1), rv('alice', 'COMMENTED', 2)], 1, false, 'changes requested by alice'],
    ['dismissal cancels the approval', [rv('alice', 'APPROVED', 1), rv('alice', 'DISMISSED', 2)], 1, false, '0 approving'],
    ['pending reviews are ignored', [rv('alice', 'PENDING', 1)], 1, false, '0 approving'],
    [
      'order by submitted_at, not input order',
      [rv('alice', 'APPROVED', 5), rv('alice', 'CHANGES_REQUESTED', 1)],
      1,
      true,
      '1 approving (alice)'
    ],
    [
      'outstanding changes requested block even with enough approvals',
      [rv('alice', 'APPROVED', 1), rv('bob', 'APPROVED', 2), rv('carol', 'CHANGES_REQUESTED', 3)],
      2,
      false,
      'changes requested by carol'
    ]
  ])('%s', (_name, reviews, required, passed, found) => {
    const v = evaluateApprovals(reviews, required);
    expect(v.name).toBe('approvals');
    expect(v.passed).toBe(passed);
    expect(required === 0 ? v.expected : v.found).toContain(found);
    expect(v.reason.length).toBeGreaterThan(10);
  });

  test('the reason says how many more are needed', () => {
    expect(evaluateApprovals([rv('alice', 'APPROVED', 1)], 3).reason).toContain('get 2 more approvals');
  });
});
