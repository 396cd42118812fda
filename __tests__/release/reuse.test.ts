import { describe, expect, test } from '@jest/globals';
import {
  decideRelease,
  decideTag,
  isReleaseCommitOf,
  releaseCommitMessage,
  type ExistingRelease,
  type ExistingTag
} from '../../src/release/reuse.js';

const SHIPPED = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const RELEASE = 'f00dfacefeedbeef0123456789abcdef01234567';
const OTHER = '0123456789abcdef0123456789abcdef01234567';
const VERSION = '1.4.0';

function tag(over: Partial<ExistingTag>): ExistingTag {
  return { tag: 'v1.4.0', commitSha: RELEASE, ...over };
}

describe('releaseCommitMessage', () => {
  test('is the conventional release subject', () => {
    expect(releaseCommitMessage('1.4.0')).toBe('chore(release): 1.4.0');
    expect(releaseCommitMessage('2.0.0-rc.1')).toBe('chore(release): 2.0.0-rc.1');
  });
});

describe('isReleaseCommitOf', () => {
  test.each([
    ['exact subject', 'chore(release): 1.4.0', true],
    ['subject then a trailing newline', 'chore(release): 1.4.0\n', true],
    ['subject then a body', 'chore(release): 1.4.0\n\nUpdated package.json and CHANGELOG.md\n', true],
    ['CRLF line endings', 'chore(release): 1.4.0\r\n\r\nbody\r\n', true],
    ['leading and trailing spaces on the subject', '  chore(release): 1.4.0  \nbody', true],
    ['another version', 'chore(release): 1.3.0', false],
    ['a version that only starts with this one', 'chore(release): 1.4.00', false],
    ['a longer prerelease of the version', 'chore(release): 1.4.0-rc.1', false],
    ['the tag instead of the version', 'chore(release): v1.4.0', false],
    ['another type', 'feat(release): 1.4.0', false],
    ['no scope', 'chore: 1.4.0', false],
    ['no space after the colon', 'chore(release):1.4.0', false],
    ['the subject only in the body', 'fix: something\n\nchore(release): 1.4.0', false],
    ['a blank first line', '\nchore(release): 1.4.0', false],
    ['extra words after the version', 'chore(release): 1.4.0 [skip ci]', false],
    ['empty', '', false]
  ] as Array<[string, string, boolean]>)('%s', (_name, message, expected) => {
    expect(isReleaseCommitOf(message, VERSION)).toBe(expected);
  });

  test('no message (never read) is not a release commit', () => {
    expect(isReleaseCommitOf(undefined, VERSION)).toBe(false);
  });

  test('matches a prerelease version exactly', () => {
    expect(isReleaseCommitOf('chore(release): 2.0.0-rc.1', '2.0.0-rc.1')).toBe(true);
    expect(isReleaseCommitOf('chore(release): 2.0.0-rc.1', '2.0.0')).toBe(false);
  });
});

describe('decideTag', () => {
  test('no tag: create', () => {
    expect(decideTag(undefined, SHIPPED, VERSION)).toEqual({ action: 'create' });
  });

  test('tag at the shipped commit itself: reuse that commit', () => {
    const decision = decideTag(tag({ commitSha: SHIPPED, parents: [OTHER], message: 'feat: x' }), SHIPPED, VERSION);
    expect(decision).toEqual({
      action: 'reuse',
      commitSha: SHIPPED,
      why: 'tag v1.4.0 already points at the shipped commit a1b2c3d'
    });
  });

  test('tag at the shipped commit, parents and message not read: still reuse', () => {
    expect(decideTag(tag({ commitSha: SHIPPED }), SHIPPED, VERSION)).toMatchObject({ action: 'reuse', commitSha: SHIPPED });
  });

  test("tag at this ship's release commit (a child of the shipped commit): reuse the release commit", () => {
    const decision = decideTag(
      tag({ commitSha: RELEASE, tagObjectSha: OTHER, parents: [SHIPPED], message: 'chore(release): 1.4.0\n\nbody' }),
      SHIPPED,
      VERSION
    );
    expect(decision).toEqual({
      action: 'reuse',
      commitSha: RELEASE,
      why: "tag v1.4.0 already points at this ship's release commit f00dfac (a re-run)"
    });
  });

  const CHILD_OTHER = "tag v1.4.0 already exists at f00dfac, a child of the shipped commit that is not its release commit; it is never moved. Ship a new version (input `version` or `bump`), or delete the tag if it was never released.";
  const ANOTHER = 'tag v1.4.0 already exists at f00dfac, another commit; it is never moved. Ship a new version (input `version` or `bump`), or delete the tag if it was never released.';

  test.each([
    ['a child with another message', { parents: [SHIPPED], message: 'fix: hotfix on top' }, CHILD_OTHER],
    ['a child that is the release commit of another version', { parents: [SHIPPED], message: 'chore(release): 1.3.9' }, CHILD_OTHER],
    ['a child whose message was not read', { parents: [SHIPPED] }, CHILD_OTHER],
    ['a merge commit whose first parent is the shipped commit', { parents: [SHIPPED, OTHER], message: 'chore(release): 1.4.0' }, ANOTHER],
    ['a merge commit whose second parent is the shipped commit', { parents: [OTHER, SHIPPED], message: 'chore(release): 1.4.0' }, ANOTHER],
    ['an unrelated commit with the right message', { parents: [OTHER], message: 'chore(release): 1.4.0' }, ANOTHER],
    ['a root commit with the right message', { parents: [], message: 'chore(release): 1.4.0' }, ANOTHER],
    ['a commit whose parents were not read', { message: 'chore(release): 1.4.0' }, ANOTHER]
  ] as Array<[string, Partial<ExistingTag>, string]>)('tag at %s: fail, never moved', (_name, over, reason) => {
    const decision = decideTag(tag(over), SHIPPED, VERSION);
    expect(decision).toEqual({ action: 'fail', reason });
    if (decision.action !== 'fail') throw new Error('unreachable');
    expect(decision.reason).toContain('v1.4.0');
    expect(decision.reason).toContain('f00dfac');
    expect(decision.reason).not.toContain(RELEASE);
    expect(decision.reason).toContain('never moved');
  });

  test('the shipped commit is compared in full, not by prefix', () => {
    const almost = `${SHIPPED.slice(0, 39)}0`;
    expect(decideTag(tag({ commitSha: almost }), SHIPPED, VERSION)).toMatchObject({ action: 'fail' });
    expect(decideTag(tag({ commitSha: RELEASE, parents: [almost], message: 'chore(release): 1.4.0' }), SHIPPED, VERSION)).toMatchObject({
      action: 'fail'
    });
  });

  test('the reason names the tag as given (any prefix)', () => {
    const decision = decideTag({ tag: 'release-1.4.0', commitSha: OTHER }, SHIPPED, VERSION);
    expect(decision).toEqual({
      action: 'fail',
      reason: 'tag release-1.4.0 already exists at 0123456, another commit; it is never moved. Ship a new version (input `version` or `bump`), or delete the tag if it was never released.'
    });
  });
});

describe('decideRelease', () => {
  const base: ExistingRelease = {
    id: 42,
    tag_name: 'v1.4.0',
    draft: true,
    prerelease: false,
    html_url: 'https://github.com/o/r/releases/tag/untagged-1',
    body: '### Added\n- thing',
    name: 'v1.4.0'
  };
  const wanted = { body: '### Added\n- thing', name: 'v1.4.0' };

  test('no release: create', () => {
    expect(decideRelease(undefined, wanted)).toEqual({ action: 'create' });
  });

  test.each([
    ['draft, same body and name', {}, false, 'draft release 42 for v1.4.0 already exists'],
    ['draft, different body', { body: 'old notes' }, true, 'draft release 42 for v1.4.0 already exists'],
    ['draft, different name', { name: 'Release 1.4.0' }, true, 'draft release 42 for v1.4.0 already exists'],
    ['draft, null body while notes are wanted', { body: null }, true, 'draft release 42 for v1.4.0 already exists'],
    ['draft, missing name', { name: undefined }, true, 'draft release 42 for v1.4.0 already exists'],
    ['published, same body', { draft: false }, false, 'published release 42 for v1.4.0 already exists'],
    ['published, different body: notes left alone', { draft: false, body: 'hand-edited notes' }, false, 'published release 42 for v1.4.0 already exists'],
    ['published, different name: left alone', { draft: false, name: 'Hand named' }, false, 'published release 42 for v1.4.0 already exists'],
    ['published prerelease, different body: left alone', { draft: false, prerelease: true, body: '' }, false, 'published release 42 for v1.4.0 already exists']
  ] as Array<[string, Partial<ExistingRelease>, boolean, string]>)('%s', (_name, over, update, why) => {
    const existing = { ...base, ...over };
    const decision = decideRelease(existing, wanted);
    expect(decision).toEqual({ action: 'reuse', release: existing, update, why });
    if (decision.action === 'reuse') expect(decision.release).toBe(existing);
  });

  test('an empty wanted body equals a null or missing body (no needless update)', () => {
    expect(decideRelease({ ...base, body: null }, { body: '', name: 'v1.4.0' })).toMatchObject({ update: false });
    expect(decideRelease({ ...base, body: undefined }, { body: '', name: 'v1.4.0' })).toMatchObject({ update: false });
  });
});
