/**
 * One commit message read by Conventional Commits 1.0.0 (https://www.conventionalcommits.org/en/v1.0.0/),
 * and the reverts of a range paired up. Pure.
 *
 * Where the spec decides (its numbered items):
 * - §1, §5: the header is a type, an optional `(scope)`, an optional `!`, then a colon AND a space,
 *   then the description. `feat:add x`, `feat:\tx`, `feat(api)!:x` and a header with leading
 *   white space are not conventional (they ask for nothing). More than one space after the colon
 *   is accepted (the description starts at the first non-space).
 * - §15: types are not case sensitive (`FEAT:` is a feature); only BREAKING CHANGE must be upper case.
 * - §8-§12, §16: a breaking change in the footer is a line that starts with the upper-case token
 *   `BREAKING CHANGE` or `BREAKING-CHANGE`, a colon, and a space and its description (or the end of
 *   the line, the description following on the next lines: §10). Never the first line:
 *   `BREAKING CHANGE: remove x` as a header has no type and is not a footer. A space before the
 *   colon, a bullet (`* BREAKING CHANGE:`), an indented or lower-case token are not footers.
 *   The footer counts for any header, conventional or not (as conventional-commits-parser reads it).
 * - §13: `type!:` (or `type(scope)!:`) is breaking.
 * - Reverts (not in the spec; git's own messages): `Revert "<header>"` and, as some tools write it,
 *   `Revert <header>` unquoted; `Reapply "<header>"` (git's revert of a revert); and the
 *   conventional `revert: <header>`. The target is the `This reverts commit <sha>` line, else the
 *   header.
 * Merge commits count for nothing: the commits they bring in are in the range themselves.
 */

export type ChangeLevel = 'major' | 'minor' | 'patch';

export interface CommitInfo {
  sha: string;
  message: string;
}

export interface CommitClass {
  /** First line of the message. */
  header: string;
  /** What the commit alone asks for; null: nothing (chore, docs, merge, not conventional...). */
  level: ChangeLevel | null;
  /** `breaking`, `feat`, `fix`, `perf`, `revert`, the other type, `merge` or `non-conventional`. */
  label: string;
  /** For a revert: what it says it reverts. */
  revert: { sha: string | null; header: string | null } | null;
}

const MERGE_HEADER = /^Merge (?:pull request #\d+|branch |remote-tracking branch |tags? |commit |[0-9a-f]{7,40}\b|['"])/;
const CONVENTIONAL_HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:(?: |$)/;
const GIT_REVERT = /^(Revert|Reapply) "(.*)"$/;
const UNQUOTED_REVERT = /^Revert (?!")(\S.*)$/;
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,40})\b/im;

/** The header (first non-blank line, trailing white space removed) and the lines after it. */
function split(message: string): { header: string; rest: string[] } {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { header: '', rest: [] };
  return { header: lines[first].replace(/\s+$/, ''), rest: lines.slice(first + 1) };
}

/** What a revert header says it reverts, or null when the header is not a revert. */
function revertTarget(header: string, conventional: RegExpExecArray | null, sha: string | null): string | null {
  const git = GIT_REVERT.exec(header);
  if (git) return git[1] === 'Reapply' ? `Revert "${git[2]}"` : git[2];
  if (conventional && conventional[1].toLowerCase() === 'revert') return conventional[4].replace(/^"(.*)"$/, '$1');
  // Unquoted: a revert when git's line names the commit, or when it names a conventional header
  // ("Revert the cache change" stays an ordinary message).
  const unquoted = UNQUOTED_REVERT.exec(header);
  return unquoted && (sha !== null || CONVENTIONAL_HEADER.test(unquoted[1])) ? unquoted[1] : null;
}

/** One commit on its own (see the file comment for the rules). */
export function classifyCommit(message: string): CommitClass {
  const { header, rest } = split(message);
  if (MERGE_HEADER.test(header)) return { header, level: null, label: 'merge', revert: null };

  const conventional = CONVENTIONAL_HEADER.exec(header);
  const type = conventional ? conventional[1].toLowerCase() : null;
  const sha = REVERTS_COMMIT.exec(rest.join('\n'))?.[1].toLowerCase() ?? null;
  const target = revertTarget(header, conventional, sha);
  const revert: CommitClass['revert'] = target === null ? null : { sha, header: target.trim() || null };
  const breaking = Boolean(conventional?.[3]) || rest.some((line) => BREAKING_FOOTER.test(line));
  if (breaking) return { header, level: 'major', label: 'breaking', revert };
  if (revert) return { header, level: 'patch', label: 'revert', revert };
  if (type === 'feat') return { header, level: 'minor', label: 'feat', revert };
  if (type === 'fix' || type === 'perf') return { header, level: 'patch', label: type, revert };
  return { header, level: null, label: type ?? 'non-conventional', revert };
}

/**
 * Reverts: a revert whose target is also in the list cancels out with it (the change never
 * shipped); the outermost revert of a chain is matched first, so reverting a revert brings the
 * original back. Returns revert index → reverted index. Targets are found by the
 * `This reverts commit <sha>` line, else by the reverted header.
 */
export function cancelReverts(commits: readonly CommitInfo[], classes: readonly CommitClass[]): Map<number, number> {
  const targetOf = (i: number): number => {
    const r = classes[i].revert;
    if (!r) return -1;
    if (r.sha) {
      const sha = r.sha;
      const j = commits.findIndex((c, k) => k !== i && c.sha.length >= 7 && (c.sha.toLowerCase().startsWith(sha) || sha.startsWith(c.sha.toLowerCase())));
      if (j >= 0) return j;
    }
    if (r.header) return classes.findIndex((c, k) => k !== i && c.header === r.header);
    return -1;
  };
  const targets = classes.map((_, i) => targetOf(i));
  const pairs = new Map<number, number>();
  const cancelled = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < classes.length; i++) {
      const t = targets[i];
      if (t < 0 || classes[i].level === 'major' || cancelled.has(i) || cancelled.has(t)) continue;
      if (targets.some((tk, k) => tk === i && !cancelled.has(k))) continue;
      cancelled.add(i).add(t);
      pairs.set(i, t);
      changed = true;
    }
  }
  return pairs;
}
