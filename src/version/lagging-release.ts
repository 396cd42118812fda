/**
 * Does the version file lag behind a release? On a branch that could not take a release commit
 * (its merge-back pull request still open), the version file says 1.4.0 while the newest release
 * tag is v1.5.0. The next ship continues from 1.5.0 when the tag was released from this line of
 * history: its commit is a release commit (one parent) whose parent is where it and the shipped
 * commit meet (GitHub's compare of the tag and the shipped commit says so). A newer tag made
 * elsewhere (a release of another line of history, a tag by hand) changes nothing: the file
 * decides, and the report warns as before. Pure.
 */
import semver from 'semver';

/** What `GET compare/<tag>...<shipped commit>` says of the two. */
export interface TagRelation {
  /** `ahead`, `behind`, `identical` or `diverged`. */
  status: string;
  mergeBaseSha: string;
  /** Parents of the tag's commit. */
  tagCommitParents: string[];
}

export interface LaggingRelease {
  tag: string;
  version: string;
  /** One sentence for the report. */
  why: string;
}

export function laggingRelease(
  file: { name: string; version: string | null },
  latest: { tag: string; version: string } | null,
  relation: TagRelation | null,
  branch: string
): LaggingRelease | null {
  if (file.version === null || latest === null || relation === null) return null;
  if (!semver.valid(file.version) || !semver.gt(latest.version, file.version)) return null;
  const releasedHere = relation.status === 'diverged' && relation.tagCommitParents.length === 1 && relation.tagCommitParents[0] === relation.mergeBaseSha;
  if (!releasedHere) return null;
  return {
    tag: latest.tag,
    version: latest.version,
    why: `${file.name} says ${file.version}, behind the newest release tag ${latest.tag}, whose release commit is not on ${branch || 'this branch'} yet (a merge-back pull request brings it): this release continues from ${latest.version}`
  };
}
