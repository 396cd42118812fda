/**
 * Deploy by branch: point the production branch at the target's commit. Created when missing,
 * fast-forwarded otherwise; never forced on a deploy. Putting the previous version back is not a
 * fast-forward, so a redeploy of the previous version forces it (and says so).
 */
import { fastForwardBranch, moveRef } from '../../github/git-data.js';
import { code } from '../../report/markdown.js';
import type { DeployStrategy } from './types.js';

export interface BranchConfig {
  branch: string;
  /** Move it even when that is not a fast-forward (a redeploy of the previous release). */
  force: boolean;
}

export const branchStrategy: DeployStrategy<BranchConfig> = {
  name: 'branch',
  deploysVersion: true,
  deploys: (s) => (s.deploy.branch ? { branch: s.deploy.branch, force: false } : undefined),
  redeploys: (config) => ({ ...config, force: true }),
  describe: (c) => `branch ${c.branch}`,

  plan: (c, move) => ({ what: `point ${c.branch} at ${move.target.sha.slice(0, 7)} (${move.target.tag}), fast-forward only` }),

  async run(c, move) {
    const { env, target } = move;
    const short = target.sha.slice(0, 7);
    if (move.first) await move.status(`${move.name}: moving ${c.branch} to ${target.tag}`);
    const done = (summary: string) => ({ ok: true, summary, detail: [summary] });
    const refused = (summary: string) => ({ ok: false, untouched: true, summary, detail: [summary] });
    if (c.force) {
      await moveRef(env.client, `heads/${c.branch}`, target.sha, true);
      return done(`${c.branch} forced back to ${short} (${target.tag})`);
    }
    switch (await fastForwardBranch(env.client, c.branch, target.sha, { create: true })) {
      case 'moved':
        return done(`${c.branch} fast-forwarded to ${short} (${target.tag})`);
      case 'created':
        return done(`${c.branch} created at ${short} (${target.tag})`);
      case 'not-fast-forward':
        return refused(
          `${c.branch} has diverged from ${short}: it holds commits the release does not, so moving it would drop them; ship-prod never force-pushes a deploy. Merge or reset ${c.branch} by hand, then re-run`
        );
      case 'refused':
        return refused(`GitHub refused to update ${c.branch} (branch rules or permissions): the token needs \`contents: write\` and a rule that lets it push`);
    }
  },

  manual: (c, { shq, target }) => ({
    what: `Point ${code(c.branch)} back at ${code(target.tag)} (a forced update, guarded by what the branch holds now):`,
    commands: [
      `git fetch origin --tags ${shq(`+refs/heads/${c.branch}:refs/remotes/origin/${c.branch}`)}`,
      `git push --force-with-lease=${shq(c.branch)} origin ${shq(`${target.tag}^{commit}:refs/heads/${c.branch}`)}`
    ]
  })
};
