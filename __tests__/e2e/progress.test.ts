/**
 * Progress during a slow deploy run, end to end: the bundle waits for a run that stays queued,
 * then in progress, polled only every 10 s (deploy-timeout 5m); the heartbeat interval is scaled
 * down to 1 s (SHIP_PROD_PROGRESS_MS), so the lines' spacing is measured in seconds, not minutes.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { explain, shipFixture, type ShipFixture } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

/** `1.5s`, `800 ms`, `1m 5s` back to milliseconds. */
function toMs(text: string): number {
  if (text.endsWith(' ms')) return Number(text.slice(0, -3));
  return text.split(' ').reduce((sum, part) => sum + Number(part.slice(0, -1)) * (part.endsWith('m') ? 60_000 : part.endsWith('h') ? 3_600_000 : 1_000), 0);
}

describe('progress during a slow deploy run', () => {
  it('shows the queued state at once, then a line at least every interval with what, how long and the link, until it completes', async () => {
    fx = await shipFixture();
    fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['queued', 'in_progress'], stepMs: 2500, conclusion: 'success' };
    const result = await fx.ship({ 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '5m' }, { env: { SHIP_PROD_PROGRESS_MS: '1000' } });
    if (result.outputs.status !== 'shipped') throw new Error(explain(result));
    const runUrl = result.outputs['deploy-run-url']!;
    const lines = result.stdout.split('\n').filter((l) => l.startsWith('⏳ deploy run of deploy.yml (v1.5.0)'));
    expect(lines[0]).toMatch(/\(dispatching at v1\.5\.0\): /);
    expect(lines[1]).toBe(`⏳ deploy run of deploy.yml (v1.5.0) (queued): ${lines[1]!.match(/: (.*) so far/)![1]} so far · ${runUrl}`);
    expect(lines.at(-1)).toMatch(new RegExp(`\\(completed, success\\): .* so far · ${runUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    const elapsed = lines.map((l) => toMs(/: ([^:]*) so far/.exec(l)![1]!));
    const gaps = elapsed.slice(1).map((t, i) => t - elapsed[i]!);
    // The run is polled every 10 s; between polls the heartbeat keeps the log moving.
    expect(elapsed.at(-1)!).toBeGreaterThanOrEqual(9_000);
    expect(lines.length).toBeGreaterThanOrEqual(9);
    // 1 s apart, give or take the poll's request and a busy machine's timers.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2_000);
    const sorted = [...gaps].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]!).toBeLessThanOrEqual(1_200);
    console.log(`progress lines: ${lines.length}, gaps ms: ${gaps.join(', ')}`);
  }, 60_000);
});
