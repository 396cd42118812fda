/** Resolve without a request: the event's own commit, checked out in the workspace. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkedOutEventCommit, type RunnerFacts } from '../src/context.js';
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

describe('checkedOutEventCommit', () => {
  it("the event's commit checked out: its SHA and git's tree SHA, no request needed", async () => {
    await expect(checkedOutEventCommit(facts(), '')).resolves.toEqual({ sha: repo.sha, treeSha: repo.git(['rev-parse', 'HEAD^{tree}']) });
  });

  it.each([
    ['a `ref` input (it may name any commit: the API says whether it exists)', {}, 'main'],
    ['no event SHA', { eventSha: '' }, ''],
    ['a release event (the tag is resolved through the API)', { eventName: 'release', event: { release: { tag_name: 'v1.5.0' } } }, ''],
    ['a short SHA', { eventSha: 'abc1234' }, ''],
    ['no git checkout', { workspace: '/nonexistent-ship-prod-workspace' }, '']
  ] as Array<[string, Partial<RunnerFacts>, string]>)('asks the API for %s', async (_name, over, ref) => {
    await expect(checkedOutEventCommit(facts(over), ref)).resolves.toBeUndefined();
  });

  it('asks the API when the workspace has checked out an older commit than the event', async () => {
    await expect(checkedOutEventCommit(facts({ eventSha: first }), '')).resolves.toBeUndefined();
  });
});
