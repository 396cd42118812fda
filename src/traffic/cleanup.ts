/**
 * `cleanup-command`: once, after a successful ship (release published, deployment `success`), to
 * decommission the old (blue) environment. Never after a failed or rolled-back ship: the pipeline
 * calls it only on the shipped path. A failure is a warning in the log and the report; the ship
 * stays `shipped`.
 */
import * as core from '@actions/core';
import { runShipCommand } from '../deploy/pre-deploy.js';
import type { ShipRun, StageOutcome } from '../stage.js';

export async function runCleanup(run: ShipRun, published: boolean): Promise<StageOutcome> {
  const { settings, record } = run;
  const delivery = (record.delivery ??= {});
  if (!published) {
    const skipped = 'the release or the deployment could not be marked shipped, so the old environment is kept';
    delivery.cleanup = { ok: false, summary: `cleanup not run: ${skipped}`, exitCode: -1, durationMs: 0, at: new Date(run.clock.now()).toISOString(), skipped };
    record.warnings.push(delivery.cleanup.summary);
    core.warning(delivery.cleanup.summary);
    return { state: 'skipped', summary: delivery.cleanup.summary };
  }
  const result = await runShipCommand(run, { command: settings.progressive!.cleanupCommand, label: 'cleanup', timeoutMs: settings.deploy.timeoutMs });
  delivery.cleanup = result;
  if (!result.ok) {
    const warning = `${result.summary}: the old environment may not be decommissioned; the ship stays shipped`;
    record.warnings.push(warning);
    core.warning(warning);
    return { state: 'done', summary: `⚠️ ${warning}` };
  }
  return { state: 'done', summary: result.summary };
}
