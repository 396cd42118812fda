/**
 * Git data through the REST API: refs, annotated tags, trees and commits.
 */
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';
import { harmless, lookFirst } from './writes.js';
import type { ExistingTag } from '../release/reuse.js';

export interface TagRef {
  /** Tag name without refs/tags/. */
  name: string;
  /** What the ref points at: a commit, or an annotated tag object. */
  sha: string;
  type: string;
}

/** Every tag of the repository in one request (matching-refs is not paginated by GitHub). */
export async function listTagRefs(client: GitHubClient): Promise<TagRef[]> {
  const { data } = await client.octokit.rest.git.listMatchingRefs({ owner: client.owner, repo: client.repo, ref: 'tags/' });
  return data.map((r) => ({ name: r.ref.replace(/^refs\/tags\//, ''), sha: r.object.sha, type: r.object.type }));
}

/**
 * Reads an existing tag down to its commit (peeling annotated tag objects), with the commit's
 * parents and message, so a re-run can tell whether it belongs to this ship.
 */
export async function inspectTag(client: GitHubClient, ref: TagRef): Promise<ExistingTag> {
  const { owner, repo } = client;
  let sha = ref.sha;
  let type = ref.type;
  let tagObjectSha: string | undefined;
  for (let depth = 0; type === 'tag' && depth < 5; depth++) {
    const { data } = await client.octokit.rest.git.getTag({ owner, repo, tag_sha: sha });
    tagObjectSha ??= sha;
    sha = data.object.sha;
    type = data.object.type;
  }
  if (type !== 'commit') return { tag: ref.name, commitSha: sha, tagObjectSha };
  const { data: commit } = await client.octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
  return { tag: ref.name, commitSha: sha, tagObjectSha, parents: commit.parents.map((p) => p.sha), message: commit.message };
}

export interface FileChange {
  path: string;
  content: string;
}

/** A commit whose parent is `parentSha` and whose tree differs from the parent's only in `files`. */
export async function createCommitWithFiles(
  client: GitHubClient,
  input: { parentSha: string; parentTreeSha: string; files: FileChange[]; message: string }
): Promise<{ sha: string; treeSha: string }> {
  const { owner, repo } = client;
  // Content-addressed: a repeat makes the same tree, or at worst a commit nothing points at.
  const { data: tree } = await harmless(client, (request) =>
    client.octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: input.parentTreeSha,
      tree: input.files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
      request
    })
  );
  const { data: commit } = await harmless(client, (request) =>
    client.octokit.rest.git.createCommit({ owner, repo, message: input.message, tree: tree.sha, parents: [input.parentSha], request })
  );
  return { sha: commit.sha, treeSha: tree.sha };
}

/**
 * Creates the annotated tag (tag object, then the ref). When the ref appears in between (another
 * run racing for it), answers `exists` so the caller can inspect and decide, and moves nothing.
 */
export async function createAnnotatedTag(
  client: GitHubClient,
  input: { tag: string; commitSha: string; message: string }
): Promise<{ created: true; tagObjectSha: string } | { created: false }> {
  const { owner, repo } = client;
  const { data: tagObject } = await harmless(client, (request) =>
    client.octokit.rest.git.createTag({ owner, repo, tag: input.tag, message: input.message, object: input.commitSha, type: 'commit', request })
  );
  try {
    return await createRefOnce(client, `refs/tags/${input.tag}`, tagObject.sha, (at) =>
      at === tagObject.sha ? { created: true as const, tagObjectSha: tagObject.sha } : { created: false as const }
    );
  } catch (error) {
    if (statusOf(error) === 422) return { created: false };
    throw error;
  }
}

/**
 * Creates a ref, looking first when the answer is lost: a ref that exists now is read, and `seen`
 * says what its SHA means (ours, or someone else's).
 */
async function createRefOnce<T>(client: GitHubClient, ref: string, sha: string, seen: (at: string) => T): Promise<T> {
  const { owner, repo } = client;
  return lookFirst(
    client,
    `creating ${ref}`,
    async (request) => {
      await client.octokit.rest.git.createRef({ owner, repo, ref, sha, request });
      return seen(sha);
    },
    async () => {
      const at = await readRef(client, ref.replace(/^refs\//, ''));
      return at === undefined ? undefined : seen(at);
    }
  );
}

/** What a ref (`heads/x`, `tags/y`) points at, or undefined when it does not exist. */
export async function readRef(client: GitHubClient, ref: string): Promise<string | undefined> {
  try {
    const { data } = await client.octokit.rest.git.getRef({ owner: client.owner, repo: client.repo, ref });
    return data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** The commit a branch points at, or undefined when the branch does not exist. */
export function branchHead(client: GitHubClient, branch: string): Promise<string | undefined> {
  return readRef(client, `heads/${branch}`);
}

/** Creates or fast-forwards a branch; never forces. Answers what happened. */
export async function fastForwardBranch(
  client: GitHubClient,
  branch: string,
  sha: string,
  opts: { create?: boolean | 'first' } = {}
): Promise<'moved' | 'created' | 'not-fast-forward' | 'refused'> {
  // A branch that is usually new (ship-prod's merge-back branch of a version) is created first:
  // the common case is one request, and only a branch that exists costs the move as well.
  if (opts.create === 'first') {
    try {
      return await createBranch(client, branch, sha);
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
    }
  }
  try {
    await moveRef(client, `heads/${branch}`, sha, false);
    return 'moved';
  } catch (error) {
    const status = statusOf(error);
    if (status === 422 && opts.create === true) {
      try {
        return await createBranch(client, branch, sha);
      } catch (createError) {
        if (statusOf(createError) === 422) return 'not-fast-forward';
        throw createError;
      }
    }
    if (status === 422) return 'not-fast-forward';
    if (status === 403 || status === 409) return 'refused';
    throw error;
  }
}

function createBranch(client: GitHubClient, branch: string, sha: string): Promise<'created' | 'not-fast-forward'> {
  return createRefOnce(client, `refs/heads/${branch}`, sha, (at) => (at === sha ? ('created' as const) : ('not-fast-forward' as const)));
}

/** Points a ref at a SHA: the same PATCH twice leaves the ref where one leaves it. */
export async function moveRef(client: GitHubClient, ref: string, sha: string, force: boolean): Promise<void> {
  await harmless(client, (request) => client.octokit.rest.git.updateRef({ owner: client.owner, repo: client.repo, ref, sha, force, request }));
}

/** A commit's tree, parents and message. */
export async function readCommit(client: GitHubClient, sha: string): Promise<{ sha: string; treeSha: string; parents: string[]; message: string }> {
  const { data } = await client.octokit.rest.git.getCommit({ owner: client.owner, repo: client.repo, commit_sha: sha });
  return { sha: data.sha, treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}

/** A commit of an existing tree (a merge when given two parents). Content-addressed enough: a repeat makes at most a commit nothing points at. */
export async function createCommitOnTree(client: GitHubClient, input: { treeSha: string; parents: string[]; message: string }): Promise<string> {
  const { data } = await harmless(client, (request) =>
    client.octokit.rest.git.createCommit({ owner: client.owner, repo: client.repo, message: input.message, tree: input.treeSha, parents: input.parents, request })
  );
  return data.sha;
}
