/**
 * The post step's part for the lock: a job cancelled while it held its environment's lock
 * releases it (every one, with waves), so the next ship does not wait for it (or have to take it
 * over). Only a lock this run holds is deleted: the ref must still point at the commit main saved.
 */
import * as core from '@actions/core';
import { readSettingsLoadingLibraries } from '../config/inputs.js';
import { readRunnerFacts } from '../context.js';
import { createClient, type GitHubClient } from '../github/client.js';
import { deleteLockRef, readLockRef } from '../github/locks.js';
import { LOCK_STATE_KEY, readLockState, saveLockReleased, type SavedLock } from './saved.js';

export async function releaseLockAfterCancel(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const locks = readLockState(core.getState(LOCK_STATE_KEY));
  if (!locks.length) return;
  let client: GitHubClient;
  try {
    const settings = await readSettingsLoadingLibraries(env);
    const runner = readRunnerFacts(env);
    const [owner = '', repo = ''] = runner.repository.split('/');
    client = createClient({ token: settings.token, owner, repo, apiUrl: runner.apiUrl, timeScale: runner.timeScale });
  } catch (error) {
    core.warning(`ship-prod post: could not release the locks ${locks.map((l) => l.ref).join(', ')}: ${(error as Error).message}; the next ship takes them over, since this run has ended.`);
    return;
  }
  await Promise.all(locks.map((lock) => releaseOne(client, lock)));
}

async function releaseOne(client: GitHubClient, lock: SavedLock): Promise<void> {
  try {
    if ((await readLockRef(client, lock.ref)) !== lock.sha) {
      core.info(`ship-prod post: the lock ${lock.ref} is no longer this run's: left alone.`);
      return;
    }
    await deleteLockRef(client, lock.ref, lock.sha);
    saveLockReleased(lock.ref);
    core.info(`ship-prod post: released the lock ${lock.ref} this cancelled run held.`);
  } catch (error) {
    core.warning(`ship-prod post: could not release the lock ${lock.ref}: ${(error as Error).message}; the next ship takes it over, since this run has ended.`);
  }
}
