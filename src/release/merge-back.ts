/**
 * The merge-back pull request, made: when the branch could not take the release commit, open
 * ship-prod's one pull request that brings it back, or add this release to the one already open
 * (merge-back-plan.ts decides). Every write looks first: the open pull requests are read before
 * anything is written, the branch is created or moved forward only (never forced), the pull request
 * is created through a look-first write, and its title and body are set with a harmless PATCH.
 */
import * as core from '@actions/core';
import { explainGitHubError } from '../github/client.js';
import { createCommitOnTree, fastForwardBranch, readCommit } from '../github/git-data.js';
import { createPull, listOpenPulls, updatePull, type OpenPull } from '../github/pulls.js';
import type { RunEnv } from '../run-env.js';
import type { VersionRecord } from '../version/record.js';
import type { ReleaseRecord } from './record.js';
import { choosePull, planMergeBack, type MergeBackPlan } from './merge-back-plan.js';

export interface MergeBackRecord {
  number: number;
  url: string;
  branch: string;
  /** What this ship did to it. */
  action: 'opened' | 'updated' | 'found' | 'left';
}

/**
 * Opens or updates the merge-back pull request; answers the note for the stage summary. Never
 * throws for GitHub's refusals. `openPulls`: the branch's open pull requests, when they were read
 * ahead (the release stage does, while the release commit and tag are made).
 */
export async function mergeBack(env: RunEnv, version: VersionRecord, release: ReleaseRecord, releaseSha: string, reason: string, openPulls?: Promise<OpenPull[]>): Promise<string> {
  const { client, context, timeline } = env;
  const left = `${context.branch} was left at ${context.sha.slice(0, 7)}: ${reason}. Tag ${version.tag} holds the release commit`;
  try {
    const pulls = await (openPulls ?? listOpenPulls(client, context.branch));
    const repository = `${client.owner}/${client.repo}`;
    const chosen = choosePull(pulls, repository);
    const head = chosen ? await readCommit(client, chosen.headSha) : undefined;
    const plan = planMergeBack({ target: context.branch, repository, version: version.next, tag: version.tag, releaseSha, reason, pulls, head });
    const done = await carryOut(env, plan, releaseSha);
    release.mergeBack = done;
    const what = { opened: 'opened', updated: 'updated to bring it too', found: 'already brings it', left: 'was left alone' }[done.action];
    const note = `${left}; merge-back pull request #${done.number} ${what}.`;
    if (plan.action === 'leave') {
      timeline.warn(`${note} The pull request ${plan.why}.`, false);
      core.warning(`merge-back pull request #${done.number} ${plan.why}`);
    } else {
      timeline.warn(`${note} Merge it to bring ${version.tag} into ${context.branch}.`, false);
    }
    return `${context.branch} left alone; merge-back pull request #${done.number} ${done.action}`;
  } catch (error) {
    // A token without the permission: say which one (the pull request's, or the branch's).
    const pulls = /\/pulls\b/.test((error as { request?: { url?: string } }).request?.url ?? '');
    const why = explainGitHubError(error, pulls ? 'opening or updating the pull request' : 'writing its branch', pulls ? 'pull-requests: write' : 'contents: write');
    timeline.warn(`${left}; the merge-back pull request could not be made (${why}): bring ${version.tag} into ${context.branch} through a pull request by hand.`, false);
    core.warning(`merge-back pull request not made: ${why}`);
    return `${context.branch} left alone`;
  }
}

async function carryOut(env: RunEnv, plan: MergeBackPlan, releaseSha: string): Promise<MergeBackRecord> {
  const { client, context } = env;
  switch (plan.action) {
    case 'open': {
      const moved = await fastForwardBranch(client, plan.branch, releaseSha, { create: 'first' });
      if (moved !== 'moved' && moved !== 'created') throw new Error(`branch ${plan.branch} exists at another commit and is not behind the release commit`);
      const pull = await createPull(client, { head: plan.branch, base: context.branch, title: plan.title, body: plan.body });
      return { number: pull.number, url: pull.htmlUrl, branch: plan.branch, action: 'opened' };
    }
    case 'extend': {
      const release = await readCommit(client, releaseSha);
      const merge = await createCommitOnTree(client, { treeSha: release.treeSha, parents: [plan.pull.headSha, releaseSha], message: plan.mergeMessage });
      const moved = await fastForwardBranch(client, plan.pull.headRef, merge);
      if (moved !== 'moved') throw new Error(`branch ${plan.pull.headRef} moved while the merge was made`);
      await updatePull(client, plan.pull.number, { title: plan.title, body: plan.body });
      return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: 'updated' };
    }
    case 'found':
      if (plan.update) await updatePull(client, plan.pull.number, plan.update);
      return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: plan.update ? 'updated' : 'found' };
    case 'leave':
      return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: 'left' };
  }
}
