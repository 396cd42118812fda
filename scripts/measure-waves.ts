/**
 * `npm run measure:waves`: what a wave costs (issue 19: "a wave costs about what one environment
 * costs"). Against the sandbox, with latency injected into every API answer, the bundled action
 * exactly as it ships (SHIP_PROD_TIME_SCALE=1, the production client), two ways to put one release
 * on six environments, each environment with its own health server on 127.0.0.1:
 *
 *   waves    one ship with `waves`: 3 waves of 1, 2 and 3 environments (release once, then each
 *            wave's environments at once, verified, then the wave's bake)
 *   singles  six single-environment ships run one after another, as before waves: the first a
 *            full ship (gates, version, tag, release, deploy, verify, publish) to the first
 *            environment, the next five taking the same release further (`ref` = the tag,
 *            `bump: none`), one environment each
 *
 * Both sides use the same settings: every deploy run is queued then in progress (STEP_MS each)
 * then succeeds, the run is polled as `deploy-timeout: 30s` makes it (every 1 s), health checks
 * every 200 ms (two passing rounds), and a 1 s window (`bake` for a wave, `monitor-duration` for a
 * single ship). So a ship takes seconds, and the difference is what waves save or cost.
 *
 * Measured (median of N runs, waves and singles alternating which goes first): wall time (spawn to
 * exit), API requests (per environment) and sequential round trips from the sandbox's request
 * log; from the waves ship's report-json, each wave's span (its first environment's start to its
 * last one's end: deploy, verification and window) and the requests sent within it; from the
 * sandbox, how far apart a wave's deploy runs were dispatched (they should overlap).
 *
 *   npm run measure:waves -- --runs 5 --latency 50
 *   npm run measure:waves -- --time-scale 0.01   (a diagnosis: the write spacing shortened)
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoService, type DemoService } from '../sandbox/demo/service.js';
import { dispatchedRuns } from '../sandbox/github/handlers/actions.js';
import { startSandbox } from '../sandbox/github/server.js';
import type { RequestLogEntry } from '../sandbox/github/types.js';
import { runAction, type ActionRunResult } from '../sandbox/runner.js';
import { createSampleRepo } from '../sandbox/sample-repo.js';
import { isWrite } from '../src/github/client.js';
import { isLockRequest } from './lock-requests.js';
import { arg, median, PRODUCTION, roundTrips } from './measure.js';

const RUNS = arg('runs', 3);
const LATENCY = arg('latency', 50);
/**
 * 1: the client as it ships. A smaller one (`--time-scale 0.01`) shortens the client's write
 * spacing and back-offs, and nothing else the ships here wait for: a diagnosis of what the spacing
 * costs, never the numbers to quote.
 */
const TIME_SCALE = arg('time-scale', 1);
const CLIENT = TIME_SCALE === 1 ? PRODUCTION : { SHIP_PROD_TIME_SCALE: String(TIME_SCALE) };
/** Each step of a deploy run (queued, then in progress), in ms. */
const STEP_MS = 500;
const BAKE = '1s';

const WAVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['canary', ['prod-canary']],
  ['first', ['prod-eu', 'prod-us']],
  ['rest', ['prod-ap', 'prod-sa', 'prod-me']]
];
const ALL = WAVES.flatMap(([, envs]) => envs);

/** The settings both sides share. */
const SETTINGS = {
  'deploy-workflow': 'deploy.yml',
  'deploy-timeout': '30s',
  'health-interval': '200ms',
  'health-timeout': '4s',
  'monitor-duration': BAKE,
  'monitor-interval': '250ms',
  'rollback-timeout': '30s'
};

interface Shipped {
  result: ActionRunResult;
  requests: RequestLogEntry[];
  report: Report;
}

export interface Report {
  status: string;
  environments?: Array<{ name: string; wave?: string; startedAt?: string; durationMs?: number }>;
}

interface World {
  services: Map<string, DemoService>;
  ship(inputs: Record<string, string>, sha?: string): Promise<Shipped>;
  /** Every deploy run dispatched so far. */
  runs(): ReturnType<typeof dispatchedRuns>;
  close(): Promise<void>;
}

/** A sandbox seeded with the sample repository, one health server per environment (all on the previous version). */
async function world(): Promise<World> {
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', quiet: true });
  const services = new Map<string, DemoService>();
  for (const name of ALL) services.set(name, await startDemoService({ state: sandbox.state, environment: name, initialVersion: sample.previousVersion }));
  sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['queued', 'in_progress'], stepMs: STEP_MS, conclusion: 'success' };
  const workspaces: string[] = [];
  const run = (inputs: Record<string, string>, sha: string) => {
    // Each ship is a job of its own: a fresh checkout of main.
    const workspace = sample.checkout();
    workspaces.push(workspace);
    return runAction({ apiUrl: sandbox.url, serverUrl: sandbox.webUrl, repository: 'acme/sample-service', workspace, sha, event: { repository: { default_branch: 'main' } }, inputs, env: CLIENT });
  };
  // Warm the sandbox's schema validators, so that their first compilation is not measured.
  await run({ 'dry-run': 'true', 'deploy-workflow': 'deploy.yml' }, sample.sha);
  sandbox.clearLog();
  sandbox.state.scenario.latencyMs = LATENCY;
  return {
    services,
    async ship(inputs, sha = sample.sha) {
      const from = sandbox.requests.length;
      const result = await run(inputs, sha);
      const report = JSON.parse(result.outputs['report-json'] ?? '{}') as Report;
      if (result.outputs.status !== 'shipped') throw new Error(`a ship ended ${result.outputs.status ?? `with code ${result.code}`}:\n${result.stdout}\n${result.stderr}`);
      const errors = sandbox.schemaErrors();
      if (errors.length) throw new Error(`the sandbox found requests or answers off GitHub's description:\n${errors.join('\n')}`);
      return { result, requests: sandbox.requests.slice(from), report };
    },
    runs: () => dispatchedRuns(sandbox.state),
    async close() {
      await Promise.all([...services.values()].map((s) => s.close()));
      await sandbox.close();
      for (const w of workspaces) rmSync(w, { recursive: true, force: true });
      rmSync(sample.dir, { recursive: true, force: true });
    }
  };
}

function healthChecks(service: DemoService, indent: string): string {
  return [`- name: app`, `  url: ${service.url}/health`, `  expect-version: true`].map((l) => `${indent}${l}\n`).join('');
}

function wavesInput(services: Map<string, DemoService>): string {
  return WAVES.map(
    ([name, envs]) =>
      `- name: ${name}\n  bake: ${BAKE}\n  environments:\n` + envs.map((e) => `    - name: ${e}\n      health-checks:\n${healthChecks(services.get(e)!, '        ')}`).join('')
  ).join('');
}

export interface WaveSpan {
  /** First environment's start to the last one's end (deploy, verification, window), ms. */
  spanMs: number;
  startMs: number;
  endMs: number;
  /** API requests started within the span. */
  requests: number;
  /** How far apart its deploy runs were created, ms (0 for a wave of one). */
  dispatchSpreadMs: number;
}

interface WavesTrial {
  wallMs: number;
  requests: number;
  writes: number;
  lockRequests: number;
  rounds: number;
  waves: WaveSpan[];
  /** Spawn to the first wave's start: start-up, gates, locks, version, tag, draft release. */
  beforeMs: number;
  /** The last wave's end to exit: its deployments marked, the release published, the locks released. */
  afterMs: number;
}

interface SinglesTrial {
  wallMs: number[];
  requests: number[];
  writes: number[];
  rounds: number[];
  /** Each ship's deploy unit (deploy, verification, window), from its report. */
  unitMs: number[];
}

const timesOf = (e: { startedAt?: string; durationMs?: number }) => {
  const start = Date.parse(e.startedAt ?? '');
  return { start, end: start + (e.durationMs ?? NaN) };
};

/** Each wave's span, from the report's environment rows, and its requests and dispatches. */
export function waveSpans(report: Report, requests: RequestLogEntry[], runs: Array<{ inputs: Record<string, string>; createdAtMs: number }>): WaveSpan[] {
  return WAVES.map(([name, envs]) => {
    const rows = (report.environments ?? []).filter((e) => e.wave === name).map(timesOf);
    const startMs = Math.min(...rows.map((r) => r.start));
    const endMs = Math.max(...rows.map((r) => r.end));
    const created = runs.filter((r) => envs.includes(r.inputs.environment ?? '')).map((r) => r.createdAtMs);
    return {
      spanMs: endMs - startMs,
      startMs,
      endMs,
      requests: requests.filter((r) => r.startedAt >= startMs && r.startedAt < endMs).length,
      dispatchSpreadMs: created.length ? Math.max(...created) - Math.min(...created) : NaN
    };
  });
}

async function wavesShip(): Promise<WavesTrial> {
  const w = await world();
  try {
    const { result, requests, report } = await w.ship({ ...SETTINGS, waves: wavesInput(w.services) });
    if ((report.environments ?? []).length !== ALL.length) throw new Error(`the waves ship reported ${report.environments?.length ?? 0} environments`);
    const waves = waveSpans(report, requests, w.runs());
    return {
      wallMs: result.durationMs,
      requests: requests.length,
      writes: requests.filter((r) => isWrite(r.method)).length,
      lockRequests: requests.filter(isLockRequest).length,
      rounds: roundTrips(requests),
      waves,
      beforeMs: waves[0]!.startMs - result.spawnedAt,
      afterMs: result.spawnedAt + result.durationMs - waves.at(-1)!.endMs
    };
  } finally {
    await w.close();
  }
}

async function singleShips(): Promise<SinglesTrial> {
  const w = await world();
  const trial: SinglesTrial = { wallMs: [], requests: [], writes: [], rounds: [], unitMs: [] };
  try {
    let release: { tag: string; sha: string } | undefined;
    for (const name of ALL) {
      const inputs = { ...SETTINGS, environment: name, 'health-checks': healthChecks(w.services.get(name)!, '') };
      const later: Record<string, string> = release ? { ref: release.tag, bump: 'none' } : {};
      const { result, requests, report } = await w.ship({ ...inputs, ...later }, release?.sha);
      release ??= { tag: result.outputs.tag!, sha: result.outputs.sha! };
      const unit = timesOf(report.environments?.[0] ?? {});
      trial.wallMs.push(result.durationMs);
      trial.requests.push(requests.length);
      trial.writes.push(requests.filter((r) => isWrite(r.method)).length);
      trial.rounds.push(roundTrips(requests));
      trial.unitMs.push(unit.end - unit.start);
    }
    return trial;
  } finally {
    await w.close();
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;

function reportOf(waves: WavesTrial[], singles: SinglesTrial[]): string {
  const m = (f: (t: WavesTrial) => number) => median(waves.map(f));
  const s = (f: (t: SinglesTrial) => number) => median(singles.map(f));
  const wave = m((t) => t.wallMs);
  const six = s((t) => sum(t.wallMs));
  const one = s((t) => t.wallMs[0]!);
  const promotion = median(singles.flatMap((t) => t.wallMs.slice(1)));
  const unit = median(singles.flatMap((t) => t.unitMs));
  const envs = ALL.length;
  const lines = [
    `# Waves: one ship of ${WAVES.length} waves (${WAVES.map(([, e]) => e.length).join(', ')} environments) against ${envs} single-environment ships (${RUNS} runs each, median; injected API latency ${LATENCY} ms${TIME_SCALE === 1 ? '' : `; SHIP_PROD_TIME_SCALE=${TIME_SCALE}, a diagnosis: not the client as it ships`})`,
    '',
    `Every deploy run: queued ${STEP_MS} ms, in progress ${STEP_MS} ms, then success; polled every 1 s (deploy-timeout 30s); health checks every ${SETTINGS['health-interval']}, two passing rounds; a ${BAKE} window after each (bake / monitor-duration). The singles: a full ship to ${ALL[0]}, then ${envs - 1} ships taking its release further (ref = the tag, bump: none).`,
    '',
    '| measure | value |',
    '|---|---|',
    `| waves ship, spawn to exit | ${wave} ms (${range(waves.map((t) => t.wallMs))}) |`,
    `| ${envs} single ships one after another, summed | ${six} ms (${range(singles.map((t) => sum(t.wallMs)))}) |`,
    `| one single ship: the full one (release included) / one taking the release further | ${one} ms / ${promotion} ms |`,
    `| waves ship ÷ ${envs} single ships | ${(wave / six).toFixed(2)} |`,
    `| waves ship ÷ one single ship (the full one) | ${(wave / one).toFixed(2)} |`,
    `| one environment's deploy unit in a single ship (deploy, verification, window) | ${unit} ms |`
  ];
  WAVES.forEach(([name, e], k) => {
    const span = m((t) => t.waves[k]!.spanMs);
    const spread = e.length > 1 ? `; its deploy runs created within ${m((t) => t.waves[k]!.dispatchSpreadMs)} ms of each other` : '';
    lines.push(`| wave ${k + 1} (${name}, ${e.length} environment${e.length > 1 ? 's' : ''}): first start → last end | ${span} ms (${(span / unit).toFixed(2)} × one environment's unit), ${m((t) => t.waves[k]!.requests)} API requests${spread} |`);
  });
  lines.push(
    `| waves ship: spawn → first wave (start-up, gates, ${envs} locks, version, tag, draft release) / last wave → exit (mark, publish, release the locks) | ${m((t) => t.beforeMs)} ms / ${m((t) => t.afterMs)} ms |`,
    `| waves ship: API requests (per environment) | ${m((t) => t.requests)} (${(m((t) => t.requests) / envs).toFixed(1)}), of which the ${envs} locks' ${m((t) => t.lockRequests)} |`,
    `| single ships: API requests, the full one / one taking it further / all ${envs} (per environment) | ${s((t) => t.requests[0]!)} / ${median(singles.flatMap((t) => t.requests.slice(1)))} / ${s((t) => sum(t.requests))} (${(s((t) => sum(t.requests)) / envs).toFixed(1)}) |`,
    `| writes: waves ship / single ships, the full one, one taking it further, all ${envs} | ${m((t) => t.writes)} / ${s((t) => t.writes[0]!)}, ${median(singles.flatMap((t) => t.writes.slice(1)))}, ${s((t) => sum(t.writes))} |`,
    `| sequential round trips: waves ship / single ships, the full one, one taking it further, all ${envs} | ${m((t) => t.rounds)} / ${s((t) => t.rounds[0]!)}, ${median(singles.flatMap((t) => t.rounds.slice(1)))}, ${s((t) => sum(t.rounds))} |`
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const waves: WavesTrial[] = [];
  const singles: SinglesTrial[] = [];
  // Alternating which side goes first, so that a busy moment of a shared machine weighs on both.
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) waves.push(await wavesShip());
    singles.push(await singleShips());
    if (i % 2 === 1) waves.push(await wavesShip());
    process.stderr.write(`run ${i + 1}/${RUNS}: waves ${waves.at(-1)!.wallMs} ms, singles ${sum(singles.at(-1)!.wallMs)} ms\n`);
  }
  console.log(reportOf(waves, singles));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
