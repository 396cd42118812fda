/**
 * The demo service: reports the version the sandbox says is deployed, can be switched unhealthy
 * or slow per version, counts requests per version; a finished deploy run changes its version.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import { addRun } from '../../sandbox/github/handlers/actions.js';
import { startDemoService, type DemoService } from '../../sandbox/demo/service.js';

const DEPLOY = `name: Deploy
on:
  workflow_dispatch:
    inputs:
      version:
        required: true
      environment:
        default: production
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function health(service: DemoService): Promise<{ status: number; body: { status: string; version: string }; ms: number }> {
  const t0 = Date.now();
  const res = await fetch(`${service.url}/health`);
  return { status: res.status, body: (await res.json()) as { status: string; version: string }, ms: Date.now() - t0 };
}

let repo: TestRepo;
let sandbox: Sandbox;
let service: DemoService;

beforeAll(async () => {
  repo = makeRepo({ '.github/workflows/deploy.yml': DEPLOY, 'package.json': '{"version":"1.0.0"}\n' });
  sandbox = await startSandbox({ repoDir: repo.dir, owner: 'acme', repo: 'svc' });
  service = await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: '1.0.0' });
});

afterAll(async () => {
  await service?.close();
  await sandbox?.close();
  repo?.cleanup();
});

describe('demo service', () => {
  it('reports the initial version as healthy; /version is plain text; unknown paths 404', async () => {
    expect(sandbox.state.deployedVersion.production).toBe('1.0.0');
    expect(await health(service)).toMatchObject({ status: 200, body: { status: 'ok', version: '1.0.0' } });
    const v = await fetch(`${service.url}/version`);
    expect(v.headers.get('content-type')).toContain('text/plain');
    expect((await v.text()).trim()).toBe('1.0.0');
    expect((await fetch(`${service.url}/nope`)).status).toBe(404);
  });

  it('is unhealthy (503) while a version switched unhealthy is deployed', async () => {
    service.setUnhealthy('v1.0.0');
    expect(await health(service)).toMatchObject({ status: 503, body: { status: 'unhealthy', version: '1.0.0' } });
    service.setUnhealthy('1.0.0', false);
    expect((await health(service)).status).toBe(200);
  });

  it('answers slowly for a slow version', async () => {
    service.setSlow('1.0.0', 150);
    const slow = await health(service);
    expect(slow.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(140);
    service.setSlow('1.0.0', 0);
    expect((await health(service)).ms).toBeLessThan(140);
  });

  it('switches version when a dispatched deploy run succeeds, and counts requests per version', async () => {
    sandbox.state.scenario.runScripts = { 'deploy.yml': { statuses: ['queued', 'in_progress'], stepMs: 200, conclusion: 'success' } };
    service.setUnhealthy('2.0.0');
    const octokit = getOctokit('t', { baseUrl: sandbox.url });
    await octokit.rest.actions.createWorkflowDispatch({ owner: 'acme', repo: 'svc', workflow_id: 'deploy.yml', ref: 'main', inputs: { version: 'v2.0.0' } });
    expect((await health(service)).body.version).toBe('1.0.0');
    const deadline = Date.now() + 5000;
    let last = await health(service);
    while (last.body.version !== '2.0.0' && Date.now() < deadline) {
      await sleep(20);
      last = await health(service);
    }
    expect(last).toMatchObject({ status: 503, body: { status: 'unhealthy', version: '2.0.0' } });
    const counts = service.requestsByVersion();
    expect(counts['1.0.0']).toBeGreaterThan(0);
    expect(counts['2.0.0']).toBeGreaterThan(0);
    expect(sandbox.schemaErrors()).toEqual([]);
  });

  it('a rollback run (the previous version) brings the old version back; failed runs change nothing', async () => {
    addRun(sandbox.state, { workflow: 'deploy.yml', event: 'workflow_dispatch', inputs: { version: '3.0.0' }, script: { statuses: [], stepMs: 0, conclusion: 'failure' } });
    addRun(sandbox.state, { workflow: 'deploy.yml', event: 'workflow_dispatch', inputs: { version: '1.0.0' }, script: { statuses: [], stepMs: 0, conclusion: 'success' } });
    expect(service.version()).toBe('1.0.0');
    expect((await health(service)).status).toBe(200);
  });

  it('serves another environment', async () => {
    const staging = await startDemoService({ state: sandbox.state, environment: 'staging', initialVersion: '0.9.0' });
    try {
      expect((await health(staging)).body.version).toBe('0.9.0');
      addRun(sandbox.state, {
        workflow: 'deploy.yml',
        event: 'workflow_dispatch',
        inputs: { version: '1.1.0-rc.1', environment: 'staging' },
        script: { statuses: [], stepMs: 0, conclusion: 'success' }
      });
      expect((await health(staging)).body.version).toBe('1.1.0-rc.1');
      expect(service.version()).toBe('1.0.0');
    } finally {
      await staging.close();
    }
  });
});
