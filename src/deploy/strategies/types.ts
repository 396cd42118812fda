/**
 * One interface for every way ship-prod puts a version in place in an environment: dispatching
 * a workflow, moving a branch, running a command, or moving traffic back (the switch-back).
 * A deploy and a rollback are the same thing for a strategy: put `target` in place instead of
 * `from`. The registry (registry.ts) names the strategies and picks them from the settings.
 *
 * A new strategy is one file here implementing `DeployStrategy`, plus one line in registry.ts
 * (plus its inputs in config/).
 */
import type { Settings } from '../../config/settings.js';
import type { GateVerdict } from '../../gates/verdict.js';
import type { RunEnv } from '../../run-env.js';
import type { PlanEntry } from '../../timeline.js';
import type { ApprovalRecord, TrafficRecord } from '../record.js';

/** A version, as a strategy puts it in place. */
export interface DeployTarget {
  version: string;
  tag: string;
  /** The commit the tag holds (the release commit for the new version). */
  sha: string;
}

/** What a move of one environment gives each of its strategies. */
export interface MoveContext {
  env: RunEnv;
  /** The GitHub environment. */
  environment: string;
  target: DeployTarget;
  /** The version being replaced (its SHIP_PREVIOUS_VERSION); its sha may be '' when not needed. */
  from: DeployTarget;
  /** Names the move in log lines and in the run's correlation id: `deploy`, `rollback`. */
  name: string;
  /** The ship's id across attempts (deploy/deployment.ts), for correlating dispatched runs. */
  shipId: string;
  /** The GitHub deployment of this move, when it has one. */
  deploymentId?: number;
  /** What remains of the move's timeout. */
  timeoutMs: number;
  /** The first step of the move announces it on the deployment (the workflow does so once its run is known). */
  first: boolean;
  /** `deploy-inputs` merged for this environment (secrets: shown as `***`). */
  deployInputs: Record<string, string>;
  /** Adds an in_progress status to the move's deployment (a no-op without one). */
  status(description: string): Promise<void>;
  /** A workflow run this move dispatched in an earlier attempt (a re-run), and how to find one. */
  resume?: { runId?: number; recordExisting?: boolean; since?: string; known?: ReadonlySet<number> };
  /** Called once a dispatched run is known (to record it on the deployment and for the post step). */
  onRun?(run: { id: number; url: string }): Promise<void>;
  /** The environment's traffic record, when the ship moves traffic (blue-green, canary). */
  traffic?: TrafficRecord;
}

export interface StrategyOutcome {
  ok: boolean;
  summary: string;
  /** Production was certainly not changed (refused before it began): nothing to roll back. */
  untouched?: boolean;
  /** A workflow run the strategy dispatched (or waited for). */
  runId?: number;
  runUrl?: string;
  conclusion?: string;
  /** Inputs it dispatched, as the report may show them. */
  inputs?: Record<string, string>;
  /** Its run waited for the environment's reviewers. */
  approval?: ApprovalRecord;
  detail: string[];
  /** Called with the verification's verdict once the unit verified what this step put in place. */
  onVerified?(verified: boolean): void;
}

/** A step of the manual procedure the report prints (a rollback by hand). */
export interface ManualStep {
  what: string;
  commands: string[];
  note?: string;
}

/** What the report knows when it writes the manual procedure for a strategy. */
export interface ManualFacts {
  settings: StrategySettings;
  target: DeployTarget;
  /** The version being replaced. */
  from: string;
  environment: string;
  /** `owner/repo` (or `host/owner/repo`) as `gh --repo` takes it. */
  ghRepo: string;
  /** The inputs the ship sent (or planned) to the deploy workflow, as shown. */
  sentInputs?: Record<string, string>;
  /** Quotes a word for POSIX shells. */
  shq(value: string): string;
}

/** The version facts pre-write checks need. */
export interface VersionFacts {
  next: string;
  tag: string;
  /** The previous release's tag, when it exists. */
  previousTag: string | null;
  /** Files changed since the previous tag (path → status), when GitHub listed them all. */
  changed?: { files: ReadonlyMap<string, string>; complete: boolean };
}

/** The rollback's sentences, where a strategy reads differently from a redeploy (`moved back`, not `deployed again`). */
export interface RollbackWords {
  restored(toTag: string): string;
  failed(toTag: string, why: string, facts: { fromTag: string; trafficPercent?: number }): string;
  unhealthy(toTag: string, why: string): string;
}

/** What a strategy reads of the settings to choose itself (the report passes the public settings). */
export type StrategySettings = Omit<Settings, 'token'>;

export interface DeployStrategy<C = unknown> {
  /** `workflow`, `branch`, `command`, `traffic`: shown in the report and the deploy record. */
  readonly name: string;
  /**
   * True when running it puts a version in place (a deploy: it gets a GitHub deployment); false
   * when it only moves traffic between versions already in place.
   */
  readonly deploysVersion: boolean;
  /** Its configuration when the ship deploys with it (its inputs are set), else undefined. */
  deploys(settings: StrategySettings): C | undefined;
  /** Its configuration when it is the ship's own way back (rollback-workflow, rollback-command, traffic). */
  rollsBack?(settings: StrategySettings): C | undefined;
  /** To redeploy the previous version when no way back is set: its configuration for that, or undefined (it cannot). */
  redeploys?(config: C): C | undefined;
  /** Words for the report: `rollback-workflow rollback.yml`, `traffic-command with SHIP_TRAFFIC=0 …`. */
  describe(config: C): string;
  /** Before any write, at the shipped commit: verdicts that join the gates. */
  preflight?(env: RunEnv, config: C): Promise<GateVerdict[]>;
  /**
   * Before any write, once the version is known: can it put `target` in place (the new version,
   * or the previous one for a rollback)? More verdicts; a failed one blocks the ship.
   */
  preflightTarget?(env: RunEnv, config: C, target: DeployTarget, version: VersionFacts): Promise<GateVerdict[]>;
  /** The rollback's sentences when this strategy put the previous version back (default: a redeploy's). */
  readonly rollbackWords?: RollbackWords;
  /** A dry run: what it would do (and the inputs it would dispatch, as shown). */
  plan(config: C, move: MoveContext): PlanEntry & { inputs?: Record<string, string> };
  /** Do it. */
  run(config: C, move: MoveContext): Promise<StrategyOutcome>;
  /** The workflow it dispatches at `tag`, when it dispatches one: a re-run looks among its runs for one an earlier attempt started. */
  dispatches?(config: C, tag: string): string | number | undefined;
  /** What a person runs to do the same by hand. */
  manual(config: C, facts: ManualFacts): ManualStep;
}

/** A strategy with its configuration for one move. */
export interface StrategyStep<C = unknown> {
  strategy: DeployStrategy<C>;
  config: C;
}
