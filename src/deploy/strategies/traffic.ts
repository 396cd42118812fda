/**
 * The switch-back of a blue-green or canary ship: `traffic-command` with SHIP_TRAFFIC=0 moves all
 * the traffic back to the version that was there, which never stopped running beside the new one.
 * No redeploy: it only routes. The command gets the new version's facts, as at every traffic step
 * (SHIP_TRAFFIC is the share of SHIP_VERSION), so to put the previous version back it runs with
 * the facts of the version being moved away from.
 */
import { recordCommand } from '../../commands.js';
import { usesTraffic } from '../progressive-settings.js';
import { saveTrafficState } from '../cancel-traffic.js';
import type { DeployStrategy } from './types.js';

export interface TrafficConfig {
  command: string;
}

export const trafficStrategy: DeployStrategy<TrafficConfig> = {
  name: 'traffic',
  deploysVersion: false,
  deploys: () => undefined,
  rollsBack: (s) => (usesTraffic(s) ? { command: s.progressive!.trafficCommand } : undefined),
  describe: () => 'traffic-command with SHIP_TRAFFIC=0 (all traffic back to the previous version; no redeploy)',
  rollbackWords: {
    restored: (toTag) => `all traffic back on ${toTag || 'the previous version'}`,
    failed: (_toTag, why, facts) => `moving the traffic back failed: ${why}; production may still send ${facts.trafficPercent ?? 0}% to ${facts.fromTag}`,
    unhealthy: (toTag, why) => `the traffic was moved back to ${toTag || 'the previous version'}, but production is not healthy: ${why}`
  },

  plan: (c) => ({ what: 'move all traffic back to the previous version', detail: `${c.command}\n# environment: SHIP_TRAFFIC=0 plus the SHIP_* variables` }),

  async run(c, move) {
    const { env, from, target } = move;
    const facts = { version: from.version, tag: from.tag, sha: from.sha, environment: move.environment, previousVersion: target.version };
    const command = await recordCommand(c.command, { facts, timeoutMs: move.timeoutMs, cwd: env.context.workspace, label: 'switch-back', env: { SHIP_TRAFFIC: '0' } }, env.clock);
    const traffic = move.traffic;
    const switchBack = { ok: command.ok, verified: false, summary: command.summary, at: command.at, commandMs: command.durationMs };
    if (traffic) traffic.switchBack = switchBack;
    const detail = [`traffic command with SHIP_TRAFFIC=0: ${command.summary}`];
    if (!command.ok) return { ok: false, summary: command.summary, detail };
    if (traffic) traffic.percent = 0;
    saveTrafficState({ percent: 0, facts });
    return { ok: true, summary: command.summary, detail, onVerified: (verified) => (switchBack.verified = verified) };
  },

  manual: (c, { shq, from, environment, target }) => ({
    what: 'Move all the traffic back to the previous version with the traffic command (SHIP_TRAFFIC=0), as ship-prod does:',
    commands: [`SHIP_TRAFFIC=0 SHIP_VERSION=${shq(from)} SHIP_PREVIOUS_VERSION=${shq(target.version)} SHIP_ENVIRONMENT=${shq(environment)} \\\n  bash -eo pipefail -c ${shq(c.command)}`]
  })
};
