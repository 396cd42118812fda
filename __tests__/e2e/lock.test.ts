/**
 * One ship per environment, end to end: ships of the bundled action run at the same moment as
 * separate processes, each in its own checkout with its own workflow run id, against one sandbox,
 * with no `concurrency:` anywhere. The environment's lock (refs/ship-prod/locks/production) keeps
 * their deploys apart.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { dispatchedRuns, runPhase } from '../../sandbox/github/handlers/actions.js';
import type { RunRecord } from '../../sandbox/github/entities.js';
import type { Sandbox } from '../../sandbox/github/server.js';
import { shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

const LOCK = 'refs/ship-prod/locks/production';
/** Deploy runs take 1.5 s, so two ships started together overlap unless something keeps them apart. */
const SLOW_DEPLOY = { statuses: ['in_progress' as const], stepMs: 1500, conclusion: 'success' as const };
const INPUTS = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '30s', 'lock-timeout': '60s' };

interface Report {
  status: string;
  headline: string;
  version?: { next: string; tag: string };
  lock?: { state: string; how?: string; waitedMs: number; waitedFor?: { runId: string }; holder?: { runId: string }; takenAt?: string; releasedAt?: string };
  stages: Array<{ name: string; startedAt: string }>;
  warnings: string[];
  rollback?: { attempted: boolean };
}
const report = (r: ShipResult): Report => JSON.parse(r.outputs['report-json'] ?? '{}') as Report;

/** [start, end] of every dispatched deploy run, by the sandbox's clock. */
function deployIntervals(sandbox: Sandbox): Array<{ id: number; version: string; from: number; to: number }> {
  return dispatchedRuns(sandbox.state).map((r: RunRecord) => ({ id: r.id, version: r.inputs.version ?? '', from: r.createdAtMs, to: runPhase(r, Number.MAX_SAFE_INTEGER).completedAtMs ?? Infinity }));
}

function overlapping(intervals: Array<{ id: number; from: number; to: number }>): string[] {
  const out: string[] = [];
  intervals.forEach((a, i) => intervals.slice(i + 1).forEach((b) => a.from < b.to && b.from < a.to && out.push(`runs ${a.id} and ${b.id}`)));
  return out;
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let fx: ShipFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function fixture(): Promise<ShipFixture> {
  fx = await shipFixture();
  fx.sandbox.state.scenario.runScripts['deploy.yml'] = SLOW_DEPLOY;
  return fx;
}

describe('two ships of one environment at the same moment', () => {
  it('of one commit: one tag, one release, one deploy run; the second waits for the first, finds it deployed, and ships too', async () => {
    const f = await fixture();
    const [a, b] = await Promise.all([f.shipAsRun(INPUTS), later(100).then(() => f.shipAsRun(INPUTS))]);
    for (const r of [a, b]) expect(r.outputs.status).toBe('shipped');
    const [first, second] = report(a).lock!.waitedFor ? [b, a] : [a, b];
    const state = f.sandbox.state;
    expect([...state.git.refs().keys()].filter((n) => n.startsWith('refs/tags/')).sort()).toEqual(['refs/tags/v1.4.0', 'refs/tags/v1.5.0']);
    expect(state.releases.map((r) => [r.tagName, r.draft])).toEqual([['v1.5.0', false]]);
    expect(dispatchedRuns(state)).toHaveLength(1);
    // The second waited for the first, naming its run, and deployed nothing again: its outputs name the first's deployment.
    expect(report(second).lock).toMatchObject({ how: 'created', waitedFor: { runId: String(first.run.id) } });
    expect(second.stdout).toMatch(new RegExp(`lock of production \\(${LOCK}\\) \\(held by run ${first.run.id}`));
    expect(second.outputs['deployment-id']).toBe(first.outputs['deployment-id']);
    expect(second.outputs['deploy-run-id']).toBe(first.outputs['deploy-run-id']);
    expect(second.summary).toContain('already deployed to production with success');
    expect(second.summary).toContain('### Environment lock');
    // Released on both paths: nothing is left under refs/ship-prod/.
    expect(state.git.getRef(LOCK)).toBeUndefined();
    expect(f.sandbox.schemaErrors()).toEqual([]);
  }, 90_000);

  it('of two versions (auto 1.5.0 and version 2.0.0): never two deploy runs at once; the second computes its version after the first ended; production ends on the last one', async () => {
    const f = await fixture();
    const [a, b] = await Promise.all([f.shipAsRun(INPUTS), later(100).then(() => f.shipAsRun({ ...INPUTS, version: '2.0.0' }))]);
    expect([a.outputs.status, b.outputs.status]).toEqual(['shipped', 'shipped']);
    const [first, second] = report(a).lock!.waitedFor ? [b, a] : [a, b];
    const runs = deployIntervals(f.sandbox);
    expect(runs).toHaveLength(2);
    expect(overlapping(runs)).toEqual([]);
    // The second's version stage began only after the first released the lock.
    const released = Date.parse(report(first).lock!.releasedAt!);
    const secondVersion = Date.parse(report(second).stages.find((s) => s.name === 'version')!.startedAt);
    expect(secondVersion).toBeGreaterThanOrEqual(released);
    // Production runs the version that finished last; nothing was rolled back.
    const last = runs.sort((x, y) => x.to - y.to).at(-1)!;
    expect(last.version).toBe(second.outputs.version);
    expect(f.sandbox.state.deployedVersion.production).toBe(second.outputs.version);
    for (const r of [a, b]) expect(r.outputs['rolled-back']).toBe('false');
    expect(f.sandbox.state.deployments.filter((d) => JSON.stringify(d.payload).includes('rollback_of'))).toEqual([]);
  }, 90_000);
});

describe('a lock left behind', () => {
  it('by a killed run is taken over once that run has ended (and its deploy run finished), with a warning naming it', async () => {
    const f = await fixture();
    // Killed right after its dispatch: its deploy run goes on without it.
    const dispatched = new Promise<void>((resolve) => {
      const stop = f.sandbox.onRequest((e) => {
        if (e.operationId === 'actions/create-workflow-dispatch') {
          stop();
          resolve();
        }
      });
    });
    const killed = await f.shipAsRun(INPUTS, { killWhen: dispatched });
    expect(killed.code).toBeNull();
    expect(f.sandbox.state.git.getRef(LOCK)).toBeDefined();
    const next = await f.shipAsRun(INPUTS);
    expect(next.outputs.status).toBe('shipped');
    expect(report(next).lock).toMatchObject({ how: 'taken-over', holder: { runId: String(killed.run.id) } });
    expect(next.stdout).toContain(`took over the production lock (${LOCK}) from run ${killed.run.id}`);
    expect(overlapping(deployIntervals(f.sandbox))).toEqual([]);
    expect(f.sandbox.state.git.getRef(LOCK)).toBeUndefined();
  }, 90_000);

  it('by a live run blocks after lock-timeout, naming the holder, with nothing written; a dry run names it too', async () => {
    const f = await fixture();
    f.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 60_000, conclusion: 'success' };
    const stop = new AbortController();
    const holder = f.shipAsRun({ ...INPUTS, 'deploy-timeout': '60s' }, { signal: stop.signal });
    // Wait until the holder holds the lock and has dispatched its (long) deploy run: it only reads from then on.
    while (!dispatchedRuns(f.sandbox.state).length) await later(50);
    await later(500);
    const from = f.sandbox.requests.length;
    const dry = await f.shipAsRun({ ...INPUTS, 'dry-run': 'true' });
    const blocked = await f.shipAsRun({ ...INPUTS, 'lock-timeout': '2s' });
    expect(dry.outputs.status).toBe('dry-run');
    expect(dry.summary).toMatch(/is held now by run \d+/);
    expect(blocked.outputs.status).toBe('blocked');
    expect(blocked.code).toBe(1);
    const held = report(blocked).lock!;
    expect(report(blocked).headline).toContain(`held by run ${held.holder!.runId}`);
    expect(blocked.summary).toContain('gh api -X DELETE');
    // Its own lock commit (nothing points at it) is all it wrote.
    const writes = f.sandbox.requests.slice(from).filter((r) => r.method !== 'GET');
    expect(writes.map((w) => `${w.method} ${w.operationId}`)).toEqual(['POST git/create-commit', 'POST git/create-ref']);
    expect(writes[1]!.status).toBe(422);
    stop.abort();
    await holder;
  }, 90_000);
});

