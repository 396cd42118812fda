/**
 * Verifying an environment with its health checks: a baseline round before the deploy, then
 * health rounds until healthy or out of time (expecting a version where a check asks for it),
 * then the monitoring window. The deploy unit verifies the new version with these, and the
 * previous one after a rollback. Results go into the environment's HealthRecord.
 */
import * as core from '@actions/core';
import { formatDuration } from '../config/durations.js';
import type { Settings } from '../config/settings.js';
import type { RunEnv } from '../run-env.js';
import type { StageOutcome } from '../timeline.js';
import { originOf, type HealthCheckSpec } from './check-spec.js';
import { baseline, makeProbe, waitHealthy, watchWindow, type CheckStats, type HealthResult, type WindowResult } from './index.js';
import type { CheckRecord, HealthRecord, WindowRecord } from './record.js';
import { analysisOptions } from './analysis/options.js';
import { analysisRecord } from './analysis/record.js';

export function emptyHealth(): HealthRecord {
  return { verdict: 'skipped', reason: 'no health-urls or health-checks: nothing to verify', checks: [], rounds: 0, detail: [] };
}

export function toCheckRecords(checks: readonly HealthCheckSpec[], ...stats: Array<Record<string, CheckStats>>): CheckRecord[] {
  return checks.map((check) => {
    const merged = stats.map((s) => s[check.name]).filter((s): s is CheckStats => Boolean(s));
    const last = merged.at(-1);
    return {
      name: check.name,
      url: check.url,
      samples: merged.reduce((n, s) => n + s.samples, 0),
      failures: merged.reduce((n, s) => n + s.failures, 0),
      p50Ms: last?.p50,
      p95Ms: last?.p95,
      lastReason: last?.lastReason ?? 'not probed'
    };
  });
}

/** One round before the deploy: latency to compare against, and a warning when production is already unhealthy. */
export async function probeBaseline(env: RunEnv, checks: readonly HealthCheckSpec[], health: HealthRecord): Promise<StageOutcome> {
  if (!checks.length) return { state: 'skipped', summary: health.reason };
  const result = await baseline(checks, makeProbe({ clock: env.clock }), env.clock);
  health.baseline = { p95Ms: result.p95Ms, ...(result.warning ? { warning: result.warning } : {}) };
  if (result.warning) env.timeline.warn(result.warning);
  const summary = result.samples.map((s) => `${s.check}: ${s.reason}`).join('; ');
  return { state: 'done', summary: `before the deploy: ${summary}` };
}

/** Health rounds until healthy or `timeoutMs`. */
export async function verifyHealthy(
  env: RunEnv,
  checks: readonly HealthCheckSpec[],
  opts: { expectVersion: string; timeoutMs: number; label: string }
): Promise<HealthResult> {
  const { settings } = env;
  core.info(`${opts.label}: probing ${checks.length} check(s) every ${formatDuration(settings.health.intervalMs)} for up to ${formatDuration(opts.timeoutMs)}`);
  const progress = env.progress(`${opts.label}: ${opts.expectVersion || 'production'} healthy (health-timeout ${formatDuration(opts.timeoutMs)})`, originOf(checks));
  return waitHealthy(checks, {
    timeoutMs: opts.timeoutMs,
    intervalMs: settings.health.intervalMs,
    expectVersion: opts.expectVersion,
    probe: makeProbe({ clock: env.clock }),
    clock: progress.clock,
    onRound: (round) => progress.note(`${opts.label} round ${round.index} (${formatDuration(progress.elapsedMs())} so far): ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
  });
}

/**
 * The monitoring window over the checks, as the settings configure it (also each traffic step's).
 * With `versions` (blue-green, canary) and baseline-checks, the smoke checks and the baseline
 * checks are probed in the same rounds and compared (analysis/); the window's analysis, if any,
 * is added to `health.analysis`.
 */
export async function watchHealthWindow(
  env: RunEnv,
  checks: readonly HealthCheckSpec[],
  opts: { expectVersion?: string; label: string; baselineP95Ms?: number; versions?: { next: string; previous: string }; health?: HealthRecord }
): Promise<WindowResult> {
  const { settings } = env;
  const progress = env.progress(`${opts.label} window of ${opts.expectVersion || 'production'} (monitor-duration ${formatDuration(settings.monitor.durationMs)})`, originOf(checks));
  const analysis = analysisOptions(opts.versions ? settings : { analysis: settings.analysis }, opts.versions);
  // Comparing, the old version is measured in every round: the one-probe pre-deploy p95 is not used.
  const baselineP95Ms = analysis.compare ? undefined : opts.baselineP95Ms;
  const window = await watchWindow(checks, {
    durationMs: settings.monitor.durationMs,
    intervalMs: settings.monitor.intervalMs,
    errorRateThreshold: settings.monitor.errorRateThreshold,
    latencyThresholdMs: settings.monitor.latencyThresholdMs,
    ...(baselineP95Ms !== undefined ? { baselineP95Ms } : {}),
    ...(settings.monitor.metrics?.length ? { metrics: settings.monitor.metrics } : {}),
    ...(opts.expectVersion !== undefined ? { expectVersion: opts.expectVersion } : {}),
    probe: makeProbe({ clock: env.clock }),
    clock: progress.clock,
    ...analysis,
    onRound: (round) => progress.note(`${opts.label} round (${formatDuration(progress.elapsedMs())} so far): ${[...round.samples, ...(round.compared?.new ?? []), ...(round.compared?.old ?? [])].map((s) => `${s.check} ${s.reason}`).join('; ')}`)
  });
  if (window.analysis && opts.health) (opts.health.analysis ??= []).push(analysisRecord(opts.label, window.decidedAt, window.analysis));
  return window;
}

/** A window's result as the ship record keeps it. */
export function windowRecord(settings: Settings, window: WindowResult): WindowRecord {
  return {
    verdict: window.verdict,
    reason: window.reason,
    durationMs: window.decidedAt - window.startedAt,
    plannedRounds: window.plannedRounds,
    rounds: window.rounds.length,
    errorRate: window.errorRate,
    p95Ms: window.p95Ms,
    stoppedEarly: window.stoppedEarly,
    thresholds: { errorRate: settings.monitor.errorRateThreshold, latencyMs: settings.monitor.latencyThresholdMs }
  };
}

/**
 * After the deploy: healthy (expecting the new version), then the monitoring window. Fills
 * `health`; a failed outcome's verdict time is `health.decidedAt`.
 */
export async function verifyDeployed(env: RunEnv, checks: readonly HealthCheckSpec[], version: string, health: HealthRecord): Promise<StageOutcome> {
  const { settings } = env;
  if (!checks.length) return { state: 'skipped', summary: health.reason };
  const healthy = await verifyHealthy(env, checks, { expectVersion: version, timeoutMs: settings.health.timeoutMs, label: 'health' });
  health.rounds = healthy.rounds.length;
  health.checks = toCheckRecords(checks, healthy.perCheck);
  if (healthy.verdict === 'failed') {
    health.verdict = 'failed';
    health.reason = healthy.reason;
    health.timeToDetectMs = healthy.firstFailureAt !== undefined ? healthy.decidedAt - healthy.firstFailureAt : undefined;
    health.decidedAt = healthy.decidedAt;
    return { state: 'failed', summary: `never healthy: ${healthy.reason}` };
  }
  health.detail.push(healthy.reason);
  if (settings.monitor.durationMs <= 0) {
    health.verdict = 'passed';
    health.reason = healthy.reason;
    return { state: 'done', summary: healthy.reason };
  }
  const window = await watchHealthWindow(env, checks, { expectVersion: version, label: 'monitor', health, ...(health.baseline?.p95Ms !== undefined ? { baselineP95Ms: health.baseline.p95Ms } : {}) });
  health.checks = toCheckRecords(checks, healthy.perCheck, window.perCheck);
  health.window = windowRecord(settings, window);
  if (window.verdict === 'failed') {
    health.verdict = 'failed';
    health.reason = `monitoring window: ${window.reason}`;
    const firstBad = window.rounds.flatMap((r) => r.samples).find((s) => !s.ok)?.at;
    health.timeToDetectMs = firstBad !== undefined ? window.decidedAt - firstBad : undefined;
    health.decidedAt = window.decidedAt;
    return { state: 'failed', summary: health.reason };
  }
  health.verdict = 'passed';
  health.reason = window.reason;
  return { state: 'done', summary: health.reason };
}

/** The dry run's line for verification. */
export function planVerify(env: RunEnv, checks: readonly HealthCheckSpec[]): { what: string; detail?: string } {
  const { settings } = env;
  return {
    what: `probe ${checks.map((c) => c.name).join(', ')} every ${formatDuration(settings.health.intervalMs)} until healthy (health-timeout ${formatDuration(settings.health.timeoutMs)})`,
    detail: settings.monitor.durationMs > 0 ? `then watch for ${formatDuration(settings.monitor.durationMs)} (error rate above ${settings.monitor.errorRateThreshold} or p95 above ${formatDuration(settings.monitor.latencyThresholdMs)} fails)` : undefined
  };
}
