import { describe, expect, test } from '@jest/globals';
import { laggingRelease, type TagRelation } from '../../src/version/lagging-release.js';

const P = 'p'.repeat(40);
const released = (over: Partial<TagRelation> = {}): TagRelation => ({ status: 'diverged', mergeBaseSha: P, tagCommitParents: [P], ...over });
const file = (version: string | null) => ({ name: 'package.json', version });
const latest = { tag: 'v1.5.0', version: '1.5.0' };

describe('laggingRelease', () => {
  test('the tag was released from this line of history and the file is behind: continue from the tag', () => {
    expect(laggingRelease(file('1.4.0'), latest, released(), 'main')).toEqual({
      tag: 'v1.5.0',
      version: '1.5.0',
      why: 'package.json says 1.4.0, behind the newest release tag v1.5.0, whose release commit is not on main yet (a merge-back pull request brings it): this release continues from 1.5.0'
    });
  });

  test.each<[string, string | null, { tag: string; version: string } | null, TagRelation | null]>([
    ['the file is not behind', '1.5.0', latest, released()],
    ['the file is ahead', '1.6.0', latest, released()],
    ['no file version', null, latest, released()],
    ['no tag', '1.4.0', null, released()],
    ['no relation read', '1.4.0', latest, null],
    ['the tag is on the branch (merged back)', '1.4.0', latest, released({ status: 'ahead' })],
    ['the tag commit has another parent: released elsewhere', '1.4.0', latest, released({ tagCommitParents: ['q'.repeat(40)] })],
    ['the tag is a merge commit', '1.4.0', latest, released({ tagCommitParents: [P, 'q'.repeat(40)] })],
    ['the shipped commit is behind the tag', '1.4.0', latest, released({ status: 'behind' })]
  ])('%s: the file decides', (_name, version, tag, relation) => {
    expect(laggingRelease(file(version), tag, relation, 'main')).toBeNull();
  });
});
