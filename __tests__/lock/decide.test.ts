/** The lock's pure parts: what a ship does with what it saw, the holder's message, the ref's name, a version deployed before. */
import { describe, expect, it } from '@jest/globals';
import { deployedBefore } from '../../src/deploy/already-deployed.js';
import { decideLock, type LockDecision, type LockSeen } from '../../src/lock/decide.js';
import { describeHolder, lockMessage, lockRefName, parseLockMessage, type LockHolder } from '../../src/lock/holder.js';

const HOLDER: LockHolder = { environment: 'production', runId: '77', runAttempt: '1', runUrl: 'https://github.test/acme/app/actions/runs/77', shipId: '77:abc', since: '2026-11-21T16:30:00.000Z' };
const held = (over: Partial<Extract<LockSeen, { kind: 'held' }>> = {}): LockSeen => ({ kind: 'held', commitSha: 'c0ffee', holder: HOLDER, holderRun: 'running', ...over });
const ME = { runId: '88', commitSha: 'beef' };
const NOW = { nowMs: 1_000, deadlineMs: 5_000 };
const LATE = { nowMs: 5_000, deadlineMs: 5_000 };

describe('decideLock', () => {
  const cases: Array<[string, LockSeen, typeof ME, typeof NOW, LockDecision['action'], RegExp | null]> = [
    ['free', { kind: 'free' }, ME, NOW, 'create', null],
    ['free past the deadline (it just became free)', { kind: 'free' }, ME, LATE, 'create', null],
    ['held by this ship\'s own commit (a lost answer)', held({ commitSha: 'beef' }), ME, NOW, 'held', null],
    ['held by an earlier attempt of this run (a re-run)', held({ holder: { ...HOLDER, runId: '88', runAttempt: '1' } }), ME, NOW, 'carry-on', /same workflow run/],
    ['held by this run, past the deadline', held({ holder: { ...HOLDER, runId: '88' } }), ME, LATE, 'carry-on', null],
    ['held by a live run', held(), ME, NOW, 'wait', /run 77/],
    ['held by a run not read yet', held({ holderRun: 'unknown' }), ME, NOW, 'wait', null],
    ['held by a live run past lock-timeout', held(), ME, LATE, 'give-up', /still held by run 77/],
    ['held by a completed run', held({ holderRun: 'completed' }), ME, NOW, 'take-over', /has completed/],
    ['held by a completed run past the deadline', held({ holderRun: 'completed' }), ME, LATE, 'take-over', null],
    ['held by a run that no longer exists', held({ holderRun: 'gone' }), ME, NOW, 'take-over', /no longer exists/],
    ['held by something that names no run (made by hand): never taken over', held({ holder: undefined, holderRun: 'unknown' }), ME, NOW, 'wait', /not a ship-prod run/],
    ['made by hand, past the deadline', held({ holder: undefined }), ME, LATE, 'give-up', null],
    ['a ship without a run id (outside Actions) never carries on another\'s lock', held({ holder: { ...HOLDER, runId: '' } }), { runId: '', commitSha: 'beef' }, NOW, 'wait', null],
  ];
  it.each(cases)('%s', (_name, seen, self, time, action, why) => {
    const decision = decideLock(seen, self, time);
    expect(decision.action).toBe(action);
    if (why) expect(decision.why).toMatch(why);
  });
});

describe('the lock commit message', () => {
  it('names the holder and reads back the same', () => {
    const message = lockMessage(HOLDER);
    expect(message.split('\n')[0]).toBe('ship-prod lock: production');
    expect(message).toContain('run-url: https://github.test/acme/app/actions/runs/77');
    expect(parseLockMessage(message)).toEqual(HOLDER);
    expect(parseLockMessage(lockMessage({ ...HOLDER, takenOverFrom: 'https://github.test/acme/app/actions/runs/66' }))?.takenOverFrom).toBe('https://github.test/acme/app/actions/runs/66');
  });

  it('keeps each value on its line (an environment name cannot add a field)', () => {
    const parsed = parseLockMessage(lockMessage({ ...HOLDER, environment: 'prod\nrun-id: 1' }));
    expect(parsed?.runId).toBe('77');
    expect(parsed?.environment).toBe('prod run-id: 1');
  });

  it.each([
    ['a commit that is not a lock', 'Release 1.5.0\n'],
    ['a lock naming no run', 'ship-prod lock: production\n\nenvironment: production\n'],
    ['a lock whose run id is not a number', 'ship-prod lock: production\n\nrun-id: abc\n']
  ])('%s is no holder', (_name, message) => expect(parseLockMessage(message)).toBeUndefined());

  it('describes holders in words', () => {
    expect(describeHolder(HOLDER)).toBe('run 77');
    expect(describeHolder({ ...HOLDER, runAttempt: '3' })).toBe('run 77 (attempt 3)');
    expect(describeHolder(undefined)).toMatch(/not a ship-prod run/);
  });
});

describe('lockRefName', () => {
  it.each([
    ['production', 'refs/ship-prod/locks/production'],
    ['Production', 'refs/ship-prod/locks/production'],
    ['prod-eu', 'refs/ship-prod/locks/prod-eu'],
    ['prod eu', 'refs/ship-prod/locks/prod_20eu'],
    ['prod_eu', 'refs/ship-prod/locks/prod_5feu'],
    ['a..b', 'refs/ship-prod/locks/a_2e_2eb'],
    ['x.lock', 'refs/ship-prod/locks/x_2elock'],
    ['prod/eu', 'refs/ship-prod/locks/prod_2feu'],
    ['prød', 'refs/ship-prod/locks/pr_c3_b8d']
  ])('%s → %s', (environment, ref) => {
    expect(lockRefName(environment)).toBe(ref);
    // Every ref is one git accepts: one level under the namespace, no dots, spaces or specials.
    expect(ref.slice('refs/ship-prod/locks/'.length)).toMatch(/^[a-z0-9_-]+$/);
  });
});

describe('deployedBefore', () => {
  const input = { tag: 'v1.5.0', shipId: '88:v1.5.0', environment: 'production' };
  it.each([
    ['nothing deployed yet', undefined, false],
    ['the latest is this tag, succeeded, by another ship', { id: 5, ref: 'v1.5.0', state: 'success', shipId: '77:v1.5.0', runId: 9 }, true],
    ['the latest is this tag, still in progress', { id: 5, ref: 'v1.5.0', state: 'in_progress', shipId: '77:v1.5.0' }, false],
    ['the latest is this tag, failed', { id: 5, ref: 'v1.5.0', state: 'failure', shipId: '77:v1.5.0' }, false],
    ['the latest is another tag (a rollback to v1.4.0 came after)', { id: 6, ref: 'v1.4.0', state: 'success' }, false],
    ['the latest is this ship\'s own (an earlier attempt: the resume decision has it)', { id: 5, ref: 'v1.5.0', state: 'success', shipId: '88:v1.5.0' }, false]
  ])('%s', (_name, latest, deployed) => {
    const found = deployedBefore(latest, input);
    expect(Boolean(found)).toBe(deployed);
    if (found) expect(found).toMatchObject({ deploymentId: 5, runId: 9, why: expect.stringContaining('already deployed to production with success by deployment 5') });
  });
});
