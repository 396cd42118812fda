/**
 * An environment's lock on GitHub: the ref `refs/ship-prod/locks/<environment>` (lock/holder.ts)
 * at a commit whose message names the holder. Every write goes through writes.ts:
 *
 * - the lock commit: harmless (content-addressed; a repeat makes at most an object nothing
 *   points at);
 * - creating the ref: look-first. GitHub creates a ref atomically and answers 422 when it exists;
 *   after a lost answer the ref is read: at our commit, we hold it;
 * - taking a dead holder's lock over: the ref is moved, without force, to a commit whose parent is
 *   the dead holder's commit. GitHub refuses the move (422) unless the ref still points at that
 *   parent, so two ships taking over at once cannot both win (a compare-and-set); sending it twice
 *   leaves the ref where once does (harmless);
 * - releasing: deleting the ref, look-first: after a lost answer the ref is read, and gone (or at
 *   another commit) means it was released.
 */
import { statusOf, type GitHubClient } from './client.js';
import type { ConditionalCache } from './conditional.js';
import { harmless, lookFirst } from './writes.js';

/** `refs/x/y` as the git-refs routes take it (`x/y`). */
const short = (ref: string) => ref.replace(/^refs\//, '');

/** The lock commit: the shipped commit's tree (a harmless choice), the holder in its message. */
export async function createLockCommit(client: GitHubClient, input: { treeSha: string; message: string; parent?: string }): Promise<string> {
  const { data } = await harmless(client, (request) =>
    client.octokit.rest.git.createCommit({ owner: client.owner, repo: client.repo, message: input.message, tree: input.treeSha, parents: input.parent ? [input.parent] : [], request })
  );
  return data.sha;
}

/** Creates the lock ref at `sha`: `created`, or `exists` (someone holds it; read it to know who). */
export async function createLockRef(client: GitHubClient, ref: string, sha: string): Promise<'created' | 'exists'> {
  try {
    return await lookFirst(
      client,
      `creating the lock ${ref}`,
      async (request) => {
        await client.octokit.rest.git.createRef({ owner: client.owner, repo: client.repo, ref, sha, request });
        return 'created' as const;
      },
      async () => {
        const at = await readLockRef(client, ref);
        return at === undefined ? undefined : at === sha ? ('created' as const) : ('exists' as const);
      }
    );
  } catch (error) {
    if (statusOf(error) === 422) return 'exists';
    throw error;
  }
}

/** Where the lock ref points, or undefined when it does not exist; conditional with a cache (polling). */
export async function readLockRef(client: GitHubClient, ref: string, cache?: ConditionalCache): Promise<string | undefined> {
  try {
    if (cache) {
      const { data } = await cache.get<{ object: { sha: string } }>(client, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: short(ref) });
      return data.object.sha;
    }
    const { data } = await client.octokit.rest.git.getRef({ owner: client.owner, repo: client.repo, ref: short(ref) });
    return data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** A lock commit's message (commits never change: read once per SHA). */
export async function readLockCommitMessage(client: GitHubClient, sha: string): Promise<string> {
  const { data } = await client.octokit.rest.git.getCommit({ owner: client.owner, repo: client.repo, commit_sha: sha });
  return data.message;
}

/** Moves the ref from the dead holder's commit to ours (its child), never by force: `taken`, or `moved` when it was not at that commit any more. */
export async function takeOverLockRef(client: GitHubClient, ref: string, sha: string): Promise<'taken' | 'moved'> {
  try {
    await harmless(client, (request) => client.octokit.rest.git.updateRef({ owner: client.owner, repo: client.repo, ref: short(ref), sha, force: false, request }));
    return 'taken';
  } catch (error) {
    if (statusOf(error) === 422) return 'moved';
    throw error;
  }
}

/**
 * Deletes the lock ref, which points at `sha` (ours). `beside`: sent beside the ship's last write
 * (writes.ts). A ref already gone, or at another commit, is released as far as we are concerned.
 */
export async function deleteLockRef(client: GitHubClient, ref: string, sha: string, opts: { beside?: boolean } = {}): Promise<void> {
  try {
    await lookFirst(
      client,
      `releasing the lock ${ref}`,
      async (request) => {
        await client.octokit.rest.git.deleteRef({ owner: client.owner, repo: client.repo, ref: short(ref), request });
        return true;
      },
      async () => ((await readLockRef(client, ref)) === sha ? undefined : true),
      opts
    );
  } catch (error) {
    // 422 "Reference does not exist": released already.
    if (statusOf(error) !== 422) throw error;
  }
}

/** The holder's run: running, completed, or gone (404: deleted, so not running). */
export async function holderRunState(client: GitHubClient, runId: string, cache: ConditionalCache): Promise<'running' | 'completed' | 'gone'> {
  try {
    const { data } = await cache.get<{ status: string | null }>(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { run_id: Number(runId) });
    return data.status === 'completed' ? 'completed' : 'running';
  } catch (error) {
    if (statusOf(error) === 404) return 'gone';
    throw error;
  }
}
