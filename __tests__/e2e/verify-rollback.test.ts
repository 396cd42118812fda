/**
 * Verify and roll back end to end: the bundle ships the sample repository through the sandbox's
 * deploy workflow to the demo service, whose /health reports the version the last successful
 * deploy run carried; health checks, the monitoring window and the rollback are judged on it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startDemoService, type DemoService } from '../../sandbox/demo/service.js';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { deploymentStatusesOf } from '../../sandbox/github/handlers/deployments.js';
import type { ReleaseRecord } from '../../sandbox/github/types.js';
import { everythingShown, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
let service: DemoService | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await service?.close();
  await fx?.close();
  fx = undefined;
  service = undefined;
});

async function setup(): Promise<{ fx: ShipFixture; service: DemoService }> {
  fx = await shipFixture();
  service = await startDemoService({ state: fx.sandbox.state, environment: 'production', initialVersion: '1.4.0' });
  return { fx, service };
}

function inputs(svc: DemoService, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'deploy-workflow': 'deploy.yml',
    'deploy-timeout': '30s',
    'health-checks': `- name: app\n  url: ${svc.url}/health\n  expect-version: true\n  timeout: 2s`,
    'health-interval': '300ms',
    'health-timeout': '3s',
    'rollback-timeout': '30s',
    ...extra
  };
}

interface Report {
  health: { verdict: string; reason: string; timeToDetectMs?: number; window?: { verdict: string; stoppedEarly: boolean } };
  rollback?: { attempted: boolean; verified: boolean; toTag: string; timeToRestoreMs?: number; summary: string };
}
const reportOf = (r: ShipResult) => JSON.parse(r.outputs['report-json']!) as Report;
const states = (f: ShipFixture, id: number) => deploymentStatusesOf(f.sandbox.state, id).map((s) => s.state).reverse();
const deploymentsOf = (f: ShipFixture) => f.sandbox.state.deployments.map((d) => ({ id: d.id, ref: d.ref }));
const releaseOf = (f: ShipFixture) => (f.sandbox.state.releases as ReleaseRecord[]).find((r) => r.tagName === 'v1.5.0');

describe('a healthy ship', () => {
  it('passes the health checks on the new version, marks the deployment success and publishes the release', async () => {
    const { fx, service } = await setup();
    const result = await fx.ship(inputs(service, { 'monitor-duration': '1s', 'monitor-interval': '250ms' }));
    expect({ status: result.outputs.status, code: result.code, health: result.outputs.health }).toEqual({ status: 'shipped', code: 0, health: 'passed' });
    expect(service.version()).toBe('1.5.0');
    expect(states(fx, Number(result.outputs['deployment-id']))).toEqual(['in_progress', 'success']);
    expect(releaseOf(fx)?.draft).toBe(false);
    const report = reportOf(result);
    expect(report.health.window?.verdict).toBe('passed');
    expect(result.outputs['rolled-back']).toBe('false');
  }, 60_000);
});

describe('failures after the deploy', () => {
  it('never healthy → rollback to the previous version → verified → rolled-back (the job fails)', async () => {
    const { fx, service } = await setup();
    service.setUnhealthy('1.5.0');
    const result = await fx.ship(inputs(service));
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'rolled-back', code: 1 });
    expect(result.outputs).toMatchObject({ health: 'failed', 'rolled-back': 'true' });
    expect(service.version()).toBe('1.4.0');
    const runs = dispatchedRuns(fx.sandbox.state);
    expect(runs.map((r) => [r.headBranch, r.inputs.version])).toEqual([
      ['v1.5.0', '1.5.0'],
      ['v1.4.0', '1.4.0']
    ]);
    const [ship, rollback] = deploymentsOf(fx);
    expect(ship!.ref).toBe('v1.5.0');
    expect(states(fx, ship!.id).at(-1)).toBe('failure');
    expect(rollback!.ref).toBe('v1.4.0');
    expect(states(fx, rollback!.id).at(-1)).toBe('success');
    expect(releaseOf(fx)?.draft).toBe(true);
    expect(fx.sandbox.state.git.getRef('refs/tags/v1.5.0')).toBeDefined();
    const report = reportOf(result);
    expect(report.rollback).toMatchObject({ attempted: true, verified: true, toTag: 'v1.4.0' });
    expect(report.rollback!.timeToRestoreMs).toBeGreaterThan(0);
    expect(report.health.timeToDetectMs).toBeGreaterThanOrEqual(0);
    expect(result.summary).toContain('Rolled back to v1.4.0');
  }, 60_000);

  it('healthy, then breaching in the monitoring window → stops early → rollback → rolled-back', async () => {
    const { fx, service } = await setup();
    service.failAfter('1.5.0', 3);
    const result = await fx.ship(inputs(service, { 'monitor-duration': '20s', 'monitor-interval': '300ms' }));
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'rolled-back', code: 1 });
    const report = reportOf(result);
    expect(report.health.window).toMatchObject({ verdict: 'failed', stoppedEarly: true });
    expect(report.health.reason).toMatch(/monitoring window/);
    expect(result.durationMs).toBeLessThan(20_000);
    expect(service.version()).toBe('1.4.0');
  }, 60_000);

  it('a rollback that is itself unhealthy → failed, and the summary says a person is needed', async () => {
    const { fx, service } = await setup();
    service.setUnhealthy('1.5.0');
    service.setUnhealthy('1.4.0');
    const result = await fx.ship(inputs(service));
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'failed', code: 1 });
    expect(reportOf(result).rollback).toMatchObject({ attempted: true, verified: false });
    expect(result.summary).toContain('A person is needed');
    expect(result.outputs['rolled-back']).toBe('false');
  }, 60_000);

  it('rollback: never → failed, with no second deploy', async () => {
    const { fx, service } = await setup();
    service.setUnhealthy('1.5.0');
    const result = await fx.ship(inputs(service, { rollback: 'never' }));
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'failed', code: 1 });
    expect(dispatchedRuns(fx.sandbox.state)).toHaveLength(1);
    expect(fx.sandbox.state.deployments).toHaveLength(1);
    expect(result.summary).toContain('A person is needed');
    expect(service.version()).toBe('1.5.0');
  }, 60_000);

  it('an old instance still answering 200 does not pass a check that expects the new version', async () => {
    const { fx } = await setup();
    // The deploy run "succeeds" but production keeps answering with the old version.
    fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 50, conclusion: 'success' };
    const stale = await startDemoService({ state: { ...fx.sandbox.state, deployedVersion: { production: '1.4.0' } }, environment: 'production' });
    try {
      const result = await fx.ship(inputs(stale, { rollback: 'never' }));
      expect(result.outputs.status).toBe('failed');
      expect(reportOf(result).health.reason).toMatch(/version 1\.4\.0 \(expected 1\.5\.0\)/);
    } finally {
      await stale.close();
    }
  }, 60_000);
});

describe('secrets in health checks', () => {
  it('a header value appears nowhere: not in logs, summary, outputs, report, nor any request sent to GitHub', async () => {
    const { fx, service } = await setup();
    const secret = 'hdr-s3cret-9f8e7d6c';
    const result = await fx.ship({
      ...inputs(service),
      'health-checks': `- name: app\n  url: ${service.url}/health\n  expect-version: true\n  headers:\n    Authorization: Bearer ${secret}`
    });
    expect(result.outputs.status).toBe('shipped');
    expect(result.stdout).toContain(`::add-mask::${secret}`);
    expect(everythingShown(result)).not.toContain(secret);
    expect(JSON.stringify(fx.sandbox.requests.map((r) => r.requestBody))).not.toContain(secret);
  }, 60_000);
});
