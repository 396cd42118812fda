/**
 * The pre-deploy hook (`pre-deploy-command`): after the release stage, before any deployment is
 * created. Backups, configuration and secret checks. A non-zero exit stops the ship before
 * production is touched: nothing deployed, nothing to roll back.
 */
import { recordCommand, type CommandFacts, type CommandRecord } from '../commands.js';
import type { RunEnv } from '../run-env.js';
import type { StageOutcome } from '../timeline.js';

export async function runPreDeploy(env: RunEnv, command: string, facts: CommandFacts): Promise<StageOutcome & { record?: CommandRecord }> {
  const { settings } = env;
  if (settings.dryRun) {
    env.timeline.plan({ what: 'run the pre-deploy command before creating the deployment', detail: command });
    return { state: 'planned', summary: 'would run the pre-deploy command' };
  }
  const record = await recordCommand(command, { facts, timeoutMs: settings.deploy.timeoutMs, cwd: env.context.workspace, label: 'pre-deploy' }, env.clock);
  if (!record.ok) return { state: 'failed', summary: `${record.summary}: nothing was deployed`, record };
  return { state: 'done', summary: record.summary, record };
}
