/**
 * User patterns run in linear time (RE2 through re2js) or are refused (issue 21, issue 23 item 1):
 * the catastrophic patterns that held a run for minutes end within a second, for version-files
 * and for body-matches, and JavaScript's meaning is kept where RE2 would read the text otherwise.
 */
import { describe, expect, test } from '@jest/globals';
import { compileUserPattern, toRe2Syntax, type UserPattern } from '../../src/config/user-pattern.js';
import type { HealthCheckSpec } from '../../src/verify/check-spec.js';
import { judgeResponse } from '../../src/verify/probe.js';
import { parseVersionFiles, planVersionFiles } from '../../src/version/version-files.js';

function compiled(source: string, flags = ''): UserPattern {
  const p = compileUserPattern(source, flags);
  if ('problem' in p) throw new Error(p.problem);
  return p;
}

/** Runs `work` and returns its result and how long it took (ms). */
function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

const SENTENCE = 'Ship prod reads this ordinary sentence word by word and never finds a colon in it';

describe('catastrophic patterns end within a second', () => {
  test('version-files docs/x.md#/(a+)+$/ over 28 a’s and a b: no match, refused as such, quickly', () => {
    const { specs, problems } = parseVersionFiles('docs/x.md#/(a+)+$/');
    expect(problems).toEqual([]);
    const { result, ms } = timed(() => planVersionFiles(specs, new Map([['docs/x.md', `${'a'.repeat(28)}b\n`]]), '1.4.0', '1.5.0'));
    expect(result.problems).toEqual(['docs/x.md: /(a+)+$/ matches nothing; expected it to capture the current version 1.4.0']);
    expect(ms).toBeLessThan(1000);
  });

  test('version-files README.md#/^(?:\\w+\\s?)+: v?(\\S+)$/m over an ordinary 75-character sentence', () => {
    const line = SENTENCE.slice(0, 75);
    expect(line).toHaveLength(75);
    const { specs, problems } = parseVersionFiles('README.md#/^(?:\\w+\\s?)+: v?(\\S+)$/m');
    expect(problems).toEqual([]);
    const text = `# Title\n\n${line}\n\nCurrent release: v1.4.0\n`;
    const { result, ms } = timed(() => planVersionFiles(specs, new Map([['README.md', text]]), '1.4.0', '1.5.0'));
    expect(result).toEqual({ edits: [{ path: 'README.md', content: text.replace('v1.4.0', 'v1.5.0') }], problems: [] });
    expect(ms).toBeLessThan(1000);
  });

  test('body-matches "status":"(\\w+\\s?)+" against a 40-character body the service controls', () => {
    const check: HealthCheckSpec = { name: 'api', url: 'https://x.test/', method: 'GET', headers: {}, expectStatus: [], timeoutMs: 1000, bodyMatches: '"status":"(\\w+\\s?)+"' };
    const body = `{"status":"${'a'.repeat(27)}!}`;
    expect(body).toHaveLength(40);
    const { result, ms } = timed(() => judgeResponse(check, { status: 200, body, latencyMs: 5 }));
    expect(result).toEqual({ ok: false, reason: 'body does not match /"status":"(\\w+\\s?)+"/' });
    expect(ms).toBeLessThan(1000);
    expect(judgeResponse(check, { status: 200, body: '{"status":"all good"}', latencyMs: 5 }).ok).toBe(true);
  });

  test('over a whole 64 KiB body, in linear time', () => {
    const body = `{"status":"${'a '.repeat(32 * 1024 - 8)}!`;
    const { result, ms } = timed(() => compiled('"status":"(\\w+\\s?)+"$').test(body));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(1000);
  });
});

describe('JavaScript meaning kept where RE2 reads the text otherwise', () => {
  test.each([
    // [pattern, flags, text, group 1 of the first match (null: no match)]
    ['version: (.+)', '', 'version: 1.4.0\r\nnext', '1.4.0'],
    ['version: (.+)', 's', 'version: 1.4.0\r\n', '1.4.0\r\n'],
    ['^version = "(.*)"$', 'm', 'a = 1\r\nversion = "1.4.0"\r\nb = 2\r\n', '1.4.0'],
    ['^v(\\S+)$', '', 'v1.4.0\n', null],
    ['\\u0076(\\S+)', '', 'v1.4.0', '1.4.0'],
    ['\\u{76}(\\S+)', 'u', 'v1.4.0', '1.4.0'],
    ['(?<v>\\d+\\.\\d+\\.\\d+)', '', 'at 1.4.0', '1.4.0'],
    ['VERSION=(\\S+)', 'i', 'version=1.4.0', '1.4.0'],
    ['[.](\\d+)', '', 'x.12', '12'],
    ['@v(\\S+)', '', '😀 uses: acme/x@v1.4.0', '1.4.0'],
    ['a\\/b(\\d)', '', 'a/b7', '7']
  ])('/%s/%s on %j → %j', (source, flags, text, group) => {
    const [first] = compiled(source, flags).matchAll(text);
    expect(first ? first.group1 : null).toBe(group);
    if (first && group !== null) expect(text.slice(first.group1Start, first.group1End)).toBe(group);
  });

  test('every match is found, as with the g flag, empty matches included', () => {
    expect(compiled('v(\\d+)').matchAll('v1 v22 v333').map((m) => m.group1)).toEqual(['1', '22', '333']);
    expect(compiled('(x?)').matchAll('ab').length).toBe(3);
  });

  test('the translation', () => {
    expect(toRe2Syntax('a.b[.]', '')).toEqual({ re2: 'a[^\\n\\r\\x{2028}\\x{2029}]b[.]' });
    expect(toRe2Syntax('x$', 'm')).toEqual({ re2: 'x(?:\\r?$)' });
    expect(toRe2Syntax('x$[$]', '')).toEqual({ re2: 'x$[$]' });
    expect(toRe2Syntax('\\.\\$', 'm')).toEqual({ re2: '\\.\\$' });
  });
});

describe('refused before any write, saying what to write instead', () => {
  test.each([
    ['v(?=\\d)(\\S+)', /uses a lookahead \(\?=, which the linear-time engine \(RE2\) does not run: match the text itself/],
    ['v(?!x)(\\S+)', /uses a lookahead \(\?!/],
    ['(?<=@v)(\\S+)', /uses a lookbehind \(\?<=, which the linear-time engine \(RE2\) does not run: match the text before it too/],
    ['(?<!x)(\\S+)', /uses a lookbehind \(\?<!/],
    ['(["\'])(\\S+)\\1', /uses a backreference \\1, which the linear-time engine \(RE2\) does not run: write the repeated text out/],
    ['(?<q>")(\\S+)\\k<q>', /uses a backreference \\k<q>/],
    ['[^](\\S+)', /uses \[\^\] \(any character\): write \[\\s\\S\] instead/],
    ['[](x)', /has an empty class \[\], which matches nothing/],
    ['\\cJ(x)', /uses a control escape \\cJ: write the character as \\xHH/],
    ['(a{1001})', /is not a valid regular expression for the linear-time engine \(RE2\): invalid repeat count/],
    ['(x', /is not a valid regular expression for the linear-time engine \(RE2\): missing closing \)/]
  ])('/%s/', (source, message) => {
    const p = compileUserPattern(source);
    expect('problem' in p && p.problem).toMatch(message);
    expect('problem' in p && p.problem.startsWith(`/${source}/ `)).toBe(true);
  });

  test('a refused version-files pattern names the input line', () => {
    expect(parseVersionFiles('Cargo.toml\ndocs/a.md#/(?<=v)(\\S+)/').problems).toEqual([
      { line: 2, message: expect.stringMatching(/^\/\(\?<=v\)\(\\S\+\)\/ uses a lookbehind/) }
    ]);
  });

  test('flags other than i, m, s, u', () => {
    expect(compileUserPattern('x', 'g')).toEqual({ problem: 'flags "g" of /x/ are not among i, m, s, u', why: 'flags "g" are not among i, m, s, u' });
  });
});
