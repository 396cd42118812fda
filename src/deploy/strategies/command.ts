/**
 * Deploy by command: `deploy-command` (or `rollback-command`) run in bash with the target's facts
 * in its environment (commands.ts). Its exit code decides; its output goes to the log.
 */
import * as core from '@actions/core';
import { runCommand } from '../../commands.js';
import type { DeployStrategy, ManualFacts } from './types.js';

export interface CommandConfig {
  command: string;
  /** The input that holds it. */
  input: 'deploy-command' | 'rollback-command';
}

export const commandStrategy: DeployStrategy<CommandConfig> = {
  name: 'command',
  deploysVersion: true,
  deploys: (s) => (s.deploy.command ? { command: s.deploy.command, input: 'deploy-command' } : undefined),
  rollsBack: (s) => (s.rollback.command ? { command: s.rollback.command, input: 'rollback-command' } : undefined),
  redeploys: (config) => config,
  describe: (c) => c.input,

  plan: (c, move) => ({
    what: `run the ${move.name} command`,
    detail: `${c.command}\n# environment: SHIP_VERSION=${move.target.version} SHIP_TAG=${move.target.tag} SHIP_SHA=${move.target.sha} SHIP_ENVIRONMENT=${move.environment}`
  }),

  async run(c, move) {
    const { env, target } = move;
    if (move.first) await move.status(`${move.name}: running the ${move.name} command for ${target.tag}`);
    const progress = env.progress(`${move.name} command for ${target.tag}`, env.context.runUrl || undefined);
    const result = await core.group(`${move.name} command`, () =>
      progress.watch(
        runCommand(c.command, {
          facts: { version: target.version, tag: target.tag, sha: target.sha, environment: move.environment, previousVersion: move.from.version },
          timeoutMs: move.timeoutMs,
          cwd: env.context.workspace,
          label: move.name
        })
      )
    );
    return { ok: result.ok, summary: result.summary, detail: [result.summary] };
  },

  manual: (c, f) => commandByHand(c.command, c.input === 'rollback-command' ? 'rollback command' : 'deploy command', f)
};

/** The command run by hand with the target's facts in its environment, as ship-prod runs it. */
function commandByHand(command: string, label: string, f: ManualFacts) {
  const { shq, target } = f;
  const sha = `"$(git rev-parse ${shq(`${target.tag}^{commit}`)})"`;
  const env = [`SHIP_VERSION=${shq(target.version)}`, `SHIP_TAG=${shq(target.tag)}`, `SHIP_SHA=${sha}`, `SHIP_ENVIRONMENT=${shq(f.environment)}`, `SHIP_PREVIOUS_VERSION=${shq(f.from)}`];
  return {
    what: `Run the ${label} with the previous version's facts in its environment (as ship-prod runs it):`,
    commands: ['git fetch origin --tags', `${env.join(' \\\n  ')} \\\n  bash -eo pipefail -c ${shq(command)}`]
  };
}
