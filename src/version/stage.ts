/**
 * The version stage: previous version, bump, new version, and the edited version files and
 * changelog. Reads only; the release stage writes. In release-triggered mode the version and tag
 * come from the event's release.
 */
import * as core from '@actions/core';
import path from 'node:path';
import semver from 'semver';
import { statusOf } from '../github/client.js';
import { commitFiles } from '../github/contents.js';
import { listTagRefs, type FileChange, type TagRef } from '../github/git-data.js';
import { listRecentReleases } from '../github/releases.js';
import type { ShipRun, StageOutcome } from '../stage.js';
import { compareWithTags, decideBump, latestSemverTag, resolveVersion } from './bump.js';
import { bumpPackageLock, parseUnreleased, releaseChangelog, unclosedFences, writeVersionFile } from './changelog.js';
import { explicitVersionVerdict, tagNameVerdict, versionFileCheck } from './checks.js';
import { versionFactsVerdicts } from '../deploy/preflight.js';
import { rollbackPreflight, type ChangedFiles } from '../rollback/preflight.js';
import type { GateVerdict } from '../ship.js';
import { planVersionFiles, type VersionFileSpec } from './version-files.js';

/** What the version stage hands the release stage. */
export interface VersionPlan {
  /** Files of the release commit (empty for `bump: none` and release-triggered runs). */
  files: FileChange[];
  tagRefs: TagRef[];
  prerelease: boolean;
  /** The run was triggered by a published release: no bump, no new tag or release. */
  fromReleaseEvent: boolean;
}

export async function runVersion(run: ShipRun): Promise<StageOutcome> {
  const { context, settings, record, client } = run;
  const event = run.facts.event.release;
  if (context.eventName === 'release' && event?.tag_name) {
    const tag = event.tag_name;
    const version = semver.clean(tag.startsWith(settings.tagPrefix) ? tag.slice(settings.tagPrefix.length) : tag) ?? '';
    if (!version) return { state: 'failed', summary: `the release event's tag ${tag} is not ${settings.tagPrefix}<semver>` };
    const [tagRefs, releases] = await Promise.all([listTagRefs(client), listRecentReleases(client)]);
    const previous = latestSemverTag(
      tagRefs.map((t) => t.name).filter((t) => t !== tag && semver.lt(semver.clean(t.slice(settings.tagPrefix.length)) ?? '0.0.0', version)),
      settings.tagPrefix
    );
    record.version = { previous: previous?.version ?? '', next: version, tag, rule: `release event: ${tag} was published`, changelogSection: '' };
    run.versionPlan = { files: [], tagRefs, prerelease: Boolean(event.prerelease), fromReleaseEvent: true };
    run.releases = releases;
    return { state: 'done', summary: `release-triggered: ${tag} (${version}); no bump, no new tag or release` };
  }

  const files = await commitFiles(client, context.workspace, context.sha);
  const lockFile = path.posix.join(path.posix.dirname(settings.versionFile), 'package-lock.json');
  const followsLock = path.posix.basename(settings.versionFile) === 'package.json';
  // The version file comes first (from the workspace it costs no request): its version names the
  // previous release's tag, so the commits since it are read alongside the tags and releases.
  const versionText = await files.read(settings.versionFile);
  // A version-file other than the default must exist: a typo would ship without bumping it.
  const versionFile = versionFileCheck('version-file', settings.versionFile, versionText, settings.versionFile !== 'package.json');
  if (versionFile.verdict) return blockedBy(run, [versionFile.verdict]);
  const fileVersion = versionFile.version;
  const wantCommits = !settings.version && settings.bump === 'auto';
  const likelyPreviousTag = fileVersion ? `${settings.tagPrefix}${fileVersion}` : null;
  const listed = settings.versionFiles ?? [];
  const [lockText, changelogText, tagRefs, releases, commitsSinceLikely, listedTexts] = await Promise.all([
    followsLock ? files.read(lockFile) : Promise.resolve(null),
    files.read(settings.changelogFile),
    listTagRefs(client),
    listRecentReleases(client),
    likelyPreviousTag ? commitsSince(run, likelyPreviousTag).catch((error: unknown) => (statusOf(error) === 404 ? null : Promise.reject(error))) : Promise.resolve(null),
    readListed(files, listed)
  ]);
  run.releases = releases;
  core.info(`version files read from the ${files.source === 'workspace' ? 'workspace (checked out at the shipped commit)' : 'API at the shipped commit'}`);

  const latestTag = latestSemverTag(tagRefs.map((t) => t.name), settings.tagPrefix);
  const current = fileVersion ?? latestTag?.version ?? '0.0.0';
  if (fileVersion === null) {
    record.warnings.push(`${settings.versionFile} does not exist at the shipped commit; the current version ${current} comes from ${latestTag ? `tag ${latestTag.tag}` : 'nothing (first release)'}`);
  } else if (latestTag) {
    const warning = compareWithTags(fileVersion, latestTag.version);
    if (warning) record.warnings.push(warning);
  }

  // The previous release is the tag of the current version; commits since it decide `auto`.
  const previousTagName = `${settings.tagPrefix}${current}`;
  const previousTag = tagRefs.some((t) => t.name === previousTagName) ? previousTagName : null;
  const sameTag = previousTag !== null && previousTag === likelyPreviousTag;
  const range = sameTag && commitsSinceLikely ? commitsSinceLikely : await commitsSince(run, previousTag);
  const commits = range.commits;
  run.releaseCommits = commits;
  const openFences = changelogText === null ? [] : unclosedFences(changelogText);
  if (openFences.length) {
    const warning = `${settings.changelogFile} line ${openFences.join(', ')}: a code fence is opened and never closed; it was read as text, so the release section ends at the next version heading (close the fence)`;
    record.warnings.push(warning);
    core.warning(warning, { file: settings.changelogFile, startLine: openFences[0] });
  }
  const explicit = explicitVersionVerdict(settings.version, current, settings.versionFile);
  if (explicit) return blockedBy(run, [explicit]);
  const unreleased = changelogText === null ? null : parseUnreleased(changelogText);
  const decided = resolveVersion(
    { version: settings.version, bump: settings.bump, preid: settings.preid },
    current,
    () => decideBump({ current, commits: wantCommits ? commits : [], unreleased, preid: settings.preid })
  );
  const next = decided.next;
  const tag = `${settings.tagPrefix}${next}`;
  const planned = new Set([settings.versionFile, ...(lockText !== null ? [lockFile] : []), settings.changelogFile]);
  const listedPlan = planVersionFiles(listed.filter((spec) => !planned.has(spec.path)), listedTexts, current, next);
  for (const spec of listed.filter((s) => planned.has(s.path))) record.warnings.push(`version-files lists ${spec.path}, which is bumped already (version-file, its lock, or the changelog): left to that`);
  // Before any write: a tag git accepts, the deploy workflow's declared inputs, the listed version
  // files holding the current version, and a rollback workflow that exists where it will run.
  // The rollback check's passing verdict is shown in the gates table too.
  const badTag = tagNameVerdict(tag, settings.tagPrefix, settings.version ? 'version' : 'tag-prefix');
  const rollbackVerdicts = await rollbackPreflight(run, previousTag, range.changed);
  record.gates.push(...rollbackVerdicts.filter((v) => v.passed));
  const blockers = [
    ...(badTag ? [badTag] : []),
    ...versionFactsVerdicts(run, next, tag),
    ...listedPlan.problems.map((problem) => versionFileVerdict(problem, current)),
    ...rollbackVerdicts.filter((v) => !v.passed)
  ];
  if (blockers.length) {
    record.version = { previous: current, next, tag, rule: decided.rule, changelogSection: '' };
    return blockedBy(run, blockers);
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
    if (changelog.text !== changelogText) planFiles.push({ path: settings.changelogFile, content: changelog.text });
  } else if (changelogText !== null) {
    section = parseUnreleased(changelogText)?.raw ?? '';
  }

  record.version = { previous: current, next, tag, rule: decided.rule, changelogSection: section, ...oldestCommit(commits) };
  run.versionPlan = { files: planFiles, tagRefs, prerelease: semver.prerelease(next) !== null, fromReleaseEvent: false };
  const existing = tagRefs.find((t) => t.name === tag);
  // The gates this stage added to the gates table (the gates stage counted only its own).
  const gatesHere = rollbackVerdicts.length ? `; gate ${rollbackVerdicts.map((v) => v.name).join(', ')} passed` : '';
  const summary = `${current} → ${next} (${decided.rule})${existing ? `; tag ${tag} already exists (re-run?)` : ''}${gatesHere}`;
  if (settings.dryRun) {
    record.plan.push({
      what: next === current ? `tag the shipped commit as ${tag}` : `release commit changing ${planFiles.map((f) => f.path).join(', ')}, tagged ${tag}`,
      detail: decided.rule
    });
    return { state: 'planned', summary };
  }
  return { state: 'done', summary };
}

/**
 * Refuses the ship before any write: the verdicts join the gates (the summary's table), each as an
 * ::error titled with its input, and the pipeline concludes `blocked`.
 */
function blockedBy(run: ShipRun, verdicts: GateVerdict[]): StageOutcome {
  for (const v of verdicts) {
    const [file, line, col] = v.where.split(':');
    const at = line ? { file, startLine: Number(line), ...(col ? { startColumn: Number(col) } : {}) } : {};
    core.error(v.reason, { title: v.name, ...at });
  }
  run.record.gates.push(...verdicts);
  return { state: 'failed', summary: `refused before any write: ${verdicts.map((v) => v.reason).join('; ')}` };
}

/**
 * Commits since the previous release tag (or the last 100 commits for a first release), and the
 * files the range changed (path → status; `complete` false when GitHub may have cut the list).
 */
async function commitsSince(
  run: ShipRun,
  previousTag: string | null
): Promise<{ commits: Array<{ sha: string; message: string; date?: string }>; changed?: ChangedFiles }> {
  const { client, context } = run;
  const { owner, repo } = client;
  const shape = (c: { sha: string; commit: { message: string; committer?: { date?: string } | null } }) => ({ sha: c.sha, message: c.commit.message, date: c.commit.committer?.date });
  if (previousTag) {
    const { data } = await client.octokit.rest.repos.compareCommits({ owner, repo, base: previousTag, head: context.sha, per_page: 100 });
    const files = data.files ?? [];
    return { commits: data.commits.map(shape), changed: { files: new Map(files.map((f) => [f.filename, f.status])), complete: files.length < 300 } };
  }
  const { data } = await client.octokit.rest.repos.listCommits({ owner, repo, sha: context.sha, per_page: 100 });
  return { commits: data.map(shape) };
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
