/**
 * Start-up of the bundled action against a bare `node -e ''`, in paired runs on this machine.
 *
 *   bare       spawn of `node -e ''` to its exit
 *   happy      spawn of `node dist/index.js` (a valid dry run in a sample checkout of GITHUB_SHA,
 *              the runner's environment) to its first API request (a gates read: resolve takes
 *              the commit from the checkout), answered by a local HTTP server here; the process
 *              is killed there: what follows is the ship, not the start-up
 *   bad-input  spawn of `node dist/index.js` with one bad input (`health-timeout: five minutes`)
 *              to its exit: the `::error title=health-timeout::` line, the summary, the outputs
 *   post       spawn of the post step (STATE_isPost) with nothing to clean up, to its exit
 *
 * Each round runs every case once, in a rotating order, so a busy moment of a shared machine
 * weighs on all of them alike. The report gives each case's median, min and max, and the median
 * of its per-round ratio to bare node. Where the runtime has V8's compile cache
 * (`module.enableCompileCache`, Node >= 22.1), each action case runs twice: `cold` (an empty
 * cache directory, as the main step of a fresh runner finds it) and `warm` (the cache the earlier
 * runs filled, as the post step, or a second run on a machine, finds it).
 *
 * Every process, bare node included, gets the same environment: the runner's variables on top of
 * PATH and HOME only, as on a runner. `--inherit-env` starts from this shell's environment instead
 * (on a machine with NODE_EXTRA_CA_CERTS, say, every node process pays for reading the
 * certificates, bare node too, and the ratios shrink: say which one you quote).
 *
 * `--baseline other/dist/index.js` measures a second build in the same rounds (each of its cases
 * labelled `... baseline`), so a change is compared with what it changes, round by round, on a
 * machine whose speed wanders. A commit's own dist/ serves: `git worktree add <dir> <commit>`,
 * then `--baseline <dir>/dist/index.js`.
 *
 *   npx tsx scripts/measure-startup.ts [--runs 15] [--node /path/to/node] [--entry dist/index.js] [--baseline path] [--inherit-env]
 *
 * The entry is measured as it is: run `npm run build` first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, runnerInputs } from '../sandbox/runner.js';
import { createSampleRepo } from '../sandbox/sample-repo.js';

export type CaseName = 'bare' | 'happy' | 'bad-input' | 'post';

export interface Sample {
  /** The case and, for the action, the compile cache (`bare`, `happy cold`, `happy warm`, ...). */
  label: string;
  ms: number;
}

export interface CaseSummary {
  label: string;
  median: number;
  min: number;
  max: number;
  /** Median of this case's time over bare node's, round by round. */
  ratio: number;
  /** Median of this case's time over its baseline twin's, round by round (with --baseline). */
  vsBaseline?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The label of a case's twin in the baseline build: `happy (cold compile cache)` -> `happy baseline (cold compile cache)`. */
export function baselineLabel(label: string): string {
  return label.replace(/^([^ ]+)/, '$1 baseline');
}

/** The median over rounds of `label`'s time over `reference`'s in the same round (rounds missing either are left out). */
function pairedRatio(rounds: Sample[][], label: string, reference: string): number | undefined {
  const ratios = rounds.flatMap((r) => {
    const ref = r.find((s) => s.label === reference);
    const own = r.find((s) => s.label === label);
    return ref && own && ref.ms > 0 ? [own.ms / ref.ms] : [];
  });
  return ratios.length ? median(ratios) : undefined;
}

/**
 * Summaries of paired rounds: each round holds one sample per label, `bare` among them. A case's
 * ratio is the median of its per-round ratios to that round's bare time (rounds missing either
 * are left out), which a load spike during one round cannot move much. A case whose twin from a
 * baseline build was measured in the same rounds (`--baseline`) also gets the median of its
 * per-round ratios to the twin: the change, free of how fast the machine was that minute.
 */
export function summarise(rounds: Sample[][]): CaseSummary[] {
  const labels = [...new Set(rounds.flat().map((s) => s.label))];
  return labels.map((label) => {
    const times = rounds.flatMap((r) => r.filter((s) => s.label === label).map((s) => s.ms));
    const vsBaseline = labels.includes(baselineLabel(label)) ? pairedRatio(rounds, label, baselineLabel(label)) : undefined;
    return {
      label,
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      ratio: pairedRatio(rounds, label, 'bare') ?? NaN,
      ...(vsBaseline === undefined ? {} : { vsBaseline })
    };
  });
}

/** The rounds' cases in a rotating order: round i starts i places further along. */
export function rotation<T>(cases: T[], round: number): T[] {
  const k = cases.length ? round % cases.length : 0;
  return [...cases.slice(k), ...cases.slice(0, k)];
}

export function markdownTable(summaries: CaseSummary[], header: string): string {
  const paired = summaries.some((s) => s.vsBaseline !== undefined);
  const rows = summaries.map((s) => {
    const row = `| ${s.label} | ${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)}) | ${s.ratio.toFixed(2)}× |`;
    return paired ? `${row} ${s.vsBaseline === undefined ? '' : `${s.vsBaseline.toFixed(2)}×`} |` : row;
  });
  const head = paired
    ? ['| case | median (min–max) | × bare node (median of paired ratios) | × baseline (median of paired ratios) |', '|---|---|---|---|']
    : ['| case | median (min–max) | × bare node (median of paired ratios) |', '|---|---|---|'];
  return [header, '', ...head, ...rows].join('\n');
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface Setup {
  /** What every process starts from (see --inherit-env). */
  base: NodeJS.ProcessEnv;
  node: string;
  entry: string;
  workspace: string;
  /** The commit checked out in the workspace: GITHUB_SHA, as actions/checkout leaves it. */
  sha: string;
  scratch: string;
  server: Server;
  apiUrl: string;
  /** Resolves at the next request the server receives. */
  nextRequest: () => Promise<number>;
}

/** The environment the runner gives the step (see sandbox/runner.ts), with fresh files. */
function runnerEnv(setup: Setup, inputs: Record<string, string>, extra: Record<string, string>): NodeJS.ProcessEnv {
  const files = mkdtempSync(path.join(setup.scratch, 'run-'));
  const file = (name: string, content = '') => {
    writeFileSync(path.join(files, name), content);
    return path.join(files, name);
  };
  return {
    ...setup.base,
    SHLVL: '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/sample-service',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: setup.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example.test',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: file('event.json', '{}'),
    GITHUB_SHA: setup.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary.md'),
    GITHUB_STATE: file('state'),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: files,
    ...runnerInputs(inputs, 'measure-token'),
    ...extra
  };
}

interface Timed {
  ms: number;
  code: number | null;
  stdout: string;
}

/** Spawns and times until `until` settles (then kills), or until exit when it is left out. */
async function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, until?: Promise<number>): Promise<Timed> {
  const started = performance.now();
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise<{ at: number; code: number | null }>((resolve) => child.on('exit', (code) => resolve({ at: performance.now(), code })));
  if (until) {
    const first = await Promise.race([until, exited.then(() => NaN)]);
    child.kill('SIGKILL');
    const { code } = await exited;
    if (Number.isNaN(first)) throw new Error(`the action exited (${code}) before its first API request:\n${stdout}`);
    return { ms: first - started, code, stdout };
  }
  const { at, code } = await exited;
  return { ms: at - started, code, stdout };
}

async function measureCase(setup: Setup, name: CaseName, cache: string | undefined, entry = setup.entry): Promise<number> {
  // The action turns the cache on itself (src/index.ts), in the temporary folder: TMPDIR picks it.
  const cacheEnv: Record<string, string> = cache ? { TMPDIR: cache } : {};
  if (name === 'bare') return (await timed(setup.node, ['-e', ''], { ...setup.base, ...cacheEnv }, setup.workspace)).ms;
  if (name === 'happy') {
    const env = runnerEnv(setup, { 'dry-run': 'true', 'deploy-workflow': 'deploy.yml' }, cacheEnv);
    return (await timed(setup.node, [entry], env, setup.workspace, setup.nextRequest())).ms;
  }
  if (name === 'bad-input') {
    const env = runnerEnv(setup, { 'dry-run': 'true', 'health-timeout': 'five minutes' }, cacheEnv);
    const r = await timed(setup.node, [entry], env, setup.workspace);
    if (r.code !== 1 || !r.stdout.includes('::error title=health-timeout::')) throw new Error(`bad input did not end as expected (${r.code}):\n${r.stdout}`);
    return r.ms;
  }
  const env = runnerEnv(setup, {}, { ...cacheEnv, STATE_isPost: 'true' });
  const r = await timed(setup.node, [entry], env, setup.workspace);
  if (r.code !== 0 || !r.stdout.includes('nothing to clean up')) throw new Error(`the post step did not end as expected (${r.code}):\n${r.stdout}`);
  return r.ms;
}

function hasCompileCache(node: string): boolean {
  const r = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' });
  return r.stdout.trim() === 'function';
}

async function main(): Promise<void> {
  const runs = Number(arg('runs') ?? 15);
  const given = arg('node');
  const node = given?.includes('/') ? path.resolve(given) : (given ?? process.execPath);
  const entry = path.resolve(arg('entry') ?? path.join(projectRoot, 'dist', 'index.js'));
  const scratch = mkdtempSync(path.join(tmpdir(), 'ship-prod-startup-'));
  const sample = createSampleRepo();
  const workspace = sample.checkout();
  let waiting: Array<(at: number) => void> = [];
  const server = createServer((req, res) => {
    const at = performance.now();
    waiting.forEach((resolve) => resolve(at));
    waiting = [];
    req.resume();
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"measure-startup: the first request is all it waits for"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const inherit = process.argv.includes('--inherit-env');
  const base: NodeJS.ProcessEnv = inherit
    ? Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|STATE_|RUNNER_|NODE_OPTIONS$|NODE_COMPILE_CACHE$|TMPDIR$)/.test(k)))
    : { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? scratch };
  const setup: Setup = {
    base,
    node,
    entry,
    workspace,
    sha: sample.sha,
    scratch,
    server,
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    nextRequest: () => new Promise<number>((resolve) => waiting.push(resolve))
  };
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const caches = hasCompileCache(node) ? ['cold', 'warm'] : [undefined];
  const baseline = arg('baseline') ? path.resolve(arg('baseline')!) : undefined;
  const builds = [{ entry, suffix: '', warm: mkdtempSync(path.join(scratch, 'cache-warm-')) }];
  if (baseline) builds.push({ entry: baseline, suffix: ' baseline', warm: mkdtempSync(path.join(scratch, 'cache-warm-base-')) });
  const cases: Array<{ name: CaseName; cache?: string; build?: (typeof builds)[number] }> = [{ name: 'bare' }];
  for (const build of builds) for (const name of ['happy', 'bad-input', 'post'] as CaseName[]) for (const cache of caches) cases.push({ name, cache, build });
  const run = (c: (typeof cases)[number]) => {
    const dir = c.cache === 'warm' ? c.build!.warm : c.cache === 'cold' ? mkdtempSync(path.join(scratch, 'cache-')) : undefined;
    return measureCase(setup, c.name, dir, c.build?.entry);
  };
  try {
    // One unmeasured round: the file system cache, and the warm compile caches filled.
    for (const c of cases) await run(c);
    const rounds: Sample[][] = [];
    for (let i = 0; i < runs; i++) {
      const round: Sample[] = [];
      for (const c of rotation(cases, i)) {
        const label = `${c.name}${c.build?.suffix ?? ''}${c.cache ? ` (${c.cache} compile cache)` : ''}`;
        round.push({ label, ms: await run(c) });
      }
      rounds.push(round);
    }
    const env = inherit ? "this shell's environment" : 'the runner environment only (no NODE_EXTRA_CA_CERTS and the like)';
    console.log(markdownTable(summarise(rounds), `Start-up of ${path.relative(process.cwd(), entry) || entry}, node ${version}, ${runs} paired rounds, ${env}${baseline ? `; baseline ${baseline}` : ''}:`));
  } finally {
    server.close();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
    rmSync(sample.dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
