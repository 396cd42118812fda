/**
 * Waiting for production to become healthy, with Kubernetes-probe semantics and an injected clock.
 *
 * - A round probes every check at once; the round passes when every check passed.
 * - Healthy after `successThreshold` consecutive passing rounds. A failing round starts the count
 *   again. Default (defaultSuccessThreshold): 2 when the interval is under a minute, 1 from a
 *   minute on (a second round would add a long wait, and the monitoring window follows); never
 *   more than the rounds that fit in the budget. Two rounds in a row is what catches an
 *   instance that answers once during a rolling restart, or an old instance behind the load
 *   balancer (with `expect-version`).
 * - Rounds start `intervalMs` apart, start to start (a round slower than the interval is followed
 *   at once by the next). The first starts after `initialDelayMs` (default 0).
 * - The budget is `timeoutMs` from the call, the initial delay included. A round must start
 *   strictly before the budget ends (5m at 10s gives at most 30 rounds); a round that started in
 *   time is waited for (each probe is bounded by its own timeout).
 * - It gives up as soon as the rounds that still fit cannot make the consecutive passes needed,
 *   rather than probing on for nothing.
 * - No checks at all is not healthy ("missing data is not success").
 *
 * Percentiles are nearest-rank (see `percentile`). Latency statistics count every sample that got
 * an HTTP answer, and timeouts at the time waited (a timeout is at least that slow); connection
 * errors have no latency and count only as failures.
 */
import type { Clock } from '../clock.js';
import type { HealthCheckSpec } from './check-spec.js';
import { formatDuration } from '../config/durations.js';
import type { Probe, ProbeSample } from './probe.js';

export interface Round {
  /** 1-based. */
  index: number;
  startedAt: number;
  endedAt: number;
  /** One per check, in the order of the checks. */
  samples: ProbeSample[];
  /** Every check passed. */
  passed: boolean;
  /** Consecutive passing rounds up to and including this one (0 when this one failed). */
  consecutive: number;
}

export interface CheckStats {
  samples: number;
  failures: number;
  /** Nearest-rank percentiles of latency (ms); undefined when no sample has a latency. */
  p50: number | undefined;
  p95: number | undefined;
  /** The reason of the latest sample. */
  lastReason: string;
}

export interface HealthResult {
  verdict: 'passed' | 'failed';
  rounds: Round[];
  /** When the first failing probe started. */
  firstFailureAt?: number;
  decidedAt: number;
  reason: string;
  perCheck: Record<string, CheckStats>;
  /** The consecutive passing rounds that were required. */
  successThreshold: number;
}

// ---------------------------------------------------------------------------------------------
// Pure helpers

/**
 * Nearest-rank percentile: the smallest value such that at least p% of the values are at most
 * it, i.e. the value at rank ceil(p/100 × n) (1-based) in ascending order; p = 0 gives the
 * minimum. No interpolation: the result is always one of the values. Undefined for no values.
 * Example: p95 of 1..20 is 19, of 1..10 is 10, of [5] is 5.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is not between 0 and 100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The latencies that count for statistics: answered samples, and timeouts at the time waited. */
export function latencies(samples: readonly ProbeSample[]): number[] {
  return samples.filter((s) => s.status !== undefined || s.error === 'timeout').map((s) => s.latencyMs);
}

/** Statistics over samples (normally those of one check). */
export function summarize(samples: readonly ProbeSample[]): CheckStats {
  const values = latencies(samples);
  return {
    samples: samples.length,
    failures: samples.filter((s) => !s.ok).length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    lastReason: samples.length > 0 ? samples[samples.length - 1].reason : 'no samples'
  };
}

/** summarize, per check name (names in first-seen order). */
export function summarizeByCheck(samples: readonly ProbeSample[], names: readonly string[] = []): Record<string, CheckStats> {
  const groups = new Map<string, ProbeSample[]>();
  for (const name of names) groups.set(name, []);
  for (const sample of samples) {
    const list = groups.get(sample.check) ?? [];
    list.push(sample);
    groups.set(sample.check, list);
  }
  const out: Record<string, CheckStats> = {};
  for (const [name, list] of groups) out[name] = summarize(list);
  return out;
}

/** The default number of consecutive passing rounds (see the module comment). */
export function defaultSuccessThreshold(intervalMs: number, timeoutMs: number, initialDelayMs = 0): number {
  const wanted = intervalMs >= 60_000 ? 1 : 2;
  return Math.max(1, Math.min(wanted, roundsThatFit(timeoutMs - initialDelayMs, intervalMs)));
}

/** Rounds starting at 0, interval, 2·interval, ... strictly before `budgetMs`. */
export function roundsThatFit(budgetMs: number, intervalMs: number): number {
  if (budgetMs <= 0) return 0;
  return Math.ceil(budgetMs / Math.max(1, intervalMs));
}

/** `api: 503 (expected 200-299); web: timeout after 10s` for the failing samples of a round. */
export function failingReasons(samples: readonly ProbeSample[]): string {
  return samples
    .filter((s) => !s.ok)
    .map((s) => `${s.check}: ${s.reason}`)
    .join('; ');
}

// ---------------------------------------------------------------------------------------------
// Rounds

/** Probes every check at once; a probe that throws becomes a failed sample. */
export async function probeRound(
  checks: readonly HealthCheckSpec[],
  probe: Probe,
  clock: Clock,
  expectVersion?: string
): Promise<ProbeSample[]> {
  return Promise.all(
    checks.map(async (check) => {
      const at = clock.now();
      try {
        return await probe(check, expectVersion);
      } catch (error) {
        const message = error instanceof Error ? error.name : 'error';
        return { check: check.name, at, ok: false, latencyMs: clock.now() - at, error: message, reason: `probe failed (${message})` };
      }
    })
  );
}

export interface WaitHealthyOptions {
  timeoutMs: number;
  intervalMs: number;
  initialDelayMs?: number;
  /** Consecutive passing rounds needed; default: defaultSuccessThreshold. */
  successThreshold?: number;
  /** The version being verified, passed to every probe. */
  expectVersion?: string;
  probe: Probe;
  clock: Clock;
  onRound?: (round: Round) => void;
}

/** Probes in rounds until `successThreshold` consecutive rounds pass, or the budget is spent. */
export async function waitHealthy(checks: readonly HealthCheckSpec[], opts: WaitHealthyOptions): Promise<HealthResult> {
  const { clock, timeoutMs } = opts;
  const intervalMs = Math.max(1, opts.intervalMs);
  const initialDelayMs = Math.max(0, opts.initialDelayMs ?? 0);
  const threshold = Math.max(1, Math.floor(opts.successThreshold ?? defaultSuccessThreshold(intervalMs, timeoutMs, initialDelayMs)));
  const names = checks.map((c) => c.name);
  const start = clock.now();
  const deadline = start + timeoutMs;
  const rounds: Round[] = [];
  let firstFailureAt: number | undefined;

  const finish = (verdict: HealthResult['verdict'], reason: string): HealthResult => {
    const result: HealthResult = {
      verdict,
      rounds,
      decidedAt: clock.now(),
      reason,
      perCheck: summarizeByCheck(
        rounds.flatMap((r) => r.samples),
        names
      ),
      successThreshold: threshold
    };
    if (firstFailureAt !== undefined) result.firstFailureAt = firstFailureAt;
    return result;
  };

  if (checks.length === 0) return finish('failed', 'no health checks to run: no data is not healthy');

  const budget = formatDuration(timeoutMs);
  let nextStart = start + initialDelayMs;
  if (nextStart >= deadline) {
    return finish('failed', `not healthy: the initial delay ${formatDuration(initialDelayMs)} leaves no time for a round within ${budget}`);
  }
  await clock.sleep(nextStart - clock.now());

  let consecutive = 0;
  for (;;) {
    const startedAt = clock.now();
    if (startedAt >= deadline) return finish('failed', failedReason(rounds, threshold, budget, false));
    const samples = await probeRound(checks, opts.probe, clock, opts.expectVersion);
    const passed = samples.every((s) => s.ok);
    consecutive = passed ? consecutive + 1 : 0;
    if (!passed && firstFailureAt === undefined) firstFailureAt = Math.min(...samples.filter((s) => !s.ok).map((s) => s.at));
    const round: Round = { index: rounds.length + 1, startedAt, endedAt: clock.now(), samples, passed, consecutive };
    rounds.push(round);
    opts.onRound?.(round);

    if (consecutive >= threshold) {
      const first = round.index - threshold + 1;
      const which = threshold === 1 ? `round ${round.index}` : `rounds ${first}-${round.index}`;
      const versionNote = opts.expectVersion !== undefined ? `, version ${opts.expectVersion}` : '';
      return finish(
        'passed',
        `healthy: ${threshold} consecutive passing round${threshold === 1 ? '' : 's'} (${which}, ${formatDuration(clock.now() - start)} after the start${versionNote})`
      );
    }

    nextStart = Math.max(startedAt + intervalMs, clock.now());
    const left = roundsThatFit(deadline - nextStart, intervalMs);
    if (left < threshold - consecutive) return finish('failed', failedReason(rounds, threshold, budget, left > 0));
    await clock.sleep(nextStart - clock.now());
  }
}

function failedReason(rounds: readonly Round[], threshold: number, budget: string, early: boolean): string {
  const passedRounds = rounds.filter((r) => r.passed).length;
  const lastFailed = [...rounds].reverse().find((r) => !r.passed);
  const parts = [`not healthy within ${budget}`];
  if (rounds.length === 0) {
    parts.push('no round could run');
  } else if (passedRounds === 0) {
    parts.push(`all ${rounds.length} round${rounds.length === 1 ? '' : 's'} failed`);
  } else {
    parts.push(`${passedRounds} of ${rounds.length} rounds passed, ${threshold} in a row needed`);
  }
  let reason = parts.join(': ');
  if (early) reason += ` (stopped early: the rounds left could not make ${threshold} in a row)`;
  if (lastFailed) reason += `; last failure (round ${lastFailed.index}): ${failingReasons(lastFailed.samples)}`;
  return reason;
}

// ---------------------------------------------------------------------------------------------
// Baseline

export interface Baseline {
  at: number;
  samples: ProbeSample[];
  /** Nearest-rank p95 of the latencies of the passing samples; undefined when none passed. */
  p95Ms?: number;
  /** Set when production is already unhealthy before the deploy. */
  warning?: string;
}

/**
 * One round before deploying, without a version to verify (the old version is expected there).
 * Production failing it does not stop the deploy; it is a warning for the report, because
 * failures after the deploy would then not be the new release's doing alone.
 */
export async function baseline(checks: readonly HealthCheckSpec[], probe: Probe, clock: Clock): Promise<Baseline> {
  const at = clock.now();
  const samples = await probeRound(checks, probe, clock);
  const result: Baseline = { at, samples };
  const p95 = percentile(
    latencies(samples.filter((s) => s.ok)),
    95
  );
  if (p95 !== undefined) result.p95Ms = p95;
  const failing = samples.filter((s) => !s.ok);
  if (failing.length > 0) {
    result.warning = `production is already unhealthy before the deploy (${failing.length} of ${samples.length} checks failed): ${failingReasons(samples)}`;
  }
  return result;
}
