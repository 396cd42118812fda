/**
 * Entry: read the inputs and the runner's facts, run the pipeline, and finish the ship (notify,
 * the state file, the report file, the summary and outputs). Nothing else.
 */
import * as core from '@actions/core';
import { InputError, inputEnvName, readSettingsLoadingLibraries } from './config/inputs.js';
import { redactJson } from './config/secrets.js';
import type { Settings } from './config/settings.js';
import { ContextError, readRunnerFacts } from './context.js';
import { conclude, newRecord } from './record.js';
import { readableStack } from './error-stack.js';
import { markForPostStep, saveShipState } from './ship-state.js';
import type { ShipRecord } from './ship.js';
import { originOf } from './verify/check-spec.js';
import { readWebhooksAlone } from './notify/inputs.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The cancellation post step (action.yml post-if: cancelled()) runs only when this is saved.
  markForPostStep(env);
  let record: ShipRecord;
  let settings: Settings | undefined;
  try {
    settings = await readSettingsLoadingLibraries(env);
    const facts = readRunnerFacts(env);
    const [owner, repo] = facts.repository.split('/') as [string, string];
    // Loaded once the inputs are good: a refused input is reported without the client and stages.
    const { createClient, runPipeline } = await import('./pipeline.js');
    const client = createClient({ token: settings.token, owner, repo, apiUrl: facts.apiUrl, timeScale: facts.timeScale });
    record = await runPipeline(settings, facts, client);
  } catch (error) {
    record = newRecord(settings);
    if (error instanceof InputError) {
      // One annotation per bad input, titled with the input's name (the run page shows them).
      error.problems.forEach((problem, i) => core.error(problem, { title: error.inputs[i] }));
      conclude(record, { at: 'inputs', inputs: error.inputs, problems: error.problems });
    } else if (error instanceof ContextError) {
      conclude(record, { at: 'runner', reason: error.message });
    } else {
      core.error(readableStack(error));
      conclude(record, { at: 'bug', reason: error instanceof Error ? error.message : String(error) });
    }
  }
  // Bad inputs lose the settings, not the webhooks: notify-webhook is read on its own then.
  const webhooks = settings ? (settings.notify?.webhooks ?? []) : readWebhooksAlone(env[inputEnvName('notify-webhook')] ?? '');
  // Everything shown from here on is drawn from the record: no secret in it, whatever its shape.
  record = redactJson(record);
  // Loaded at the end: the report's and the notifier's code is no part of the start-up.
  const [{ notifyShipEnd }, { publishRecord }] = await Promise.all([import('./notify/webhook.js'), import('./report/publish.js')]);
  await notifyShipEnd(record, webhooks);
  let reportFile = '';
  if (record.settings) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const [{ recordInStateFile }, { writeReportFile }] = await Promise.all([import('./state-file/record.js'), import('./report/artifacts.js')]);
    await recordInStateFile(record, workspace, { productionUrl: originOf(record.settings.health.checks) });
    try {
      reportFile = writeReportFile(record, workspace);
    } catch (error) {
      core.warning(`Could not write the report file: ${(error as Error).message}`);
    }
  }
  await publishRecord(record, reportFile);
  saveShipState({ phase: 'done' });
}
