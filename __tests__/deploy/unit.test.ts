/**
 * The deploy unit with a strategy registered only here: it deploys through the unit like the
 * built-in ones, and the rollback is the same strategy called with the previous version. Against
 * the sandbox (the real client), with a real health endpoint that reports what the strategy put
 * in place.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import { createSampleRepo, type SampleRepo } from '../../sandbox/sample-repo.js';
import { systemClock } from '../../src/clock.js';
import { readSettings } from '../../src/config/inputs.js';
import type { Settings } from '../../src/config/settings.js';
import type { ShipContext } from '../../src/context.js';
import { chooseStrategies, registered } from '../../src/deploy/strategies/registry.js';
import type { DeployStrategy } from '../../src/deploy/strategies/types.js';
import { shipEnvironment, type UnitInput } from '../../src/deploy/unit.js';
import { createClient } from '../../src/github/client.js';
import { listTagRefs } from '../../src/github/git-data.js';
import { createRunEnv, type RunEnv } from '../../src/run-env.js';
import { Timeline, type Journal } from '../../src/timeline.js';

const OWNER = 'acme';
const REPO = 'unit';

let sample: SampleRepo;
let sandbox: Sandbox;
let server: Server;
/** What the in-memory "environment" runs, and whether that version answers 503. */
const live = { version: '1.4.0', broken: new Set<string>() };

beforeAll(async () => {
  sample = createSampleRepo();
  sandbox = await startSandbox({ repoDir: sample.dir, owner: OWNER, repo: REPO, quiet: true });
  sandbox.state.git.setRef('refs/tags/v1.5.0', sample.sha);
  server = createServer((_req, res) => {
    res.writeHead(live.broken.has(live.version) ? 503 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ version: live.version }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await sandbox.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A strategy the registry does not know: it puts a version in place in memory. */
function memoryStrategy(moves: string[]): DeployStrategy {
  return registered<{ where: string }>({
    name: 'memory',
    deploysVersion: true,
    deploys: () => ({ where: 'memory' }),
    redeploys: (config) => config,
    describe: () => 'memory',
    plan: (_c, move) => ({ what: `put ${move.target.tag} in memory` }),
    async run(_c, move) {
      moves.push(`${move.name} ${move.from.version} → ${move.target.version} (${move.target.tag} at ${move.target.sha.slice(0, 7)})`);
      await move.status(`${move.name}: memory`);
      live.version = move.target.version;
      return { ok: true, summary: `${move.target.tag} in memory`, detail: [] };
    },
    manual: () => ({ what: 'nothing to do by hand', commands: [] })
  });
}

function envFor(settings: Settings): RunEnv {
  const journal: Journal = { stages: [], warnings: [], plan: [], api: { requests: 0, byStage: {} } };
  const client = createClient({ token: 't', owner: OWNER, repo: REPO, apiUrl: sandbox.url, timeScale: 0.01 });
  const context: ShipContext = {
    owner: OWNER, repo: REPO, serverUrl: sandbox.webUrl, apiUrl: sandbox.url, eventName: 'workflow_dispatch', sha: sample.sha, ref: 'main',
    branch: 'main', runId: '7', runAttempt: '1', runUrl: '', workflow: 'ship', job: 'ship', actor: 'dev', workspace: process.cwd()
  };
  const facts = { repository: `${OWNER}/${REPO}`, serverUrl: sandbox.webUrl, apiUrl: sandbox.url, eventName: 'workflow_dispatch', eventSha: sample.sha, eventRef: '', runId: '7', runAttempt: '1', workflow: 'ship', job: 'ship', actor: 'dev', workspace: process.cwd(), event: {}, timeScale: 0.01 };
  return createRunEnv({ settings, client, context, tree: () => Promise.reject(new Error('no commit is made on the tree here')), clock: systemClock, facts, timeline: new Timeline(journal, systemClock, client.account, (e) => String(e)) });
}

async function unitInput(env: RunEnv, moves: string[]): Promise<UnitInput> {
  const refs = await listTagRefs(env.client);
  return {
    environment: { name: 'production', checks: env.settings.health.checks, smokeChecks: [], deployInputs: {} },
    release: { version: '1.5.0', tag: 'v1.5.0', sha: sample.sha },
    previous: { version: '1.4.0', tag: 'v1.4.0', ref: refs.find((r) => r.name === 'v1.4.0') },
    strategies: chooseStrategies(env.settings, [memoryStrategy(moves)]),
    shipId: '7:v1.5.0'
  };
}

const settingsFor = () =>
  readSettings((name) =>
    ({
      'github-token': 't',
      'health-urls': `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`,
      'health-timeout': '2s',
      'health-interval': '1s'
    })[name]
  );

describe('a strategy registered only here', () => {
  it('deploys through the unit: a GitHub deployment, its move, the health checks', async () => {
    live.version = '1.4.0';
    live.broken.clear();
    const moves: string[] = [];
    const env = envFor(settingsFor());
    const result = await shipEnvironment(env, await unitInput(env, moves));
    expect(result.outcome).toBe('shipped');
    expect(result.deploy.strategy).toBe('memory');
    expect(moves).toEqual([`deploy 1.4.0 → 1.5.0 (v1.5.0 at ${sample.sha.slice(0, 7)})`]);
    expect(result.health.verdict).toBe('passed');
    const deployment = sandbox.state.deployments.find((d) => d.id === result.deploy.deploymentId);
    expect(deployment?.environment).toBe('production');
  }, 30_000);

  it('rolls back with the same strategy called with the previous version, verified', async () => {
    live.version = '1.4.0';
    live.broken = new Set(['1.5.0']);
    const moves: string[] = [];
    const env = envFor(settingsFor());
    const result = await shipEnvironment(env, await unitInput(env, moves));
    expect(moves).toEqual([
      `deploy 1.4.0 → 1.5.0 (v1.5.0 at ${sample.sha.slice(0, 7)})`,
      `rollback 1.5.0 → 1.4.0 (v1.4.0 at ${sample.previousSha.slice(0, 7)})`
    ]);
    expect(result.outcome).toBe('restored');
    expect(result.rollback).toMatchObject({ attempted: true, verified: true, toTag: 'v1.4.0', strategy: 'the deploy (memory) with the previous version' });
    expect(live.version).toBe('1.4.0');
  }, 30_000);
});
