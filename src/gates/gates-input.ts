/** The `gates` input: the state-file gate list language (see docs/gates.md, "Custom gates"). */
import { isMap, isScalar, isSeq } from '../config/yaml-engine.js';
import { PATH_EXAMPLES, jsonPathProblem } from '../config/json-path.js';
import { show, type Problems } from '../config/problems.js';
import { BUILT_IN_GATE_NAMES, type GateRule } from '../config/settings.js';
import { describe, parseYaml, scalarText, YamlReader } from '../config/yaml-list.js';

export const GATE_KEYS = ['name', 'path', 'accept', 'skip'] as const;
export const DEFAULT_GATE_ACCEPT = ['approved', 'passed', 'true'];
const GATES_EXPECTED = 'a YAML list of gates, e.g. "- {name: qa-signed-off, path: manual_gates.qa}"';

export function readGates(p: Problems, value: string): GateRule[] | undefined {
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
