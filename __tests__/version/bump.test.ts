import { describe, expect, test } from '@jest/globals';
import type { BumpKind } from '../../src/config/settings.js';
import {
  classifyCommit,
  compareWithTags,
  decideBump,
  latestSemverTag,
  releaseBefore,
  nextVersion,
  resolveVersion,
  type BumpDecision
} from '../../src/version/bump.js';
import { parseUnreleased } from '../../src/version/changelog.js';

type Kind = Exclude<BumpKind, 'auto'>;

// Every bump kind × plain, prerelease and 0.x versions, with and without a preid (semver.inc semantics).
// Columns: major, minor, patch, premajor, preminor, prepatch, prerelease, none.
const KINDS: Kind[] = ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'none'];
const BUMP_TABLE: Array<[string, string, string[]]> = [
  ['1.2.3', '', ['2.0.0', '1.3.0', '1.2.4', '2.0.0-0', '1.3.0-0', '1.2.4-0', '1.2.4-0', '1.2.3']],
  ['1.2.3', 'rc', ['2.0.0', '1.3.0', '1.2.4', '2.0.0-rc.0', '1.3.0-rc.0', '1.2.4-rc.0', '1.2.4-rc.0', '1.2.3']],
  ['1.2.3-rc.0', '', ['2.0.0', '1.3.0', '1.2.3', '2.0.0-0', '1.3.0-0', '1.2.4-0', '1.2.3-rc.1', '1.2.3-rc.0']],
  ['1.2.3-rc.0', 'rc', ['2.0.0', '1.3.0', '1.2.3', '2.0.0-rc.0', '1.3.0-rc.0', '1.2.4-rc.0', '1.2.3-rc.1', '1.2.3-rc.0']],
  ['2.0.0-beta.1', '', ['2.0.0', '2.0.0', '2.0.0', '3.0.0-0', '2.1.0-0', '2.0.1-0', '2.0.0-beta.2', '2.0.0-beta.1']],
  ['2.0.0-beta.1', 'rc', ['2.0.0', '2.0.0', '2.0.0', '3.0.0-rc.0', '2.1.0-rc.0', '2.0.1-rc.0', '2.0.0-rc.0', '2.0.0-beta.1']],
  ['2.0.0-beta.1', 'beta', ['2.0.0', '2.0.0', '2.0.0', '3.0.0-beta.0', '2.1.0-beta.0', '2.0.1-beta.0', '2.0.0-beta.2', '2.0.0-beta.1']],
  ['0.4.2', '', ['1.0.0', '0.5.0', '0.4.3', '1.0.0-0', '0.5.0-0', '0.4.3-0', '0.4.3-0', '0.4.2']],
  ['0.4.2', 'rc', ['1.0.0', '0.5.0', '0.4.3', '1.0.0-rc.0', '0.5.0-rc.0', '0.4.3-rc.0', '0.4.3-rc.0', '0.4.2']]
];

describe('nextVersion', () => {
  const rows = BUMP_TABLE.flatMap(([current, preid, expected]) =>
    KINDS.map((kind, i) => [current, kind, preid, expected[i]] as const)
  );
  test.each(rows)('%s %s preid=%j → %s', (current, kind, preid, expected) => {
    expect(nextVersion(current, kind, preid)).toBe(expected);
  });

  test.each([
    ['v1.2.3', 'patch', '', /current version "v1.2.3" is not a semantic version/],
    ['1.2', 'patch', '', /not a semantic version/],
    ['1.2.3', 'patch', 'r c', /preid "r c" is not a prerelease identifier/],
    ['1.2.3', 'huge', '', /bump "huge" is not one of/]
  ])('%s %s preid=%j is refused', (current, kind, preid, message) => {
    expect(() => nextVersion(current, kind as Kind, preid)).toThrow(message);
  });
});

// ---------------------------------------------------------------------------------------------

function c(sha7: string, message: string): { sha: string; message: string } {
  return { sha: sha7.padEnd(40, '0'), message };
}

interface DecideCase {
  name: string;
  current?: string;
  preid?: string;
  commits?: Array<{ sha: string; message: string }>;
  /** Body of the Unreleased section; undefined: no changelog section at all. */
  changelog?: string;
  bump: 'major' | 'minor' | 'patch';
  kind?: string;
  next: string;
  rule?: string | RegExp;
}

const DECIDE: DecideCase[] = [
  {
    name: 'feat commit and Added heading (the README example)',
    commits: [c('1a2b3c4', 'feat(api): add export'), c('2b3c4d5', 'chore: tidy')],
    changelog: '### Added\n- Export.\n',
    bump: 'minor',
    next: '1.3.0',
    rule: 'minor: feat commit 1a2b3c4 "feat(api): add export" and changelog Unreleased has "Added"'
  },
  { name: 'fix → patch', commits: [c('aaaaaaa', 'fix: crash on empty config')], bump: 'patch', next: '1.2.4', rule: 'patch: fix commit aaaaaaa "fix: crash on empty config"' },
  { name: 'perf → patch', commits: [c('aaaaaaa', 'perf(db): batch inserts')], bump: 'patch', next: '1.2.4', rule: /^patch: perf commit/ },
  { name: 'feat! → major', commits: [c('aaaaaaa', 'feat!: drop the v1 API')], bump: 'major', next: '2.0.0', rule: 'major: breaking commit aaaaaaa "feat!: drop the v1 API"' },
  { name: 'scope and ! → major', commits: [c('aaaaaaa', 'feat(api)!: rename fields')], bump: 'major', next: '2.0.0' },
  { name: 'chore! is breaking too', commits: [c('aaaaaaa', 'chore!: require Node 20')], bump: 'major', next: '2.0.0' },
  {
    name: 'BREAKING CHANGE footer',
    commits: [c('aaaaaaa', 'fix: parse dates as UTC\n\nLong explanation.\n\nBREAKING CHANGE: local times are no longer accepted\nRefs: #12')],
    bump: 'major',
    next: '2.0.0'
  },
  { name: 'BREAKING-CHANGE footer', commits: [c('aaaaaaa', 'refactor: config loader\n\nBREAKING-CHANGE: config.yml is gone')], bump: 'major', next: '2.0.0' },
  { name: 'lower-case breaking footer is not a footer', commits: [c('aaaaaaa', 'fix: x\n\nbreaking change: not really')], bump: 'patch', next: '1.2.4' },
  {
    name: 'BREAKING CHANGE in a non-conventional commit still counts',
    commits: [c('aaaaaaa', 'Update dependencies\n\nBREAKING CHANGE: drops Node 18')],
    bump: 'major',
    next: '2.0.0'
  },
  {
    name: 'CRLF message with a footer',
    commits: [c('aaaaaaa', 'fix: x\r\n\r\nBREAKING CHANGE: y\r\n')],
    bump: 'major',
    next: '2.0.0'
  },
  {
    name: 'types that ask for nothing',
    commits: ['chore: a', 'docs: b', 'ci: c', 'refactor: d', 'test: e', 'build(deps): f', 'style: g'].map((m, i) => c(`${i}bbbbbb`, m)),
    changelog: '',
    bump: 'patch',
    next: '1.2.4',
    rule: 'patch: no feat, fix, perf or breaking commit among 7 commits and no changelog Unreleased entry that calls for one; patch is the least a release takes'
  },
  { name: 'non-conventional messages', commits: [c('aaaaaaa', 'Update README'), c('bbbbbbb', 'WIP')], bump: 'patch', next: '1.2.4', rule: /no feat, fix, perf or breaking commit among 2 commits and no changelog Unreleased section/ },
  { name: 'no commits, no changelog', commits: [], bump: 'patch', next: '1.2.4', rule: /among 0 commits/ },
  { name: 'upper-case type', commits: [c('aaaaaaa', 'Feat: shiny')], bump: 'minor', next: '1.3.0' },
  { name: 'no space after the colon: not conventional (§1)', commits: [c('aaaaaaa', 'feat:shiny')], bump: 'patch', next: '1.2.4' },
  { name: 'unknown type', commits: [c('aaaaaaa', 'feature: shiny')], bump: 'patch', next: '1.2.4' },
  { name: 'hyphenated scope', commits: [c('aaaaaaa', 'fix(ui-kit): focus ring')], bump: 'patch', next: '1.2.4' },
  {
    name: 'multi-line: only the header gives the type',
    commits: [c('aaaaaaa', 'fix: squash of several\n\n* feat: a hidden feature\n* chore: x')],
    bump: 'patch',
    next: '1.2.4'
  },
  {
    name: 'merge commits count for nothing (their commits are listed)',
    commits: [c('aaaaaaa', 'Merge pull request #5 from o/feature\n\nfeat: big thing'), c('bbbbbbb', "Merge branch 'main' into feature"), c('ccccccc', 'fix: small')],
    bump: 'patch',
    next: '1.2.4'
  },
  {
    name: 'mixed: the highest wins and the rule counts the rest',
    commits: [c('aaaaaaa', 'fix: one'), c('bbbbbbb', 'feat: two'), c('ccccccc', 'feat(cli): three'), c('ddddddd', 'chore: four')],
    bump: 'minor',
    next: '1.3.0',
    rule: 'minor: feat commit bbbbbbb "feat: two" (and 1 more)'
  },
  {
    name: 'revert of a commit in the range cancels both',
    commits: [c('aaaaaaa', 'feat: flaky thing'), c('bbbbbbb', 'Revert "feat: flaky thing"\n\nThis reverts commit aaaaaaa0000000000000000000000000000000000.')],
    bump: 'patch',
    next: '1.2.4',
    rule: /^patch: no feat/
  },
  {
    name: 'conventional revert matched by header',
    commits: [c('aaaaaaa', 'feat!: drop things'), c('bbbbbbb', 'revert: feat!: drop things')],
    bump: 'patch',
    next: '1.2.4'
  },
  {
    name: 'revert of a revert brings the change back',
    commits: [
      c('ccccccc', 'Revert "Revert "feat: thing""\n\nThis reverts commit bbbbbbb.'),
      c('bbbbbbb', 'Revert "feat: thing"\n\nThis reverts commit aaaaaaa.'),
      c('aaaaaaa', 'feat: thing')
    ],
    bump: 'minor',
    next: '1.3.0',
    rule: 'minor: feat commit aaaaaaa "feat: thing"'
  },
  {
    name: 'revert of something released earlier is a patch',
    commits: [c('bbbbbbb', 'Revert "feat: old thing"\n\nThis reverts commit 9999999.')],
    bump: 'patch',
    next: '1.2.4',
    rule: 'patch: revert commit bbbbbbb "Revert "feat: old thing""'
  },
  { name: 'changelog Fixed only', changelog: '### Fixed\n- a\n', bump: 'patch', next: '1.2.4', rule: 'patch: changelog Unreleased has "Fixed"' },
  { name: 'changelog Changed and Deprecated', changelog: '### Changed\n- a\n### Deprecated\n- b\n', bump: 'minor', next: '1.3.0', rule: 'minor: changelog Unreleased has "Changed" and "Deprecated"' },
  { name: 'changelog Security', changelog: '### Security\n- a\n', bump: 'patch', next: '1.2.4' },
  {
    name: 'changelog Removed beats a feat commit',
    commits: [c('aaaaaaa', 'feat: x')],
    changelog: '### Added\n- x\n### Removed\n- y\n',
    bump: 'major',
    next: '2.0.0',
    rule: 'major: changelog Unreleased has "Removed"'
  },
  { name: 'changelog breaking note', changelog: '### Changed\n- **BREAKING:** config moved\n', bump: 'major', next: '2.0.0', rule: 'major: changelog Unreleased has a breaking note' },
  { name: 'changelog headings without entries count as nothing', changelog: '### Added\n\n### Removed\n\n### Fixed\n', bump: 'patch', next: '1.2.4', rule: /^patch: no feat/ },
  { name: 'unusual changelog heading counts as nothing', changelog: '### Performance\n- faster\n', bump: 'patch', next: '1.2.4' },
  {
    name: 'commit and changelog agree on major',
    commits: [c('aaaaaaa', 'feat!: x'), c('bbbbbbb', 'fix!: y')],
    changelog: '### Removed\n- z\n',
    bump: 'major',
    next: '2.0.0',
    rule: 'major: breaking commit aaaaaaa "feat!: x" (and 1 more) and changelog Unreleased has "Removed"'
  },
  // 0.x
  {
    name: '0.x: breaking bumps minor',
    current: '0.4.2',
    commits: [c('aaaaaaa', 'feat!: new config')],
    bump: 'minor',
    next: '0.5.0',
    rule: 'minor: breaking commit aaaaaaa "feat!: new config" (0.x: while the major version is 0, a breaking change bumps minor)'
  },
  { name: '0.x: feature bumps patch', current: '0.4.2', commits: [c('aaaaaaa', 'feat: x')], changelog: '### Added\n- x\n', bump: 'patch', next: '0.4.3', rule: /\(0\.x: while the major version is 0, a feature bumps patch\)$/ },
  { name: '0.x: fix stays patch', current: '0.4.2', commits: [c('aaaaaaa', 'fix: x')], bump: 'patch', next: '0.4.3', rule: 'patch: fix commit aaaaaaa "fix: x"' },
  { name: '0.0.x: breaking bumps minor', current: '0.0.7', commits: [c('aaaaaaa', 'fix!: x')], bump: 'minor', next: '0.1.0' },
  // prereleases
  {
    name: 'same preid continues the prerelease',
    current: '2.0.0-rc.1',
    preid: 'rc',
    commits: [c('aaaaaaa', 'feat: x')],
    bump: 'minor',
    kind: 'prerelease',
    next: '2.0.0-rc.2',
    rule: 'prerelease: feat commit aaaaaaa "feat: x" calls for a minor release, which 2.0.0-rc.1 already leads to (2.0.0), so the rc prerelease continues'
  },
  { name: 'prerelease of a patch continues on a fix', current: '1.2.4-rc.0', preid: 'rc', commits: [c('aaaaaaa', 'fix: x')], bump: 'patch', kind: 'prerelease', next: '1.2.4-rc.1' },
  { name: 'a feature the prerelease does not cover starts a new one', current: '1.2.4-rc.0', preid: 'rc', commits: [c('aaaaaaa', 'feat: x')], bump: 'minor', kind: 'preminor', next: '1.3.0-rc.0' },
  { name: 'breaking on a minor prerelease starts a premajor', current: '1.3.0-rc.2', preid: 'rc', commits: [c('aaaaaaa', 'feat!: x')], bump: 'major', kind: 'premajor', next: '2.0.0-rc.0' },
  {
    name: 'stable + preid starts a prerelease',
    current: '1.2.3',
    preid: 'rc',
    commits: [c('aaaaaaa', 'fix: x')],
    bump: 'patch',
    kind: 'prepatch',
    next: '1.2.4-rc.0',
    rule: 'prepatch: fix commit aaaaaaa "fix: x"; preid "rc" makes it a prerelease'
  },
  { name: 'beta → rc moves on within the same release', current: '2.0.0-beta.1', preid: 'rc', commits: [c('aaaaaaa', 'fix: x')], bump: 'patch', kind: 'prerelease', next: '2.0.0-rc.0', rule: /so the prerelease moves on to rc$/ },
  {
    name: 'no preid graduates a prerelease',
    current: '2.0.0-rc.1',
    commits: [c('aaaaaaa', 'fix: x')],
    bump: 'patch',
    kind: 'patch',
    next: '2.0.0',
    rule: 'patch: fix commit aaaaaaa "fix: x"; 2.0.0-rc.1 is a prerelease and no preid is set, so this release graduates to 2.0.0'
  },
  { name: 'no preid, a change past the prerelease', current: '1.2.4-rc.0', commits: [c('aaaaaaa', 'feat: x')], bump: 'minor', kind: 'minor', next: '1.3.0' },
  { name: '0.x prerelease continues on a breaking change', current: '0.5.0-rc.0', preid: 'rc', commits: [c('aaaaaaa', 'feat!: x')], bump: 'minor', kind: 'prerelease', next: '0.5.0-rc.1' }
];

describe('decideBump', () => {
  test(`has 20+ cases (${DECIDE.length})`, () => expect(DECIDE.length).toBeGreaterThanOrEqual(20));

  test.each(DECIDE.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const current = d.current ?? '1.2.3';
    const preid = d.preid ?? '';
    const unreleased = d.changelog === undefined ? null : parseUnreleased(`## [Unreleased]\n${d.changelog}`);
    const decision = decideBump({ current, commits: d.commits ?? [], unreleased, preid });
    expect(decision.bump).toBe(d.bump);
    expect(decision.kind).toBe(d.kind ?? d.bump);
    expect(decision.rule.startsWith(`${decision.kind}: `)).toBe(true);
    if (typeof d.rule === 'string') expect(decision.rule).toBe(d.rule);
    else if (d.rule) expect(decision.rule).toMatch(d.rule);
    const plan = resolveVersion({ version: '', bump: 'auto', preid }, current, () => decision);
    expect(plan.next).toBe(d.next);
    expect(plan.rule).toBe(decision.rule);
    expect(plan.decision).toBe(decision);
  });

  test('evidence lists what counted and summarises the rest', () => {
    const d = decideBump({
      current: '1.2.3',
      commits: [
        c('aaaaaaa', 'feat: a'),
        c('bbbbbbb', 'chore: b'),
        c('ccccccc', 'chore: c'),
        c('ddddddd', 'Merge branch "x"'),
        c('eeeeeee', 'feat: gone'),
        c('fffffff', 'Revert "feat: gone"\n\nThis reverts commit eeeeeee.')
      ],
      unreleased: parseUnreleased('## Unreleased\n### Added\n- a\n- b\n### Fixed\n### Docs\n- c\n'),
      preid: ''
    });
    expect(d.evidence).toEqual([
      'commit aaaaaaa "feat: a" → minor (feat)',
      'commit fffffff "Revert "feat: gone"" reverts commit eeeeeee "feat: gone": both left out',
      '3 other commits ask for nothing (2 chore, 1 merge)',
      'changelog Unreleased "Added" (2 entries) → minor',
      'changelog Unreleased "Fixed" has no entries → nothing',
      'changelog Unreleased "Docs" (1 entry) → nothing by itself'
    ]);
  });

  test('a preid that would go backwards is an error that says what to do', () => {
    expect(() => decideBump({ current: '2.0.0-rc.1', commits: [c('aaaaaaa', 'fix: x')], unreleased: null, preid: 'beta' })).toThrow(
      'preid "beta" would move 2.0.0-rc.1 backwards (to 2.0.0-beta.0); use a preid that sorts after "rc", or set version'
    );
  });

  test('a bad current version is refused', () => {
    expect(() => decideBump({ current: 'latest', commits: [], unreleased: null, preid: '' })).toThrow(/"latest" is not a semantic version/);
  });
});

describe('classifyCommit', () => {
  test.each([
    ['feat(api): x', 'minor', 'feat'],
    ['fix!: x', 'major', 'breaking'],
    ['docs: x', null, 'docs'],
    ['Merge pull request #1 from a/b', null, 'merge'],
    ['Merge sort for the table', null, 'non-conventional'],
    ['\n\nfix: leading blank lines', 'patch', 'fix']
  ])('%j → %s (%s)', (message, level, label) => {
    const got = classifyCommit(message);
    expect([got.level, got.label]).toEqual([level, label]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('resolveVersion', () => {
  const never = (): BumpDecision => {
    throw new Error('decide must not be called');
  };

  test.each([
    [{ version: '1.3.0', bump: 'auto' }, '1.2.3', '1.3.0', 'explicit version input: 1.2.3 → 1.3.0', false],
    [{ version: '1.2.4', bump: 'major' }, '1.2.3', '1.2.4', 'explicit version input: 1.2.3 → 1.2.4 (bump "major" ignored: version overrides it)', false],
    [{ version: '2.0.0', bump: 'auto' }, '2.0.0-rc.3', '2.0.0', 'explicit version input: 2.0.0-rc.3 → 2.0.0', false],
    [{ version: '1.2.3', bump: 'auto' }, '1.2.3', '1.2.3', 'explicit version 1.2.3 equals the current version: nothing to bump (a re-run when its tag exists)', true],
    [{ version: '', bump: 'none' }, '1.2.3', '1.2.3', 'bump "none": the version stays 1.2.3', true],
    [{ version: '', bump: 'minor' }, '1.2.3', '1.3.0', 'bump input "minor": 1.2.3 → 1.3.0', false],
    [{ version: '', bump: 'major' }, '0.4.2', '1.0.0', 'bump input "major": 0.4.2 → 1.0.0', false],
    [{ version: '', bump: 'prerelease', preid: 'rc' }, '1.2.3-rc.0', '1.2.3-rc.1', 'bump input "prerelease" with preid "rc": 1.2.3-rc.0 → 1.2.3-rc.1', false]
  ] as Array<[{ version: string; bump: BumpKind; preid?: string }, string, string, string, boolean]>)('%j on %s → %s', (s, current, next, rule, unchanged) => {
    const plan = resolveVersion({ preid: '', ...s }, current, never);
    expect(plan).toEqual({ next, rule, decision: null, unchanged });
  });

  test.each([
    [{ version: '1.2.2', bump: 'auto', preid: '' }, '1.2.3', 'version input 1.2.2 is lower than the current version 1.2.3: a release must move forward'],
    [{ version: '1.2.3-rc.1', bump: 'auto', preid: '' }, '1.2.3', /lower than the current version/],
    [{ version: 'v1.3.0', bump: 'auto', preid: '' }, '1.2.3', /version input "v1.3.0" is not a semantic version/],
    [{ version: '', bump: 'prerelease', preid: 'beta' }, '1.2.3-rc.0', 'bump prerelease on 1.2.3-rc.0 gives 1.2.3-beta.0, which is not greater: a release must move forward'],
    [{ version: '', bump: 'patch', preid: '' }, 'one', /current version "one" is not a semantic version/]
  ] as Array<[{ version: string; bump: BumpKind; preid: string }, string, string | RegExp]>)('%j on %s is refused', (s, current, message) => {
    expect(() => resolveVersion(s, current, never)).toThrow(message);
  });
});

describe('latestSemverTag', () => {
  test.each([
    [['v1.0.0', 'v1.2.0', 'v1.10.0', 'v1.9.9'], 'v', { tag: 'v1.10.0', version: '1.10.0' }],
    [['v1.2.0', 'v2.0.0-rc.1', 'latest', 'v2', 'v2.1'], 'v', { tag: 'v2.0.0-rc.1', version: '2.0.0-rc.1' }],
    [['v1.2.0', 'v2.0.0-rc.1', 'v2.0.0'], 'v', { tag: 'v2.0.0', version: '2.0.0' }],
    [['1.2.0', 'v9.0.0', '1.3.0'], '', { tag: '1.3.0', version: '1.3.0' }],
    [['release-1.0.0', 'release-1.1.0', 'v5.0.0', 'release-x'], 'release-', { tag: 'release-1.1.0', version: '1.1.0' }],
    [['v1.0.0', 'v01.2.0', 'v1.1.0 ', 'V3.0.0'], 'v', { tag: 'v1.0.0', version: '1.0.0' }],
    [['v1.0.0+build.5'], 'v', { tag: 'v1.0.0+build.5', version: '1.0.0+build.5' }],
    [['latest', 'nightly'], 'v', null],
    [[], '', null]
  ])('%j prefix %j', (tags, prefix, expected) => {
    expect(latestSemverTag(tags, prefix)).toEqual(expected);
  });
});

describe('releaseBefore: what ran before a release shipped again or taken further', () => {
  test.each([
    [['v1.4.0', 'v1.5.0', 'v1.6.0'], '1.5.0', 'v', { tag: 'v1.4.0', version: '1.4.0' }],
    [['v1.4.0', 'v1.5.0-rc.1', 'v1.5.0'], '1.5.0', 'v', { tag: 'v1.5.0-rc.1', version: '1.5.0-rc.1' }],
    [['v1.5.0'], '1.5.0', 'v', null],
    [['release-1.0.0', 'v1.4.0', 'release-1.4.9'], '1.5.0', 'release-', { tag: 'release-1.4.9', version: '1.4.9' }],
    [['latest', 'v1.4.0'], '1.5.0', 'v', { tag: 'v1.4.0', version: '1.4.0' }]
  ])('%j below %s, prefix %j', (tags, version, prefix, expected) => {
    expect(releaseBefore(tags, version, prefix)).toEqual(expected);
  });
});

describe('compareWithTags', () => {
  test.each([
    ['1.2.3', null, null],
    ['1.2.3', '1.2.3', null],
    ['1.2.3+build', '1.2.3', null],
    ['1.3.0', '1.2.3', 'package.json says 1.3.0, ahead of the latest tag v1.2.3 (1.2.3): was it bumped by hand, or did a release stop before tagging?'],
    ['1.2.0', '1.2.3', 'package.json says 1.2.0, behind the latest tag v1.2.3 (1.2.3): the release commit of v1.2.3 may not be on this branch']
  ])('file %s, tag %s', (file, tag, expected) => {
    expect(compareWithTags(file, tag, { file: 'package.json', tag: tag ? `v${tag}` : undefined })).toBe(expected);
  });

  test('without names', () => {
    expect(compareWithTags('2.0.0', '1.0.0')).toMatch(/^the version file says 2.0.0, ahead of the latest tag 1.0.0/);
  });
});
