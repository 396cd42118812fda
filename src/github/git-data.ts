/**
 * Git data through the REST API: refs, annotated tags, trees and commits.
 */
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';
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
  const { data: tree } = await client.octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: input.parentTreeSha,
    tree: input.files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content }))
  });
  const { data: commit } = await client.octokit.rest.git.createCommit({
    owner,
    repo,
    message: input.message,
    tree: tree.sha,
    parents: [input.parentSha]
  });
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
  const { data: tagObject } = await client.octokit.rest.git.createTag({
    owner,
    repo,
    tag: input.tag,
    message: input.message,
    object: input.commitSha,
    type: 'commit'
  });
  try {
    await client.octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/${input.tag}`, sha: tagObject.sha });
    return { created: true, tagObjectSha: tagObject.sha };
  } catch (error) {
    if (statusOf(error) === 422) return { created: false };
    throw error;
  }
}

/** The commit a branch points at, or undefined when the branch does not exist. */
export async function branchHead(client: GitHubClient, branch: string): Promise<string | undefined> {
  try {
    const { data } = await client.octokit.rest.git.getRef({ owner: client.owner, repo: client.repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Creates or fast-forwards a branch; never forces. Answers what happened. */
export async function fastForwardBranch(
  client: GitHubClient,
  branch: string,
  sha: string,
  opts: { create?: boolean } = {}
): Promise<'moved' | 'created' | 'not-fast-forward' | 'refused'> {
  const { owner, repo } = client;
  try {
    await client.octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: false });
    return 'moved';
  } catch (error) {
    const status = statusOf(error);
    if (status === 422 && opts.create) {
      try {
        await client.octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
        return 'created';
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
