/**
 * Blue-green and canary (with `traffic-command`): the deploy has put the new version beside the
 * old one and moved no traffic. For each of `traffic-steps`, the traffic command runs with
 * SHIP_TRAFFIC, then the health checks and the monitoring window must pass. Below 100% the
 * answers may come from either version, so the version is read (to show the split) but not
 * required; at 100% every answer must carry the new version. A failing step is the failure the
 * deploy unit rolls back from (by the traffic switch-back, strategies/traffic.ts).
 */
import * as core from '@actions/core';
import { recordCommand, type CommandFacts } from '../commands.js';
import { formatDuration } from '../config/durations.js';
import type { RunEnv } from '../run-env.js';
import type { PlanEntry, StageOutcome } from '../timeline.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import { toCheckRecords, watchHealthWindow, windowRecord } from '../verify/health.js';
import { latencies, makeProbe, percentile, waitHealthy, type CheckStats, type ProbeSample } from '../verify/index.js';
import type { HealthRecord } from '../verify/record.js';
import { saveTrafficState } from './cancel-traffic.js';
import type { TrafficRecord, TrafficStepRecord } from './record.js';

/** What failed, and when the verdict was reached (clock ms): what a rollback starts from. */
export interface Failure {
  reason: string;
  at: number;
}

export function newTrafficRecord(steps: readonly number[]): TrafficRecord {
  return { steps: steps.map((percent) => ({ percent, at: '', verdict: 'not reached', reason: 'not reached' })), percent: 0 };
}

export function planTraffic(env: RunEnv, steps: readonly number[], command: string): PlanEntry {
  const window = env.settings.monitor.durationMs > 0 ? ` and a ${formatDuration(env.settings.monitor.durationMs)} monitoring window` : '';
  return {
    what: `move traffic in ${steps.length} step${steps.length === 1 ? '' : 's'} (${steps.map((s) => `${s}%`).join(', ')}), each followed by the health checks${window}`,
    detail: `${command}\n# environment: SHIP_TRAFFIC=<step> plus the SHIP_* variables; on any failure SHIP_TRAFFIC=0 moves it all back`
  };
}

export interface StepsInput {
  command: string;
  checks: readonly HealthCheckSpec[];
  /** The new version's facts, as every traffic command gets them. */
  facts: CommandFacts;
  traffic: TrafficRecord;
  health: HealthRecord;
}

export async function moveTrafficInSteps(env: RunEnv, input: StepsInput): Promise<StageOutcome & { failure?: Failure }> {
  const { settings, clock } = env;
  const { traffic, health, checks, facts } = input;
  const probe = makeProbe({ clock });
  const stats: Array<Record<string, CheckStats>> = [];
  const fail = (step: TrafficStepRecord, reason: string, at: number) => {
    step.verdict = 'failed';
    step.reason = reason;
    const summary = `traffic step ${step.percent}%: ${reason}`;
    Object.assign(health, { verdict: 'failed', reason: summary, decidedAt: at });
    return { state: 'failed' as const, summary, failure: { reason: summary, at } };
  };
  for (const step of traffic.steps) {
    const { percent } = step;
    // Saved before the command runs: a cancel during it still moves the traffic back.
    saveTrafficState({ percent, facts });
    step.at = new Date(clock.now()).toISOString();
    const command = await recordCommand(input.command, { facts, timeoutMs: settings.deploy.timeoutMs, cwd: env.context.workspace, label: `traffic ${percent}%`, env: { SHIP_TRAFFIC: String(percent) } }, clock);
    step.commandMs = command.durationMs;
    traffic.percent = percent;
    if (!command.ok) return fail(step, command.summary, clock.now());
    core.info(`traffic ${percent}%: ${command.summary}; probing`);

    // Below 100% either version may answer: read the version, require it only at 100%.
    const expectVersion = percent === 100 ? facts.version : undefined;
    const samples: ProbeSample[] = [];
    const healthy = await waitHealthy(checks, {
      timeoutMs: settings.health.timeoutMs,
      intervalMs: settings.health.intervalMs,
      ...(expectVersion !== undefined ? { expectVersion } : {}),
      probe,
      clock,
      onRound: (round) => core.info(`traffic ${percent}% health round ${round.index}: ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
    });
    samples.push(...healthy.rounds.flatMap((r) => r.samples));
    stats.push(healthy.perCheck);
    health.rounds += healthy.rounds.length;
    if (healthy.verdict === 'failed') {
      fillStats(step, samples);
      health.timeToDetectMs = healthy.firstFailureAt !== undefined ? healthy.decidedAt - healthy.firstFailureAt : undefined;
      health.checks = toCheckRecords(checks, ...stats);
      return fail(step, `never healthy: ${healthy.reason}`, healthy.decidedAt);
    }
    if (settings.monitor.durationMs > 0) {
      const window = await watchHealthWindow(env, checks, {
        ...(expectVersion !== undefined ? { expectVersion } : {}),
        label: `traffic ${percent}% monitor`,
        versions: { next: facts.version, previous: facts.previousVersion },
        health,
        ...(health.baseline?.p95Ms !== undefined ? { baselineP95Ms: health.baseline.p95Ms } : {})
      });
      const windowSamples = window.rounds.flatMap((r) => r.samples);
      stats.push(window.perCheck);
      health.window = windowRecord(settings, window);
      // The step's figures are the window's: what the traffic did once healthy.
      fillStats(step, windowSamples, samples);
      if (window.verdict === 'failed') {
        const firstBad = windowSamples.find((s) => !s.ok)?.at;
        health.timeToDetectMs = firstBad !== undefined ? window.decidedAt - firstBad : undefined;
        health.checks = toCheckRecords(checks, ...stats);
        return fail(step, window.reason, window.decidedAt);
      }
    } else {
      fillStats(step, samples);
    }
    step.verdict = 'passed';
    step.reason = settings.monitor.durationMs > 0 ? health.window!.reason : healthy.reason;
    health.checks = toCheckRecords(checks, ...stats);
  }
  health.verdict = 'passed';
  health.reason = `every traffic step passed (${traffic.steps.map((s) => `${s.percent}%`).join(', ')}); ${traffic.steps.at(-1)!.reason}`;
  return { state: 'done', summary: `traffic moved through ${traffic.steps.map((s) => `${s.percent}%`).join(', ')}, each step healthy` };
}

/** Error rate and p95 over the step's samples; versions over every probe of the step. */
function fillStats(step: TrafficStepRecord, samples: ProbeSample[], alsoForVersions: ProbeSample[] = []): void {
  step.probes = samples.length;
  if (samples.length) step.errorRate = samples.filter((s) => !s.ok).length / samples.length;
  const p95 = percentile(latencies(samples), 95);
  if (p95 !== undefined) step.p95Ms = p95;
  const versions: Record<string, number> = {};
  for (const s of [...alsoForVersions, ...samples]) if (s.version) versions[s.version] = (versions[s.version] ?? 0) + 1;
  if (Object.keys(versions).length) step.versions = versions;
}
