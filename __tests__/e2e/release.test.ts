/**
 * Version, tag and release, exactly once: real ships of the sample repository against the
 * sandbox, checked through the sandbox's git store (real git SHAs) and its request log.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { locksLeft, shipFixture, writesBesideLock, type ShipFixture, type ShipResult } from '../helpers/e2e.js';
import type { ReleaseRecord } from '../../sandbox/github/types.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

const releasesFor = (f: ShipFixture, tag: string) => (f.sandbox.state.releases as ReleaseRecord[]).filter((r) => r.tagName === tag);
const tagRefs = (f: ShipFixture) => [...f.sandbox.state.git.refs().keys()].filter((r) => r.startsWith('refs/tags/')).sort();

function expectShipped(result: ShipResult): void {
  expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 0, status: 'shipped' });
}

describe('one ship', () => {
  it('creates one release commit (parent: the shipped commit, only version files differ), one annotated tag, one published release', async () => {
    fx = await shipFixture();
    const result = await fx.ship();
    expectShipped(result);
    const git = fx.sandbox.state.git;

    // The release commit.
    const releaseSha = result.outputs.sha!;
    const commit = git.getCommit(releaseSha)!;
    expect(commit.parents).toEqual([fx.sample.sha]);
    expect(commit.message.split('\n')[0]).toBe('chore(release): 1.5.0');
    const changed = ['package.json', 'package-lock.json', 'CHANGELOG.md', 'src/checkout.js', 'server.js', '.github/workflows/deploy.yml', 'specs/001-checkout-redesign/state.yaml'].filter(
      (f) => git.readFile(releaseSha, f)?.toString() !== git.readFile(fx!.sample.sha, f)?.toString()
    );
    expect(changed.sort()).toEqual(['CHANGELOG.md', 'package-lock.json', 'package.json']);
    expect(JSON.parse(git.readFile(releaseSha, 'package.json')!.toString()).version).toBe('1.5.0');
    const lock = JSON.parse(git.readFile(releaseSha, 'package-lock.json')!.toString());
    expect([lock.version, lock.packages[''].version]).toEqual(['1.5.0', '1.5.0']);
    const changelog = git.readFile(releaseSha, 'CHANGELOG.md')!.toString();
    expect(changelog).toMatch(/## \[Unreleased\]\n\n## \[1\.5\.0\] - \d{4}-\d{2}-\d{2}\n\n### Added\n\n- One-page checkout/);
    expect(changelog).toContain('[unreleased]: https://github.com/acme/sample-service/compare/v1.5.0...HEAD');

    // One annotated tag: a tag object whose message holds the changelog section.
    expect(tagRefs(fx)).toEqual(['refs/tags/v1.4.0', 'refs/tags/v1.5.0']);
    const tagObjectSha = git.getRef('refs/tags/v1.5.0')!;
    expect(git.objectType(tagObjectSha)).toBe('tag');
    const tag = git.getTag(tagObjectSha)!;
    expect(tag.object).toEqual({ sha: releaseSha, type: 'commit' });
    expect(tag.message).toContain('Release 1.5.0');
    expect(tag.message).toContain('- One-page checkout with saved addresses.');
    expect(tag.message).toContain('- Totals no longer round twice on discounted carts.');

    // One release, published and latest, with the section as notes.
    const releases = releasesFor(fx, 'v1.5.0');
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ draft: false, prerelease: false });
    expect(releases[0]!.body).toContain('### Fixed');
    expect(result.outputs['release-id']).toBe(String(releases[0]!.id));
    expect(result.outputs['release-url']).toMatch(/\/releases\/tag\/v1\.5\.0$/);

    // The branch was fast-forwarded to the release commit.
    expect(git.getRef('refs/heads/main')).toBe(releaseSha);
    expect(result.outputs).toMatchObject({ version: '1.5.0', 'previous-version': '1.4.0', tag: 'v1.5.0', health: 'skipped', 'rolled-back': 'false' });
  });

  it('a second run of the same job changes nothing and duplicates nothing', async () => {
    fx = await shipFixture();
    const first = await fx.ship();
    expectShipped(first);
    const refsBefore = new Map(fx.sandbox.state.git.refs());
    const second = await fx.ship();
    expectShipped(second);
    expect(writesBesideLock(second.writes).map((w) => `${w.method} ${w.path}`)).toEqual([]);
    expect(locksLeft(fx.sandbox)).toEqual([]);
    expect(second.outputs.sha).toBe(first.outputs.sha);
    expect(second.outputs['release-id']).toBe(first.outputs['release-id']);
    expect(new Map(fx.sandbox.state.git.refs())).toEqual(refsBefore);
    expect(releasesFor(fx, 'v1.5.0')).toHaveLength(1);
    expect(second.summary).toContain('reused');
  });

  it('a lost answer to the release creation: the draft GitHub made is found and used, never created twice', async () => {
    fx = await shipFixture();
    // The release is created but its answer is lost (a 502 after the write), again and again.
    fx.sandbox.state.scenario.faults.push({ match: 'repos/create-release', status: 502, afterEffect: true, times: 4 });
    const first = await fx.ship();
    expectShipped(first);
    expect(first.writes.filter((w) => w.operationId === 'repos/create-release')).toHaveLength(1);
    expect(releasesFor(fx, 'v1.5.0').map((r) => [r.id, r.draft])).toEqual([[Number(first.outputs['release-id']), false]]);
    expect(first.stdout).toContain('GitHub had applied it');
  });

  it('a re-run after a failure resumes: the tag created before the failure is reused, not moved', async () => {
    fx = await shipFixture();
    // GitHub refuses the release four times (a 502 before the write): retries are used up.
    fx.sandbox.state.scenario.faults.push({ match: 'repos/create-release', status: 502, times: 4 });
    const first = await fx.ship();
    expect(first.outputs.status).toBe('failed');
    const tagBefore = fx.sandbox.state.git.getRef('refs/tags/v1.5.0');
    expect(tagBefore).toBeDefined();
    const second = await fx.ship();
    expectShipped(second);
    expect(fx.sandbox.state.git.getRef('refs/tags/v1.5.0')).toBe(tagBefore);
    expect(releasesFor(fx, 'v1.5.0').map((r) => r.draft)).toEqual([false]);
  });
});

describe('a tag that is not this ship', () => {
  it('a tag at another commit, found before any write, blocks the run without side effects', async () => {
    fx = await shipFixture();
    fx.sandbox.state.git.setRef('refs/tags/v1.5.0', fx.sample.previousSha);
    const result = await fx.ship();
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 1, status: 'blocked' });
    expect(writesBesideLock(result.writes)).toEqual([]);
    expect(locksLeft(fx.sandbox)).toEqual([]);
    expect(result.summary).toMatch(/tag v1\.5\.0 already exists at [0-9a-f]{7}, another commit; it is never moved/);
    expect(fx.sandbox.state.git.getRef('refs/tags/v1.5.0')).toBe(fx.sample.previousSha);
    expect(result.summary).toContain('Nothing was changed');
  });
});

describe('two runs racing for one tag', () => {
  it('one creates the tag and the release; the other finds them and reuses both', async () => {
    fx = await shipFixture();
    // Ships of one environment wait for each other (lock.test.ts); these two ship to two
    // environments. Hold the first run's tag ref creation (its second ref: the first is its
    // lock) for a while, so that the second run ships in between.
    const hold = { match: 'git/create-ref', delayMs: 2500, times: 1, skip: 1 };
    fx.sandbox.state.scenario.faults.push(hold);
    const slow = fx.ship();
    for (let i = 0; i < 200 && !(hold as { used?: number }).used; i++) await new Promise((r) => setTimeout(r, 25));
    const fast = await fx.ship({ environment: 'staging' });
    const late = await slow;
    expectShipped(fast);
    expectShipped(late);
    expect(late.outputs.sha).toBe(fast.outputs.sha);
    expect(tagRefs(fx)).toEqual(['refs/tags/v1.4.0', 'refs/tags/v1.5.0']);
    expect(releasesFor(fx, 'v1.5.0')).toHaveLength(1);
    expect(late.summary).toContain('created by a concurrent run');
  }, 40_000);
});

describe('bump none and explicit versions', () => {
  it('bump: none tags the shipped commit itself, with no release commit', async () => {
    fx = await shipFixture({ previousVersion: '1.4.0' });
    fx.sandbox.state.git.deleteRef('refs/tags/v1.4.0');
    const result = await fx.ship({ bump: 'none' });
    expectShipped(result);
    expect(result.outputs.sha).toBe(fx.sample.sha);
    const tagObject = fx.sandbox.state.git.getRef('refs/tags/v1.4.0')!;
    expect(fx.sandbox.state.git.getTag(tagObject)!.object.sha).toBe(fx.sample.sha);
    expect(fx.sandbox.state.git.getRef('refs/heads/main')).toBe(fx.sample.sha);
  });

  it('a later job takes the same release further (ref = the tag, bump: none): nothing new is written, and the previous version is the release before it', async () => {
    fx = await shipFixture();
    const first = await fx.ship({ 'deploy-workflow': 'deploy.yml', environment: 'prod-eu-canary' });
    expectShipped(first);
    const tagsBefore = tagRefs(fx);
    const later = await fx.ship({ 'deploy-workflow': 'deploy.yml', environment: 'production', ref: 'v1.5.0', bump: 'none', 'staging-environment': 'prod-eu-canary' }, { sha: first.outputs.sha! });
    expectShipped(later);
    expect(later.outputs).toMatchObject({ version: '1.5.0', tag: 'v1.5.0', 'previous-version': '1.4.0', sha: first.outputs.sha });
    expect(tagRefs(fx)).toEqual(tagsBefore);
    expect(releasesFor(fx, 'v1.5.0')).toHaveLength(1);
    expect(writesBesideLock(later.writes).map((w) => w.operationId)).not.toEqual(expect.arrayContaining(['git/create-ref']));
    expect(locksLeft(fx.sandbox)).toEqual([]);
    const report = JSON.parse(later.outputs['report-json']!) as { headline: string; gates: Array<{ name: string; passed: boolean }> };
    expect(report.headline).toBe('Shipped v1.5.0 (1.4.0 → 1.5.0)');
    // What a rollback of the later job would put back: the release before, not the same one again.
    expect(report.gates).toContainEqual(expect.objectContaining({ name: 'rollback at v1.4.0', passed: true }));
  }, 60_000);

  it('an explicit prerelease version makes a prerelease that is not marked latest', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ version: '2.0.0-rc.1' });
    expectShipped(result);
    const [release] = releasesFor(fx, 'v2.0.0-rc.1');
    expect(release).toMatchObject({ draft: false, prerelease: true });
  });
});

describe('release-triggered mode', () => {
  it('takes version and tag from the release event: no bump, no new tag or release', async () => {
    fx = await shipFixture();
    const tagsBefore = tagRefs(fx);
    const result = await fx.ship(
      {},
      {
        eventName: 'release',
        sha: fx.sample.previousSha,
        ref: 'refs/tags/v1.4.0',
        event: {
          action: 'published',
          release: { id: 77, tag_name: 'v1.4.0', target_commitish: 'main', draft: false, prerelease: false, html_url: 'https://example.test/releases/77' },
          repository: { default_branch: 'main' }
        }
      }
    );
    expectShipped(result);
    expect(result.outputs).toMatchObject({ version: '1.4.0', tag: 'v1.4.0', sha: fx.sample.previousSha, 'release-id': '77' });
    expect(writesBesideLock(result.writes)).toEqual([]);
    expect(tagRefs(fx)).toEqual(tagsBefore);
  });
});
