/**
 * The pre-deploy hook (`pre-deploy-command`): after the release stage, before the deployment is
 * created. Backups, configuration and secret checks. A non-zero exit stops the ship before
 * production is touched: nothing deployed, nothing to roll back.
 *
 * `runShipCommand` runs any of the ship's own commands (pre-deploy, traffic, cleanup) with the
 * `SHIP_*` variables of this ship, and records what happened.
 */
import type { CommandRecord } from '../traffic/record.js';
import type { ShipRun, StageOutcome } from '../stage.js';
import { deployByCommand, type CommandFacts } from './command.js';

/** The `SHIP_*` facts of this ship: the new version, its tag and release commit, the previous version. */
export function shipCommandFacts(run: ShipRun): CommandFacts {
  const { record, context, settings } = run;
  return {
    version: record.version?.next ?? '',
    tag: record.version?.tag ?? '',
    sha: record.release?.commitSha ?? context.sha,
    environment: settings.environment,
    previousVersion: record.version?.previous ?? ''
  };
}

export async function runShipCommand(
  run: ShipRun,
  opts: { command: string; label: string; timeoutMs: number; env?: Record<string, string> }
): Promise<CommandRecord> {
  const at = new Date(run.clock.now()).toISOString();
  const result = await deployByCommand(opts.command, {
    facts: shipCommandFacts(run),
    timeoutMs: opts.timeoutMs,
    cwd: run.context.workspace,
    label: opts.label,
    ...(opts.env ? { env: opts.env } : {})
  });
  return { ok: result.ok, summary: result.summary, exitCode: result.exitCode, durationMs: result.durationMs, at };
}

export async function runPreDeploy(run: ShipRun): Promise<StageOutcome> {
  const { settings, record } = run;
  const command = settings.progressive?.preDeployCommand ?? '';
  if (settings.dryRun) {
    record.plan.push({ what: 'run the pre-deploy command before creating the deployment', detail: command });
    return { state: 'planned', summary: 'would run the pre-deploy command' };
  }
  const result = await runShipCommand(run, { command, label: 'pre-deploy', timeoutMs: settings.deploy.timeoutMs });
  record.delivery = { ...record.delivery, preDeploy: result };
  if (!result.ok) return { state: 'failed', summary: `${result.summary}: nothing was deployed` };
  return { state: 'done', summary: result.summary };
}
