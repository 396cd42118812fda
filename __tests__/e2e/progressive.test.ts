/**
 * Progressive delivery end to end: the bundle ships the sample repository by command to the
 * canary demo service (blue and green slots, a traffic split driven by curl), with smoke checks,
 * traffic steps, the switch-back, the pre-deploy hook, the cleanup command, notifications to real
 * HTTP receivers, and a cancel in the middle of the steps followed by the post step.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startCanaryService, type CanaryService } from '../../sandbox/demo/canary.js';
import { deploymentStatusesOf } from '../../sandbox/github/handlers/deployments.js';
import type { ReleaseRecord } from '../../sandbox/github/types.js';
import type { TrafficStepRecord as Step } from '../../src/deploy/record.js';
import { everythingShown, explain, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
let svc: CanaryService | undefined;
const servers: Server[] = [];
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await svc?.close();
  await fx?.close();
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  fx = undefined;
  svc = undefined;
});

async function setup(): Promise<{ fx: ShipFixture; svc: CanaryService }> {
  fx = await shipFixture();
  svc = await startCanaryService({ version: '1.4.0' });
  return { fx, svc };
}

function inputs(s: CanaryService, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'deploy-command': s.commands.deploy,
    'traffic-command': s.commands.traffic,
    'health-checks': `- name: app\n  url: ${s.url}/health\n  expect-version: true\n  timeout: 2s`,
    'health-interval': '150ms',
    'health-timeout': '2s',
    'monitor-duration': '600ms',
    'monitor-interval': '150ms',
    'rollback-timeout': '20s',
    ...extra
  };
}
const SMOKE = (s: CanaryService) => `- name: green\n  url: ${s.url}/candidate/health\n  expect-version: true`;

interface Report {
  delivery?: {
    preDeploy?: { ok: boolean; exitCode: number };
    smoke?: { verdict: string };
    traffic?: { steps: Step[]; percent: number; switchBack?: { ok: boolean; verified: boolean }; productionVerified?: { verified: boolean } };
    cleanup?: { ok: boolean; exitCode: number };
    notifications?: Array<{ name: string; ok: boolean; attempts: number; summary: string }>;
  };
  health: { timeToDetectMs?: number };
  rollback?: { attempted: boolean; verified: boolean; toTag: string; strategy: string; timeToRestoreMs?: number };
  warnings: string[];
  stages: Array<{ name: string; state: string }>;
}
const reportOf = (r: ShipResult) => JSON.parse(r.outputs['report-json']!) as Report;
const expectStatus = (r: ShipResult, status: string) =>
  expect({ status: r.outputs.status, code: r.code, why: r.outputs.status === status ? '' : explain(r) }).toEqual({ status, code: status === 'shipped' || status === 'dry-run' ? 0 : 1, why: '' });
const trafficChanges = (s: CanaryService) => s.events().filter((e) => e.kind === 'traffic').map((e) => e.percent);
const releaseOf = (f: ShipFixture) => (f.sandbox.state.releases as ReleaseRecord[]).find((r) => r.tagName === 'v1.5.0');
const statesOf = (f: ShipFixture, id: number) => deploymentStatusesOf(f.sandbox.state, id).map((s) => s.state).reverse();

describe('blue-green', () => {
  it('deploys beside blue, smoke-tests green, moves all traffic, verifies 1.5.0, publishes, then cleans up once', async () => {
    const { fx, svc } = await setup();
    const result = await fx.ship(inputs(svc, { 'smoke-checks': SMOKE(svc), 'cleanup-command': `${svc.commands.cleanup} && echo cleanup-$((40 + 2))` }));
    expectStatus(result, 'shipped');
    const kinds = svc.events().map((e) => e.kind).filter((k, i, all) => k !== all[i - 1]);
    // baseline probe, deploy, smoke checks, traffic 100, probes, cleanup: in that order.
    expect(kinds).toEqual(['probe', 'deploy', 'smoke', 'traffic', 'probe', 'cleanup']);
    expect(trafficChanges(svc)).toEqual([100]);
    expect(svc.slots()).toEqual({ green: '1.5.0' });
    expect(result.stdout.match(/^cleanup-42$/gm)).toHaveLength(1);
    const report = reportOf(result);
    expect(report.delivery?.smoke?.verdict).toBe('passed');
    expect(report.delivery?.traffic?.steps.map((s) => [s.percent, s.verdict])).toEqual([[100, 'passed']]);
    expect(report.delivery?.traffic?.steps[0]!.versions).toEqual({ '1.5.0': expect.any(Number) });
    expect(report.delivery?.cleanup).toMatchObject({ ok: true, exitCode: 0 });
    expect(report.stages.map((s) => s.name)).toEqual(['resolve', 'gates', 'lock', 'version', 'release', 'baseline', 'deploy', 'smoke', 'traffic', 'publish', 'cleanup']);
    expect(releaseOf(fx)?.draft).toBe(false);
    expect(statesOf(fx, Number(result.outputs['deployment-id'])).at(-1)).toBe('success');
    expect(result.summary).toContain('### Progressive delivery');
    expect(result.summary).toMatch(/\| 1 \| 100% \| \d\d:\d\d:\d\d\.\d{3} UTC \| 0% of \d+ \|/);
  }, 120_000);
});

describe('canary steps', () => {
  it('10%, 50%, 100%: each traffic change happens before the probes of its step, and each step is judged', async () => {
    const { fx, svc } = await setup();
    const result = await fx.ship(inputs(svc, { 'traffic-steps': '10, 50, 100' }));
    expectStatus(result, 'shipped');
    expect(trafficChanges(svc)).toEqual([10, 50, 100]);
    // The traffic command prints when it finished; the service records when each probe arrived.
    const changedAt = [...result.stdout.matchAll(/^traffic=(\d+) at=(\d+)$/gm)].map((m) => ({ percent: Number(m[1]), at: Number(m[2]) }));
    expect(changedAt.map((c) => c.percent)).toEqual([10, 50, 100]);
    const probes = svc.events().filter((e) => e.kind === 'probe');
    changedAt.forEach((change, i) => {
      const ofStep = probes.filter((p) => p.percent === change.percent);
      expect(ofStep.length).toBeGreaterThan(2);
      expect(Math.min(...ofStep.map((p) => p.at))).toBeGreaterThanOrEqual(change.at);
      const before = probes.filter((p) => p.percent === (changedAt[i - 1]?.percent ?? 0));
      expect(Math.max(...before.map((p) => p.at))).toBeLessThanOrEqual(change.at);
    });
    const steps = reportOf(result).delivery!.traffic!.steps;
    expect(steps.map((s) => [s.percent, s.verdict])).toEqual([[10, 'passed'], [50, 'passed'], [100, 'passed']]);
    expect(steps.every((s) => s.errorRate === 0 && s.p95Ms !== undefined)).toBe(true);
    // Below 100% both versions answered (the split is real); at 100% only the new one.
    expect(Object.keys(steps[1]!.versions!).sort()).toEqual(['1.4.0', '1.5.0']);
    expect(Object.keys(steps[2]!.versions!)).toEqual(['1.5.0']);
    expect(new Date(steps[0]!.at).getTime()).toBeLessThan(new Date(steps[1]!.at).getTime());
    expect(result.summary).toMatch(/\| 2 \| 50% \|/);
  }, 120_000);

  it('a breach at 50% moves all traffic back (SHIP_TRAFFIC=0), verified on 1.4.0: rolled-back, no redeploy, no cleanup', async () => {
    const { fx, svc } = await setup();
    svc.failWhen('1.5.0', 50);
    const result = await fx.ship(inputs(svc, { 'traffic-steps': '10, 50, 100', 'cleanup-command': 'echo cleanup-$((40 + 2))' }));
    expectStatus(result, 'rolled-back');
    expect(result.outputs['rolled-back']).toBe('true');
    expect(trafficChanges(svc)).toEqual([10, 50, 0]);
    expect(svc.percent()).toBe(0);
    expect(svc.liveVersion()).toBe('1.4.0');
    const report = reportOf(result);
    expect(report.delivery!.traffic!.steps.map((s) => [s.percent, s.verdict])).toEqual([[10, 'passed'], [50, 'failed'], [100, 'not reached']]);
    expect(report.delivery!.traffic!.switchBack).toMatchObject({ ok: true, verified: true });
    expect(report.rollback).toMatchObject({ attempted: true, verified: true, toTag: 'v1.4.0' });
    expect(report.rollback!.strategy).toMatch(/SHIP_TRAFFIC=0/);
    expect(report.rollback!.timeToRestoreMs).toBeGreaterThan(0);
    expect(report.health.timeToDetectMs).toBeGreaterThanOrEqual(0);
    // The verification after the switch-back probed production and saw only 1.4.0.
    const back = svc.events().find((e) => e.kind === 'traffic' && e.percent === 0)!;
    const after = svc.events().filter((e) => e.kind === 'probe' && e.at >= back.at);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((e) => e.version === '1.4.0' && e.status === 200)).toBe(true);
    // One deployment only (no redeploy of 1.4.0), marked failure; the release stays a draft.
    expect(fx.sandbox.state.deployments).toHaveLength(1);
    expect(statesOf(fx, fx.sandbox.state.deployments[0]!.id).at(-1)).toBe('failure');
    expect(releaseOf(fx)?.draft).toBe(true);
    expect(result.stdout).not.toContain('cleanup-42');
    expect(result.summary).toContain('Traffic moved back to v1.4.0');
    expect(result.summary).toMatch(/switch-back \(SHIP_TRAFFIC=0\)/);
    expect(result.summary).toMatch(/time to restore \(verdict to traffic verified on the previous version\): \d/);
  }, 120_000);

  it('a smoke failure moves no traffic; production is verified on 1.4.0; aborted', async () => {
    const { fx, svc } = await setup();
    svc.failWhen('1.5.0', 0);
    // health-timeout 1s: the app check's own timeout must not be longer (it would be refused as input).
    const health = `- name: app\n  url: ${svc.url}/health\n  expect-version: true\n  timeout: 1s`;
    const result = await fx.ship(inputs(svc, { 'smoke-checks': SMOKE(svc), 'traffic-steps': '10, 100', 'health-timeout': '1s', 'health-checks': health }));
    expectStatus(result, 'aborted');
    expect(trafficChanges(svc)).toEqual([]);
    const report = reportOf(result);
    expect(report.delivery!.smoke!.verdict).toBe('failed');
    expect(report.delivery!.traffic!.productionVerified).toMatchObject({ verified: true });
    expect(report.delivery!.traffic!.steps.every((s) => s.verdict === 'not reached')).toBe(true);
    expect(report.rollback).toBeUndefined();
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.summary).toContain('No traffic was moved; production verified on 1.4.0');
    expect(releaseOf(fx)?.draft).toBe(true);
  }, 120_000);
});

describe('a blue-green deploy that fails before any traffic moved', () => {
  it('is aborted: no switch-back, no redeploy, the deployment marked failure, the release left a draft', async () => {
    const { fx, svc } = await setup();
    const result = await fx.ship(inputs(svc, { 'deploy-command': 'echo "green stack refused"; exit 4' }));
    expectStatus(result, 'aborted');
    expect(trafficChanges(svc)).toEqual([]);
    expect(svc.events().filter((e) => e.kind !== 'probe')).toEqual([]);
    const report = reportOf(result);
    expect(report.rollback).toBeUndefined();
    expect(report.stages.map((s) => s.name)).not.toContain('rollback');
    expect(fx.sandbox.state.deployments).toHaveLength(1);
    expect(statesOf(fx, fx.sandbox.state.deployments[0]!.id).at(-1)).toBe('failure');
    expect(result.summary).toContain('Production was not changed, so nothing was rolled back');
    expect(releaseOf(fx)?.draft).toBe(true);
  }, 60_000);
});

describe('pre-deploy hook and cleanup', () => {
  it('a failing pre-deploy command deploys nothing: no deployment, no deploy command, no rollback; production unchanged', async () => {
    const { fx, svc } = await setup();
    const result = await fx.ship(inputs(svc, { 'pre-deploy-command': 'echo "backup for $SHIP_VERSION (was $SHIP_PREVIOUS_VERSION)"; exit 3' }));
    expectStatus(result, 'aborted');
    expect(result.stdout).toContain('backup for 1.5.0 (was 1.4.0)');
    expect(fx.sandbox.state.deployments).toHaveLength(0);
    expect(svc.events().filter((e) => e.kind !== 'probe')).toEqual([]);
    const report = reportOf(result);
    expect(report.delivery!.preDeploy).toMatchObject({ ok: false, exitCode: 3 });
    expect(report.rollback).toBeUndefined();
    expect(report.stages.map((s) => s.name)).not.toContain('deploy');
    expect(result.summary).toContain('Production was not changed');
    expect(result.summary).toContain('pre-deploy command exited 3');
  }, 120_000);

  it('a passing pre-deploy command runs before the deployment exists; a failing cleanup is a warning and the ship stays shipped', async () => {
    const { fx, svc } = await setup();
    const result = await fx.ship(inputs(svc, { 'pre-deploy-command': `test "$(curl -fsS ${svc.url}/health)" != "" && echo "pre-deploy-done-at=$(date +%s%3N)"`, 'cleanup-command': 'echo decommissioning; exit 7' }));
    expectStatus(result, 'shipped');
    const createdAt = result.requests.find((r) => r.operationId === 'repos/create-deployment')!.startedAt;
    const preDeployDoneAt = Number(/^pre-deploy-done-at=(\d+)$/m.exec(result.stdout)?.[1]);
    const report = reportOf(result);
    expect(report.stages.map((s) => s.name).indexOf('pre-deploy')).toBeLessThan(report.stages.map((s) => s.name).indexOf('deploy'));
    expect(preDeployDoneAt).toBeGreaterThan(0);
    expect(createdAt).toBeGreaterThanOrEqual(preDeployDoneAt);
    expect(report.delivery!.cleanup).toMatchObject({ ok: false, exitCode: 7 });
    expect(report.warnings.join('\n')).toMatch(/cleanup command exited 7.*stays shipped/);
    expect(result.stdout).toMatch(/::warning::cleanup command exited 7/);
    expect(result.summary).toContain('cleanup command exited 7');
    expect(releaseOf(fx)?.draft).toBe(false);
  }, 120_000);
});

/** An HTTP receiver that answers `status` and keeps what it got. */
async function receiver(status: number): Promise<{ url: string; bodies: Array<{ text: string; ship: { status: string; version?: { next: string } } }> }> {
  const bodies: Array<{ text: string; ship: { status: string; version?: { next: string } } }> = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(data));
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'nope');
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/T0000/B0000/s3cr3tWebhookPath`, bodies };
}

describe('notifications', () => {
  it('one POST per webhook with text and ship; a receiver answering 500 is retried, then a warning; the URLs appear nowhere', async () => {
    const { fx, svc } = await setup();
    const [ok, broken] = [await receiver(200), await receiver(500)];
    const result = await fx.ship(inputs(svc, { 'notify-webhook': `${ok.url}\n${broken.url}` }));
    expectStatus(result, 'shipped');
    expect(ok.bodies).toHaveLength(1);
    expect(broken.bodies).toHaveLength(3);
    const body = ok.bodies[0]!;
    expect(body.text).toMatch(/^:white_check_mark: ship-prod shipped: v1\.5\.0 \(1\.4\.0 → 1\.5\.0\) of acme\/sample-service to production\. .*<http:\/\/.*\/actions\/runs\/4242\|run 4242>$/);
    expect(body.ship).toMatchObject({ status: 'shipped', version: { next: '1.5.0' } });
    expect(JSON.stringify(body.ship)).not.toContain('s3cr3tWebhookPath');
    const report = reportOf(result);
    expect(report.delivery!.notifications!.map((n) => [n.name, n.ok, n.attempts])).toEqual([['webhook 1', true, 1], ['webhook 2', false, 3]]);
    expect(report.warnings.join('\n')).toContain('notification webhook 2: not delivered (HTTP 500 after 3 attempts)');
    expect(result.summary).toContain('webhook 2: not delivered');
    expect(result.stdout).toContain(`::add-mask::${ok.url}`);
    expect(everythingShown(result)).not.toContain('s3cr3tWebhookPath');
    expect(everythingShown(result)).not.toContain('127.0.0.1:' + new URL(ok.url).port + '/hooks');
  }, 120_000);

  it('a rolled-back ship notifies too; a dry run notifies no one', async () => {
    const { fx, svc } = await setup();
    const hook = await receiver(200);
    const dry = await fx.ship(inputs(svc, { 'notify-webhook': hook.url, 'dry-run': 'true', 'traffic-steps': '10, 100' }));
    expectStatus(dry, 'dry-run');
    expect(hook.bodies).toHaveLength(0);
    expect(dry.summary).toMatch(/move traffic in 2 steps \(10%, 100%\)/);
    svc.failWhen('1.5.0', 0);
    const failed = await fx.ship(inputs(svc, { 'notify-webhook': hook.url }));
    expectStatus(failed, 'rolled-back');
    expect(hook.bodies.map((b) => b.ship.status)).toEqual(['rolled-back']);
    expect(hook.bodies[0]!.text).toMatch(/^:leftwards_arrow_with_hook: ship-prod rolled-back: /);
  }, 120_000);
});

describe('a cancelled job in the middle of the steps', () => {
  it('main is killed at 10%; the post step moves all traffic back, verifies 1.4.0 and says so', async () => {
    const { fx, svc } = await setup();
    const workspace = fx.sample.checkout();
    const given = inputs(svc, { 'traffic-steps': '10, 100', 'monitor-duration': '60s', 'monitor-interval': '200ms' });
    // Killed (SIGKILL, as a cancelled step is) once production has had a few probes at 10%.
    const cancel = new AbortController();
    const watch = setInterval(() => {
      if (svc.events().filter((e) => e.kind === 'probe' && e.percent === 10).length >= 4) cancel.abort();
    }, 50);
    const killed = await fx.ship(given, { workspace, signal: cancel.signal }).finally(() => clearInterval(watch));
    expect(killed.code).toBeNull();
    expect(svc.percent()).toBe(10);
    expect(JSON.parse(killed.state.traffic ?? '{}')).toMatchObject({ percent: 10, facts: { version: '1.5.0', previousVersion: '1.4.0' } });
    expect(JSON.parse(killed.state.ship ?? '{}')).toMatchObject({ deployments: [{ environment: 'production', phase: 'verifying' }] });

    const post = await fx.ship(given, { workspace, state: killed.state });
    expect({ code: post.code, why: post.code === 0 ? '' : explain(post) }).toEqual({ code: 0, why: '' });
    expect(trafficChanges(svc)).toEqual([10, 0]);
    expect(svc.percent()).toBe(0);
    expect(post.summary).toContain('with 10% of the traffic on v1.5.0');
    expect(post.summary).toContain('moved all the traffic back to 1.4.0');
    expect(post.summary).toContain('Production verified on 1.4.0');
    expect(post.stdout).toMatch(/::warning::ship-prod was cancelled with 10%25 of the traffic on v1\.5\.0/);
    const deploymentId = fx.sandbox.state.deployments[0]!.id;
    expect(statesOf(fx, deploymentId).at(-1)).toBe('error');
    expect(deploymentStatusesOf(fx.sandbox.state, deploymentId)[0]!.description).toBe('job cancelled while verifying v1.5.0 in production; traffic moved back to the previous version');
  }, 120_000);
});
