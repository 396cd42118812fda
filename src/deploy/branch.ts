/**
 * Deploy by branch: point the production branch at the release commit. Created when missing,
 * fast-forwarded otherwise; never forced on a deploy. A rollback moves it back, which is not a
 * fast-forward, so a rollback forces it to the previous release (and says so).
 */
import { fastForwardBranch, moveRef } from '../github/git-data.js';
import type { GitHubClient } from '../github/client.js';

export async function deployByBranch(
  client: GitHubClient,
  input: { branch: string; sha: string; label: string; force?: boolean }
): Promise<{ ok: boolean; summary: string }> {
  const short = input.sha.slice(0, 7);
  if (input.force) {
    await moveRef(client, `heads/${input.branch}`, input.sha, true);
    return { ok: true, summary: `${input.branch} forced back to ${short} (${input.label})` };
  }
  const result = await fastForwardBranch(client, input.branch, input.sha, { create: true });
  switch (result) {
    case 'moved':
      return { ok: true, summary: `${input.branch} fast-forwarded to ${short} (${input.label})` };
    case 'created':
      return { ok: true, summary: `${input.branch} created at ${short} (${input.label})` };
    case 'not-fast-forward':
      return {
        ok: false,
        summary: `${input.branch} has diverged from ${short}: it holds commits the release does not, so moving it would drop them; ship-prod never force-pushes a deploy. Merge or reset ${input.branch} by hand, then re-run`
      };
    case 'refused':
      return { ok: false, summary: `GitHub refused to update ${input.branch} (branch rules or permissions): the token needs \`contents: write\` and a rule that lets it push` };
  }
}
