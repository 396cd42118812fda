/**
 * End-to-end harness: a sample repository seeds the sandbox (the local GitHub API); each `ship`
 * runs the bundled dist/index.js as a separate process, as the runner does, in a fresh checkout,
 * and returns its exit code, outputs, summary, logs and the requests the sandbox served for it.
 */
import { rmSync } from 'node:fs';
import { startSandbox, type Sandbox, type StartSandboxOptions } from '../../sandbox/github/server.js';
import { addRun } from '../../sandbox/github/handlers/actions.js';
import type { RunRecord } from '../../sandbox/github/entities.js';
import type { RequestLogEntry } from '../../sandbox/github/types.js';
import { isLockRequest } from '../../scripts/lock-requests.js';
import { runAction, type ActionRunOptions, type ActionRunResult } from '../../sandbox/runner.js';
import { createSampleRepo, type SampleRepo, type SampleRepoOptions } from '../../sandbox/sample-repo.js';

export const TOKEN = 'ghs_e2eSecretTokenDoNotLeak42';
export const OWNER = 'acme';
export const REPO = 'sample-service';

export interface ShipResult extends ActionRunResult {
  /** Requests the sandbox served during this run. */
  requests: RequestLogEntry[];
  writes: RequestLogEntry[];
}

export interface ShipFixture {
  sample: SampleRepo;
  sandbox: Sandbox;
  ship(inputs?: Record<string, string>, opts?: Partial<ActionRunOptions>): Promise<ShipResult>;
  /**
   * A ship as a workflow run of its own, as on GitHub: a run record in the sandbox (in progress
   * while the process lives, completed when it exits or is killed) whose id is GITHUB_RUN_ID, in
   * its own checkout. Several may run at once against the one sandbox. `rerun` runs the next
   * attempt of that run (same run id).
   */
  shipAsRun(inputs?: Record<string, string>, opts?: Partial<ActionRunOptions> & { rerun?: RunRecord }): Promise<ShipResult & { run: RunRecord }>;
  close(): Promise<void>;
}

/** The workflow that ships (its runs are the ships' own runs). */
export const SHIP_WORKFLOW = 'release.yml';

export async function shipFixture(opts: SampleRepoOptions & { sandbox?: Partial<StartSandboxOptions> } = {}): Promise<ShipFixture> {
  const sample = createSampleRepo(opts);
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: OWNER, repo: REPO, token: TOKEN, quiet: true, ...opts.sandbox });
  const workspaces: string[] = [];
  const fixture: ShipFixture = {
    sample,
    sandbox,
    async ship(inputs = {}, runOpts = {}) {
      const workspace = runOpts.workspace ?? sample.checkout();
      workspaces.push(workspace);
      const from = sandbox.requests.length;
      const result = await runAction({ ...sampleRun(sample, sandbox, workspace), inputs, ...runOpts });
      const requests = sandbox.requests.slice(from);
      return { ...result, requests, writes: requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD') };
    },
    async shipAsRun(inputs = {}, runOpts = {}) {
      const { rerun, ...rest } = runOpts;
      const run = rerun ?? addRun(sandbox.state, { workflow: SHIP_WORKFLOW, event: 'workflow_dispatch', headSha: sample.sha, script: { statuses: ['in_progress'], stepMs: 0, conclusion: 'never' } });
      if (rerun) {
        run.runAttempt += 1;
        delete run.endedAtMs;
        delete run.endConclusion;
      }
      const env = { GITHUB_RUN_ID: String(run.id), GITHUB_RUN_ATTEMPT: String(run.runAttempt), ...rest.env };
      try {
        return { ...(await fixture.ship(inputs, { ...rest, env })), run };
      } finally {
        // The job ended (or its runner died): GitHub shows the run completed.
        run.endedAtMs = Date.now();
        run.endConclusion = 'cancelled';
      }
    },
    async close() {
      await sandbox.close();
      for (const w of workspaces) rmSync(w, { recursive: true, force: true });
      rmSync(sample.dir, { recursive: true, force: true });
    }
  };
  return fixture;
}

/** How a test job runs against the sample: dispatched on main at the sample's commit, with the test token. */
export function sampleRun(sample: SampleRepo, sandbox: Sandbox, workspace: string): ActionRunOptions {
  return {
    apiUrl: sandbox.url,
    serverUrl: sandbox.webUrl,
    repository: `${OWNER}/${REPO}`,
    workspace,
    sha: sample.sha,
    ref: 'refs/heads/main',
    eventName: 'workflow_dispatch',
    event: { repository: { default_branch: 'main' }, inputs: {} },
    token: TOKEN
  };
}

/** Everything a run showed a person or a later step: where no secret may appear. */
export function everythingShown(result: ActionRunResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n');
}

/** A readable dump for failed assertions. */
export function explain(result: ShipResult): string {
  return `exit ${result.code}\n--- outputs\n${JSON.stringify({ ...result.outputs, 'report-json': undefined }, null, 1)}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

/**
 * The writes of a ship besides its environment lock's own. A ship blocked after it took the lock
 * (a refusal once the version is known) or a re-run that finds everything done writes nothing
 * else, and leaves nothing behind: the lock is released (`refs/ship-prod/` is empty again).
 */
export function writesBesideLock(writes: RequestLogEntry[]): RequestLogEntry[] {
  return writes.filter((w) => !isLockRequest(w));
}

/** Refs left under refs/ship-prod/ (a lock not released). */
export function locksLeft(sandbox: Sandbox): string[] {
  return [...sandbox.state.git.refs().keys()].filter((name) => name.startsWith('refs/ship-prod/'));
}
