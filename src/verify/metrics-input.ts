/** The `metrics` input: the metric-source list language (see docs/verify.md, "Metrics"). */
import { isMap } from '../config/yaml-engine.js';
import { jsonPathProblem, PATH_EXAMPLES } from '../config/json-path.js';
import { show, type Problems } from '../config/problems.js';
import { describe, scalarSource, scalarText, YamlReader, type ParsedYaml } from '../config/yaml-list.js';
import { URL_EXAMPLE } from './health-checks-input.js';
import type { MetricSource } from './metrics.js';

const METRIC_KEYS = ['name', 'kind', 'url', 'query', 'path', 'threshold', 'comparison', 'no-data', 'headers'] as const;
const METRICS_EXPECTED = 'a YAML list of metric sources, e.g. "- {name: errors, kind: prometheus, url: https://prom.example.com, query: \'sum(rate(http_errors[5m]))\', threshold: 0.05}"';

/** The `metrics` input: Prometheus queries and JSON endpoints read each monitoring round. */
export function readMetrics(p: Problems, parsed: ParsedYaml): MetricSource[] | undefined {
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
      else for (const h of node.items) headers[String(scalarText(y.resolve(h.key)) ?? '')] = scalarSource(y.resolve(h.value)) ?? '';
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
