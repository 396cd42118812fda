/**
 * Blue-green and canary (with `traffic-command`): a stage between the deploy and the final
 * verdict. The deploy has put the new version beside the old one and moved no traffic. Then:
 *
 * 1. smoke: `smoke-checks` probe the new version on its own URL (expecting its version). A failure
 *    moves no traffic: production is only verified, on the previous version.
 * 2. traffic: for each of `traffic-steps`, the traffic command runs with SHIP_TRAFFIC, then the
 *    health checks and the monitoring window must pass. Below 100% the answers may come from
 *    either version, so the version is read (to show the split) but not required; at 100% every
 *    answer must carry the new version.
 * 3. on any failure, the switch-back: the traffic command with SHIP_TRAFFIC=0 (no redeploy),
 *    verified by the health checks expecting the previous version: `rolled-back`, or `failed`
 *    when it cannot be verified.
 */
import * as core from '@actions/core';
import { formatDuration } from '../config/durations.js';
import { runShipCommand, shipCommandFacts } from '../deploy/pre-deploy.js';
import { environmentUrlOf } from '../deploy/stage.js';
import { setDeploymentStatus } from '../github/deployments.js';
import { saveShipState } from '../ship-state.js';
import type { RollbackTrigger } from '../rollback/stage.js';
import type { ShipStatus, StageName, StageRecord } from '../ship.js';
import type { ShipRun, StageOutcome } from '../stage.js';
import { makeProbe, percentile, latencies, waitHealthy, type ProbeSample } from '../verify/index.js';
import { toCheckRecords, verifyHealthy, watchHealthWindow, windowRecord } from '../verify/stage.js';
import { saveTrafficState } from './cancel.js';
import type { DeliveryRecord, TrafficStepRecord } from './record.js';

export interface ProgressiveEnd {
  status: ShipStatus;
  headline: string;
  nextSteps: string[];
}

export type StageRunner = (name: StageName, body: () => Promise<StageOutcome>) => Promise<StageRecord>;

type TrafficRecord = NonNullable<DeliveryRecord['traffic']>;

/**
 * Runs smoke checks, the traffic steps and, on failure, the switch-back, each as a stage.
 * Returns how the ship ends when it failed; undefined when every step passed (or in a dry run).
 */
export async function runProgressive(run: ShipRun, stage: StageRunner): Promise<ProgressiveEnd | undefined> {
  const { settings, record } = run;
  const p = settings.progressive!;
  const delivery = (record.delivery ??= {});
  const traffic: TrafficRecord = {
    steps: p.trafficSteps.map((percent) => ({ percent, at: '', verdict: 'not reached', reason: 'not reached' })),
    percent: 0
  };
  delivery.traffic = traffic;
  if (settings.dryRun) {
    await stage('traffic', async () => planProgressive(run));
    return undefined;
  }
  if (record.deploy?.deploymentId) saveShipState({ phase: 'verifying' });

  if (p.smokeChecks.length) {
    const smoke = await stage('smoke', () => runSmoke(run));
    if (smoke.state === 'failed') {
      await markDeploymentFailed(run, `smoke checks failed: ${smoke.summary}`);
      await stage('verify', () => verifyProductionUnchanged(run));
      return smokeFailureEnd(run, smoke.summary);
    }
  }

  let trigger: RollbackTrigger | undefined;
  const steps = await stage('traffic', async () => {
    const outcome = await runSteps(run);
    trigger = outcome.trigger;
    return outcome;
  });
  if (steps.state !== 'failed') return undefined;
  trigger ??= { reason: steps.summary, at: run.clock.now() };
  // Traffic first: restoring production comes before bookkeeping on GitHub.
  const back = await stage('rollback', () => switchBack(run, trigger!));
  await markDeploymentFailed(run, trigger.reason);
  return switchBackEnd(run, trigger, back);
}

function planProgressive(run: ShipRun): StageOutcome {
  const { settings, record } = run;
  const p = settings.progressive!;
  if (p.smokeChecks.length) {
    record.plan.push({ what: `probe the smoke checks ${p.smokeChecks.map((c) => c.name).join(', ')} on the new version before any traffic moves` });
  }
  const window = settings.monitor.durationMs > 0 ? ` and a ${formatDuration(settings.monitor.durationMs)} monitoring window` : '';
  record.plan.push({
    what: `move traffic in ${p.trafficSteps.length} step${p.trafficSteps.length === 1 ? '' : 's'} (${p.trafficSteps.map((s) => `${s}%`).join(', ')}), each followed by the health checks${window}`,
    detail: `${p.trafficCommand}\n# environment: SHIP_TRAFFIC=<step> plus the SHIP_* variables; on any failure SHIP_TRAFFIC=0 moves it all back`
  });
  if (p.cleanupCommand) record.plan.push({ what: 'after a successful ship, run the cleanup command', detail: p.cleanupCommand });
  return { state: 'planned', summary: `would move traffic through ${p.trafficSteps.map((s) => `${s}%`).join(', ')}` };
}

async function runSmoke(run: ShipRun): Promise<StageOutcome> {
  const { settings, record, clock } = run;
  const checks = settings.progressive!.smokeChecks;
  const version = record.version?.next ?? '';
  core.info(`smoke: probing ${checks.map((c) => c.name).join(', ')} on ${version} before any traffic moves`);
  const healthy = await waitHealthy(checks, {
    timeoutMs: settings.health.timeoutMs,
    intervalMs: settings.health.intervalMs,
    expectVersion: version,
    probe: makeProbe({ clock }),
    clock,
    onRound: (round) => core.info(`smoke round ${round.index}: ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
  });
  record.delivery!.smoke = { verdict: healthy.verdict, reason: healthy.reason, checks: toCheckRecords(checks, healthy.perCheck) };
  if (healthy.verdict === 'failed') {
    if (record.health) Object.assign(record.health, { verdict: 'failed', reason: `smoke checks: ${healthy.reason}`, decidedAt: healthy.decidedAt });
    return { state: 'failed', summary: `${version} failed its smoke checks: ${healthy.reason}` };
  }
  return { state: 'done', summary: `${version} passed its smoke checks: ${healthy.reason}` };
}

/** After a smoke failure no traffic moved: check that production still serves the previous version. */
async function verifyProductionUnchanged(run: ShipRun): Promise<StageOutcome> {
  const { settings, record } = run;
  const previous = record.version?.previous ?? '';
  const traffic = record.delivery!.traffic!;
  const healthy = await verifyHealthy(run, { expectVersion: previous, timeoutMs: settings.health.timeoutMs, label: 'production health' });
  const summary =
    healthy.verdict === 'passed'
      ? `no traffic moved; production verified on ${previous || 'the previous version'}: ${healthy.reason}`
      : `no traffic moved, but production did not verify on ${previous || 'the previous version'}: ${healthy.reason}`;
  traffic.productionVerified = { verified: healthy.verdict === 'passed', summary };
  return { state: healthy.verdict === 'passed' ? 'done' : 'failed', summary };
}

async function runSteps(run: ShipRun): Promise<StageOutcome & { trigger?: RollbackTrigger }> {
  const { settings, record, clock } = run;
  const p = settings.progressive!;
  const traffic = record.delivery!.traffic!;
  const health = record.health!;
  const next = record.version?.next ?? '';
  const checks = settings.health.checks;
  const probe = makeProbe({ clock });
  const stats: Array<Parameters<typeof toCheckRecords>[1]> = [];
  for (const step of traffic.steps) {
    const { percent } = step;
    // Saved before the command runs: a cancel during it still moves the traffic back.
    saveTrafficState({ percent, facts: shipCommandFacts(run) });
    step.at = new Date(clock.now()).toISOString();
    const command = await runShipCommand(run, { command: p.trafficCommand, label: `traffic ${percent}%`, timeoutMs: settings.deploy.timeoutMs, env: { SHIP_TRAFFIC: String(percent) } });
    step.commandMs = command.durationMs;
    traffic.percent = percent;
    if (!command.ok) return failStep(step, command.summary, clock.now(), run);
    core.info(`traffic ${percent}%: ${command.summary}; probing`);

    // Below 100% either version may answer: read the version, require it only at 100%.
    const expectVersion = percent === 100 ? next : undefined;
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
      return failStep(step, `never healthy: ${healthy.reason}`, healthy.decidedAt, run);
    }
    if (settings.monitor.durationMs > 0) {
      const window = await watchHealthWindow(run, { ...(expectVersion !== undefined ? { expectVersion } : {}), label: `traffic ${percent}% monitor` });
      const windowSamples = window.rounds.flatMap((r) => r.samples);
      stats.push(window.perCheck);
      health.window = windowRecord(settings, window);
      // The step's figures are the window's: what the traffic did once healthy.
      fillStats(step, windowSamples, samples);
      if (window.verdict === 'failed') {
        const firstBad = windowSamples.find((s) => !s.ok)?.at;
        health.timeToDetectMs = firstBad !== undefined ? window.decidedAt - firstBad : undefined;
        health.checks = toCheckRecords(checks, ...stats);
        return failStep(step, window.reason, window.decidedAt, run);
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

function failStep(step: TrafficStepRecord, reason: string, at: number, run?: ShipRun): StageOutcome & { trigger: RollbackTrigger } {
  step.verdict = 'failed';
  step.reason = reason;
  const summary = `traffic step ${step.percent}%: ${reason}`;
  if (run?.record.health) {
    run.record.health.verdict = 'failed';
    run.record.health.reason = summary;
    run.record.health.decidedAt = at;
  }
  return { state: 'failed', summary, trigger: { reason: summary, at } };
}

async function markDeploymentFailed(run: ShipRun, reason: string): Promise<void> {
  const { record, client, context } = run;
  const id = record.deploy?.deploymentId;
  if (!id) return;
  await setDeploymentStatus(client, id, { state: 'failure', description: reason, logUrl: context.runUrl || undefined, environmentUrl: environmentUrlOf(run) }).catch((error: unknown) =>
    record.warnings.push(`could not mark deployment ${id} failed: ${(error as Error).message}`)
  );
}

/** The rollback of a blue-green / canary ship: all traffic back to the previous version, then verified. */
async function switchBack(run: ShipRun, trigger: RollbackTrigger): Promise<StageOutcome> {
  const { settings, record, clock } = run;
  const traffic = record.delivery!.traffic!;
  const previous = record.version?.previous ?? '';
  const toTag = previous ? `${settings.tagPrefix}${previous}` : '';
  const rollback = (record.rollback = {
    attempted: false,
    verified: false,
    trigger: trigger.reason,
    toVersion: previous,
    toTag,
    strategy: 'traffic-command with SHIP_TRAFFIC=0 (all traffic back to the previous version; no redeploy)',
    summary: '',
    detail: [] as string[]
  } as NonNullable<typeof record.rollback>);
  if (settings.rollback.mode === 'never') {
    rollback.summary = `rollback: never — traffic was left at ${traffic.percent}% on ${record.version?.tag}`;
    return { state: 'skipped', summary: rollback.summary };
  }
  rollback.attempted = true;
  core.warning(`Moving all traffic back to ${toTag || 'the previous version'}: ${trigger.reason}`);
  const started = clock.now();
  const command = await runShipCommand(run, { command: settings.progressive!.trafficCommand, label: 'switch-back', timeoutMs: settings.rollback.timeoutMs, env: { SHIP_TRAFFIC: '0' } });
  traffic.switchBack = { ok: command.ok, verified: false, summary: command.summary, at: command.at, commandMs: command.durationMs };
  rollback.detail.push(`traffic command with SHIP_TRAFFIC=0: ${command.summary}`);
  if (!command.ok) {
    rollback.summary = `moving the traffic back failed: ${command.summary}; production may still send ${traffic.percent}% to ${record.version?.tag}`;
    return { state: 'failed', summary: rollback.summary };
  }
  traffic.percent = 0;
  saveTrafficState({ percent: 0, facts: shipCommandFacts(run) });
  const remaining = Math.max(settings.health.intervalMs, settings.rollback.timeoutMs - (clock.now() - started));
  const healthy = await verifyHealthy(run, { expectVersion: previous, timeoutMs: Math.min(settings.health.timeoutMs, remaining), label: 'switch-back health' });
  rollback.detail.push(healthy.reason);
  if (healthy.verdict !== 'passed') {
    rollback.summary = `the traffic was moved back to ${toTag || 'the previous version'}, but production is not healthy: ${healthy.reason}`;
    return { state: 'failed', summary: rollback.summary };
  }
  rollback.verified = true;
  traffic.switchBack.verified = true;
  rollback.timeToRestoreMs = healthy.decidedAt - trigger.at;
  rollback.summary = `all traffic back on ${toTag || 'the previous version'} and verified healthy (${formatDuration(rollback.timeToRestoreMs)} from the failure verdict)`;
  return { state: 'done', summary: rollback.summary };
}

function switchBackEnd(run: ShipRun, trigger: RollbackTrigger, back: StageRecord): ProgressiveEnd {
  const { record, settings } = run;
  const r = record.rollback!;
  const kept = `Tag ${record.version?.tag} is kept and the release stays a draft; the new version is still deployed beside the old one, with no traffic.`;
  if (back.state === 'done' && r.verified) {
    return {
      status: 'rolled-back',
      headline: `Traffic moved back to ${r.toTag}: ${trigger.reason}`,
      nextSteps: [`Production serves ${r.toTag} again, verified healthy. Find why ${record.version?.tag} failed (see Progressive delivery below), fix it, and ship a new version.`, kept]
    };
  }
  const percent = record.delivery?.traffic?.percent ?? 0;
  const why = settings.rollback.mode === 'never' ? `rollback is never, so ${percent}% of the traffic stays on ${record.version?.tag}` : back.summary;
  return {
    status: 'failed',
    headline: `Failed: ${trigger.reason}; ${why}. A person is needed.`,
    nextSteps: [`A person is needed: production may send ${percent}% of its traffic to ${record.version?.tag}. Check the traffic split and production now.`, kept]
  };
}

function smokeFailureEnd(run: ShipRun, reason: string): ProgressiveEnd {
  const { record } = run;
  const check = record.delivery!.traffic!.productionVerified!;
  const kept = `Tag ${record.version?.tag} is kept and the release stays a draft.`;
  return {
    status: 'failed',
    headline: `Not shipped: ${reason}. No traffic was moved; ${check.verified ? `production verified on ${record.version?.previous || 'the previous version'}` : 'production did not verify'}.`,
    nextSteps: [
      check.verified
        ? `Production was not changed: it still serves ${record.version?.previous || 'the previous version'}, verified healthy. The new version is deployed beside it with no traffic.`
        : `Production was not changed by this ship (no traffic moved), but it did not verify: ${check.summary}. Check it now.`,
      'Fix the new version, then re-run this job: it resumes from the existing tag and release.',
      kept
    ]
  };
}
