/**
 * Waves end to end, on the bundled action (INTERFACE.md, Waves): one release promoted through two
 * waves of three environments, each environment with its own health server on 127.0.0.1 that
 * reports what the sandbox's deploy runs put there. The deploys of a wave overlap in time; wave 2
 * starts only after wave 1 verified (its deployments marked success); the release is published
 * after the last wave. A failure in wave 2 stops the line and puts back what got the new version,
 * with both rollback scopes; a kill in mid-wave then a re-run deploys nothing that was verified.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startDemoService, type DemoService } from '../../sandbox/demo/service.js';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import type { ReleaseRecord, RequestLogEntry } from '../../sandbox/github/types.js';
import { explain, locksLeft, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

const WAVES: Array<[string, string[]]> = [
  ['canary', ['prod-canary-a', 'prod-canary-b', 'prod-canary-c']],
  ['main', ['prod-eu', 'prod-us', 'prod-ap']]
];
const ALL = WAVES.flatMap(([, envs]) => envs);

let fx: ShipFixture | undefined;
let services: Map<string, DemoService> = new Map();
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await Promise.all([...services.values()].map((s) => s.close()));
  await fx?.close();
  fx = undefined;
  services = new Map();
});

/** The sandbox, one health server per environment (all on 1.4.0), and deploy runs that take a moment. */
async function setup(): Promise<ShipFixture> {
  fx = await shipFixture();
  for (const name of ALL) services.set(name, await startDemoService({ state: fx.sandbox.state, environment: name, initialVersion: '1.4.0' }));
  fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['queued', 'in_progress'], stepMs: 400, conclusion: 'success' };
  return fx;
}

function wavesInput(bake = '1s', deployInputs: (e: string) => string = () => ''): string {
  return WAVES.map(
    ([name, envs]) =>
      `- name: ${name}\n  bake: ${bake}\n  environments:\n` +
      envs.map((e) => `    - name: ${e}\n${deployInputs(e)}      health-checks:\n        - name: app\n          url: ${services.get(e)!.url}/health\n          expect-version: true\n`).join('')
  ).join('');
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'deploy-workflow': 'deploy.yml',
    'deploy-timeout': '30s',
    'health-interval': '200ms',
    'health-timeout': '4s',
    'monitor-interval': '250ms',
    'rollback-timeout': '30s',
    waves: wavesInput(),
    ...extra
  };
}

interface Report {
  status: string;
  headline: string;
  waves: { names: string[]; verified: string[]; stoppedAt?: { wave: string; environment: string }; scope: string };
  environments: Array<{ name: string; wave: string; outcome: string; version?: string; deploymentId?: number; deployedBefore?: boolean; window?: { verdict: string } }>;
  locks: Array<{ environment: string; state: string }>;
  api: { requests: number; byStage: Record<string, number> };
}
const reportOf = (r: ShipResult) => JSON.parse(r.outputs['report-json']!) as Report;
const deployed = (f: ShipFixture) => f.sandbox.state.deployedVersion;
const releaseOf = (f: ShipFixture) => (f.sandbox.state.releases as ReleaseRecord[]).find((r) => r.tagName === 'v1.5.0');
/** The deploy runs dispatched to an environment with a version (deploy and rollback runs alike). */
const runsTo = (f: ShipFixture, environment: string, version: string) => dispatchedRuns(f.sandbox.state).filter((r) => r.inputs.environment === environment && r.inputs.version === version);
const statusWrites = (writes: RequestLogEntry[], state: string) =>
  writes.filter((w) => w.operationId === 'repos/create-deployment-status' && (w.requestBody as { state?: string } | undefined)?.state === state);
const deploymentIdOf = (w: RequestLogEntry) => Number(/deployments\/(\d+)\/statuses/.exec(w.path)![1]);

function expectStatus(result: ShipResult, status: string): void {
  if (result.outputs.status !== status) throw new Error(`expected ${status}\n${explain(result)}`);
}

describe('two waves of three environments', () => {
  it('a deploy input of one environment the deploy workflow does not declare: blocked before any write, naming the environment', async () => {
    const f = await setup();
    const result = await f.ship(inputs({ waves: wavesInput('1s', (e) => (e === 'prod-us' ? '      deploy-inputs: region=us-east-1\n' : '')) }));
    expectStatus(result, 'blocked');
    expect(result.writes).toEqual([]);
    expect(result.stdout).toContain("environment prod-us (wave main): Input 'deploy-inputs': key 'region' is not an input of deploy.yml");
    expect(dispatchedRuns(f.sandbox.state)).toEqual([]);
  }, 60_000);

  it('ships: the deploys of a wave overlap, wave 2 starts after wave 1 verified, the release is published after the last wave', async () => {
    const f = await setup();
    const result = await f.ship(inputs());
    expectStatus(result, 'shipped');
    const report = reportOf(result);
    expect(report.headline).toBe('Shipped v1.5.0 (1.4.0 → 1.5.0) to 6 environments in 2 waves');
    expect(report.waves).toMatchObject({ names: ['canary', 'main'], verified: ['canary', 'main'] });
    for (const name of ALL) expect(deployed(f)[name]).toBe('1.5.0');
    expect(report.environments.map((e) => [e.wave, e.name, e.outcome, e.version, e.window?.verdict])).toEqual(
      WAVES.flatMap(([wave, envs]) => envs.map((e) => [wave, e, 'shipped', '1.5.0', 'passed']))
    );

    // One deploy run per environment, each dispatched with its own environment.
    for (const name of ALL) expect([name, runsTo(f, name, '1.5.0').length]).toEqual([name, 1]);
    // Within a wave the runs overlap: each was dispatched before the first of them could end.
    const runLastsMs = 2 * 400;
    for (const [, envs] of WAVES) {
      const created = envs.map((e) => runsTo(f, e, '1.5.0')[0]!.createdAtMs);
      expect(Math.max(...created) - Math.min(...created)).toBeLessThan(runLastsMs);
    }
    // Wave 2's dispatches come after every wave-1 deployment was marked success.
    const dispatches = result.writes.filter((w) => w.operationId === 'actions/create-workflow-dispatch');
    const successes = statusWrites(result.writes, 'success');
    expect(successes).toHaveLength(6);
    const deploymentOf = new Map(f.sandbox.state.deployments.map((d) => [d.id, d.environment]));
    const waveOneSuccess = successes.filter((w) => WAVES[0]![1].includes(deploymentOf.get(deploymentIdOf(w))!));
    const waveTwoDispatch = dispatches.filter((w) => WAVES[1]![1].includes((w.requestBody as { inputs: { environment: string } }).inputs.environment));
    expect(waveOneSuccess).toHaveLength(3);
    expect(waveTwoDispatch).toHaveLength(3);
    expect(Math.min(...waveTwoDispatch.map((w) => w.seq))).toBeGreaterThan(Math.max(...waveOneSuccess.map((w) => w.seq)));
    // The release is published last, after every deployment's success.
    const publish = result.writes.find((w) => w.operationId === 'repos/update-release' && (w.requestBody as { draft?: boolean }).draft === false)!;
    expect(publish.seq).toBeGreaterThan(Math.max(...successes.map((w) => w.seq)));
    expect(releaseOf(f)?.draft).toBe(false);
    // API requests: each counted once, in the stage (of the environment) that sent it, though the
    // environments of a wave run at once. The total is every request the sandbox served; the only
    // ones outside every stage are wave 1's deployments marked success between the waves.
    const staged = Object.values(report.api.byStage).reduce((a, n) => a + n, 0);
    expect(report.api.requests).toBe(result.requests.length);
    expect(report.api.requests - staged).toBe(waveOneSuccess.length);
    // Every lock taken (in name order) and released.
    expect(report.locks.map((l) => l.environment)).toEqual([...ALL].sort());
    expect(locksLeft(f.sandbox)).toEqual([]);
    // The outputs and the summary: one row per environment.
    expect(Object.keys(JSON.parse(result.outputs.environments!) as object).sort()).toEqual([...ALL].sort());
    expect(result.summary).toContain('### Waves');
    for (const name of ALL) expect(result.summary).toMatch(new RegExp(`\\| (canary|main) \\| ${name} \\| 1\\.5\\.0 \\|`));
  }, 60_000);

  it.each([
    ['wave', ['prod-canary-a', 'prod-canary-b', 'prod-canary-c']],
    ['all', []]
  ])('a failure in wave 2 stops the line (rollback-scope %s): what got 1.5.0 in the scope is put back and verified, the release stays a draft', async (scope, keepNew) => {
    const f = await setup();
    services.get('prod-us')!.setUnhealthy('1.5.0');
    const result = await f.ship(inputs({ 'rollback-scope': scope }));
    expectStatus(result, 'rolled-back');
    expect(result.code).toBe(1);
    const report = reportOf(result);
    expect(report.waves).toMatchObject({ verified: ['canary'], stoppedAt: { wave: 'main', environment: 'prod-us' }, scope });
    for (const name of ALL) expect([name, deployed(f)[name]]).toEqual([name, keepNew.includes(name) ? '1.5.0' : '1.4.0']);
    // Every environment put back got a rollback run, verified; nothing else was rolled back.
    for (const name of ALL) expect([name, runsTo(f, name, '1.4.0').length]).toEqual([name, keepNew.includes(name) ? 0 : 1]);
    expect(report.environments.filter((e) => e.outcome === 'restored').map((e) => e.name).sort()).toEqual(ALL.filter((n) => !keepNew.includes(n)).sort());
    expect(report.headline).toContain('prod-us');
    expect(report.headline).toContain(keepNew.length ? `Fleet: ${keepNew.join(', ')} on 1.5.0; prod-eu, prod-us, prod-ap on 1.4.0.` : `Fleet: ${ALL.join(', ')} on 1.4.0.`);
    expect(releaseOf(f)?.draft).toBe(true);
    expect(locksLeft(f.sandbox)).toEqual([]);
  }, 90_000);

  it('a kill in mid-wave 2, then a re-run: resumes at wave 2; nothing verified is deployed again; exactly one deployment per environment', async () => {
    const f = await setup();
    // The runner dies (SIGKILL) once wave 2's deploy runs have been dispatched.
    const waveTwoStarted = (async () => {
      for (let i = 0; i < 2400; i += 1) {
        if (WAVES[1]![1].some((e) => runsTo(f, e, '1.5.0').length)) return;
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const killed = await f.shipAsRun(inputs(), { killWhen: waveTwoStarted });
    expect(killed.code).toBeNull();
    expect(releaseOf(f)?.draft).toBe(true);
    const dispatchesBefore = dispatchedRuns(f.sandbox.state).length;
    const rerun = await f.shipAsRun(inputs(), { rerun: killed.run });
    expectStatus(rerun, 'shipped');
    for (const name of WAVES[0]![1]) expect([name, runsTo(f, name, '1.5.0').length]).toEqual([name, 1]);
    for (const name of ALL) expect([name, f.sandbox.state.deployments.filter((d) => d.environment === name).length]).toEqual([name, 1]);
    const report = reportOf(rerun);
    expect(report.environments.filter((e) => WAVES[0]![1].includes(e.name)).every((e) => e.deployedBefore)).toBe(true);
    // Wave 1 was not watched again: no window for what an earlier attempt verified.
    expect(report.environments.filter((e) => WAVES[0]![1].includes(e.name)).map((e) => e.window)).toEqual([undefined, undefined, undefined]);
    expect(dispatchedRuns(f.sandbox.state).length - dispatchesBefore).toBeLessThanOrEqual(3);
    for (const name of ALL) expect(deployed(f)[name]).toBe('1.5.0');
    expect(locksLeft(f.sandbox)).toEqual([]);
    expect(releaseOf(f)?.draft).toBe(false);
  }, 90_000);
});

