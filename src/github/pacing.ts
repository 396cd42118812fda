/**
 * How fast ship-prod may talk to GitHub, decided once for every client: the spacing of writes,
 * the back-offs, and the one thing tests may change, the time scale.
 *
 * GitHub's documented secondary limits: no concurrent requests from one integration (writes are
 * made one at a time, see writes.ts), at most 80 content-creating requests a minute and 500 an
 * hour, and `retry-after` / `x-ratelimit-reset` honoured. A ship makes about a dozen writes (a
 * fleet of six environments in waves, about fifty), so instead of a fixed second before every
 * write (plugin-throttling's default), writes draw from a bucket: a burst of WRITE_BURST writes
 * goes out unspaced, after which one write is let through every WRITE_REFILL_MS. Whatever the
 * code does, a minute holds at most WRITE_BURST + 60 000 / WRITE_REFILL_MS = 75 writes, under 80. Writes that notify people
 * (releases) have their own smaller bucket. Rate-limit answers are waited out by
 * plugin-throttling (retry-after, else the reset time), back-offs after errors by plugin-retry.
 */
import Bottleneck from 'bottleneck/light.js';

// The time scale is read apart (time-scale.ts): the runner's facts need it without Bottleneck.
export { timeScaleFrom } from './time-scale.js';

/** Writes that go out unspaced: a fleet's ship fits in it (a burst of 15 spaced a six-environment ship's waves by 2 s a write). */
export const WRITE_BURST = 45;
/** After the burst: one write per this many ms (30 a minute). */
export const WRITE_REFILL_MS = 2_000;
/** Writes that notify (POST /releases): a burst of 3, then one per 3 s (plugin-throttling's own spacing). */
export const NOTIFY_BURST = 3;
export const NOTIFY_REFILL_MS = 3_000;
/** Retries of a failed request (plugin-retry waits 1, 4, 9 s) and of a rate-limited one. */
export const RETRIES = 3;
/** A primary rate limit that resets later than this is not waited for: the run fails and says so. */
export const MAX_RATE_LIMIT_WAIT_S = 15 * 60;

/** The throttling plugin's write and notification groups: token buckets, scaled in time. */
export function writeGroups(timeScale: number): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  const bucket = (burst: number, refillMs: number) => {
    const interval = Math.max(1, Math.round(refillMs * timeScale));
    return new Bottleneck.Group({
      maxConcurrent: 1,
      minTime: 0,
      reservoir: burst,
      reservoirIncreaseAmount: 1,
      reservoirIncreaseInterval: interval,
      reservoirIncreaseMaximum: burst,
      // The bucket is refilled on Bottleneck's heartbeat (250 ms by default): keep up with a scaled interval.
      heartbeatInterval: Math.min(250, interval)
    });
  };
  return { write: bucket(WRITE_BURST, WRITE_REFILL_MS), notifications: bucket(NOTIFY_BURST, NOTIFY_REFILL_MS) };
}

/** plugin-retry's wait after the n-th failure (1-based): n² seconds, scaled. */
export function backoffMs(attempt: number, timeScale: number): number {
  return attempt * attempt * 1000 * timeScale;
}

/**
 * Bottleneck (the throttling and retry plugins' limiters) keeps its state in an in-memory store
 * that awaits `setTimeout(0)` before each step, standing in for the Redis store of a cluster
 * whose answers come a round trip later. A timer waits at least 1 ms: with both plugins' limiters,
 * about 7 ms before each request is sent, for nothing. The store yields with setImmediate instead:
 * still after the current turn of the event loop, as Bottleneck's steps are written to expect (its
 * Redis store answers at any later time), without the timer's minimum. What is limited, spaced and
 * retried is unchanged. Measured (a local server, the client as it ships): octokit.request to the
 * server 11 ms with timers, 4 ms with setImmediate. Applied once, to the store every limiter
 * shares (Bottleneck 2.19, whose last release this is); `quickYields()` says whether it holds.
 */
type Store = { yieldLoop(t?: number): Promise<void>; Promise: PromiseConstructor };

function storePrototype(): Store | undefined {
  const store = (new Bottleneck() as unknown as { _store?: object })._store;
  const proto = store && (Object.getPrototypeOf(store) as Partial<Store>);
  return proto && typeof proto.yieldLoop === 'function' ? (proto as Store) : undefined;
}

function yieldAtOnce(this: Store): Promise<void> {
  return new this.Promise((resolve) => setImmediate(resolve));
}

export function quickenLimiters(): void {
  const proto = storePrototype();
  if (proto && proto.yieldLoop !== yieldAtOnce) proto.yieldLoop = yieldAtOnce;
}

/** Whether Bottleneck's store yields without a timer (quickenLimiters took hold). */
export function quickYields(): boolean {
  return storePrototype()?.yieldLoop === yieldAtOnce;
}
