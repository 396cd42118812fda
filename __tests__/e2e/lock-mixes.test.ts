/**
 * One ship per environment under random mixes (seeded, so a failure replays from its seed): three
 * ships of the bundled action start together against one sandbox, each its own process, checkout
 * and workflow run, some with an explicit version; answers are lost after GitHub applied the
 * write (the lock's own writes among them); one ship is killed at a random moment and its job
 * re-run afterwards. Whatever happens: never two deploy runs of production in flight at once,
 * every ship ends with a status and a headline that says what happened, and no lock is left.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { dispatchedRuns, runPhase } from '../../sandbox/github/handlers/actions.js';
import type { FaultRule } from '../../sandbox/github/types.js';
import { locksLeft, shipFixture, type ShipFixture } from '../helpers/e2e.js';
import { prng } from '../helpers/exactly-once.js';

const SEEDS = [1, 2, 3];
const SHIPS = 3;
const BASE = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '30s', 'lock-timeout': '60s' };
const VERSIONS: Array<Record<string, string>> = [{}, { version: '2.0.0' }, { version: '2.1.0' }];
/** Lost answers (applied, then a 502 or a reset), on the writes that matter here. */
const LOSSES: Array<Omit<FaultRule, 'skip'>> = [
  { match: 'git/create-ref', status: 502, afterEffect: true },
  { match: 'git/create-ref', reset: true, afterEffect: true },
  { match: 'git/delete-ref', status: 502, afterEffect: true },
  { match: 'git/update-ref', reset: true, afterEffect: true },
  { match: 'repos/create-deployment', status: 502, afterEffect: true },
  { match: 'actions/create-workflow-dispatch', reset: true, afterEffect: true },
  { match: 'repos/create-deployment-status', status: 502, afterEffect: true }
];
const STATUSES = ['shipped', 'blocked', 'aborted', 'rolled-back', 'failed'];

const fixtures: ShipFixture[] = [];
afterAll(async () => Promise.all(fixtures.map((f) => f.close())));

interface Outcome {
  ship: number;
  killed: boolean;
  status: string;
  headline: string;
}

async function mix(seed: number): Promise<{ faults: string[]; outcomes: Outcome[]; overlaps: string[]; locks: string[]; schema: string[] }> {
  const random = prng(seed);
  const fx = await shipFixture();
  fixtures.push(fx);
  fx.sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['in_progress'], stepMs: 600, conclusion: 'success' };
  const faults = LOSSES.filter(() => random() < 0.5).map((f) => ({ ...f, skip: Math.floor(random() * 3) }));
  fx.sandbox.state.scenario.faults.push(...faults);
  const victim = Math.floor(random() * SHIPS);
  const killAfterMs = 500 + Math.floor(random() * 4000);
  const first = await Promise.all(
    Array.from({ length: SHIPS }, async (_, i) => {
      await new Promise((r) => setTimeout(r, Math.floor(random() * 300)));
      const inputs = { ...BASE, ...VERSIONS[i % VERSIONS.length] };
      const kill = i === victim ? { signal: AbortSignal.timeout(killAfterMs) } : {};
      return { i, inputs, result: await fx.shipAsRun(inputs, kill) };
    })
  );
  const outcomes: Outcome[] = [];
  for (const { i, inputs, result } of first) {
    let final = result;
    // A killed job is re-run by a person: the same workflow run, its next attempt.
    if (result.code === null) final = await fx.shipAsRun(inputs, { rerun: result.run });
    outcomes.push({ ship: i, killed: result.code === null, status: final.outputs.status ?? '', headline: JSON.parse(final.outputs['report-json'] ?? '{}').headline ?? '' });
  }
  const runs = dispatchedRuns(fx.sandbox.state).map((r) => ({ id: r.id, from: r.createdAtMs, to: runPhase(r, Number.MAX_SAFE_INTEGER).completedAtMs ?? Infinity }));
  const overlaps: string[] = [];
  runs.forEach((a, i) => runs.slice(i + 1).forEach((b) => a.from < b.to && b.from < a.to && overlaps.push(`deploy runs ${a.id} and ${b.id}`)));
  return { faults: faults.map((f) => `${f.status ?? 'reset'} after ${f.match} #${f.skip + 1}`), outcomes, overlaps, locks: locksLeft(fx.sandbox), schema: fx.sandbox.schemaErrors() };
}

describe('racing ships under random kills and lost answers', () => {
  it(`${SHIPS} ships at once over ${SEEDS.length} seeds: deploys never overlap, every ship says how it ended, no lock is left`, async () => {
    const results = [];
    for (const seed of SEEDS) results.push({ seed, ...(await mix(seed)) });
    console.log(results.map((r) => `seed ${r.seed}: ${r.outcomes.map((o) => `${o.status}${o.killed ? ' (killed, re-run)' : ''}`).join(', ')}; faults: ${r.faults.join(', ') || 'none'}`).join('\n'));
    const problems = results.flatMap((r) => [
      ...r.overlaps.map((o) => `seed ${r.seed}: ${o} overlap`),
      ...r.outcomes.filter((o) => !STATUSES.includes(o.status) || o.headline.length < 10).map((o) => `seed ${r.seed}: ship ${o.ship} ended '${o.status}' (${o.headline})`),
      ...r.locks.map((l) => `seed ${r.seed}: ${l} left behind`),
      ...r.schema.slice(0, 3).map((e) => `seed ${r.seed}: ${e}`)
    ]);
    expect(problems).toEqual([]);
  }, 300_000);
});
