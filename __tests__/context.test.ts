/** Resolve without a request: the event's own commit; its tree from the workspace when checked out. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkedOutEventTree, isEventCommit, resolveContext, type RunnerFacts } from '../src/context.js';
import type { GitHubClient } from '../src/github/client.js';
import { makeRepo, type TestRepo } from './helpers/git-repo.js';

let repo: TestRepo;
let first: string;
beforeAll(() => {
  repo = makeRepo({ 'package.json': '{"version":"1.4.0"}\n' });
  first = repo.sha;
  repo.commit({ 'src/a.ts': 'x\n' }, 'feat: a');
});
afterAll(() => repo.cleanup());

const facts = (over: Partial<RunnerFacts> = {}): RunnerFacts => ({
  repository: 'acme/app',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  eventName: 'push',
  eventSha: repo.sha,
  eventRef: 'refs/heads/main',
  runId: '1',
  runAttempt: '1',
  workflow: 'ship',
  job: 'ship',
  actor: 'alice',
  workspace: repo.dir,
  event: {},
  timeScale: 1,
  ...over
});

describe('isEventCommit', () => {
  it("the event's own full SHA, no `ref`, not a release: no question needed", () => {
    expect(isEventCommit(facts(), '')).toBe(true);
  });

  it.each([
    ['a `ref` input (it may name any commit: the API says whether it exists)', {}, 'main'],
    ['no event SHA', { eventSha: '' }, ''],
    ['a release event (the tag is resolved through the API)', { eventName: 'release', event: { release: { tag_name: 'v1.5.0' } } }, ''],
    ['a short SHA', { eventSha: 'abc1234' }, '']
  ] as Array<[string, Partial<RunnerFacts>, string]>)('asks the API for %s', (_name, over, ref) => {
    expect(isEventCommit(facts(over), ref)).toBe(false);
  });
});

describe('checkedOutEventTree', () => {
  it("the event's commit checked out: git's tree SHA", async () => {
    await expect(checkedOutEventTree(facts())).resolves.toBe(repo.git(['rev-parse', 'HEAD^{tree}']));
  });

  it('the same commit named in upper case: still the checkout', async () => {
    await expect(checkedOutEventTree(facts({ eventSha: repo.sha.toUpperCase() }))).resolves.toBe(repo.git(['rev-parse', 'HEAD^{tree}']));
  });

  it('undefined (ask the API) without a git checkout', async () => {
    await expect(checkedOutEventTree(facts({ workspace: '/nonexistent-ship-prod-workspace' }))).resolves.toBeUndefined();
  });

  it('undefined (ask the API) when the workspace has checked out an older commit than the event', async () => {
    await expect(checkedOutEventTree(facts({ eventSha: first }))).resolves.toBeUndefined();
  });
});

/** A client that answers getCommit with `tree` for any ref and counts what it is asked. */
function countingClient(tree: string): { client: GitHubClient; asked: string[] } {
  const asked: string[] = [];
  const repos = {
    getCommit: async ({ ref }: { ref: string }) => {
      asked.push(`getCommit ${ref}`);
      return { data: { sha: ref.length === 40 ? ref : 'f'.repeat(40), commit: { tree: { sha: tree } } } };
    },
    get: async () => {
      asked.push('get');
      return { data: { default_branch: 'main' } };
    }
  };
  return { client: { owner: 'acme', repo: 'app', octokit: { rest: { repos } } } as unknown as GitHubClient, asked };
}

describe('resolveContext', () => {
  it("the event's commit: resolved with no request, its tree from git when first asked for, once", async () => {
    const { client, asked } = countingClient('0'.repeat(40));
    const { context, tree } = await resolveContext(client, facts(), '');
    expect(context).toMatchObject({ sha: repo.sha, branch: 'main', ref: repo.sha });
    expect(asked).toEqual([]);
    const [a, b] = await Promise.all([tree(), tree()]);
    expect(a).toBe(repo.git(['rev-parse', 'HEAD^{tree}']));
    expect(b).toBe(a);
    expect(asked).toEqual([]);
  });

  it("the event's commit without its checkout: the tree is read through the API, once", async () => {
    const { client, asked } = countingClient('1'.repeat(40));
    const { context, tree } = await resolveContext(client, facts({ workspace: '/nonexistent-ship-prod-workspace' }), '');
    expect(context.sha).toBe(repo.sha);
    expect(asked).toEqual([]);
    await expect(tree()).resolves.toBe('1'.repeat(40));
    await expect(tree()).resolves.toBe('1'.repeat(40));
    expect(asked).toEqual([`getCommit ${repo.sha}`]);
  });

  it('a `ref` input: one read gives the commit and its tree', async () => {
    const { client, asked } = countingClient('2'.repeat(40));
    const { context, tree } = await resolveContext(client, facts(), 'v1.4.0');
    expect(context.sha).toBe('f'.repeat(40));
    await expect(tree()).resolves.toBe('2'.repeat(40));
    expect(asked).toEqual(['getCommit v1.4.0']);
  });
});
