/**
 * The exactly-once property, checked against the sandbox: a ship, whatever failed on the way,
 * ends with one tag, one published release, one dispatch and one production deployment in
 * success, and its outputs name them. Also: the writes of a clean ship, read from the request
 * log, and the faults the property test injects into them.
 */
import { rmSync } from 'node:fs';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { latestDeploymentStatus } from '../../sandbox/github/handlers/deployments.js';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import type { FaultRule, RequestLogEntry } from '../../sandbox/github/types.js';
import { runAction, type ActionRunOptions, type ActionRunResult } from '../../sandbox/runner.js';
import type { SampleRepo } from '../../sandbox/sample-repo.js';
import { OWNER, REPO, sampleRun, TOKEN } from './e2e.js';

export const TAG = 'v1.5.0';
/** The ship every case makes: a deploy workflow whose run has finished when first read. */
export const INPUTS = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '60s', rollback: 'never' };

/** One write of a ship, as the request log names it: the n-th request (0-based) of an operation. */
export interface WriteRef {
  operationId: string;
  occurrence: number;
  method: string;
}

export function writesOf(log: RequestLogEntry[]): WriteRef[] {
  const seen = new Map<string, number>();
  return log
    .filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.operationId)
    .map((r) => {
      const occurrence = seen.get(r.operationId!) ?? 0;
      seen.set(r.operationId!, occurrence + 1);
      return { operationId: r.operationId!, occurrence, method: r.method };
    });
}

export const describeWrite = (w: WriteRef) => `${w.operationId}${w.occurrence ? ` #${w.occurrence + 1}` : ''}`;

/** A sandbox seeded from the sample, with a deploy run that finishes at once; and a checkout. */
export async function sandboxFor(sample: SampleRepo): Promise<{ sandbox: Sandbox; workspace: string; close(): Promise<void> }> {
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: OWNER, repo: REPO, token: TOKEN, quiet: true });
  sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: [], stepMs: 0, conclusion: 'success' };
  const workspace = sample.checkout();
  return {
    sandbox,
    workspace,
    async close() {
      await sandbox.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  };
}

/** A clean ship of the sample in its own sandbox; answers the sandbox's request log. */
export async function cleanShip(sample: SampleRepo): Promise<RequestLogEntry[]> {
  const fx = await sandboxFor(sample);
  try {
    const result = await shipOnce(sample, fx.sandbox, fx.workspace);
    const problems = exactlyOnceProblems(fx.sandbox, sample, result);
    if (problems.length) throw new Error(`the clean ship is not clean: ${problems.join('; ')}`);
    return [...fx.sandbox.requests];
  } finally {
    await fx.close();
  }
}

export function shipOnce(sample: SampleRepo, sandbox: Sandbox, workspace: string, opts: Partial<ActionRunOptions> = {}): Promise<ActionRunResult> {
  return runAction({ ...sampleRun(sample, sandbox, workspace), inputs: INPUTS, timeoutMs: 60_000, ...opts });
}

/** Resolves when the sandbox holds a request open (a `hang` fault): the write was applied, its answer never comes. */
export function whenHung(sandbox: Sandbox): Promise<RequestLogEntry> {
  return new Promise((resolve) => {
    const stop = sandbox.onRequest((entry) => {
      if (entry.lost === 'hang') {
        stop();
        resolve(entry);
      }
    });
  });
}

/** What is wrong with the end state, in words: what was duplicated, lost, or misreported. Empty when the ship happened once. */
export function exactlyOnceProblems(sandbox: Sandbox, sample: SampleRepo, result: ActionRunResult): string[] {
  const problems: string[] = [];
  const { state } = sandbox;
  const out = result.outputs;
  if (out.status !== 'shipped' || result.code !== 0) problems.push(`ended ${out.status || 'without a status'} (exit ${result.code}): ${headline(result)}`);
  const tagSha = state.git.getRef(`refs/tags/${TAG}`);
  const newTags = [...state.git.refs()].map(([name]) => name).filter((n) => n.startsWith('refs/tags/') && n !== 'refs/tags/v1.4.0');
  if (!tagSha) problems.push(`tag ${TAG} lost`);
  if (newTags.length !== 1) problems.push(`${newTags.length} new tags (${newTags.join(', ')})`);
  const commit = tagSha ? state.git.peel(tagSha) : undefined;
  if (commit && state.git.getCommit(commit)?.parents[0] !== sample.sha) problems.push(`tag ${TAG} is not at a release commit of ${sample.sha.slice(0, 7)}`);
  const releases = state.releases.filter((r) => r.tagName === TAG);
  if (releases.length !== 1) problems.push(`${releases.length} releases for ${TAG} (${releases.map((r) => `${r.id}${r.draft ? ' draft' : ''}`).join(', ')})`);
  else if (releases[0]!.draft) problems.push(`release ${releases[0]!.id} left a draft`);
  const runs = dispatchedRuns(state);
  if (runs.length !== 1) problems.push(`${runs.length} dispatches of deploy.yml (${runs.map((r) => `${r.id} at ${r.headBranch}`).join(', ')})`);
  const deployments = state.deployments.filter((d) => d.environment === 'production' && d.ref === TAG);
  const states = deployments.map((d) => `${d.id} ${latestDeploymentStatus(state, d.id)?.state ?? 'no status'}`);
  if (deployments.length !== 1) problems.push(`${deployments.length} production deployments of ${TAG} (${states.join(', ')})`);
  else if (latestDeploymentStatus(state, deployments[0]!.id)?.state !== 'success') problems.push(`deployment ${states[0]} is not success`);
  // The outputs name what the ship made, resumed or not.
  const expected: Record<string, string | undefined> = {
    tag: TAG,
    sha: commit,
    'release-id': releases.length === 1 ? String(releases[0]!.id) : undefined,
    'deployment-id': deployments.length === 1 ? String(deployments[0]!.id) : undefined,
    'deploy-run-id': runs.length === 1 ? String(runs[0]!.id) : undefined
  };
  for (const [name, value] of Object.entries(expected)) {
    if (value !== undefined && out[name] !== value) problems.push(`output ${name} is '${out[name] ?? ''}', expected '${value}'`);
  }
  if (runs.length === 1 && !(out['deploy-run-url'] ?? '').endsWith(`/actions/runs/${runs[0]!.id}`)) problems.push(`output deploy-run-url is '${out['deploy-run-url'] ?? ''}'`);
  const schema = sandbox.schemaErrors();
  if (schema.length) problems.push(`schema errors: ${schema.slice(0, 3).join('; ')}`);
  return problems;
}

function headline(result: ActionRunResult): string {
  const error = result.stdout.split('\n').find((l) => l.startsWith('::error'));
  return (error ?? result.stderr.split('\n').find(Boolean) ?? '').slice(0, 300);
}

/** A small seeded PRNG (mulberry32), so a failing mix can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fault kinds of the random mixes. */
export const MIX_KINDS = ['502 before', '502 after', 'reset before', 'reset after', '429 secondary', '403 secondary', 'primary limit', 'slow'] as const;

function faultOf(kind: (typeof MIX_KINDS)[number], random: () => number): Omit<FaultRule, 'match' | 'skip'> {
  switch (kind) {
    case '502 before':
      return { status: 502 };
    case '502 after':
      return { status: 502, afterEffect: true };
    case 'reset before':
      return { reset: true };
    case 'reset after':
      return { reset: true, afterEffect: true };
    case '429 secondary':
      return { status: 429, retryAfterSeconds: 1 + Math.floor(random() * 3) };
    case '403 secondary':
      return { status: 403, retryAfterSeconds: 1 + Math.floor(random() * 3) };
    case 'primary limit':
      return { status: 403, rateLimitResetSeconds: 1 + Math.floor(random() * 2) };
    case 'slow':
      return { delayMs: 20 + Math.floor(random() * 200) };
  }
}

/**
 * A random mix for a seed: each request of the clean ship (reads and writes) gets, with
 * probability `rate`, one fault of a random kind, placed by operation and occurrence.
 */
export function randomMix(seed: number, log: RequestLogEntry[], rate = 0.2): Array<FaultRule & { kind: string; label: string }> {
  const random = prng(seed);
  const seen = new Map<string, number>();
  const rules: Array<FaultRule & { kind: string; label: string }> = [];
  for (const r of log) {
    if (!r.operationId) continue;
    const occurrence = seen.get(r.operationId) ?? 0;
    seen.set(r.operationId, occurrence + 1);
    if (random() >= rate) continue;
    const kind = MIX_KINDS[Math.floor(random() * MIX_KINDS.length)]!;
    rules.push({ match: r.operationId, skip: occurrence, ...faultOf(kind, random), kind, label: `${kind} on ${r.method} ${r.operationId}${occurrence ? ` #${occurrence + 1}` : ''}` });
  }
  return rules;
}

/** Runs `tasks` at most `width` at a time. */
export async function inBatches<T>(tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    })
  );
  return results;
}
