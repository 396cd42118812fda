/** What a health check expects of an answer: statuses and a JSON field (health-checks input). */
import { isMap, isSeq, isScalar } from '../config/yaml-engine.js';
import type { Pair } from 'yaml';
import type { HealthCheckSpec } from './check-spec.js';
import { jsonPathProblem, PATH_EXAMPLES } from '../config/json-path.js';
import { describe, scalarText, type YamlReader } from '../config/yaml-list.js';

const JSON_KEYS = ['path', 'equals', 'one-of'] as const;

const STATUS_EXPECTED = 'a status such as 200, a range such as "200-299" or "2xx", or a list of those';

export function readStatuses(y: YamlReader, pair: Pair): Array<{ min: number; max: number }> | undefined {
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

export function readJsonExpectation(y: YamlReader, pair: Pair, expectVersion: boolean): HealthCheckSpec['json'] {
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
