/**
 * What the version is computed from that GitHub answers: the tags, the newest releases, and the
 * commits since a release tag; and the shipped commit's files. Each read is sent once (the first
 * ask sends it, later asks share its answer), so the pipeline can start them ahead of the stage:
 * beside the lock's writes (readAhead), and use them only when those reads cannot be older than
 * the lock (pipeline.ts: the lock was free at the first try).
 */
import { statusOf } from '../github/client.js';
import { commitFiles, type CommitFiles } from '../github/contents.js';
import { listTagRefs, type TagRef } from '../github/git-data.js';
import { listRecentReleases } from '../github/releases.js';
import type { ExistingRelease } from '../release/reuse.js';
import { started } from '../once.js';
import type { RunEnv } from '../run-env.js';
import type { TagRelation } from './lagging-release.js';
import { versionFileCheck, type VersionFileCheck } from './checks.js';

/** Files changed since the previous tag (path → added, modified, renamed…), from the compare the bump reads anyway. */
export interface ChangedFiles {
  files: ReadonlyMap<string, string>;
  /** False when GitHub may have cut the list (300 files): then absence proves nothing. */
  complete: boolean;
}

export interface CommitRange {
  commits: Array<{ sha: string; message: string; date?: string }>;
  changed?: ChangedFiles;
  relation?: TagRelation;
}

export class VersionReads {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(private readonly env: RunEnv) {}

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let promise = this.memo.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = started(read()); // an answer read ahead and never asked for is not an error
      this.memo.set(key, promise);
    }
    return promise;
  }

  files(): Promise<CommitFiles> {
    return this.once('files', () => commitFiles(this.env.client, this.env.context.workspace, this.env.context.sha));
  }

  /** The version file at the shipped commit, and what it says (a version-file other than the default must exist: a typo would ship without bumping it). */
  versionFile(): Promise<{ text: string | null; check: VersionFileCheck }> {
    const { settings } = this.env;
    return this.once('version-file', async () => {
      const text = await (await this.files()).read(settings.versionFile);
      return { text, check: versionFileCheck('version-file', settings.versionFile, text, settings.versionFile !== 'package.json') };
    });
  }

  tagRefs(): Promise<TagRef[]> {
    return this.once('tags', () => listTagRefs(this.env.client));
  }

  releases(): Promise<ExistingRelease[]> {
    return this.once('releases', () => listRecentReleases(this.env.client));
  }

  /** Commits since the tag (the last 100 for none), and the files they changed. */
  commitsSince(tag: string | null): Promise<CommitRange> {
    return this.once(`since:${tag ?? ''}`, () => commitsSince(this.env, tag));
  }

  /** commitsSince, null for a tag GitHub does not have. */
  commitsSinceIfTagged(tag: string): Promise<CommitRange | null> {
    return this.commitsSince(tag).catch((error: unknown) => (statusOf(error) === 404 ? null : Promise.reject(error)));
  }
}

/**
 * The tag of the release before this one, as the version file names it (its commits since are
 * read with the tags); null when the ship keeps its version (bump none, or that version given).
 */
export function likelyPreviousTag(settings: RunEnv['settings'], fileVersion: string | null): string | null {
  return fileVersion && !keepsVersion(settings, fileVersion) ? `${settings.tagPrefix}${fileVersion}` : null;
}

/**
 * Whether the ship keeps the version `current` (bump none, or that version given: a release taken
 * further by a later job, `ref` = its tag): it follows the release before it.
 */
export function keepsVersion(settings: RunEnv['settings'], current: string): boolean {
  return settings.version ? settings.version === current : settings.bump === 'none';
}

/** Starts the version stage's reads now (the version file, then the tags, releases and commits since its tag). */
export function readAhead(env: RunEnv): VersionReads {
  const reads = new VersionReads(env);
  const { settings } = env;
  // Each read's failure is the stage's to report, when it asks (once() keeps it from going unhandled).
  void reads.tagRefs();
  void reads.releases();
  void reads.versionFile().then(({ check }) => {
    const tag = likelyPreviousTag(settings, check.version);
    if (tag) void reads.commitsSinceIfTagged(tag);
  }, () => undefined);
  return reads;
}

async function commitsSince(env: RunEnv, previousTag: string | null): Promise<CommitRange> {
  const { client, context } = env;
  const { owner, repo } = client;
  const shape = (c: { sha: string; commit: { message: string; committer?: { date?: string } | null } }) => ({ sha: c.sha, message: c.commit.message, date: c.commit.committer?.date });
  if (previousTag) {
    const { data } = await client.octokit.rest.repos.compareCommits({ owner, repo, base: previousTag, head: context.sha, per_page: 100 });
    const files = data.files ?? [];
    const relation = { status: data.status, mergeBaseSha: data.merge_base_commit.sha, tagCommitParents: data.base_commit.parents.map((p) => p.sha) };
    return { commits: data.commits.map(shape), changed: { files: new Map(files.map((f) => [f.filename, f.status])), complete: files.length < 300 }, relation };
  }
  const { data } = await client.octokit.rest.repos.listCommits({ owner, repo, sha: context.sha, per_page: 100 });
  return { commits: data.map(shape) };
}
