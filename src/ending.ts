/**
 * How a ship ends, decided in one place from the record alone (pure): its status, the headline
 * and what a person should do next. Where it stopped (`record.halt`) decides first; past the
 * release, each environment's outcome does (deploy/record.ts):
 *
 * | where it stopped / how an environment ended      | status        |
 * |--------------------------------------------------|---------------|
 * | bad inputs, a gate, a refusal before any write    | `blocked`     |
 * | the runner, resolving the commit, the version or  | `failed`      |
 * | release stage after it wrote, or a bug            |               |
 * | pre-deploy command; an environment untouched      | `aborted`     |
 * | an environment put back and verified              | `rolled-back` |
 * | an environment that may be wrong                  | `failed`      |
 * | a dry run                                         | `dry-run`     |
 * | every environment verified on the new version     | `shipped`     |
 *
 * `failed` is kept for "production may be wrong, a person is needed" (and for errors a person
 * must look at); a ship that stopped before production changed is `aborted`.
 */
import type { EnvironmentRecord } from './deploy/record.js';
import type { ShipRecord, ShipStatus } from './ship.js';

export interface Ending {
  status: ShipStatus;
  headline: string;
  nextSteps: string[];
}

const NOTHING_CHANGED_GATES = 'Nothing was changed. Fix what the gates table names, then re-run.';
const RESUMES = 'Fix the cause, then re-run this job: it resumes from the existing tag and release.';

/** `v1.5.0 (1.4.0 → 1.5.0)`, or the commit before a version was decided. */
export function describeShip(record: ShipRecord): string {
  const v = record.version;
  if (!v) return record.context?.sha.slice(0, 7) ?? 'the commit';
  return `${v.tag} (${v.previous || 'first release'} → ${v.next})`;
}

export function decideEnding(record: ShipRecord): Ending {
  const halt = record.halt;
  if (halt) {
    switch (halt.at) {
      case 'inputs':
        return { status: 'blocked', headline: `Invalid inputs${halt.inputs.length ? ` (${[...new Set(halt.inputs)].join(', ')})` : ''}: nothing was done`, nextSteps: halt.problems };
      case 'runner':
        return { status: 'failed', headline: `Cannot run here: ${halt.reason}`, nextSteps: ['Nothing was changed.'] };
      case 'token':
        return { status: 'failed', headline: `GitHub refused the token: ${halt.reason}`, nextSteps: ['Check `github-token` (a token of this repository that has not expired), then re-run. Nothing was changed.'] };
      case 'bug':
        return {
          status: 'failed',
          headline: `Unexpected error: ${halt.reason}`,
          nextSteps: ['This is a bug in ship-prod; the log has the stack trace. Check the release and deployment state before re-running.']
        };
      case 'resolve':
        return { status: 'failed', headline: `Could not resolve what to ship: ${halt.reason}`, nextSteps: ['Check the `ref` input and the token, then re-run. Nothing was changed.'] };
      case 'gates': {
        const failed = record.gates.filter((g) => !g.passed);
        const headline = failed.length
          ? `${failed.length} gate${failed.length === 1 ? '' : 's'} failed. ${failed.map((g) => `${g.name}: ${g.reason}`).join('; ')}`
          : `The gates could not be evaluated: ${halt.reason}`;
        return { status: 'blocked', headline, nextSteps: [NOTHING_CHANGED_GATES] };
      }
      case 'lock': {
        const lock = record.lock;
        if (lock?.state !== 'blocked') return { status: 'failed', headline: `The lock could not be taken: ${halt.reason}`, nextSteps: ['Nothing but the lock commit was written (nothing points at it). Re-run the job.'] };
        const holder = lock.holder;
        return {
          status: 'blocked',
          headline: `Blocked: ${halt.reason}`,
          nextSteps: [
            `Nothing was changed. ${holder ? `Run ${holder.runId}${holder.runUrl ? ` (${holder.runUrl})` : ''} is shipping to ${lock.environment}: let it end, then re-run this job.` : `Re-run this job once the ship that holds ${lock.ref} has ended.`}`,
            `If no ship is running, delete the lock by hand: gh api -X DELETE repos/${record.context ? `${record.context.owner}/${record.context.repo}` : '{owner}/{repo}'}/git/${lock.ref}`
          ]
        };
      }
      case 'version': {
        const refused = record.gates.filter((g) => !g.passed);
        if (refused.length) return { status: 'blocked', headline: refused.map((g) => g.reason).join('; '), nextSteps: [NOTHING_CHANGED_GATES] };
        return { status: 'failed', headline: `Version: ${halt.reason}`, nextSteps: ['Nothing was changed. Fix the version inputs or files, then re-run.'] };
      }
      case 'release':
        return {
          status: 'failed',
          headline: `Release: ${halt.reason}`,
          nextSteps: [halt.wrote ? 'Some writes were made (see the timeline); a re-run resumes from what exists.' : 'Nothing was changed.']
        };
      case 'pre-deploy':
        return {
          status: 'aborted',
          headline: `Not shipped: ${halt.reason}. Production was not changed.`,
          nextSteps: ['Fix what the pre-deploy command reported, then re-run this job: it resumes from the existing tag and release.']
        };
      default:
        return { status: 'failed', headline: `${halt.at}: ${halt.reason}`, nextSteps: [] };
    }
  }
  const environments = record.environments ?? [];
  const worst = (['unknown', 'restored', 'untouched'] as const).map((outcome) => environments.find((e) => e.outcome === outcome)).find(Boolean);
  if (worst) {
    const ending = environmentEnding(record, worst);
    if (!record.waves) return ending;
    // A fleet: name what was put back (the rest of the fleet may still run the new version), and every environment's version.
    const restored = environments.filter((e) => e.outcome === 'restored').map((e) => e.name);
    const headline = restored.length ? ending.headline.replace(/^Rolled back to /, `Rolled back ${restored.join(', ')} to `) : ending.headline;
    return { ...ending, headline: `${headline} ${fleetSentence(environments, notStarted(record))}` };
  }
  if (environments.some((e) => e.outcome === 'planned') || record.settings?.dryRun) {
    return { status: 'dry-run', headline: `Dry run: ${describeShip(record)} would ship; nothing was changed`, nextSteps: [] };
  }
  const fleet = record.waves ? ` to ${environments.length} environments in ${record.waves.names.length} wave${record.waves.names.length === 1 ? '' : 's'}` : '';
  return { status: 'shipped', headline: `Shipped ${describeShip(record)}${fleet}`, nextSteps: [] };
}

/** A fleet's truth in one sentence: which environments run which version after the ship, and which this ship never reached (waves). */
export function fleetSentence(environments: readonly EnvironmentRecord[], untouched: readonly string[] = []): string {
  const byVersion = new Map<string, string[]>();
  for (const e of environments) {
    const key = e.version ?? 'an unknown version';
    byVersion.set(key, [...(byVersion.get(key) ?? []), e.name]);
  }
  const parts = [...byVersion].map(([version, names]) => `${names.join(', ')} on ${version}`);
  if (untouched.length) parts.push(`${untouched.join(', ')} not deployed (their wave never started)`);
  return `Fleet: ${parts.join('; ')}.`;
}

/** The environments of the waves the line never reached. */
function notStarted(record: ShipRecord): string[] {
  const reached = new Set((record.environments ?? []).map((e) => e.name));
  return (record.settings?.waves?.list ?? []).flatMap((w) => w.environments.map((e) => e.name)).filter((name) => !reached.has(name));
}

function environmentEnding(record: ShipRecord, env: EnvironmentRecord): Ending {
  const tag = record.version?.tag;
  const reason = env.failure ?? 'the ship failed';
  const traffic = record.delivery?.traffic;
  const r = record.rollback;
  const kept = `Tag ${tag} is kept and the release stays a draft.`;
  const keptBeside = `Tag ${tag} is kept and the release stays a draft; the new version is still deployed beside the old one, with no traffic.`;
  switch (env.outcome) {
    case 'untouched': {
      const check = traffic?.productionVerified;
      if (check) {
        const previous = record.version?.previous || 'the previous version';
        return {
          status: 'aborted',
          headline: `Not shipped: ${reason}. No traffic was moved; ${check.verified ? `production verified on ${previous}` : 'production did not verify'}.`,
          nextSteps: [
            check.verified
              ? `Production was not changed: it still serves ${previous}, verified healthy. The new version is deployed beside it with no traffic.`
              : `Production was not changed by this ship (no traffic moved), but it did not verify: ${check.summary}. Check it now.`,
            'Fix the new version, then re-run this job: it resumes from the existing tag and release.',
            kept
          ]
        };
      }
      return { status: 'aborted', headline: `Not shipped: ${reason}. Production was not changed, so nothing was rolled back.`, nextSteps: [RESUMES, kept] };
    }
    case 'restored':
      if (traffic?.switchBack) {
        return {
          status: 'rolled-back',
          headline: `Traffic moved back to ${r?.toTag}: ${reason}`,
          nextSteps: [`Production serves ${r?.toTag} again, verified healthy. Find why ${tag} failed (see Progressive delivery below), fix it, and ship a new version.`, keptBeside]
        };
      }
      return {
        status: 'rolled-back',
        headline: `Rolled back to ${r?.toTag}: ${reason}`,
        nextSteps: [`Production runs ${r?.toTag} again, verified healthy. Find why ${tag} failed (see Verify and Deploy below), fix it, and ship a new version.`, kept]
      };
    default: {
      const never = record.settings?.rollback.mode === 'never';
      if (traffic) {
        const percent = traffic.percent;
        const why = never ? `rollback is never, so ${percent}% of the traffic stays on ${tag}` : (r?.summary ?? 'no rollback was made');
        return {
          status: 'failed',
          headline: `Failed: ${reason}; ${why}. A person is needed.`,
          nextSteps: [`A person is needed: production may send ${percent}% of its traffic to ${tag}. Check the traffic split and production now.`, keptBeside]
        };
      }
      const previous = record.version?.previous ? `${record.settings?.tagPrefix ?? ''}${record.version.previous}` : 'the previous version';
      const why = never ? 'rollback is never, so production was left as it is' : (r?.summary ?? 'no rollback was made');
      return {
        status: 'failed',
        headline: `Failed: ${reason}; ${why}. A person is needed.`,
        nextSteps: [
          `A person is needed: production may be running ${tag}, ${previous}, or a mix. Check the environment now.`,
          r?.attempted ? `The rollback to ${r.toTag} did not verify: ${r.summary}` : 'No rollback was made.',
          kept
        ]
      };
    }
  }
}

/** What production runs once the ship ended, as the report tells it (decided here, worded there). */
export type ProductionState =
  | { kind: 'new-version'; verified: boolean }
  | { kind: 'dry-run' }
  | { kind: 'blocked' }
  | { kind: 'restored'; toVersion: string; restoredInMs?: number; trigger: string }
  /** Never changed: `checked` is what verifying it said (after a smoke failure), when it was verified. */
  | { kind: 'unchanged'; checked?: string }
  | { kind: 'unknown'; toVersion: string; rollback: string }
  | { kind: 'mixed' };

export function productionState(record: ShipRecord): ProductionState {
  const r = record.rollback;
  switch (record.status) {
    case 'shipped':
      return { kind: 'new-version', verified: record.health?.verdict === 'passed' };
    case 'dry-run':
      return { kind: 'dry-run' };
    case 'blocked':
      return { kind: 'blocked' };
    case 'rolled-back':
      return { kind: 'restored', toVersion: r?.toVersion || record.version?.previous || '', ...(r?.timeToRestoreMs !== undefined ? { restoredInMs: r.timeToRestoreMs } : {}), trigger: r?.trigger ?? '' };
    default: {
      const checked = record.delivery?.traffic?.productionVerified;
      if (checked) return { kind: 'unchanged', checked: checked.summary };
      const deployStage = record.stages.find((s) => s.name === 'deploy');
      const started = Boolean(record.deploy?.deploymentId) && !record.deploy?.untouched && deployStage?.state !== 'planned';
      if (!started || record.status === 'aborted') return { kind: 'unchanged' };
      if (r?.attempted && !r.verified) return { kind: 'unknown', toVersion: r.toVersion, rollback: r.summary };
      return { kind: 'mixed' };
    }
  }
}
