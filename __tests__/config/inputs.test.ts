import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  INPUT_DEFAULTS,
  INPUT_NAMES,
  InputError,
  type InputReader,
  inputEnvName,
  parseJsonPath,
  readSettings,
  readSettingsFromEnv,
  refNameProblem
} from '../../src/config/inputs.js';
import type { Settings } from '../../src/config/settings.js';
import type { HealthCheckSpec } from '../../src/verify/check-spec.js';
import { captureStdout } from '../helpers/stdout.js';

const TOKEN = 'ghs_TestToken9f8e7d6c5b4a';
const HEADER_SECRET = 'Bearer hdr-secret-1234';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
}
const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;
/** What the runner passes when a workflow sets no inputs (the token expression evaluated). */
const runnerDefaults: Record<string, string> = Object.fromEntries(
  Object.entries(actionYml.inputs).map(([name, input]) => [name, String(input.default ?? '')])
);
runnerDefaults['github-token'] = TOKEN;

function reader(overrides: Record<string, string> = {}): InputReader {
  const values: Record<string, string> = { ...runnerDefaults, ...overrides };
  return (name) => values[name] ?? '';
}

function settingsWith(overrides: Record<string, string> = {}): Settings {
  return readSettings(reader(overrides));
}

function errorWith(overrides: Record<string, string>): InputError {
  try {
    readSettings(reader(overrides));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(overrides)}`);
}

function problemsWith(overrides: Record<string, string>): string[] {
  return errorWith(overrides).problems;
}

/** The only problem for these inputs (fails when there are none or several). */
function problemWith(overrides: Record<string, string>): string {
  const problems = problemsWith(overrides);
  expect(problems).toHaveLength(1);
  return problems[0];
}

const DEFAULT_SETTINGS: Settings = {
  token: TOKEN,
  dryRun: false,
  environment: 'production',
  ref: '',
  stateFile: { mode: 'auto' },
  gates: [],
  requiredChecks: { mode: 'required' },
  checksTimeoutMs: 0,
  stagingEnvironment: [],
  version: '',
  bump: 'auto',
  preid: '',
  tagPrefix: 'v',
  versionFile: 'package.json',
  changelogFile: 'CHANGELOG.md',
  release: true,
  deploy: { workflow: '', inputs: {}, branch: '', command: '', timeoutMs: 30 * 60_000, approvalTimeoutMs: 60 * 60_000 },
  lockTimeoutMs: 30 * 60_000,
  health: { checks: [], timeoutMs: 5 * 60_000, intervalMs: 10_000 },
  monitor: { durationMs: 0, intervalMs: 30_000, errorRateThreshold: 0.01, latencyThresholdMs: 500, metrics: [] },
  rollback: { mode: 'auto', workflow: '', command: '', timeoutMs: 10 * 60_000 },
  reportFile: { mode: 'auto' },
  notes: []
};

const { masked } = captureStdout();

describe('agreement with action.yml', () => {
  it('knows exactly the inputs of action.yml, in the same order', () => {
    expect(INPUT_NAMES).toEqual(Object.keys(actionYml.inputs));
  });

  it('has the same defaults as action.yml', () => {
    for (const name of INPUT_NAMES) {
      const expected = name === 'github-token' ? '' : String(actionYml.inputs[name].default ?? '');
      expect({ name, value: INPUT_DEFAULTS[name] }).toEqual({ name, value: expected });
    }
    expect(actionYml.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  it("turns action.yml's defaults into the documented default settings", () => {
    expect(settingsWith()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads every input of action.yml and nothing else', () => {
    const asked: string[] = [];
    readSettings((name) => {
      asked.push(name);
      return runnerDefaults[name] ?? '';
    });
    expect([...new Set(asked)].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it('treats empty inputs as unset: defaults, except tag-prefix (no prefix) and dry-run (never guessed)', () => {
    const settings = readSettings((name) => (name === 'github-token' ? TOKEN : name === 'dry-run' ? 'false' : ''));
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, tagPrefix: '' });
  });

  it('treats blank inputs like empty ones', () => {
    const settings = readSettings((name) => (name === 'github-token' ? TOKEN : name === 'dry-run' ? 'false' : '  \n '));
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, tagPrefix: '' });
  });

  it('inputs not passed at all (outside a runner) take their defaults, dry-run included', () => {
    const settings = readSettings((name) => (name === 'github-token' ? TOKEN : undefined));
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('github-token', () => {
  it('is required', () => {
    expect(problemWith({ 'github-token': '' })).toBe(
      "Input 'github-token' is empty: pass ${{ github.token }} or a PAT"
    );
    expect(problemWith({ 'github-token': '   ' })).toContain("Input 'github-token' is empty");
  });

  it('is trimmed and kept', () => {
    expect(settingsWith({ 'github-token': `  ${TOKEN}\n` }).token).toBe(TOKEN);
  });

  it('must be one token, and the message does not show it', () => {
    const problem = problemWith({ 'github-token': 'ghp_first secondpart' });
    expect(problem).toContain("Input 'github-token'");
    expect(problem).toContain('value hidden');
    expect(problem).not.toContain('ghp_first');
    expect(problem).not.toContain('secondpart');
  });

  it('is masked as soon as it is read, even when inputs are bad', () => {
    problemsWith({ 'dry-run': 'maybe' });
    expect(masked()).toContain(TOKEN);
  });
});

describe('booleans (dry-run, release)', () => {
  it.each<[string, boolean]>([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    [' true ', true]
  ])('%j is %s', (value, expected) => {
    expect(settingsWith({ 'dry-run': value }).dryRun).toBe(expected);
    expect(settingsWith({ release: value }).release).toBe(expected);
  });

  it('release defaults to true when empty', () => {
    expect(settingsWith({ release: '' })).toMatchObject({ release: true });
  });

  it('an empty dry-run is refused: an expression that evaluated to nothing must not mean a real ship', () => {
    expect(problemWith({ 'dry-run': '' })).toBe(`Input 'dry-run': "" is not a boolean; expected true or false`);
    expect(problemWith({ 'dry-run': '  ' })).toBe(`Input 'dry-run': "" is not a boolean; expected true or false`);
  });

  it.each(['yes', 'no', '1', '0', 'on', 'tRue', 'truee', 'y'])('%j is refused', (value) => {
    expect(problemWith({ 'dry-run': value })).toBe(
      `Input 'dry-run': ${JSON.stringify(value)} is not a boolean; expected true or false`
    );
    expect(problemWith({ release: value })).toContain(`Input 'release': ${JSON.stringify(value)} is not a boolean`);
  });
});

describe('enums', () => {
  it.each(['auto', 'major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'none'])(
    'bump %s',
    (bump) => {
      expect(settingsWith({ bump }).bump).toBe(bump);
    }
  );

  it.each<[string, string, string]>([
    ['bump', 'Major', "did you mean 'major'?"],
    ['bump', 'majr', "did you mean 'major'?"],
    ['bump', 'hotfix', 'is not one of auto, major, minor, patch, premajor, preminor, prepatch, prerelease, none'],
    ['rollback', 'always', 'is not one of auto, never'],
    ['rollback', 'Never', "did you mean 'never'?"],
    ['rollback', 'false', 'is not one of auto, never']
  ])('%s %j is refused', (name, value, message) => {
    const problem = problemWith({ [name]: value });
    expect(problem).toContain(`Input '${name}': ${JSON.stringify(value)}`);
    expect(problem).toContain(message);
  });

  it.each<[string, Settings['rollback']['mode']]>([
    ['auto', 'auto'],
    ['never', 'never'],
    ['', 'auto']
  ])('rollback %j', (value, mode) => {
    expect(settingsWith({ rollback: value }).rollback.mode).toBe(mode);
  });
});

describe('durations', () => {
  const pick: Record<string, (s: Settings) => number> = {
    'checks-timeout': (s) => s.checksTimeoutMs,
    'deploy-timeout': (s) => s.deploy.timeoutMs,
    'health-timeout': (s) => s.health.timeoutMs,
    'monitor-duration': (s) => s.monitor.durationMs,
    'monitor-interval': (s) => s.monitor.intervalMs,
    'latency-threshold': (s) => s.monitor.latencyThresholdMs,
    'rollback-timeout': (s) => s.rollback.timeoutMs
  };

  it.each<[string, string, number]>([
    ['checks-timeout', '0', 0],
    ['checks-timeout', '90', 90_000],
    ['checks-timeout', '90s', 90_000],
    ['checks-timeout', '5m', 300_000],
    ['deploy-timeout', '1h', 3_600_000],
    ['deploy-timeout', '1h30m', 5_400_000],
    ['health-timeout', '2m 30s', 150_000],
    ['monitor-duration', '0', 0],
    ['monitor-duration', '15m', 900_000],
    ['monitor-interval', '1.5s', 1_500],
    ['latency-threshold', '500ms', 500],
    ['latency-threshold', '1.2s', 1_200],
    ['latency-threshold', '2', 2_000],
    ['rollback-timeout', '120h', 432_000_000]
  ])('%s %j is %d ms', (name, value, ms) => {
    expect(pick[name](settingsWith({ [name]: value }))).toBe(ms);
  });

  it('health-interval', () => {
    expect(settingsWith({ 'health-interval': '500ms' }).health.intervalMs).toBe(500);
  });

  it('shows the bad value and the expected forms', () => {
    expect(problemWith({ 'health-timeout': '5 minutes' })).toBe(
      `Input 'health-timeout': "5 minutes" is not a duration; expected e.g. 90, 90s, 5m, 1h`
    );
  });

  it.each<[string, string, string]>([
    ['checks-timeout', '-1', 'it is negative'],
    ['checks-timeout', '1d', 'is not a duration'],
    ['deploy-timeout', '30 mins', 'is not a duration'],
    ['deploy-timeout', '0', 'is zero; expected a duration greater than 0'],
    ['health-timeout', '0s', 'is zero'],
    ['health-interval', '0', 'is zero'],
    ['monitor-interval', '0ms', 'is zero'],
    ['latency-threshold', '0', 'is zero'],
    ['rollback-timeout', '0', 'is zero'],
    ['rollback-timeout', '121h', 'is longer than 5 days'],
    ['checks-timeout', '200h', 'is longer than 5 days'],
    ['monitor-duration', 'forever', 'is not a duration'],
    ['latency-threshold', 'p95 500ms', 'is not a duration'],
    ['health-interval', '30s10m', 'units go from largest to smallest']
  ])('%s %j is refused (%s)', (name, value, message) => {
    const problems = problemsWith({ [name]: value });
    expect(problems[0]).toContain(`Input '${name}': ${JSON.stringify(value)}`);
    expect(problems[0]).toContain(message);
  });
});

describe('error-rate-threshold', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['1', 1],
    ['0.01', 0.01],
    ['0.5', 0.5],
    ['.25', 0.25],
    ['1e-3', 0.001],
    ['1.0', 1]
  ])('%j is %d', (value, expected) => {
    expect(settingsWith({ 'error-rate-threshold': value }).monitor.errorRateThreshold).toBe(expected);
  });

  it.each(['1.5', '-0.1', '5%', 'abc', '0x1', 'Infinity', '1,5', '2'])('%j is refused', (value) => {
    expect(problemWith({ 'error-rate-threshold': value })).toBe(
      `Input 'error-rate-threshold': ${JSON.stringify(value)} is not a number from 0 to 1; expected e.g. 0.01 (1%), 0.05 or 0`
    );
  });
});

describe('version, preid, tag-prefix', () => {
  it.each<[Record<string, string>, string]>([
    [{ version: '1.2.3' }, '1.2.3'],
    [{ version: 'v1.2.3' }, '1.2.3'],
    [{ version: 'V1.2.3' }, '1.2.3'],
    [{ version: '2.0.0-rc.1' }, '2.0.0-rc.1'],
    [{ version: '1.0.0+build.5' }, '1.0.0+build.5'],
    [{ version: 'refs/tags/v1.2.3' }, '1.2.3'],
    [{ version: 'release/1.4.0', 'tag-prefix': 'release/' }, '1.4.0'],
    [{ version: 'app-v3.0.0', 'tag-prefix': 'app-v' }, '3.0.0'],
    [{ version: '' }, '']
  ])('%j gives version %j', (inputs, expected) => {
    expect(settingsWith(inputs).version).toBe(expected);
  });

  it.each(['1.2', 'latest', 'v1.2.3.4', '01.2.3', '1.2.3-', 'vv1.2.3', '=1.2.3', '1.2.3 rc'])('version %j is refused', (value) => {
    expect(problemWith({ version: value })).toBe(
      `Input 'version': ${JSON.stringify(value)} is not a semantic version; expected e.g. 1.4.2, 2.0.0-rc.1 or v1.4.2`
    );
  });

  it.each(['rc', 'beta', 'alpha-1', 'rc.1', 'x0', '0'])('preid %j is accepted', (preid) => {
    expect(settingsWith({ preid }).preid).toBe(preid);
  });

  it.each(['rc_1', 'beta!', '01', 'rc..1', 'rc.', 'a b', 'ünï'])('preid %j is refused', (preid) => {
    const problem = problemWith({ preid });
    expect(problem).toContain(`Input 'preid': ${JSON.stringify(preid)} is not a prerelease identifier`);
    expect(problem).toContain("expected letters, digits and '-'");
  });

  it.each(['v', '', 'release/', 'app-v', 'v.', 'releases/prod-'])('tag-prefix %j is accepted', (prefix) => {
    expect(settingsWith({ 'tag-prefix': prefix }).tagPrefix).toBe(prefix);
  });

  it.each<[string, string]>([
    ['a b', 'space'],
    ['v~', '~'],
    ['/', "'/'"],
    ['v..', "'..'"],
    ['.v', "starts with '.'"],
    ['x.lock/', ".lock"],
    ['v:', ':'],
    ['a//', "'//'"],
    ['v@{', "'@{'"]
  ])('tag-prefix %j is refused', (prefix, reason) => {
    const problem = problemWith({ 'tag-prefix': prefix });
    expect(problem).toContain(`Input 'tag-prefix': ${JSON.stringify(prefix)} cannot start a tag name`);
    expect(problem).toContain(reason);
  });
});

describe('environment, staging-environment, ref, deploy-branch', () => {
  it('environment', () => {
    expect(settingsWith({ environment: 'prod-eu' }).environment).toBe('prod-eu');
    expect(settingsWith({ environment: '' }).environment).toBe('production');
    expect(settingsWith({ 'staging-environment': 'staging' }).stagingEnvironment).toEqual(['staging']);
  });

  it('staging-environment takes a newline list, each environment once (blank lines and # comments skipped)', () => {
    expect(settingsWith({ 'staging-environment': 'staging\n\n# the canary job\nprod-canary\n' }).stagingEnvironment).toEqual(['staging', 'prod-canary']);
    expect(problemWith({ 'staging-environment': 'staging\nprod-canary\nStaging' })).toBe(
      `Input 'staging-environment' (line 3): "Staging" is listed twice; expected each environment once`
    );
  });

  it.each<[string, string]>([
    ['environment', 'prod\nstaging'],
    ['environment', 'x'.repeat(256)],
    ['staging-environment', 'a\tb']
  ])('%s %j is refused', (name, value) => {
    const problem = problemWith({ [name]: value });
    // staging-environment is a list: its problems name the line.
    expect(problem).toContain(name === 'staging-environment' ? `Input '${name}' (line 1):` : `Input '${name}':`);
    expect(problem).toContain('is not an environment name; expected one line of at most 255 characters');
  });

  it.each(['', 'main', 'v1.2.0', 'feature/login', 'refs/heads/main', 'a'.repeat(40), '0123abc'])(
    'ref %j is accepted',
    (ref) => {
      expect(settingsWith({ ref }).ref).toBe(ref);
    }
  );

  it.each(['main~1', 'a b', 'a..b', 'x.lock', '@', 'HEAD^', 'feature/', 'ref:x', 'bad\\name', 'a[1]', 'x@{1}'])(
    'ref %j is refused',
    (ref) => {
      const problem = problemWith({ ref });
      expect(problem).toContain(`Input 'ref': ${JSON.stringify(ref)} is not a commit SHA, branch or tag`);
      expect(problem).toContain('expected e.g. main, v1.2.0 or a commit SHA');
    }
  );

  it.each<[string, string]>([
    ['production', 'production'],
    ['refs/heads/production', 'production'],
    ['deploy/prod', 'deploy/prod'],
    ['', '']
  ])('deploy-branch %j is %j', (value, branch) => {
    expect(settingsWith({ 'deploy-branch': value }).deploy.branch).toBe(branch);
  });

  it.each(['prod branch', 'prod..x', '-x~'])('deploy-branch %j is refused', (value) => {
    expect(problemWith({ 'deploy-branch': value })).toContain(
      `Input 'deploy-branch': ${JSON.stringify(value)} is not a branch name`
    );
  });
});

describe('file paths', () => {
  it.each<[string, string]>([
    ['package.json', 'package.json'],
    ['./docs/CHANGELOG.md', 'docs/CHANGELOG.md'],
    ['a/../b.md', 'b.md'],
    ['specs\\001-x\\state.yaml', 'specs/001-x/state.yaml'],
    ['packages/app/package.json', 'packages/app/package.json'],
    ['.changes/CHANGELOG.md', '.changes/CHANGELOG.md']
  ])('%j is kept as %j', (value, normalized) => {
    const settings = settingsWith({
      'version-file': value,
      'changelog-file': value,
      'state-file': value,
      'report-file': value
    });
    expect(settings.versionFile).toBe(normalized);
    expect(settings.changelogFile).toBe(normalized);
    expect(settings.stateFile).toEqual({ mode: 'path', path: normalized });
    expect(settings.reportFile).toEqual({ mode: 'path', path: normalized });
  });

  it.each<[string, string]>([
    ['/etc/passwd', 'is an absolute path'],
    ['/home/runner/work/app/app/package.json', 'is an absolute path'],
    ['C:\\work\\package.json', 'is an absolute path'],
    ['\\\\server\\share\\x', 'is an absolute path'],
    ['../package.json', 'leads outside the workspace'],
    ['a/../../x', 'leads outside the workspace'],
    ['..', 'leads outside the workspace'],
    ['.', 'names a folder'],
    ['docs/', 'names a folder'],
    ['docs/..', 'names a folder'],
    ['~/CHANGELOG.md', "starts with '~'"],
    ['a\nb', 'contains a line break']
  ])('%j is refused (%s)', (value, reason) => {
    for (const name of ['version-file', 'changelog-file', 'state-file', 'report-file']) {
      const problem = problemWith({ [name]: value });
      expect(problem).toContain(`Input '${name}': ${JSON.stringify(value)} ${reason}`);
      expect(problem).toContain('expected a path relative to the workspace');
    }
  });

  it('state-file and report-file know auto and none', () => {
    const settings = settingsWith({ 'state-file': 'none', 'report-file': 'none' });
    expect(settings.stateFile).toEqual({ mode: 'none' });
    expect(settings.reportFile).toEqual({ mode: 'none' });
    expect(settingsWith({ 'state-file': 'auto', 'report-file': '' })).toMatchObject({
      stateFile: { mode: 'auto' },
      reportFile: { mode: 'auto' }
    });
    expect(settingsWith({ 'state-file': './auto' }).stateFile).toEqual({ mode: 'path', path: 'auto' });
  });
});

describe('required-checks', () => {
  it.each<[string, Settings['requiredChecks']]>([
    ['required', { mode: 'required' }],
    ['all', { mode: 'all' }],
    ['none', { mode: 'none' }],
    ['', { mode: 'required' }],
    ['build', { mode: 'list', names: ['build'] }],
    ['build\nlint', { mode: 'list', names: ['build', 'lint'] }],
    ['  build / test (ubuntu)  \n\n# the linter\nlint\n', { mode: 'list', names: ['build / test (ubuntu)', 'lint'] }],
    ['build\nbuild\nlint', { mode: 'list', names: ['build', 'lint'] }],
    ['CI / all-green', { mode: 'list', names: ['CI / all-green'] }]
  ])('%j', (value, expected) => {
    expect(settingsWith({ 'required-checks': value }).requiredChecks).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Required', `Input 'required-checks' (line 1): "Required" is not a mode (modes are lower case)`],
    ['ALL', `Input 'required-checks' (line 1): "ALL" is not a mode`],
    ['build\nrequired', `Input 'required-checks' (line 2): "required" is a mode and cannot be combined with check names`],
    ['build\n- lint', `Input 'required-checks' (line 2): "- lint" starts with '- '; expected one check name per line`]
  ])('%j is refused', (value, message) => {
    expect(problemWith({ 'required-checks': value })).toContain(message);
  });
});

describe('deploy-workflow, rollback-workflow', () => {
  it.each<[string, string]>([
    ['deploy.yml', 'deploy.yml'],
    ['deploy.yaml', 'deploy.yaml'],
    ['161335', '161335'],
    ['.github/workflows/deploy-prod.yml', 'deploy-prod.yml'],
    ['', '']
  ])('%j is %j', (value, expected) => {
    const settings = settingsWith({ 'deploy-workflow': value, 'rollback-workflow': value });
    expect(settings.deploy.workflow).toBe(expected);
    expect(settings.rollback.workflow).toBe(expected);
  });

  it.each(['deploy', 'deploy.json', 'dir/deploy.yml', '.yml', '12a', 'workflows\\deploy.yml'])('%j is refused', (value) => {
    for (const name of ['deploy-workflow', 'rollback-workflow']) {
      expect(problemWith({ [name]: value })).toBe(
        `Input '${name}': ${JSON.stringify(value)} is not a workflow file name or id; expected e.g. deploy.yml or 161335`
      );
    }
  });

  it('commands are kept as written (trimmed)', () => {
    const settings = settingsWith({ 'deploy-command': ' ./deploy.sh --prod\n', 'rollback-command': 'make rollback' });
    expect(settings.deploy.command).toBe('./deploy.sh --prod');
    expect(settings.rollback.command).toBe('make rollback');
  });
});

describe('deploy-inputs', () => {
  const withWorkflow = (value: string): Record<string, string> => ({
    'deploy-workflow': 'deploy.yml',
    'deploy-inputs': value
  });

  it.each<[string, Record<string, string>]>([
    ['', {}],
    ['region=eu-west-1', { region: 'eu-west-1' }],
    ['region = eu-west-1 \n\n# a comment\n  replicas=3', { region: 'eu-west-1', replicas: '3' }],
    ['url=https://x.test/?a=b&c=d', { url: 'https://x.test/?a=b&c=d' }],
    ['empty=', { empty: '' }],
    ['_private=1\ndry-run=false\nA_b-9=x', { _private: '1', 'dry-run': 'false', 'A_b-9': 'x' }],
    ['note=keep "quotes" # and this', { note: 'keep "quotes" # and this' }],
    ['a=1\r\nb=2\r\n', { a: '1', b: '2' }]
  ])('%j', (value, expected) => {
    expect(settingsWith(withWorkflow(value)).deploy.inputs).toEqual(expected);
  });

  it.each<[string, string]>([
    // The line is not shown: a value pasted without its key is still a secret.
    ['region', `Input 'deploy-inputs' (line 1): the line (hidden: deploy-inputs may hold secrets) has no '='; expected key=value, e.g. region=eu-west-1`],
    ['a=1\nregion: eu', `Input 'deploy-inputs' (line 2): the line (hidden: deploy-inputs may hold secrets) has no '='`],
    ['9lives=1', `Input 'deploy-inputs' (line 1): "9lives" is not a workflow input name; expected a letter or '_'`],
    ['=1', `Input 'deploy-inputs' (line 1): "" is not a workflow input name`],
    ['my key=1', `Input 'deploy-inputs' (line 1): "my key" is not a workflow input name`],
    ['a.b=1', `Input 'deploy-inputs' (line 1): "a.b" is not a workflow input name`],
    ['region=a\n\n# x\nregion=b', `Input 'deploy-inputs' (line 4): key 'region' is given again (first on line 1)`],
    ['Region=a\nregion=b', `Input 'deploy-inputs' (line 2): key 'region' is given again (first on line 1)`]
  ])('%j is refused', (value, message) => {
    expect(problemWith(withWorkflow(value))).toContain(message);
  });

  it('reports every bad line', () => {
    const problems = problemsWith(withWorkflow('a\nb\nc=1\nc=2'));
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.match(/\(line (\d+)\)/)?.[1])).toEqual(['1', '2', '4']);
  });

  it('needs deploy-workflow', () => {
    expect(problemWith({ 'deploy-inputs': 'region=eu' })).toBe(
      "Input 'deploy-inputs': given, but deploy-workflow is empty; expected deploy-workflow to name the workflow these inputs are for"
    );
  });
});

describe('health-urls', () => {
  it('becomes one GET check per line with the defaults', () => {
    const checks = settingsWith({
      'health-urls': 'https://app.example.com/healthz\n\n# api\nhttp://api.example.com:8080/v1/health?deep=1\nhttps://example.com/'
    }).health.checks;
    const base = { method: 'GET', headers: {}, expectStatus: [{ min: 200, max: 299 }], timeoutMs: 10_000 };
    expect(checks).toEqual([
      { ...base, name: 'app.example.com/healthz', url: 'https://app.example.com/healthz' },
      { ...base, name: 'api.example.com:8080/v1/health', url: 'http://api.example.com:8080/v1/health?deep=1' },
      { ...base, name: 'example.com', url: 'https://example.com/' }
    ]);
  });

  it.each<[string, string]>([
    ['ftp://example.com/x', `Input 'health-urls' (line 1): "ftp://example.com/x" is not an http(s) URL; expected e.g. https://example.com/healthz`],
    ['https://ok.example.com\nexample.com/health', `Input 'health-urls' (line 2): "example.com/health" is not a URL`],
    ['https://a.example.com\n\nhttps://a b.example.com', `Input 'health-urls' (line 3): "https://a b.example.com" is not a URL`],
    ['- https://example.com', `Input 'health-urls' (line 1): "- https://example.com" is not a URL`]
  ])('%j is refused', (value, message) => {
    expect(problemWith({ 'health-urls': value })).toContain(message);
  });

  it('refuses credentials in a URL without showing them', () => {
    const problem = problemWith({ 'health-urls': 'https://admin:hunter2pass@example.com/health' });
    expect(problem).toContain("Input 'health-urls' (line 1): the URL has credentials in it");
    expect(problem).not.toContain('hunter2pass');
  });

  it('refuses the same URL twice (same name)', () => {
    expect(problemWith({ 'health-urls': 'https://a.example.com/h\nhttps://a.example.com/h' })).toContain(
      `Input 'health-urls' (line 2): a health check named "a.example.com/h" is already given (input 'health-urls', line 1)`
    );
  });
});

describe('health-checks', () => {
  const checksOf = (yaml: string): HealthCheckSpec[] => settingsWith({ 'health-checks': yaml }).health.checks;

  it('reads every key', () => {
    const yaml = [
      '- name: api',
      '  url: https://api.example.com/health',
      '  method: post',
      '  headers:',
      `    Authorization: ${HEADER_SECRET}`,
      '    X-Retry: 3',
      '  expect-status: [200, "301-302", 4xx]',
      '  body-contains: ok',
      '  body-matches: "\\"status\\":\\\\s*\\"up\\""',
      "  json: {path: 'data[\"app.v\"][0]', one-of: [ok, 1, true]}",
      '  expect-version: false',
      '  max-latency: 750ms',
      '  timeout: 2'
    ].join('\n');
    expect(checksOf(yaml)).toEqual([
      {
        name: 'api',
        url: 'https://api.example.com/health',
        method: 'POST',
        headers: { Authorization: HEADER_SECRET, 'X-Retry': '3' },
        expectStatus: [
          { min: 200, max: 200 },
          { min: 301, max: 302 },
          { min: 400, max: 499 }
        ],
        bodyContains: 'ok',
        bodyMatches: '"status":\\s*"up"',
        json: { path: 'data["app.v"][0]', oneOf: ['ok', '1', 'true'], segments: ['data', 'app.v', 0] },
        expectVersion: false,
        maxLatencyMs: 750,
        timeoutMs: 2_000
      }
    ]);
    expect(masked()).toEqual(expect.arrayContaining([HEADER_SECRET, '3']));
  });

  it('fills in the defaults and takes a bare URL as a check', () => {
    const checks = checksOf('- url: https://example.com/status\n- https://example.com/ping\n');
    const defaults = { method: 'GET', headers: {}, expectStatus: [{ min: 200, max: 299 }], timeoutMs: 10_000 };
    expect(checks).toEqual([
      { ...defaults, name: 'example.com/status', url: 'https://example.com/status' },
      { ...defaults, name: 'example.com/ping', url: 'https://example.com/ping' }
    ]);
  });

  it.each<[string, HealthCheckSpec['expectStatus']]>([
    ['200', [{ min: 200, max: 200 }]],
    ['"204"', [{ min: 204, max: 204 }]],
    ['200-299', [{ min: 200, max: 299 }]],
    ['"200 - 204"', [{ min: 200, max: 204 }]],
    ['3xx', [{ min: 300, max: 399 }]],
    ['[200, 404]', [{ min: 200, max: 200 }, { min: 404, max: 404 }]]
  ])('expect-status %s', (value, expected) => {
    expect(checksOf(`- url: https://e.example\n  expect-status: ${value}`)[0].expectStatus).toEqual(expected);
  });

  it.each<[string, HealthCheckSpec['json']]>([
    ['{path: status, equals: ok}', { path: 'status', oneOf: ['ok'], segments: ['status'] }],
    ['{path: "checks[1].healthy", equals: true}', { path: 'checks[1].healthy', oneOf: ['true'], segments: ['checks', 1, 'healthy'] }],
    ['{path: code, equals: 0}', { path: 'code', oneOf: ['0'], segments: ['code'] }],
    ['{path: a.b, one-of: [up, degraded]}', { path: 'a.b', oneOf: ['up', 'degraded'], segments: ['a', 'b'] }],
    ['{path: x, equals: null}', { path: 'x', oneOf: ['null'], segments: ['x'] }]
  ])('json %s', (value, expected) => {
    expect(checksOf(`- url: https://e.example\n  json: ${value}`)[0].json).toEqual(expected);
  });

  it('json with only a path needs expect-version', () => {
    const [check] = checksOf('- url: https://e.example/version\n  expect-version: true\n  json: {path: $.build.version}');
    expect(check.expectVersion).toBe(true);
    expect(check.json).toEqual({ path: '$.build.version', oneOf: [], segments: ['build', 'version'] });
  });

  it.each<[string, string]>([
    ['- url: https://e.example\n  metod: GET', "Input 'health-checks' (line 2, column 3): unknown key 'metod' in check 1 (did you mean 'method'?); known keys: name, url, method, headers, expect-status, body-contains, body-matches, json, expect-version, max-latency, timeout"],
    ['- name: x', "Input 'health-checks' (line 1, column 3): check 1 has no 'url'"],
    ['- url: ftp://e.example', `Input 'health-checks' (line 1, column 8): 'url' "ftp://e.example" is not an http(s) URL`],
    ['- url: 42', `Input 'health-checks' (line 1, column 8): 'url' "42" is not text`],
    ['- url: https://e.example\n  method: FETCH', `(line 2, column 11): 'method' "FETCH" is not an HTTP method; expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS`],
    ['- url: https://e.example\n  headers: [a]', "(line 2, column 12): 'headers' is not a mapping"],
    ['- url: https://e.example\n  headers: {"Bad Name": x}', `(line 2, column 13): 'headers' has a key "Bad Name" that is not a header name`],
    ['- url: https://e.example\n  headers: {A: 1, a: 2}', "'headers' gives a twice (names are case-insensitive)"],
    ['- url: https://e.example\n  expect-status: 700', `(line 2, column 18): 'expect-status' "700" is not an HTTP status or range`],
    ['- url: https://e.example\n  expect-status: 299-200', `'expect-status' "299-200" is not an HTTP status or range`],
    ['- url: https://e.example\n  expect-status: []', "'expect-status' is an empty list"],
    ['- url: https://e.example\n  expect-status: ok', `'expect-status' "ok" is not an HTTP status or range`],
    ['- url: https://e.example\n  body-matches: "(["', `(line 2, column 17): 'body-matches' "([" is not a valid regular expression for the linear-time engine (RE2): missing closing ]`],
    ['- url: https://e.example\n  body-matches: "up(?=time)"', `(line 2, column 17): 'body-matches' "up(?=time)" uses a lookahead (?=, which the linear-time engine (RE2) does not run: match the text itself`],
    ['- url: https://e.example\n  body-matches: "(a)\\\\1"', `'body-matches' "(a)\\\\1" uses a backreference \\1, which the linear-time engine (RE2) does not run: write the repeated text out`],
    ['- url: https://e.example\n  body-contains: ""', "'body-contains' is empty"],
    ['- url: https://e.example\n  json: status', `'json' "status" is not a mapping; expected "json: {path: status, equals: ok}"`],
    ['- url: https://e.example\n  json: {equals: ok}', "'json' has no 'path'"],
    ['- url: https://e.example\n  json: {path: a, equals: ok, one-of: [ok]}', "'json' has both 'equals' and 'one-of'"],
    ['- url: https://e.example\n  json: {path: a}', "'json' has neither 'equals' nor 'one-of' (nor 'expect-version: true')"],
    ['- url: https://e.example\n  json: {path: a, equals: [1]}', "'json.equals' (a list) is not a single value"],
    ['- url: https://e.example\n  json: {path: a, one-of: []}', "'json.one-of' (a list) is not a list of values"],
    ['- url: https://e.example\n  json: {path: a, value: 1}', "unknown key 'value' in 'json'; known keys: path, equals, one-of"],
    ['- url: https://e.example\n  json: {path: "a..b", equals: 1}', `(line 2, column 16): 'json.path' "a..b" is not a field path (at character 3: expected a name)`],
    ['- url: https://e.example\n  json: {path: "a[x]", equals: 1}', `'json.path' "a[x]" is not a field path`],
    ['- url: https://e.example\n  expect-version: yes', `(line 2, column 19): 'expect-version' "yes" is not a boolean; expected true or false`],
    ['- url: https://e.example\n  max-latency: fast', `(line 2, column 16): 'max-latency' "fast" is not a duration; expected e.g. 90, 90s, 5m, 1h`],
    ['- url: https://e.example\n  max-latency: 0', "'max-latency' \"0\" is zero"],
    ['- url: https://e.example\n  timeout: 1 minute', `'timeout' "1 minute" is not a duration`],
    ['- url: https://e.example\n  timeout: [1]', "'timeout' (a list) is not a duration"],
    ['- url: https://e.example\n- 12', `(line 2, column 3): check 2 "12" is not a mapping`],
    ['- url: https://e.example\n  name: ""', "'name' is empty"],
    ['url: https://e.example', "Input 'health-checks' (line 1, column 1): the value is not a YAML list; expected a YAML list of checks"],
    ['- url: https://e.example\n  url: https://f.example', "Input 'health-checks' (line 2, column 3): not valid YAML (Map keys must be unique)"],
    ['- url: https://e.example\n  json: {path: a\n', "Input 'health-checks' (line 3, column 1): not valid YAML"],
    ['- name: a\n  url: https://e.example\n- name: a\n  url: https://f.example', `(line 3, column 3): a health check named "a" is already given (input 'health-checks', line 1, column 3)`]
  ])('%j is refused', (yaml, message) => {
    const problems = problemsWith({ 'health-checks': yaml });
    expect(problems.find((p) => p.includes(message)) ?? problems).toContain(message);
    for (const problem of problems) expect(problem).toMatch(/^Input 'health-checks' \(line \d+, column \d+\): /);
  });

  it('refuses a name used by health-urls too', () => {
    expect(
      problemWith({
        'health-urls': 'https://e.example/h',
        'health-checks': '- url: https://e.example/h\n  method: HEAD'
      })
    ).toContain(
      `Input 'health-checks' (line 1, column 3): a health check named "e.example/h" is already given (input 'health-urls', line 1)`
    );
  });

  it('reports the problems of every check', () => {
    const problems = problemsWith({
      'health-checks': '- url: https://a.example\n  method: GIT\n- url: https://b.example\n  timeout: soon\n- {}'
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('(line 2,');
    expect(problems[1]).toContain('(line 4,');
    expect(problems[2]).toContain("check 3 has no 'url'");
  });

  it('shows the first YAML error and counts its echoes', () => {
    const problems = problemsWith({ 'health-checks': '- url: https://e.example\n  json: {path: a[0], equals: 1}' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Input 'health-checks' \(line 2, column \d+\): not valid YAML \(.+, and \d+ more YAML errors after it\); expected a YAML list of checks/
    );
  });

  it('an empty list means no checks', () => {
    expect(checksOf('[]')).toEqual([]);
    expect(checksOf('# nothing yet')).toEqual([]);
  });

  describe('header values are secrets', () => {
    it('are masked and never shown, even when the header is bad', () => {
      const yaml = `- url: https://e.example\n  headers:\n    Authorization: "${HEADER_SECRET}\\n"`;
      const problems = problemsWith({ 'health-checks': yaml });
      expect(problems).toEqual([
        "Input 'health-checks' (line 3, column 20): 'headers.Authorization' (value hidden) contains a line break or control character; expected one line"
      ]);
      expect(masked()).toContain(JSON.stringify(`${HEADER_SECRET}\n`).slice(1, -1).replace('\\n', '%0A'));
    });

    it('are masked when the rest of the check, other inputs, or the YAML itself is bad', () => {
      const yaml = `- url: ftp://e.example\n  headers: {Authorization: ${HEADER_SECRET}}\n  timeout: never\n- [broken`;
      const error = errorWith({ 'health-checks': yaml, 'dry-run': 'perhaps' });
      expect(masked()).toContain(HEADER_SECRET);
      expect(masked()).toContain(TOKEN);
      expect(error.message).not.toContain(HEADER_SECRET);
    });

    it('are redacted from every message, wherever they turn up', () => {
      const problems = problemsWith({
        'health-checks': `- url: https://e.example\n  headers: {X-Api-Key: k3y-v4lue-xyz}`,
        environment: 'k3y-v4lue-xyz\nprod',
        ref: `${TOKEN}..x`
      });
      expect(problems).toHaveLength(2);
      for (const problem of problems) {
        expect(problem).not.toContain('k3y-v4lue-xyz');
        expect(problem).not.toContain(TOKEN);
        expect(problem).toContain('***');
      }
    });
  });
});

describe('gates', () => {
  const gatesOf = (yaml: string): Settings['gates'] => settingsWith({ gates: yaml }).gates;

  it('reads new gates, changed built-ins and skipped built-ins', () => {
    const yaml = [
      '- name: qa-signed-off',
      '  path: manual_gates.qa | workflow.manual_gates.qa',
      '- name: security-review',
      '  path: [quality_gates.security.status, "reviews[0].state"]',
      '  accept: [Approved, LGTM, true, 1]',
      '- name: staging-validation',
      '  accept: [approved, not_applicable]',
      '- name: rollback-proven',
      '  skip: true',
      '- {name: perf, path: quality_gates.perf.passed, accept: true, skip: false}'
    ].join('\n');
    expect(gatesOf(yaml)).toEqual([
      { name: 'qa-signed-off', paths: ['manual_gates.qa', 'workflow.manual_gates.qa'], accept: ['approved', 'passed', 'true'] },
      {
        name: 'security-review',
        paths: ['quality_gates.security.status', 'reviews[0].state'],
        accept: ['approved', 'lgtm', 'true', '1']
      },
      { name: 'staging-validation', paths: [], accept: ['approved', 'not_applicable'] },
      { name: 'rollback-proven', paths: [], accept: [], skip: true },
      { name: 'perf', paths: ['quality_gates.perf.passed'], accept: ['true'], skip: false }
    ]);
  });

  it('a built-in may get new paths and keep its accepted values', () => {
    expect(gatesOf('- name: staging-validation\n  path: deploy.staging.approval')).toEqual([
      { name: 'staging-validation', paths: ['deploy.staging.approval'], accept: [] }
    ]);
  });

  it.each<[string, string]>([
    ['- name: x\n  pth: a.b', "Input 'gates' (line 2, column 3): unknown key 'pth' in gate 1 (did you mean 'path'?); known keys: name, path, accept, skip"],
    ['- name: x', "Input 'gates' (line 1, column 3): gate 1 has no 'path'; expected e.g. \"path: manual_gates.qa\""],
    ['- path: a.b', "Input 'gates' (line 1, column 3): gate 1 has no 'name'"],
    ['- name: ""\n  path: a', "'name' is empty"],
    ['- name: x\n  path: a..b', `(line 2, column 9): 'path' "a..b" is not a field path`],
    ['- name: x\n  path: a.b|c.d', `'path' "a.b|c.d" is not a field path (at character 4: expected '.', '[' or the end)`],
    ['- name: x\n  path: []', "'path' is an empty list"],
    ['- name: x\n  path: {a: 1}', "'path' (a mapping) is not a field path"],
    ['- name: x\n  path: a\n  accept: []', "'accept' (a list) is not a value or list of values"],
    ['- name: x\n  path: a\n  accept: {a: 1}', "'accept' (a mapping) is not a value or list of values"],
    ['- name: x\n  path: a\n  skip: yes', `'skip' "yes" is not a boolean; expected true or false`],
    ['- name: x\n  skip: true', `'skip' removes a built-in gate, and "x" is not one; built-in gates: staging-validation, rollback-proven`],
    ['- name: x\n  path: a\n- name: x\n  path: b', `(line 3, column 9): gate "x" is given twice (first at line 1, column 3)`],
    ['- just-a-string', `(line 1, column 3): gate 1 "just-a-string" is not a mapping`],
    ['name: x\npath: a', "Input 'gates' (line 1, column 1): the value is not a YAML list; expected a YAML list of gates"],
    ['- name: x\n  path: [a', "Input 'gates' (line 2, column 11): not valid YAML"]
  ])('%j is refused', (yaml, message) => {
    const problems = problemsWith({ gates: yaml });
    expect(problems.find((p) => p.includes(message)) ?? problems).toContain(message);
    for (const problem of problems) expect(problem).toMatch(/^Input 'gates' \(line \d+, column \d+\): /);
  });
});

describe('cross-input rules', () => {
  it('health-interval may not exceed health-timeout', () => {
    expect(problemWith({ 'health-interval': '2m', 'health-timeout': '1m' })).toBe(
      `Input 'health-interval': "2m" is longer than health-timeout "1m"; expected an interval no longer than the timeout`
    );
    expect(settingsWith({ 'health-interval': '1m', 'health-timeout': '1m' }).health.intervalMs).toBe(60_000);
  });

  it('monitor-interval may not exceed a monitoring window', () => {
    expect(problemWith({ 'monitor-interval': '5m', 'monitor-duration': '2m' })).toContain(
      `Input 'monitor-interval': "5m" is longer than monitor-duration "2m"`
    );
    expect(settingsWith({ 'monitor-interval': '5m', 'monitor-duration': '0' }).monitor.intervalMs).toBe(300_000);
    expect(settingsWith({ 'monitor-interval': '30s', 'monitor-duration': '10m' }).monitor.durationMs).toBe(600_000);
  });

  it('a rollback workflow needs no deploy strategy', () => {
    expect(settingsWith({ 'rollback-workflow': 'rollback.yml' }).rollback.workflow).toBe('rollback.yml');
  });

  it('does not check a rule when one side is already wrong', () => {
    const problems = problemsWith({ 'health-interval': 'often', 'health-timeout': '1m' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('is not a duration');
  });
});

describe('notes', () => {
  it.each<[Record<string, string>, string[]]>([
    [{ version: '2.0.0', bump: 'minor' }, ["version 2.0.0 is given, so bump 'minor' is ignored."]],
    [{ version: '2.0.0', bump: 'auto' }, []],
    [{ version: '2.0.0-rc.1', preid: 'rc' }, ["version 2.0.0-rc.1 is given, so preid 'rc' is ignored."]],
    [{ preid: 'rc', bump: 'patch' }, ["preid 'rc' is only used by auto and pre* bumps; bump is 'patch'."]],
    [{ preid: 'rc', bump: 'prerelease' }, []],
    [{ rollback: 'never', 'rollback-command': './undo.sh' }, ['rollback is never, so rollback-workflow and rollback-command are not used.']]
  ])('%j', (inputs, notes) => {
    const settings = settingsWith(inputs);
    expect(settings.notes).toEqual(notes);
  });

  it('version wins over bump without an error', () => {
    expect(settingsWith({ version: 'v3.1.0', bump: 'major' })).toMatchObject({ version: '3.1.0', bump: 'major' });
  });
});

describe('all problems at once', () => {
  it('names every bad input, one per line, in action.yml order', () => {
    const error = errorWith({
      'rollback-timeout': 'ages',
      'dry-run': 'maybe',
      'health-urls': 'nope',
      bump: 'big'
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error.name).toBe('InputError');
    expect(error.problems.map((p) => p.match(/^Input '([^']+)'/)?.[1])).toEqual([
      'dry-run',
      'bump',
      'health-urls',
      'rollback-timeout'
    ]);
    expect(error.message.split('\n')).toEqual(['4 input problems (nothing was changed):', ...error.problems]);
  });

  it('says 1 input problem for one', () => {
    expect(errorWith({ 'dry-run': 'x' }).message.split('\n')[0]).toBe('1 input problem (nothing was changed):');
  });

  it('keeps going after the first bad YAML input', () => {
    const problems = problemsWith({ gates: '- [', 'health-checks': '- {', 'github-token': '' });
    expect(problems.map((p) => p.match(/^Input '([^']+)'/)?.[1])).toEqual(['github-token', 'gates', 'health-checks']);
  });
});

describe('readSettingsFromEnv', () => {
  const envFrom = (values: Record<string, string>): NodeJS.ProcessEnv =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [inputEnvName(name), value]));

  it('names inputs like @actions/core', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('some name')).toBe('INPUT_SOME_NAME');
  });

  it('reads INPUT_DRY-RUN and the rest, trimmed', () => {
    const env = envFrom({ ...runnerDefaults, 'github-token': ` ${TOKEN} ` });
    env['INPUT_DRY-RUN'] = ' true\n';
    env['INPUT_HEALTH-TIMEOUT'] = '2m';
    env['INPUT_DRY_RUN'] = 'false';
    const settings = readSettingsFromEnv(env);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, dryRun: true, health: { ...DEFAULT_SETTINGS.health, timeoutMs: 120_000 } });
  });

  it('unset variables mean unset inputs', () => {
    expect(readSettingsFromEnv({ 'INPUT_GITHUB-TOKEN': TOKEN })).toEqual(DEFAULT_SETTINGS);
    expect(readSettingsFromEnv({ 'INPUT_GITHUB-TOKEN': TOKEN, 'INPUT_TAG-PREFIX': '' }).tagPrefix).toBe('');
    expect(() => readSettingsFromEnv({})).toThrow("Input 'github-token' is empty");
  });

  it('uses process.env by default', () => {
    const saved = { ...process.env };
    try {
      process.env['INPUT_GITHUB-TOKEN'] = TOKEN;
      process.env['INPUT_ENVIRONMENT'] = 'prod-us';
      expect(readSettingsFromEnv().environment).toBe('prod-us');
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe('parseJsonPath', () => {
  it.each<[string, Array<string | number>]>([
    ['status', ['status']],
    ['data.version', ['data', 'version']],
    ['a.b[0].c', ['a', 'b', 0, 'c']],
    ['checks[12]', ['checks', 12]],
    ['a[1][2]', ['a', 1, 2]],
    ['["app.version"]', ['app.version']],
    ["['x\\'y']", ["x'y"]],
    ['a["b c"].d', ['a', 'b c', 'd']],
    ['["a\\"b"]', ['a"b']],
    ['$.version', ['version']],
    ['$[0]', [0]],
    ['build-info.git_sha', ['build-info', 'git_sha']],
    ['_x.$y', ['_x', '$y']]
  ])('%j', (path, segments) => {
    expect(parseJsonPath(path)).toEqual(segments);
  });

  it.each<[string, string]>([
    ['', 'it is empty'],
    ['$', 'it is empty'],
    ['.a', 'at character 1: expected a name'],
    ['a.', 'at character 3: expected a name'],
    ['a..b', 'at character 3: expected a name'],
    ['0a', 'at character 1: expected a name'],
    ['a.0', 'at character 3: expected a name'],
    ['a[', "at character 3: expected a number or a quoted key after '['"],
    ['a[x]', "expected a number or a quoted key after '['"],
    ['a[1', "expected ']' after the index"],
    ['a["b"', "expected ']' after the quoted key"],
    ['a["b', 'expected a closing "'],
    ['a.[0]', 'at character 3: expected a name'],
    ['a b', "at character 2: expected '.', '[' or the end"],
    ['a[-1]', "expected a number or a quoted key after '['"]
  ])('%j is refused (%s)', (path, reason) => {
    expect(() => parseJsonPath(path)).toThrow(reason);
  });
});

describe('refNameProblem', () => {
  it.each(['main', 'v1.2.3', 'release/1.x', 'a-b_c', 'refs/heads/main'])('%j is fine', (name) => {
    expect(refNameProblem(name)).toBeUndefined();
  });

  it.each(['', '@', 'a b', 'a..b', 'a.lock', '.a', 'a/', '/a', 'a//b', 'a.', 'a@{b', 'a\\b', 'a*', 'a?', 'a[', 'a:b', 'a^', 'a~'])(
    '%j is not',
    (name) => {
      expect(refNameProblem(name)).toEqual(expect.any(String));
    }
  );
});

describe('metrics', () => {
  const prom = "- {name: errors, kind: prometheus, url: 'https://prom.example.com', query: 'sum(rate(http_errors[5m]))', threshold: 0.05}";
  it('reads Prometheus and JSON sources with their thresholds', () => {
    const settings = settingsWith({
      'monitor-duration': '10m',
      metrics: `${prom}\n- name: queue\n  kind: json\n  url: https://api.example.com/stats\n  path: queue.depth\n  threshold: 100\n  comparison: above\n  no-data: pass`
    });
    expect(settings.monitor.metrics).toEqual([
      { name: 'errors', kind: 'prometheus', url: 'https://prom.example.com', query: 'sum(rate(http_errors[5m]))', threshold: 0.05 },
      { name: 'queue', kind: 'json', url: 'https://api.example.com/stats', path: 'queue.depth', threshold: 100, comparison: 'above', noData: 'pass' }
    ]);
  });

  it.each([
    ["- {name: e, kind: graphite, url: 'https://g.example.com', threshold: 1}", "'kind' \"graphite\" is not prometheus or json"],
    ["- {name: e, kind: prometheus, url: 'https://p.example.com', threshold: lots, query: up}", "'threshold' \"lots\" is not a number"],
    ["- {name: e, kind: prometheus, url: 'https://p.example.com', threshold: 1}", "has no 'query'"],
    ['- {name: e, kind: json, url: "https://p.example.com", threshold: 1, path: "a[x"}', "'path'"],
    ["- {name: e, kind: json, url: 'ftp://p.example.com', threshold: 1, path: a}", "is not an http(s) URL"],
    ["- {name: e, kind: json, url: 'https://p.example.com', threshold: 1, path: a, colour: red}", "colour"]
  ] as Array<[string, string]>)('%s is refused', (metrics, message) => {
    const problem = problemWith({ 'monitor-duration': '10m', metrics });
    expect(problem).toContain("Input 'metrics'");
    expect(problem).toContain(message);
  });

  it('needs a monitoring window', () => {
    expect(problemWith({ metrics: prom })).toContain('monitor-duration is 0');
  });

  it('header values are secrets: masked and never shown', () => {
    const problem = problemWith({
      'monitor-duration': '10m',
      metrics: "- {name: e, kind: json, url: 'https://p.example.com', threshold: x, path: a, headers: {Authorization: Bearer s3cretMetricToken}}"
    });
    expect(problem).not.toContain('s3cretMetricToken');
  });
});

describe('hostile input: bounds', () => {
  const bomb = 'abcdefghi'
    .split('')
    .map((name, i, names) => `- &${name} [${Array(9).fill(i === 0 ? 'x' : `*${names[i - 1]}`).join(', ')}]`)
    .join('\n');

  it.each([
    ['health-checks', { 'health-checks': bomb }],
    ['metrics', { metrics: bomb, 'monitor-duration': '1m' }],
    ['gates', { gates: bomb }]
  ] as Array<[string, Record<string, string>]>)('an alias bomb in %s is refused at once', (input, overrides) => {
    const started = Date.now();
    const problem = problemWith(overrides);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(problem).toContain(`Input '${input}': its aliases (*name) expand too far (more than 100 aliased nodes)`);
  });

  it('a few aliases (a shared header map) are fine', () => {
    const settings = settingsWith({
      'health-checks': '- {url: https://a.example/x, headers: &h {X-Key: abcdef123}}\n- {url: https://b.example/y, headers: *h}'
    });
    expect(settings.health.checks.map((c) => c.headers)).toEqual([{ 'X-Key': 'abcdef123' }, { 'X-Key': 'abcdef123' }]);
  });

  it('a check timeout longer than health-timeout is refused; the default is cut to it', () => {
    expect(problemWith({ 'health-checks': '- {url: https://a.example/x, timeout: 1h}', 'health-timeout': '8s', 'health-interval': '2s' })).toBe(
      `Input 'health-checks' (line 1, column 3): check "a.example/x" has 'timeout' 1h, longer than health-timeout "8s"; expected a timeout no longer than health-timeout`
    );
    const settings = settingsWith({ 'health-urls': 'https://a.example/x', 'health-checks': '- {url: https://b.example/y, timeout: 3s}', 'health-timeout': '5s', 'health-interval': '1s' });
    expect(settings.health.checks.map((c) => c.timeoutMs)).toEqual([5_000, 3_000]);
  });

  it.each([
    ['refs/tags/', "it starts with 'refs/'"],
    ['-v', "it starts with '-'"]
  ])('tag-prefix %p is refused', (value, why) => {
    expect(problemWith({ 'tag-prefix': value })).toContain(`Input 'tag-prefix': ${JSON.stringify(value)} cannot start a tag name (${why}`);
  });

  it('deploy-inputs values are masked whatever their shape (from 4 characters: shorter ones are redacted only) and never in a problem', () => {
    const problems = problemsWith({ 'deploy-workflow': 'deploy.yml', 'deploy-inputs': 'token=tok-abcdef-123\nflag=true\npin=8675309\nzone=eu\n1bad=hunter2-secret' });
    expect(masked()).toEqual(expect.arrayContaining(['tok-abcdef-123', 'hunter2-secret', 'true', '8675309']));
    expect(masked()).not.toContain('eu');
    expect(problems.join('\n')).not.toMatch(/tok-abcdef-123|hunter2-secret/);
  });

  it.each([
    ['0012345', '0012345'],
    ['0x1F', '0x1F'],
    ['1e3', '1e3'],
    ['+12', '+12'],
    ['true', 'true'],
    ['"0012345"', '0012345'],
    ["'x''y'", "x'y"]
  ])('a header value written %s is sent (and masked) as %p', (written, sent) => {
    const settings = settingsWith({ 'health-checks': `- url: https://a.example/x\n  headers:\n    X-Pin: ${written}` });
    expect(settings.health.checks[0]!.headers).toEqual({ 'X-Pin': sent });
    expect(masked()).toContain(sent);
  });

  it('InputError names the input of every problem, in the same order', () => {
    const error = errorWith({ bump: 'huge', 'health-timeout': 'x', 'dry-run': 'maybe' });
    expect(error.inputs).toEqual(['dry-run', 'bump', 'health-timeout']);
    error.problems.forEach((p, i) => expect(p).toContain(`Input '${error.inputs[i]}'`));
  });
});
