/**
 * The version decision: which bump a release takes and what the new version is. Pure: data in,
 * data plus a reason out (the reason is shown in the log and the report).
 *
 * Decisions (also in docs/versioning.md):
 * - Explicit bump kinds (`major`, `minor`, ..., `prerelease`) follow `semver.inc` literally,
 *   0.x included: `bump: major` on 0.4.2 gives 1.0.0. Leaving 0.x is a person's decision.
 * - `auto` treats 0.x the way npm and Cargo caret ranges do (`^0.4.2` means `>=0.4.2 <0.5.0`):
 *   while the major version is 0, a breaking change bumps minor (0.4.2 → 0.5.0) and a feature
 *   bumps patch (0.4.2 → 0.4.3). `auto` therefore never leaves 0.x on its own.
 * - `auto` with a preid, on a prerelease of the same preid whose release already covers the
 *   change (2.0.0-rc.1 and a feature: 2.0.0 is past any minor of 1.x), continues the prerelease
 *   (2.0.0-rc.2). A change the prerelease does not cover starts a new one (1.2.4-rc.0 and a
 *   feature: 1.3.0-rc.0). A different preid continues on the same release when it sorts later
 *   (2.0.0-beta.1 with rc: 2.0.0-rc.0) and is an error when it would go backwards.
 *   `auto` without a preid on a prerelease graduates it (2.0.0-rc.1 → 2.0.0).
 * - An explicit `version` must be greater than the current one (a release moves forward). Equal
 *   is returned as `unchanged` for the caller to treat as a re-run (an existing tag is reused)
 *   or refuse. Lower is an error.
 * - Every computed version must be greater than the current one (e.g. `bump: prerelease` with
 *   preid `beta` on 1.2.3-rc.0 would give 1.2.3-beta.0, which sorts lower: an error).
 */
import semver from 'semver';
import { BUMP_KINDS, type BumpKind } from '../config/settings.js';
import type { ChangelogUnreleased } from './changelog.js';
import { isStrictSemver } from './files.js';
import { cancelReverts, classifyCommit, type ChangeLevel, type CommitInfo } from './commits.js';

export type { ChangeLevel, CommitClass, CommitInfo } from './commits.js';
export { classifyCommit } from './commits.js';
/** What `auto` (or an explicit kind) applies to the current version. */
export type ReleaseKind = Exclude<BumpKind, 'auto' | 'none'>;

export interface BumpDecision {
  /** The size of the change, after the 0.x rule. */
  bump: ChangeLevel;
  /** The bump `auto` applies: `bump`, or a prerelease kind when a preid is set. */
  kind: ReleaseKind;
  /** One sentence, starting with the kind, saying why. */
  rule: string;
  /** What was looked at, one line per commit or changelog heading that mattered. */
  evidence: string[];
}

export interface DecideBumpInput {
  current: string;
  /** The commits since the previous tag, in any order. */
  commits: CommitInfo[];
  unreleased: ChangelogUnreleased | null;
  preid: string;
}

export interface VersionPlan {
  next: string;
  rule: string;
  /** The auto decision, when `auto` was used. */
  decision: BumpDecision | null;
  /** next === current (bump `none`, or an explicit version equal to the current one). */
  unchanged: boolean;
}

const RANK: Record<ChangeLevel, number> = { patch: 1, minor: 2, major: 3 };
const KINDS = BUMP_KINDS.filter((k): k is Exclude<BumpKind, 'auto'> => k !== 'auto');

function requireSemver(what: string, value: string): void {
  if (!isStrictSemver(value)) throw new Error(`${what} ${JSON.stringify(value)} is not a semantic version (e.g. 1.4.2)`);
}

function requirePreid(preid: string): void {
  if (preid !== '' && !preid.split('.').every((id) => /^[0-9A-Za-z-]+$/.test(id))) {
    throw new Error(`preid ${JSON.stringify(preid)} is not a prerelease identifier (e.g. rc, beta)`);
  }
}

/** `semver.inc` for one bump kind; `none` returns `current`. */
export function nextVersion(current: string, bump: Exclude<BumpKind, 'auto'>, preid: string): string {
  requireSemver('current version', current);
  requirePreid(preid);
  if (!KINDS.includes(bump)) throw new Error(`bump ${JSON.stringify(bump)} is not one of ${KINDS.join(', ')}`);
  if (bump === 'none') return current;
  const next = preid === '' ? semver.inc(current, bump) : semver.inc(current, bump, preid);
  if (next === null) throw new Error(`cannot apply bump ${bump} to ${current}`);
  return next;
}

// ---------------------------------------------------------------------------------------------
// Commits (commits.ts)

function short(sha: string): string {
  return sha.slice(0, 7);
}

function quoted(header: string): string {
  return `"${header.length > 100 ? `${header.slice(0, 97)}...` : header}"`;
}

// ---------------------------------------------------------------------------------------------
// Changelog

/** The level a Keep a Changelog sub-heading asks for (null: none, or not a Keep a Changelog type). */
export function changelogHeadingLevel(title: string): ChangeLevel | null {
  const key = title.toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'removed' || key.startsWith('breaking')) return 'major';
  if (key === 'added' || key === 'changed' || key === 'deprecated') return 'minor';
  if (key === 'fixed' || key === 'security') return 'patch';
  return null;
}

// ---------------------------------------------------------------------------------------------
// The decision

interface Reason {
  level: ChangeLevel;
  text: string;
}

function listAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function prereleaseIds(preid: string): string[] {
  return preid.split('.');
}

/** Does the release a prerelease leads to already include a change of this level? */
function covers(current: string, level: ChangeLevel): boolean {
  const v = semver.parse(current);
  if (!v || v.prerelease.length === 0) return false;
  if (level === 'major') return v.minor === 0 && v.patch === 0;
  if (level === 'minor') return v.patch === 0;
  return true;
}

/** The bump `auto` takes (see the file comment for the rules). */
export function decideBump(input: DecideBumpInput): BumpDecision {
  const { current, commits, unreleased, preid } = input;
  requireSemver('current version', current);
  requirePreid(preid);

  const evidence: string[] = [];
  const reasons: Reason[] = [];

  // (a) commits
  const classes = commits.map((c) => classifyCommit(c.message));
  const pairs = cancelReverts(commits, classes);
  const paired = new Set<number>([...pairs.keys(), ...pairs.values()]);
  const quiet: Record<string, number> = {};
  classes.forEach((c, i) => {
    const sha = short(commits[i].sha);
    if (pairs.has(i)) {
      const t = pairs.get(i) as number;
      evidence.push(`commit ${sha} ${quoted(c.header)} reverts commit ${short(commits[t].sha)} ${quoted(classes[t].header)}: both left out`);
      return;
    }
    if (paired.has(i)) return;
    if (c.level === null) {
      quiet[c.label] = (quiet[c.label] ?? 0) + 1;
      return;
    }
    const why = c.label === 'revert' ? 'revert of an earlier release' : c.label;
    evidence.push(`commit ${sha} ${quoted(c.header)} → ${c.level} (${why})`);
    reasons.push({ level: c.level, text: `${c.label} commit ${sha} ${quoted(c.header)}` });
  });
  const quietCount = Object.values(quiet).reduce((a, b) => a + b, 0);
  if (quietCount > 0) {
    const kinds = Object.entries(quiet).map(([label, n]) => `${n} ${label}`);
    evidence.push(`${quietCount} other commit${quietCount === 1 ? '' : 's'} ask${quietCount === 1 ? 's' : ''} for nothing (${kinds.join(', ')})`);
  }
  const commitReasons = reasons.length;

  // (b) changelog
  if (unreleased === null) {
    evidence.push('changelog: no Unreleased section');
  } else {
    for (const [title, entries] of Object.entries(unreleased.headings)) {
      const name = title === '' ? 'Unreleased (no sub-heading)' : `Unreleased ${quoted(title)}`;
      const level = changelogHeadingLevel(title);
      const n = `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`;
      if (entries.length === 0) evidence.push(`changelog ${name} has no entries → nothing`);
      else if (level === null || /breaking/i.test(title)) evidence.push(`changelog ${name} (${n}) → nothing by itself`);
      else {
        evidence.push(`changelog ${name} (${n}) → ${level}`);
        reasons.push({ level, text: quoted(title) });
      }
    }
    if (unreleased.breaking) {
      evidence.push('changelog Unreleased has a breaking note → major');
      reasons.push({ level: 'major', text: 'a breaking note' });
    }
  }

  // The highest level wins; the rule names what asked for it.
  let raw: ChangeLevel | null = null;
  for (const r of reasons) if (raw === null || RANK[r.level] > RANK[raw]) raw = r.level;
  let because: string;
  if (raw === null) {
    const changelog = unreleased === null ? 'no changelog Unreleased section' : 'no changelog Unreleased entry that calls for one';
    because = `no feat, fix, perf or breaking commit among ${commits.length} commit${commits.length === 1 ? '' : 's'} and ${changelog}; patch is the least a release takes`;
  } else {
    const top = reasons.filter((r) => r.level === raw);
    const fromCommits = top.filter((r) => reasons.indexOf(r) < commitReasons);
    const fromChangelog = top.filter((r) => reasons.indexOf(r) >= commitReasons);
    const parts: string[] = [];
    if (fromCommits.length > 0) {
      parts.push(`${fromCommits[0].text}${fromCommits.length > 1 ? ` (and ${fromCommits.length - 1} more)` : ''}`);
    }
    if (fromChangelog.length > 0) parts.push(`changelog Unreleased has ${listAnd(fromChangelog.map((r) => r.text))}`);
    because = parts.join(' and ');
  }

  let bump: ChangeLevel = raw ?? 'patch';
  if (semver.major(current) === 0 && bump !== 'patch') {
    bump = bump === 'major' ? 'minor' : 'patch';
    because +=
      raw === 'major'
        ? ' (0.x: while the major version is 0, a breaking change bumps minor)'
        : ' (0.x: while the major version is 0, a feature bumps patch)';
  }

  const pre = semver.prerelease(current);
  if (preid === '') {
    if (pre) because += `; ${current} is a prerelease and no preid is set, so this release graduates to ${semver.inc(current, bump)}`;
    return { bump, kind: bump, rule: `${bump}: ${because}`, evidence };
  }
  if (pre && covers(current, bump)) {
    const ids = prereleaseIds(preid);
    const release = `${semver.major(current)}.${semver.minor(current)}.${semver.patch(current)}`;
    const same = ids.every((id, i) => String(pre[i]) === id);
    if (same) {
      return {
        bump,
        kind: 'prerelease',
        rule: `prerelease: ${because} calls for a ${bump} release, which ${current} already leads to (${release}), so the ${preid} prerelease continues`,
        evidence
      };
    }
    const next = semver.inc(current, 'prerelease', preid);
    if (next !== null && semver.gt(next, current)) {
      return {
        bump,
        kind: 'prerelease',
        rule: `prerelease: ${because} calls for a ${bump} release, which ${current} already leads to (${release}), so the prerelease moves on to ${preid}`,
        evidence
      };
    }
    throw new Error(
      `preid ${JSON.stringify(preid)} would move ${current} backwards (to ${next}); use a preid that sorts after ${JSON.stringify(String(pre[0]))}, or set version`
    );
  }
  const kind = `pre${bump}` as ReleaseKind;
  return { bump, kind, rule: `${kind}: ${because}; preid ${JSON.stringify(preid)} makes it a prerelease`, evidence };
}

// ---------------------------------------------------------------------------------------------
// Inputs → the new version

/**
 * The new version from the inputs: an explicit `version` wins over `bump` (see the file comment
 * for the rules), then an explicit bump kind, then `auto` through `decide` (called only then).
 */
export function resolveVersion(
  settings: { version: string; bump: BumpKind; preid: string },
  current: string,
  decide: () => BumpDecision
): VersionPlan {
  requireSemver('current version', current);
  const { version, bump, preid } = settings;
  if (version !== '') {
    requireSemver('version input', version);
    const ignored = bump !== 'auto' ? ` (bump ${JSON.stringify(bump)} ignored: version overrides it)` : '';
    const order = semver.compare(version, current);
    if (order < 0) {
      throw new Error(`version input ${version} is lower than the current version ${current}: a release must move forward`);
    }
    if (order === 0) {
      return {
        next: current,
        rule: `explicit version ${version} equals the current version: nothing to bump (a re-run when its tag exists)${ignored}`,
        decision: null,
        unchanged: true
      };
    }
    return { next: version, rule: `explicit version input: ${current} → ${version}${ignored}`, decision: null, unchanged: false };
  }
  if (bump === 'none') {
    return { next: current, rule: `bump "none": the version stays ${current}`, decision: null, unchanged: true };
  }

  let next: string;
  let rule: string;
  let decision: BumpDecision | null = null;
  if (bump === 'auto') {
    decision = decide();
    next = nextVersion(current, decision.kind, preid);
    rule = decision.rule;
  } else {
    next = nextVersion(current, bump, preid);
    rule = `bump input "${bump}"${preid ? ` with preid "${preid}"` : ''}: ${current} → ${next}`;
  }
  if (!semver.gt(next, current)) {
    throw new Error(`bump ${decision ? decision.kind : bump} on ${current} gives ${next}, which is not greater: a release must move forward`);
  }
  return { next, rule, decision, unchanged: false };
}

// ---------------------------------------------------------------------------------------------
// Tags

/**
 * The highest tag `<prefix><semver>` (prereleases included, by semver precedence). Tags with
 * another prefix, or whose rest is not a strict semantic version (`v1.2`, `latest`, a `v` left
 * over when the prefix is empty), are ignored.
 */
export function latestSemverTag(tagNames: string[], prefix: string): { tag: string; version: string } | null {
  let best: { tag: string; version: string } | null = null;
  for (const tag of tagNames) {
    if (!tag.startsWith(prefix)) continue;
    const version = tag.slice(prefix.length);
    if (!isStrictSemver(version)) continue;
    if (best === null || semver.gt(version, best.version)) best = { tag, version };
  }
  return best;
}

/** The newest release tag below `version`: what ran before, when a release is shipped again or taken further. */
export function releaseBefore(tagNames: string[], version: string, prefix: string): { tag: string; version: string } | null {
  return latestSemverTag(
    tagNames.filter((t) => t.startsWith(prefix) && semver.lt(semver.clean(t.slice(prefix.length)) ?? '0.0.0', version)),
    prefix
  );
}

/**
 * A warning when the version file and the latest tag disagree (null when they agree or there is
 * no tag yet). Build metadata is ignored, as in semver precedence.
 */
export function compareWithTags(
  fileVersion: string,
  latestTagVersion: string | null,
  names: { file?: string; tag?: string } = {}
): string | null {
  if (latestTagVersion === null) return null;
  if (!isStrictSemver(fileVersion) || !isStrictSemver(latestTagVersion)) {
    return `cannot compare ${JSON.stringify(fileVersion)} with ${JSON.stringify(latestTagVersion)}: not both semantic versions`;
  }
  const order = semver.compare(fileVersion, latestTagVersion);
  if (order === 0) return null;
  const file = names.file ?? 'the version file';
  const tag = names.tag ?? latestTagVersion;
  return order > 0
    ? `${file} says ${fileVersion}, ahead of the latest tag ${tag} (${latestTagVersion}): was it bumped by hand, or did a release stop before tagging?`
    : `${file} says ${fileVersion}, behind the latest tag ${tag} (${latestTagVersion}): the release commit of ${tag} may not be on this branch`;
}
