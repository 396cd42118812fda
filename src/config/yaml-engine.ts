/**
 * The YAML library (yaml, 292 KB in the bundle), loaded on demand: a run whose inputs hold no YAML
 * (no `health-checks`, `gates`, `waves` and the like; a refused input's run, often) loads it only
 * for the state file, once the gates' first round of requests is written.
 * readSettingsLoadingLibraries (inputs.ts) loads it before the inputs are read when one of
 * YAML_INPUTS is given, and should a reader meet YAML that look missed, parseYaml throws
 * YamlNeeded and the inputs are read again with it loaded.
 *
 * The node guards answer through the library once it is loaded. Before, they answer false, and
 * rightly: every YAML node comes from the library's parser, so none can exist yet. That holds
 * because no module but this one imports yaml's code (eslint's no-restricted-imports keeps it so;
 * types may be imported anywhere): the state file's reader and editors, the deploy workflow's
 * reader and the inputs' readers all parse through yamlLibrary(), after loadYaml().
 */
import type * as Yaml from 'yaml';
import type { Alias, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

let library: typeof Yaml | undefined;

/** The inputs whose value is YAML (a list or a map of settings). */
export const YAML_INPUTS = ['health-checks', 'smoke-checks', 'baseline-checks', 'metrics', 'gates', 'waves', 'freeze'] as const;

/** Thrown by yamlLibrary before loadYaml has settled: load it, then read again. */
export class YamlNeeded extends Error {
  constructor() {
    super('YAML was parsed before the YAML library was loaded (loadYaml)');
    this.name = 'YamlNeeded';
  }
}

export async function loadYaml(): Promise<void> {
  library ??= await import('yaml');
}

export function yamlLibrary(): typeof Yaml {
  if (!library) throw new YamlNeeded();
  return library;
}

export function isAlias(node: unknown): node is Alias {
  return library?.isAlias(node) ?? false;
}

export function isMap<K = unknown, V = unknown>(node: unknown): node is YAMLMap<K, V> {
  return library?.isMap(node) ?? false;
}

export function isScalar<T = unknown>(node: unknown): node is Scalar<T> {
  return library?.isScalar(node) ?? false;
}

export function isSeq<T = unknown>(node: unknown): node is YAMLSeq<T> {
  return library?.isSeq(node) ?? false;
}

export function isPair<K = unknown, V = unknown>(node: unknown): node is Pair<K, V> {
  return library?.isPair(node) ?? false;
}
