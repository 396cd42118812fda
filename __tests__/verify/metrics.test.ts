import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { FakeClock } from '../helpers/fake-clock.js';
import { judgeMetric, readMetric, type MetricSource } from '../../src/verify/metrics.js';
import { watchWindow } from '../../src/verify/window.js';
import { closedPort, json, startServer, type LocalServer } from './local-server.js';
import { check, scripted, steps } from './scripted.js';

let server: LocalServer;
const hanging: ServerResponse[] = [];
const vector = (...values: string[]) => ({
  status: 'success',
  data: { resultType: 'vector', result: values.map((v, i) => ({ metric: { pod: `p${i}` }, value: [1_700_000_000.5, v] })) }
});

beforeAll(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const query = url.searchParams.get('query') ?? '';
    if (url.pathname.endsWith('/api/v1/query')) {
      const base = url.pathname.slice(0, -'/api/v1/query'.length);
      if (base === '/hang') {
        hanging.push(res);
        return;
      }
      if (base === '/down') return json(res, 503, { oops: true });
      if (query === 'bad(') return json(res, 400, { status: 'error', errorType: 'bad_data', error: 'parse error at char 5' });
      if (query === 'empty') return json(res, 200, { status: 'success', data: { resultType: 'vector', result: [] } });
      if (query === 'scalar') return json(res, 200, { status: 'success', data: { resultType: 'scalar', result: [1_700_000_000, '0.25'] } });
      if (query === 'matrix') return json(res, 200, { status: 'success', data: { resultType: 'matrix', result: [] } });
      if (query === 'nan') return json(res, 200, vector('NaN'));
      if (query === 'multi') return json(res, 200, vector('0.001', '0.2', '0.05'));
      if (query === 'high') return json(res, 200, vector('0.05'));
      return json(res, 200, vector('0.002'));
    }
    switch (url.pathname) {
      case '/stats':
        return json(res, 200, { errors: { rate: 0.5 }, 'p.95': '120', list: [{ v: 3 }] });
      case '/stats-empty':
        return json(res, 200, { errors: {} });
      case '/stats-text':
        return json(res, 200, { errors: { rate: 'lots' } });
      case '/stats-500':
        res.writeHead(500);
        res.end('boom');
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await server.close();
});

const prom = (query: string, extra: Partial<MetricSource> = {}): MetricSource =>
  ({ name: 'errors', kind: 'prometheus', url: `${server.url}/`, query, threshold: 0.01, ...extra }) as MetricSource;
const jsonSource = (path: string, url = '/stats', extra: Partial<MetricSource> = {}): MetricSource =>
  ({ name: 'stats', kind: 'json', url: `${server.url}${url}`, path, threshold: 1, ...extra }) as MetricSource;

describe('readMetric: Prometheus', () => {
  test('an instant vector: GET <base>/api/v1/query with the query encoded', async () => {
    const before = server.requests.length;
    const q = 'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))';
    expect(await readMetric(prom(q))).toEqual({ value: 0.002, reason: '0.002' });
    const seen = server.requests[before];
    expect(seen.method).toBe('GET');
    expect(new URL(seen.url, 'http://x').pathname).toBe('/api/v1/query');
    expect(new URL(seen.url, 'http://x').searchParams.get('query')).toBe(q);
  });

  test('a scalar', async () => {
    expect(await readMetric(prom('scalar'))).toEqual({ value: 0.25, reason: '0.25' });
  });

  test('several series: the worst one', async () => {
    expect(await readMetric(prom('multi'))).toEqual({ value: 0.2, reason: '0.2 (worst of 3 series)' });
    expect(await readMetric(prom('multi', { comparison: 'below' }))).toEqual({ value: 0.001, reason: '0.001 (worst of 3 series)' });
  });

  test('an empty result and NaN are no data', async () => {
    expect(await readMetric(prom('empty'))).toEqual({ empty: true, reason: 'no data (empty result)' });
    expect(await readMetric(prom('nan'))).toEqual({ empty: true, reason: 'no data (NaN)' });
  });

  test('errors are errors, not no data', async () => {
    expect(await readMetric(prom('bad('))).toEqual({ reason: 'prometheus error (HTTP 400): "parse error at char 5"' });
    expect(await readMetric(prom('matrix'))).toEqual({ reason: 'query returned a matrix; expected an instant vector or scalar' });
    expect(await readMetric({ ...prom('x'), url: `${server.url}/down` } as MetricSource)).toEqual({ reason: 'HTTP 503' });
    const port = await closedPort();
    const refused = await readMetric({ ...prom('x'), url: `http://127.0.0.1:${port}` } as MetricSource);
    expect(refused.value).toBeUndefined();
    expect(refused.empty).toBeUndefined();
    expect(refused.reason).toBe(`ECONNREFUSED 127.0.0.1:${port}`);
  });

  test('a timeout', async () => {
    const r = await readMetric({ ...prom('x'), url: `${server.url}/hang` } as MetricSource, fetch, 100);
    expect(r).toEqual({ reason: 'timeout after 100 ms' });
  });

  test('headers are sent and never in the reason', async () => {
    const before = server.requests.length;
    const r = await readMetric(prom('bad(', { headers: { Authorization: 'Basic c2VjcmV0' } }));
    expect(server.requests[before].headers.authorization).toBe('Basic c2VjcmV0');
    expect(JSON.stringify(r)).not.toContain('c2VjcmV0');
  });
});

describe('readMetric: JSON', () => {
  test('a number at a path, a numeric string, an array index, a quoted key', async () => {
    expect(await readMetric(jsonSource('errors.rate'))).toEqual({ value: 0.5, reason: '0.5' });
    expect(await readMetric(jsonSource('["p.95"]'))).toEqual({ value: 120, reason: '120' });
    expect(await readMetric(jsonSource('list[0].v'))).toEqual({ value: 3, reason: '3' });
  });
  test('a missing field is no data; text is an error; HTTP errors are errors', async () => {
    expect(await readMetric(jsonSource('errors.rate', '/stats-empty'))).toEqual({ empty: true, reason: 'no data (no errors.rate field)' });
    expect(await readMetric(jsonSource('errors.rate', '/stats-text'))).toEqual({ reason: 'errors.rate is not a number' });
    expect(await readMetric(jsonSource('errors.rate', '/stats-500'))).toEqual({ reason: 'HTTP 500' });
  });
  test('a bad path is reported without a request', async () => {
    const before = server.requests.length;
    const r = await readMetric(jsonSource('errors..rate'));
    expect(r.reason).toMatch(/^path "errors..rate" is not a field path/);
    expect(server.requests.length).toBe(before);
  });
});

describe('judgeMetric', () => {
  const src: MetricSource = { name: 'errors', kind: 'prometheus', url: 'http://127.0.0.1:9', query: 'x', threshold: 0.01 };
  test('above (default): fails when the value is above the threshold; equal passes', () => {
    expect(judgeMetric(src, { value: 0.05, reason: '0.05' })).toEqual({ ok: false, reason: '0.05 above 0.01' });
    expect(judgeMetric(src, { value: 0.01, reason: '0.01' })).toEqual({ ok: true, reason: '0.01 not above 0.01' });
  });
  test('below: fails when the value is below the threshold', () => {
    const s = { ...src, comparison: 'below', threshold: 0.99 } as MetricSource;
    expect(judgeMetric(s, { value: 0.95, reason: '0.95' })).toEqual({ ok: false, reason: '0.95 below 0.99' });
    expect(judgeMetric(s, { value: 0.999, reason: '0.999' })).toEqual({ ok: true, reason: '0.999 not below 0.99' });
  });
  test('no data fails unless noData: pass; errors always fail', () => {
    expect(judgeMetric(src, { empty: true, reason: 'no data (empty result)' })).toEqual({ ok: false, reason: 'no data (empty result)' });
    const lenient = { ...src, noData: 'pass' } as MetricSource;
    expect(judgeMetric(lenient, { empty: true, reason: 'no data (empty result)' })).toEqual({
      ok: true,
      reason: 'no data (empty result), allowed (noData: pass)'
    });
    expect(judgeMetric(lenient, { reason: 'HTTP 503' })).toEqual({ ok: false, reason: 'HTTP 503' });
  });
});

describe('watchWindow with metric sources', () => {
  const window = async (metrics: MetricSource[], durationMs = 5 * 60_000) => {
    const clock = new FakeClock();
    const { probe } = scripted(clock, { api: steps('P') });
    return watchWindow([check('api')], {
      durationMs,
      intervalMs: 60_000,
      errorRateThreshold: 0.01,
      latencyThresholdMs: 500,
      metrics,
      probe,
      clock
    });
  };

  test('metrics within thresholds: passed, every round reads them', async () => {
    const r = await window([prom('ok'), jsonSource('errors.rate')]);
    expect(r.verdict).toBe('passed');
    expect(r.rounds).toHaveLength(5);
    expect(r.metrics).toHaveLength(10);
    expect(r.rounds[0].metrics.map((m) => [m.name, m.value, m.ok])).toEqual([
      ['errors', 0.002, true],
      ['stats', 0.5, true]
    ]);
  });

  test('a metric above its threshold fails the window at once', async () => {
    const r = await window([prom('high')]);
    expect(r.verdict).toBe('failed');
    expect(r.stoppedEarly).toBe(true);
    expect(r.rounds).toHaveLength(1);
    expect(r.reason).toContain('metric errors: 0.05 above 0.01');
  });

  test('no data fails (inconclusive, and the reason says so), unless the source allows it', async () => {
    const strict = await window([prom('empty')]);
    expect(strict.verdict).toBe('failed');
    expect(strict.reason).toContain('inconclusive: metric errors: no data (empty result)');
    expect(strict.metrics[0]).toMatchObject({ ok: false, noData: true });
    const lenient = await window([prom('empty', { noData: 'pass' })]);
    expect(lenient.verdict).toBe('passed');
  });
});
