/**
 * Taking an environment's lock (github/locks.ts) before the ship's first write, and letting it go
 * when the ship ends. The lock commit goes first (it names this ship), then the ref is created:
 * GitHub creates a ref atomically, so of two ships one gets it and the other is told it exists.
 * A held lock is read again every second (a conditional request: unchanged, it is a 304 that
 * costs no rate limit) with a progress line naming the run that holds it, until it is free, its
 * holder's run has ended (taken over, with a warning), or lock-timeout passes (blocked).
 */
import { formatDuration } from '../config/durations.js';
import { shipIdOf } from '../deploy/deployment.js';
import { ConditionalCache } from '../github/conditional.js';
import { createLockCommit, createLockRef, deleteLockRef, holderRunState, readLockCommitMessage, readLockRef, takeOverLockRef } from '../github/locks.js';
import type { Progress } from '../progress.js';
import type { RunEnv } from '../run-env.js';
import { decideLock, HOLDER_CHECK_MS, LOCK_POLL_MS, type HolderRun, type LockSeen } from './decide.js';
import { describeHolder, lockMessage, lockRefName, parseLockMessage, type LockHolder } from './holder.js';
import type { LockRecord } from './record.js';
import { waitForOrphanRuns } from './orphans.js';
import { saveLockHeld, saveLockReleased } from './saved.js';

export interface HeldLock {
  readonly ref: string;
  readonly commitSha: string;
  readonly record: LockRecord;
  /** Deletes the ref (once; later calls do nothing). `beside`: with the ship's last write. Never throws: a failure is a warning. */
  release(opts?: { beside?: boolean }): Promise<void>;
}

/** Reads the lock and names its holder (the run it names is read when `runs` is given). */
export class LockReader {
  private readonly cache = new ConditionalCache();
  private readonly holders = new Map<string, LockHolder | undefined>();

  constructor(
    private readonly env: RunEnv,
    readonly ref: string
  ) {}

  async look(runs?: { cache: ConditionalCache; read: (sha: string, holder: LockHolder) => boolean; last: Map<string, HolderRun> }): Promise<LockSeen> {
    const { client } = this.env;
    const sha = await readLockRef(client, this.ref, this.cache);
    if (sha === undefined) return { kind: 'free' };
    if (!this.holders.has(sha)) this.holders.set(sha, parseLockMessage(await readLockCommitMessage(client, sha)));
    const holder = this.holders.get(sha);
    let holderRun: HolderRun = runs?.last.get(sha) ?? 'unknown';
    if (holder && runs?.read(sha, holder)) {
      holderRun = await holderRunState(client, holder.runId, runs.cache);
      runs.last.set(sha, holderRun);
    }
    return { kind: 'held', commitSha: sha, ...(holder ? { holder } : {}), holderRun };
  }
}

export function thisShip(env: RunEnv, environment: string): LockHolder {
  const c = env.context;
  return { environment, runId: c.runId, runAttempt: c.runAttempt, runUrl: c.runUrl, shipId: shipIdOf(c.runId, c.sha), since: new Date(env.clock.now()).toISOString() };
}

/** Takes the environment's lock, waiting for it up to lock-timeout. Without `held`, the record says who blocked it. */
export async function acquireLock(env: RunEnv, environment: string): Promise<{ held?: HeldLock; record: LockRecord }> {
  const { client, clock, context, settings } = env;
  const ref = lockRefName(environment);
  const me = thisShip(env, environment);
  const record: LockRecord = { environment, ref, state: 'held', waitedMs: 0, summary: '' };
  const started = clock.now();
  const deadlineMs = started + settings.lockTimeoutMs;
  const treeSha = await env.tree();
  const mine = await createLockCommit(client, { treeSha, message: lockMessage(me) });
  const reader = new LockReader(env, ref);
  const runs = { cache: new ConditionalCache(), last: new Map<string, HolderRun>(), checkedAt: new Map<string, number>() };
  const readRuns = {
    cache: runs.cache,
    last: runs.last,
    // The holder's run is read when its lock is first seen, then every HOLDER_CHECK_MS.
    read: (sha: string, holder: LockHolder) => {
      if (holder.runId === context.runId) return false;
      const at = runs.checkedAt.get(sha);
      if (at !== undefined && clock.now() - at < HOLDER_CHECK_MS) return false;
      runs.checkedAt.set(sha, clock.now());
      return true;
    }
  };
  let progress: Progress | undefined;
  let seen: LockSeen = { kind: 'free' };
  const holding = (how: NonNullable<LockRecord['how']>, sha: string, holder?: LockHolder): { held: HeldLock; record: LockRecord } => {
    record.how = how;
    record.commitSha = sha;
    record.waitedMs = clock.now() - started;
    record.takenAt = new Date(clock.now()).toISOString();
    record.holder = holder ?? me;
    record.summary = heldSummary(record);
    return { held: holdLock(env, record, sha), record };
  };
  for (;;) {
    const decision = decideLock(seen, { runId: context.runId, commitSha: mine }, { nowMs: clock.now(), deadlineMs });
    switch (decision.action) {
      case 'create':
        if ((await createLockRef(client, ref, mine)) === 'created') return holding('created', mine, me);
        seen = await reader.look(readRuns);
        break;
      case 'held':
        return holding('created', mine, me);
      case 'carry-on':
        return holding('carried-on', (seen as { commitSha: string }).commitSha, (seen as { holder?: LockHolder }).holder);
      case 'take-over': {
        const dead = seen as Extract<LockSeen, { kind: 'held' }>;
        const over = await createLockCommit(client, { treeSha, message: lockMessage({ ...me, takenOverFrom: dead.holder?.runUrl || `run ${dead.holder?.runId}` }), parent: dead.commitSha });
        if ((await takeOverLockRef(client, ref, over)) === 'taken') {
          const taken = holding('taken-over', over, dead.holder);
          env.timeline.warn(`took over the ${environment} lock (${ref}) from ${describeHolder(dead.holder)} (${dead.holder?.runUrl || 'no link'}): ${decision.why}`);
          // Its deploy run may still be going: never deploy beside it.
          if (await waitForOrphanRuns(env, deadlineMs)) return taken;
          await taken.held.release();
          record.state = 'blocked';
          record.summary = `took ${ref} over from ${describeHolder(dead.holder)}, but a run it dispatched was still going when lock-timeout ${formatDuration(settings.lockTimeoutMs)} ran out`;
          return { record };
        }
        seen = await reader.look(readRuns);
        break;
      }
      case 'wait': {
        const held = seen as Extract<LockSeen, { kind: 'held' }>;
        if (held.holder) record.waitedFor = held.holder;
        progress ??= env.progress(`lock of ${environment} (${ref})`, held.holder?.runUrl || undefined);
        progress.update(`held by ${describeHolder(held.holder)}${held.holder?.since ? ` since ${held.holder.since}` : ''}; lock-timeout ${formatDuration(settings.lockTimeoutMs)}`, held.holder?.runUrl || undefined);
        await progress.sleep(Math.min(LOCK_POLL_MS, Math.max(0, deadlineMs - clock.now())));
        seen = await reader.look(readRuns);
        break;
      }
      case 'give-up': {
        const held = seen as Extract<LockSeen, { kind: 'held' }>;
        record.state = 'blocked';
        record.waitedMs = clock.now() - started;
        if (held.holder) record.holder = held.holder;
        record.commitSha = held.commitSha;
        record.summary = `${ref} is held by ${describeHolder(held.holder)}${held.holder?.since ? ` since ${held.holder.since}` : ''}; waited lock-timeout ${formatDuration(settings.lockTimeoutMs)}`;
        return { record };
      }
    }
  }
}

function heldSummary(record: LockRecord): string {
  const waited = record.waitedFor ? ` after waiting ${formatDuration(record.waitedMs)} for ${describeHolder(record.waitedFor)}` : '';
  switch (record.how) {
    case 'carried-on':
      return `${record.ref} held by ${describeHolder(record.holder)} of this run: carried on with it`;
    case 'taken-over':
      return `${record.ref} taken over from ${describeHolder(record.holder)}, whose run had ended without releasing it${waited}`;
    default:
      return `${record.ref} taken${waited}`;
  }
}

function holdLock(env: RunEnv, record: LockRecord, sha: string): HeldLock {
  saveLockHeld({ ref: record.ref, sha });
  let released: Promise<void> | undefined;
  return {
    ref: record.ref,
    commitSha: sha,
    record,
    release(opts = {}) {
      released ??= deleteLockRef(env.client, record.ref, sha, opts).then(
        () => {
          record.state = 'released';
          record.releasedAt = new Date(env.clock.now()).toISOString();
          saveLockReleased(record.ref);
        },
        (error: unknown) => env.timeline.warn(`could not release the lock ${record.ref}: ${(error as Error).message}; the next ship takes it over once this run has completed`)
      );
      return released;
    }
  };
}
