/**
 * The locks saved for the post step: a list, one entry per lock held (several with waves), each
 * released lock taken off; earlier versions' single object still reads; nothing unreadable does.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readLockState, saveLockHeld, saveLockReleased } from '../../src/lock/saved.js';
import { captureStdout } from '../helpers/stdout.js';

const sha = (c: string) => c.repeat(40);
const ref = (env: string) => `refs/ship-prod/locks/${env}`;
const { lines } = captureStdout();

/** What the last core.saveState of `lock` wrote (without GITHUB_STATE, core prints the save-state command). */
function lastSaved(): string {
  const all = lines().filter((l) => l.includes('save-state name=lock'));
  return (all.at(-1)?.replace(/^::save-state name=lock::/, '') ?? '').trim();
}

afterEach(() => {
  for (const l of readLockState(lastSaved())) saveLockReleased(l.ref);
});

describe('saved locks', () => {
  it('keeps every lock held, and drops each one released', () => {
    saveLockHeld({ ref: ref('prod-eu'), sha: sha('a') });
    saveLockHeld({ ref: ref('prod-us'), sha: sha('b') });
    expect(readLockState(lastSaved())).toEqual([
      { ref: ref('prod-eu'), sha: sha('a') },
      { ref: ref('prod-us'), sha: sha('b') }
    ]);
    saveLockReleased(ref('prod-eu'));
    expect(readLockState(lastSaved())).toEqual([{ ref: ref('prod-us'), sha: sha('b') }]);
    saveLockReleased(ref('prod-us'));
    expect(lastSaved()).toBe('');
  });

  it.each([
    ['a single object (earlier versions)', JSON.stringify({ ref: ref('production'), sha: sha('c') }), [{ ref: ref('production'), sha: sha('c') }]],
    ['nothing', '', []],
    ['not JSON', '{', []],
    ['a ref outside the locks', JSON.stringify([{ ref: 'refs/heads/main', sha: sha('d') }]), []],
    ['a short sha', JSON.stringify([{ ref: ref('x'), sha: 'abc' }]), []],
    ['null in the list', JSON.stringify([null, { ref: ref('y'), sha: sha('e') }]), [{ ref: ref('y'), sha: sha('e') }]]
  ])('reads %s', (_name, raw, expected) => {
    expect(readLockState(raw)).toEqual(expected);
  });
});
