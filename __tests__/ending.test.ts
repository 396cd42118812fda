/** The one ending: status, headline and next steps from the record alone, for every way a ship ends. */
import { describe, expect, it } from '@jest/globals';
import type { EnvironmentRecord, RollbackRecord, TrafficRecord } from '../src/deploy/record.js';
import { decideEnding, productionState, type Ending } from '../src/ending.js';
import { newRecord } from '../src/pipeline.js';
import type { Halt, ShipRecord } from '../src/ship.js';
import { settings } from './report/records.js';

const VERSION = { previous: '1.4.0', next: '1.5.0', tag: 'v1.5.0', rule: 'minor', changelogSection: '' };
const FAILED_GATE = { name: 'staging-validation', expected: 'approved', found: 'pending', where: 'state.yaml:3', passed: false, reason: 'staging is pending' };
const ROLLBACK: RollbackRecord = { attempted: true, verified: true, trigger: 'monitoring window: 12% errors', toVersion: '1.4.0', toTag: 'v1.4.0', strategy: 'the deploy (workflow) with the previous version', summary: 'rolled back to v1.4.0 and verified healthy (3s from the failure verdict)', detail: [] };
const HOLDER = { environment: 'production', runId: '77', runAttempt: '1', runUrl: 'https://github.test/acme/app/actions/runs/77', shipId: '77:abc', since: '2026-11-21T16:30:00.000Z' };
const TRAFFIC: TrafficRecord = { steps: [], percent: 50, switchBack: { ok: true, verified: true, summary: 'switch-back command succeeded', at: '' } };

function record(over: Partial<ShipRecord> & { halt?: Halt } = {}): ShipRecord {
  const r = newRecord();
  return Object.assign(r, { settings: settings(), version: VERSION }, over);
}
const env = (outcome: EnvironmentRecord['outcome'], failure?: string): EnvironmentRecord[] => [{ name: 'production', outcome, ...(failure ? { failure } : {}) }];

const CASES: Array<[string, ShipRecord, Partial<Ending> & { status: Ending['status'] }]> = [
  ['bad inputs', record({ settings: undefined, version: undefined, halt: { at: 'inputs', inputs: ['bump', 'bump', 'health-urls'], problems: ["Input 'bump': sideways"] } }), { status: 'blocked', headline: 'Invalid inputs (bump, health-urls): nothing was done', nextSteps: ["Input 'bump': sideways"] }],
  ['a token GitHub refuses', record({ halt: { at: 'token', reason: 'The gates stage failed: the token was refused (401 Bad credentials); check github-token.' } }), { status: 'failed', headline: 'GitHub refused the token: The gates stage failed: the token was refused (401 Bad credentials); check github-token.' }],
  ['not in a runner', record({ halt: { at: 'runner', reason: 'GITHUB_REPOSITORY is ""' } }), { status: 'failed', headline: 'Cannot run here: GITHUB_REPOSITORY is ""' }],
  ['a bug', record({ halt: { at: 'bug', reason: 'x is undefined' } }), { status: 'failed', headline: 'Unexpected error: x is undefined' }],
  ['the commit cannot be resolved', record({ halt: { at: 'resolve', reason: 'the token was refused' } }), { status: 'failed', headline: 'Could not resolve what to ship: the token was refused' }],
  ['a failed gate', record({ gates: [FAILED_GATE], halt: { at: 'gates', reason: '1 of 1 gates failed' } }), { status: 'blocked', headline: '1 gate failed. staging-validation: staging is pending' }],
  ['gates that could not be read', record({ halt: { at: 'gates', reason: 'HTTP 500' } }), { status: 'blocked', headline: 'The gates could not be evaluated: HTTP 500' }],
  ['a refusal before any write (a tag held by another commit)', record({ gates: [{ ...FAILED_GATE, name: 'tag', reason: 'tag v1.5.0 already exists at abc1234' }], halt: { at: 'version', reason: 'refused' } }), { status: 'blocked', headline: 'tag v1.5.0 already exists at abc1234' }],
  [
    'another ship holding the environment past lock-timeout',
    record({
      lock: { environment: 'production', ref: 'refs/ship-prod/locks/production', state: 'blocked', waitedMs: 60_000, holder: HOLDER, summary: 'held' },
      halt: { at: 'lock', reason: 'environment production is locked: refs/ship-prod/locks/production is held by run 77 (https://github.test/acme/app/actions/runs/77)' }
    }),
    {
      status: 'blocked',
      headline: 'Blocked: environment production is locked: refs/ship-prod/locks/production is held by run 77 (https://github.test/acme/app/actions/runs/77)',
      nextSteps: [expect.stringContaining('Run 77 (https://github.test/acme/app/actions/runs/77) is shipping to production') as unknown as string, expect.stringContaining('gh api -X DELETE') as unknown as string]
    }
  ],
  ['the lock failing for another reason (HTTP 502)', record({ lock: { environment: 'production', ref: 'refs/ship-prod/locks/production', state: 'held', waitedMs: 0, summary: '' }, halt: { at: 'lock', reason: 'HTTP 502' } }), { status: 'failed', headline: 'The lock could not be taken: HTTP 502' }],
  [
    'a deploy run never approved (cancelled past approval-timeout)',
    record({ environments: env('untouched', 'the deploy failed: deploy run 9 waited for approval of production (reviewers: @alice) longer than approval-timeout 2s and was cancelled') }),
    { status: 'aborted', headline: 'Not shipped: the deploy failed: deploy run 9 waited for approval of production (reviewers: @alice) longer than approval-timeout 2s and was cancelled. Production was not changed, so nothing was rolled back.' }
  ],
  ['the version stage failing', record({ halt: { at: 'version', reason: 'HTTP 502' } }), { status: 'failed', headline: 'Version: HTTP 502', nextSteps: ['Nothing was changed. Fix the version inputs or files, then re-run.'] }],
  ['the release stage failing after writes', record({ halt: { at: 'release', reason: 'HTTP 502', wrote: true } }), { status: 'failed', nextSteps: ['Some writes were made (see the timeline); a re-run resumes from what exists.'] }],
  ['the release stage failing before any write', record({ halt: { at: 'release', reason: 'HTTP 502' } }), { status: 'failed', nextSteps: ['Nothing was changed.'] }],
  ['the pre-deploy command', record({ halt: { at: 'pre-deploy', reason: 'pre-deploy command exited 3: nothing was deployed' } }), { status: 'aborted', headline: 'Not shipped: pre-deploy command exited 3: nothing was deployed. Production was not changed.' }],
  ['a deploy refused before it began', record({ environments: env('untouched', 'the deploy failed: GitHub refused the dispatch') }), { status: 'aborted', headline: 'Not shipped: the deploy failed: GitHub refused the dispatch. Production was not changed, so nothing was rolled back.' }],
  [
    'smoke checks failing, production verified',
    record({ environments: env('untouched', 'v1.5.0 failed its smoke checks'), delivery: { traffic: { steps: [], percent: 0, productionVerified: { verified: true, summary: 'ok' } } } }),
    { status: 'aborted', headline: 'Not shipped: v1.5.0 failed its smoke checks. No traffic was moved; production verified on 1.4.0.' }
  ],
  [
    'smoke checks failing, production not verifying',
    record({ environments: env('untouched', 'v1.5.0 failed its smoke checks'), delivery: { traffic: { steps: [], percent: 0, productionVerified: { verified: false, summary: 'api 503' } } } }),
    { status: 'aborted', headline: 'Not shipped: v1.5.0 failed its smoke checks. No traffic was moved; production did not verify.' }
  ],
  ['a verified redeploy of the previous version', record({ environments: env('restored', 'monitoring window: 12% errors'), rollback: ROLLBACK }), { status: 'rolled-back', headline: 'Rolled back to v1.4.0: monitoring window: 12% errors' }],
  ['traffic verified back on the previous version', record({ environments: env('restored', 'traffic step 50%: 503'), rollback: ROLLBACK, delivery: { traffic: TRAFFIC } }), { status: 'rolled-back', headline: 'Traffic moved back to v1.4.0: traffic step 50%: 503' }],
  [
    'a rollback that did not verify',
    record({ environments: env('unknown', 'never healthy'), rollback: { ...ROLLBACK, verified: false, summary: 'v1.4.0 was deployed again but is not healthy: 503' } }),
    { status: 'failed', headline: 'Failed: never healthy; v1.4.0 was deployed again but is not healthy: 503. A person is needed.' }
  ],
  [
    'rollback: never',
    record({ settings: settings({ rollback: { ...settings().rollback, mode: 'never' } }), environments: env('unknown', 'never healthy'), rollback: { ...ROLLBACK, attempted: false, verified: false, summary: 'rollback: never — nothing was rolled back' } }),
    { status: 'failed', headline: 'Failed: never healthy; rollback is never, so production was left as it is. A person is needed.' }
  ],
  [
    'a switch-back that failed',
    record({ environments: env('unknown', 'traffic step 50%: 503'), rollback: { ...ROLLBACK, verified: false, summary: 'moving the traffic back failed: exit 1' }, delivery: { traffic: { ...TRAFFIC, switchBack: { ok: false, verified: false, summary: 'exit 1', at: '' } } } }),
    { status: 'failed', headline: 'Failed: traffic step 50%: 503; moving the traffic back failed: exit 1. A person is needed.', nextSteps: [expect.stringContaining('may send 50% of its traffic to v1.5.0') as unknown as string, expect.any(String) as unknown as string] }
  ],
  ['a dry run', record({ settings: settings({ dryRun: true }), environments: env('planned') }), { status: 'dry-run', headline: 'Dry run: v1.5.0 (1.4.0 → 1.5.0) would ship; nothing was changed' }],
  ['a ship', record({ environments: env('shipped') }), { status: 'shipped', headline: 'Shipped v1.5.0 (1.4.0 → 1.5.0)', nextSteps: [] }],
  [
    'several environments: the worst one decides',
    record({ environments: [{ name: 'eu', outcome: 'shipped' }, { name: 'us', outcome: 'untouched', failure: 'the deploy failed: refused' }, { name: 'ap', outcome: 'restored', failure: 'never healthy' }], rollback: ROLLBACK }),
    { status: 'rolled-back', headline: 'Rolled back to v1.4.0: never healthy' }
  ]
];

describe('decideEnding', () => {
  it.each(CASES)('%s', (_name, given, expected) => {
    expect(decideEnding(given)).toMatchObject(expected);
  });

  it('every status is reachable, and failed is kept for production that may be wrong', () => {
    const statuses = new Set(CASES.map(([, given]) => decideEnding(given).status));
    expect([...statuses].sort()).toEqual(['aborted', 'blocked', 'dry-run', 'failed', 'rolled-back', 'shipped']);
    for (const [, given] of CASES.filter(([, r]) => r.environments?.some((e) => e.outcome === 'untouched') && !r.environments.some((e) => e.outcome !== 'untouched' && e.outcome !== 'shipped'))) {
      expect(decideEnding(given).status).toBe('aborted');
    }
  });
});

describe('decideEnding for a fleet (waves)', () => {
  const wave = (name: string, envs: string[]) => ({ name, environments: envs.map((e) => ({ name: e })), bakeMs: 0 });
  const fleet = (environments: EnvironmentRecord[], list = [wave('canary', ['prod-eu-canary']), wave('main', ['prod-eu', 'prod-us'])]) =>
    record({
      settings: settings({ waves: { list, rollbackScope: 'wave' } as never }),
      waves: { names: list.map((w) => w.name), scope: 'wave', verified: [], stoppedAt: { wave: 'main', environment: 'prod-us' } },
      environments,
      rollback: ROLLBACK
    });

  it('names the environments put back, and the one still on the new version', () => {
    const ending = decideEnding(
      fleet([
        { name: 'prod-eu-canary', outcome: 'shipped', version: '1.5.0' },
        { name: 'prod-eu', outcome: 'restored', version: '1.4.0', failure: 'the line stopped at prod-us (wave main): never healthy' },
        { name: 'prod-us', outcome: 'restored', version: '1.4.0', failure: 'never healthy' }
      ])
    );
    expect(ending.status).toBe('rolled-back');
    expect(ending.headline).toBe('Rolled back prod-eu, prod-us to v1.4.0: the line stopped at prod-us (wave main): never healthy Fleet: prod-eu-canary on 1.5.0; prod-eu, prod-us on 1.4.0.');
  });

  it('names the environments of the waves the line never reached', () => {
    const ending = decideEnding(fleet([{ name: 'prod-eu-canary', outcome: 'restored', version: '1.4.0', failure: 'never healthy' }]));
    expect(ending.headline).toBe('Rolled back prod-eu-canary to v1.4.0: never healthy Fleet: prod-eu-canary on 1.4.0; prod-eu, prod-us not deployed (their wave never started).');
  });
});

describe('productionState', () => {
  const ended = (r: ShipRecord) => Object.assign(r, decideEnding(r));
  it.each([
    ['a verified ship', record({ environments: env('shipped'), health: { verdict: 'passed', reason: '', checks: [], rounds: 1, detail: [] } }), { kind: 'new-version', verified: true }],
    ['a ship without checks', record({ environments: env('shipped') }), { kind: 'new-version', verified: false }],
    ['a rollback', record({ environments: env('restored', 'x'), rollback: ROLLBACK }), { kind: 'restored', toVersion: '1.4.0', trigger: ROLLBACK.trigger }],
    ['an aborted ship', record({ environments: env('untouched', 'x') }), { kind: 'unchanged' }],
    ['a failed rollback', record({ environments: env('unknown', 'x'), deploy: { strategy: 'workflow', deploymentId: 1, detail: [] }, rollback: { ...ROLLBACK, verified: false } }), { kind: 'unknown', toVersion: '1.4.0' }],
    ['rollback: never after the deploy began', record({ environments: env('unknown', 'x'), deploy: { strategy: 'workflow', deploymentId: 1, detail: [] } }), { kind: 'mixed' }]
  ])('%s', (_name, given, expected) => {
    expect(productionState(ended(given))).toMatchObject(expected);
  });
});
