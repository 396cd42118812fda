/**
 * Commit classification by Conventional Commits 1.0.0 (https://www.conventionalcommits.org/en/v1.0.0/),
 * the cases ship-prod got wrong before (issue 21), each with the spec item that decides it.
 */
import { describe, expect, test } from '@jest/globals';
import { classifyCommit, decideBump } from '../../src/version/bump.js';

describe('headers: a type, an optional scope and !, then a REQUIRED colon and space (§1, §5)', () => {
  test.each([
    // [message, level, label]
    ['feat:add x', null, 'non-conventional'],
    ['feat:\tx', null, 'non-conventional'],
    ['feat(api)!:x', null, 'non-conventional'],
    ['fix:x', null, 'non-conventional'],
    ['feat :x', null, 'non-conventional'],
    ['feat : x', null, 'non-conventional'],
    ['  feat: leading spaces', null, 'non-conventional'],
    ['\tfix: leading tab', null, 'non-conventional'],
    ['feat: x', 'minor', 'feat'],
    ['feat(api)!: x', 'major', 'breaking'],
    ['feat(api): x   ', 'minor', 'feat'],
    ['FEAT: upper-case type (§15: not case sensitive)', 'minor', 'feat'],
    ['fix(parser):  two spaces still start the description', 'patch', 'fix']
  ])('%j → %s (%s)', (message, level, label) => {
    const got = classifyCommit(message);
    expect([got.level, got.label]).toEqual([level, label]);
  });

  test('a header that is not conventional asks for nothing: feat:add x is a patch release, not minor', () => {
    const decision = decideBump({ current: '1.2.3', commits: [{ sha: 'a'.repeat(40), message: 'feat:add x' }], unreleased: null, preid: '' });
    expect(decision.bump).toBe('patch');
  });
});

describe('breaking-change footers: the upper-case token BREAKING CHANGE or BREAKING-CHANGE, a colon, a space (§12, §16)', () => {
  test.each([
    ['fix: x\n\nBREAKING CHANGE : c', 'patch'],
    ['fix: x\n\nBREAKING CHANGE:c', 'patch'],
    ['fix: x\n\nBREAKING  CHANGE: c', 'patch'],
    ['fix: x\n\nBREAKING_CHANGE: c', 'patch'],
    ['fix: x\n\n* BREAKING CHANGE: a bullet in the body is not a footer', 'patch'],
    ['fix: x\n\n  BREAKING CHANGE: indented', 'patch'],
    ['fix: x\n\nbreaking change: lower case', 'patch'],
    ['fix: x\n\nBreaking Change: mixed case', 'patch'],
    ['BREAKING CHANGE: remove x', null],
    ['BREAKING CHANGE: remove x\n\nmore words', null],
    ['fix: x\n\nBREAKING CHANGE: c', 'major'],
    ['fix: x\n\nBREAKING-CHANGE: c', 'major'],
    ['fix: x\n\nBody.\n\nRefs: #1\nBREAKING CHANGE: c', 'major'],
    ['fix: x\n\nBREAKING CHANGE:\n  the value on the next lines (§10)', 'major'],
    ['docs: x\n\nBREAKING CHANGE: any type', 'major']
  ])('%j → %s', (message, level) => {
    expect(classifyCommit(message).level).toBe(level);
  });
});

describe('reverts', () => {
  const sha = (c: string) => c.repeat(40);
  const decide = (messages: Array<[string, string]>) =>
    decideBump({ current: '1.2.3', commits: messages.map(([s, message]) => ({ sha: s, message })), unreleased: null, preid: '' });

  test('git’s own message with an unquoted subject cancels the reverted commit', () => {
    const decision = decide([
      [sha('a'), 'feat: a'],
      [sha('b'), `Revert feat: a\n\nThis reverts commit ${sha('a')}.`]
    ]);
    expect(decision.bump).toBe('patch');
    expect(decision.evidence[0]).toMatch(/reverts commit aaaaaaa "feat: a": both left out/);
  });

  test.each([
    ['Revert "feat: a"', 'feat: a'],
    ['Revert feat: a', 'feat: a'],
    ['Revert "Revert "feat: a""', 'Revert "feat: a"'],
    ['Reapply "feat: a"', 'Revert "feat: a"'],
    ['revert: feat: a', 'feat: a'],
    ['revert: "feat: a"', 'feat: a']
  ])('%j reverts %j', (header, target) => {
    expect(classifyCommit(`${header}\n\nThis reverts commit ${sha('c')}.`).revert).toEqual({ sha: sha('c'), header: target });
  });

  test('an unquoted revert without a sha is matched by the reverted header', () => {
    const decision = decide([
      [sha('a'), 'feat: a'],
      [sha('b'), 'Revert feat: a']
    ]);
    expect(decision.bump).toBe('patch');
  });

  test('git’s Reapply of a revert brings the change back', () => {
    const decision = decide([
      [sha('c'), `Reapply "feat: a"\n\nThis reverts commit ${sha('b')}.`],
      [sha('b'), `Revert "feat: a"\n\nThis reverts commit ${sha('a')}.`],
      [sha('a'), 'feat: a']
    ]);
    expect(decision.bump).toBe('minor');
  });
});
