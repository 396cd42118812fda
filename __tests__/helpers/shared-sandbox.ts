/**
 * One sandbox for a test file: the sample repository and the GitHub API server over it, started
 * before the file's tests and closed (the repository removed) after them; and the production
 * client pointed at it, with the test time scale.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { rmSync } from 'node:fs';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import { createSampleRepo, type SampleRepo } from '../../sandbox/sample-repo.js';
import { createClient, type GitHubClient } from '../../src/github/client.js';

export interface SharedSandbox {
  readonly sandbox: Sandbox;
  readonly sample: SampleRepo;
  /** A fresh client of the repository, as the action makes it (time scale 0.01). */
  client(): GitHubClient;
}

export function sharedSandbox(owner: string, repo: string): SharedSandbox {
  let sandbox: Sandbox | undefined;
  let sample: SampleRepo | undefined;
  beforeAll(async () => {
    sample = createSampleRepo();
    sandbox = await startSandbox({ repoDir: sample.dir, owner, repo, quiet: true });
  });
  afterAll(async () => {
    await sandbox?.close();
    if (sample) rmSync(sample.dir, { recursive: true, force: true });
  });
  return {
    get sandbox() {
      return sandbox!;
    },
    get sample() {
      return sample!;
    },
    client: () => createClient({ token: 't', owner, repo, apiUrl: sandbox!.url, timeScale: 0.01 })
  };
}
