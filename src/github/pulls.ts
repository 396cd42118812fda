/**
 * Pull requests through the REST API: the open ones into a branch, creating one (looking first
 * when the answer is lost: the open pull requests from that head are listed) and updating its
 * title and body (the same PATCH twice is harmless).
 */
import type { GitHubClient } from './client.js';
import { harmless, lookFirst } from './writes.js';
import type { OpenPull } from '../release/merge-back-plan.js';

export type { OpenPull };

type PullAnswer = {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
};

function toOpenPull(p: PullAnswer): OpenPull {
  return { number: p.number, title: p.title, body: p.body ?? '', headRef: p.head.ref, headSha: p.head.sha, headRepo: p.head.repo?.full_name ?? null, htmlUrl: p.html_url };
}

/** The open pull requests into `base` (the first 100, oldest first), optionally from one head branch of this repository. */
export async function listOpenPulls(client: GitHubClient, base: string, headBranch?: string): Promise<OpenPull[]> {
  const { data } = await client.octokit.rest.pulls.list({
    owner: client.owner,
    repo: client.repo,
    state: 'open',
    base,
    ...(headBranch ? { head: `${client.owner}:${headBranch}` } : {}),
    sort: 'created',
    direction: 'asc',
    per_page: 100
  });
  return data.map(toOpenPull);
}

/** Opens a pull request from `head` (a branch of this repository) into `base`. */
export function createPull(client: GitHubClient, input: { head: string; base: string; title: string; body: string }): Promise<OpenPull> {
  return lookFirst(
    client,
    `opening the pull request from ${input.head} into ${input.base}`,
    async (request) => {
      const { data } = await client.octokit.rest.pulls.create({ owner: client.owner, repo: client.repo, head: input.head, base: input.base, title: input.title, body: input.body, request });
      return toOpenPull(data);
    },
    async () => (await listOpenPulls(client, input.base, input.head))[0]
  );
}

/** Sets a pull request's title and body. */
export async function updatePull(client: GitHubClient, pullNumber: number, input: { title: string; body: string }): Promise<OpenPull> {
  const { data } = await harmless(client, (request) =>
    client.octokit.rest.pulls.update({ owner: client.owner, repo: client.repo, pull_number: pullNumber, title: input.title, body: input.body, request })
  );
  return toOpenPull(data);
}
