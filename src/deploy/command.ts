/**
 * Deploy by command: run it with @actions/exec in bash, with the ship's facts in its environment
 * (SHIP_VERSION, SHIP_TAG, SHIP_SHA, SHIP_ENVIRONMENT, SHIP_PREVIOUS_VERSION) and nothing
 * interpolated into the command text. Its exit code decides; its output goes to the log.
 */
import { exec } from '@actions/exec';
import { existsSync } from 'node:fs';
import { formatDuration } from '../config/durations.js';

export interface CommandFacts {
  version: string;
  tag: string;
  sha: string;
  environment: string;
  previousVersion: string;
}

export async function deployByCommand(
  command: string,
  input: { facts: CommandFacts; timeoutMs: number; cwd: string; label: string; env?: Record<string, string> }
): Promise<{ ok: boolean; summary: string; exitCode: number; durationMs: number }> {
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
  // coreutils `timeout` ends a command that outlives the deploy timeout (Linux runners have it).
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
