/**
 * The verify stage: a baseline round before the deploy, then health rounds until healthy or out
 * of time (expecting the new version where a check asks for it), then the monitoring window.
 * The same `verifyHealthy` checks a rollback, expecting the previous version.
 */
import * as core from '@actions/core';
import { formatDuration } from '../config/durations.js';
import type { HealthCheckSpec } from '../config/settings.js';
import type { CheckRecord, HealthRecord } from '../ship.js';
import type { ShipRun, StageOutcome } from '../stage.js';
import { productionUrlOf } from '../deploy/stage.js';
import { progressOf } from '../progress.js';
import { baseline, makeProbe, waitHealthy, watchWindow, type CheckStats, type HealthResult, type WindowResult } from './index.js';
import { analysisOptions } from './analysis/options.js';
import { analysisRecord } from './analysis/record.js';

export function healthConfigured(run: ShipRun): boolean {
  return run.settings.health.checks.length > 0;
}

function emptyHealth(): HealthRecord {
  return { verdict: 'skipped', reason: 'no health-urls or health-checks: nothing to verify', checks: [], rounds: 0, detail: [] };
}

/** One round before the deploy: latency to compare against, and a warning when production is already unhealthy. */
export async function runBaseline(run: ShipRun): Promise<StageOutcome> {
  const { record, settings, clock } = run;
  record.health = emptyHealth();
  if (!healthConfigured(run)) return { state: 'skipped', summary: record.health.reason };
  const result = await baseline(settings.health.checks, makeProbe({ clock }), clock);
  record.health.baseline = { p95Ms: result.p95Ms, ...(result.warning ? { warning: result.warning } : {}) };
  if (result.warning) {
    record.warnings.push(result.warning);
    core.warning(result.warning);
  }
  const summary = result.samples.map((s) => `${s.check}: ${s.reason}`).join('; ');
  return { state: 'done', summary: `before the deploy: ${summary}` };
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

/** Health rounds until healthy or `timeoutMs`; shared by the verify stage and the rollback. */
export async function verifyHealthy(run: ShipRun, opts: { expectVersion: string; timeoutMs: number; label: string }): Promise<HealthResult> {
  const { settings, clock } = run;
  core.info(`${opts.label}: probing ${settings.health.checks.length} check(s) every ${formatDuration(settings.health.intervalMs)} for up to ${formatDuration(opts.timeoutMs)}`);
  const progress = progressOf(run, `${opts.label}: ${opts.expectVersion || 'production'} healthy (health-timeout ${formatDuration(opts.timeoutMs)})`, productionUrlOf(settings));
  return waitHealthy(settings.health.checks, {
    timeoutMs: opts.timeoutMs,
    intervalMs: settings.health.intervalMs,
    expectVersion: opts.expectVersion,
    probe: makeProbe({ clock }),
    clock: progress.clock,
    onRound: (round) => progress.note(`${opts.label} round ${round.index} (${formatDuration(progress.elapsedMs())} so far): ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
  });
}

export async function runVerify(run: ShipRun): Promise<StageOutcome> {
  const { record, settings } = run;
  const health = record.health ?? emptyHealth();
  record.health = health;
  if (!healthConfigured(run)) return { state: 'skipped', summary: health.reason };
  const version = record.version?.next ?? '';
  if (settings.dryRun) {
    record.plan.push({
      what: `probe ${settings.health.checks.map((c) => c.name).join(', ')} every ${formatDuration(settings.health.intervalMs)} until healthy (health-timeout ${formatDuration(settings.health.timeoutMs)})`,
      detail: settings.monitor.durationMs > 0 ? `then watch for ${formatDuration(settings.monitor.durationMs)} (error rate above ${settings.monitor.errorRateThreshold} or p95 above ${formatDuration(settings.monitor.latencyThresholdMs)} fails)` : undefined
    });
    return { state: 'planned', summary: 'would verify health after the deploy' };
  }

  const healthy = await verifyHealthy(run, { expectVersion: version, timeoutMs: settings.health.timeoutMs, label: 'health' });
  health.rounds = healthy.rounds.length;
  health.checks = toCheckRecords(settings.health.checks, healthy.perCheck);
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
  const window = await watchHealthWindow(run, { expectVersion: version, label: 'monitor' });
  health.checks = toCheckRecords(settings.health.checks, healthy.perCheck, window.perCheck);
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

/** The monitoring window over the health checks, as the settings configure it (also each traffic step's). */
export async function watchHealthWindow(run: ShipRun, opts: { expectVersion?: string; label: string }): Promise<WindowResult> {
  const { settings, clock, record } = run;
  const baselineP95Ms = record.health?.baseline?.p95Ms;
  const analysis = analysisOptions(settings, record.version);
  const progress = progressOf(run, `${opts.label} window of ${opts.expectVersion || 'production'} (monitor-duration ${formatDuration(settings.monitor.durationMs)})`, productionUrlOf(settings));
  const window = await watchWindow(settings.health.checks, {
    durationMs: settings.monitor.durationMs,
    intervalMs: settings.monitor.intervalMs,
    errorRateThreshold: settings.monitor.errorRateThreshold,
    latencyThresholdMs: settings.monitor.latencyThresholdMs,
    // Comparing, the old version is measured in every round: the one-probe pre-deploy p95 is not used.
    ...(baselineP95Ms !== undefined && !analysis.compare ? { baselineP95Ms } : {}),
    ...(settings.monitor.metrics?.length ? { metrics: settings.monitor.metrics } : {}),
    ...(opts.expectVersion !== undefined ? { expectVersion: opts.expectVersion } : {}),
    probe: makeProbe({ clock }),
    clock: progress.clock,
    ...analysis,
    onRound: (round) => progress.note(`${opts.label} round (${formatDuration(progress.elapsedMs())} so far): ${[...round.samples, ...(round.compared?.new ?? []), ...(round.compared?.old ?? [])].map((s) => `${s.check} ${s.reason}`).join('; ')}`)
  });
  if (window.analysis) (record.analysis ??= []).push(analysisRecord(opts.label, window.decidedAt, window.analysis));
  return window;
}

/** A window's result as the ship record keeps it. */
export function windowRecord(settings: ShipRun['settings'], window: WindowResult): NonNullable<HealthRecord['window']> {
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
