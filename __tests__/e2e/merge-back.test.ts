/**
 * Protected branches end to end (issue 21): `main` under a pull-request rule cannot take the
 * release commit, so one merge-back pull request brings it back; the next ship, from a main that
 * has not merged it, continues from the newest release tag and its changelog section holds only
 * what was not released yet. Two ships in a row: 1.5.0, then 1.6.0, one pull request, updated.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setBranchRules } from '../../sandbox/github/handlers/checks.js';
import type { MemoryGitStore } from '../../sandbox/github/git-store.js';
import type { ReleaseRecord } from '../../sandbox/github/types.js';
import { explain, locksLeft, shipFixture, writesBesideLock, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

function expectShipped(result: ShipResult): void {
  if (result.outputs.status !== 'shipped') throw new Error(explain(result));
}

/** A new commit on main (as a merged pull request leaves it): the changelog gains an entry. */
async function commitOnMain(f: ShipFixture, message: string, entry: string): Promise<string> {
  const file = path.join(f.sample.dir, 'CHANGELOG.md');
  const changelog = f.sample.git(['show', 'HEAD:CHANGELOG.md']);
  writeFileSync(file, `${changelog.replace('## [Unreleased]\n\n### Added\n\n', `## [Unreleased]\n\n### Added\n\n- ${entry}\n`)}\n`);
  writeFileSync(path.join(f.sample.dir, 'src/cart.js'), `export const cart = '${entry}';\n`);
  f.sample.git(['add', '-A']);
  f.sample.git(['commit', '-q', '-m', message]);
  // GitHub learns of the commit (and main moving to it) as a push would tell it.
  await (f.sandbox.state.git as MemoryGitStore).seedFromRepository(f.sample.dir);
  return f.sample.git(['rev-parse', 'HEAD']);
}

const openPulls = (f: ShipFixture) => f.sandbox.state.pulls.filter((p) => p.state === 'open');
const text = (f: ShipFixture, sha: string, file: string) => f.sandbox.state.git.readFile(sha, file)!.toString('utf8');
const releaseBody = (f: ShipFixture, tag: string) => (f.sandbox.state.releases as ReleaseRecord[]).find((r) => r.tagName === tag)?.body ?? '';

describe('a protected main', () => {
  it('two ships in a row: 1.5.0 then 1.6.0, one merge-back pull request (updated), each changelog section only its own changes', async () => {
    fx = await shipFixture();
    const git = fx.sandbox.state.git;
    setBranchRules(fx.sandbox.state, 'main', [{ type: 'pull_request', parameters: { required_approving_review_count: 0 } }]);

    // Ship 1: the tag holds the release commit; main is left alone; a pull request brings it back.
    const first = await fx.ship();
    expectShipped(first);
    expect(first.outputs).toMatchObject({ version: '1.5.0', 'previous-version': '1.4.0', tag: 'v1.5.0' });
    const release1 = first.outputs.sha!;
    expect(git.getRef('refs/heads/main')).toBe(fx.sample.sha);
    expect(git.getRef('refs/heads/ship-prod/release-1.5.0')).toBe(release1);
    expect(openPulls(fx)).toHaveLength(1);
    const [pull] = openPulls(fx);
    expect(pull).toMatchObject({ headRef: 'ship-prod/release-1.5.0', baseRef: 'main', title: 'chore(release): bring v1.5.0 back into main' });
    expect(pull!.body).toContain('changes must come through a pull request');
    expect(first.summary).toMatch(new RegExp(`merge-back pull request \\| \\[#${pull!.number}\\]\\([^)]*/pull/${pull!.number}\\) from \`ship-prod/release-1\\.5\\.0\` \\(opened\\)`));
    const report1 = JSON.parse(first.outputs['report-json']!) as { release: { mergeBack: unknown } };
    expect(report1.release.mergeBack).toMatchObject({ number: pull!.number, branch: 'ship-prod/release-1.5.0', action: 'opened' });

    // A re-run of ship 1 changes nothing.
    const again = await fx.ship();
    expectShipped(again);
    expect(writesBesideLock(again.writes)).toEqual([]);
    expect(locksLeft(fx.sandbox)).toEqual([]);

    // main moves on (the pull request is not merged yet): a new feature with its changelog entry.
    const next = await commitOnMain(fx, 'feat(cart): gift cards', 'Gift cards.');
    expect(JSON.parse(text(fx, next, 'package.json')).version).toBe('1.4.0');

    // Ship 2: continues from the v1.5.0 tag, not from package.json's 1.4.0.
    const second = await fx.ship({}, { sha: next });
    expectShipped(second);
    expect(second.outputs).toMatchObject({ version: '1.6.0', 'previous-version': '1.5.0', tag: 'v1.6.0' });
    const release2 = second.outputs.sha!;
    expect(git.getCommit(release2)!.parents).toEqual([next]);
    expect(JSON.parse(text(fx, release2, 'package.json')).version).toBe('1.6.0');
    expect(second.summary).toContain('behind the newest release tag v1.5.0');

    // 1.6.0's changelog section holds only the second change; 1.5.0's section is there, from the tag.
    const changelog = text(fx, release2, 'CHANGELOG.md');
    const section = changelog.slice(changelog.indexOf('## [1.6.0]'), changelog.indexOf('## [1.5.0]'));
    expect(section).toMatch(/^## \[1\.6\.0\] - \d{4}-\d{2}-\d{2}\n\n### Added\n\n- Gift cards\.\n\n$/);
    expect(changelog).toContain('## [1.5.0]');
    expect(changelog.indexOf('- One-page checkout with saved addresses.')).toBeGreaterThan(changelog.indexOf('## [1.5.0]'));
    expect(changelog).toContain('[unreleased]: https://github.com/acme/sample-service/compare/v1.6.0...HEAD\n[1.6.0]: https://github.com/acme/sample-service/compare/v1.5.0...v1.6.0\n[1.5.0]:');
    const tag2 = git.getTag(git.getRef('refs/tags/v1.6.0')!)!;
    expect(tag2.message).toContain('- Gift cards.');
    expect(tag2.message).not.toContain('One-page checkout');
    expect(releaseBody(fx, 'v1.6.0')).not.toContain('One-page checkout');

    // One merge-back pull request, updated: its branch carries both release commits.
    expect(openPulls(fx).map((p) => p.number)).toEqual([pull!.number]);
    const updated = openPulls(fx)[0]!;
    expect(updated.title).toBe('chore(release): bring v1.5.0 and v1.6.0 back into main');
    const headSha = git.getRef('refs/heads/ship-prod/release-1.5.0')!;
    const merge = git.getCommit(headSha)!;
    expect(merge.parents).toEqual([release1, release2]);
    expect(merge.tree).toBe(git.getCommit(release2)!.tree);
    expect(git.getRef('refs/heads/main')).toBe(next);
    expect(second.summary).toMatch(/from `ship-prod\/release-1\.5\.0` \(updated\)/);
  }, 120_000);

  it('lost answers to the merge-back writes: GitHub had applied them, and there is still one pull request', async () => {
    fx = await shipFixture();
    setBranchRules(fx.sandbox.state, 'main', [{ type: 'pull_request', parameters: { required_approving_review_count: 0 } }]);
    const faults = fx.sandbox.state.scenario.faults;
    faults.push({ match: 'pulls/create', status: 502, afterEffect: true });
    const first = await fx.ship();
    expectShipped(first);
    expect(first.writes.filter((w) => w.operationId === 'pulls/create')).toHaveLength(1);
    expect(first.stdout).toContain('GitHub had applied it');
    expect(openPulls(fx)).toHaveLength(1);

    const next = await commitOnMain(fx, 'feat(cart): gift cards', 'Gift cards.');
    // The merge commit (the second commit this ship makes) and the pull request update lose their answers.
    faults.push({ match: 'git/create-commit', skip: 1, reset: true, afterEffect: true }, { match: 'pulls/update', status: 502, afterEffect: true });
    const second = await fx.ship({}, { sha: next });
    expectShipped(second);
    expect(openPulls(fx)).toHaveLength(1);
    expect(openPulls(fx)[0]!.title).toBe('chore(release): bring v1.5.0 and v1.6.0 back into main');
    const head = fx.sandbox.state.git.getCommit(fx.sandbox.state.git.getRef('refs/heads/ship-prod/release-1.5.0')!)!;
    expect(head.parents).toEqual([first.outputs.sha, second.outputs.sha]);
    expect(second.requests.filter((r) => r.lost || r.fault).map((r) => r.operationId)).toEqual(['git/create-commit', 'pulls/update']);
  }, 120_000);

  it('a token without pull-requests: write: the ship still ships, and the warning names the permission (the README permissions section says so)', async () => {
    fx = await shipFixture();
    setBranchRules(fx.sandbox.state, 'main', [{ type: 'pull_request', parameters: { required_approving_review_count: 0 } }]);
    fx.sandbox.state.scenario.forbidden = ['pulls/create'];
    const result = await fx.ship();
    expectShipped(result);
    expect(openPulls(fx)).toHaveLength(0);
    expect(fx.sandbox.state.git.getRef('refs/heads/main')).toBe(fx.sample.sha);
    expect(result.stdout).toMatch(/::warning::merge-back pull request not made: .*give the job `permissions: pull-requests: write`/);
    expect(result.summary).toContain('bring v1.5.0 into main through a pull request by hand');
  }, 60_000);

  it('a dry run says the branch is left alone and the merge-back pull request opened or updated', async () => {
    fx = await shipFixture();
    setBranchRules(fx.sandbox.state, 'main', [{ type: 'pull_request', parameters: { required_approving_review_count: 0 } }]);
    const result = await fx.ship({ 'dry-run': 'true' });
    expect(result.outputs.status).toBe('dry-run');
    expect(result.writes).toEqual([]);
    expect(result.summary).toContain('leave main alone; open or update the merge-back pull request');
  }, 60_000);
});
