/**
 * Entry: read inputs and the runner's facts, run the pipeline, publish the record. Nothing else.
 */
import * as core from '@actions/core';
import { InputError, readSettingsFromEnv } from './config/inputs.js';
import type { Settings } from './config/settings.js';
import { ContextError, readRunnerFacts } from './context.js';
import { conclude, newRecord } from './record.js';
import { readableStack } from './error-stack.js';
import { IS_POST_KEY, saveShipState } from './ship-state.js';
import { publishRecord } from './report/publish.js';
import type { ShipRecord } from './ship.js';
import { notifyShipEnd } from './notify/webhook.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The cancellation post step (action.yml post-if: cancelled()) runs only when this is saved.
  core.saveState(IS_POST_KEY, 'true');
  let record: ShipRecord;
  let settings: Settings | undefined;
  try {
    settings = readSettingsFromEnv(env);
    const facts = readRunnerFacts(env);
    const [owner, repo] = facts.repository.split('/') as [string, string];
    // Loaded once the inputs are good: a refused input is reported without the client and stages.
    const [{ createClient }, { runPipeline }] = await Promise.all([import('./github/client.js'), import('./pipeline.js')]);
    const client = createClient({
      token: settings.token,
      owner,
      repo,
      apiUrl: facts.apiUrl,
      timeScale: facts.timeScale
    });
    record = await runPipeline(settings, facts, client);
  } catch (error) {
    record = newRecord(settings);
    if (error instanceof InputError) {
      // One annotation per bad input, titled with the input's name (the run page shows them).
      error.problems.forEach((problem, i) => core.error(problem, { title: error.inputs[i] }));
      const names = [...new Set(error.inputs)].join(', ');
      conclude(record, 'blocked', `Invalid inputs${names ? ` (${names})` : ''}: nothing was done`, error.problems);
    } else if (error instanceof ContextError) {
      conclude(record, 'failed', `Cannot run here: ${error.message}`, ['Nothing was changed.']);
    } else {
      const message = readableStack(error);
      core.error(message);
      conclude(record, 'failed', `Unexpected error: ${error instanceof Error ? error.message : String(error)}`, [
        'This is a bug in ship-prod; the log has the stack trace. Check the release and deployment state before re-running.'
      ]);
    }
  }
  await notifyShipEnd(record, settings?.progressive?.notifyWebhooks ?? []);
  let reportFile = '';
  if (record.settings) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const [{ productionUrlOf }, { recordInStateFile, writeReportFile }] = await Promise.all([import('./deploy/stage.js'), import('./report/artifacts.js')]);
    recordInStateFile(record, workspace, { productionUrl: productionUrlOf(record.settings) });
    try {
      reportFile = writeReportFile(record, workspace);
    } catch (error) {
      core.warning(`Could not write the report file: ${(error as Error).message}`);
    }
  }
  await publishRecord(record, reportFile);
  saveShipState({ phase: 'done' });
}
