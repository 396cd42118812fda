/**
 * The merge-back pull request, decided: when the branch cannot take the release commit (its rules
 * ask for a pull request, or it moved on), ONE pull request brings the release commits back into
 * it. Pure: the open pull requests and the head commit of ship-prod's one in, the plan out.
 *
 * - Its branch is `ship-prod/release-<version>`, made at the release commit (the tag's commit) of
 *   the release that opened the pull request.
 * - A later release, while that pull request is open, is added to it: a merge commit on its branch
 *   whose parents are the branch head and the new release commit and whose tree is the new release
 *   commit's (the newest version files and changelog win; the older release commits stay in the
 *   history, so merging keeps every tag on the branch). The branch only moves forward, never forced.
 * - Its title and body list every release it carries (a marker in the body keeps the list).
 * - A branch head that ship-prod did not make (someone pushed a fix of a conflict, say) is left
 *   alone, with a warning: the release is not added, and no second pull request is opened.
 */
export const MERGE_BACK_PREFIX = 'ship-prod/release-';

/** An open pull request, as github/pulls.ts reads it. */
export interface OpenPull {
  number: number;
  title: string;
  body: string;
  /** The head branch's name (no owner) and commit. */
  headRef: string;
  headSha: string;
  /** The head repository's full name (`owner/repo`), null when it was deleted. */
  headRepo: string | null;
  htmlUrl: string;
}

export interface HeadCommit {
  sha: string;
  parents: string[];
  message: string;
}

export interface MergeBackFacts {
  /** The branch the release commit should go into. */
  target: string;
  /** `owner/repo`: only pull requests from this repository's own branches are ship-prod's. */
  repository: string;
  version: string;
  tag: string;
  releaseSha: string;
  /** Why the branch was left alone (shown in the body). */
  reason: string;
  /** The open pull requests into `target`, oldest first. */
  pulls: readonly OpenPull[];
  /** The head commit of the pull request `choosePull` picked. */
  head?: HeadCommit;
}

export interface PullText {
  title: string;
  body: string;
}

export type MergeBackPlan =
  | ({ action: 'open'; branch: string } & PullText)
  | ({ action: 'extend'; pull: OpenPull; mergeMessage: string } & PullText)
  | { action: 'found'; pull: OpenPull; update?: PullText }
  | { action: 'leave'; pull: OpenPull; why: string };

export function mergeBackBranch(version: string): string {
  return `${MERGE_BACK_PREFIX}${version}`;
}

/** ship-prod's open merge-back pull request into the target (the oldest, should there be several). */
export function choosePull(pulls: readonly OpenPull[], repository: string): OpenPull | undefined {
  return pulls.find((p) => p.headRef.startsWith(MERGE_BACK_PREFIX) && p.headRepo === repository);
}

const MARKER = /<!-- ship-prod:merge-back ([^>]*) -->/;

/** The releases a pull request body says it carries: tag → release commit. */
export function carriedReleases(body: string): Array<{ tag: string; sha: string }> {
  const m = MARKER.exec(body);
  if (!m) return [];
  return m[1]
    .split(/\s+/)
    .map((pair) => /^(.+)=([0-9a-f]{7,40})$/.exec(pair))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x) => ({ tag: x[1], sha: x[2] }));
}

function listed(tags: readonly string[]): string {
  if (tags.length <= 3) return tags.length === 1 ? tags[0] : `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
  return `${tags[0]} … ${tags[tags.length - 1]} (${tags.length} releases)`;
}

/** Title and body for the releases carried (oldest first). */
export function pullText(target: string, reason: string, releases: ReadonlyArray<{ tag: string; sha: string }>): PullText {
  const tags = releases.map((r) => r.tag);
  const one = releases.length === 1;
  return {
    title: `chore(release): bring ${listed(tags)} back into ${target}`,
    body: [
      `The release commit${one ? '' : 's'} of ${listed(tags)} ${one ? 'was' : 'were'} tagged, but ${target} could not take ${one ? 'it' : 'them'} directly: ${reason}.`,
      `This pull request brings ${one ? 'it' : 'them'} back, so that ${target} holds the released version files and changelog.`,
      '',
      ...releases.map((r) => `- ${r.tag}: release commit ${r.sha.slice(0, 12)}`),
      '',
      `ship-prod adds each later release to this pull request while it is open (a merge commit on its branch; the newest release's files win). ` +
        `Merge it with a merge commit to keep the tags in ${target}'s history. Until it is merged, ship-prod takes the next version from the newest release tag, and each changelog section holds only what was not released yet.`,
      '',
      `<!-- ship-prod:merge-back ${releases.map((r) => `${r.tag}=${r.sha}`).join(' ')} -->`
    ].join('\n')
  };
}

/** Whether a commit is one ship-prod puts on a merge-back branch: a release commit, or its merge of one. */
function madeByShipProd(head: HeadCommit): boolean {
  const first = head.message.split('\n', 1)[0].trim();
  return /^chore\(release\): (?:\d\S*|merge \S+ into \S+)$/.test(first);
}

export function mergeMessage(tag: string, branch: string): string {
  return `chore(release): merge ${tag} into ${branch}`;
}

export function planMergeBack(facts: MergeBackFacts): MergeBackPlan {
  const release = { tag: facts.tag, sha: facts.releaseSha };
  const pull = choosePull(facts.pulls, facts.repository);
  if (!pull) return { action: 'open', branch: mergeBackBranch(facts.version), ...pullText(facts.target, facts.reason, [release]) };

  const carried = carriedReleases(pull.body);
  const withThis = carried.some((r) => r.tag === facts.tag) ? carried : [...carried, release];
  const text = pullText(facts.target, facts.reason, withThis);
  const head = facts.head;
  const holds = pull.headSha === facts.releaseSha || (head !== undefined && head.sha === pull.headSha && head.parents.includes(facts.releaseSha));
  if (holds) {
    // A re-run, or a lost answer after the branch moved: only the text may lag behind.
    return carried.some((r) => r.tag === facts.tag) ? { action: 'found', pull } : { action: 'found', pull, update: text };
  }
  if (!head || head.sha !== pull.headSha || !madeByShipProd(head)) {
    return {
      action: 'leave',
      pull,
      why: `its branch ${pull.headRef} has commits ship-prod did not make (head ${pull.headSha.slice(0, 7)}), so ${facts.tag} was not added to it: merge or close it, and the next ship adds its release`
    };
  }
  return { action: 'extend', pull, mergeMessage: mergeMessage(facts.tag, pull.headRef), ...text };
}
