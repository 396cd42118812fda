/**
 * The one place that reads inputs. Every input of action.yml is parsed and validated here, all
 * problems are collected and thrown together (InputError), before anything is changed.
 *
 * Empty values: an input given as '' (or only spaces) takes its action.yml default, except
 * `github-token` (required) and `tag-prefix` ('' means tags without a prefix, e.g. `1.2.3`).
 * The runner passes action.yml's defaults for inputs a workflow does not set.
 *
 * Secrets: the token and every `health-checks` header value are passed to core.setSecret as soon
 * as they are read, never appear in a problem message, and are redacted from all messages.
 */
import { readGates } from '../gates/gates-input.js';
import { boundCheckTimeouts, readHealthChecks, readHealthUrls, uniqueCheckNames } from '../verify/health-checks-input.js';
import { readMetrics } from '../verify/metrics-input.js';
import { readDeployInputs, readRequiredChecks, readStagingEnvironments } from './line-lists.js';
import { readFilePath, readPathChoice } from './paths.js';
import { Problems, show } from './problems.js';
import { parseVersionFiles } from '../version/version-files-input.js';
import { readProgressiveInputs } from '../deploy/progressive-inputs.js';
import { readNotifyInput } from '../notify/inputs.js';
import { readAnalysisInputs } from '../verify/analysis-input.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import { readWaves } from '../deploy/waves-input.js';
import { ROLLBACK_SCOPES } from '../deploy/waves-settings.js';
import { readFreeze, readFreezeOverride } from '../gates/freeze-input.js';
import {
  readBoolean,
  readBranch,
  readDuration,
  readEnum,
  readEnvironment,
  readFraction,
  readPreid,
  readRef,
  readTagPrefix,
  readVersion,
  readWorkflow
} from './scalars.js';
import { maskDeployInputValues, maskHeaderValues, maskKeyValueLines, maskSecret } from './secrets.js';
import { BUMP_KINDS, type Settings } from './settings.js';
import { parseYaml } from './yaml-list.js';
import { loadPatternEngine, PatternEngineNeeded } from './user-pattern.js';
import { loadYaml, YAML_INPUTS, YamlNeeded } from './yaml-engine.js';

export { InputError } from './problems.js';
export { parseJsonPath } from './json-path.js';
export { refNameProblem } from './ref-name.js';
export { MAX_DURATION_MS } from './durations.js';
export { DEFAULT_GATE_ACCEPT, GATE_KEYS } from '../gates/gates-input.js';
export { DEFAULT_HEALTH_TIMEOUT_MS, HEALTH_CHECK_KEYS, HTTP_METHODS } from '../verify/health-checks-input.js';

/** Returns the input's text; `undefined` when the input was not passed at all (outside a runner). */
export type InputReader = (name: string) => string | undefined;

/** action.yml's defaults (github-token's is the expression `${{ github.token }}`). */
export const INPUT_DEFAULTS = {
  'github-token': '',
  'dry-run': 'false',
  environment: 'production',
  ref: '',
  'state-file': 'auto',
  gates: '',
  'required-checks': 'required',
  'checks-timeout': '0',
  'staging-environment': '',
  version: '',
  bump: 'auto',
  preid: '',
  'tag-prefix': 'v',
  'version-file': 'package.json',
  'changelog-file': 'CHANGELOG.md',
  release: 'true',
  'deploy-workflow': '',
  'deploy-inputs': '',
  'deploy-branch': '',
  'deploy-command': '',
  'deploy-timeout': '30m',
  'health-urls': '',
  'health-checks': '',
  metrics: '',
  'health-timeout': '5m',
  'health-interval': '10s',
  'monitor-duration': '0',
  'monitor-interval': '30s',
  'error-rate-threshold': '0.01',
  'latency-threshold': '500ms',
  rollback: 'auto',
  'rollback-workflow': '',
  'rollback-command': '',
  'rollback-timeout': '10m',
  'report-file': 'auto',
  'version-files': '',
  'pre-deploy-command': '',
  'smoke-checks': '',
  'traffic-command': '',
  'traffic-steps': '100',
  'cleanup-command': '',
  'notify-webhook': '',
  'baseline-checks': '',
  'analysis-min-samples': '0',
  waves: '',
  'rollback-scope': 'wave',
  freeze: '',
  'freeze-override': '',
  'lock-timeout': '30m',
  'approval-timeout': '1h'
} as const satisfies Record<string, string>;

export type InputName = keyof typeof INPUT_DEFAULTS;
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[];

export { BUMP_KINDS };

/** Reads the inputs through `read`, validates them all, and throws InputError listing every problem. */
export function readSettings(read: InputReader): Settings {
  const problems = new Problems(INPUT_NAMES);
  const raw = (name: InputName): string => read(name) ?? '';
  const text = (name: InputName): string => raw(name).trim();
  const orDefault = (name: InputName): string => text(name) || INPUT_DEFAULTS[name];

  // Secrets first, before anything can fail.
  const token = text('github-token');
  if (token !== '') maskSecret(token, problems.secrets);
  const healthChecksText = raw('health-checks');
  const healthDoc = healthChecksText.trim() === '' ? undefined : parseYaml(healthChecksText);
  if (healthDoc) maskHeaderValues(healthDoc.doc, problems.secrets);
  const metricsText = raw('metrics');
  const metricsDoc = metricsText.trim() === '' ? undefined : parseYaml(metricsText);
  if (metricsDoc) maskHeaderValues(metricsDoc.doc, problems.secrets);
  maskKeyValueLines(raw('deploy-inputs'), problems.secrets);
  const wavesDoc = raw('waves').trim() === '' ? undefined : parseYaml(raw('waves'));
  if (wavesDoc) {
    maskHeaderValues(wavesDoc.doc, problems.secrets);
    maskDeployInputValues(wavesDoc.doc, problems.secrets);
  }
  const notify = readNotifyInput(raw('notify-webhook'), {
    problem: (input, message, where) => problems.add(input, message, where),
    secret: (value) => problems.secrets.push(value)
  });

  if (token === '') {
    problems.addSentence('github-token', "Input 'github-token' is empty: pass ${{ github.token }} or a PAT");
  } else if (/\s/.test(token)) {
    problems.add('github-token', 'the token (value hidden) contains spaces or line breaks; expected a single token');
  }

  // An empty dry-run is not read as its default: the runner passes action.yml's 'false' when the
  // input is unset, so '' means an expression evaluated to nothing, and guessing 'a real ship'
  // would be unsafe. Only an input not passed at all (outside a runner) takes the default.
  const dryRun = readBoolean(problems, 'dry-run', read('dry-run') === undefined ? INPUT_DEFAULTS['dry-run'] : text('dry-run'));
  const release = readBoolean(problems, 'release', orDefault('release'));
  const environment = readEnvironment(problems, 'environment', orDefault('environment'));
  const stagingEnvironment = readStagingEnvironments(problems, raw('staging-environment'));
  const ref = readRef(problems, text('ref'));

  const stateFile = readPathChoice(problems, 'state-file', orDefault('state-file'));
  const reportFile = readPathChoice(problems, 'report-file', orDefault('report-file'));
  const versionFile = readFilePath(problems, 'version-file', orDefault('version-file'));
  const changelogFile = readFilePath(problems, 'changelog-file', orDefault('changelog-file'));
  const versionFiles = parseVersionFiles(raw('version-files'));
  for (const { line, message } of versionFiles.problems) problems.add('version-files', message, `line ${line}`);

  const gates = readGates(problems, raw('gates'));
  const requiredChecks = readRequiredChecks(problems, raw('required-checks'));

  const tagPrefix = readTagPrefix(problems, read('tag-prefix') === undefined ? INPUT_DEFAULTS['tag-prefix'] : text('tag-prefix'));
  const bump = readEnum(problems, 'bump', orDefault('bump'), BUMP_KINDS);
  const preid = readPreid(problems, text('preid'));
  const version = readVersion(problems, text('version'), tagPrefix ?? '');

  const deployWorkflow = readWorkflow(problems, 'deploy-workflow', text('deploy-workflow'));
  const deployInputs = readDeployInputs(problems, raw('deploy-inputs'));
  const deployBranch = readBranch(problems, 'deploy-branch', text('deploy-branch'));
  const deployCommand = text('deploy-command');
  const rollbackWorkflow = readWorkflow(problems, 'rollback-workflow', text('rollback-workflow'));
  const rollbackCommand = text('rollback-command');
  const rollbackMode = readEnum(problems, 'rollback', orDefault('rollback'), ['auto', 'never'] as const);

  const duration = (name: InputName, allowZero: boolean): number | undefined =>
    readDuration(problems, name, orDefault(name), allowZero);
  const checksTimeoutMs = duration('checks-timeout', true);
  const deployTimeoutMs = duration('deploy-timeout', false);
  const healthTimeoutMs = duration('health-timeout', false);
  const healthIntervalMs = duration('health-interval', false);
  const monitorDurationMs = duration('monitor-duration', true);
  const monitorIntervalMs = duration('monitor-interval', false);
  const latencyThresholdMs = duration('latency-threshold', false);
  const rollbackTimeoutMs = duration('rollback-timeout', false);
  const lockTimeoutMs = duration('lock-timeout', true);
  const approvalTimeoutMs = duration('approval-timeout', false);
  const errorRateThreshold = readFraction(problems, 'error-rate-threshold', orDefault('error-rate-threshold'));

  const urlChecks = readHealthUrls(problems, raw('health-urls'));
  const detailedChecks = healthDoc ? readHealthChecks(problems, healthDoc) : [];
  for (const list of [urlChecks, detailedChecks]) boundCheckTimeouts(problems, list, healthTimeoutMs, orDefault('health-timeout'));
  const checks = uniqueCheckNames(problems, urlChecks, detailedChecks);
  const metrics = metricsDoc ? readMetrics(problems, metricsDoc) : [];
  if (metrics?.length && monitorDurationMs === 0) {
    problems.add('metrics', 'metric sources are read in the monitoring window, and monitor-duration is 0; expected a monitor-duration such as 10m');
  }

  // Cross-input rules.
  if (healthIntervalMs !== undefined && healthTimeoutMs !== undefined && healthIntervalMs > healthTimeoutMs) {
    problems.add(
      'health-interval',
      `${show(orDefault('health-interval'))} is longer than health-timeout ${show(orDefault('health-timeout'))}; ` +
        'expected an interval no longer than the timeout'
    );
  }
  if (
    monitorIntervalMs !== undefined &&
    monitorDurationMs !== undefined &&
    monitorDurationMs > 0 &&
    monitorIntervalMs > monitorDurationMs
  ) {
    problems.add(
      'monitor-interval',
      `${show(orDefault('monitor-interval'))} is longer than monitor-duration ${show(orDefault('monitor-duration'))}; ` +
        'expected an interval no longer than the window (or monitor-duration 0 to skip the window)'
    );
  }
  if (deployInputs && Object.keys(deployInputs).length > 0 && deployWorkflow === '') {
    problems.add(
      'deploy-inputs',
      'given, but deploy-workflow is empty; expected deploy-workflow to name the workflow these inputs are for'
    );
  }

  // smoke-checks and baseline-checks: the health-checks syntax, header values masked.
  const checkList = (input: 'smoke-checks' | 'baseline-checks', yaml: string): HealthCheckSpec[] | undefined => {
    const parsed = parseYaml(yaml);
    maskHeaderValues(parsed.doc, problems.secrets);
    const list = readHealthChecks(problems, parsed, input);
    boundCheckTimeouts(problems, list, healthTimeoutMs, orDefault('health-timeout'));
    return list?.map((c) => c.check);
  };
  const progressive = readProgressiveInputs(raw, { problem: (input, message, where) => problems.add(input, message, where), checks: checkList });
  const analysis = readAnalysisInputs(
    raw,
    { problem: (input, message, where) => problems.add(input, message, where), checks: checkList },
    {
      smokeChecks: raw('smoke-checks').trim() === '' ? [] : progressive?.smokeChecks.length ? progressive.smokeChecks : undefined,
      monitorDurationMs,
      monitorIntervalMs
    }
  );

  const rollbackScope = readEnum(problems, 'rollback-scope', orDefault('rollback-scope'), ROLLBACK_SCOPES);
  const waves = wavesDoc
    ? readWaves(problems, wavesDoc, {
        ...(checks ? { checks } : {}),
        smokeChecks: progressive?.smokeChecks ?? [],
        ...(deployInputs ? { deployInputs } : {}),
        ...(monitorDurationMs !== undefined ? { monitorDurationMs } : {}),
        ...(monitorIntervalMs !== undefined ? { monitorIntervalMs } : {}),
        ...(healthTimeoutMs !== undefined ? { healthTimeoutMs } : {}),
        healthTimeout: orDefault('health-timeout'),
        hasDeployWorkflow: Boolean(deployWorkflow),
        hasTrafficCommand: Boolean(progressive?.trafficCommand)
      })
    : [];
  const freeze = raw('freeze').trim() === '' ? [] : readFreeze(problems, parseYaml(raw('freeze')));
  const freezeOverride = readFreezeOverride(problems, raw('freeze-override'));

  const notes: string[] = [];
  if (version) {
    if (bump !== undefined && bump !== 'auto') notes.push(`version ${version} is given, so bump '${bump}' is ignored.`);
    if (preid) notes.push(`version ${version} is given, so preid '${preid}' is ignored.`);
  } else if (preid && bump !== undefined && ['major', 'minor', 'patch', 'none'].includes(bump)) {
    notes.push(`preid '${preid}' is only used by auto and pre* bumps; bump is '${bump}'.`);
  }
  if (rollbackMode === 'never' && (rollbackWorkflow || rollbackCommand)) {
    notes.push('rollback is never, so rollback-workflow and rollback-command are not used.');
  }
  if (waves?.length && environment && environment !== INPUT_DEFAULTS.environment) notes.push(`waves name the environments, so environment '${environment}' is not used.`);
  if (!waves?.length && rollbackScope === 'all') notes.push('rollback-scope is all, but there are no waves: the one environment is rolled back as always.');
  if (freezeOverride && !freeze?.length) notes.push('freeze-override is given, but no freeze window is set: it has no effect.');

  problems.throwIfAny();

  // Past throwIfAny every reader returned a value; the `!` assertions only narrow the types.
  return {
    token,
    dryRun: dryRun!,
    environment: environment!,
    ref: ref!,
    stateFile: stateFile!,
    gates: gates!,
    requiredChecks: requiredChecks!,
    checksTimeoutMs: checksTimeoutMs!,
    stagingEnvironment: stagingEnvironment!,
    version: version!,
    bump: bump!,
    preid: preid!,
    tagPrefix: tagPrefix!,
    versionFile: versionFile!,
    changelogFile: changelogFile!,
    ...(versionFiles.specs.length ? { versionFiles: versionFiles.specs } : {}),
    release: release!,
    deploy: {
      workflow: deployWorkflow!,
      inputs: deployInputs!,
      branch: deployBranch!,
      command: deployCommand,
      timeoutMs: deployTimeoutMs!,
      approvalTimeoutMs: approvalTimeoutMs!
    },
    lockTimeoutMs: lockTimeoutMs!,
    health: { checks: checks!, timeoutMs: healthTimeoutMs!, intervalMs: healthIntervalMs! },
    monitor: {
      durationMs: monitorDurationMs!,
      intervalMs: monitorIntervalMs!,
      errorRateThreshold: errorRateThreshold!,
      latencyThresholdMs: latencyThresholdMs!,
      metrics: metrics!
    },
    rollback: {
      mode: rollbackMode!,
      workflow: rollbackWorkflow!,
      command: rollbackCommand,
      timeoutMs: rollbackTimeoutMs!
    },
    reportFile: reportFile!,
    ...(progressive ? { progressive } : {}),
    ...(notify ? { notify } : {}),
    ...(analysis ? { analysis } : {}),
    ...(waves?.length ? { waves: { list: waves, rollbackScope: rollbackScope! } } : {}),
    ...(freeze?.length ? { freeze } : {}),
    ...(freezeOverride ? { freezeOverride } : {}),
    notes
  };
}

/**
 * readSettings over the environment, as @actions/core names inputs: `INPUT_` + the name in upper
 * case with spaces as `_` (dashes stay: `INPUT_DRY-RUN`); values are trimmed like core.getInput.
 */
export function readSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  return readSettings((name) => env[inputEnvName(name)]?.trim());
}

/**
 * readSettingsFromEnv, with the libraries only some inputs need loaded first, and only then: the
 * YAML library when one of YAML_INPUTS is given (yaml-engine.ts), the pattern engine when an
 * input holds a pattern (`body-matches`, a `version-files` regex; user-pattern.ts). Should the
 * reader meet YAML or a pattern this first look missed, it says so (YamlNeeded,
 * PatternEngineNeeded), and the inputs are read again with that library loaded.
 */
export async function readSettingsLoadingLibraries(env: NodeJS.ProcessEnv = process.env): Promise<Settings> {
  const given = (name: string) => Boolean(env[inputEnvName(name)]?.trim());
  const holdsPattern = Object.entries(env).some(([name, value]) => name.startsWith('INPUT_') && value && (value.includes('body-matches') || (name === inputEnvName('version-files') && value.includes('#'))));
  await Promise.all([YAML_INPUTS.some(given) ? loadYaml() : undefined, holdsPattern ? loadPatternEngine() : undefined]);
  for (let attempt = 1; ; attempt++) {
    try {
      return readSettingsFromEnv(env);
    } catch (error) {
      if (attempt > 2 || !(error instanceof PatternEngineNeeded || error instanceof YamlNeeded)) throw error;
      await (error instanceof YamlNeeded ? loadYaml() : loadPatternEngine());
    }
  }
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
