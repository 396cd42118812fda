/**
 * `npm run measure`: the performance numbers of ship-prod, measured on this machine against the
 * sandbox, so anyone can repeat them. Prints a Markdown report.
 *
 *   - bundle size (dist/*.js: the entry and its chunks, raw and gzip)
 *   - start-up: spawn of `node dist/index.js` to its first API request (median of N runs)
 *   - API requests per full ship (gates through publish, waits aside), and sequential round trips,
 *     counted from the request log with latency injected into every answer: all, and outside the
 *     deploy wait; and the same in the approvals world (the rules require an approving review)
 *   - the action's own time: spawn to exit of a full ship whose deploy run has finished when first
 *     read and that has no health checks (so neither the run nor the checks are waited for)
 *   - how soon a finished deploy run is noticed, against the poll interval, and how many polls
 *     were answered 304
 *   - a failed ship: time to detect (first failing probe to verdict) and to restore
 *   - the environment lock: its requests and the round trips it adds to an uncontended ship, and
 *     the time from a holder's release to the waiting ship holding the lock (and computing its
 *     version), two ships started together
 *
 * Every ship here runs the production client: the same plugins, write spacing and back-offs as on
 * a runner, in real time (SHIP_PROD_TIME_SCALE=1).
 *
 *   npm run measure -- --runs 9 --latency 150
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startDemoService } from '../sandbox/demo/service.js';
import { addRun, dispatchedRuns, runPhase } from '../sandbox/github/handlers/actions.js';
import { addPull, addReview, setBranchRules } from '../sandbox/github/handlers/checks.js';
import { startSandbox } from '../sandbox/github/server.js';
import type { RequestLogEntry, SandboxState } from '../sandbox/github/types.js';
import { projectRoot, runAction } from '../sandbox/runner.js';
import { createSampleRepo } from '../sandbox/sample-repo.js';
import { runPollInterval } from '../src/deploy/workflow-run.js';
import { isWrite } from '../src/github/client.js';
import { LOCK_POLL_MS } from '../src/lock/decide.js';
import { isLockRequest } from './lock-requests.js';

/** A numeric command-line option (`--name N`), or the fallback. */
export function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const RUNS = arg('runs', 7);
const LATENCY = arg('latency', 50);
/** The client exactly as it ships: real time (the runner scales it for tests). */
export const PRODUCTION = { SHIP_PROD_TIME_SCALE: '1' };


export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * Sequential round trips in a request log: requests that overlap in time belong to one round; a
 * request that starts after every request of the current round has ended starts the next one.
 */
export function roundTrips(requests: RequestLogEntry[]): number {
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  let rounds = 0;
  let roundEnd = -Infinity;
  for (const r of sorted) {
    const end = r.startedAt + r.durationMs;
    if (r.startedAt >= roundEnd - 1) {
      rounds++;
      roundEnd = end;
    } else {
      roundEnd = Math.max(roundEnd, end);
    }
  }
  return rounds;
}

/** The deploy wait's requests: the dispatch, and the reads of the deploy run up to the last one. */
const isRunRead = (r: RequestLogEntry) => /^actions\/(get-workflow-run|list-workflow-runs)$/.test(r.operationId ?? '');

/**
 * Round trips outside the deploy wait: every request that starts between the dispatch and the end
 * of the last read of the deploy run is the wait's (on a runner, the deploy itself takes minutes
 * there); the rest are counted as roundTrips does.
 */
export function roundTripsOutsideDeployWait(requests: RequestLogEntry[]): number {
  const dispatch = requests.find((r) => r.operationId === 'actions/create-workflow-dispatch');
  const reads = requests.filter(isRunRead);
  if (!dispatch || !reads.length) return roundTrips(requests);
  const from = dispatch.startedAt;
  const to = Math.max(...reads.map((r) => r.startedAt + r.durationMs));
  return roundTrips(requests.filter((r) => r.startedAt < from || r.startedAt >= to));
}

async function ship(opts: { latencyMs: number; approvals?: boolean; inputs?: Record<string, string>; script?: { statuses: Array<'queued' | 'in_progress'>; stepMs: number }; bad?: boolean }) {
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', quiet: true });
  sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: opts.script?.statuses ?? [], stepMs: opts.script?.stepMs ?? 0, conclusion: 'success' };
  const service = await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: sample.previousVersion });
  if (opts.bad) service.setUnhealthy('1.5.0');
  const workspace = sample.checkout();
  if (opts.approvals) approvalsWorld(sandbox.state, sample.sha);
  // Warm the sandbox's schema validators, so that their first compilation is not measured.
  await runAction({ apiUrl: sandbox.url, serverUrl: sandbox.webUrl, repository: 'acme/sample-service', workspace, sha: sample.sha, inputs: { 'dry-run': 'true', 'deploy-workflow': 'deploy.yml' }, env: PRODUCTION });
  sandbox.clearLog();
  sandbox.state.scenario.latencyMs = opts.latencyMs;
  const inputs = { 'deploy-workflow': 'deploy.yml', ...(opts.inputs ?? {}) };
  for (const [k, v] of Object.entries(inputs)) inputs[k as keyof typeof inputs] = v.replace('$SERVICE', service.url);
  const result = await runAction({ apiUrl: sandbox.url, serverUrl: sandbox.webUrl, repository: 'acme/sample-service', workspace, sha: sample.sha, event: { repository: { default_branch: 'main' } }, inputs, env: PRODUCTION });
  const requests = [...sandbox.requests];
  const runs = dispatchedRuns(sandbox.state);
  await service.close();
  await sandbox.close();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(sample.dir, { recursive: true, force: true });
  return { result, requests, runs };
}

/**
 * The approvals world: the branch's rules require a pull request with one approving review (the
 * commit came through pull request #12, approved), so the gates read the pull request and its
 * reviews, and the release commit comes back through the merge-back pull request.
 */
function approvalsWorld(state: SandboxState, sha: string): void {
  setBranchRules(state, 'main', [{ type: 'pull_request', parameters: { required_approving_review_count: 1 } }]);
  addPull(state, { number: 12, headSha: sha, mergeCommitSha: sha, baseRef: 'main' });
  addReview(state, { pull: 12, user: 'reviewer', state: 'APPROVED' });
}

async function startup(): Promise<number[]> {
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', quiet: true });
  const workspace = sample.checkout();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    sandbox.clearLog();
    const r = await runAction({ apiUrl: sandbox.url, serverUrl: sandbox.webUrl, repository: 'acme/sample-service', workspace, sha: sample.sha, inputs: { 'dry-run': 'true' }, env: PRODUCTION });
    const first = sandbox.requests[0];
    if (first) times.push(first.startedAt - r.spawnedAt);
  }
  await sandbox.close();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(sample.dir, { recursive: true, force: true });
  return times;
}

async function main(): Promise<void> {
  // The bundle: the entry and its chunks (ncc makes one per dynamic import), source maps aside.
  const files = readdirSync(path.join(projectRoot, 'dist')).filter((f) => f.endsWith('.js'));
  const bundle = Buffer.concat(files.map((f) => readFileSync(path.join(projectRoot, 'dist', f))));
  const lines: string[] = [`# ship-prod measurements (${RUNS} runs each, median; injected API latency ${LATENCY} ms)`, ''];
  lines.push(`| measure | value |`, `|---|---|`);
  lines.push(`| bundle dist/*.js (${files.length} files) | ${(bundle.length / 1024).toFixed(0)} KiB (${(gzipSync(bundle).length / 1024).toFixed(0)} KiB gzip) |`);

  const starts = await startup();
  lines.push(`| spawn to first API request | ${median(starts)} ms (min ${Math.min(...starts)}, max ${Math.max(...starts)}) |`);

  // A full ship, no waits: the deploy run is complete when first read, no health checks.
  const counts: number[] = [];
  const rounds: number[] = [];
  const outside: number[] = [];
  const walls: number[] = [];
  const writeCounts: number[] = [];
  const overlaps: number[] = [];
  const lockRequests: number[] = [];
  const lockRounds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { result, requests } = await ship({ latencyMs: LATENCY });
    if (result.outputs.status !== 'shipped') throw new Error(`full ship ended ${result.outputs.status}:\n${result.stdout}`);
    counts.push(requests.length);
    rounds.push(roundTrips(requests));
    outside.push(roundTripsOutsideDeployWait(requests));
    // The lock's cost: its own requests, and the rounds the ship would save without them.
    const others = requests.filter((r) => !isLockRequest(r));
    lockRequests.push(requests.length - others.length);
    lockRounds.push(roundTrips(requests) - roundTrips(others));
    walls.push(result.durationMs);
    const writes = requests.filter((r) => isWrite(r.method));
    writeCounts.push(writes.length);
    overlaps.push(writes.filter((w, j) => j > 0 && w.startedAt < writes[j - 1]!.startedAt + writes[j - 1]!.durationMs - 1).length);
  }
  const zero = await ship({ latencyMs: 0 });
  // The same ship where the branch rules require an approving review.
  const approvalRequests: number[] = [];
  const approvalRounds: number[] = [];
  const approvalOutside: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { result, requests } = await ship({ latencyMs: LATENCY, approvals: true });
    if (result.outputs.status !== 'shipped') throw new Error(`approvals ship ended ${result.outputs.status}:\n${result.stdout}`);
    approvalRequests.push(requests.length);
    approvalRounds.push(roundTrips(requests));
    approvalOutside.push(roundTripsOutsideDeployWait(requests));
  }
  lines.push(`| API requests per full ship (gates through publish, waits aside) | ${median(counts)} (target ≤ 25, the lock's 3 included) |`);
  lines.push(`| sequential round trips per full ship: all / outside the deploy wait (dispatch to the run read finished) | ${median(rounds)} / ${median(outside)} (target outside the wait ≤ 12) |`);
  lines.push(`| the approvals world (rules require an approving review; merge-back pull request): requests, round trips all / outside the deploy wait | ${median(approvalRequests)}, ${median(approvalRounds)} / ${median(approvalOutside)} |`);
  lines.push(`| the environment lock on an uncontended ship: its requests, and the round trips it adds | ${median(lockRequests)} requests (commit, ref, release), ${median(lockRounds)} round trip(s) (the version's reads go beside its commit, its release beside the last write) |`);
  lines.push(`| writes per full ship (one at a time, none spaced: within the burst of the write bucket) | ${median(writeCounts)}, ${median(overlaps)} overlapping |`);
  lines.push(`| action's own time: spawn to exit of a full ship (run finished when first read, no health checks) | ${median(walls)} ms at ${LATENCY} ms latency (target ≤ 4000), ${zero.result.durationMs} ms at 0 |`);
  lines.push(`| (own time at ${LATENCY} ms − at 0) ÷ latency | ${((median(walls) - zero.result.durationMs) / LATENCY).toFixed(1)} rounds |`);

  // A deploy run that takes 5 s: how soon is its completion noticed, and how many polls were 304?
  const delays: number[] = [];
  const ratios: number[] = [];
  let interval = 0;
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const { result, requests, runs } = await ship({ latencyMs: 0, script: { statuses: ['in_progress'], stepMs: 5000 }, inputs: { 'deploy-timeout': '60s' } });
    if (result.outputs.status !== 'shipped') throw new Error(`slow deploy ended ${result.outputs.status}`);
    const run = runs[0]!;
    const completedAt = runPhase(run, Number.MAX_SAFE_INTEGER).completedAtMs!;
    const polls = requests.filter((r) => r.operationId === 'actions/get-workflow-run');
    const seen = polls.find((p) => p.startedAt >= completedAt);
    if (seen) delays.push(seen.startedAt - completedAt);
    const repeats = polls.slice(1);
    ratios.push(repeats.filter((p) => p.status === 304).length / Math.max(1, repeats.length - 1));
    interval = runPollInterval(60_000);
  }
  lines.push(`| finished deploy run noticed after | ${median(delays)} ms (poll interval ${interval} ms) |`);
  lines.push(`| repeated run polls answered 304 (the last one carries the change) | ${median(ratios.map((r) => r * 100)).toFixed(0)} % |`);

  // A bad version: time to detect and to restore.
  const detect: number[] = [];
  const restore: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const { result } = await ship({
      latencyMs: 0,
      bad: true,
      inputs: { 'health-checks': '- name: app\n  url: $SERVICE/health\n  expect-version: true', 'health-interval': '250ms', 'health-timeout': '2s', 'rollback-timeout': '60s' }
    });
    const report = JSON.parse(result.outputs['report-json'] ?? '{}') as { health?: { timeToDetectMs?: number }; rollback?: { timeToRestoreMs?: number } };
    if (result.outputs.status !== 'rolled-back') throw new Error(`bad version ended ${result.outputs.status}`);
    detect.push(report.health?.timeToDetectMs ?? NaN);
    restore.push(report.rollback?.timeToRestoreMs ?? NaN);
  }
  lines.push(`| bad version: first failing probe to verdict (health-timeout 2s, interval 250 ms) | ${median(detect)} ms |`);
  lines.push(`| bad version: verdict to verified rollback | ${median(restore)} ms |`);
  const handover = await lockHandovers(Math.min(RUNS, 5));
  lines.push(`| lock handed over: holder's release answered → waiter holds the lock (poll every ${LOCK_POLL_MS} ms) | ${median(handover.held)} ms (min ${Math.min(...handover.held)}, max ${Math.max(...handover.held)}) |`);
  lines.push(`| lock handed over: holder's release answered → waiter's first version read | ${median(handover.version)} ms |`);
  console.log(lines.join('\n'));
}

/**
 * Two ships of one environment started together (separate processes, their own workflow runs):
 * the second waits for the first's lock. Measured from the request log: the holder's release
 * (its DELETE answered) to the waiter's lock creation answered, and to its first version read.
 */
async function lockHandovers(n: number): Promise<{ held: number[]; version: number[] }> {
  const held: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < n; i++) {
    const sample = createSampleRepo();
    const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', quiet: true });
    sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 2000, conclusion: 'success' };
    sandbox.state.scenario.latencyMs = LATENCY;
    const workspaces = [sample.checkout(), sample.checkout()];
    const ships = workspaces.map((workspace, k) => {
      const run = addRun(sandbox.state, { workflow: 'release.yml', event: 'workflow_dispatch', headSha: sample.sha, script: { statuses: ['in_progress'], stepMs: 0, conclusion: 'never' } });
      return new Promise((r) => setTimeout(r, k * 300)).then(() =>
        runAction({ apiUrl: sandbox.url, serverUrl: sandbox.webUrl, repository: 'acme/sample-service', workspace, sha: sample.sha, event: { repository: { default_branch: 'main' } }, inputs: { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '60s' }, env: { ...PRODUCTION, GITHUB_RUN_ID: String(run.id) } })
      );
    });
    const results = await Promise.all(ships);
    if (results.some((r) => r.outputs.status !== 'shipped')) throw new Error(`lock handover: ${results.map((r) => r.outputs.status).join(', ')}`);
    const log = [...sandbox.requests].sort((a, b) => a.startedAt - b.startedAt);
    const end = (r: RequestLogEntry) => r.startedAt + r.durationMs;
    const release = log.find((r) => r.operationId === 'git/delete-ref' && isLockRequest(r))!;
    const taken = log.filter((r) => r.operationId === 'git/create-ref' && isLockRequest(r) && r.status === 201)[1]!;
    const read = log.find((r) => r.operationId === 'git/list-matching-refs' && r.startedAt >= end(taken))!;
    held.push(end(taken) - end(release));
    version.push(read.startedAt - end(release));
    await sandbox.close();
    for (const w of workspaces) rmSync(w, { recursive: true, force: true });
    rmSync(sample.dir, { recursive: true, force: true });
  }
  return { held, version };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
