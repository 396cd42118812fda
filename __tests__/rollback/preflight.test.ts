/** Which workflow a rollback dispatches at the previous tag, and what the block says when it is not there. */
import { describe, expect, it } from '@jest/globals';
import { missingAtTagReason, rollbackWorkflowOf } from '../../src/rollback/preflight.js';
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
