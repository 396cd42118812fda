/**
 * The one way ship-prod writes to GitHub. Every write is declared once, where it is made, as one
 * of two kinds, and goes out through here, one at a time:
 *
 * - harmless: sending it twice leaves GitHub as sending it once. Git blobs, trees, commits and
 *   tag objects (content-addressed: a repeat makes at most an unreferenced object) and a PATCH to
 *   a state (a ref to a SHA, a release to published). plugin-retry may re-send these after a 5xx
 *   or a reset connection, as it would any request.
 * - look-first: a repeat would make a second thing (a ref, a release, a deployment, a deployment
 *   status, a workflow run) or act twice (a cancel). It is sent with plugin-retry switched off for
 *   it (`retries: 0`). When its answer is lost (a 5xx, a reset connection, no answer), GitHub
 *   may or may not have applied it, so the write's `look` reads what is there: what it finds is
 *   used as the answer; only when it finds nothing is the write sent again, after the back-off
 *   plugin-retry would have waited. A definite answer (2xx, 4xx) is never second-guessed.
 *
 * Rate-limit answers (403/429 secondary limits, the primary limit) mean GitHub did not apply the
 * write; plugin-throttling waits as told and sends it again, for both kinds.
 *
 * Writes wait for each other in the client's WriteLine, so `send` makes exactly one write and
 * `look` only reads (a write inside either would wait for itself). The line has two lanes: the
 * main one, and a side lane for a chain that does not depend on it (the branch's fast-forward or
 * merge-back pull request, beside the draft release and the deployment: inSideLane), so at most
 * two writes are in flight. One write may go beside both (`beside`): the release of an
 * environment's lock, sent with a ship's last write so that it adds no round trip; it creates
 * nothing and notifies no one. All draw from the write bucket (pacing.ts).
 */
import * as core from '@actions/core';
import { messageOf, statusOf, type GitHubClient } from './client.js';
import { backoffMs, RETRIES } from './pacing.js';

/** Options merged into the Octokit call's `request` (plugin-retry reads `retries` there). */
export interface WriteRequest {
  retries?: number;
  shipWrite: 'harmless' | 'look-first';
  [option: string]: unknown;
}

/** A lost answer: the write may have been applied. Anything else is GitHub's word on it. */
export function outcomeUnknown(error: unknown): boolean {
  const status = statusOf(error);
  return status === 0 || status >= 500;
}

/** A write that may be repeated as it is. */
export function harmless<T>(client: GitHubClient, send: (request: WriteRequest) => Promise<T>): Promise<T> {
  return client.writes.run(() => send({ shipWrite: 'harmless' }));
}

/**
 * A write that must look before it is repeated. `look` answers what the write would have
 * answered when GitHub has applied it, or undefined when it has not.
 */
export function lookFirst<T>(
  client: GitHubClient,
  what: string,
  send: (request: WriteRequest) => Promise<T>,
  look: () => Promise<T | undefined>,
  opts: { beside?: boolean } = {}
): Promise<T> {
  const write = async () => {
    let lastError: unknown;
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      if (attempt > 0) {
        // Wait as plugin-retry would (GitHub's lists may lag a write), then look.
        await sleep(backoffMs(attempt, client.timeScale));
        const found = await look();
        if (found !== undefined) {
          core.info(`${what}: the answer was lost, but GitHub had applied it; using what it made`);
          return found;
        }
      }
      try {
        return await send({ shipWrite: 'look-first', retries: 0 });
      } catch (error) {
        if (!outcomeUnknown(error)) throw error;
        lastError = error;
        core.info(`${what}: no answer (${statusOf(error) || 'connection'}: ${messageOf(error)}); looking before sending it again`);
      }
    }
    const found = await look();
    if (found !== undefined) return found;
    throw lastError;
  };
  return opts.beside ? write() : client.writes.run(write);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
