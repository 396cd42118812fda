/**
 * The `waves` input (docs/waves.md): a YAML list of waves, each a set of environments deployed at
 * once. An environment is a name, or a mapping that sets its own checks, deploy inputs and URL,
 * merged over the global inputs. Every problem names its line and column. Read by config/inputs.ts,
 * which masks the secrets in it (headers, deploy-inputs values) before this reads anything.
 */
import { isMap, isScalar, isSeq } from '../config/yaml-engine.js';
import type { Pair, YAMLMap } from 'yaml';
import { durationProblem, formatDuration } from '../config/durations.js';
import { meaningfulLines, parseKeyValueLines, WORKFLOW_INPUT_NAME, WORKFLOW_INPUT_NAME_EXPECTED } from '../config/line-lists.js';
import { hasControlChar, show, type Problems } from '../config/problems.js';
import { describe, YamlReader, type ParsedYaml } from '../config/yaml-list.js';
import type { HealthCheckSpec } from '../verify/check-spec.js';
import { boundCheckTimeouts, readCheckItems, URL_EXAMPLE, urlCheck, urlProblem, type NamedCheck } from '../verify/health-checks-input.js';
import type { WaveEnvironment, WaveSettings } from './waves-settings.js';

export const WAVE_KEYS = ['name', 'environments', 'bake'] as const;
export const WAVE_ENVIRONMENT_KEYS = ['name', 'health-urls', 'health-checks', 'smoke-checks', 'deploy-inputs', 'url'] as const;
export const MAX_WAVES = 50;
export const MAX_WAVE_ENVIRONMENTS = 100;

const EXPECTED = 'a YAML list of waves, e.g. "- {name: canary, environments: [prod-canary], bake: 10m}"';

/** What an environment is merged over, from the global inputs (undefined where that input had problems). */
export interface WavesBase {
  checks?: HealthCheckSpec[];
  smokeChecks?: HealthCheckSpec[];
  deployInputs?: Record<string, string>;
  monitorDurationMs?: number;
  monitorIntervalMs?: number;
  healthTimeoutMs?: number;
  /** health-timeout as written, for messages. */
  healthTimeout: string;
  hasDeployWorkflow: boolean;
  hasTrafficCommand: boolean;
}

export function readWaves(p: Problems, parsed: ParsedYaml, base: WavesBase): WaveSettings[] | undefined {
  const y = new YamlReader(p, 'waves', parsed);
  const items = y.itemsUpTo(EXPECTED, MAX_WAVES, 'waves');
  if (!items) return undefined;
  const waves: WaveSettings[] = [];
  const seen = new Map<string, string>();
  const waveNames = new Map<string, string>();
  items.forEach((item, i) => {
    if (!isMap(item)) {
      y.add(item, `wave ${i + 1} ${describe(item)} is not a mapping; expected keys ${WAVE_KEYS.join(', ')}, e.g. "- {name: canary, environments: [prod-canary]}"`);
      return;
    }
    const wave = readWave(y, item, i + 1, base, seen);
    if (!wave) return;
    const first = waveNames.get(wave.name.toLowerCase());
    if (first) y.add(item.get('name', true) ?? item, `wave ${i + 1}: the name ${show(wave.name)} is already the name of a wave (${first}); expected each wave's name once`);
    else waveNames.set(wave.name.toLowerCase(), y.where(item) ?? `wave ${i + 1}`);
    waves.push(wave);
  });
  const count = waves.reduce((n, w) => n + w.environments.length, 0);
  if (count > MAX_WAVE_ENVIRONMENTS) p.add('waves', `${count} environments; expected at most ${MAX_WAVE_ENVIRONMENTS}`);
  return y.ok && count <= MAX_WAVE_ENVIRONMENTS ? waves : undefined;
}

function readWave(y: YamlReader, map: YAMLMap, number: number, base: WavesBase, seen: Map<string, string>): WaveSettings | undefined {
  const pairs = y.pairs(map, WAVE_KEYS, `wave ${number}`);
  let name = `wave ${number}`;
  const namePair = pairs.get('name');
  if (namePair) {
    const text = y.string(namePair, 'name', 'a short name, e.g. canary', true)?.trim();
    if (text === undefined) return undefined;
    if (text === '' || hasControlChar(text) || text.length > 100) {
      y.add(namePair.value, `wave ${number}: 'name' ${show(text)} is not a short one-line name; expected e.g. canary`);
      return undefined;
    }
    name = text;
  }
  const what = `wave ${show(name)}`;

  let bakeMs = base.monitorDurationMs ?? 0;
  const bakePair = pairs.get('bake');
  if (bakePair) {
    const node = y.resolve(bakePair.value);
    const text = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
    const { ms, problem } = text === undefined ? { ms: undefined, problem: `${describe(node)} is not a duration` } : durationProblem(text, true);
    if (problem || ms === undefined) {
      y.add(node ?? bakePair.key, `${what}: 'bake' ${problem ?? 'is not a duration'}; expected e.g. 10m, or 0 for no window`);
      return undefined;
    }
    bakeMs = ms;
  }
  if (bakeMs > 0 && base.monitorIntervalMs !== undefined && base.monitorIntervalMs > bakeMs) {
    y.add(bakePair?.value ?? map, `${what}: its window (bake ${formatDuration(bakeMs)}) is shorter than monitor-interval ${formatDuration(base.monitorIntervalMs)}; expected a bake of at least one interval, or 0 for no window`);
  }

  const envPair = pairs.get('environments');
  if (!envPair) {
    y.add(map, `${what} has no 'environments'; expected e.g. "environments: [prod-eu, prod-us]"`);
    return undefined;
  }
  const node = y.resolve(envPair.value);
  const items = isSeq(node) ? node.items.map((n) => y.resolve(n)) : isScalar(node) && node.value !== null && node.value !== '' ? [node] : [];
  if (!items.length) {
    y.add(node ?? envPair.key, `${what} has no environment; expected at least one, e.g. "environments: [prod-eu]"`);
    return undefined;
  }
  const environments: WaveEnvironment[] = [];
  for (const item of items) {
    const environment = readEnvironment(y, item, what, base);
    if (!environment) continue;
    const first = seen.get(environment.name.toLowerCase());
    if (first) {
      y.add(item, `${what}: environment ${show(environment.name)} is already in ${first}; expected each environment in one wave, once (names compare case-insensitively, as GitHub's do)`);
      continue;
    }
    seen.set(environment.name.toLowerCase(), `${what} (${y.where(item) ?? 'above'})`);
    environments.push(environment);
  }
  return { name, environments, bakeMs };
}

function readEnvironment(y: YamlReader, item: unknown, what: string, base: WavesBase): WaveEnvironment | undefined {
  if (isScalar(item)) {
    const name = environmentName(y, item, what);
    return name === undefined ? undefined : { name, checks: base.checks ?? [], smokeChecks: base.smokeChecks ?? [], deployInputs: { ...base.deployInputs } };
  }
  if (!isMap(item)) {
    y.add(item, `${what}: an environment ${describe(item)} is neither a name nor a mapping; expected e.g. prod-eu or "{name: prod-eu, health-urls: ${URL_EXAMPLE}}"`);
    return undefined;
  }
  const namePair = item.items.find((pair) => isScalar(pair.key) && pair.key.value === 'name');
  const named = namePair ? environmentName(y, y.resolve(namePair.value), what) : undefined;
  if (!namePair) y.add(item, `${what}: an environment has no 'name'; expected e.g. "name: prod-eu"`);
  const where = named ? `${what}, environment ${show(named)}` : what;
  const pairs = y.pairs(item, WAVE_ENVIRONMENT_KEYS, `${where}`);
  const get = (key: (typeof WAVE_ENVIRONMENT_KEYS)[number]): Pair | undefined => pairs.get(key);

  const own = [...(get('health-urls') ? urlChecks(y, get('health-urls')!, where) : []), ...(get('health-checks') ? checkList(y, get('health-checks')!, where) : [])];
  const smoke = get('smoke-checks') ? checkList(y, get('smoke-checks')!, where) : [];
  for (const list of [own, smoke]) boundCheckTimeouts(y.problems, list, base.healthTimeoutMs, base.healthTimeout);
  const inputsPair = get('deploy-inputs');
  const deployInputs = inputsPair ? readInputs(y, inputsPair, where) : {};
  if (inputsPair && !base.hasDeployWorkflow) {
    y.add(inputsPair.key, `${where}: 'deploy-inputs' given, but deploy-workflow is empty; expected deploy-workflow to name the workflow these inputs are for`);
  }
  if (smoke.length && !base.hasTrafficCommand) {
    y.add(get('smoke-checks')!.key, `${where}: 'smoke-checks' given, but traffic-command is empty; smoke checks probe the new version before traffic moves to it, so expected a traffic-command too`);
  }
  let url: string | undefined;
  const urlPair = get('url');
  if (urlPair) {
    const text = y.string(urlPair, 'url', `an http(s) URL, e.g. ${URL_EXAMPLE}`)?.trim();
    const problem = text === undefined ? undefined : urlProblem(text);
    if (problem) y.add(urlPair.value, `${where}: 'url' ${problem.startsWith('has credentials') ? 'the URL' : show(text!)} ${problem}; expected e.g. https://eu.shop.example`);
    else url = text;
  }
  if (named === undefined || !deployInputs) return undefined;
  const checks = mergeChecks(y, base.checks, own, where, 'health');
  const smokeChecks = mergeChecks(y, base.smokeChecks, smoke, where, 'smoke');
  if (!checks || !smokeChecks) return undefined;
  return { name: named, checks, smokeChecks, deployInputs: mergeInputs(base.deployInputs ?? {}, deployInputs), ...(url ? { url } : {}) };
}

function environmentName(y: YamlReader, node: unknown, what: string): string | undefined {
  const text = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value).trim() : undefined;
  if (text === undefined || text === '' || text.length > 255 || hasControlChar(text)) {
    y.add(node, `${what}: ${describe(node)} is not an environment name; expected one line of at most 255 characters, e.g. prod-eu`);
    return undefined;
  }
  return text;
}

/** `health-urls`: a newline list (as the input) or a YAML list of URLs. */
function urlChecks(y: YamlReader, pair: Pair, where: string): NamedCheck[] {
  const node = y.resolve(pair.value);
  const entries = isSeq(node)
    ? node.items.map((n) => ({ node: y.resolve(n), text: scalarString(y.resolve(n)) }))
    : meaningfulLines(scalarString(node) ?? '').map(({ text }) => ({ node, text }));
  if (!isSeq(node) && scalarString(node) === undefined) {
    y.add(node ?? pair.key, `${where}: 'health-urls' ${describe(node)} is not a list of URLs; expected one URL per line, or a YAML list`);
    return [];
  }
  const checks: NamedCheck[] = [];
  for (const entry of entries) {
    const problem = entry.text === undefined ? 'is not text' : urlProblem(entry.text);
    if (problem) {
      const shown = problem.startsWith('has credentials') || entry.text === undefined ? 'the URL' : show(entry.text);
      y.add(entry.node, `${where}: 'health-urls' ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
    } else {
      checks.push({ check: urlCheck(entry.text!), input: 'waves', where: y.where(entry.node) ?? where });
    }
  }
  return checks;
}

function checkList(y: YamlReader, pair: Pair, where: string): NamedCheck[] {
  const node = y.resolve(pair.value);
  if (!isSeq(node)) {
    const key = isScalar(pair.key) ? String(pair.key.value) : 'checks';
    y.add(node ?? pair.key, `${where}: '${key}' ${describe(node)} is not a YAML list; expected checks as in health-checks, e.g. "- url: ${URL_EXAMPLE}"`);
    return [];
  }
  return readCheckItems(y, node.items.map((n) => y.resolve(n)), 'waves');
}

/** `deploy-inputs`: `key=value` lines (as the input) or a mapping; values are never shown. */
function readInputs(y: YamlReader, pair: Pair, where: string): Record<string, string> | undefined {
  const node = y.resolve(pair.value);
  if (isScalar(node) && typeof node.value === 'string') {
    const { inputs, problems } = parseKeyValueLines(node.value);
    for (const { line, message } of problems) y.add(node, `${where}: 'deploy-inputs' line ${line}: ${message}`);
    return problems.length ? undefined : inputs;
  }
  if (!isMap(node)) {
    y.add(node ?? pair.key, `${where}: 'deploy-inputs' ${describe(node)} is neither key=value lines nor a mapping; expected e.g. "deploy-inputs: region=eu-west-1"`);
    return undefined;
  }
  const inputs: Record<string, string> = {};
  let ok = true;
  for (const entry of node.items) {
    const key = isScalar(entry.key) ? String(entry.key.value) : '';
    const value = y.resolve(entry.value);
    if (!WORKFLOW_INPUT_NAME.test(key)) {
      y.add(entry.key, `${where}: 'deploy-inputs' key ${show(key)} is not a workflow input name; ${WORKFLOW_INPUT_NAME_EXPECTED}`);
      ok = false;
    } else if (Object.keys(inputs).some((k) => k.toLowerCase() === key.toLowerCase())) {
      y.add(entry.key, `${where}: 'deploy-inputs' gives '${key}' twice; expected each key once`);
      ok = false;
    } else if (!isScalar(value) || value.value === null || typeof value.value === 'object') {
      y.add(value ?? entry.key, `${where}: 'deploy-inputs.${key}' (value hidden) is not text; expected a string`);
      ok = false;
    } else {
      inputs[key] = String(value.value);
    }
  }
  return ok ? inputs : undefined;
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** The global checks with those of the same name replaced by the environment's, then its other ones; its own names must differ. */
function mergeChecks(y: YamlReader, global: HealthCheckSpec[] | undefined, own: NamedCheck[], where: string, kind: string): HealthCheckSpec[] | undefined {
  const byName = new Map<string, NamedCheck>();
  let ok = true;
  for (const entry of own) {
    const first = byName.get(entry.check.name);
    if (first) {
      y.problems.add('waves', `${where}: a ${kind} check named ${show(entry.check.name)} is given twice (first at ${first.where}); expected a distinct name for each (set 'name')`, entry.where);
      ok = false;
    } else {
      byName.set(entry.check.name, entry);
    }
  }
  if (!ok || !global) return ok ? own.map((e) => e.check) : undefined;
  const replaced = global.map((check) => byName.get(check.name)?.check ?? check);
  const added = own.filter((e) => !global.some((check) => check.name === e.check.name)).map((e) => e.check);
  return [...replaced, ...added];
}

/** The global deploy inputs with the environment's over them (keys compare case-insensitively, as the input's do). */
export function mergeInputs(global: Record<string, string>, own: Record<string, string>): Record<string, string> {
  const ownKeys = new Set(Object.keys(own).map((k) => k.toLowerCase()));
  return { ...Object.fromEntries(Object.entries(global).filter(([k]) => !ownKeys.has(k.toLowerCase()))), ...own };
}
