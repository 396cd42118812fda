/**
 * The `waves` and `rollback-scope` inputs (read through readSettings, as a run reads them, so the
 * merge over the global inputs is the real one), the secrets in them, and the pure plan of waves
 * the pipeline's waves loop runs.
 */
import { describe, expect, it } from '@jest/globals';
import { InputError, readSettings } from '../../src/config/inputs.js';
import { publicSettings } from '../../src/config/public-settings.js';
import type { Settings } from '../../src/config/settings.js';
import { lockOrder, wavesOf } from '../../src/deploy/waves.js';
import { captureStdout } from '../helpers/stdout.js';

const TOKEN = 'ghs_WavesTestToken123456';
const { masked } = captureStdout();

function settings(inputs: Record<string, string>): Settings {
  return readSettings((name) => ({ 'github-token': TOKEN, 'dry-run': 'false', ...inputs })[name] ?? '');
}

function problems(inputs: Record<string, string>): string[] {
  try {
    settings(inputs);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected input problems');
}

const CONTRACT_EXAMPLE = `
- name: canary
  environments: [prod-eu-canary]
  bake: 10m
- name: main
  environments:
    - name: prod-eu
      health-urls: https://eu.shop.example/health
      deploy-inputs: region=eu-west-1
    - name: prod-us
      health-urls: https://us.shop.example/health
      deploy-inputs: region=us-east-1
  bake: 30m
`;

describe('waves: what is read', () => {
  it("reads the contract's example: two waves, each environment merged over the global inputs", () => {
    const s = settings({
      waves: CONTRACT_EXAMPLE,
      'deploy-workflow': 'deploy.yml',
      'deploy-inputs': 'cluster=main\nregion=global',
      'health-urls': 'https://status.shop.example/ping',
      'monitor-duration': '5m'
    });
    const status = expect.objectContaining({ name: 'status.shop.example/ping' });
    expect(s.waves?.rollbackScope).toBe('wave');
    expect(s.waves?.list.map((w) => ({ name: w.name, bakeMs: w.bakeMs, environments: w.environments.map((e) => e.name) }))).toEqual([
      { name: 'canary', bakeMs: 600_000, environments: ['prod-eu-canary'] },
      { name: 'main', bakeMs: 1_800_000, environments: ['prod-eu', 'prod-us'] }
    ]);
    const [canary, eu, us] = s.waves!.list.flatMap((w) => w.environments);
    expect(canary).toEqual({ name: 'prod-eu-canary', checks: [status], smokeChecks: [], deployInputs: { cluster: 'main', region: 'global' } });
    expect(eu).toEqual({ name: 'prod-eu', checks: [status, expect.objectContaining({ name: 'eu.shop.example/health', url: 'https://eu.shop.example/health' })], smokeChecks: [], deployInputs: { cluster: 'main', region: 'eu-west-1' } });
    expect(us!.deployInputs).toEqual({ cluster: 'main', region: 'us-east-1' });
  });

  it.each<[string, Record<string, string>, (s: Settings) => unknown, unknown]>([
    ['bake defaults to monitor-duration', { waves: '- {environments: [a]}', 'monitor-duration': '2m' }, (s) => s.waves!.list[0]!.bakeMs, 120_000],
    ['bake 0 skips the window', { waves: '- {environments: [a], bake: 0}', 'monitor-duration': '2m' }, (s) => s.waves!.list[0]!.bakeMs, 0],
    ['a wave without a name is named by its place', { waves: '- {environments: [a]}\n- {environments: [b]}' }, (s) => s.waves!.list.map((w) => w.name), ['wave 1', 'wave 2']],
    ['environments may be one name', { waves: '- {name: one, environments: solo}' }, (s) => s.waves!.list[0]!.environments.map((e) => e.name), ['solo']],
    ['health-urls as a YAML list', { waves: '- environments:\n    - name: a\n      health-urls: [https://a.example/health, https://a.example/ready]' }, (s) => s.waves!.list[0]!.environments[0]!.checks.map((c) => c.url), ['https://a.example/health', 'https://a.example/ready']],
    ['health-urls as lines', { waves: '- environments:\n    - name: a\n      health-urls: |\n        https://a.example/health\n        # the readiness probe\n        https://a.example/ready' }, (s) => s.waves!.list[0]!.environments[0]!.checks.map((c) => c.url), ['https://a.example/health', 'https://a.example/ready']],
    [
      "a check of the same name replaces the global one for that environment, others are added",
      { 'health-checks': '- {name: api, url: https://api.example/health}\n- {name: db, url: https://db.example/health}', waves: '- environments:\n    - name: eu\n      health-checks:\n        - {name: api, url: https://eu.api.example/health, expect-status: 204}\n        - {name: cdn, url: https://eu.cdn.example/}' },
      (s) => s.waves!.list[0]!.environments[0]!.checks.map((c) => [c.name, c.url]),
      [['api', 'https://eu.api.example/health'], ['db', 'https://db.example/health'], ['cdn', 'https://eu.cdn.example/']]
    ],
    ['deploy-inputs as a mapping, over the global ones (keys compare case-insensitively)', { 'deploy-workflow': 'deploy.yml', 'deploy-inputs': 'Region=global\nsize=m', waves: '- environments:\n    - name: eu\n      deploy-inputs: {region: eu-west-1, replicas: 3}' }, (s) => s.waves!.list[0]!.environments[0]!.deployInputs, { size: 'm', region: 'eu-west-1', replicas: '3' }],
    ['url', { waves: '- environments:\n    - {name: eu, url: https://eu.shop.example}' }, (s) => s.waves!.list[0]!.environments[0]!.url, 'https://eu.shop.example'],
    ['smoke-checks per environment, with a traffic-command', { 'traffic-command': './traffic.sh', 'health-urls': 'https://shop.example/health', waves: '- environments:\n    - name: eu\n      smoke-checks: [https://green.eu.shop.example/health]' }, (s) => s.waves!.list[0]!.environments[0]!.smokeChecks.map((c) => c.url), ['https://green.eu.shop.example/health']],
    ['rollback-scope all', { waves: '- {environments: [a]}', 'rollback-scope': 'all' }, (s) => s.waves!.rollbackScope, 'all'],
    ['an empty waves input (comments only) is no waves', { waves: '# later\n' }, (s) => s.waves, undefined],
    ['rollback-scope all without waves is a note', { 'rollback-scope': 'all' }, (s) => s.notes, expect.arrayContaining(['rollback-scope is all, but there are no waves: the one environment is rolled back as always.'])],
    ['environment set beside waves is a note', { environment: 'prod', waves: '- {environments: [a]}' }, (s) => s.notes, expect.arrayContaining(["waves name the environments, so environment 'prod' is not used."])]
  ])('%s', (_, inputs, pick, expected) => {
    expect(pick(settings(inputs))).toEqual(expected);
  });
});

describe('waves: every problem named, with its line and column', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['not a list', { waves: 'name: canary' }, [`Input 'waves' (line 1, column 1): the value is not a YAML list; expected a YAML list of waves`]],
    ['a wave that is not a mapping', { waves: '- prod-eu' }, [`Input 'waves' (line 1, column 3): wave 1 "prod-eu" is not a mapping`]],
    ['an unknown wave key, with a hint', { waves: '- {environments: [a], bak: 10m}' }, [`Input 'waves' (line 1, column 23): unknown key 'bak' in wave 1 (did you mean 'bake'?)`]],
    ['a wave without environments', { waves: '- {name: canary}' }, [`Input 'waves' (line 1, column 3): wave "canary" has no 'environments'`]],
    ['a wave with an empty list of environments', { waves: '- {name: canary, environments: []}' }, [`Input 'waves' (line 1, column 32): wave "canary" has no environment; expected at least one`]],
    ['an environment in two waves (names compare case-insensitively)', { waves: '- {name: one, environments: [prod-eu]}\n- name: two\n  environments: [Prod-EU]' }, [`Input 'waves' (line 3, column 18): wave "two": environment "Prod-EU" is already in wave "one" (line 1, column 30)`]],
    ['the same environment twice in a wave', { waves: '- {environments: [a, a]}' }, [`Input 'waves' (line 1, column 22): wave "wave 1": environment "a" is already in wave "wave 1"`]],
    ['two waves of one name', { waves: '- {name: main, environments: [a]}\n- {name: Main, environments: [b]}' }, [`Input 'waves' (line 2, column 10): wave 2: the name "Main" is already the name of a wave`]],
    ['an unknown environment key, with a hint', { waves: '- environments:\n    - {name: eu, health-url: https://eu.example/health}' }, [`Input 'waves' (line 2, column 18): unknown key 'health-url' in wave "wave 1", environment "eu" (did you mean 'health-urls'?)`]],
    ['an environment without a name', { waves: '- environments:\n    - {url: https://eu.example}' }, [`Input 'waves' (line 2, column 7): wave "wave 1": an environment has no 'name'`]],
    ['an environment name on two lines', { waves: '- environments: ["a\\nb"]' }, [`Input 'waves' (line 1, column 18): wave "wave 1": "a\\nb" is not an environment name`]],
    ['deploy-inputs without deploy-workflow', { waves: '- environments:\n    - {name: eu, deploy-inputs: region=eu-west-1}' }, [`Input 'waves' (line 2, column 18): wave "wave 1", environment "eu": 'deploy-inputs' given, but deploy-workflow is empty`]],
    ['a deploy-inputs line without =', { 'deploy-workflow': 'deploy.yml', waves: '- environments:\n    - {name: eu, deploy-inputs: "region"}' }, [`Input 'waves' (line 2, column 33): wave "wave 1", environment "eu": 'deploy-inputs' line 1: the line (hidden: deploy-inputs may hold secrets) has no '='`]],
    ['a deploy-inputs key that is not a workflow input', { 'deploy-workflow': 'deploy.yml', waves: '- environments:\n    - {name: eu, deploy-inputs: {"1region": eu-west-1}}' }, [`Input 'waves' (line 2, column 34): wave "wave 1", environment "eu": 'deploy-inputs' key "1region" is not a workflow input name`]],
    ['smoke-checks without traffic-command', { waves: '- environments:\n    - {name: eu, smoke-checks: [https://green.example/health]}' }, [`Input 'waves' (line 2, column 18): wave "wave 1", environment "eu": 'smoke-checks' given, but traffic-command is empty`]],
    ['a url that is not one', { waves: '- environments:\n    - {name: eu, url: "eu.example"}' }, [`Input 'waves' (line 2, column 23): wave "wave 1", environment "eu": 'url' "eu.example" is not a URL`]],
    ['a health check with a bad method', { waves: '- environments:\n    - name: eu\n      health-checks:\n        - {url: https://eu.example/health, method: FETCH}' }, [`Input 'waves' (line 4, column 52): 'method' "FETCH" is not an HTTP method`]],
    ['two checks of one name in an environment', { waves: '- environments:\n    - name: eu\n      health-urls: [https://eu.example/health, https://eu.example/health]' }, [`Input 'waves' (line 3, column 48): wave "wave 1", environment "eu": a health check named "eu.example/health" is given twice (first at line 3, column 21)`]],
    ['a check timeout over health-timeout', { 'health-timeout': '30s', waves: '- environments:\n    - name: eu\n      health-checks: [{url: https://eu.example/health, timeout: 1m}]' }, [`Input 'waves' (line 3, column 23): check "eu.example/health" has 'timeout' 1m, longer than health-timeout "30s"`]],
    ['a bake that is not a duration', { waves: '- {environments: [a], bake: soon}' }, [`Input 'waves' (line 1, column 29): wave "wave 1": 'bake' "soon" is not a duration`]],
    ['a bake shorter than monitor-interval', { waves: '- {environments: [a], bake: 10s}' }, [`Input 'waves' (line 1, column 29): wave "wave 1": its window (bake 10s) is shorter than monitor-interval 30s`]],
    ['rollback-scope that is not one, with a hint', { 'rollback-scope': 'waves' }, [`Input 'rollback-scope': "waves" is not one of wave, all (did you mean 'wave'?)`]]
  ])('%s', (_, inputs, expected) => {
    const found = problems(inputs);
    expect(found).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(found[i]).toContain(text));
  });

  it('more than 50 waves are refused', () => {
    const waves = Array.from({ length: 51 }, (_, w) => `- {environments: [env-${w}]}`).join('\n');
    expect(problems({ waves })).toEqual([`Input 'waves': 51 waves; expected at most 50`]);
  });

  it('more than 100 environments are refused', () => {
    const waves = Array.from({ length: 3 }, (_, w) => `- environments: [${Array.from({ length: 34 }, (_, e) => `env-${w}-${e}`).join(', ')}]`).join('\n');
    expect(problems({ waves })).toEqual([`Input 'waves': 102 environments; expected at most 100`]);
  });
});

describe('waves: secrets', () => {
  const WAVES = `
- environments:
    - name: eu
      deploy-inputs: |
        region=eu-west-1
        api_key=eu-key-0123456789
      health-checks:
        - url: https://eu.example/health
          headers: {Authorization: Bearer eu-health-token-42}
    - name: us
      deploy-inputs: {api_key: us-key-9876543210}
`;

  it('header values and deploy-inputs values (lines or a mapping) are masked as soon as they are read', () => {
    settings({ waves: WAVES, 'deploy-workflow': 'deploy.yml' });
    expect(masked()).toEqual(expect.arrayContaining(['eu-key-0123456789', 'us-key-9876543210', 'Bearer eu-health-token-42', 'eu-health-token-42']));
  });

  it('they are masked even when the waves input is otherwise wrong, and no problem shows them', () => {
    const found = problems({ waves: `${WAVES}    - {name: eu}\n`, 'deploy-workflow': 'deploy.yml' });
    expect(found.join('\n')).toContain('is already in');
    expect(masked()).toEqual(expect.arrayContaining(['eu-key-0123456789', 'us-key-9876543210', 'eu-health-token-42']));
    for (const secret of ['eu-key-0123456789', 'us-key-9876543210', 'eu-health-token-42']) expect(found.join('\n')).not.toContain(secret);
  });

  it('the settings the report shows hide them: header values and deploy-inputs values are ***', () => {
    const shown = JSON.stringify(publicSettings(settings({ waves: WAVES, 'deploy-workflow': 'deploy.yml' })));
    for (const secret of ['eu-key-0123456789', 'us-key-9876543210', 'eu-health-token-42']) expect(shown).not.toContain(secret);
    expect(shown).toContain('"api_key":"***"');
    expect(shown).toContain('"Authorization":"***"');
  });
});

describe('wavesOf: the ordered waves of deploy-unit targets', () => {
  it('without waves, one wave of one: the environment with the global checks, smoke checks and deploy inputs, its window monitor-duration', () => {
    const s = settings({ environment: 'prod', 'health-urls': 'https://shop.example/health', 'deploy-workflow': 'deploy.yml', 'deploy-inputs': 'region=eu', 'monitor-duration': '3m' });
    expect(wavesOf(s)).toEqual([{ name: 'prod', bakeMs: 180_000, environments: [{ name: 'prod', checks: s.health.checks, smokeChecks: [], deployInputs: { region: 'eu' } }] }]);
  });

  it('with waves, their order and environments as targets (url kept)', () => {
    const s = settings({ waves: '- {name: canary, environments: [{name: c, url: https://c.example}], bake: 1m}\n- {name: main, environments: [b, a]}' });
    const waves = wavesOf(s);
    expect(waves.map((w) => [w.name, w.bakeMs, w.environments.map((e) => e.name)])).toEqual([
      ['canary', 60_000, ['c']],
      ['main', 0, ['b', 'a']]
    ]);
    expect(waves[0]!.environments[0]).toEqual({ name: 'c', checks: [], smokeChecks: [], deployInputs: {}, url: 'https://c.example' });
    expect(lockOrder(waves)).toEqual(['a', 'b', 'c']);
  });
});
