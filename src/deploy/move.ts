/**
 * The one executor that puts a version in place in an environment: it runs a move's strategy
 * steps in order, within the move's timeout, and says what happened. A deploy is a move to the
 * new version with the deploy steps; a rollback is a move to the previous version with the
 * rollback steps (registry.ts). Nothing here knows which of the two it is running.
 */
import { formatDuration } from '../config/durations.js';
import { setDeploymentStatus } from '../github/deployments.js';
import type { RunEnv } from '../run-env.js';
import type { PlanEntry } from '../timeline.js';
import type { ApprovalRecord, TrafficRecord } from './record.js';
import type { DeployTarget, MoveContext, StrategyStep } from './strategies/types.js';

export interface Move {
  /** `deploy` or `rollback`: in log lines, status descriptions and the run's correlation id. */
  name: string;
  environment: string;
  target: DeployTarget;
  from: DeployTarget;
  steps: StrategyStep[];
  timeoutMs: number;
  shipId: string;
  deployInputs: Record<string, string>;
  deploymentId?: number;
  /** Where the environment answers, for the deployment's statuses. */
  environmentUrl?: string;
  resume?: MoveContext['resume'];
  onRun?: MoveContext['onRun'];
  traffic?: TrafficRecord;
}

export interface MoveOutcome {
  ok: boolean;
  /** Production was certainly not changed: the first step was refused before it began. */
  untouched: boolean;
  summary: string;
  runId?: number;
  runUrl?: string;
  conclusion?: string;
  inputs?: Record<string, string>;
  approval?: ApprovalRecord;
  durationMs: number;
  detail: string[];
  /** Tells the steps what the verification after the move found. */
  settle(verified: boolean): void;
}

function contextFor(env: RunEnv, move: Move, first: boolean, timeoutMs: number): MoveContext {
  const logUrl = env.context.runUrl || undefined;
  return {
    env,
    environment: move.environment,
    target: move.target,
    from: move.from,
    name: move.name,
    shipId: move.shipId,
    timeoutMs,
    first,
    deployInputs: move.deployInputs,
    ...(move.deploymentId !== undefined ? { deploymentId: move.deploymentId } : {}),
    status: async (description) => {
      if (move.deploymentId !== undefined) {
        await setDeploymentStatus(env.client, move.deploymentId, { state: 'in_progress', description, logUrl, environmentUrl: move.environmentUrl });
      }
    },
    ...(move.resume ? { resume: move.resume } : {}),
    ...(move.onRun ? { onRun: move.onRun } : {}),
    ...(move.traffic ? { traffic: move.traffic } : {})
  };
}

export async function executeMove(env: RunEnv, move: Move): Promise<MoveOutcome> {
  const { clock } = env;
  const started = clock.now();
  const detail: string[] = [];
  const settlers: Array<(verified: boolean) => void> = [];
  // The workflow's run stays the move's run when a branch or command step follows it.
  let run: Pick<MoveOutcome, 'runId' | 'runUrl' | 'conclusion'> = {};
  let inputs: Record<string, string> | undefined;
  let approval: ApprovalRecord | undefined;
  let last = '';
  for (const [i, { strategy, config }] of move.steps.entries()) {
    const remaining = Math.max(1_000, move.timeoutMs - (clock.now() - started));
    const outcome = await strategy.run(config, contextFor(env, move, i === 0, remaining));
    detail.push(...outcome.detail);
    if (outcome.runId !== undefined) run = { runId: outcome.runId, runUrl: outcome.runUrl, conclusion: outcome.conclusion };
    if (outcome.inputs) inputs = outcome.inputs;
    if (outcome.approval) approval = outcome.approval;
    if (outcome.onVerified) settlers.push(outcome.onVerified);
    last = outcome.summary;
    if (!outcome.ok) {
      return { ok: false, untouched: Boolean(outcome.untouched) && i === 0, summary: outcome.summary, ...run, inputs, ...(approval ? { approval } : {}), durationMs: clock.now() - started, detail, settle: () => undefined };
    }
  }
  const durationMs = clock.now() - started;
  const names = move.steps.map((s) => s.strategy.name);
  return {
    ok: true,
    untouched: false,
    summary: names.length > 1 ? `${move.target.tag} deployed by ${names.join(', ')} in ${formatDuration(durationMs)}` : last || 'deployed',
    ...run,
    inputs,
    ...(approval ? { approval } : {}),
    durationMs,
    detail,
    settle: (verified) => settlers.forEach((s) => s(verified))
  };
}

/** A dry run's plan for a move: one entry per step. */
export function planMove(env: RunEnv, move: Move): Array<PlanEntry & { inputs?: Record<string, string> }> {
  return move.steps.map(({ strategy, config }, i) => strategy.plan(config, contextFor(env, move, i === 0, move.timeoutMs)));
}
