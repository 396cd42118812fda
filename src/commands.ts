/**
 * Running a user's shell command: the deploy and rollback commands, the pre-deploy and cleanup
 * hooks and the traffic command all go through `runCommand`. Each runs in bash through
 * @actions/exec, with the ship's facts in its environment (SHIP_VERSION, SHIP_TAG, SHIP_SHA,
 * SHIP_ENVIRONMENT, SHIP_PREVIOUS_VERSION, plus what the caller adds, e.g. SHIP_TRAFFIC) and
 * nothing interpolated into the command text. Its exit code decides; its output goes to the log.
 */
import { exec } from '@actions/exec';
import { existsSync } from 'node:fs';
import type { Clock } from './clock.js';
import { formatDuration } from './config/durations.js';

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
}

export async function runCommand(command: string, input: CommandInput): Promise<CommandResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    SHIP_VERSION: input.facts.version,
    SHIP_TAG: input.facts.tag,
    SHIP_SHA: input.facts.sha,
    SHIP_ENVIRONMENT: input.facts.environment,
    SHIP_PREVIOUS_VERSION: input.facts.previousVersion,
    ...input.env
  });
  // coreutils `timeout` ends a command that outlives its timeout (Linux runners have it).
  const seconds = Math.max(1, Math.ceil(input.timeoutMs / 1000));
  const withTimeout = existsSync('/usr/bin/timeout') || existsSync('/bin/timeout');
  const [tool, args] = withTimeout
    ? ['timeout', ['--kill-after=10s', `${seconds}s`, 'bash', '-eo', 'pipefail', '-c', command]]
    : ['bash', ['-eo', 'pipefail', '-c', command]];
  const started = Date.now();
  const exitCode = await exec(tool, args as string[], { cwd: input.cwd, env, ignoreReturnCode: true });
  const durationMs = Date.now() - started;
  if (exitCode === 0) return { ok: true, exitCode, durationMs, summary: `${input.label} command succeeded in ${formatDuration(durationMs)}` };
  if (withTimeout && (exitCode === 124 || exitCode === 137)) {
    return { ok: false, exitCode, durationMs, summary: `${input.label} command did not finish within ${formatDuration(input.timeoutMs)} and was stopped` };
  }
  return { ok: false, exitCode, durationMs, summary: `${input.label} command exited ${exitCode}` };
}

/** Runs a command and records it with its start time. */
export async function recordCommand(command: string, input: CommandInput, clock: Clock): Promise<CommandRecord> {
  const at = new Date(clock.now()).toISOString();
  const result = await runCommand(command, input);
  return { ...result, at };
}
