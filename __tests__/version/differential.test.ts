/**
 * Differential test of the bump decision (issue 21): ship-prod's decideBump against a reference
 * built on conventional-commits-parser with the options and the bump rule of the
 * `conventionalcommits` preset (what conventional-recommended-bump runs), over the corpus in
 * __tests__/fixtures/commits/corpus.ts. Every disagreement must be listed in DIFFERENCES with the
 * spec line that decides it, and every listed difference must still be one: the list is exact.
 */
import { describe, expect, test } from '@jest/globals';
import { CommitParser, type Commit } from 'conventional-commits-parser';
import { decideBump } from '../../src/version/bump.js';
import { MESSAGES, SETS } from '../fixtures/commits/corpus.js';
import { DIFFERENCES, SET_DIFFERENCES } from '../fixtures/commits/differences.js';

type Level = 'major' | 'minor' | 'patch';

/** The conventionalcommits preset's parser options. */
const parser = new CommitParser({
  headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
  revertCorrespondence: ['header', 'hash'],
  issuePrefixes: ['#']
});
const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;

/** The preset's whatBump for one parsed commit (the bang adds a note, as its addBangNotes does). */
function referenceLevel(commit: Commit): Level {
  if (commit.notes.length > 0 || BREAKING_HEADER.test(commit.header ?? '')) return 'major';
  return commit.type === 'feat' || commit.type === 'feature' ? 'minor' : 'patch';
}

const RANK: Record<Level, number> = { patch: 0, minor: 1, major: 2 };

/** conventional-recommended-bump: reverted commits (by hash) and their reverts left out, then the highest level. */
function reference(commits: ReadonlyArray<[string, string]>, preMajor: boolean): Level {
  // The parser refuses an empty message ("Expected a raw commit"): such a commit asks for nothing.
  const parsed = commits.map(([sha, message]) => ({ sha, commit: message.trim() === '' ? parser.parse('empty') : parser.parse(message) }));
  const dropped = new Set<number>();
  parsed.forEach(({ commit }, i) => {
    const hash = commit.revert?.hash;
    if (!hash) return;
    const j = parsed.findIndex((p, k) => k !== i && !dropped.has(k) && p.sha.startsWith(hash));
    if (j >= 0 && !dropped.has(i)) dropped.add(i).add(j);
  });
  let level: Level = 'patch';
  parsed.forEach(({ commit }, i) => {
    if (!dropped.has(i) && RANK[referenceLevel(commit)] > RANK[level]) level = referenceLevel(commit);
  });
  // The preset's preMajor: one level less while the major version is 0.
  if (preMajor && level !== 'patch') level = level === 'major' ? 'minor' : 'patch';
  return level;
}

function shipProd(commits: ReadonlyArray<[string, string]>, current: string): Level {
  return decideBump({ current, commits: commits.map(([sha, message]) => ({ sha: sha.padEnd(40, '0'), message })), unreleased: null, preid: '' }).bump;
}

interface Outcome {
  key: string;
  commits: Array<[string, string]>;
  shipProd: Level;
  reference: Level;
}

const single = (message: string): Array<[string, string]> => [['1234567', message]];
const cases = [...MESSAGES.map((m) => ({ key: m, commits: single(m) })), ...SETS.map((s) => ({ key: `set: ${s.name}`, commits: s.commits }))];

/** Every message alone, and every set, on 1.2.3. */
export const outcomes: Outcome[] = cases.map((c) => ({ ...c, shipProd: shipProd(c.commits, '1.2.3'), reference: reference(c.commits, false) }));

const lower = (level: Level): Level => (level === 'major' ? 'minor' : 'patch');

describe('differential: decideBump against conventional-commits-parser and the conventionalcommits bump rule', () => {
  test('the corpus: at least 150 messages, each once', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(MESSAGES).size).toBe(MESSAGES.length);
  });

  test('every disagreement is a listed, deliberate difference, and every listed difference still is one', () => {
    const found = outcomes.filter((o) => o.shipProd !== o.reference).map((o) => ({ key: o.key, shipProd: o.shipProd, reference: o.reference }));
    const listed = [
      ...Object.entries(DIFFERENCES).map(([key, d]) => ({ key, shipProd: d.shipProd, reference: d.reference })),
      ...Object.entries(SET_DIFFERENCES).map(([name, d]) => ({ key: `set: ${name}`, shipProd: d.shipProd, reference: d.reference }))
    ];
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(found.sort(byKey)).toEqual(listed.sort(byKey));
  });

  test('on 0.4.2: one level less than on 1.x (semver §4), as the reference with preMajor decides wherever they agree on 1.x', () => {
    for (const o of outcomes) {
      const onZero = shipProd(o.commits, '0.4.2');
      expect([o.key, onZero]).toEqual([o.key, o.shipProd === 'patch' ? 'patch' : lower(o.shipProd)]);
      if (o.shipProd === o.reference) expect([o.key, onZero]).toEqual([o.key, reference(o.commits, true)]);
    }
  });

  test('every listed difference names the line that decides it', () => {
    for (const d of [...Object.values(DIFFERENCES), ...Object.values(SET_DIFFERENCES)]) expect(d.spec).toMatch(/§\d+|README|docs\/[\w-]+\.md|git/);
  });
});
