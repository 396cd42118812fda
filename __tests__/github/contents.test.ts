/** The shipped commit's files: from the workspace when it has that very commit checked out, else through the API. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GitHubClient } from '../../src/github/client.js';
import { commitFiles } from '../../src/github/contents.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

let repo: TestRepo;
let first: string;
beforeAll(() => {
  repo = makeRepo({ 'package.json': '{"version":"1.4.0"}\n' });
  first = repo.sha;
  repo.commit({ 'package.json': '{"version":"1.5.0"}\n' }, 'chore: 1.5.0');
});
afterAll(() => repo.cleanup());

/** A client whose contents API answers `api:<path>@<ref>` and counts what it is asked. */
function apiClient(): { client: GitHubClient; asked: string[] } {
  const asked: string[] = [];
  const getContent = async ({ path, ref }: { path: string; ref: string }) => {
    asked.push(`${path}@${ref}`);
    return { data: { type: 'file', content: Buffer.from(`api:${path}@${ref}`).toString('base64') } };
  };
  return { client: { owner: 'acme', repo: 'app', octokit: { rest: { repos: { getContent } } } } as unknown as GitHubClient, asked };
}

describe('commitFiles', () => {
  it.each([
    ['its SHA as git writes it', (sha: string) => sha],
    ['its SHA in upper case', (sha: string) => sha.toUpperCase()]
  ])("the workspace at the shipped commit (%s): its files, no request", async (_name, shape) => {
    const { client, asked } = apiClient();
    const files = await commitFiles(client, repo.dir, shape(repo.sha));
    expect(files.source).toBe('workspace');
    await expect(files.read('package.json')).resolves.toBe('{"version":"1.5.0"}\n');
    await expect(files.read('missing.txt')).resolves.toBeNull();
    expect(asked).toEqual([]);
  });

  it('the workspace at another commit: the contents API at the shipped one', async () => {
    const { client, asked } = apiClient();
    const files = await commitFiles(client, repo.dir, first);
    expect(files.source).toBe('api');
    await expect(files.read('package.json')).resolves.toBe(`api:package.json@${first}`);
    expect(asked).toEqual([`package.json@${first}`]);
  });
});
