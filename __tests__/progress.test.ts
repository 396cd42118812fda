/** The progress helper: state changes at once, heartbeats in every silence, on an injected clock. */
import { describe, expect, it } from '@jest/globals';
import { Progress, PROGRESS_EVERY_MS } from '../src/progress.js';
import { FakeClock } from './helpers/fake-clock.js';

function recorder(clock: FakeClock, opts: { everyMs?: number; link?: string } = {}) {
  const lines: Array<{ at: number; line: string }> = [];
  const start = clock.now();
  const progress = new Progress({ what: 'deploy run 7', clock, log: (line) => lines.push({ at: clock.now() - start, line }), ...opts });
  const gaps = () => lines.map((l, i) => l.at - (i === 0 ? 0 : lines[i - 1]!.at));
  return { progress, lines, gaps };
}

describe('Progress', () => {
  it('a poll loop of 20 minutes (10 s polls, two state changes) logs at least every 20 s, and each line says what, how long, where', async () => {
    const clock = new FakeClock();
    const { progress, lines, gaps } = recorder(clock, { link: 'https://github.test/acme/x/actions/runs/7' });
    const states = new Map([
      [0, 'queued'],
      [300_000, 'in_progress'],
      [1_190_000, 'completed']
    ]);
    for (let t = 0; t < 1_200_000; t += 10_000) {
      const state = states.get(t);
      if (state) progress.update(state);
      await progress.sleep(10_000);
    }
    expect(Math.max(...gaps())).toBeLessThanOrEqual(PROGRESS_EVERY_MS);
    expect(lines.length).toBeGreaterThanOrEqual(1_200_000 / PROGRESS_EVERY_MS);
    expect(lines[0]!.line).toBe('⏳ deploy run 7 (queued): 0 ms so far · https://github.test/acme/x/actions/runs/7');
    expect(lines.find((l) => l.at === 40_000)?.line).toBe('⏳ deploy run 7 (queued): 40s so far · https://github.test/acme/x/actions/runs/7');
    expect(lines.filter((l) => l.line.includes('(in_progress): 5m so far'))).toHaveLength(1);
    expect(lines.at(-1)!.line).toContain('(completed): 19m 50s so far');
  });

  it('one long sleep (a 2-minute window interval) is cut for each heartbeat: no silence longer than the interval', async () => {
    const clock = new FakeClock();
    const { progress, gaps } = recorder(clock, { everyMs: 30_000 });
    progress.update('round 1 passed');
    await progress.sleep(120_000);
    expect(gaps()).toEqual([0, 30_000, 30_000, 30_000, 30_000]);
    expect(clock.slept).toBe(120_000);
  });

  it('its own lines (round results) count as progress: no heartbeat right after one', async () => {
    const clock = new FakeClock();
    const { progress, lines } = recorder(clock, { everyMs: 20_000 });
    for (let round = 1; round <= 4; round++) {
      progress.note(`health round ${round}: app ok`);
      await progress.sleep(15_000);
    }
    expect(lines.map((l) => l.line)).toEqual(['health round 1: app ok', 'health round 2: app ok', 'health round 3: app ok', 'health round 4: app ok']);
  });

  it('an unchanged state is not repeated; a new link is shown', () => {
    const clock = new FakeClock();
    const { progress, lines } = recorder(clock);
    progress.update('queued');
    progress.update('queued');
    progress.update('queued', 'https://x.test/run/1');
    expect(lines.map((l) => l.line)).toEqual(['⏳ deploy run 7 (queued): 0 ms so far', '⏳ deploy run 7 (queued): 0 ms so far · https://x.test/run/1']);
  });

  it('the clock it hands out sleeps with heartbeats', async () => {
    const clock = new FakeClock();
    const { progress, lines } = recorder(clock, { everyMs: 5_000 });
    await progress.clock.sleep(12_000);
    expect(lines.map((l) => l.at)).toEqual([5_000, 10_000]);
    expect(progress.clock.now()).toBe(clock.now());
  });

  it('watch: heartbeats while one piece of work runs (real time, short interval), and none after it ends', async () => {
    const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
    const times: number[] = [];
    const progress = new Progress({ what: 'deploy command', clock, everyMs: 100, log: () => times.push(Date.now()) });
    const started = Date.now();
    const value = await progress.watch(new Promise<string>((resolve) => setTimeout(() => resolve('done'), 450)));
    expect(value).toBe('done');
    const count = times.length;
    expect(count).toBeGreaterThanOrEqual(3);
    const gaps = times.map((t, i) => t - (i === 0 ? started : times[i - 1]!));
    expect(Math.max(...gaps)).toBeLessThan(200);
    await new Promise((r) => setTimeout(r, 250));
    expect(times).toHaveLength(count);
  });
});
