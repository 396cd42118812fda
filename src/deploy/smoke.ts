/**
 * Smoke checks (blue-green and canary): `smoke-checks` probe the new version on its own URL,
 * expecting its version, before any traffic moves. A failure moves no traffic: production was
 * never changed, and is only verified, on the previous version.
 */
import * as core from '@actions/core';
import type { RunEnv } from '../run-env.js';
import type { StageOutcome } from '../timeline.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import { toCheckRecords, verifyHealthy } from '../verify/health.js';
import { makeProbe, waitHealthy } from '../verify/index.js';
import type { HealthRecord } from '../verify/record.js';
import type { SmokeRecord, TrafficRecord } from './record.js';

export async function runSmoke(env: RunEnv, checks: readonly HealthCheckSpec[], version: string, health: HealthRecord): Promise<StageOutcome & { smoke: SmokeRecord }> {
  const { settings, clock } = env;
  core.info(`smoke: probing ${checks.map((c) => c.name).join(', ')} on ${version} before any traffic moves`);
  const healthy = await waitHealthy(checks, {
    timeoutMs: settings.health.timeoutMs,
    intervalMs: settings.health.intervalMs,
    expectVersion: version,
    probe: makeProbe({ clock }),
    clock,
    onRound: (round) => core.info(`smoke round ${round.index}: ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
  });
  const smoke: SmokeRecord = { verdict: healthy.verdict, reason: healthy.reason, checks: toCheckRecords(checks, healthy.perCheck) };
  if (healthy.verdict === 'failed') {
    Object.assign(health, { verdict: 'failed', reason: `smoke checks: ${healthy.reason}`, decidedAt: healthy.decidedAt });
    return { state: 'failed', summary: `${version} failed its smoke checks: ${healthy.reason}`, smoke };
  }
  return { state: 'done', summary: `${version} passed its smoke checks: ${healthy.reason}`, smoke };
}

/** After a smoke failure no traffic moved: check that production still serves the previous version. */
export async function verifyProductionUnchanged(env: RunEnv, checks: readonly HealthCheckSpec[], previous: string, traffic: TrafficRecord): Promise<StageOutcome> {
  const healthy = await verifyHealthy(env, checks, { expectVersion: previous, timeoutMs: env.settings.health.timeoutMs, label: 'production health' });
  const summary =
    healthy.verdict === 'passed'
      ? `no traffic moved; production verified on ${previous || 'the previous version'}: ${healthy.reason}`
      : `no traffic moved, but production did not verify on ${previous || 'the previous version'}: ${healthy.reason}`;
  traffic.productionVerified = { verified: healthy.verdict === 'passed', summary };
  return { state: healthy.verdict === 'passed' ? 'done' : 'failed', summary };
}
