/** The waves measurement's reading of a ship: each wave's span, its requests and how far apart its deploy runs were created. */
import { describe, expect, it } from '@jest/globals';
import type { RequestLogEntry } from '../../sandbox/github/types.js';
import { waveSpans, type Report } from '../../scripts/measure-waves.js';

const T0 = Date.parse('2026-12-05T10:00:00.000Z');
const row = (name: string, wave: string, startMs: number, durationMs: number) => ({ name, wave, startedAt: new Date(T0 + startMs).toISOString(), durationMs });
const request = (startMs: number): RequestLogEntry => ({ seq: 0, method: 'GET', path: '/x', query: '', operationId: null, status: 200, conditional: false, startedAt: T0 + startMs, durationMs: 50, schemaErrors: [] });
const run = (environment: string, createdMs: number) => ({ inputs: { environment }, createdAtMs: T0 + createdMs });

describe('waveSpans', () => {
  const report: Report = {
    status: 'shipped',
    environments: [
      row('prod-canary', 'canary', 0, 2000),
      row('prod-eu', 'first', 3000, 2500),
      row('prod-us', 'first', 3100, 3000),
      row('prod-ap', 'rest', 7000, 2000),
      row('prod-sa', 'rest', 7200, 2000),
      row('prod-me', 'rest', 9000, 2500)
    ]
  };
  const requests = [request(-500), request(0), request(1999), request(2000), request(3050), request(6099), request(6100), request(11_499)];
  const runs = [run('prod-canary', 100), run('prod-eu', 3100), run('prod-us', 3300), run('prod-ap', 7100), run('prod-sa', 7300), run('prod-me', 9100), run('production', 0)];
  const spans = waveSpans(report, requests, runs);

  it.each([
    ['canary: one environment', 0, { startMs: T0, endMs: T0 + 2000, spanMs: 2000, requests: 2 }],
    ['first: the earliest start to the latest end, not the longest unit', 1, { startMs: T0 + 3000, endMs: T0 + 6100, spanMs: 3100, requests: 2 }],
    ['rest: a late environment stretches the span', 2, { startMs: T0 + 7000, endMs: T0 + 11_500, spanMs: 4500, requests: 1 }]
  ])('%s', (_name, k, expected) => {
    expect(spans[k]).toMatchObject(expected);
  });

  it("a wave's deploy runs: how far apart they were created (only its own environments' runs)", () => {
    expect(spans.map((s) => s.dispatchSpreadMs)).toEqual([0, 200, 2000]);
  });

  it('a wave without dispatched runs has no spread', () => {
    expect(waveSpans(report, requests, [])[1]!.dispatchSpreadMs).toBeNaN();
  });
});
