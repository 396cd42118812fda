/** Which workflow a rollback dispatches at the previous tag, and what the block says when it is not there. */
import { describe, expect, it } from '@jest/globals';
import { missingAtTagReason, rollbackPreflight, rollbackWorkflowOf } from '../../src/rollback/preflight.js';
import type { ShipRun } from '../../src/stage.js';
import { settings } from '../report/records.js';

const withRollback = (deploy: Partial<ReturnType<typeof settings>['deploy']>, rollback: Partial<ReturnType<typeof settings>['rollback']>) => {
  const base = settings();
  return { ...base, token: 't', deploy: { ...base.deploy, workflow: '', branch: '', command: '', ...deploy }, rollback: { ...base.rollback, workflow: '', command: '', mode: 'auto' as const, ...rollback } };
};

describe('rollbackWorkflowOf', () => {
  it.each([
    ['rollback-workflow wins', { workflow: 'deploy.yml' }, { workflow: 'rollback.yml' }, { workflow: 'rollback.yml', input: 'rollback-workflow' }],
    ['without one, the deploy workflow rolls back', { workflow: 'deploy.yml' }, {}, { workflow: 'deploy.yml', input: 'deploy-workflow' }],
    ['a rollback-command dispatches nothing', { workflow: 'deploy.yml' }, { command: './rollback.sh' }, undefined],
    ['a branch deploy dispatches nothing', { branch: 'production' }, {}, undefined],
    ['rollback: never dispatches nothing', { workflow: 'deploy.yml' }, { workflow: 'rollback.yml', mode: 'never' as const }, undefined]
  ])('%s', (_name, deploy, rollback, expected) => {
    expect(rollbackWorkflowOf(withRollback(deploy, rollback))).toEqual(expected);
  });
});

describe('missingAtTagReason', () => {
  it('says where the rollback dispatches, why it would fail, and what to do for this ship', () => {
    const reason = missingAtTagReason('rollback.yml', 'rollback-workflow', 'v1.4.0', '.github/workflows/rollback.yml');
    expect(reason).toBe(
      'rollback.yml (rollback-workflow) does not exist at v1.4.0, the previous release, and a rollback dispatches it there: a rollback would fail. ' +
        'To ship this release, leave rollback-workflow empty for this ship (the rollback then dispatches deploy-workflow at that tag) or use rollback-command; ' +
        'from the next release on, .github/workflows/rollback.yml exists at the previous tag'
    );
    expect(missingAtTagReason('deploy.yml', 'deploy-workflow', 'v1.4.0', '.github/workflows/deploy.yml')).toContain('set rollback-command for this ship, or rollback: never');
  });
});

describe('rollbackPreflight from the files changed since the previous tag', () => {
  const PATH = '.github/workflows/rollback.yml';
  /** A run whose client must not be used: these answers need no request. */
  const run = (): ShipRun =>
    ({
      settings: withRollback({ workflow: 'deploy.yml' }, { workflow: 'rollback.yml' }),
      deployPlan: { rollbackWorkflow: { id: 'rollback.yml', path: PATH, declared: {} } },
      client: new Proxy({}, { get: () => { throw new Error('no request expected'); } })
    }) as unknown as ShipRun;

  it.each([
    ['added in this release: blocked, saying why', 'added', false, /does not exist at v1\.4\.0/],
    ['renamed to its path in this release: blocked', 'renamed', false, /does not exist at v1\.4\.0/],
    ['not touched since v1.4.0: passes', undefined, true, /as the deploy gate read it/]
  ])('%s', async (_name, status, passed, reason) => {
    const files = new Map(status ? [[PATH, status]] : [['src/app.ts', 'modified']]);
    const [verdict] = await rollbackPreflight(run(), 'v1.4.0', { files, complete: true });
    expect(verdict).toMatchObject({ name: 'rollback at v1.4.0', passed, where: `${PATH} at v1.4.0` });
    expect(verdict!.reason).toMatch(reason);
  });

  it('a modified file, or a list GitHub may have cut, is read at the tag', async () => {
    await expect(rollbackPreflight(run(), 'v1.4.0', { files: new Map([[PATH, 'modified']]), complete: true })).rejects.toThrow('no request expected');
    await expect(rollbackPreflight(run(), 'v1.4.0', { files: new Map(), complete: false })).rejects.toThrow('no request expected');
  });

  it('no previous tag (a first release) or no workflow rollback: nothing to check', async () => {
    expect(await rollbackPreflight(run(), null)).toEqual([]);
    const never = { ...run(), settings: withRollback({ workflow: 'deploy.yml' }, { mode: 'never' }) } as ShipRun;
    expect(await rollbackPreflight(never, 'v1.4.0')).toEqual([]);
  });
});
