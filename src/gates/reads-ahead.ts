/**
 * The gates' first reads, sent as soon as the commit is resolved: before the gates' own code is
 * loaded and started, which takes the thread for about 20 ms that would otherwise hold them up.
 * Which reads go is decided by the settings and the context alone: the pull request behind the
 * commit and the branch's rules and protection (when the branch is known), the commit's checks
 * (unless required-checks is none), and its latest deployment to each staging environment. The
 * gates stage (stage.ts) takes their answers from here, and reads nothing of these again.
 */
import { findPullForCommit, readBranchRequirements, readCheckObservations, readLatestDeployment, type BranchRequirements, type EnvironmentDeployment } from '../github/checks.js';
import { ConditionalCache } from '../github/conditional.js';
import { started } from '../once.js';
import type { RunEnv } from '../run-env.js';
import type { CheckObservation } from './checks.js';

export interface GateReads {
  /** The pull request behind the commit (its reviews are read only when the rules require approvals). */
  pull?: Promise<{ number: number; url: string } | null>;
  requirements: Promise<BranchRequirements | undefined>;
  /** The commit's checks, first read; the cache serves the polls that may follow. */
  checks: { cache: ConditionalCache; first: Promise<CheckObservation[]> };
  /** The latest deployment of the commit to each staging environment, in the settings' order. */
  staging: Array<{ environment: string; deployment: Promise<EnvironmentDeployment | null> }>;
}

export function readGatesAhead(env: RunEnv): GateReads {
  const { settings, context, client } = env;
  const cache = new ConditionalCache();
  return {
    ...(context.branch ? { pull: started(findPullForCommit(client, context.sha, context.branch)) } : {}),
    requirements: started(context.branch ? readBranchRequirements(client, context.branch) : Promise.resolve(undefined)),
    checks: { cache, first: started(settings.requiredChecks.mode === 'none' ? Promise.resolve([]) : readCheckObservations(client, context.sha, cache)) },
    staging: settings.stagingEnvironment.map((environment) => ({ environment, deployment: started(readLatestDeployment(client, context.sha, environment)) }))
  };
}
