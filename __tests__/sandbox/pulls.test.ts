/**
 * The sandbox's pull request endpoints the merge-back uses (list, create, update), through the real
 * Octokit client; every request and answer is checked against GitHub's description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';

const OWNER = 'acme';
const REPO = 'svc';
const ctx = { owner: OWNER, repo: REPO };

let repo: TestRepo;
let sandbox: Sandbox;
let octokit: ReturnType<typeof getOctokit>;
let head: string;
let topic: string;

async function failure(p: Promise<unknown>): Promise<{ status: number; errors: unknown }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response?: { data?: { errors?: unknown } } };
    return { status: err.status, errors: err.response?.data?.errors };
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  repo = makeRepo({ 'package.json': '{"name":"svc","version":"1.0.0"}\n' }, { commits: [{ files: { 'a.txt': 'a\n' }, message: 'feat: a' }] });
  head = repo.sha;
  repo.git(['checkout', '-q', '-b', 'topic']);
  topic = repo.commit({ 'b.txt': 'b\n' }, 'feat: b');
  repo.git(['checkout', '-q', 'main']);
  repo.git(['branch', 'same', head]);
  sandbox = await startSandbox({ repoDir: repo.dir, owner: OWNER, repo: REPO });
  octokit = getOctokit('test-token', { baseUrl: sandbox.url });
});

afterEach(() => {
  const errors = sandbox.schemaErrors();
  sandbox.clearLog();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await sandbox?.close();
  repo?.cleanup();
});

describe('pull requests', () => {
  it('opens one, lists it by base and head, follows its branch, updates its title and body', async () => {
    const { data: created, status } = await octokit.rest.pulls.create({ ...ctx, head: 'topic', base: 'main', title: 'Bring b', body: 'why' });
    expect(status).toBe(201);
    expect(created).toMatchObject({ state: 'open', title: 'Bring b', body: 'why', head: { ref: 'topic', sha: topic }, base: { ref: 'main' } });

    const listed = await octokit.rest.pulls.list({ ...ctx, state: 'open', base: 'main', head: `${OWNER}:topic` });
    expect(listed.data.map((p) => p.number)).toEqual([created.number]);
    expect((await octokit.rest.pulls.list({ ...ctx, head: `${OWNER}:other` })).data).toEqual([]);
    expect((await octokit.rest.pulls.list({ ...ctx, base: 'release' })).data).toEqual([]);

    // The branch moves on: the pull request's head follows it.
    const moved = sandbox.state.git.createCommit({ ...sandbox.state.git.getCommit(topic)!, parents: [topic], message: 'more' });
    sandbox.state.git.setRef('refs/heads/topic', moved);
    expect((await octokit.rest.pulls.list({ ...ctx, base: 'main' })).data[0]!.head.sha).toBe(moved);

    const { data: updated } = await octokit.rest.pulls.update({ ...ctx, pull_number: created.number, title: 'Bring b and more', body: 'still why' });
    expect(updated).toMatchObject({ title: 'Bring b and more', body: 'still why', head: { sha: moved } });
  });

  it('refuses what GitHub refuses: a second one from the same head, no commits between, unknown branches', async () => {
    expect(await failure(octokit.rest.pulls.create({ ...ctx, head: 'topic', base: 'main', title: 'again' }))).toEqual({
      status: 422,
      errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${OWNER}:topic.` }]
    });
    expect(await failure(octokit.rest.pulls.create({ ...ctx, head: 'same', base: 'main', title: 'nothing' }))).toMatchObject({
      status: 422,
      errors: [{ code: 'custom', message: 'No commits between main and same' }]
    });
    expect((await failure(octokit.rest.pulls.create({ ...ctx, head: 'nope', base: 'main', title: 'x' }))).status).toBe(422);
    expect((await failure(octokit.rest.pulls.create({ ...ctx, head: 'topic', base: 'nope', title: 'x' }))).status).toBe(422);
    expect((await failure(octokit.rest.pulls.update({ ...ctx, pull_number: 999, title: 'x' }))).status).toBe(404);
  });
});
