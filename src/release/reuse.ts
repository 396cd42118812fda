/**
 * Re-run decisions, pure: does what already exists on GitHub belong to this ship?
 * (INTERFACE.md, Re-runs: a tag at this ship's release commit, or at the shipped commit itself,
 * is reused and never moved; a tag anywhere else fails the run with nothing changed.)
 */

export interface ExistingTag {
  tag: string;
  /** The commit the tag points at, peeled through annotated tag objects. */
  commitSha: string;
  /** The annotated tag object, when the tag is annotated. */
  tagObjectSha?: string;
  /** The commit's parents and message, when they were read. */
  parents?: string[];
  message?: string;
}

export type TagDecision =
  | { action: 'create' }
  | { action: 'reuse'; commitSha: string; why: string }
  | { action: 'fail'; reason: string };

/** Whether a commit message is the release commit of `version` (as `releaseCommitMessage` writes it). */
export function isReleaseCommitOf(message: string | undefined, version: string): boolean {
  if (!message) return false;
  const first = message.split('\n', 1)[0]!.trim();
  return first === releaseCommitMessage(version);
}

export function releaseCommitMessage(version: string): string {
  return `chore(release): ${version}`;
}

export function decideTag(existing: ExistingTag | undefined, shippedSha: string, version: string): TagDecision {
  if (!existing) return { action: 'create' };
  if (existing.commitSha === shippedSha) {
    return { action: 'reuse', commitSha: shippedSha, why: `tag ${existing.tag} already points at the shipped commit ${shippedSha.slice(0, 7)}` };
  }
  const isChild = existing.parents?.length === 1 && existing.parents[0] === shippedSha;
  if (isChild && isReleaseCommitOf(existing.message, version)) {
    return {
      action: 'reuse',
      commitSha: existing.commitSha,
      why: `tag ${existing.tag} already points at this ship's release commit ${existing.commitSha.slice(0, 7)} (a re-run)`
    };
  }
  const what = isChild ? 'a child of the shipped commit that is not its release commit' : 'another commit';
  return {
    action: 'fail',
    reason:
      `tag ${existing.tag} already exists at ${existing.commitSha.slice(0, 7)}, ${what}; ` +
      `it is never moved. Ship a new version (input \`version\` or \`bump\`), or delete the tag if it was never released.`
  };
}

export interface ExistingRelease {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  body?: string | null;
  name?: string | null;
}

export type ReleaseDecision =
  | { action: 'create' }
  | { action: 'reuse'; release: ExistingRelease; update: boolean; why: string };

/** An existing release for the tag is reused (its notes updated when they differ), never duplicated. */
export function decideRelease(existing: ExistingRelease | undefined, wanted: { body: string; name: string }): ReleaseDecision {
  if (!existing) return { action: 'create' };
  const update = (existing.body ?? '') !== wanted.body || (existing.name ?? '') !== wanted.name;
  const kind = existing.draft ? 'draft release' : 'published release';
  return { action: 'reuse', release: existing, update: existing.draft && update, why: `${kind} ${existing.id} for ${existing.tag_name} already exists` };
}
