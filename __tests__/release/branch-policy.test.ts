import { describe, expect, test } from '@jest/globals';
import { branchMovePolicy } from '../../src/release/branch-policy.js';

const ALLOWED = { allowed: true, reason: 'no rule on main refuses a fast-forward' };

/** A rule as `GET /repos/{o}/{r}/rules/branches/{branch}` returns it. */
function rule(type: string, parameters?: Record<string, unknown>): Record<string, unknown> {
  return { type, ruleset_source_type: 'Repository', ruleset_source: 'o/r', ruleset_id: 7, ...(parameters ? { parameters } : {}) };
}

describe('branchMovePolicy: rulesets', () => {
  test.each([
    ['pull_request', { required_approving_review_count: 0 }, 'the pull_request rule on main: changes must come through a pull request'],
    ['update', { update_allows_fetch_and_merge: false }, 'the update rule on main: updates to the branch are restricted'],
    [
      'required_status_checks',
      { strict_required_status_checks_policy: false, required_status_checks: [{ context: 'ci' }] },
      'the required_status_checks rule on main: the new commit would need status checks it cannot have yet'
    ],
    [
      'required_deployments',
      { required_deployment_environments: ['staging'] },
      'the required_deployments rule on main: the new commit would need deployments it cannot have yet'
    ],
    ['merge_queue', { merge_method: 'SQUASH' }, 'the merge_queue rule on main: changes must go through the merge queue']
  ] as Array<[string, Record<string, unknown>, string]>)('%s refuses a direct update', (type, parameters, reason) => {
    expect(branchMovePolicy('main', [rule(type, parameters)], null)).toEqual({ allowed: false, reason });
  });

  test.each([
    ['non_fast_forward'],
    ['deletion'],
    ['creation'],
    ['required_linear_history'],
    ['required_signatures'],
    ['commit_message_pattern'],
    ['some_future_rule']
  ] as Array<[string]>)('%s does not refuse a fast-forward', (type) => {
    expect(branchMovePolicy('main', [rule(type)], null)).toEqual(ALLOWED);
  });

  test('all harmless rules together still allow it', () => {
    const rules = ['non_fast_forward', 'deletion', 'creation', 'required_linear_history', 'required_signatures'].map((t) => rule(t));
    expect(branchMovePolicy('main', rules, {})).toEqual(ALLOWED);
  });

  test('the first refusing rule gives the reason, after harmless ones', () => {
    const rules = [rule('deletion'), rule('required_deployments'), rule('pull_request')];
    expect(branchMovePolicy('main', rules, null)).toEqual({
      allowed: false,
      reason: 'the required_deployments rule on main: the new commit would need deployments it cannot have yet'
    });
  });

  test('the branch name appears in the reason as given', () => {
    expect(branchMovePolicy('release/2.x', [rule('update')], null).reason).toBe(
      'the update rule on release/2.x: updates to the branch are restricted'
    );
  });

  test.each([
    ['null', null],
    ['a string', 'pull_request'],
    ['a number', 3],
    ['no type', { parameters: {} }],
    ['a non-string type', { type: 1 }],
    ['a type cased differently', { type: 'Pull_Request' }]
  ] as Array<[string, unknown]>)('a malformed rule (%s) is ignored', (_name, item) => {
    expect(branchMovePolicy('main', [item], null)).toEqual(ALLOWED);
  });

  test.each([['toString'], ['constructor'], ['hasOwnProperty'], ['__proto__']] as Array<[string]>)(
    'a rule type named like an Object property (%s) does not refuse',
    (type) => {
      expect(branchMovePolicy('main', [{ type }], null)).toEqual(ALLOWED);
    }
  );
});

describe('branchMovePolicy: classic protection', () => {
  test.each([
    [
      'required_pull_request_reviews',
      { required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: false } },
      'classic protection of main requires pull request reviews'
    ],
    [
      'required_status_checks',
      { required_status_checks: { strict: true, contexts: ['ci'], checks: [{ context: 'ci', app_id: null }] } },
      'classic protection of main requires status checks the new commit cannot have yet'
    ],
    [
      'restrictions',
      { restrictions: { users: [], teams: [], apps: [] } },
      'classic protection of main restricts who may push'
    ]
  ] as Array<[string, Record<string, unknown>, string]>)('%s refuses', (_name, protection, reason) => {
    expect(branchMovePolicy('main', [], protection)).toEqual({ allowed: false, reason });
  });

  test('reviews are reported before status checks and restrictions', () => {
    const protection = {
      restrictions: { users: [] },
      required_status_checks: { contexts: [] },
      required_pull_request_reviews: { required_approving_review_count: 0 }
    };
    expect(branchMovePolicy('main', null, protection).reason).toBe('classic protection of main requires pull request reviews');
    const { required_pull_request_reviews: _r, ...noReviews } = protection;
    expect(branchMovePolicy('main', null, noReviews).reason).toBe(
      'classic protection of main requires status checks the new commit cannot have yet'
    );
  });

  test('protection with only harmless settings allows it', () => {
    const protection = {
      url: 'https://api.github.com/repos/o/r/branches/main/protection',
      enforce_admins: { enabled: true },
      required_linear_history: { enabled: true },
      allow_force_pushes: { enabled: false },
      allow_deletions: { enabled: false },
      required_signatures: { enabled: false },
      required_status_checks: null,
      required_pull_request_reviews: null,
      restrictions: null
    };
    expect(branchMovePolicy('main', [], protection)).toEqual(ALLOWED);
  });

  test('a ruleset rule wins over classic protection in the reason', () => {
    expect(branchMovePolicy('main', [rule('merge_queue')], { restrictions: { users: [] } })).toEqual({
      allowed: false,
      reason: 'the merge_queue rule on main: changes must go through the merge queue'
    });
  });
});

describe('branchMovePolicy: nothing known', () => {
  test.each([
    ['null rules, null protection', null, null],
    ['empty rules, null protection', [], null],
    ['null rules, empty protection', null, {}],
    ['empty rules, empty protection', [], {}]
  ] as Array<[string, unknown[] | null, unknown]>)('%s: allowed', (_name, rules, protection) => {
    expect(branchMovePolicy('main', rules, protection)).toEqual(ALLOWED);
  });
});
