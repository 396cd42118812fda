/**
 * GitHub releases: find (drafts included), create as draft (looking first when the answer is
 * lost), update and publish (the same PATCH twice is harmless).
 */
import type { GitHubClient } from './client.js';
import type { ExistingRelease } from '../release/reuse.js';
import { harmless, lookFirst } from './writes.js';

/**
 * The newest 100 releases, drafts included: `GET releases/tags/{tag}` does not see drafts, so a
 * re-run looks for its release in this list (drafts are listed first).
 */
export async function listRecentReleases(client: GitHubClient): Promise<ExistingRelease[]> {
  const { data } = await client.octokit.rest.repos.listReleases({ owner: client.owner, repo: client.repo, per_page: 100 });
  return data.map(toExisting);
}

export async function createDraftRelease(
  client: GitHubClient,
  input: { tag: string; name: string; body: string; prerelease: boolean; targetSha: string }
): Promise<ExistingRelease> {
  // A lost answer may hide a draft GitHub made: the tag's release, drafts included, is looked for.
  return lookFirst(
    client,
    `creating the ${input.tag} release`,
    async (request) => {
      const { data } = await client.octokit.rest.repos.createRelease({
        owner: client.owner,
        repo: client.repo,
        tag_name: input.tag,
        name: input.name,
        body: input.body || undefined,
        generate_release_notes: !input.body,
        draft: true,
        prerelease: input.prerelease,
        target_commitish: input.targetSha,
        request
      });
      return toExisting(data);
    },
    async () => (await listRecentReleases(client)).find((r) => r.tag_name === input.tag)
  );
}

export async function updateReleaseNotes(client: GitHubClient, id: number, input: { name: string; body: string }): Promise<ExistingRelease> {
  const { data } = await harmless(client, (request) =>
    client.octokit.rest.repos.updateRelease({ owner: client.owner, repo: client.repo, release_id: id, name: input.name, body: input.body, request })
  );
  return toExisting(data);
}

/** Publishes a draft; marks it latest unless it is a prerelease (GitHub refuses latest prereleases). */
export async function publishRelease(client: GitHubClient, id: number, prerelease: boolean): Promise<ExistingRelease> {
  const { data } = await harmless(client, (request) =>
    client.octokit.rest.repos.updateRelease({
      owner: client.owner,
      repo: client.repo,
      release_id: id,
      draft: false,
      make_latest: prerelease ? 'false' : 'true',
      request
    })
  );
  return toExisting(data);
}

function toExisting(r: Omit<ExistingRelease, 'name'> & { name: string | null }): ExistingRelease {
  return { id: r.id, tag_name: r.tag_name, draft: r.draft, prerelease: r.prerelease, html_url: r.html_url, body: r.body, name: r.name };
}
