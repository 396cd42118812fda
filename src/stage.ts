/** What every stage receives and returns. */
import type { Clock } from './clock.js';
import type { Settings } from './config/settings.js';
import type { RunnerFacts } from './context.js';
import type { PreparedDeployment } from './deploy/deployment.js';
import type { DeployPlan } from './deploy/preflight.js';
import type { BranchRequirements } from './github/checks.js';
import type { GitHubClient } from './github/client.js';
import type { ExistingRelease } from './release/reuse.js';
import type { ShipContext, ShipRecord, StageState } from './ship.js';
import type { VersionPlan } from './version/stage.js';

export interface ShipRun {
  settings: Settings;
  client: GitHubClient;
  context: ShipContext;
  record: ShipRecord;
  clock: Clock;
  /** The runner's facts (event payload among them). */
  facts: RunnerFacts;
  /** The branch's rules and protection, read once by the gates stage, used again by the release stage. */
  branchRequirements?: BranchRequirements;
  /** The version stage's result, for the release stage. */
  versionPlan?: VersionPlan;
  /** The deploy and rollback workflows as read before any write. */
  deployPlan?: DeployPlan;
  /** The ship's GitHub deployment, prepared by the release stage alongside its own writes. */
  deployment?: Promise<PreparedDeployment>;
  /** The commits of this release (since the previous tag), read by the version stage; for the DORA lead time. */
  releaseCommits?: Array<{ sha: string; message: string; date?: string }>;
  /** The newest releases (drafts included), read once by the version stage. */
  releases?: ExistingRelease[];
}

export interface StageOutcome {
  state: StageState;
  /** One line a person can act on. */
  summary: string;
}
