/**
 * The version stage: previous version, bump, new version, and the edited version files and
 * changelog. Reads only; the release stage writes. In release-triggered mode the version and tag
 * come from the event's release. What it finds wrong before any write (a version file without
 * the version, an explicit version going backwards) it returns as refusals, which block the ship.
 */
import * as core from '@actions/core';
import path from 'node:path';
import semver from 'semver';
import type { GateVerdict } from '../gates/verdict.js';
import { readFileAt } from '../github/contents.js';
import type { FileChange, TagRef } from '../github/git-data.js';
import type { ExistingRelease } from '../release/reuse.js';
import type { RunEnv } from '../run-env.js';
import type { StageOutcome } from '../timeline.js';
import { compareWithTags, decideBump, latestSemverTag, releaseBefore, resolveVersion } from './bump.js';
import { bumpPackageLock, parseUnreleased, releaseChangelog, unclosedFences, writeVersionFile } from './changelog.js';
import { explicitVersionVerdict } from './checks.js';
import type { VersionRecord } from './record.js';
import { planVersionFiles, type VersionFileSpec } from './version-files.js';
import { withoutReleased } from './changelog-released.js';
import { laggingRelease } from './lagging-release.js';
import { keepsVersion, likelyPreviousTag, VersionReads, type ChangedFiles } from './reads.js';

export type { ChangedFiles } from './reads.js';

/** What the release stage (and the checks before it) need of the version stage. */
export interface ReleaseInputs {
  /** Files of the release commit (empty for `bump: none` and release-triggered runs). */
  files: FileChange[];
  tagRefs: TagRef[];
  prerelease: boolean;
  /** The run was triggered by a published release: no bump, no new tag or release. */
  fromReleaseEvent: boolean;
  /** The newest releases (drafts included), read once. */
  releases: ExistingRelease[];
  /** The previous release's tag, when it exists. */
  previousTag: string | null;
  changed?: ChangedFiles;
}

export interface VersionResult extends StageOutcome {
  version?: VersionRecord;
  release?: ReleaseInputs;
  /** Problems found before any write: they join the gates and block the ship. */
  refusals: GateVerdict[];
}

/** The version: `reads` may have been started ahead (reads.ts); by default the stage sends them. */
export async function runVersion(env: RunEnv, reads: VersionReads = new VersionReads(env)): Promise<VersionResult> {
  const { context, settings } = env;
  const event = env.facts.event.release;
  if (context.eventName === 'release' && event?.tag_name) {
    const tag = event.tag_name;
    const version = semver.clean(tag.startsWith(settings.tagPrefix) ? tag.slice(settings.tagPrefix.length) : tag) ?? '';
    if (!version) return { state: 'failed', summary: `the release event's tag ${tag} is not ${settings.tagPrefix}<semver>`, refusals: [] };
    const [tagRefs, releases] = await Promise.all([reads.tagRefs(), reads.releases()]);
    const previous = releaseBefore(tagRefs.map((t) => t.name), version, settings.tagPrefix);
    return {
      state: 'done',
      summary: `release-triggered: ${tag} (${version}); no bump, no new tag or release`,
      version: { previous: previous?.version ?? '', next: version, tag, rule: `release event: ${tag} was published`, changelogSection: '' },
      release: { files: [], tagRefs, prerelease: Boolean(event.prerelease), fromReleaseEvent: true, releases, previousTag: previous?.tag ?? null },
      refusals: []
    };
  }

  const files = await reads.files();
  const lockFile = path.posix.join(path.posix.dirname(settings.versionFile), 'package-lock.json');
  const followsLock = path.posix.basename(settings.versionFile) === 'package.json';
  // The version file comes first (from the workspace it costs no request): its version names the
  // previous release's tag, so the commits since it are read alongside the tags and releases.
  const { text: versionText, check: versionFile } = await reads.versionFile();
  if (versionFile.verdict) return refused([versionFile.verdict]);
  const fileVersion = versionFile.version;
  const wantCommits = !settings.version && settings.bump === 'auto';
  // A ship that keeps the version follows the release before it; the tag of its own version is not that.
  const likelyTag = likelyPreviousTag(settings, fileVersion);
  const listed = settings.versionFiles ?? [];
  const [lockText, shippedChangelog, tagRefs, releases, commitsSinceLikely, listedTexts] = await Promise.all([
    followsLock ? files.read(lockFile) : Promise.resolve(null),
    files.read(settings.changelogFile),
    reads.tagRefs(),
    reads.releases(),
    likelyTag ? reads.commitsSinceIfTagged(likelyTag) : Promise.resolve(null),
    readListed(files, listed)
  ]);
  core.info(`version files read from the ${files.source === 'workspace' ? 'workspace (checked out at the shipped commit)' : 'API at the shipped commit'}`);

  const latestTag = latestSemverTag(tagRefs.map((t) => t.name), settings.tagPrefix);
  // A version file behind a release of this line of history (its merge-back pull request still
  // open): the release continues from the tag (lagging-release.ts), and its changelog section
  // leaves out what the tag released.
  const sinceLatest = fileVersion && latestTag && semver.gt(latestTag.version, fileVersion) ? await reads.commitsSinceIfTagged(latestTag.tag) : null;
  const lagging = laggingRelease({ name: settings.versionFile, version: fileVersion }, latestTag, sinceLatest?.relation ?? null, context.branch);
  const current = lagging?.version ?? fileVersion ?? latestTag?.version ?? '0.0.0';
  if (fileVersion === null) {
    env.timeline.warn(`${settings.versionFile} does not exist at the shipped commit; the current version ${current} comes from ${latestTag ? `tag ${latestTag.tag}` : 'nothing (first release)'}`, false);
  } else if (lagging) {
    core.info(lagging.why);
    env.timeline.warn(lagging.why, false);
  } else if (latestTag) {
    const warning = compareWithTags(fileVersion, latestTag.version);
    if (warning) env.timeline.warn(warning, false);
  }
  const changelogText = lagging && shippedChangelog !== null ? await changelogWithoutReleased(env, shippedChangelog, lagging.tag) : shippedChangelog;

  // The previous release is the tag of the current version; commits since it decide `auto`.
  const before = keepsVersion(settings, current) ? releaseBefore(tagRefs.map((t) => t.name), current, settings.tagPrefix) : undefined;
  const previousVersion = before === undefined ? current : (before?.version ?? '');
  const previousTagName = before === undefined ? `${settings.tagPrefix}${current}` : before?.tag;
  const previousTag = tagRefs.some((t) => t.name === previousTagName) ? previousTagName! : null;
  const sameTag = previousTag !== null && previousTag === likelyTag;
  const range = lagging && sinceLatest ? sinceLatest : sameTag && commitsSinceLikely ? commitsSinceLikely : await reads.commitsSince(previousTag);
  const commits = range.commits;
  const openFences = changelogText === null ? [] : unclosedFences(changelogText);
  if (openFences.length) {
    const warning = `${settings.changelogFile} line ${openFences.join(', ')}: a code fence is opened and never closed; it was read as text, so the release section ends at the next version heading (close the fence)`;
    env.timeline.warn(warning, false);
    core.warning(warning, { file: settings.changelogFile, startLine: openFences[0] });
  }
  const explicit = explicitVersionVerdict(settings.version, current, settings.versionFile);
  if (explicit) return refused([explicit]);
  const unreleased = changelogText === null ? null : parseUnreleased(changelogText);
  const decided = resolveVersion(
    { version: settings.version, bump: settings.bump, preid: settings.preid },
    current,
    () => decideBump({ current, commits: wantCommits ? commits : [], unreleased, preid: settings.preid })
  );
  const next = decided.next;
  const tag = `${settings.tagPrefix}${next}`;
  const planned = new Set([settings.versionFile, ...(lockText !== null ? [lockFile] : []), settings.changelogFile]);
  // The listed files hold what the version file holds (behind the tag when the release lags).
  const listedPlan = planVersionFiles(listed.filter((spec) => !planned.has(spec.path)), listedTexts, lagging && fileVersion ? fileVersion : current, next);
  for (const spec of listed.filter((s) => planned.has(s.path))) env.timeline.warn(`version-files lists ${spec.path}, which is bumped already (version-file, its lock, or the changelog): left to that`, false);
  const release: ReleaseInputs = { files: [], tagRefs, prerelease: semver.prerelease(next) !== null, fromReleaseEvent: false, releases, previousTag, ...(range.changed ? { changed: range.changed } : {}) };
  // Listed version files must hold the current version: checked before any write.
  const problems = listedPlan.problems.map((problem) => versionFileVerdict(problem, current));
  if (problems.length) {
    return { ...refused(problems), version: { previous: previousVersion, next, tag, rule: decided.rule, changelogSection: '' }, release };
  }

  const planFiles: FileChange[] = [];
  let section = '';
  if (next !== current) {
    const date = new Date().toISOString().slice(0, 10);
    const changelog = releaseChangelog(changelogText, {
      version: next,
      date,
      tagPrefix: settings.tagPrefix,
      previousTag,
      repoUrl: `${context.serverUrl}/${context.owner}/${context.repo}`
    });
    section = changelog.section;
    if (versionText !== null) planFiles.push({ path: settings.versionFile, content: writeVersionFile(settings.versionFile, versionText, next) });
    if (lockText !== null) planFiles.push({ path: lockFile, content: bumpPackageLock(lockText, next, lockFile) });
    planFiles.push(...listedPlan.edits);
    if (changelog.text !== shippedChangelog) planFiles.push({ path: settings.changelogFile, content: changelog.text });
  } else if (changelogText !== null) {
    section = parseUnreleased(changelogText)?.raw ?? '';
  }

  const version: VersionRecord = { previous: previousVersion, next, tag, rule: decided.rule, changelogSection: section, ...oldestCommit(commits) };
  const existing = tagRefs.find((t) => t.name === tag);
  const summary = `${current} → ${next} (${decided.rule})${existing ? `; tag ${tag} already exists (re-run?)` : ''}`;
  if (settings.dryRun) {
    env.timeline.plan({
      what: next === current ? `tag the shipped commit as ${tag}` : `release commit changing ${planFiles.map((f) => f.path).join(', ')}, tagged ${tag}`,
      detail: decided.rule
    });
  }
  return { state: settings.dryRun ? 'planned' : 'done', summary, version, release: { ...release, files: planFiles }, refusals: [] };
}

/** Refused before any write: the verdicts become gates (gates/before-write.ts reports them). */
function refused(verdicts: GateVerdict[]): VersionResult {
  return { state: 'failed', summary: `refused before any write: ${verdicts.map((v) => v.reason).join('; ')}`, refusals: verdicts };
}

/** The shipped changelog without what the release tag released (changelog-released.ts); as it is when the tag has no changelog. */
async function changelogWithoutReleased(env: RunEnv, text: string, tag: string): Promise<string> {
  const atTag = await readFileAt(env.client, env.settings.changelogFile, tag);
  if (atTag === null) return text;
  const reconciled = withoutReleased(text, atTag);
  if (reconciled.dropped.length || reconciled.added.length) {
    core.info(`${env.settings.changelogFile}: ${reconciled.dropped.length} entr${reconciled.dropped.length === 1 ? 'y' : 'ies'} already released in ${tag} left out of Unreleased; section${reconciled.added.length === 1 ? '' : 's'} ${reconciled.added.join(', ')} taken from ${tag}`);
  }
  return reconciled.text;
}

/** The listed version files' texts at the shipped commit (null: missing), each read once. */
async function readListed(files: { read(path: string): Promise<string | null> }, listed: readonly VersionFileSpec[]): Promise<Map<string, string | null>> {
  const paths = [...new Set(listed.map((spec) => spec.path))];
  return new Map(await Promise.all(paths.map(async (file) => [file, await files.read(file)] as const)));
}

/** A version-files problem as a gate verdict (it blocks like one, annotated on the file by blockedBy). */
function versionFileVerdict(problem: string, current: string): GateVerdict {
  const at = /^(\S+?)(?: line (\d+))?:/.exec(problem);
  return { name: 'version-files', expected: `the current version ${current}`, found: 'not there', where: at ? `${at[1]}${at[2] ? `:${at[2]}` : ''}` : 'version-files', passed: false, reason: problem };
}

/** The committer date of the oldest commit of the release, when the API gave dates. */
function oldestCommit(commits: ReadonlyArray<{ date?: string }>): { oldestCommitAt?: string } {
  const times = commits.map((c) => Date.parse(c.date ?? '')).filter(Number.isFinite);
  return times.length ? { oldestCommitAt: new Date(Math.min(...times)).toISOString() } : {};
}
