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
import * as core from '@actions/core';
import type { MetricSource } from '../verify/metrics.js';
import path from 'node:path';
import semver from 'semver';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap
} from 'yaml';
import { DURATION_EXAMPLES, DurationError, parseDuration } from './durations.js';
import { readProgressiveInputs } from '../traffic/inputs.js';
import {
  BUILT_IN_GATE_NAMES,
  BUMP_KINDS,
  type GateRule,
  type HealthCheckSpec,
  type PathChoice,
  type RequiredChecks,
  type Settings
} from './settings.js';

/** Returns '' when the input is unset (like core.getInput without `required`). */
/** Returns the input's text; `undefined` when the input was not passed at all (outside a runner). */
export type InputReader = (name: string) => string | undefined;

/** Every input problem at once; the message lists them one per line. */
export class InputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    const count = problems.length === 1 ? '1 input problem' : `${problems.length} input problems`;
    super(`${count} (nothing was changed):\n${problems.join('\n')}`);
    this.name = 'InputError';
    this.problems = problems;
  }
}

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
  'pre-deploy-command': '',
  'smoke-checks': '',
  'traffic-command': '',
  'traffic-steps': '100',
  'cleanup-command': '',
  'notify-webhook': ''
} as const satisfies Record<string, string>;

export type InputName = keyof typeof INPUT_DEFAULTS;
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[];

export { BUMP_KINDS };
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export const HEALTH_CHECK_KEYS = [
  'name',
  'url',
  'method',
  'headers',
  'expect-status',
  'body-contains',
  'body-matches',
  'json',
  'expect-version',
  'max-latency',
  'timeout'
] as const;
export const GATE_KEYS = ['name', 'path', 'accept', 'skip'] as const;
export const DEFAULT_GATE_ACCEPT = ['approved', 'passed', 'true'];
export const DEFAULT_HEALTH_TIMEOUT_MS = 10_000;
/** No duration input may exceed this (the longest a job can run, on a self-hosted runner). */
export const MAX_DURATION_MS = 5 * 24 * 3_600_000;

// YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
const JSON_KEYS = ['path', 'equals', 'one-of'] as const;
const PATH_EXAMPLES = 'status, data.version, checks[0].state, ["app.version"]';
const URL_EXAMPLE = 'https://example.com/healthz';

/** Reads the inputs through `read`, validates them all, and throws InputError listing every problem. */
export function readSettings(read: InputReader): Settings {
  const problems = new Problems();
  const raw = (name: InputName): string => read(name) ?? '';
  const text = (name: InputName): string => raw(name).trim();
  const orDefault = (name: InputName): string => text(name) || INPUT_DEFAULTS[name];

  // Secrets first, before anything can fail.
  const token = text('github-token');
  if (token !== '') {
    core.setSecret(token);
    problems.secrets.push(token);
  }
  const healthChecksText = raw('health-checks');
  const healthDoc = healthChecksText.trim() === '' ? undefined : parseYaml(healthChecksText);
  if (healthDoc) maskHeaderValues(healthDoc.doc, problems.secrets);
  const metricsText = raw('metrics');
  const metricsDoc = metricsText.trim() === '' ? undefined : parseYaml(metricsText);
  if (metricsDoc) maskHeaderValues(metricsDoc.doc, problems.secrets);

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
  const stagingEnvironment =
    text('staging-environment') === '' ? '' : readEnvironment(problems, 'staging-environment', text('staging-environment'));
  const ref = readRef(problems, text('ref'));

  const stateFile = readPathChoice(problems, 'state-file', orDefault('state-file'));
  const reportFile = readPathChoice(problems, 'report-file', orDefault('report-file'));
  const versionFile = readFilePath(problems, 'version-file', orDefault('version-file'));
  const changelogFile = readFilePath(problems, 'changelog-file', orDefault('changelog-file'));

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
  const errorRateThreshold = readFraction(problems, 'error-rate-threshold', orDefault('error-rate-threshold'));

  const urlChecks = readHealthUrls(problems, raw('health-urls'));
  const detailedChecks = healthDoc ? readHealthChecks(problems, healthDoc) : [];
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

  const progressive = readProgressiveInputs(raw, {
    problem: (input, message, where) => problems.add(input, message, where),
    secret: (value) => problems.secrets.push(value),
    checks: (input, yaml) => readHealthChecks(problems, parseYaml(yaml), input, problems.secrets)?.map((c) => c.check)
  });

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
    release: release!,
    deploy: {
      workflow: deployWorkflow!,
      inputs: deployInputs!,
      branch: deployBranch!,
      command: deployCommand,
      timeoutMs: deployTimeoutMs!
    },
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

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

// ---------------------------------------------------------------------------------------------
// Problems

class Problems {
  private readonly list: Array<{ input: InputName; text: string }> = [];
  /** Values redacted from every message (defence in depth: messages never show them anyway). */
  readonly secrets: string[] = [];

  add(input: InputName, message: string, where?: string): void {
    this.list.push({ input, text: `Input '${input}'${where ? ` (${where})` : ''}: ${message}` });
  }

  /** A problem worded in full (it must still name the input). */
  addSentence(input: InputName, text: string): void {
    this.list.push({ input, text });
  }

  /** Throws InputError with every problem, in action.yml's input order, secrets redacted. */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const secrets = [...new Set(this.secrets)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
    const ordered = [...this.list].sort((a, b) => INPUT_NAMES.indexOf(a.input) - INPUT_NAMES.indexOf(b.input));
    throw new InputError(ordered.map(({ text }) => secrets.reduce((t, s) => t.split(s).join('***'), text)));
  }
}

/** A value as shown in a message: JSON-quoted (line breaks visible), shortened when long. */
function show(value: string): string {
  const quoted = JSON.stringify(value);
  return quoted.length > 90 ? `${quoted.slice(0, 86)}…"` : quoted;
}

function hasControlChar(value: string, allowTab = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && !(allowTab && code === 0x09)) || code === 0x7f) return true;
  }
  return false;
}

function didYouMean(word: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean '${best}'?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Lines of a list input: 1-based numbers, trimmed, blank lines and `# comments` left out. */
function meaningfulLines(value: string): Array<{ line: number; text: string }> {
  return value
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

// ---------------------------------------------------------------------------------------------
// Scalars

function readBoolean(p: Problems, name: InputName, value: string): boolean | undefined {
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  p.add(name, `${show(value)} is not a boolean; expected true or false`);
  return undefined;
}

function readEnum<T extends string>(p: Problems, name: InputName, value: string, allowed: readonly T[]): T | undefined {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  p.add(name, `${show(value)} is not one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
  return undefined;
}

function durationProblem(value: string, allowZero: boolean): { ms?: number; problem?: string } {
  let ms: number;
  try {
    ms = parseDuration(value);
  } catch (error) {
    if (error instanceof DurationError) return { problem: error.message };
    throw error;
  }
  if (!allowZero && ms === 0) {
    return { problem: `${show(value)} is zero; expected a duration greater than 0, e.g. ${DURATION_EXAMPLES}` };
  }
  if (ms > MAX_DURATION_MS) {
    return { problem: `${show(value)} is longer than 5 days (120h, the longest a job can run); expected a shorter duration` };
  }
  return { ms };
}

function readDuration(p: Problems, name: InputName, value: string, allowZero: boolean): number | undefined {
  const { ms, problem } = durationProblem(value, allowZero);
  if (problem) p.add(name, problem);
  return ms;
}

function readFraction(p: Problems, name: InputName, value: string): number | undefined {
  const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(value) ? Number(value) : NaN;
  if (Number.isFinite(number) && number >= 0 && number <= 1) return number;
  p.add(name, `${show(value)} is not a number from 0 to 1; expected e.g. 0.01 (1%), 0.05 or 0`);
  return undefined;
}

function readEnvironment(p: Problems, name: InputName, value: string): string | undefined {
  if (hasControlChar(value) || value.length > 255) {
    p.add(name, `${show(value)} is not an environment name; expected one line of at most 255 characters, e.g. production`);
    return undefined;
  }
  return value;
}

/** Why `name` is not a valid git ref name (git check-ref-format rules), or undefined. */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '@') return "'@' alone is not a ref name";
  if (hasControlChar(name) || /[ ~^:?*[\\]/.test(name)) {
    return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
  }
  if (name.includes('..')) return "it contains '..'";
  if (name.includes('@{')) return "it contains '@{'";
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return "it starts or ends with '/' or contains '//'";
  }
  if (name.endsWith('.')) return "it ends with '.'";
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return "a part of it starts with '.'";
    if (part.endsWith('.lock')) return "a part of it ends with '.lock'";
  }
  return undefined;
}

function readRef(p: Problems, value: string): string | undefined {
  if (value === '') return '';
  const problem = refNameProblem(value);
  if (!problem) return value;
  p.add('ref', `${show(value)} is not a commit SHA, branch or tag (${problem}); expected e.g. main, v1.2.0 or a commit SHA`);
  return undefined;
}

function readBranch(p: Problems, name: InputName, value: string): string | undefined {
  if (value === '') return '';
  const branch = value.startsWith('refs/heads/') ? value.slice('refs/heads/'.length) : value;
  const problem = refNameProblem(branch);
  if (!problem) return branch;
  p.add(name, `${show(value)} is not a branch name (${problem}); expected e.g. production`);
  return undefined;
}

function readTagPrefix(p: Problems, value: string): string | undefined {
  const problem = refNameProblem(`${value}1.0.0`);
  if (!problem) return value;
  p.add('tag-prefix', `${show(value)} cannot start a tag name (${problem}); expected e.g. v, release/ or '' for none`);
  return undefined;
}

function readPreid(p: Problems, value: string): string | undefined {
  if (value === '') return '';
  const identifiers = value.split('.');
  const bad = identifiers.find((id) => !/^[0-9A-Za-z-]+$/.test(id) || /^0\d+$/.test(id));
  if (bad === undefined && semver.valid(`1.0.0-${value}.0`)) return value;
  p.add(
    'preid',
    `${show(value)} is not a prerelease identifier; expected letters, digits and '-' (dot-separated parts allowed), e.g. rc, beta`
  );
  return undefined;
}

function readVersion(p: Problems, value: string, tagPrefix: string): string | undefined {
  if (value === '') return '';
  let bare = value.startsWith('refs/tags/') ? value.slice('refs/tags/'.length) : value;
  if (tagPrefix !== '' && bare.startsWith(tagPrefix)) bare = bare.slice(tagPrefix.length);
  else if (/^[vV]\d/.test(bare)) bare = bare.slice(1);
  // semver.valid would also take a leading 'v' or '=' and drop build metadata: check, keep as written.
  if (/^\d/.test(bare) && semver.valid(bare)) return bare;
  p.add('version', `${show(value)} is not a semantic version; expected e.g. 1.4.2, 2.0.0-rc.1 or v1.4.2`);
  return undefined;
}

function readWorkflow(p: Problems, name: InputName, value: string): string | undefined {
  if (value === '') return '';
  const file = value.startsWith('.github/workflows/') ? value.slice('.github/workflows/'.length) : value;
  if (/^\d+$/.test(file)) return file;
  if (/\.ya?ml$/.test(file) && !/[/\\]/.test(file) && !hasControlChar(file) && file.length > 5) return file;
  p.add(name, `${show(value)} is not a workflow file name or id; expected e.g. deploy.yml or 161335`);
  return undefined;
}

/** A workspace-relative file path, normalised with '/' separators; undefined (and a problem) otherwise. */
function readFilePath(p: Problems, name: InputName, value: string): string | undefined {
  const expected = 'expected a path relative to the workspace, e.g. docs/CHANGELOG.md';
  if (hasControlChar(value)) {
    p.add(name, `${show(value)} contains a line break or control character; ${expected}`);
    return undefined;
  }
  const slashed = value.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    p.add(name, `${show(value)} is an absolute path; ${expected}`);
    return undefined;
  }
  if (slashed.startsWith('~')) {
    p.add(name, `${show(value)} starts with '~', which is not expanded; ${expected}`);
    return undefined;
  }
  const normalized = path.posix.normalize(slashed);
  if (normalized === '..' || normalized.startsWith('../')) {
    p.add(name, `${show(value)} leads outside the workspace; ${expected}`);
    return undefined;
  }
  if (normalized === '.' || normalized.endsWith('/') || normalized.endsWith('/.') || normalized.endsWith('/..')) {
    p.add(name, `${show(value)} names a folder, not a file; ${expected}`);
    return undefined;
  }
  return normalized;
}

function readPathChoice(p: Problems, name: InputName, value: string): PathChoice | undefined {
  if (value === 'auto') return { mode: 'auto' };
  if (value === 'none') return { mode: 'none' };
  const file = readFilePath(p, name, value);
  return file === undefined ? undefined : { mode: 'path', path: file };
}

// ---------------------------------------------------------------------------------------------
// Line lists

const REQUIRED_CHECK_MODES = ['required', 'all', 'none'] as const;

function readRequiredChecks(p: Problems, value: string): RequiredChecks | undefined {
  const lines = meaningfulLines(value);
  if (lines.length === 0) return { mode: 'required' };
  if (lines.length === 1 && (REQUIRED_CHECK_MODES as readonly string[]).includes(lines[0].text)) {
    return { mode: lines[0].text as 'required' | 'all' | 'none' };
  }
  let ok = true;
  const names: string[] = [];
  for (const { line, text } of lines) {
    const mode = REQUIRED_CHECK_MODES.find((m) => m === text.toLowerCase());
    if (mode && (lines.length > 1 || text !== mode)) {
      p.add(
        'required-checks',
        lines.length > 1
          ? `${show(text)} is a mode and cannot be combined with check names; expected required, all, none, or only check names`
          : `${show(text)} is not a mode (modes are lower case); expected required, all, none, or check names`,
        `line ${line}`
      );
      ok = false;
    } else if (text.startsWith('- ')) {
      p.add('required-checks', `${show(text)} starts with '- '; expected one check name per line, without a list marker`, `line ${line}`);
      ok = false;
    } else if (!names.includes(text)) {
      names.push(text);
    }
  }
  return ok ? { mode: 'list', names } : undefined;
}

/** A workflow_dispatch input id: starts with a letter or '_', then letters, digits, '-' or '_'. */
const WORKFLOW_INPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function readDeployInputs(p: Problems, value: string): Record<string, string> | undefined {
  const inputs: Record<string, string> = {};
  const seen = new Map<string, number>();
  let ok = true;
  for (const { line, text } of meaningfulLines(value)) {
    const where = `line ${line}`;
    const eq = text.indexOf('=');
    if (eq < 0) {
      p.add('deploy-inputs', `${show(text)} has no '='; expected key=value, e.g. region=eu-west-1`, where);
      ok = false;
      continue;
    }
    const key = text.slice(0, eq).trim();
    const val = text.slice(eq + 1).trim();
    if (!WORKFLOW_INPUT_NAME.test(key)) {
      p.add(
        'deploy-inputs',
        `${show(key)} is not a workflow input name; expected a letter or '_' then letters, digits, '-' or '_'`,
        where
      );
      ok = false;
      continue;
    }
    const first = seen.get(key.toLowerCase());
    if (first !== undefined) {
      p.add('deploy-inputs', `key '${key}' is given again (first on line ${first}); expected each key once`, where);
      ok = false;
      continue;
    }
    seen.set(key.toLowerCase(), line);
    inputs[key] = val;
  }
  return ok ? inputs : undefined;
}

/** An http(s) URL without credentials; a reason otherwise. */
function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'is not an http(s) URL';
  if (url.username || url.password) return 'has credentials in it; put them in a header (health-checks) instead';
  if (/\s/.test(value)) return 'contains spaces';
  return undefined;
}

function nameFromUrl(value: string): string {
  const url = new URL(value);
  const pathname = url.pathname === '/' ? '' : url.pathname;
  return `${url.host}${pathname}`;
}

function urlCheck(url: string): HealthCheckSpec {
  return {
    name: nameFromUrl(url),
    url,
    method: 'GET',
    headers: {},
    expectStatus: [{ min: 200, max: 299 }],
    timeoutMs: DEFAULT_HEALTH_TIMEOUT_MS
  };
}

interface NamedCheck {
  check: HealthCheckSpec;
  input: InputName;
  where: string;
}

function readHealthUrls(p: Problems, value: string): NamedCheck[] | undefined {
  const checks: NamedCheck[] = [];
  let ok = true;
  for (const { line, text } of meaningfulLines(value)) {
    const problem = urlProblem(text);
    if (problem) {
      const shown = problem.startsWith('has credentials') ? 'the URL' : show(text);
      p.add('health-urls', `${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`, `line ${line}`);
      ok = false;
      continue;
    }
    checks.push({ check: urlCheck(text), input: 'health-urls', where: `line ${line}` });
  }
  return ok ? checks : undefined;
}

function uniqueCheckNames(
  p: Problems,
  urlChecks: NamedCheck[] | undefined,
  detailed: NamedCheck[] | undefined
): HealthCheckSpec[] | undefined {
  if (!urlChecks || !detailed) return undefined;
  const all = [...urlChecks, ...detailed];
  const firstByName = new Map<string, NamedCheck>();
  let ok = true;
  for (const entry of all) {
    const first = firstByName.get(entry.check.name);
    if (first) {
      p.add(
        entry.input,
        `a health check named ${show(entry.check.name)} is already given (input '${first.input}', ${first.where}); ` +
          'expected a distinct name for each check (set `name` in health-checks)',
        entry.where
      );
      ok = false;
    } else {
      firstByName.set(entry.check.name, entry);
    }
  }
  return ok ? all.map((e) => e.check) : undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON paths

/**
 * Parses a field path: names joined by dots, `[n]` array indices, quoted keys `["a.b"]` or
 * `['a.b']` (backslash escapes the quote). Names are letters, digits, `_`, `$` and `-`, not starting
 * with a digit or '-'. A leading `$` (JSONPath root) is allowed: `$.data.version`.
 * Examples: `status`, `data.version`, `checks[0].state`, `["app.version"]`, `a[1][2]`.
 * Throws an Error whose message says where and why.
 */
export function parseJsonPath(text: string): Array<string | number> {
  const segments: Array<string | number> = [];
  let i = 0;
  if (text === '$' || text === '') throw new Error('it is empty');
  if (text.startsWith('$.') || text.startsWith('$[')) i = text.startsWith('$.') ? 2 : 1;
  const fail = (what: string): never => {
    throw new Error(`at character ${i + 1}: ${what}`);
  };
  const NAME = /[A-Za-z_$][A-Za-z0-9_$-]*/y;
  let expectName = !text.startsWith('[', i);
  for (;;) {
    if (expectName) {
      NAME.lastIndex = i;
      const match = NAME.exec(text);
      if (!match) fail('expected a name');
      segments.push(match![0]);
      i = NAME.lastIndex;
    } else {
      // text[i] === '['
      i++;
      if (/\d/.test(text[i] ?? '')) {
        const digits = /\d+/y;
        digits.lastIndex = i;
        const match = digits.exec(text)!;
        i = digits.lastIndex;
        if (text[i] !== ']') fail("expected ']' after the index");
        segments.push(Number(match[0]));
        i++;
      } else if (text[i] === '"' || text[i] === "'") {
        const quote = text[i];
        let key = '';
        i++;
        while (i < text.length && text[i] !== quote) {
          if (text[i] === '\\' && i + 1 < text.length) i++;
          key += text[i];
          i++;
        }
        if (i >= text.length) fail(`expected a closing ${quote}`);
        i++;
        if (text[i] !== ']') fail("expected ']' after the quoted key");
        i++;
        segments.push(key);
      } else {
        fail("expected a number or a quoted key after '['");
      }
    }
    if (i >= text.length) return segments;
    if (text[i] === '.') {
      i++;
      expectName = true;
    } else if (text[i] === '[') {
      expectName = false;
    } else {
      fail("expected '.', '[' or the end");
    }
  }
}

function jsonPathProblem(text: string): { segments?: Array<string | number>; problem?: string } {
  try {
    return { segments: parseJsonPath(text) };
  } catch (error) {
    return {
      problem: `${show(text)} is not a field path (${(error as Error).message}); expected e.g. ${PATH_EXAMPLES}`
    };
  }
}

// ---------------------------------------------------------------------------------------------
// YAML inputs

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
}

function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: lines, uniqueKeys: true });
  return { doc, lines };
}

/**
 * Masks the value of every header (scalars directly in a `headers` mapping, at any depth), even in
 * a document with errors or in checks that are otherwise invalid.
 */
function maskHeaderValues(doc: Document, secrets: string[]): void {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const visit = (node: unknown, depth: number): void => {
    node = resolve(node);
    if (depth > 50) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const value = resolve(pair.value);
        if (isScalar(pair.key) && pair.key.value === 'headers' && isMap(value)) {
          for (const header of value.items) {
            const headerValue = resolve(header.value);
            if (isScalar(headerValue) && headerValue.value !== null && String(headerValue.value) !== '') {
              const secret = String(headerValue.value);
              core.setSecret(secret);
              secrets.push(secret);
              // `Bearer <token>`, `Basic <credentials>`: the credential alone is a secret too.
              const credential = /^\s*[A-Za-z][\w-]*\s+(\S{4,})\s*$/.exec(secret)?.[1];
              if (credential) {
                core.setSecret(credential);
                secrets.push(credential);
              }
            }
          }
        }
        visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(doc.contents, 0);
}

/** Reads one YAML input: position helpers and problem reporting bound to it. */
class YamlReader {
  ok = true;
  constructor(
    private readonly p: Problems,
    readonly input: InputName,
    private readonly parsed: ParsedYaml
  ) {}

  where(node: unknown): string | undefined {
    const range = (node as YamlNode | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = this.parsed.lines.linePos(range[0]);
    return `line ${line}, column ${col}`;
  }

  add(node: unknown, message: string): void {
    this.p.add(this.input, message, this.where(node));
    this.ok = false;
  }

  resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.parsed.doc) : node;
  }

  /** The document's top-level list items, or undefined (with problems) when it is not a list. */
  items(expected: string): unknown[] | undefined {
    const { doc } = this.parsed;
    if (doc.errors.length > 0) {
      // The first error is the one to fix; the ones after it are mostly its echoes.
      const [first] = doc.errors;
      const { line, col } = this.parsed.lines.linePos(first.pos[0]);
      const more = doc.errors.length - 1;
      const also = more > 0 ? `, and ${more} more YAML error${more === 1 ? '' : 's'} after it` : '';
      this.p.add(this.input, `not valid YAML (${first.message}${also}); expected ${expected}`, `line ${line}, column ${col}`);
      this.ok = false;
      return undefined;
    }
    const contents = this.resolve(doc.contents);
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return [];
    if (!isSeq(contents)) {
      this.add(contents, `the value is not a YAML list; expected ${expected}`);
      return undefined;
    }
    return contents.items.map((item) => this.resolve(item));
  }

  /** The pairs of a mapping by key; unknown keys and non-string keys are problems. */
  pairs(map: YAMLMap, known: readonly string[], what: string): Map<string, Pair> {
    const result = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') {
        this.add(pair.key, `${what} has a key that is not a name; expected one of ${known.join(', ')}`);
      } else if (!known.includes(key)) {
        this.add(pair.key, `unknown key '${key}' in ${what}${didYouMean(key, known)}; known keys: ${known.join(', ')}`);
      } else {
        result.set(key, pair);
      }
    }
    return result;
  }

  /** A string (numbers allowed when `numbers`), or undefined with a problem. */
  string(pair: Pair, key: string, expected: string, numbers = false): string | undefined {
    const node = this.resolve(pair.value);
    if (isScalar(node)) {
      if (typeof node.value === 'string') return node.value;
      if (numbers && typeof node.value === 'number') return String(node.value);
    }
    this.add(node ?? pair.key, `'${key}' ${describe(node)} is not text; expected ${expected}`);
    return undefined;
  }

  boolean(pair: Pair, key: string): boolean | undefined {
    const node = this.resolve(pair.value);
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.add(node ?? pair.key, `'${key}' ${describe(node)} is not a boolean; expected true or false`);
    return undefined;
  }

  duration(pair: Pair, key: string): number | undefined {
    const node = this.resolve(pair.value);
    const text = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
    if (text === undefined) {
      this.add(node ?? pair.key, `'${key}' ${describe(node)} is not a duration; expected e.g. ${DURATION_EXAMPLES}`);
      return undefined;
    }
    const { ms, problem } = durationProblem(text, false);
    if (problem) this.add(node, `'${key}' ${problem}`);
    return ms;
  }
}

/** A YAML value for a message: scalars shown, collections named. */
function describe(node: unknown): string {
  if (isScalar(node)) return node.value === null ? 'null' : show(String(node.value));
  if (isMap(node)) return '(a mapping)';
  if (isSeq(node)) return '(a list)';
  return '(missing)';
}

/** A scalar usable as a value to compare with (string, number, boolean, null). */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null) return 'null';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

const HEALTH_CHECKS_EXPECTED = 'a YAML list of checks, e.g. "- url: https://example.com/healthz"';

function readHealthChecks(p: Problems, parsed: ParsedYaml, input: InputName = 'health-checks', mask?: string[]): NamedCheck[] | undefined {
  if (mask) maskHeaderValues(parsed.doc, mask);
  const y = new YamlReader(p, input, parsed);
  const items = y.items(HEALTH_CHECKS_EXPECTED);
  if (!items) return undefined;
  const checks: NamedCheck[] = [];
  items.forEach((item, index) => {
    const where = y.where(item) ?? `check ${index + 1}`;
    if (isScalar(item) && typeof item.value === 'string') {
      const problem = urlProblem(item.value);
      if (problem) {
        const shown = problem.startsWith('has credentials') ? 'the URL' : show(item.value);
        y.add(item, `check ${index + 1}: ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
      } else {
        checks.push({ check: urlCheck(item.value), input, where });
      }
      return;
    }
    if (!isMap(item)) {
      y.add(item, `check ${index + 1} ${describe(item)} is not a mapping; expected e.g. "url: ${URL_EXAMPLE}" under "- "`);
      return;
    }
    const check = readHealthCheck(y, item, index + 1);
    if (check) checks.push({ check, input, where });
  });
  return y.ok ? checks : undefined;
}

function readHealthCheck(y: YamlReader, map: YAMLMap, number: number): HealthCheckSpec | undefined {
  const what = `check ${number}`;
  const okBefore = y.ok;
  y.ok = true;
  const pairs = y.pairs(map, HEALTH_CHECK_KEYS, what);
  const get = (key: (typeof HEALTH_CHECK_KEYS)[number]): Pair | undefined => pairs.get(key);

  let url: string | undefined;
  const urlPair = get('url');
  if (!urlPair) {
    y.add(map, `${what} has no 'url'; expected e.g. "url: ${URL_EXAMPLE}"`);
  } else {
    const text = y.string(urlPair, 'url', `an http(s) URL, e.g. ${URL_EXAMPLE}`);
    if (text !== undefined) {
      const problem = urlProblem(text);
      if (problem) {
        const shown = problem.startsWith('has credentials') ? 'the URL' : show(text);
        y.add(urlPair.value, `'url' ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
      } else {
        url = text;
      }
    }
  }

  let name: string | undefined;
  const namePair = get('name');
  if (namePair) {
    name = y.string(namePair, 'name', 'a short name for the report, e.g. api', true)?.trim();
    if (name === '') y.add(namePair.value, `'name' is empty; expected a short name for the report, e.g. api`);
  }

  let method = 'GET';
  const methodPair = get('method');
  if (methodPair) {
    const text = y.string(methodPair, 'method', HTTP_METHODS.join(', '));
    if (text !== undefined) {
      if ((HTTP_METHODS as readonly string[]).includes(text.toUpperCase())) method = text.toUpperCase();
      else y.add(methodPair.value, `'method' ${show(text)} is not an HTTP method; expected one of ${HTTP_METHODS.join(', ')}`);
    }
  }

  const headers: Record<string, string> = {};
  const headersPair = get('headers');
  if (headersPair) {
    const node = y.resolve(headersPair.value);
    if (!isMap(node)) {
      y.add(node ?? headersPair.key, `'headers' is not a mapping; expected e.g. "headers: {Authorization: Bearer …}"`);
    } else {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key !== 'string' || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(key)) {
          y.add(pair.key, `'headers' has a key ${describe(pair.key)} that is not a header name; expected e.g. Authorization`);
          continue;
        }
        if (seen.has(key.toLowerCase())) {
          y.add(pair.key, `'headers' gives ${key} twice (names are case-insensitive); expected each header once`);
          continue;
        }
        seen.add(key.toLowerCase());
        const value = y.resolve(pair.value);
        const text =
          isScalar(value) && ['string', 'number', 'boolean'].includes(typeof value.value) ? String(value.value) : undefined;
        if (text === undefined) {
          y.add(value ?? pair.key, `'headers.${key}' (value hidden) is not text; expected a string`);
        } else if (hasControlChar(text, true)) {
          y.add(value, `'headers.${key}' (value hidden) contains a line break or control character; expected one line`);
        } else {
          headers[key] = text;
        }
      }
    }
  }

  let expectStatus = [{ min: 200, max: 299 }];
  const statusPair = get('expect-status');
  if (statusPair) {
    const parsed = readStatuses(y, statusPair);
    if (parsed) expectStatus = parsed;
  }

  let bodyContains: string | undefined;
  const containsPair = get('body-contains');
  if (containsPair) {
    bodyContains = y.string(containsPair, 'body-contains', 'text the body must contain', true);
    if (bodyContains === '') y.add(containsPair.value, `'body-contains' is empty; expected text the body must contain`);
  }

  let bodyMatches: string | undefined;
  const matchesPair = get('body-matches');
  if (matchesPair) {
    const text = y.string(matchesPair, 'body-matches', 'a JavaScript regular expression, e.g. "status.*ok"');
    if (text !== undefined) {
      try {
        new RegExp(text);
        bodyMatches = text;
      } catch (error) {
        y.add(
          matchesPair.value,
          `'body-matches' ${show(text)} is not a regular expression (${(error as Error).message}); expected e.g. "status.*ok"`
        );
      }
    }
  }

  let expectVersion: boolean | undefined;
  const versionPair = get('expect-version');
  if (versionPair) expectVersion = y.boolean(versionPair, 'expect-version');

  let json: HealthCheckSpec['json'];
  const jsonPair = get('json');
  if (jsonPair) json = readJsonExpectation(y, jsonPair, expectVersion === true);

  let maxLatencyMs: number | undefined;
  const latencyPair = get('max-latency');
  if (latencyPair) maxLatencyMs = y.duration(latencyPair, 'max-latency');

  let timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS;
  const timeoutPair = get('timeout');
  if (timeoutPair) timeoutMs = y.duration(timeoutPair, 'timeout') ?? timeoutMs;

  const ok = y.ok;
  y.ok = okBefore && ok;
  if (!ok || url === undefined) return undefined;
  const check: HealthCheckSpec = {
    name: name || nameFromUrl(url),
    url,
    method,
    headers,
    expectStatus,
    timeoutMs
  };
  if (bodyContains !== undefined) check.bodyContains = bodyContains;
  if (bodyMatches !== undefined) check.bodyMatches = bodyMatches;
  if (json) check.json = json;
  if (expectVersion !== undefined) check.expectVersion = expectVersion;
  if (maxLatencyMs !== undefined) check.maxLatencyMs = maxLatencyMs;
  return check;
}

const STATUS_EXPECTED = 'a status such as 200, a range such as "200-299" or "2xx", or a list of those';

function readStatuses(y: YamlReader, pair: Pair): Array<{ min: number; max: number }> | undefined {
  const node = y.resolve(pair.value);
  const nodes = isSeq(node) ? node.items.map((n) => y.resolve(n)) : [node];
  if (nodes.length === 0) {
    y.add(node, `'expect-status' is an empty list; expected ${STATUS_EXPECTED}`);
    return undefined;
  }
  const ranges: Array<{ min: number; max: number }> = [];
  for (const item of nodes) {
    const text = isScalar(item) && ['string', 'number'].includes(typeof item.value) ? String(item.value).trim() : undefined;
    const range = text === undefined ? undefined : statusRange(text);
    if (!range) {
      y.add(item ?? pair.key, `'expect-status' ${describe(item)} is not an HTTP status or range; expected ${STATUS_EXPECTED}`);
      return undefined;
    }
    ranges.push(range);
  }
  return ranges;
}

function statusRange(text: string): { min: number; max: number } | undefined {
  const valid = (n: number): boolean => n >= 100 && n <= 599;
  let match = /^(\d{3})$/.exec(text);
  if (match) {
    const n = Number(match[1]);
    return valid(n) ? { min: n, max: n } : undefined;
  }
  match = /^(\d{3})\s*-\s*(\d{3})$/.exec(text);
  if (match) {
    const min = Number(match[1]);
    const max = Number(match[2]);
    return valid(min) && valid(max) && min <= max ? { min, max } : undefined;
  }
  match = /^([1-5])[xX]{2}$/.exec(text);
  if (match) {
    const hundred = Number(match[1]) * 100;
    return { min: hundred, max: hundred + 99 };
  }
  return undefined;
}

function readJsonExpectation(y: YamlReader, pair: Pair, expectVersion: boolean): HealthCheckSpec['json'] {
  const node = y.resolve(pair.value);
  const example = '"json: {path: status, equals: ok}" or "json: {path: data.state, one-of: [ok, degraded]}"';
  if (!isMap(node)) {
    y.add(node ?? pair.key, `'json' ${describe(node)} is not a mapping; expected ${example}`);
    return undefined;
  }
  const pairs = y.pairs(node, JSON_KEYS, "'json'");
  const pathPair = pairs.get('path');
  let path: string | undefined;
  let segments: Array<string | number> | undefined;
  if (!pathPair) {
    y.add(node, `'json' has no 'path'; expected ${example}`);
  } else {
    path = y.string(pathPair, 'json.path', `a field path, e.g. ${PATH_EXAMPLES}`, true);
    if (path !== undefined) {
      const result = jsonPathProblem(path);
      if (result.problem) y.add(pathPair.value, `'json.path' ${result.problem}`);
      segments = result.segments;
    }
  }
  const equalsPair = pairs.get('equals');
  const oneOfPair = pairs.get('one-of');
  let oneOf: string[] | undefined;
  if (equalsPair && oneOfPair) {
    y.add(oneOfPair.key, `'json' has both 'equals' and 'one-of'; expected one of them`);
  } else if (equalsPair) {
    const value = y.resolve(equalsPair.value);
    const text = scalarText(value);
    if (text === undefined) y.add(value ?? equalsPair.key, `'json.equals' ${describe(value)} is not a single value; expected e.g. ok, 200 or true`);
    else oneOf = [text];
  } else if (oneOfPair) {
    const value = y.resolve(oneOfPair.value);
    const items = isSeq(value) ? value.items.map((n) => y.resolve(n)) : undefined;
    const texts = items?.map(scalarText);
    if (!items || items.length === 0 || !texts || texts.some((t) => t === undefined)) {
      y.add(value ?? oneOfPair.key, `'json.one-of' ${describe(value)} is not a list of values; expected e.g. [ok, degraded]`);
    } else {
      oneOf = texts as string[];
    }
  } else if (expectVersion) {
    oneOf = [];
  } else {
    y.add(node, `'json' has neither 'equals' nor 'one-of' (nor 'expect-version: true'); expected ${example}`);
  }
  if (path === undefined || segments === undefined || oneOf === undefined) return undefined;
  return { path, oneOf, segments };
}

const GATES_EXPECTED = 'a YAML list of gates, e.g. "- {name: qa-signed-off, path: manual_gates.qa}"';

const METRIC_KEYS = ['name', 'kind', 'url', 'query', 'path', 'threshold', 'comparison', 'no-data', 'headers'] as const;
const METRICS_EXPECTED = 'a YAML list of metric sources, e.g. "- {name: errors, kind: prometheus, url: https://prom.example.com, query: \'sum(rate(http_errors[5m]))\', threshold: 0.05}"';

/** The `metrics` input: Prometheus queries and JSON endpoints read each monitoring round. */
function readMetrics(p: Problems, parsed: ParsedYaml): MetricSource[] | undefined {
  const y = new YamlReader(p, 'metrics', parsed);
  const items = y.items(METRICS_EXPECTED);
  if (!items) return undefined;
  const sources: MetricSource[] = [];
  items.forEach((item, index) => {
    const what = `metric ${index + 1}`;
    if (!isMap(item)) {
      y.add(item, `${what} ${describe(item)} is not a mapping; expected ${METRICS_EXPECTED}`);
      return;
    }
    const pairs = y.pairs(item, METRIC_KEYS, what);
    const get = (key: string, expected: string, required: boolean): string | undefined => {
      const pair = pairs.get(key);
      if (!pair) {
        if (required) y.add(item, `${what} has no '${key}'; expected ${expected}`);
        return undefined;
      }
      return y.string(pair, key, expected, true)?.trim();
    };
    const name = get('name', 'a name, e.g. error-rate', true);
    const kind = get('kind', 'prometheus or json', true);
    const url = get('url', `an http(s) URL, e.g. ${URL_EXAMPLE}`, true);
    if (url !== undefined && !/^https?:\/\/[^\s/@]+(\/|$)/.test(url)) y.add(pairs.get('url')!.value, `'url' ${show(url)} is not an http(s) URL without credentials; expected e.g. ${URL_EXAMPLE}`);
    const thresholdText = get('threshold', 'a number, e.g. 0.05', true);
    const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
    if (thresholdText !== undefined && !Number.isFinite(threshold)) y.add(pairs.get('threshold')!.value, `'threshold' ${show(thresholdText)} is not a number; expected e.g. 0.05`);
    const comparison = get('comparison', 'above or below', false);
    if (comparison !== undefined && comparison !== 'above' && comparison !== 'below') y.add(pairs.get('comparison')!.value, `'comparison' ${show(comparison)} is not above or below`);
    const noData = get('no-data', 'fail or pass', false);
    if (noData !== undefined && noData !== 'fail' && noData !== 'pass') y.add(pairs.get('no-data')!.value, `'no-data' ${show(noData)} is not fail or pass`);
    const headers: Record<string, string> = {};
    const headersPair = pairs.get('headers');
    if (headersPair) {
      const node = y.resolve(headersPair.value);
      if (!isMap(node)) y.add(node ?? headersPair.key, `'headers' is not a mapping of name: value`);
      else for (const h of node.items) headers[String(scalarText(y.resolve(h.key)) ?? '')] = String(scalarText(y.resolve(h.value)) ?? '');
    }
    const common = {
      name: name ?? '',
      url: url ?? '',
      threshold: threshold ?? 0,
      ...(comparison === 'above' || comparison === 'below' ? { comparison: comparison as 'above' | 'below' } : {}),
      ...(noData === 'fail' || noData === 'pass' ? { noData: noData as 'fail' | 'pass' } : {}),
      ...(Object.keys(headers).length ? { headers } : {})
    };
    if (kind === 'prometheus') {
      const query = get('query', "a PromQL query, e.g. 'sum(rate(http_errors[5m]))'", true);
      if (pairs.has('path')) y.add(pairs.get('path')!.key, `'path' belongs to kind json; a prometheus source takes 'query'`);
      sources.push({ ...common, kind: 'prometheus', query: query ?? '' });
    } else if (kind === 'json') {
      const path = get('path', `a field path, e.g. ${PATH_EXAMPLES}`, true);
      if (path !== undefined) {
        const { problem } = jsonPathProblem(path);
        if (problem) y.add(pairs.get('path')!.value, `'path' ${problem}`);
      }
      if (pairs.has('query')) y.add(pairs.get('query')!.key, `'query' belongs to kind prometheus; a json source takes 'path'`);
      sources.push({ ...common, kind: 'json', path: path ?? '' });
    } else if (kind !== undefined) {
      y.add(pairs.get('kind')!.value, `'kind' ${show(kind)} is not prometheus or json`);
    }
  });
  return y.ok ? sources : undefined;
}

function readGates(p: Problems, value: string): GateRule[] | undefined {
  if (value.trim() === '') return [];
  const y = new YamlReader(p, 'gates', parseYaml(value));
  const items = y.items(GATES_EXPECTED);
  if (!items) return undefined;
  const rules: GateRule[] = [];
  const seen = new Map<string, string | undefined>();
  items.forEach((item, index) => {
    const what = `gate ${index + 1}`;
    if (!isMap(item)) {
      y.add(item, `${what} ${describe(item)} is not a mapping; expected e.g. "- {name: qa-signed-off, path: manual_gates.qa}"`);
      return;
    }
    const pairs = y.pairs(item, GATE_KEYS, what);
    let name: string | undefined;
    const namePair = pairs.get('name');
    if (!namePair) {
      y.add(item, `${what} has no 'name'; expected e.g. "name: qa-signed-off"`);
    } else {
      name = y.string(namePair, 'name', 'a gate name, e.g. qa-signed-off', true)?.trim();
      if (name === '') {
        y.add(namePair.value, `'name' is empty; expected a gate name, e.g. qa-signed-off`);
        name = undefined;
      } else if (name !== undefined && seen.has(name)) {
        y.add(namePair.value, `gate ${show(name)} is given twice (first at ${seen.get(name)}); expected each name once`);
      }
      if (name) seen.set(name, y.where(item));
    }
    const builtIn = name !== undefined && (BUILT_IN_GATE_NAMES as readonly string[]).includes(name);

    let skip: boolean | undefined;
    const skipPair = pairs.get('skip');
    if (skipPair) skip = y.boolean(skipPair, 'skip');
    if (skip === true && name !== undefined && !builtIn) {
      y.add(skipPair!.value, `'skip' removes a built-in gate, and ${show(name)} is not one; built-in gates: ${BUILT_IN_GATE_NAMES.join(', ')}`);
    }

    const paths: string[] = [];
    const pathPair = pairs.get('path');
    if (pathPair) {
      const node = y.resolve(pathPair.value);
      const nodes = isSeq(node) ? node.items.map((n) => y.resolve(n)) : [node];
      if (nodes.length === 0) y.add(node, `'path' is an empty list; expected e.g. manual_gates.qa`);
      for (const n of nodes) {
        if (!isScalar(n) || typeof n.value !== 'string') {
          y.add(n ?? pathPair.key, `'path' ${describe(n)} is not a field path; expected e.g. ${PATH_EXAMPLES}`);
          continue;
        }
        for (const alternative of n.value.split(' | ').map((s) => s.trim())) {
          const { problem } = jsonPathProblem(alternative);
          if (problem) y.add(n, `'path' ${problem}`);
          else paths.push(alternative);
        }
      }
    } else if (!builtIn && skip !== true) {
      y.add(item, `${what} has no 'path'; expected e.g. "path: manual_gates.qa" (alternatives: "a.b | c.d")`);
    }

    let accept: string[] = builtIn ? [] : [...DEFAULT_GATE_ACCEPT];
    const acceptPair = pairs.get('accept');
    if (acceptPair) {
      const node = y.resolve(acceptPair.value);
      const nodes = isSeq(node) ? node.items.map((n) => y.resolve(n)) : [node];
      const texts = nodes.map(scalarText);
      if (nodes.length === 0 || texts.some((t) => t === undefined)) {
        y.add(node ?? acceptPair.key, `'accept' ${describe(node)} is not a value or list of values; expected e.g. [approved, passed]`);
      } else {
        accept = (texts as string[]).map((t) => t.toLowerCase());
      }
    }

    if (name !== undefined) {
      const rule: GateRule = { name, paths, accept };
      if (skip !== undefined) rule.skip = skip;
      rules.push(rule);
    }
  });
  return y.ok ? rules : undefined;
}
