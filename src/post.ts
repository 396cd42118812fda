/**
 * The post step (`post-if: cancelled()` in action.yml): when the job is cancelled while ship-prod
 * is deploying, verifying or rolling back, the main step is killed where it stands and cannot say
 * what it left behind. This step runs afterwards: it marks the ship's deployment `error` and writes
 * a job summary saying what state production may be in and what a person should check.
 *
 * It knows what main was doing only from what main saved with `saveShipState` (core.saveState,
 * read back with core.getState): the runner gives the post step main's saved state as STATE_*
 * variables. With phase `done`, or before any deployment exists, there is nothing to clean up.
 */
import * as core from '@actions/core';
import { readRun } from './github/actions.js';
import { createClient, explainGitHubError } from './github/client.js';
import { ConditionalCache } from './github/conditional.js';
import { setDeploymentStatus } from './github/deployments.js';
import { code, link, text } from './report/markdown.js';
import { readShipState, SHIP_STATE_KEY, type ShipPhase, type ShipStateFacts } from './ship-state.js';
import { readSettingsFromEnv } from './config/inputs.js';
import type { Settings } from './config/settings.js';
import { readRunnerFacts, runUrlOf, type RunnerFacts } from './context.js';
import { switchBackAfterCancel } from './deploy/cancel-traffic.js';
import { releaseLockAfterCancel } from './lock/after-cancel.js';

const DOING: Record<Exclude<ShipPhase, 'done'>, string> = {
  deploying: 'deploying',
  verifying: 'verifying',
  'rolling-back': 'rolling back'
};

/** What main was doing, in a few words: `deploying v1.5.0 to production`. */
function doing(phase: Exclude<ShipPhase, 'done'>, next: string, previous: string, environment: string): string {
  if (phase === 'deploying') return `deploying ${next} to ${environment}`;
  if (phase === 'verifying') return `verifying ${next} in ${environment}`;
  return `rolling ${environment} back from ${next} to ${previous}`;
}

export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runPostSteps(env);
  // Production first (above); then the environment's lock, whatever main was doing.
  await releaseLockAfterCancel(env);
}

async function runPostSteps(env: NodeJS.ProcessEnv): Promise<void> {
  const facts = readShipState(core.getState(SHIP_STATE_KEY));
  if (!facts || facts.phase === 'done' || !facts.deploymentId) {
    const why = !facts ? 'the main step saved no deploy state' : facts.phase === 'done' ? 'the main step had finished' : 'no deployment had been created yet';
    core.info(`ship-prod post: nothing to clean up (${why}).`);
    return;
  }
  const phase = facts.phase;
  const deploymentId = facts.deploymentId;
  // The same readers as main: main ran with these inputs and facts, so they read as they did there.
  let settings: Settings;
  let runner: RunnerFacts;
  try {
    settings = readSettingsFromEnv(env);
    runner = readRunnerFacts(env);
  } catch (error) {
    core.warning(`ship-prod post: cannot mark deployment ${deploymentId} as error: ${(error as Error).message}`);
    return;
  }
  const environmentName = settings.environment;
  const [owner = '', repo = ''] = runner.repository.split('/');
  const serverUrl = runner.serverUrl;
  const jobRunUrl = runUrlOf(runner) || undefined;
  const what = doing(phase, facts.tag ?? (facts.version ? `version ${facts.version}` : 'the new version'), facts.previousVersion ?? 'the previous version', environmentName);
  core.warning(`ship-prod was cancelled while ${what}: marking deployment ${deploymentId} as error.`);

  const client = createClient({ token: settings.token, owner, repo, apiUrl: runner.apiUrl, timeScale: runner.timeScale });

  // Production first: a traffic split is moved back before anything is recorded.
  const traffic = await switchBackAfterCancel(settings, env);
  let marked = '';
  try {
    await setDeploymentStatus(client, deploymentId, {
      state: 'error',
      description: `job cancelled while ${what}; ${traffic?.movedBack ? 'traffic moved back to the previous version' : 'production state unknown'}${facts.runId ? `, see run ${facts.runId}` : ''}`,
      logUrl: jobRunUrl
    });
  } catch (error) {
    marked = explainGitHubError(error, `Marking deployment ${deploymentId} as error`, 'deployments: write');
    core.warning(marked);
  }

  let runState = '';
  if (facts.runId) {
    try {
      const run = await readRun(client, facts.runId, new ConditionalCache());
      runState = run.status === 'completed' ? `completed, ${run.conclusion ?? 'no conclusion'}` : (run.status ?? 'unknown');
    } catch (error) {
      core.info(`Could not read deploy run ${facts.runId}: ${(error as Error).message}`);
    }
  }

  const summary = renderPostSummary({ facts, phase, deploymentId, environmentName, owner, repo, serverUrl, jobRunUrl, marked, runState, ...(traffic ? { traffic: traffic.lines } : {}) });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

interface PostSummaryInput {
  facts: ShipStateFacts;
  phase: Exclude<ShipPhase, 'done'>;
  deploymentId: number;
  environmentName: string;
  owner: string;
  repo: string;
  serverUrl: string;
  jobRunUrl?: string;
  /** Why the deployment could not be marked ('' when it was). */
  marked: string;
  /** The deploy run's status as read just now ('' when unknown). */
  runState: string;
  /** What the post step did about a traffic split (traffic/cancel.ts), when traffic had moved. */
  traffic?: string[];
}

/** The job summary of a cancelled ship (pure). */
export function renderPostSummary(i: PostSummaryInput): string {
  const { facts } = i;
  const env = code(i.environmentName);
  const next = facts.tag ? code(facts.tag) : facts.version ? code(facts.version) : 'the new version';
  const previous = facts.previousVersion ? code(facts.previousVersion) : 'the previous version';
  const repoUrl = i.owner ? `${i.serverUrl}/${i.owner}/${i.repo}` : '';
  const run = facts.runId ? link(`${i.phase === 'rolling-back' ? 'run' : 'deploy run'} ${facts.runId}`, facts.runUrl) : '';
  const lines: string[] = [`## ⚠️ ship-prod: cancelled while ${DOING[i.phase]}`, ''];
  lines.push(
    `The job was cancelled while ship-prod was ${doing(i.phase, next, previous, env)}, so it could not ${i.phase === 'rolling-back' ? 'finish the rollback' : 'finish, roll back'} or report. ` +
      (i.marked
        ? `**Deployment ${i.deploymentId} could not be marked \`error\`:** ${text(i.marked)}`
        : `Deployment ${repoUrl ? link(String(i.deploymentId), `${repoUrl}/deployments/${encodeURIComponent(i.environmentName)}`) : i.deploymentId} is now marked \`error\`.`)
  );
  lines.push('', '### What state production may be in', '');
  const state: string[] = [];
  if (i.traffic) {
    state.push(...i.traffic);
  } else if (i.phase === 'deploying') {
    state.push(`The deploy of ${next} was under way: production may run ${next}, ${previous}, or a mix of both (${previous} may still be partly live).`);
    if (run) {
      state.push(
        `${run} is a separate workflow run: cancelling this job did not stop it.` +
          (i.runState ? ` It is ${text(i.runState)} now.` : ' Its status could not be read.')
      );
    } else {
      state.push('The deploy run was not known yet (it may not have been dispatched, or may not have been found).');
    }
  } else if (i.phase === 'verifying') {
    state.push(`${next} had been deployed and was being health-checked: it is probably live, but it was not verified, and nothing rolled it back if it is unhealthy.`);
    if (run) state.push(`The deploy ran in ${run}${i.runState ? ` (${text(i.runState)})` : ''}.`);
  } else {
    state.push(`A rollback to ${previous} was under way after ${next} failed: production may run either version, or a mix of both.`);
    if (run) state.push(`${run}, the last run ship-prod started, is separate from this job and may still be running${i.runState ? `: it is ${text(i.runState)} now` : ''}.`);
  }
  lines.push(...state.map((s) => `- ${s}`));
  lines.push('', '### What to check', '');
  const checks: string[] = [];
  if (run) checks.push(`Open ${run} and let it finish, or cancel it, before anything else deploys.`);
  checks.push(`Check what ${env} serves now (its health endpoint or version) and whether it is healthy.`);
  if (i.phase === 'rolling-back') {
    checks.push(`If ${previous} is not fully back, roll back by hand: the report file of this ship (when written) and the README list the commands.`);
  } else {
    checks.push(
      `Then either re-run this job (it resumes: it reuses the tag, the release and deployment ${i.deploymentId}, and waits for the deploy run it dispatched rather than dispatching again), or roll back to ${previous} by hand.`
    );
  }
  checks.push(`The tag ${next} is kept and its release stays a draft until a ship of it succeeds.`);
  lines.push(...checks.map((s) => `- ${s}`));
  if (i.jobRunUrl) lines.push('', `This job: ${link('workflow run', i.jobRunUrl)}.`);
  return lines.join('\n') + '\n';
}
