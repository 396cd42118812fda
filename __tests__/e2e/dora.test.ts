/**
 * DORA figures end to end: a healthy ship and a rolled-back one, through the bundle, the sandbox's
 * deploy workflow and the demo service. The figures must be present in report-json, plausible
 * against what the test itself measured, and shown in the summary and the report file.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startDemoService, type DemoService } from '../../sandbox/demo/service.js';
import { explain, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

/** What each test opened, closed after it (the sandbox last, once its schema errors are checked). */
let opened: { fx?: ShipFixture; service?: DemoService } = {};
afterEach(async () => {
  const { fx, service } = opened;
  opened = {};
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await Promise.all([service?.close(), fx?.close()]);
});

interface Dora {
  leadTimeSeconds: number | null;
  deployDurationSeconds: number | null;
  changeFailed: boolean | null;
  timeToDetectSeconds: number | null;
  timeToRestoreSeconds: number | null;
}
const doraOf = (r: ShipResult) => (JSON.parse(r.outputs['report-json']!) as { dora: Dora }).dora;

async function ship(unhealthy: boolean): Promise<{ result: ShipResult; createdAt: number; finishedAt: number; workspace: string }> {
  const createdAt = Date.now();
  const fx = await shipFixture();
  const service = await startDemoService({ state: fx.sandbox.state, environment: 'production', initialVersion: '1.4.0' });
  opened = { fx, service };
  if (unhealthy) service.setUnhealthy('1.5.0');
  const workspace = fx.sample.checkout();
  const result = await fx.ship(
    {
      'deploy-workflow': 'deploy.yml',
      'deploy-timeout': '30s',
      'health-checks': `- name: app\n  url: ${service.url}/health\n  expect-version: true\n  timeout: 2s`,
      'health-interval': '300ms',
      'health-timeout': '3s',
      'rollback-timeout': '30s'
    },
    { workspace }
  );
  return { result, createdAt, finishedAt: Date.now(), workspace };
}

describe('DORA figures', () => {
  it('a ship: lead time from the oldest commit of the release to verified healthy, the deploy duration, no failure', async () => {
    const { result, createdAt, finishedAt, workspace } = await ship(false);
    if (result.outputs.status !== 'shipped') throw new Error(explain(result));
    const dora = doraOf(result);
    expect(dora.changeFailed).toBe(false);
    expect([dora.timeToDetectSeconds, dora.timeToRestoreSeconds]).toEqual([null, null]);
    // The sample's commits were made just before the run (git dates have whole seconds).
    expect(dora.leadTimeSeconds).toBeGreaterThan(0);
    expect(dora.leadTimeSeconds!).toBeLessThanOrEqual((finishedAt - createdAt) / 1000 + 1);
    expect(dora.deployDurationSeconds).toBeGreaterThan(0);
    expect(dora.deployDurationSeconds!).toBeLessThan(dora.leadTimeSeconds! + 1);
    expect(result.summary).toMatch(/DORA: lead time for changes [\d.]+s · deploy duration [\d.]+( ms|s) · change failed: no · time to detect n\/a · time to restore n\/a/);
    const report = readFileSync(path.join(workspace, 'specs/001-checkout-redesign/production-ship-report.md'), 'utf8');
    expect(report).toContain('## DORA figures');
    console.log(`dora (shipped): ${JSON.stringify(dora)}`);
  }, 60_000);

  it('a rolled-back ship: the change failed, with time to detect and to restore; no lead time', async () => {
    const { result, createdAt, finishedAt } = await ship(true);
    if (result.outputs.status !== 'rolled-back') throw new Error(explain(result));
    const dora = doraOf(result);
    const report = JSON.parse(result.outputs['report-json']!) as { health: { timeToDetectMs: number }; rollback: { timeToRestoreMs: number } };
    expect(dora).toEqual({
      leadTimeSeconds: null,
      deployDurationSeconds: expect.any(Number),
      changeFailed: true,
      timeToDetectSeconds: report.health.timeToDetectMs / 1000,
      timeToRestoreSeconds: report.rollback.timeToRestoreMs / 1000
    });
    expect(dora.timeToRestoreSeconds).toBeGreaterThan(0);
    expect(dora.timeToDetectSeconds! + dora.timeToRestoreSeconds!).toBeLessThan((finishedAt - createdAt) / 1000);
    expect(result.summary).toMatch(/DORA: .* change failed: yes · time to detect [\d.]+( ms|s) · time to restore [\d.]+( ms|s)/);
    console.log(`dora (rolled-back): ${JSON.stringify(dora)}`);
  }, 60_000);
});
