/** Which workflow a rollback dispatches at the previous tag, and what the block says when it is not there. */
import { describe, expect, it } from '@jest/globals';
import { chooseStrategies } from '../../src/deploy/strategies/registry.js';
import type { WorkflowConfig } from '../../src/deploy/strategies/workflow.js';
import type { GitHubClient } from '../../src/github/client.js';
import { dispatchableAtPreviousTag, missingAtTagReason, WorkflowFiles } from '../../src/gates/workflow-dispatch.js';
import { settings } from '../report/records.js';

const withRollback = (deploy: Partial<ReturnType<typeof settings>['deploy']>, rollback: Partial<ReturnType<typeof settings>['rollback']>) => {
  const base = settings();
  return { ...base, deploy: { ...base.deploy, workflow: '', branch: '', command: '', ...deploy }, rollback: { ...base.rollback, workflow: '', command: '', mode: 'auto' as const, ...rollback } };
};

/** The workflow a rollback would dispatch, and the input that names it. */
function rollbackWorkflowOf(s: ReturnType<typeof withRollback>): { workflow: string; input: string } | undefined {
  const step = chooseStrategies(s).rollback.find((r) => r.strategy.name === 'workflow');
  const config = step?.config as WorkflowConfig | undefined;
  return config && { workflow: config.workflow, input: config.input };
}

describe('the workflow a rollback dispatches', () => {
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

describe('the rollback workflow at the previous tag, from the files changed since it', () => {
  const PATH = '.github/workflows/rollback.yml';
  const SHA = 'a'.repeat(40);
  const WORKFLOW = 'on:\n  workflow_dispatch:\n    inputs:\n      version: {}\n';
  /** A client that answers the file at the shipped commit once, and refuses every other request. */
  function client(): { client: GitHubClient; reads: string[] } {
    const reads: string[] = [];
    const getContent = async ({ ref }: { ref: string }) => {
      reads.push(ref);
      if (ref !== SHA) throw new Error('no request expected');
      return { data: { type: 'file', content: Buffer.from(WORKFLOW).toString('base64') } };
    };
    return { client: { owner: 'o', repo: 'r', octokit: { rest: { repos: { getContent } } }, requestsWritten: async () => undefined } as unknown as GitHubClient, reads };
  }
  async function known(): Promise<{ files: WorkflowFiles; client: GitHubClient; reads: string[] }> {
    const fake = client();
    const files = new WorkflowFiles('rollback.yml');
    await files.read(fake.client, SHA);
    return { files, ...fake };
  }
  const input = (changed?: { files: Map<string, string>; complete: boolean }) => ({
    sha: SHA,
    input: 'rollback-workflow',
    environment: 'production',
    deployInputs: {},
    previousTag: 'v1.4.0',
    ...(changed ? { changed } : {})
  });

  it.each([
    ['added in this release: blocked, saying why', 'added', false, /does not exist at v1\.4\.0/],
    ['renamed to its path in this release: blocked', 'renamed', false, /does not exist at v1\.4\.0/],
    ['not touched since v1.4.0: passes', undefined, true, /as the deploy gate read it/]
  ])('%s', async (_name, status, passed, reason) => {
    const { files, client: c, reads } = await known();
    const changed = new Map(status ? [[PATH, status]] : [['src/app.ts', 'modified']]);
    const [verdict] = await dispatchableAtPreviousTag(c, files, input({ files: changed, complete: true }));
    expect(verdict).toMatchObject({ name: 'rollback at v1.4.0', passed, where: `${PATH} at v1.4.0` });
    expect(verdict!.reason).toMatch(reason);
    expect(reads).toEqual([SHA]);
  });

  it('a file unchanged since the tag is then known there: the rollback dispatches without reading it again', async () => {
    const { files, client: c } = await known();
    await dispatchableAtPreviousTag(c, files, input({ files: new Map(), complete: true }));
    expect(files.get('v1.4.0')?.plan?.path).toBe(PATH);
  });

  it('a modified file, or a list GitHub may have cut, is read at the tag', async () => {
    const modified = await known();
    await expect(dispatchableAtPreviousTag(modified.client, modified.files, input({ files: new Map([[PATH, 'modified']]), complete: true }))).rejects.toThrow('no request expected');
    const cut = await known();
    await expect(dispatchableAtPreviousTag(cut.client, cut.files, input({ files: new Map(), complete: false }))).rejects.toThrow('no request expected');
  });
});
