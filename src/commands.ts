/**
 * Running a user's shell command: the deploy and rollback commands, the pre-deploy and cleanup
 * hooks, the traffic command and the post step's switch-back all go through `runCommand`. Each runs
 * as `bash -eo pipefail -c` in a process group of its own (process-group.ts: whatever it leaves
 * running ends with it), with the ship's facts in its environment (SHIP_VERSION, SHIP_TAG,
 * SHIP_SHA, SHIP_ENVIRONMENT, SHIP_PREVIOUS_VERSION, plus what the caller adds, e.g. SHIP_TRAFFIC)
 * and nothing interpolated into the command text. The environment is the runner's, without the
 * action's own `INPUT_*` variables (the token, the webhook URLs and the deploy inputs among them).
 * Its exit code decides; its output goes to the log.
 */
import * as core from '@actions/core';
import type { Clock } from './clock.js';
import { formatDuration } from './config/durations.js';
import { runInGroup } from './process-group.js';

/** The `SHIP_*` facts a command gets. */
export interface CommandFacts {
  version: string;
  tag: string;
  sha: string;
  environment: string;
  /** The version being replaced: the previous one on a deploy, the new one on a rollback. */
  previousVersion: string;
}

export interface CommandResult {
  ok: boolean;
  /** `deploy command exited 3`, `cleanup command succeeded in 0.2s`. */
  summary: string;
  exitCode: number;
  durationMs: number;
}

/** A command as the ship record keeps it. */
export interface CommandRecord extends CommandResult {
  /** When it started (ISO). */
  at: string;
}

export interface CommandInput {
  facts: CommandFacts;
  timeoutMs: number;
  cwd: string;
  /** Names the command in its summary: `deploy`, `pre-deploy`, `traffic 50%`. */
  label: string;
  /** More variables (SHIP_TRAFFIC). */
  env?: Record<string, string>;
  /** From SIGTERM to SIGKILL for what outlives the command (tests shorten it). */
  killGraceMs?: number;
}

/** The command's environment (pure): the runner's without INPUT_*, then the SHIP_* facts, then `extra`. */
export function commandEnv(base: NodeJS.ProcessEnv, facts: CommandFacts, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !/^INPUT_/i.test(k)) env[k] = v;
  return {
    ...env,
    SHIP_VERSION: facts.version,
    SHIP_TAG: facts.tag,
    SHIP_SHA: facts.sha,
    SHIP_ENVIRONMENT: facts.environment,
    SHIP_PREVIOUS_VERSION: facts.previousVersion,
    ...extra
  };
}


export async function runCommand(command: string, input: CommandInput): Promise<CommandResult> {
  const env = commandEnv(process.env, input.facts, input.env);
  core.info(`[command]bash -eo pipefail -c ${command}`);
  const started = Date.now();
  const { exitCode, timedOut } = await runInGroup(command, { cwd: input.cwd, env, timeoutMs: input.timeoutMs, ...(input.killGraceMs !== undefined ? { killGraceMs: input.killGraceMs } : {}) });
  const durationMs = Date.now() - started;
  if (timedOut) {
    return { ok: false, exitCode, durationMs, summary: `${input.label} command did not finish within ${formatDuration(input.timeoutMs)} and was stopped` };
  }
  if (exitCode === 0) return { ok: true, exitCode, durationMs, summary: `${input.label} command succeeded in ${formatDuration(durationMs)}` };
  return { ok: false, exitCode, durationMs, summary: `${input.label} command exited ${exitCode}` };
}

/** Runs a command and records it with its start time. */
export async function recordCommand(command: string, input: CommandInput, clock: Clock): Promise<CommandRecord> {
  const at = new Date(clock.now()).toISOString();
  const result = await runCommand(command, input);
  return { ...result, at };
}
