/**
 * What every stage may use: the settings, the one GitHub client, the resolved context, the clock,
 * progress lines for long waits, and the timeline (stages, warnings, the dry-run plan). It
 * imports no feature types: stages hand their results to the pipeline, never through here.
 */
import type { Clock } from './clock.js';
import type { Settings } from './config/settings.js';
import type { RunnerFacts, ShipContext } from './context.js';
import type { GitHubClient } from './github/client.js';
import { Progress } from './progress.js';
import type { Timeline } from './timeline.js';

export interface RunEnv {
  readonly settings: Settings;
  readonly client: GitHubClient;
  readonly context: ShipContext;
  /** The shipped commit's tree, for the commits made on it (the lock's, the release's): asked once, when first needed. */
  tree(): Promise<string>;
  readonly clock: Clock;
  /** The runner's facts (the event payload among them). */
  readonly facts: RunnerFacts;
  readonly timeline: Timeline;
  /** A wait of this ship: its clock, and the heartbeat spacing the runner's facts allow. */
  progress(what: string, link?: string): Progress;
}

export function createRunEnv(parts: Omit<RunEnv, 'progress'>): RunEnv {
  return {
    ...parts,
    progress: (what, link) =>
      new Progress({ what, clock: parts.clock, ...(link ? { link } : {}), ...(parts.facts.progressEveryMs ? { everyMs: parts.facts.progressEveryMs } : {}) })
  };
}
