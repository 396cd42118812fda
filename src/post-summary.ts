/**
 * The job summary of a cancelled ship (pure): for each deployment the post step marked `error`,
 * what main was doing there, what state the environment may be in and what a person should check;
 * the deployments that had already ended are named, left as they were. One environment reads as
 * it always did; several (waves) get a section each.
 */
import { code, link, text } from './report/markdown.js';
import type { ActivePhase, SavedDeployment } from './ship-state.js';

/** What the post step found and did for one saved deployment (post-deployments.ts). */
export interface PostDeployment {
  saved: SavedDeployment;
  /** Its newest status when the post step looked ('' none; undefined when it could not be read). */
  latest?: string;
  /** It had not ended (or its status could not be read): the post step marked it `error`, or tried to. */
  acted: boolean;
  /** Why it could not be marked `error` ('' when it was, or was left alone). */
  refused: string;
  /** Its deploy run's status as read just now ('' when unknown, or left alone). */
  runState: string;
  /** What the post step did about a traffic split in its environment, when traffic had moved. */
  traffic?: string[];
}

const DOING: Record<ActivePhase, string> = {
  deploying: 'deploying',
  verifying: 'verifying',
  'rolling-back': 'rolling back'
};

/** What main was doing, in a few words: `deploying v1.5.0 to production`. */
export function doing(phase: ActivePhase, next: string, previous: string, environment: string): string {
  if (phase === 'deploying') return `deploying ${next} to ${environment}`;
  if (phase === 'verifying') return `verifying ${next} in ${environment}`;
  return `rolling ${environment} back from ${next} to ${previous}`;
}

export interface PostSummaryInput {
  /** Every deployment main saved, as the post step found and left it. */
  deployments: PostDeployment[];
  owner: string;
  repo: string;
  serverUrl: string;
  jobRunUrl?: string;
}

export function renderPostSummary(i: PostSummaryInput): string {
  const acted = i.deployments.filter((d) => d.acted);
  const ended = i.deployments.filter((d) => !d.acted);
  const repoUrl = i.owner ? `${i.serverUrl}/${i.owner}/${i.repo}` : '';
  const deploymentLink = (d: PostDeployment) => (repoUrl ? link(String(d.saved.deploymentId), `${repoUrl}/deployments/${encodeURIComponent(d.saved.environment)}`) : String(d.saved.deploymentId));
  const lines: string[] = [];
  if (!acted.length) {
    lines.push('## ⚠️ ship-prod: cancelled', '', 'The job was cancelled after every deployment it had made had ended: none was marked `error`.');
  } else if (acted.length === 1) {
    const d = acted[0]!;
    const { next, previous, env, run } = wordsOf(d);
    lines.push(`## ⚠️ ship-prod: cancelled while ${DOING[d.saved.phase]}`, '');
    lines.push(
      `The job was cancelled while ship-prod was ${doing(d.saved.phase, next, previous, env)}, so it could not ${d.saved.phase === 'rolling-back' ? 'finish the rollback' : 'finish, roll back'} or report. ` +
        (d.refused ? `**Deployment ${d.saved.deploymentId} could not be marked \`error\`:** ${text(d.refused)}` : `Deployment ${deploymentLink(d)} is now marked \`error\`.`)
    );
    lines.push('', '### What state production may be in', '', ...stateLines(d, run).map((s) => `- ${s}`));
    lines.push('', '### What to check', '', ...checkLines(d, run).map((s) => `- ${s}`));
  } else {
    const names = acted.map((d) => code(d.saved.environment));
    const marked = acted.filter((d) => !d.refused);
    lines.push(`## ⚠️ ship-prod: cancelled while shipping to ${acted.length} environments`, '');
    lines.push(
      `The job was cancelled while ship-prod was working in ${names.join(', ')} at once, so it could not finish, roll back or report. ` +
        (marked.length ? `Deployment${marked.length > 1 ? 's' : ''} ${marked.map(deploymentLink).join(', ')} ${marked.length > 1 ? 'are' : 'is'} now marked \`error\`.` : '')
    );
    for (const d of acted) {
      const { next, previous, env, run } = wordsOf(d);
      const what = d.saved.phase === 'rolling-back' ? `rolling back from ${next} to ${previous}` : `${DOING[d.saved.phase]} ${next}`;
      lines.push('', `### ${env}: ${what}`, '');
      if (d.refused) lines.push(`**Deployment ${d.saved.deploymentId} could not be marked \`error\`:** ${text(d.refused)}`, '');
      lines.push('What state it may be in:', '', ...stateLines(d, run).map((s) => `- ${s}`));
      lines.push('', 'What to check:', '', ...checkLines(d, run).map((s) => `- ${s}`));
    }
  }
  if (ended.length) {
    lines.push('', `Already ended, left as ${ended.length > 1 ? 'they were' : 'it was'}: ${ended.map((d) => `deployment ${deploymentLink(d)} (${code(d.saved.environment)}, \`${d.latest || 'no status'}\`)`).join(', ')}.`);
  }
  if (i.jobRunUrl) lines.push('', `This job: ${link('workflow run', i.jobRunUrl)}.`);
  return lines.join('\n') + '\n';
}

function wordsOf(d: PostDeployment) {
  const { saved } = d;
  return {
    env: code(saved.environment),
    next: saved.tag ? code(saved.tag) : saved.version ? code(saved.version) : 'the new version',
    previous: saved.previousVersion ? code(saved.previousVersion) : 'the previous version',
    run: saved.runId ? link(`${saved.phase === 'rolling-back' ? 'run' : 'deploy run'} ${saved.runId}`, saved.runUrl) : ''
  };
}

/** What state the environment may be in. */
function stateLines(d: PostDeployment, run: string): string[] {
  const { next, previous } = wordsOf(d);
  const phase = d.saved.phase;
  if (d.traffic) return [...d.traffic];
  if (phase === 'deploying') {
    return [
      `The deploy of ${next} was under way: production may run ${next}, ${previous}, or a mix of both (${previous} may still be partly live).`,
      run
        ? `${run} is a separate workflow run: cancelling this job did not stop it.` + (d.runState ? ` It is ${text(d.runState)} now.` : ' Its status could not be read.')
        : 'The deploy run was not known yet (it may not have been dispatched, or may not have been found).'
    ];
  }
  if (phase === 'verifying') {
    return [
      `${next} had been deployed and was being health-checked: it is probably live, but it was not verified, and nothing rolled it back if it is unhealthy.`,
      ...(run ? [`The deploy ran in ${run}${d.runState ? ` (${text(d.runState)})` : ''}.`] : [])
    ];
  }
  return [
    `A rollback to ${previous} was under way after ${next} failed: production may run either version, or a mix of both.`,
    ...(run ? [`${run}, the last run ship-prod started, is separate from this job and may still be running${d.runState ? `: it is ${text(d.runState)} now` : ''}.`] : [])
  ];
}

/** What a person should check there. */
function checkLines(d: PostDeployment, run: string): string[] {
  const { next, previous, env } = wordsOf(d);
  const checks: string[] = [];
  if (run) checks.push(`Open ${run} and let it finish, or cancel it, before anything else deploys.`);
  checks.push(`Check what ${env} serves now (its health endpoint or version) and whether it is healthy.`);
  if (d.saved.phase === 'rolling-back') {
    checks.push(`If ${previous} is not fully back, roll back by hand: the "Rollback procedure" of this ship's report file (when it was written) lists the commands, and the action's docs/deploy.md explains the rollback.`);
  } else {
    checks.push(
      `Then either re-run this job (it resumes: it reuses the tag, the release and deployment ${d.saved.deploymentId}, and waits for the deploy run it dispatched rather than dispatching again), or roll back to ${previous} by hand.`
    );
  }
  checks.push(`The tag ${next} is kept and its release stays a draft until a ship of it succeeds.`);
  return checks;
}
