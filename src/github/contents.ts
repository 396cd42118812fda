/**
 * Files of the shipped commit: from the workspace when it is checked out at that very commit
 * (no request), else through the contents API at the commit.
 */
import { readFile } from 'node:fs/promises';
import { checkedOutAt } from '../workspace/checkout.js';
import { confinedPath } from '../workspace/confine.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';

export interface CommitFiles {
  /** Where the files were read: `workspace` or `api`. */
  source: 'workspace' | 'api';
  read(file: string): Promise<string | null>;
}

/** A reader of the shipped commit's files; null for a file that does not exist. */
export async function commitFiles(client: GitHubClient, workspace: string, sha: string): Promise<CommitFiles> {
  if (await checkedOutAt(workspace, sha)) {
    return {
      source: 'workspace',
      read: async (file) => {
        try {
          return await readFile(confinedPath(workspace, file, file), 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
          throw error;
        }
      }
    };
  }
  return { source: 'api', read: (file) => readFileAt(client, file, sha) };
}

export async function readFileAt(client: GitHubClient, file: string, ref: string): Promise<string | null> {
  try {
    const { data } = await client.octokit.rest.repos.getContent({ owner: client.owner, repo: client.repo, path: file, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}
