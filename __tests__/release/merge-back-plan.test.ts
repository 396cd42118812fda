import { describe, expect, test } from '@jest/globals';
import { carriedReleases, choosePull, planMergeBack, pullText, type HeadCommit, type MergeBackFacts, type OpenPull } from '../../src/release/merge-back-plan.js';

const R1 = '1'.repeat(40);
const R2 = '2'.repeat(40);
const M = 'm'.repeat(40);
const REASON = 'the pull_request rule on main: changes must come through a pull request';

const pull = (over: Partial<OpenPull> = {}): OpenPull => ({
  number: 7,
  title: 'chore(release): bring v1.5.0 back into main',
  body: pullText('main', REASON, [{ tag: 'v1.5.0', sha: R1 }]).body,
  headRef: 'ship-prod/release-1.5.0',
  headSha: R1,
  headRepo: 'acme/svc',
  htmlUrl: 'https://github.com/acme/svc/pull/7',
  ...over
});

const facts = (over: Partial<MergeBackFacts> = {}): MergeBackFacts => ({
  target: 'main',
  repository: 'acme/svc',
  version: '1.6.0',
  tag: 'v1.6.0',
  releaseSha: R2,
  reason: REASON,
  pulls: [],
  ...over
});

describe('planMergeBack', () => {
  test('no open pull request: a branch named after the version at the release commit, and a pull request', () => {
    expect(planMergeBack(facts())).toEqual({
      action: 'open',
      branch: 'ship-prod/release-1.6.0',
      title: 'chore(release): bring v1.6.0 back into main',
      body: expect.stringContaining('<!-- ship-prod:merge-back v1.6.0=2222222222222222222222222222222222222222 -->')
    });
  });

  test('ship-prod’s open pull request at an earlier release commit: a merge commit adds this release, title and body list both', () => {
    const plan = planMergeBack(facts({ pulls: [pull()], head: { sha: R1, parents: ['p'.repeat(40)], message: 'chore(release): 1.5.0' } }));
    expect(plan).toMatchObject({ action: 'extend', mergeMessage: 'chore(release): merge v1.6.0 into ship-prod/release-1.5.0', title: 'chore(release): bring v1.5.0 and v1.6.0 back into main' });
    expect(carriedReleases((plan as { body: string }).body)).toEqual([{ tag: 'v1.5.0', sha: R1 }, { tag: 'v1.6.0', sha: R2 }]);
  });

  test('a head that is ship-prod’s merge commit: extended again', () => {
    const plan = planMergeBack(facts({ pulls: [pull({ headSha: M })], head: { sha: M, parents: [R1, 'x'.repeat(40)], message: 'chore(release): merge v1.5.1 into ship-prod/release-1.5.0\n' } }));
    expect(plan.action).toBe('extend');
  });

  test.each([
    ['a re-run: the pull request’s head is this release commit', pull({ headSha: R2, body: pullText('main', REASON, [{ tag: 'v1.6.0', sha: R2 }]).body }), { sha: R2, parents: [], message: 'chore(release): 1.6.0' }, { action: 'found' }],
    ['the branch was moved but the text not updated (a lost answer)', pull({ headSha: M }), { sha: M, parents: [R1, R2], message: 'chore(release): merge v1.6.0 into ship-prod/release-1.5.0' }, { action: 'found', update: { title: 'chore(release): bring v1.5.0 and v1.6.0 back into main' } }]
  ] as Array<[string, OpenPull, HeadCommit, Record<string, unknown>]>)('%s', (_name, p, head, expected) => {
    expect(planMergeBack(facts({ pulls: [p], head }))).toMatchObject(expected);
  });

  test('someone’s commit on the branch: left alone, with why, and no second pull request', () => {
    const plan = planMergeBack(facts({ pulls: [pull({ headSha: M })], head: { sha: M, parents: [R1], message: 'fix the conflict in CHANGELOG.md' } }));
    expect(plan).toEqual({ action: 'leave', pull: expect.objectContaining({ number: 7 }), why: expect.stringMatching(/^its branch ship-prod\/release-1\.5\.0 has commits ship-prod did not make \(head mmmmmmm\), so v1\.6\.0 was not added to it/) });
  });

  test('pull requests that are not ship-prod’s are not touched', () => {
    expect(choosePull([pull({ headRef: 'feature/x' }), pull({ headRepo: 'fork/svc' }), pull({ number: 9 })], 'acme/svc')?.number).toBe(9);
    expect(planMergeBack(facts({ pulls: [pull({ headRef: 'release/1.5.0' })] })).action).toBe('open');
  });

  test('many releases are named by the first and the last', () => {
    const releases = ['v1.1.0', 'v1.2.0', 'v1.3.0', 'v1.4.0'].map((tag, i) => ({ tag, sha: String(i).repeat(40) }));
    expect(pullText('main', REASON, releases).title).toBe('chore(release): bring v1.1.0 … v1.4.0 (4 releases) back into main');
  });
});
