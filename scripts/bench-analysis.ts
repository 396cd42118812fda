/**
 * npm run bench:analysis: how often the analysis (new compared with old) and today's
 * fixed-threshold judge (verify/window.ts judgeWindow, at its defaults) fail a window, on the same
 * simulated windows; and how long a window must be, at the default monitor-interval (30s), to
 * catch each regression 90% of the time.
 *
 * The simulation (seeded, so every run prints the same table):
 * - a window of n rounds; each round probes the new version once and the old version once;
 * - a probe fails with the version's error rate (a 503 answer) and takes a latency drawn from a
 *   log-normal distribution: median 100 ms, σ = 0.5 on the log scale (p95 ≈ 2.3 × the median,
 *   a web service's usual tail), rounded to whole ms (so ties happen, as they do in real probes);
 * - "analysis" is analyzeWindow over the two series, with the hard limits loose
 *   (error-rate-threshold 0.5, latency-threshold 500ms) as a user relying on the comparison
 *   would set them; "fixed" is judgeWindow over the new series with the defaults
 *   (error-rate-threshold 0.01, latency-threshold 500ms) and the baseline p95 of one probe of the
 *   old version before the deploy, as the action measures it today.
 *
 * The windows needed for 90% detection: for errors, exact (Boschloo's rejection region, summed
 * over the binomial distributions of both series); for latency, simulated. A window needs at least
 * 20 samples per series when comparing, so no answer is below 20 rounds (10 minutes at 30s).
 *
 * Usage: tsx scripts/bench-analysis.ts [--sims 2000]
 */
import { performance } from 'node:perf_hooks';
import { formatDuration } from '../src/config/durations.js';
import { analyzeWindow } from '../src/verify/analysis/analyze.js';
import { MIN_COMPARE_SAMPLES } from '../src/verify/window-plan.js';
import { binomialPmf } from '../src/verify/analysis/distributions.js';
import { boschlooFisherThreshold, fisherGreater } from '../src/verify/analysis/proportions.js';
import { seriesOf } from '../src/verify/analysis/series.js';
import type { ProbeSample } from '../src/verify/probe.js';
import { judgeWindow, percentile } from '../src/verify/index.js';

const INTERVAL_MS = 30_000;
const SIZES = [20, 40, 80];
const MEDIAN_MS = 100;
const SIGMA = 0.5;
const LIMITS = { minSamples: MIN_COMPARE_SAMPLES, errorRateThreshold: 0.5, latencyThresholdMs: 500 };
const FIXED = { errorRateThreshold: 0.01, latencyThresholdMs: 500 };

/** mulberry32: a small seeded PRNG (uniform in [0, 1)). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

interface Version {
  errorRate: number;
  medianMs: number;
}

interface Scenario {
  name: string;
  old: Version;
  new: Version;
  /** A regression (detection rate) or identical versions (false-alarm rate). */
  regression: boolean;
}

const v = (errorRate: number, medianMs = MEDIAN_MS): Version => ({ errorRate, medianMs });
const SCENARIOS: Scenario[] = [
  { name: 'identical, 0% errors', old: v(0), new: v(0), regression: false },
  { name: 'identical, 0.5% errors', old: v(0.005), new: v(0.005), regression: false },
  { name: 'identical, 1% errors', old: v(0.01), new: v(0.01), regression: false },
  { name: '+5% errors over 0%', old: v(0), new: v(0.05), regression: true },
  { name: '+5% errors over 0.5%', old: v(0.005), new: v(0.055), regression: true },
  { name: '+5% errors over 1%', old: v(0.01), new: v(0.06), regression: true },
  { name: '1.5× latency (median 100 → 150 ms)', old: v(0), new: v(0, 1.5 * MEDIAN_MS), regression: true },
  { name: 'Kayenta case: 0% errors vs 3.5%', old: v(0), new: v(0.035), regression: true },
  { name: 'Kayenta case: 0% errors vs 10%', old: v(0), new: v(0.1), regression: true },
  { name: 'Kayenta case: 0% errors vs 18%', old: v(0), new: v(0.18), regression: true }
];

function probe(check: string, version: Version, at: number, random: () => number): ProbeSample {
  // Box-Muller: one standard normal draw.
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const latencyMs = Math.max(1, Math.round(version.medianMs * Math.exp(SIGMA * z)));
  const ok = random() >= version.errorRate;
  return { check, at, ok, status: ok ? 200 : 503, latencyMs, reason: ok ? `200 in ${latencyMs} ms` : '503 (expected 200-299)' };
}

function window(s: Scenario, n: number, random: () => number): { analysisFails: boolean; fixedFails: boolean; fixedWithoutBaselineFails: boolean } {
  const fresh: ProbeSample[] = [];
  const old: ProbeSample[] = [];
  const before = probe('blue', s.old, 0, random);
  for (let k = 1; k <= n; k++) {
    fresh.push(probe('green', s.new, k * INTERVAL_MS, random));
    old.push(probe('blue', s.old, k * INTERVAL_MS, random));
  }
  const analysis = analyzeWindow({ production: [], pairs: [{ new: seriesOf('green', 'new', fresh), old: seriesOf('blue', 'old', old) }], limits: LIMITS });
  const baselineP95Ms = before.ok ? percentile([before.latencyMs], 95) : undefined;
  const thresholds = { ...FIXED, intervalMs: INTERVAL_MS, checksPerRound: 1 };
  const fixed = judgeWindow(fresh, { ...thresholds, ...(baselineP95Ms !== undefined ? { baselineP95Ms } : {}) }, n * INTERVAL_MS, n * INTERVAL_MS);
  const fixedWithoutBaseline = judgeWindow(fresh, thresholds, n * INTERVAL_MS, n * INTERVAL_MS);
  return { analysisFails: analysis.verdict !== 'pass', fixedFails: fixed.verdict === 'breached', fixedWithoutBaselineFails: fixedWithoutBaseline.verdict === 'breached' };
}

interface Rates {
  analysis: number;
  fixed: number;
  fixedWithoutBaseline: number;
}

function failRates(s: Scenario, n: number, sims: number): Rates {
  const random = prng(seedOf(`${s.name}/${n}`));
  const count = { analysis: 0, fixed: 0, fixedWithoutBaseline: 0 };
  for (let i = 0; i < sims; i++) {
    const w = window(s, n, random);
    if (w.analysisFails) count.analysis++;
    if (w.fixedFails) count.fixed++;
    if (w.fixedWithoutBaselineFails) count.fixedWithoutBaseline++;
  }
  return { analysis: count.analysis / sims, fixed: count.fixed / sims, fixedWithoutBaseline: count.fixedWithoutBaseline / sims };
}

const thresholds = new Map<number, number>();

/** Exact: the chance Boschloo's test (at 5%) sees a new error rate p1 over an old p0, n probes each. */
function errorPower(n: number, p0: number, p1: number): number {
  if (!thresholds.has(n)) thresholds.set(n, boschlooFisherThreshold(n, n, 0.05) * (1 + 1e-9));
  const threshold = thresholds.get(n)!;
  let power = 0;
  for (let x0 = 0; x0 <= n; x0++) {
    const w0 = binomialPmf(x0, n, p0);
    if (w0 < 1e-12) continue;
    // Fisher's p falls as the new failures grow: the region is x1 ≥ the first that is in it.
    let lo = x0;
    let hi = n + 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fisherGreater(mid, n, x0, n) <= threshold) hi = mid;
      else lo = mid + 1;
    }
    let tail = 0;
    for (let x1 = lo; x1 <= n; x1++) tail += binomialPmf(x1, n, p1);
    power += w0 * tail;
  }
  return power;
}

/** Exact: the chance the fixed judge fails the window (more than 1% of n probes failed). */
function fixedErrorPower(n: number, p1: number): number {
  const allowed = Math.floor(FIXED.errorRateThreshold * n + 1e-9);
  let pass = 0;
  for (let x = 0; x <= allowed; x++) pass += binomialPmf(x, n, p1);
  return 1 - pass;
}

/** Windows are set in minutes: at 30s, 10 rounds = 5 minutes. */
const STEP = 10;

/**
 * The shortest window, in whole steps of 5 minutes from 20 rounds (the minimum when comparing),
 * whose detection is at least 90% and stays so 5 and 10 minutes longer (the power of an exact
 * test on counts is saw-toothed: it can dip under 90% again a few rounds later).
 */
function samplesFor90(power: (n: number) => number, max = 600): number | undefined {
  const ok = new Map<number, boolean>();
  const holds = (n: number): boolean => {
    if (!ok.has(n)) ok.set(n, power(n) >= 0.9);
    return ok.get(n)!;
  };
  for (let n = MIN_COMPARE_SAMPLES; n <= max; n += STEP) if (holds(n) && holds(n + STEP) && holds(n + 2 * STEP)) return n;
  return undefined;
}

function latencyPower(n: number, sims: number): number {
  const s = SCENARIOS.find((x) => x.name.startsWith('1.5×'))!;
  const random = prng(seedOf(`latency90/${n}`));
  let caught = 0;
  for (let i = 0; i < sims; i++) if (window(s, n, random).analysisFails) caught++;
  return caught / sims;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const windowText = (n: number | undefined): string => (n === undefined ? 'over 600 rounds (5h)' : `${n} rounds = ${formatDuration(n * INTERVAL_MS)}`);

function main(): void {
  const argSims = process.argv.indexOf('--sims');
  const sims = argSims > 0 ? Number(process.argv[argSims + 1]) : 2000;
  const started = performance.now();
  console.log(`# Analysis benchmark (${sims} simulated windows per cell, seeded)\n`);
  console.log(`Probes: one per series per round; latency log-normal, median ${MEDIAN_MS} ms, σ ${SIGMA}, whole ms. analysis = new compared with old (95%), hard limits 0.5 / 500ms; fixed = judgeWindow at its defaults (1%, 500ms).\n`);
  console.log(`| scenario | what is counted | ${SIZES.map((n) => `n=${n} analysis | n=${n} fixed`).join(' | ')} |`);
  console.log(`|---|---|${SIZES.map(() => '---|---').join('|')}|`);
  const results = new Map<string, Rates[]>();
  for (const s of SCENARIOS) {
    const rates = SIZES.map((n) => failRates(s, n, sims));
    results.set(s.name, rates);
    console.log(`| ${s.name} | ${s.regression ? 'detected' : 'false alarms'} | ${rates.map((r) => `${pct(r.analysis)} | ${pct(r.fixed)}`).join(' | ')} |`);
  }

  const noBaseline = results.get('identical, 0% errors')!.map((r) => pct(r.fixedWithoutBaseline)).join(', ');
  console.log(`\nOn identical versions with no errors, the fixed judge's false alarms come from its latency rule against one probe made before the deploy (p95 over max(2×, +100 ms) of it): without that baseline they are ${noBaseline} at n = ${SIZES.join(', ')}. With errors, any failed probe breaks its 1% below 100 probes.`);
  console.log(`\n## Window needed to detect each regression 90% of the time (monitor-interval ${formatDuration(INTERVAL_MS)})\n`);
  console.log('| regression | analysis | fixed (defaults) |');
  console.log('|---|---|---|');
  for (const s of SCENARIOS.filter((x) => x.regression && x.old.medianMs === x.new.medianMs && !x.name.startsWith('Kayenta'))) {
    const analysis = samplesFor90((n) => errorPower(n, s.old.errorRate, s.new.errorRate));
    const fixed = samplesFor90((n) => fixedErrorPower(n, s.new.errorRate));
    console.log(`| ${s.name} | ${windowText(analysis)} | ${windowText(fixed)} |`);
  }
  const latency = samplesFor90((n) => latencyPower(n, Math.min(sims, 1000)), 300);
  console.log(`| 1.5× latency (median 100 → 150 ms) | ${windowText(latency)} | never: its p95 (≈ 340 ms) stays under 500ms, and its rule against one pre-deploy probe levels off near 85% |`);

  // The zero-baseline case must fail: a series of zeros beside a series with errors.
  const kayenta = [
    { n: 40, errors: 7 },
    { n: 80, errors: 14 },
    { n: 80, errors: 8 }
  ].map(({ n, errors }) => {
    const zeros = { name: 'blue', role: 'old' as const, probes: n, errors: 0, latencies: Array(n).fill(MEDIAN_MS) };
    const some = { name: 'green', role: 'new' as const, probes: n, errors, latencies: Array(n).fill(MEDIAN_MS) };
    const a = analyzeWindow({ production: [], pairs: [{ new: some, old: zeros }], limits: LIMITS });
    return { n, errors, verdict: a.verdict, reason: a.comparisons[0]!.tests[0]!.reason };
  });
  console.log('\n## The zero-baseline case (Kayenta: baseline all zero, canary 3.5-18% errors, passed)\n');
  for (const k of kayenta) console.log(`- ${k.errors} of ${k.n} failed (${pct(k.errors / k.n)}) beside 0 of ${k.n}: **${k.verdict}** (${k.reason})`);
  const detected18 = results.get('Kayenta case: 0% errors vs 18%')!.filter((_, i) => SIZES[i]! >= 40);
  const failures: string[] = [];
  if (kayenta.some((k) => k.verdict !== 'fail')) failures.push('a zero baseline beside 10-18% errors did not fail');
  if (detected18.some((r) => r.analysis < 0.9)) failures.push('18% errors beside a zero baseline were caught less than 90% of the time from 40 probes on');
  for (const s of SCENARIOS.filter((x) => !x.regression)) {
    const worst = Math.max(...results.get(s.name)!.map((r) => r.analysis));
    if (worst > 0.05) failures.push(`false alarms on ${s.name}: ${pct(worst)} (goal ≤ 5%)`);
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (failures.length > 0) {
    console.error(`\nFAILED: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

main();
