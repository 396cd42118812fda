/**
 * `cleanup-command`: once, after a successful ship (release published, deployment `success`), to
 * decommission the old (blue) environment. Never after a failed or rolled-back ship: the pipeline
 * runs it on the shipped path only. A failure is a warning in the log and the report; the ship
 * stays `shipped`.
 */
import { recordCommand, type CommandFacts, type CommandRecord } from '../commands.js';
import type { RunEnv } from '../run-env.js';
import type { StageOutcome } from '../timeline.js';

export type CleanupRecord = CommandRecord & { skipped?: string };

export async function runCleanup(env: RunEnv, command: string, facts: CommandFacts, published: boolean): Promise<StageOutcome & { record: CleanupRecord }> {
  if (!published) {
    const skipped = 'the release or the deployment could not be marked shipped, so the old environment is kept';
    const record: CleanupRecord = { ok: false, summary: `cleanup not run: ${skipped}`, exitCode: -1, durationMs: 0, at: new Date(env.clock.now()).toISOString(), skipped };
    env.timeline.warn(record.summary);
    return { state: 'skipped', summary: record.summary, record };
  }
  const record = await recordCommand(command, { facts, timeoutMs: env.settings.deploy.timeoutMs, cwd: env.context.workspace, label: 'cleanup' }, env.clock);
  if (!record.ok) {
    const warning = `${record.summary}: the old environment may not be decommissioned; the ship stays shipped`;
    env.timeline.warn(warning);
    return { state: 'done', summary: `⚠️ ${warning}`, record };
  }
  return { state: 'done', summary: record.summary, record };
}
