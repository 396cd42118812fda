/**
 * The post step (`post-if: cancelled()` in action.yml): when the job is cancelled while ship-prod
 * is deploying, verifying or rolling back, the main step is killed where it stands and cannot say
 * what it left behind. This step runs afterwards: it marks `error` every deployment of the ship
 * that had not ended (each environment's, several with waves; post-deployments.ts looks at each
 * one first) and writes a job summary saying what state each environment may be in and what a
 * person should check (post-summary.ts); then it releases the locks the run held.
 *
 * It knows what main was doing only from what main saved with `saveShipState` (core.saveState,
 * read back with core.getState): the runner gives the post step main's saved state as STATE_*
 * variables. With `done`, or before any deployment exists, there is nothing to clean up.
 */
import * as core from '@actions/core';
import { createClient } from './github/client.js';
import { readShipState, SHIP_STATE_KEY } from './ship-state.js';
import { readSettingsLoadingLibraries } from './config/inputs.js';
import type { Settings } from './config/settings.js';
import { readRunnerFacts, runUrlOf, type RunnerFacts } from './context.js';
import { switchBackAfterCancel } from './deploy/cancel-traffic.js';
import { releaseLockAfterCancel } from './lock/after-cancel.js';
import { markCancelledDeployments } from './post-deployments.js';
import { renderPostSummary } from './post-summary.js';

export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runPostSteps(env);
  // Production first (above); then the environments' locks, whatever main was doing.
  await releaseLockAfterCancel(env);
}

async function runPostSteps(env: NodeJS.ProcessEnv): Promise<void> {
  const state = readShipState(core.getState(SHIP_STATE_KEY));
  if (!state || state.done || !state.deployments.length) {
    const why = !state ? 'the main step saved no deploy state' : state.done ? 'the main step had finished' : 'no deployment had been created yet';
    core.info(`ship-prod post: nothing to clean up (${why}).`);
    return;
  }
  const ids = state.deployments.map((d) => d.deploymentId).join(', ');
  // The same readers as main: main ran with these inputs and facts, so they read as they did there.
  let settings: Settings;
  let runner: RunnerFacts;
  try {
    settings = await readSettingsLoadingLibraries(env);
    runner = readRunnerFacts(env);
  } catch (error) {
    core.warning(`ship-prod post: cannot mark deployment${state.deployments.length > 1 ? 's' : ''} ${ids} as error: ${(error as Error).message}`);
    return;
  }
  const [owner = '', repo = ''] = runner.repository.split('/');
  const jobRunUrl = runUrlOf(runner) || undefined;
  const client = createClient({ token: settings.token, owner, repo, apiUrl: runner.apiUrl, timeScale: runner.timeScale });

  // Production first: a traffic split is moved back before anything is recorded.
  const traffic = await switchBackAfterCancel(settings, env);
  const deployments = await markCancelledDeployments(client, state.deployments, { ...(jobRunUrl ? { jobRunUrl } : {}), ...(traffic ? { traffic } : {}) });

  const summary = renderPostSummary({ deployments, owner, repo, serverUrl: runner.serverUrl, ...(jobRunUrl ? { jobRunUrl } : {}) });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}
