/**
 * Deploy by workflow: dispatch at the tag, find the run (GitHub's run details, else a correlation
 * input, else the runs at our tag created since the dispatch), and wait through every status to
 * completed, polling with conditional requests. A timeout cancels the run. A dispatch whose
 * outcome is unknown is never sent again before the run has been looked for.
 *
 * A run `waiting` for the environment's required reviewers (INTERFACE.md, Approvals) is named at
 * once and at every heartbeat: the environment, who can approve, the run's link. That wait does
 * not count against the timeout; `approvalTimeoutMs` bounds it, and past it the run is cancelled
 * (so a late approval cannot deploy it). A run never approved changed nothing: `untouched`.
 */
import * as core from '@actions/core';
import type { Clock } from '../clock.js';
import { formatDuration } from '../config/durations.js';
import { cancelRun, dispatchWorkflow, failedJobs, listDispatchRuns, pendingApprovals, readRun, type RunSummary } from '../github/actions.js';
import { explainGitHubError, statusOf, type GitHubClient } from '../github/client.js';
import { ConditionalCache } from '../github/conditional.js';
import { pickDispatchedRun } from './dispatch-plan.js';
import type { ApprovalRecord } from './record.js';
import { Progress } from '../progress.js';

/** Allowance for clock skew between the runner and GitHub when matching run creation times. */
export const CLOCK_SKEW_MS = 60_000;
/** How long a dispatch whose answer was lost is looked for before it may be sent again. */
export const DISPATCH_LOOK_MS = 30_000;

/** Poll a run a thirtieth of the timeout apart, between 1 s and 10 s. */
export function runPollInterval(timeoutMs: number): number {
  return Math.min(10_000, Math.max(1_000, Math.round(timeoutMs / 30)));
}

export interface WorkflowDeployResult {
  ok: boolean;
  /** GitHub refused the dispatch itself: no run started, production was not touched. */
  untouched?: boolean;
  runId?: number;
  runUrl?: string;
  conclusion?: string;
  durationMs?: number;
  approval?: ApprovalRecord;
  summary: string;
  detail: string[];
}

interface WorkflowDeployInput {
  workflow: string | number;
  workflowName: string;
  ref: string;
  inputs: Record<string, string>;
  shipId: string;
  timeoutMs: number;
  /** How long the run may wait for the environment's reviewers (not counted in timeoutMs); default: no limit but the timeout's. */
  approvalTimeoutMs?: number;
  /** The GitHub environment deployed (to name in the approval lines). */
  environment?: string;
  /** A run this ship dispatched earlier (a re-run): wait for it instead of dispatching. */
  existingRunId?: number;
  /** When the ship's deployment was created (GitHub's clock): its run is created after it. */
  since?: string;
  /** Runs of earlier attempts, never taken for this dispatch's run. */
  known?: ReadonlySet<number>;
  /** Whether to call onRun for existingRunId (its deployment does not show it in progress yet). */
  recordExisting?: boolean;
  /** Called once the run is known (to record it on the deployment). */
  onRun?: (run: { id: number; url: string }) => Promise<void>;
  /** Where the wait's progress lines go (a default one on `clock` when absent). */
  progress?: Progress;
}

export async function deployByWorkflow(client: GitHubClient, clock: Clock, input: WorkflowDeployInput): Promise<WorkflowDeployResult> {
  const started = clock.now();
  const deadline = started + input.timeoutMs;
  const detail: string[] = [];
  const progress = input.progress ?? new Progress({ what: `${input.workflowName} run`, clock });
  let runId = input.existingRunId;
  let runUrl: string | undefined;

  if (runId) {
    detail.push(`run ${runId} was dispatched by an earlier attempt of this ship: waiting for it, not dispatching again`);
  } else {
    let found: { id: number; url?: string } | undefined;
    try {
      progress.update(`dispatching at ${input.ref}`);
      found = await dispatchAndFind(client, progress.clock, input, deadline, detail);
    } catch (error) {
      // A 4xx answer to the dispatch: GitHub started nothing.
      const status = statusOf(error);
      if (status >= 400 && status < 500) {
        return { ok: false, untouched: true, summary: explainGitHubError(error, `Dispatching ${input.workflowName}`, 'actions: write'), detail };
      }
      throw error;
    }
    if (!found) {
      return { ok: false, summary: `the run dispatched for ${input.workflowName} could not be found within the deploy timeout`, detail };
    }
    runId = found.id;
    runUrl = found.url;
  }
  const cache = new ConditionalCache();
  // Record the run on the deployment while reading it (a re-run's run is recorded already).
  const knownUrl = runUrl;
  const id = runId;
  const record = !input.existingRunId || input.recordExisting;
  const [first] = await Promise.all([readRun(client, runId, cache), knownUrl && record ? input.onRun?.({ id, url: knownUrl }) : Promise.resolve()]);
  let run = first;
  runUrl = run.htmlUrl;
  if (!knownUrl && record) await input.onRun?.({ id: runId, url: runUrl });
  core.info(`deploy run: ${runUrl}`);
  progress.update(run.status ?? 'unknown', runUrl);

  const interval = runPollInterval(input.timeoutMs);
  const approvals = new ApprovalWait(client, runId, progress, input, clock);
  await approvals.observe(run);
  while (run.status !== 'completed') {
    if (approvals.waiting && approvals.waitedMs() >= approvals.limitMs) {
      const timedOut = await approvals.timeOut(started, detail);
      if (timedOut) return { ...timedOut, runUrl, durationMs: clock.now() - started };
      run = await readRun(client, runId, cache);
      if (run.status === 'completed') break;
    } else if (!approvals.waiting && clock.now() + interval > deadline + approvals.waitedMs()) {
      const cancelled = await cancelRun(client, runId);
      if (cancelled === 'already-completed') {
        run = await readRun(client, runId, cache);
        if (run.status === 'completed') break;
      }
      detail.push(`timed out after ${formatDuration(input.timeoutMs)} while the run was ${run.status}; the run was cancelled`);
      return {
        ok: false,
        runId,
        runUrl,
        conclusion: 'timed_out',
        durationMs: clock.now() - started,
        ...approvals.record(),
        summary: `deploy run ${runId} did not finish within deploy-timeout (${formatDuration(input.timeoutMs)}) and was cancelled`,
        detail
      };
    }
    await progress.sleep(approvals.waiting ? Math.min(interval, Math.max(0, approvals.limitMs - approvals.waitedMs())) : interval);
    run = await readRun(client, runId, cache);
    await approvals.observe(run);
  }
  if (cache.requests > 1) detail.push(`polled ${cache.requests} times every ${formatDuration(interval)}; ${cache.notModified} answered 304 (not counted against the rate limit)`);
  // GitHub's run timestamps have one-second precision; the wait is what this job measured.
  const waitedMs = clock.now() - started;
  const durationMs = runDuration(run) ?? waitedMs;
  const runTime = durationMs < 1000 && runDuration(run) !== undefined ? 'under 1s' : formatDuration(durationMs);
  const timing = `run time ${runTime} by GitHub's timestamps, noticed after ${formatDuration(waitedMs)}`;
  if (run.conclusion === 'success') {
    return { ok: true, runId, runUrl, conclusion: 'success', durationMs, ...approvals.record(), summary: `deploy run ${runId} succeeded (${timing})`, detail };
  }
  const failed = await failedJobs(client, runId).catch(() => []);
  for (const job of failed) {
    detail.push(`job "${job.name}" ${job.conclusion}${job.steps.length ? ` at step ${job.steps.map((s) => `"${s}"`).join(', ')}` : ''}: ${job.url}`);
  }
  const where = failed[0] ? ` (job "${failed[0].name}"${failed[0].steps[0] ? `, step "${failed[0].steps[0]}"` : ''})` : '';
  // A run that ended while it still waited for its reviewers (rejected) ran no job that deploys.
  const untouched = approvals.neverApproved() ? { untouched: true } : {};
  return { ok: false, ...untouched, runId, runUrl, conclusion: run.conclusion ?? 'unknown', durationMs, ...approvals.record(), summary: `deploy run ${runId} ended ${run.conclusion}${where}`, detail };
}

/**
 * The wait for the environment's reviewers: entered when the run is `waiting`, left when it goes
 * on. Each wait reads who can approve and says it in the progress line (logged at once, repeated
 * at every heartbeat).
 */
class ApprovalWait {
  waiting = false;
  private since = 0;
  private totalMs = 0;
  private approvedOnce = false;
  private pending: { environment: string; reviewers: string[] } | undefined;
  readonly limitMs: number;

  constructor(
    private readonly client: GitHubClient,
    private readonly runId: number,
    private readonly progress: Progress,
    private readonly input: WorkflowDeployInput,
    private readonly clock: Clock
  ) {
    this.limitMs = input.approvalTimeoutMs ?? Infinity;
  }

  waitedMs(): number {
    return this.totalMs + (this.waiting ? this.clock.now() - this.since : 0);
  }

  /** Follows the run's status: the progress line, and the approval wait's start and end. */
  async observe(run: RunSummary): Promise<void> {
    if (run.status === 'waiting' && !this.waiting) {
      this.waiting = true;
      this.since = this.clock.now();
      const found = await pendingApprovals(this.client, this.runId).catch(() => []);
      const mine = found.find((p) => !this.input.environment || p.environment.toLowerCase() === this.input.environment.toLowerCase()) ?? found[0];
      this.pending = { environment: mine?.environment || this.input.environment || 'the environment', reviewers: mine?.reviewers ?? [] };
      this.progress.update(this.words(), undefined);
      return;
    }
    if (run.status !== 'waiting' && this.waiting) {
      this.totalMs += this.clock.now() - this.since;
      this.waiting = false;
      this.approvedOnce ||= run.status !== 'completed' || run.conclusion === 'success';
    }
    this.progress.update(run.status === 'completed' ? `completed, ${run.conclusion ?? 'no conclusion'}` : (run.status ?? 'unknown'));
  }

  /** Past approval-timeout: cancels the run. Undefined when it had completed meanwhile (read it again). */
  async timeOut(started: number, detail: string[]): Promise<WorkflowDeployResult | undefined> {
    const cancelled = await cancelRun(this.client, this.runId);
    if (cancelled === 'already-completed') return undefined;
    this.totalMs += this.clock.now() - this.since;
    this.waiting = false;
    const limit = formatDuration(this.limitMs);
    detail.push(`waited ${formatDuration(this.totalMs)} for ${this.who()}, longer than approval-timeout ${limit}: the run was cancelled, so a late approval cannot deploy it`);
    return {
      ok: false,
      // Never approved: no job that deploys to the environment ran.
      untouched: !this.approvedOnce,
      runId: this.runId,
      conclusion: 'cancelled',
      durationMs: this.clock.now() - started,
      approval: { environment: this.pending?.environment ?? '', reviewers: this.pending?.reviewers ?? [], waitedMs: this.totalMs, outcome: 'timed-out' },
      summary: `deploy run ${this.runId} waited for ${this.who()} longer than approval-timeout ${limit} and was cancelled`,
      detail
    };
  }

  /** It waited for reviewers and never went on. */
  neverApproved(): boolean {
    return this.pending !== undefined && !this.approvedOnce;
  }

  record(): { approval?: ApprovalRecord } {
    if (!this.pending) return {};
    return { approval: { environment: this.pending.environment, reviewers: this.pending.reviewers, waitedMs: this.waitedMs(), outcome: this.approvedOnce ? 'approved' : 'rejected' } };
  }

  private who(): string {
    const p = this.pending;
    return `approval of ${p?.environment ?? 'the environment'}${p?.reviewers.length ? ` (reviewers: ${p.reviewers.join(', ')})` : ''}`;
  }

  private words(): string {
    const limit = Number.isFinite(this.limitMs) ? `; approval-timeout ${formatDuration(this.limitMs)}` : '';
    return `waiting for ${this.who()}${limit}, not counted in the deploy's timeout`;
  }
}

function runDuration(run: RunSummary): number | undefined {
  const start = Date.parse(run.runStartedAt ?? run.createdAt);
  const end = Date.parse(run.updatedAt);
  return Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined;
}

/**
 * The run of the deploy workflow this ship dispatched at `ref`, found without its id: a
 * workflow_dispatch run at the ref created since the ship's deployment (both times are GitHub's,
 * so no clock skew between them), not one of `known`; a title carrying the ship id decides among
 * several, else the earliest.
 */
export async function findRunSince(
  client: GitHubClient,
  input: { workflow: string | number; ref: string; since: string; shipId: string; known?: ReadonlySet<number> }
): Promise<RunSummary | undefined> {
  const runs = await listDispatchRuns(client, { workflow: input.workflow, branch: input.ref, createdAfter: input.since });
  const found = pickDispatchedRun(runs, { knownBefore: input.known ?? new Set(), dispatchedAtMs: Date.parse(input.since), skewMs: 0, shipId: input.shipId });
  return found && runs.find((r) => r.id === found.id);
}

async function dispatchAndFind(
  client: GitHubClient,
  clock: Clock,
  input: WorkflowDeployInput,
  deadline: number,
  detail: string[]
): Promise<{ id: number; url?: string } | undefined> {
  // Runs are looked for from the ship's deployment on (GitHub's clock), else from the dispatch
  // (this runner's clock, allowing for skew).
  const since = input.since ?? new Date(Date.now() - CLOCK_SKEW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const find = () => findRunSince(client, { workflow: input.workflow, ref: input.ref, since, shipId: input.shipId, known: input.known });
  // A dispatched run appears within seconds: after a lost answer, keep looking for a while before
  // the dispatch may be sent again.
  const lookWindowMs = DISPATCH_LOOK_MS * client.timeScale;
  const look = async () => {
    const until = clock.now() + lookWindowMs;
    for (;;) {
      const run = await find();
      if (run) return { kind: 'run' as const, runId: run.id, htmlUrl: run.htmlUrl };
      if (clock.now() >= until) return undefined;
      await clock.sleep(Math.min(2_000 * client.timeScale + 10, Math.max(0, until - clock.now())));
    }
  };
  const outcome = await dispatchWorkflow(client, { workflow: input.workflow, ref: input.ref, inputs: input.inputs }, look);
  if (outcome.kind === 'run') {
    detail.push(`dispatched ${input.workflowName} at ${input.ref}; GitHub returned run ${outcome.runId}`);
    return { id: outcome.runId, url: outcome.htmlUrl };
  }
  detail.push(`dispatched ${input.workflowName} at ${input.ref}; GitHub returned no run id (older GitHub Enterprise Server), so the run is looked up`);
  // A dispatched run appears within seconds; give it up to a minute (or a quarter of the timeout).
  const searchUntil = Math.min(deadline, clock.now() + Math.min(60_000, Math.max(5_000, (deadline - clock.now()) / 4)));
  while (clock.now() < searchUntil) {
    const found = await find();
    if (found) {
      detail.push(`found run ${found.id} at ${input.ref}, created ${found.createdAt}`);
      return { id: found.id, url: found.htmlUrl };
    }
    await clock.sleep(Math.min(2_000, Math.max(0, searchUntil - clock.now())));
  }
  return undefined;
}
