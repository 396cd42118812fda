import { describe, expect, test } from '@jest/globals';
import type { HealthCheckSpec } from '../../src/verify/check-spec.js';
import { judgeResponse, normalizeVersion, type ProbeResponse } from '../../src/verify/probe.js';
import { percentile, summarize } from '../../src/verify/rounds.js';
import { readField } from '../../src/verify/fields.js';
import type { ProbeSample } from '../../src/verify/probe.js';

const check = (extra: Partial<HealthCheckSpec> = {}): HealthCheckSpec => ({
  name: 'api',
  url: 'https://example.test/healthz',
  method: 'GET',
  headers: {},
  expectStatus: [{ min: 200, max: 299 }],
  timeoutMs: 10_000,
  ...extra
});
const ok = (body: string, status = 200, latencyMs = 40): ProbeResponse => ({ status, body, latencyMs });

describe('judgeResponse: status', () => {
  test('2xx passes with a short reason', () => {
    expect(judgeResponse(check(), ok('fine'))).toEqual({ ok: true, reason: '200 in 40 ms' });
  });
  test('503 fails naming the expected range', () => {
    expect(judgeResponse(check(), ok('down', 503))).toEqual({ ok: false, reason: '503 (expected 200-299)' });
  });
  test('several ranges and single codes', () => {
    const c = check({ expectStatus: [{ min: 200, max: 204 }, { min: 404, max: 404 }] });
    expect(judgeResponse(c, ok('', 404)).ok).toBe(true);
    expect(judgeResponse(c, ok('', 205)).reason).toBe('205 (expected 200-204, 404)');
  });
  test('a redirect is not success', () => {
    expect(judgeResponse(check(), ok('', 302))).toMatchObject({ ok: false, reason: '302 (expected 200-299)' });
  });
  test('an empty expectStatus means 2xx', () => {
    expect(judgeResponse(check({ expectStatus: [] }), ok('', 500)).reason).toBe('500 (expected 200-299)');
  });
});

describe('judgeResponse: transport errors', () => {
  test('timeout names the timeout', () => {
    expect(judgeResponse(check({ timeoutMs: 10_000 }), { error: 'timeout' })).toEqual({ ok: false, reason: 'timeout after 10s' });
    expect(judgeResponse(check({ timeoutMs: 100 }), { error: 'timeout' }).reason).toBe('timeout after 100 ms');
  });
  test('connection refused is a failure', () => {
    expect(judgeResponse(check(), { error: 'ECONNREFUSED 127.0.0.1:9' })).toEqual({ ok: false, reason: 'ECONNREFUSED 127.0.0.1:9' });
  });
});

describe('judgeResponse: body', () => {
  test('bodyContains', () => {
    const c = check({ bodyContains: 'ok' });
    expect(judgeResponse(c, ok('status: ok')).ok).toBe(true);
    expect(judgeResponse(c, ok('status: down'))).toEqual({ ok: false, reason: 'body does not contain "ok"' });
  });
  test('bodyMatches is a regular expression', () => {
    const c = check({ bodyMatches: 'status.*(ok|up)' });
    expect(judgeResponse(c, ok('{"status": "up"}')).ok).toBe(true);
    expect(judgeResponse(c, ok('{"status": "down"}')).reason).toBe('body does not match /status.*(ok|up)/');
  });
  test('a truncated body says so', () => {
    const r = judgeResponse(check({ bodyContains: 'tail' }), { status: 200, body: 'x', latencyMs: 1, truncated: true });
    expect(r.reason).toBe('body does not contain "tail" (first 64 KiB read)');
  });
  test('several body problems are all named', () => {
    const r = judgeResponse(check({ bodyContains: 'ok', maxLatencyMs: 10 }), ok('no', 200, 50));
    expect(r).toEqual({ ok: false, reason: 'body does not contain "ok"; latency 50 ms (max 10 ms)' });
  });
});

describe('judgeResponse: json', () => {
  const json = (path: string, oneOf: string[], segments?: Array<string | number>): HealthCheckSpec['json'] =>
    segments ? { path, oneOf, segments } : { path, oneOf };
  test('a nested field equal to one of the values', () => {
    const c = check({ json: json('checks[1].state', ['ok', 'degraded']) });
    expect(judgeResponse(c, ok('{"checks":[{"state":"x"},{"state":"degraded"}]}')).ok).toBe(true);
    expect(judgeResponse(c, ok('{"checks":[{"state":"x"},{"state":"down"}]}')).reason).toBe(
      'checks[1].state is "down" (expected one of ok, degraded)'
    );
  });
  test('quoted keys, numbers and booleans compared as strings', () => {
    expect(judgeResponse(check({ json: json('["app.ready"]', ['true']) }), ok('{"app.ready":true}')).ok).toBe(true);
    expect(judgeResponse(check({ json: json('db.up', ['1']) }), ok('{"db":{"up":1}}')).ok).toBe(true);
  });
  test('segments from the settings are used as given', () => {
    const c = check({ json: json('ignored', ['ok'], ['a', 0]) });
    expect(judgeResponse(c, ok('{"a":["ok"]}')).ok).toBe(true);
  });
  test('missing field, not JSON, object value', () => {
    const c = check({ json: json('status', ['ok']) });
    expect(judgeResponse(c, ok('{"state":"ok"}')).reason).toBe('no field status in body (expected ok)');
    expect(judgeResponse(c, ok('<html>ok</html>')).reason).toBe('body is not JSON');
    expect(judgeResponse(c, ok('{"status":{"x":1}}')).reason).toBe('status is an object (expected ok)');
  });
  test('the path never reaches prototypes or string characters', () => {
    expect(readField({}, ['constructor'])).toEqual({ found: false });
    expect(readField({ a: 'xyz' }, ['a', 0])).toEqual({ found: false });
    expect(readField([1, 2], ['length'])).toEqual({ found: false });
    expect(readField({ a: [{ b: 'c' }] }, ['a', 0, 'b'])).toEqual({ found: true, value: 'c' });
  });
});

describe('judgeResponse: version', () => {
  const v = check({ expectVersion: true });
  test('an old instance answering 200 does not pass', () => {
    expect(judgeResponse(v, ok('{"version":"1.4.0"}'), '1.5.0')).toEqual({
      ok: false,
      reason: 'version 1.4.0 (expected 1.5.0)',
      version: '1.4.0'
    });
  });
  test('the new version passes; a leading v is ignored on both sides', () => {
    expect(judgeResponse(v, ok('{"version":"v1.5.0"}'), '1.5.0')).toEqual({ ok: true, reason: '200 in 40 ms, version v1.5.0', version: 'v1.5.0' });
    expect(judgeResponse(v, ok('{"version":"1.5.0"}'), 'v1.5.0').ok).toBe(true);
  });
  test('a plain-text body that is the version', () => {
    expect(judgeResponse(v, ok('1.5.0\n'), '1.5.0').ok).toBe(true);
    expect(judgeResponse(v, ok('1.4.9'), '1.5.0').reason).toBe('version 1.4.9 (expected 1.5.0)');
    expect(judgeResponse(v, ok('OK'), '1.5.0').reason).toBe('no version in body');
  });
  test('json.path with no values is the version field', () => {
    const c = check({ expectVersion: true, json: { path: 'build.release', oneOf: [] } });
    expect(judgeResponse(c, ok('{"build":{"release":"1.5.0"},"version":"0.0.0"}'), '1.5.0').ok).toBe(true);
    expect(judgeResponse(c, ok('{"version":"1.5.0"}'), '1.5.0').reason).toBe('no build.release field in body');
  });
  test('json with values stays a status check; the version comes from `version`', () => {
    const c = check({ expectVersion: true, json: { path: 'status', oneOf: ['ok'] } });
    expect(judgeResponse(c, ok('{"status":"ok","version":"1.5.0"}'), '1.5.0').ok).toBe(true);
    expect(judgeResponse(c, ok('{"status":"ok","version":"1.4.0"}'), '1.5.0').ok).toBe(false);
  });
  test('a JSON body without a version fails', () => {
    expect(judgeResponse(v, ok('{"status":"ok"}'), '1.5.0')).toEqual({ ok: false, reason: 'no version field in body' });
  });
  test('without a version to verify the version is only reported', () => {
    expect(judgeResponse(v, ok('{"version":"1.4.0"}'))).toEqual({ ok: true, reason: '200 in 40 ms, version 1.4.0', version: '1.4.0' });
    expect(judgeResponse(v, ok('{"status":"ok"}')).ok).toBe(true);
  });
  test('a check without expectVersion ignores the version', () => {
    expect(judgeResponse(check(), ok('{"version":"1.4.0"}'), '1.5.0')).toEqual({ ok: true, reason: '200 in 40 ms' });
  });
  test('a failing status still reports the version seen', () => {
    expect(judgeResponse(v, ok('{"version":"1.5.0"}', 500), '1.5.0')).toEqual({ ok: false, reason: '500 (expected 200-299)', version: '1.5.0' });
  });
  test('normalizeVersion', () => {
    expect(normalizeVersion(' v2.0.0 ')).toBe('2.0.0');
    expect(normalizeVersion('version')).toBe('version');
  });
});

describe('judgeResponse: header values never in a reason', () => {
  const secret = 'tok-0123456789abcdef0123456789abcdef0123456789';
  test('a long field value holding a header value is redacted before it is shortened', () => {
    const c = check({ headers: { Authorization: secret }, json: { path: 'status', oneOf: ['ok'] } });
    const r = judgeResponse(c, ok(JSON.stringify({ status: `${secret} and more text after it` })));
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('status is "*** and more text after it" (expected ok)');
  });
  test('a version holding a header value', () => {
    const c = check({ headers: { 'X-Key': secret }, expectVersion: true });
    const r = judgeResponse(c, ok(JSON.stringify({ version: `${secret}${'x'.repeat(50)}` })), '1.5.0');
    expect(JSON.stringify(r)).not.toContain('tok-0123');
  });
});

describe('judgeResponse: latency', () => {
  test('over maxLatencyMs fails', () => {
    const c = check({ maxLatencyMs: 500 });
    expect(judgeResponse(c, ok('', 200, 500)).ok).toBe(true);
    expect(judgeResponse(c, ok('', 200, 812))).toEqual({ ok: false, reason: 'latency 812 ms (max 500 ms)' });
  });
});

describe('percentile (nearest rank)', () => {
  const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
  test.each([
    ['1..20', oneTo(20), 95, 19],
    ['1..20', oneTo(20), 50, 10],
    ['1..10', oneTo(10), 95, 10],
    ['1..100', oneTo(100), 95, 95],
    ['1..100', oneTo(100), 99, 99],
    ['[5]', [5], 95, 5],
    ['[5]', [5], 0, 5],
    ['[30,10,20]', [30, 10, 20], 50, 20],
    ['[30,10,20]', [30, 10, 20], 0, 10],
    ['[30,10,20]', [30, 10, 20], 100, 30]
  ])('%s p%d = %d', (_label, values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
  test('no values: undefined', () => {
    expect(percentile([], 95)).toBeUndefined();
  });
  test('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
  test('p outside 0..100 throws', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  const s = (ok: boolean, latencyMs: number, extra: Partial<ProbeSample> = {}): ProbeSample => ({
    check: 'api',
    at: 0,
    ok,
    latencyMs,
    status: 200,
    reason: ok ? 'fine' : 'bad',
    ...extra
  });
  test('counts, nearest-rank percentiles, last reason', () => {
    const samples = [s(true, 10), s(true, 20), s(false, 30, { reason: '503 (expected 200-299)', status: 503 }), s(true, 40)];
    expect(summarize(samples)).toEqual({ samples: 4, failures: 1, p50: 20, p95: 40, lastReason: 'fine' });
  });
  test('timeouts count at the time waited; connection errors have no latency', () => {
    const samples = [
      s(true, 10),
      { check: 'api', at: 0, ok: false, latencyMs: 10_000, error: 'timeout', reason: 'timeout after 10s' },
      { check: 'api', at: 0, ok: false, latencyMs: 1, error: 'ECONNREFUSED x', reason: 'ECONNREFUSED x' }
    ];
    expect(summarize(samples)).toEqual({ samples: 3, failures: 2, p50: 10, p95: 10_000, lastReason: 'ECONNREFUSED x' });
  });
  test('no samples', () => {
    expect(summarize([])).toEqual({ samples: 0, failures: 0, p50: undefined, p95: undefined, lastReason: 'no samples' });
  });
});
