/**
 * `npm run release -- X.Y.Z`: releases ship-prod itself, the way actions/typescript-action
 * releases a TypeScript action. A workflow refers to the action by tag (`uses: <owner>/ship-prod@v1`),
 * and the runner runs the committed dist/, so a release is: a commit whose dist/ is built from its
 * sources, the tag `vX.Y.Z` on it, and the major tag `vX` moved to it.
 *
 * Checked before any tag is made (every problem listed at once):
 *   - the working tree is clean and the version is new: valid semver, above every vX.Y.Z tag;
 *   - package.json's version is X.Y.Z (bump it in the pull request that prepares the release);
 *   - action.yml is publishable (scripts/check-action-metadata.ts);
 *   - dist/ is current: `npm run build` leaves it exactly as committed.
 * Then: the annotated tag `vX.Y.Z` at HEAD, and, unless X.Y.Z is a prerelease, the annotated tag
 * `vX` moved to the same commit. With `--push` both go to the remote (`vX` forced: it moves);
 * without it the push commands are printed. Publishing the GitHub release (and, the first time,
 * to the Marketplace) is done on the release page: see docs/releasing.md.
 *
 *   npm run release -- 1.2.0 [--push] [--remote origin]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import semver from 'semver';
import { actionMetadataProblems } from './check-action-metadata.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ReleaseFacts {
  /** What was asked for (`1.2.0` or `v1.2.0`). */
  requested: string;
  /** Every tag of the repository. */
  tags: string[];
  packageVersion: string;
  /** `git status --porcelain` before the build (empty when clean). */
  dirty: string;
  /** Problems of action.yml (scripts/check-action-metadata.ts). */
  metadataProblems: string[];
  /** Files under dist/ that the build changed, added or removed (empty when current). */
  distChanges: string;
}

export interface ReleasePlan {
  problems: string[];
  version: string;
  tag: string;
  /** The major tag moved to the release; undefined for a prerelease. */
  majorTag?: string;
  /** The newest release before this one, if any. */
  previous?: string;
}

/** What a release of `requested` would tag, or why it cannot happen (pure). */
export function planRelease(facts: ReleaseFacts): ReleasePlan {
  const problems: string[] = [];
  const version = semver.valid(facts.requested.replace(/^v/, '')) ?? '';
  if (!version) problems.push(`"${facts.requested}" is not a version: expected X.Y.Z (semver), e.g. 1.2.0`);
  const releases = facts.tags.filter((t) => /^v\d+\.\d+\.\d+(-[\w.]+)?$/.test(t) && semver.valid(t.slice(1))).map((t) => t.slice(1));
  const previous = releases.sort(semver.rcompare)[0];
  const tag = version ? `v${version}` : '';
  if (version && facts.tags.includes(tag)) problems.push(`tag ${tag} already exists: a released tag is never moved; release ${semver.inc(previous ?? version, 'patch')} instead`);
  else if (version && previous && !semver.gt(version, previous)) problems.push(`${version} is not above the latest release v${previous}`);
  if (facts.dirty.trim()) problems.push(`the working tree is not clean; commit or stash first:\n${facts.dirty.trimEnd()}`);
  if (version && facts.packageVersion !== version) {
    problems.push(`package.json says ${facts.packageVersion}: set it to ${version} (npm version ${version} --no-git-tag-version) and commit, then release`);
  }
  problems.push(...facts.metadataProblems.map((p) => `action.yml: ${p}`));
  if (facts.distChanges.trim()) problems.push(`dist/ is not built from the sources (npm run build changed it): commit the rebuilt dist/ first:\n${facts.distChanges.trimEnd()}`);
  const majorTag = version && !semver.prerelease(version) ? `v${semver.major(version)}` : undefined;
  return { problems, version, tag, ...(majorTag ? { majorTag } : {}), ...(previous ? { previous: `v${previous}` } : {}) };
}

/** The git commands that make the plan's tags (and push them, with a remote). */
export function tagCommands(plan: ReleasePlan, remote?: string): string[][] {
  const commands = [['git', 'tag', '-a', plan.tag, '-m', `ship-prod ${plan.version}`]];
  if (plan.majorTag) commands.push(['git', 'tag', '-f', '-a', plan.majorTag, '-m', `ship-prod ${plan.majorTag} (at ${plan.tag})`]);
  if (remote) {
    commands.push(['git', 'push', remote, `refs/tags/${plan.tag}`]);
    if (plan.majorTag) commands.push(['git', 'push', '--force', remote, `refs/tags/${plan.majorTag}`]);
  }
  return commands;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

function main(): void {
  const args = process.argv.slice(2);
  const requested = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--remote');
  const push = args.includes('--push');
  const remote = args.includes('--remote') ? args[args.indexOf('--remote') + 1]! : 'origin';
  if (!requested) {
    console.error('usage: npm run release -- X.Y.Z [--push] [--remote origin]');
    process.exit(2);
  }
  const dirty = git('status', '--porcelain');
  // The build runs only on a clean tree, so whatever it changes is dist/ being out of date.
  if (!dirty.trim()) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const plan = planRelease({
    requested,
    tags: git('tag', '--list').split('\n').filter(Boolean),
    packageVersion: (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version,
    dirty,
    metadataProblems: actionMetadataProblems(readFileSync(path.join(root, 'action.yml'), 'utf8')),
    distChanges: dirty.trim() ? '' : git('status', '--porcelain', '--', 'dist')
  });
  if (plan.problems.length) {
    for (const p of plan.problems) console.error(`✗ ${p}`);
    process.exit(1);
  }
  const head = git('rev-parse', '--short', 'HEAD').trim();
  for (const command of tagCommands(plan, push ? remote : undefined)) {
    console.log(`$ ${command.join(' ')}`);
    execFileSync(command[0]!, command.slice(1), { cwd: root, stdio: 'inherit' });
  }
  console.log(`\nTagged ${plan.tag}${plan.majorTag ? ` and moved ${plan.majorTag}` : ' (a prerelease: no major tag moved)'} at ${head}${plan.previous ? `; previous release ${plan.previous}` : ''}.`);
  if (!push) {
    console.log(`Push them:\n  ${tagCommands(plan, remote).slice(plan.majorTag ? 2 : 1).map((c) => c.join(' ')).join('\n  ')}`);
  }
  console.log(`Then publish the release: gh release create ${plan.tag} --verify-tag --generate-notes (see docs/releasing.md).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
