/** The release of ship-prod itself (scripts/release.ts): what it tags, and what stops it. */
import { describe, expect, it } from '@jest/globals';
import { planRelease, tagCommands, type ReleaseFacts } from '../../scripts/release.js';

const facts = (over: Partial<ReleaseFacts> = {}): ReleaseFacts => ({
  requested: '1.3.0',
  tags: ['v1.0.0', 'v1.2.0', 'v1', 'v1.2.1-rc.0', 'unrelated'],
  packageVersion: '1.3.0',
  dirty: '',
  metadataProblems: [],
  distChanges: '',
  ...over
});

describe('planRelease', () => {
  it.each([
    ['a minor release moves v1', facts(), { tag: 'v1.3.0', majorTag: 'v1', previous: 'v1.2.1-rc.0' }],
    ['a leading v is accepted', facts({ requested: 'v1.3.0' }), { tag: 'v1.3.0', majorTag: 'v1' }],
    ['a major release starts v2', facts({ requested: '2.0.0', packageVersion: '2.0.0' }), { tag: 'v2.0.0', majorTag: 'v2' }],
    ['a prerelease moves no major tag', facts({ requested: '2.0.0-rc.1', packageVersion: '2.0.0-rc.1' }), { tag: 'v2.0.0-rc.1', majorTag: undefined }],
    ['the first release', facts({ requested: '1.0.0', packageVersion: '1.0.0', tags: [] }), { tag: 'v1.0.0', majorTag: 'v1', previous: undefined }],
    ['0.x moves v0', facts({ requested: '0.2.0', packageVersion: '0.2.0', tags: ['v0.1.0'] }), { tag: 'v0.2.0', majorTag: 'v0' }]
  ])('%s', (_what, given, expected) => {
    const plan = planRelease(given);
    expect(plan.problems).toEqual([]);
    expect({ tag: plan.tag, majorTag: plan.majorTag, ...('previous' in expected ? { previous: plan.previous } : {}) }).toEqual(expected);
  });

  it.each([
    ['not a version', facts({ requested: 'next' }), /"next" is not a version/],
    ['a tag that exists', facts({ requested: '1.2.0', packageVersion: '1.2.0' }), /tag v1\.2\.0 already exists: a released tag is never moved; release 1\.2\.1 instead/],
    ['below the latest release', facts({ requested: '1.1.5', packageVersion: '1.1.5' }), /1\.1\.5 is not above the latest release v1\.2\.1-rc\.0/],
    ['a dirty working tree', facts({ dirty: ' M src/main.ts\n' }), /working tree is not clean[\s\S]*src\/main\.ts/],
    ['package.json at another version', facts({ packageVersion: '0.1.0' }), /package\.json says 0\.1\.0: set it to 1\.3\.0/],
    ['action.yml not publishable', facts({ metadataProblems: ["'description' is 171 characters"] }), /action\.yml: 'description' is 171 characters/],
    ['dist/ out of date', facts({ distChanges: ' M dist/index.js\n' }), /dist\/ is not built from the sources[\s\S]*dist\/index\.js/]
  ])('refuses %s', (_what, given, message) => {
    const plan = planRelease(given);
    expect(plan.problems.join('\n')).toMatch(message);
  });

  it('lists every problem at once', () => {
    expect(planRelease(facts({ dirty: '?? x\n', packageVersion: '0.1.0', distChanges: ' D dist/a.js' })).problems).toHaveLength(3);
  });
});

describe('tagCommands', () => {
  it('tags, moves the major tag, and pushes it with force (only it)', () => {
    expect(tagCommands(planRelease(facts()), 'origin')).toEqual([
      ['git', 'tag', '-a', 'v1.3.0', '-m', 'ship-prod 1.3.0'],
      ['git', 'tag', '-f', '-a', 'v1', '-m', 'ship-prod v1 (at v1.3.0)'],
      ['git', 'push', 'origin', 'refs/tags/v1.3.0'],
      ['git', 'push', '--force', 'origin', 'refs/tags/v1']
    ]);
  });

  it('a prerelease without a remote: one tag, nothing pushed', () => {
    expect(tagCommands(planRelease(facts({ requested: '2.0.0-rc.1', packageVersion: '2.0.0-rc.1' })))).toEqual([['git', 'tag', '-a', 'v2.0.0-rc.1', '-m', 'ship-prod 2.0.0-rc.1']]);
  });
});
