/**
 * The fleet of `npm run demo -- --waves` (sandbox/demo/fleet.ts): the waves input it writes is
 * read by the action as two waves, each environment checked on its own URL; each wave's verdict
 * and the fleet line say what the report and the health services say, in 80 columns.
 */
import { describe, expect, it } from '@jest/globals';
import { readSettings } from '../../src/config/inputs.js';
import { DEMO_BAKE, DEMO_ENVIRONMENTS, DEMO_WAVES, fleetLine, oneOf, waveVerdicts, wavesDemoInputs, wavesYaml, type ReportEnvironment, type ReportWaves } from '../../sandbox/demo/fleet.js';
import { displayWidth } from '../../sandbox/demo/terminal.js';
import { captureStdout } from '../helpers/stdout.js';

captureStdout();

describe('wavesYaml', () => {
  it.each([
    ['the bake given', '2s', 2000],
    ['no window', '0', 0]
  ])('is read by the action as the demo waves, each environment with its own health check (%s)', (_what, bake, bakeMs) => {
    const url = (e: string) => `http://127.0.0.1:4${DEMO_ENVIRONMENTS.indexOf(e)}00/health`;
    const s = readSettings((name) => ({ 'github-token': 'ghs_DemoFleetToken123456', 'dry-run': 'false', ...wavesDemoInputs(url), waves: wavesYaml(DEMO_WAVES, bake, url) })[name] ?? '');
    expect(s.waves?.list.map((w) => ({ name: w.name, bakeMs: w.bakeMs, environments: w.environments.map((e) => [e.name, e.checks.map((c) => [c.url, c.expectVersion])]) }))).toEqual(
      DEMO_WAVES.map((w) => ({ name: w.name, bakeMs, environments: w.environments.map((e) => [e, [[url(e), true]]]) }))
    );
  });

  it('the inputs the demo ships with are accepted as they are (its bake included)', () => {
    const inputs = wavesDemoInputs((e) => `http://127.0.0.1:4${DEMO_ENVIRONMENTS.indexOf(e)}00/health`);
    const s = readSettings((name) => ({ 'github-token': 'ghs_DemoFleetToken123456', 'dry-run': 'false', ...inputs })[name] ?? '');
    expect(s.waves?.list.map((w) => w.environments.length)).toEqual(DEMO_WAVES.map((w) => w.environments.length));
    expect(inputs.waves).toContain(`bake: ${DEMO_BAKE}`);
  });

  it('the demo has two waves and prod-us in the second', () => {
    expect(DEMO_WAVES).toHaveLength(2);
    expect(DEMO_WAVES[1]!.environments).toContain('prod-us');
    expect(new Set(DEMO_ENVIRONMENTS).size).toBe(DEMO_ENVIRONMENTS.length);
  });
});

describe('oneOf', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a or b'],
    [['a', 'b', 'c'], 'a, b or c']
  ])('%j → %j', (names, expected) => {
    expect(oneOf(names)).toBe(expected);
  });
});

const NAMES = ['canary', 'main'];
const env = (name: string, wave: string, outcome: string): ReportEnvironment => ({ name, wave, outcome });

describe('waveVerdicts', () => {
  it.each<[string, ReportWaves, ReportEnvironment[], string[]]>([
    [
      'shipped: both verified',
      { names: NAMES, verified: NAMES },
      [env('prod-eu-canary', 'canary', 'shipped'), env('prod-eu', 'main', 'shipped'), env('prod-us', 'main', 'shipped')],
      ['wave canary  ✅ verified (on the new version: prod-eu-canary)', 'wave main    ✅ verified (on the new version: prod-eu, prod-us)']
    ],
    [
      'stopped in wave 2: its environments put back, wave 1 kept',
      { names: NAMES, verified: ['canary'], stoppedAt: { wave: 'main', environment: 'prod-us' } },
      [env('prod-eu-canary', 'canary', 'shipped'), env('prod-eu', 'main', 'restored'), env('prod-us', 'main', 'restored')],
      ['wave canary  ✅ verified (on the new version: prod-eu-canary)', 'wave main    ❌ stopped at prod-us (put back and verified: prod-eu, prod-us)']
    ],
    [
      'stopped in wave 1: the later wave never started',
      { names: NAMES, verified: [], stoppedAt: { wave: 'canary', environment: 'prod-eu-canary' } },
      [env('prod-eu-canary', 'canary', 'restored')],
      ['wave canary  ❌ stopped at prod-eu-canary (put back and verified:', '             prod-eu-canary)', 'wave main    ⏹️ not started']
    ],
    [
      'rollback-scope all: the verified wave put back too; one environment never changed, one may be wrong',
      { names: NAMES, verified: ['canary'], stoppedAt: { wave: 'main', environment: 'prod-us' } },
      [env('prod-eu-canary', 'canary', 'restored'), env('prod-eu', 'main', 'untouched'), env('prod-us', 'main', 'unknown')],
      ['wave canary  ✅ verified (put back and verified: prod-eu-canary)', 'wave main    ❌ stopped at prod-us (not changed: prod-eu; may be wrong: prod-us)']
    ],
    ['a dry run: planned, not verified', { names: ['canary'], verified: [] }, [env('prod-eu-canary', 'canary', 'planned')], ['wave canary  – not verified (planned: prod-eu-canary)']]
  ])('%s', (_what, waves, envs, expected) => {
    const lines = waveVerdicts(waves, envs);
    expect(lines).toEqual(expected);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
  });

  it('wraps a long verdict under the wave name', () => {
    const many = Array.from({ length: 12 }, (_, i) => env(`prod-cell-${i}`, 'main', 'restored'));
    const lines = waveVerdicts({ names: ['main'], verified: [], stoppedAt: { wave: 'main', environment: 'prod-cell-3' } }, many, 60);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).every((l) => l.startsWith(' '.repeat('wave main  '.length)))).toBe(true);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(60);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(many.map((e) => e.name).join(', '));
  });
});

describe('fleetLine', () => {
  it.each<[string, Record<string, string>, string]>([
    ['all on one version', { a: '1.5.0', b: '1.5.0', c: '1.5.0' }, 'a, b, c on 1.5.0'],
    ['split, in the order of the fleet', { a: '1.5.0', b: '1.4.0', c: '1.4.0' }, 'a on 1.5.0; b, c on 1.4.0'],
    ['a version that comes back later joins its group', { a: '1.4.0', b: '1.5.0', c: '1.4.0' }, 'a, c on 1.4.0; b on 1.5.0']
  ])('%s', (_what, versions, expected) => {
    expect(fleetLine(['a', 'b', 'c'], (e) => versions[e]!)).toBe(expected);
  });
});
