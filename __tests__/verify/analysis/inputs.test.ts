/**
 * baseline-checks and analysis-min-samples through readSettings: every bad value names its input
 * and says what was expected; a window too short for the samples it needs is refused.
 */
import { describe, expect, it } from '@jest/globals';
import { InputError, readSettings } from '../../../src/config/inputs.js';
import { publicSettings } from '../../../src/config/public-settings.js';
import { parseMinSamples, windowSampleProblem } from '../../../src/verify/analysis-input.js';
import { analysisOptions } from '../../../src/verify/analysis/options.js';

const TOKEN = 'ghs_TestToken1234567890';
const GREEN = '- name: green\n  url: https://green.example.com/health\n  expect-version: true';
const BLUE = '- name: blue\n  url: https://blue.example.com/health\n  expect-version: true\n  headers:\n    X-Key: blue-secret-value';
/** A blue-green ship with a 10-minute window at the default 30 s: 20 rounds. */
const BASE = {
  'health-urls': 'https://example.com/healthz',
  'traffic-command': './switch.sh',
  'smoke-checks': GREEN,
  'monitor-duration': '10m'
};

const read = (given: Record<string, string>) => readSettings((name) => (name === 'github-token' ? TOKEN : (given[name] ?? undefined)));
function problemsOf(given: Record<string, string>): string[] {
  try {
    read(given);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseMinSamples', () => {
  it.each([
    ['', 0],
    ['0', 0],
    ['20', 20],
    [' 80 ', 80],
    ['10000', 10000]
  ])('%j → %p', (text, value) => expect(parseMinSamples(text)).toEqual({ value }));
  it.each(['-1', '2.5', 'twenty', '10001', '1e3'])('%j is refused', (text) => {
    expect(parseMinSamples(text).problem).toMatch(/is not a whole number from 0 to 10000; expected e\.g\. 20/);
  });
});

describe('windowSampleProblem', () => {
  it.each<[number, number, number, string | undefined]>([
    [600_000, 30_000, 20, undefined],
    [600_000, 30_000, 0, undefined],
    [590_000, 30_000, 20, '9m 50s at monitor-interval 30s takes 19 probes per series, fewer than the 20 the analysis needs (analysis-min-samples); expected a monitor-duration of at least 10m, or a shorter monitor-interval'],
    [300_000, 30_000, 20, '5m at monitor-interval 30s takes 10 probes per series, fewer than the 20 the analysis needs (analysis-min-samples); expected a monitor-duration of at least 10m, or a shorter monitor-interval'],
    [10_000, 30_000, 2, '10s at monitor-interval 30s takes 1 probe per series, fewer than the 2 the analysis needs (analysis-min-samples); expected a monitor-duration of at least 1m, or a shorter monitor-interval']
  ])('%p ms at %p ms for %p samples', (duration, interval, min, problem) => {
    expect(windowSampleProblem(duration, interval, min)).toBe(problem);
  });
  it('names the inputs of another window (a wave bake, say)', () => {
    expect(windowSampleProblem(60_000, 30_000, 20, { duration: 'bake', interval: 'monitor-interval' })).toMatch(/expected a bake of at least 10m/);
  });
});

describe('readSettings with the analysis inputs', () => {
  it('leaves analysis out when neither is given', () => {
    expect(read({ ...BASE, 'analysis-min-samples': '0' }).analysis).toBeUndefined();
  });

  it('baseline-checks: 20 samples by default, header values masked in the public settings', () => {
    const settings = read({ ...BASE, 'baseline-checks': BLUE });
    expect(settings.analysis).toMatchObject({ minSamples: 20, baselineChecks: [{ name: 'blue', url: 'https://blue.example.com/health', expectVersion: true }] });
    expect(JSON.stringify(publicSettings(settings).analysis)).not.toContain('blue-secret-value');
    expect(publicSettings(settings).analysis!.baselineChecks[0]!.headers).toEqual({ 'X-Key': '***' });
  });

  it('analysis-min-samples alone counts production series', () => {
    expect(read({ 'health-urls': BASE['health-urls'], 'monitor-duration': '10m', 'analysis-min-samples': '15' }).analysis).toEqual({ baselineChecks: [], minSamples: 15 });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['fewer than 20 when comparing', { 'baseline-checks': BLUE, 'analysis-min-samples': '10' }, /^Input 'analysis-min-samples': 10 with baseline-checks; expected at least 20 when comparing/],
    ['not a number', { 'analysis-min-samples': 'lots' }, /^Input 'analysis-min-samples': "lots" is not a whole number/],
    ['no smoke-checks to compare with', { 'baseline-checks': BLUE, 'smoke-checks': '' }, /^Input 'baseline-checks': given, but smoke-checks is empty; expected smoke-checks too/],
    ['one baseline check for each smoke check', { 'baseline-checks': `${BLUE}\n- https://blue.example.com/other` }, /^Input 'baseline-checks': has 2 checks and smoke-checks 1; expected one baseline check for each smoke check, in the same order/],
    ['distinct names', { 'baseline-checks': `${BLUE}\n- name: blue\n  url: https://blue.example.com/b`, 'smoke-checks': `${GREEN}\n- name: g2\n  url: https://green.example.com/b` }, /^Input 'baseline-checks': baseline-checks has two checks named "blue"/],
    ['a bad check', { 'baseline-checks': '- url: nope' }, /^Input 'baseline-checks' \(line 1, column 8\): 'url' "nope" is not a URL/],
    ['no window', { 'baseline-checks': BLUE, 'monitor-duration': '0' }, /^Input 'baseline-checks': given, and monitor-duration is 0, but the comparison is made in the monitoring window; expected a monitor-duration such as 10m/],
    ['no window for the samples', { 'analysis-min-samples': '5', 'monitor-duration': '0' }, /^Input 'analysis-min-samples': given, and monitor-duration is 0/],
    ['a window too short for 20 samples', { 'baseline-checks': BLUE, 'monitor-duration': '5m' }, /^Input 'monitor-duration': 5m at monitor-interval 30s takes 10 probes per series, fewer than the 20 the analysis needs \(analysis-min-samples\); expected a monitor-duration of at least 10m/],
    ['a window too short for the samples asked for', { 'baseline-checks': BLUE, 'analysis-min-samples': '40', 'monitor-interval': '20s' }, /^Input 'monitor-duration': 10m at monitor-interval 20s takes 30 probes per series, fewer than the 40 .*at least 13m 20s/]
  ])('%s', (_, given, problem) => {
    const problems = problemsOf({ ...BASE, ...given });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
    expect(problems[0]).not.toContain('blue-secret-value');
  });
});

describe('analysisOptions: from the settings to the window', () => {
  it('pairs the smoke checks with the baseline checks, each with the version it must report', () => {
    const settings = read({ ...BASE, 'baseline-checks': BLUE });
    const options = analysisOptions(settings, { next: '1.5.0', previous: '1.4.0' });
    expect(options.minSamples).toBe(20);
    expect(options.compare?.newChecks.map((c) => c.name)).toEqual(['green']);
    expect(options.compare?.oldChecks.map((c) => c.name)).toEqual(['blue']);
    expect(options.compare).toMatchObject({ newVersion: '1.5.0', oldVersion: '1.4.0' });
  });
  it('analysis-min-samples alone: no comparison; neither: nothing', () => {
    expect(analysisOptions(read({ 'health-urls': BASE['health-urls'], 'monitor-duration': '10m', 'analysis-min-samples': '15' }), undefined)).toEqual({ minSamples: 15 });
    expect(analysisOptions(read(BASE), undefined)).toEqual({});
  });
});
