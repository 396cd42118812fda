/**
 * The summary's Waves section (a ship with `waves`): one row per environment, wave by wave, with
 * its version after the ship, deployment, deploy run, health, window (the wave's bake), verdict,
 * times and approval; then where the line stopped, and the locks held.
 */
import { formatDuration } from '../config/durations.js';
import type { EnvironmentRecord } from '../deploy/record.js';
import type { ShipRecord } from '../ship.js';
import { cell, code, link, raw, table, text } from './markdown.js';

const VERDICT: Record<EnvironmentRecord['outcome'], string> = {
  shipped: '✅ verified',
  planned: '🧪 planned',
  untouched: '⏹️ not changed',
  restored: '↩️ rolled back',
  unknown: '❌ may be wrong'
};

const ICON = { passed: '✅', failed: '❌', skipped: '–' } as const;

/** `12:04:31 +1m 5s`: when the environment's unit started (UTC time of day) and how long it took. */
function times(e: EnvironmentRecord): string {
  if (!e.startedAt) return '–';
  return `${e.startedAt.slice(11, 19)} +${formatDuration(e.durationMs ?? 0)}`;
}

function approval(e: EnvironmentRecord): string {
  const a = e.approval;
  if (!a) return '–';
  const who = a.reviewers.length ? a.reviewers.join(', ') : 'a reviewer';
  return `${a.outcome === 'approved' ? `approved (${who})` : a.outcome} after ${formatDuration(a.waitedMs)}`;
}

export function wavesSection(record: ShipRecord): string {
  const waves = record.waves;
  if (!waves) return '';
  const c = record.context;
  const deployments = c ? `${c.serverUrl}/${c.owner}/${c.repo}/deployments` : undefined;
  const envs = record.environments ?? [];
  const lines: string[] = [];
  const stopped = waves.stoppedAt;
  lines.push(
    stopped
      ? `The line stopped at ${code(stopped.environment)} in wave ${code(stopped.wave)}; no later wave started (rollback-scope ${code(waves.scope)}). Waves verified before it: ${waves.verified.length ? waves.verified.map(code).join(', ') : 'none'}.`
      : `${waves.verified.length} of ${waves.names.length} waves verified: ${waves.names.map(code).join(' → ')}.`
  );
  lines.push(
    table(
      ['wave', 'environment', 'version', 'deployment', 'deploy run', 'health', 'window', 'verdict', 'started, took', 'approval'],
      envs.map((e) => [
        e.wave ?? '',
        e.name,
        e.version ?? '?',
        raw(e.deploymentId ? link(`${e.deploymentId}${e.deployedBefore ? ' (before)' : ''}`, deployments ? `${deployments}?environment=${encodeURIComponent(e.name)}` : undefined) : '–'),
        raw(e.runId ? link(`run ${e.runId}`, e.runUrl) : '–'),
        e.health ? `${ICON[e.health]} ${e.health}` : '–',
        e.window ? `${ICON[e.window.verdict]} ${formatDuration(e.window.durationMs)}` : '–',
        `${VERDICT[e.outcome]}${e.failure ? `: ${cell(e.failure)}` : ''}`,
        times(e),
        approval(e)
      ])
    )
  );
  const locks = record.locks ?? [];
  if (locks.length) lines.push(`Locks: ${locks.map((l) => `${code(l.ref)} ${text(l.state)}`).join(', ')}.`);
  return `### Waves\n${lines.join('\n\n')}`;
}
