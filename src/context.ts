/**
 * Resolve: who runs us (the event and the runner's variables) and which commit ships.
 * Reading the environment is separated from the one API call, so the decision is testable. The
 * call is skipped when the runner already says it all: the event's own commit is GITHUB_SHA, and
 * its tree (which only the lock and the release commit need) comes from git when the workspace
 * has it checked out (content-addressed as on GitHub), asked once the gates' first requests are
 * out: spawning git takes the thread for about 15 ms, which would hold those requests up.
 */
import { readFileSync, existsSync } from 'node:fs';
import type { GitHubClient } from './github/client.js';
import { timeScaleFrom } from './github/time-scale.js';
import { once } from './once.js';
import { checkedOutAt } from './workspace/checkout.js';

/** Who runs the ship and what it ships: resolved once, read by every stage. */
export interface ShipContext {
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  /** The commit validated on staging (a full SHA once resolved). */
  sha: string;
  /** What `ref` said, or the event's ref. */
  ref: string;
  /** The branch the shipped commit belongs to, when known (for rules and fast-forward). */
  branch: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  workflow: string;
  job: string;
  actor: string;
  workspace: string;
}

/** What the runner tells us through its environment and the event file. */
export interface RunnerFacts {
  repository: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  eventSha: string;
  eventRef: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  job: string;
  actor: string;
  workspace: string;
  event: EventPayload;
  /** 1 in production; tests against the sandbox shorten waits with it (SHIP_PROD_TIME_SCALE, github/pacing.ts). */
  timeScale: number;
  /** Longest silence in a wait before a progress line (SHIP_PROD_PROGRESS_MS, for tests); default 20 s. */
  progressEveryMs?: number;
}

/** The few fields of the event payload the action reads. */
export interface EventPayload {
  release?: { tag_name?: string; target_commitish?: string; draft?: boolean; prerelease?: boolean; id?: number; html_url?: string };
  repository?: { default_branch?: string };
  inputs?: Record<string, unknown>;
}

export class ContextError extends Error {}

export function readRunnerFacts(env: NodeJS.ProcessEnv = process.env): RunnerFacts {
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new ContextError(`GITHUB_REPOSITORY is "${repository}"; expected owner/name (is this running inside GitHub Actions?)`);
  }
  let event: EventPayload = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath && existsSync(eventPath)) {
    try {
      event = JSON.parse(readFileSync(eventPath, 'utf8')) as EventPayload;
    } catch (error) {
      throw new ContextError(`GITHUB_EVENT_PATH ${eventPath} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    repository,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventSha: env.GITHUB_SHA ?? '',
    eventRef: env.GITHUB_REF ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    event,
    timeScale: timeScaleFrom(env),
    ...(Number(env.SHIP_PROD_PROGRESS_MS) > 0 ? { progressEveryMs: Number(env.SHIP_PROD_PROGRESS_MS) } : {})
  };
}

/** This workflow run's page, or '' outside a run. */
export function runUrlOf(facts: Pick<RunnerFacts, 'serverUrl' | 'repository' | 'runId'>): string {
  return facts.runId ? `${facts.serverUrl}/${facts.repository}/actions/runs/${facts.runId}` : '';
}

/** Which ref to ship and which branch it belongs to, before asking the API. */
export function chooseRef(facts: RunnerFacts, refInput: string): { ref: string; branch: string } {
  const defaultBranch = facts.event.repository?.default_branch ?? '';
  const branchOfEvent = facts.eventRef.startsWith('refs/heads/') ? facts.eventRef.slice('refs/heads/'.length) : '';
  if (refInput) {
    const looksLikeSha = /^[0-9a-f]{7,40}$/i.test(refInput);
    const branch = refInput.startsWith('refs/heads/')
      ? refInput.slice('refs/heads/'.length)
      : looksLikeSha || refInput.startsWith('refs/tags/')
        ? branchOfEvent || defaultBranch
        : refInput;
    return { ref: refInput, branch };
  }
  if (facts.eventName === 'release' && facts.event.release?.tag_name) {
    const target = facts.event.release.target_commitish ?? '';
    const branch = target && !/^[0-9a-f]{40}$/i.test(target) ? target : defaultBranch;
    return { ref: `refs/tags/${facts.event.release.tag_name}`, branch };
  }
  if (!facts.eventSha) throw new ContextError('no `ref` input and no GITHUB_SHA: nothing says which commit to ship');
  return { ref: facts.eventSha, branch: branchOfEvent || defaultBranch };
}

/** The ship is of the event's own commit (no `ref`, not a release): GITHUB_SHA says which, no question asked. */
export function isEventCommit(facts: RunnerFacts, refInput: string): boolean {
  return !refInput && !(facts.eventName === 'release' && facts.event.release?.tag_name) && /^[0-9a-f]{40}$/i.test(facts.eventSha);
}

/** The tree of the event's commit, from the workspace when it has that commit checked out; else undefined (ask the API). */
export async function checkedOutEventTree(facts: RunnerFacts): Promise<string | undefined> {
  return (await checkedOutAt(facts.workspace, facts.eventSha))?.tree;
}

export interface Resolved {
  context: ShipContext;
  /**
   * The shipped commit's tree (the lock commit's, and the base of the release commit's): asked at
   * the first call, once. Known at once when the commit was read through the API.
   */
  tree: () => Promise<string>;
}

/**
 * Resolve the ref to a full commit SHA and the branch when unknown. The event's own commit needs
 * no request; another ref is read through the API (one request, which gives its tree too).
 */
export async function resolveContext(client: GitHubClient, facts: RunnerFacts, refInput: string): Promise<Resolved> {
  const { ref, branch: guessedBranch } = chooseRef(facts, refInput);
  const { owner, repo } = client;
  const shaRef = ref.replace(/^refs\/(heads|tags)\//, '');
  const readCommit = async () => {
    const { data } = await client.octokit.rest.repos.getCommit({ owner, repo, ref: shaRef, per_page: 1 }).catch((error: unknown) => {
      const status = (error as { status?: number }).status;
      if (status === 404 || status === 422) {
        const what = refInput ? `Input 'ref': "${ref}"` : `The event's commit ${shaRef}`;
        throw new ContextError(`${what} is not a commit, branch or tag of ${owner}/${repo}`);
      }
      throw error;
    });
    return { sha: data.sha, treeSha: data.commit.tree.sha };
  };
  const commit: Promise<{ sha: string; tree: () => Promise<string> }> = isEventCommit(facts, refInput)
    ? Promise.resolve({ sha: facts.eventSha, tree: once(async () => (await checkedOutEventTree(facts)) ?? (await readCommit()).treeSha) })
    : readCommit().then(({ sha, treeSha }) => ({ sha, tree: () => Promise.resolve(treeSha) }));
  const [{ sha, tree }, branch] = await Promise.all([
    commit,
    guessedBranch
      ? Promise.resolve(guessedBranch)
      : client.octokit.rest.repos.get({ owner, repo }).then((r) => r.data.default_branch)
  ]);
  const context: ShipContext = {
    owner,
    repo,
    serverUrl: facts.serverUrl,
    apiUrl: facts.apiUrl,
    eventName: facts.eventName,
    sha,
    ref,
    branch,
    runId: facts.runId,
    runAttempt: facts.runAttempt,
    runUrl: runUrlOf(facts),
    workflow: facts.workflow,
    job: facts.job,
    actor: facts.actor,
    workspace: facts.workspace
  };
  return { context, tree };
}
