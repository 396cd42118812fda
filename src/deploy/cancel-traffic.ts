/**
 * A job cancelled in the middle of the traffic steps must not leave production on a partial split
 * without saying so. Main saves the percent it is moving to before each traffic command (its own
 * state key, beside the ship state); the post step (runPost, `post-if: cancelled()`) then moves
 * all the traffic back to the previous version (`SHIP_TRAFFIC=0`), checks production with the
 * health checks when it can, and says what it did in the job summary.
 */
import * as core from '@actions/core';
import type { Settings } from '../config/settings.js';
import { systemClock } from '../clock.js';
import { runCommand, type CommandFacts } from '../commands.js';
import { makeProbe, waitHealthy } from '../verify/index.js';

export const TRAFFIC_STATE_KEY = 'traffic';

export interface TrafficState {
  /** The percent main was moving to (or had reached) when it last saved. */
  percent: number;
  facts: CommandFacts;
}

let lastSaved: string | undefined;

/** Saves the split main is moving to, before it moves it. */
export function saveTrafficState(state: TrafficState): void {
  const text = JSON.stringify(state);
  if (text === lastSaved) return;
  lastSaved = text;
  core.saveState(TRAFFIC_STATE_KEY, text);
}

export function readTrafficState(raw: string): TrafficState | undefined {
  try {
    const parsed = JSON.parse(raw) as Partial<TrafficState>;
    const f = parsed.facts as Partial<CommandFacts> | undefined;
    if (typeof parsed.percent !== 'number' || !f || typeof f.version !== 'string') return undefined;
    return {
      percent: parsed.percent,
      facts: { version: f.version, tag: String(f.tag ?? ''), sha: String(f.sha ?? ''), environment: String(f.environment ?? ''), previousVersion: String(f.previousVersion ?? '') }
    };
  } catch {
    return undefined;
  }
}

/**
 * In the post step of a cancelled job: when main had moved (or was moving) traffic to the new
 * version, move it all back and verify. Returns lines for the post summary and whether the traffic
 * command moved it back (and the environment it was in), or undefined when no traffic had moved. Never throws. `settings`: the
 * inputs as the post step read them (the same reader as main).
 */
export async function switchBackAfterCancel(settings: Settings, env: NodeJS.ProcessEnv = process.env): Promise<{ lines: string[]; movedBack: boolean; environment: string } | undefined> {
  const state = readTrafficState(core.getState(TRAFFIC_STATE_KEY));
  if (!state || state.percent <= 0) return undefined;
  const { facts } = state;
  const previous = facts.previousVersion || 'the previous version';
  const command = settings.progressive?.trafficCommand ?? '';
  if (!command) return undefined;
  core.warning(`ship-prod was cancelled with ${state.percent}% of the traffic on ${facts.tag}: moving it all back to ${previous} (SHIP_TRAFFIC=0).`);
  const result = await runCommand(command, {
    facts,
    timeoutMs: settings.rollback.timeoutMs,
    cwd: env.GITHUB_WORKSPACE || process.cwd(),
    label: 'switch-back',
    env: { SHIP_TRAFFIC: '0' }
  }).catch((error: unknown) => ({ ok: false, summary: `switch-back command could not run: ${(error as Error).message}` }));
  const lines = [`The job was cancelled during the traffic steps, with ${state.percent}% of the traffic on ${facts.tag || facts.version}.`];
  if (!result.ok) {
    lines.push(`The post step ran the traffic command with SHIP_TRAFFIC=0 to move it back to ${previous}, and it failed (${result.summary}): **production may still be split. Move the traffic back by hand now.**`);
    return { movedBack: false, lines, environment: facts.environment };
  }
  lines.push(`The post step moved all the traffic back to ${previous} (traffic command with SHIP_TRAFFIC=0: ${result.summary}).`);
  if (settings.health.checks.length === 0) {
    lines.push('No health checks are configured, so production was not verified: check it yourself.');
    return { movedBack: true, lines, environment: facts.environment };
  }
  const healthy = await waitHealthy(settings.health.checks, {
    timeoutMs: Math.min(settings.health.timeoutMs, settings.rollback.timeoutMs),
    intervalMs: settings.health.intervalMs,
    ...(facts.previousVersion ? { expectVersion: facts.previousVersion } : {}),
    probe: makeProbe({ clock: systemClock }),
    clock: systemClock
  });
  lines.push(
    healthy.verdict === 'passed'
      ? `Production verified on ${previous}: ${healthy.reason}.`
      : `Production did **not** verify on ${previous}: ${healthy.reason}. Check it now.`
  );
  return { movedBack: true, lines, environment: facts.environment };
}
