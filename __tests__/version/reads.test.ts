/**
 * The version stage's reads, started ahead (beside the lock's writes): the stage finds them
 * answered and sends none of them again; started by the stage itself, each goes out once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import { createSampleRepo, type SampleRepo } from '../../sandbox/sample-repo.js';
import { systemClock } from '../../src/clock.js';
import { readSettings } from '../../src/config/inputs.js';
import type { ShipContext } from '../../src/context.js';
import { createClient } from '../../src/github/client.js';
import { createRunEnv, type RunEnv } from '../../src/run-env.js';
import { Timeline, type Journal } from '../../src/timeline.js';
import { readAhead } from '../../src/version/reads.js';
import { runVersion } from '../../src/version/stage.js';

const OWNER = 'acme';
const REPO = 'shop';
let sample: SampleRepo;
let sandbox: Sandbox;
let workspace: string;

beforeAll(async () => {
  sample = createSampleRepo();
  workspace = sample.checkout();
  sandbox = await startSandbox({ repoDir: sample.dir, owner: OWNER, repo: REPO, quiet: true });
});

afterAll(async () => {
  await sandbox.close();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(sample.dir, { recursive: true, force: true });
});

function envFor(): RunEnv {
  const journal: Journal = { stages: [], warnings: [], plan: [], api: { requests: 0, byStage: {} } };
  const client = createClient({ token: 't', owner: OWNER, repo: REPO, apiUrl: sandbox.url, timeScale: 0.01 });
  const settings = readSettings((name) => ({ 'github-token': 't' })[name]);
  const context: ShipContext = {
    owner: OWNER, repo: REPO, serverUrl: sandbox.webUrl, apiUrl: sandbox.url, eventName: 'push', sha: sample.sha, ref: sample.sha,
    branch: 'main', runId: '7', runAttempt: '1', runUrl: '', workflow: 'ship', job: 'ship', actor: 'dev', workspace
  };
  const facts = { repository: `${OWNER}/${REPO}`, serverUrl: sandbox.webUrl, apiUrl: sandbox.url, eventName: 'push', eventSha: sample.sha, eventRef: 'refs/heads/main', runId: '7', runAttempt: '1', workflow: 'ship', job: 'ship', actor: 'dev', workspace, event: {}, timeScale: 0.01 };
  return createRunEnv({ settings, client, context, tree: () => Promise.reject(new Error('no commit is made on the tree here')), clock: systemClock, facts, timeline: new Timeline(journal, systemClock, client.account, (e) => String(e)) });
}

const reads = () => sandbox.requests.map((r) => r.operationId).filter((op) => op !== null);

describe('the version reads', () => {
  it('read ahead: the stage computes the same version and sends none of them again', async () => {
    const fresh = await runVersion(envFor());
    sandbox.clearLog();
    const env = envFor();
    const ahead = readAhead(env);
    // Wait until the three are answered (the compare needs the version file first).
    for (let i = 0; i < 200 && reads().length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    const sentAhead = reads().sort();
    expect(sentAhead).toEqual(['git/list-matching-refs', 'repos/compare-commits', 'repos/list-releases']);
    const result = await runVersion(env, ahead);
    expect(reads().sort()).toEqual(sentAhead);
    expect(result.version).toEqual(fresh.version);
    expect(result.version?.next).toBe('1.5.0');
  });

  it('started by the stage: each read goes out once', async () => {
    sandbox.clearLog();
    await runVersion(envFor());
    const sent = reads();
    expect(new Set(sent).size).toBe(sent.length);
  });
});
