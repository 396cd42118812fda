/**
 * A Clock whose time only moves when told: `sleep` advances virtual time at once (no real
 * waiting), `advance` moves it by hand (e.g. a fake probe taking 120 ms).
 *
 *   const clock = new FakeClock(1_000_000);
 *   await clock.sleep(5_000);   // returns immediately; clock.now() === 1_005_000
 *   clock.sleeps                // [5000]
 */
import type { Clock } from '../../src/clock.js';

export class FakeClock implements Clock {
  /** Every sleep asked for, in ms (negative requests recorded as 0). */
  readonly sleeps: number[] = [];

  constructor(private time = 1_700_000_000_000) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    const by = Math.max(0, ms);
    this.sleeps.push(by);
    this.time += by;
    return Promise.resolve();
  }

  advance(ms: number): void {
    this.time += Math.max(0, ms);
  }

  /** Moves time forward to `t` (never back): concurrent fake work ending at different times. */
  advanceTo(t: number): void {
    this.time = Math.max(this.time, t);
  }

  /** Total virtual time slept. */
  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}
