/**
 * Exactly once, whatever fails (INTERFACE.md, Re-runs). The writes of a clean ship are read from
 * the sandbox's request log, so a write added later is covered without touching this file. For
 * every write: its answer is lost after GitHub applied it (a 502, a reset connection), or the
 * process is killed right after it was applied and the job re-run. Then random mixes of faults
 * over many seeds (exactly-once-mixes.test.ts). Every case must end `shipped` with one tag, one published release, one
 * dispatch and one production deployment in success, and outputs that name them. The client is
 * the production one; only its time is scaled (sandbox/runner.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import type { RequestLogEntry } from '../../sandbox/github/types.js';
import { createSampleRepo, type SampleRepo } from '../../sandbox/sample-repo.js';
import {
  cleanShip,
  describeWrite,
  INPUTS,
  exactlyOnceProblems,
  inBatches,
  sandboxFor,
  shipOnce,
  TAG,
  whenHung,
  writesOf,
  type WriteRef
} from '../helpers/exactly-once.js';

const WIDTH = 3;
const RERUN = { env: { GITHUB_RUN_ATTEMPT: '2' } };

let sample: SampleRepo;
let cleanLog: RequestLogEntry[] = [];
let writes: WriteRef[] = [];

beforeAll(async () => {
  sample = createSampleRepo();
  cleanLog = await cleanShip(sample);
  writes = writesOf(cleanLog);
}, 60_000);

afterAll(() => rmSync(sample.dir, { recursive: true, force: true }));

type Kind = 'answer lost' | 'killed, then re-run';
const KINDS: Kind[] = ['answer lost', 'killed, then re-run'];
/** How the answer is lost: a 502 for every other write, a reset connection for the rest (both again in the random mixes). */
const lossOf = (index: number) => (index % 2 ? 'reset' : '502');

async function faultCase(write: WriteRef, index: number, kind: Kind): Promise<string[]> {
  const fx = await sandboxFor(sample);
  try {
    const match = { match: write.operationId, skip: write.occurrence, afterEffect: true };
    if (kind === 'killed, then re-run') {
      fx.sandbox.state.scenario.faults.push({ ...match, hang: true });
      const killed = await shipOnce(sample, fx.sandbox, fx.workspace, { killWhen: whenHung(fx.sandbox) });
      if (killed.code !== null) return [`the write was never reached: the first run ended ${killed.outputs.status}`];
      const rerun = await shipOnce(sample, fx.sandbox, fx.workspace, RERUN);
      return exactlyOnceProblems(fx.sandbox, sample, rerun);
    }
    fx.sandbox.state.scenario.faults.push(lossOf(index) === '502' ? { ...match, status: 502 } : { ...match, reset: true });
    const result = await shipOnce(sample, fx.sandbox, fx.workspace);
    const problems = exactlyOnceProblems(fx.sandbox, sample, result);
    if (!fx.sandbox.requests.some((r) => r.fault !== undefined || r.lost)) problems.push('the fault was never injected');
    return problems;
  } finally {
    await fx.close();
  }
}

describe('exactly once, whatever fails', () => {
  it('the clean ship makes the writes the property test covers', () => {
    const names = writes.map(describeWrite);
    // The writes a ship is known to make today; a new write is covered below without being listed here.
    for (const op of ['git/create-ref', 'repos/create-release', 'repos/create-deployment', 'actions/create-workflow-dispatch', 'repos/create-deployment-status', 'repos/update-release']) {
      expect(names).toContain(op);
    }
    // No two writes in flight at once.
    const w = cleanLog.filter((r) => r.method !== 'GET');
    for (let i = 1; i < w.length; i++) expect(w[i]!.startedAt).toBeGreaterThanOrEqual(w[i - 1]!.startedAt + w[i - 1]!.durationMs - 1);
  });

  it('every write of a clean ship: its answer lost after it was applied, or the process killed right after it and the job re-run', async () => {
    const cases = writes.flatMap((write, index) => KINDS.map((kind) => ({ write, index, kind })));
    console.log(
      `exactly-once property test: ${writes.length} writes × ${KINDS.length} fault kinds = ${cases.length} cases\n` +
        `  writes (answer lost by): ${writes.map((w, i) => `${describeWrite(w)} (${lossOf(i)})`).join(', ')}\n  kinds: ${KINDS.join(', ')}`
    );
    const results = await inBatches(
      cases.map(({ write, index, kind }) => async () => ({
        name: `${describeWrite(write)}: ${kind === 'answer lost' ? `answer lost (${lossOf(index)})` : kind}`,
        problems: await faultCase(write, index, kind)
      })),
      WIDTH
    );
    expect(results.filter((r) => r.problems.length)).toEqual([]);
  }, 600_000);
});

describe('outputs of a resumed run', () => {
  it('with deploy-workflow and deploy-command both set: the run is the workflow run, on the first run and on a re-run after everything was done', async () => {
    const fx = await sandboxFor(sample);
    try {
      const inputs = { ...INPUTS, 'deploy-command': 'echo "command deploy of $SHIP_TAG"' };
      const first = await shipOnce(sample, fx.sandbox, fx.workspace, { inputs });
      expect(exactlyOnceProblems(fx.sandbox, sample, first)).toEqual([]);
      expect(first.stdout).toContain(`command deploy of ${TAG}`);
      const again = await shipOnce(sample, fx.sandbox, fx.workspace, { inputs, ...RERUN });
      expect(exactlyOnceProblems(fx.sandbox, sample, again)).toEqual([]);
      const named = ['status', 'version', 'previous-version', 'tag', 'sha', 'release-id', 'release-url', 'deployment-id', 'deploy-run-id', 'deploy-run-url', 'health', 'rolled-back'];
      const pick = (o: Record<string, string>) => Object.fromEntries(named.map((n) => [n, o[n]]));
      expect(pick(again.outputs)).toEqual(pick(first.outputs));
      expect(again.stdout).not.toContain('command deploy of');
    } finally {
      await fx.close();
    }
  }, 120_000);
});
