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
import type { GateVerdict } from '../ship.js';

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
  const [lockText, changelogText, tagRefs, releases, commitsSinceLikely] = await Promise.all([
    followsLock ? files.read(lockFile) : Promise.resolve(null),
    files.read(settings.changelogFile),
    listTagRefs(client),
    listRecentReleases(client),
    wantCommits && likelyPreviousTag ? commitsSince(run, likelyPreviousTag).catch((error: unknown) => (statusOf(error) === 404 ? null : Promise.reject(error))) : Promise.resolve(null)
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
  const commits = !wantCommits ? [] : previousTag && previousTag === likelyPreviousTag && commitsSinceLikely ? commitsSinceLikely : await commitsSince(run, previousTag);
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
    () => decideBump({ current, commits, unreleased, preid: settings.preid })
  );
  const next = decided.next;
  const tag = `${settings.tagPrefix}${next}`;
  const badTag = tagNameVerdict(tag, settings.tagPrefix, settings.version ? 'version' : 'tag-prefix');
  if (badTag) return blockedBy(run, [badTag]);
  const refusedFacts = versionFactsVerdicts(run, next, tag);
  if (refusedFacts.length) return blockedBy(run, refusedFacts);

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
    if (changelog.text !== changelogText) planFiles.push({ path: settings.changelogFile, content: changelog.text });
  } else if (changelogText !== null) {
    section = parseUnreleased(changelogText)?.raw ?? '';
  }

  record.version = { previous: current, next, tag, rule: decided.rule, changelogSection: section };
  run.versionPlan = { files: planFiles, tagRefs, prerelease: semver.prerelease(next) !== null, fromReleaseEvent: false };
  const existing = tagRefs.find((t) => t.name === tag);
  const summary = `${current} → ${next} (${decided.rule})${existing ? `; tag ${tag} already exists (re-run?)` : ''}`;
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

/** Commit messages since the previous release tag (or the last 100 commits for a first release). */
async function commitsSince(run: ShipRun, previousTag: string | null): Promise<Array<{ sha: string; message: string }>> {
  const { client, context } = run;
  const { owner, repo } = client;
  if (previousTag) {
    const { data } = await client.octokit.rest.repos.compareCommits({ owner, repo, base: previousTag, head: context.sha, per_page: 100 });
    return data.commits.map((c) => ({ sha: c.sha, message: c.commit.message }));
  }
  const { data } = await client.octokit.rest.repos.listCommits({ owner, repo, sha: context.sha, per_page: 100 });
  return data.map((c) => ({ sha: c.sha, message: c.commit.message }));
}
