/**
 * Hostile input, round 3, end to end on the bundled action: user commands that leave children
 * running (the job must still end promptly, the children with it) and the environment they get
 * (no INPUT_*); notifications of a blocked ship (bad inputs included) whose text carries hostile
 * repository text that must not ping, link or mention anyone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { explain, shipFixture, type ShipFixture } from '../helpers/e2e.js';
import { webhookReceiver, type Receiver } from '../helpers/receivers.js';

const EVIL = '@channel @here <!here> [c](https://evil.example/c) https://evil.example/bare <https://evil.example/x|click> www.evil.example';

let fx: ShipFixture;
let hook: Receiver;
beforeAll(async () => {
  // The state file's staging value is hostile text: a gate that does not accept it blocks the ship.
  fx = await shipFixture({ stagingStatus: JSON.stringify(EVIL) });
  hook = await webhookReceiver('/hooks/T0/B0/s3cr3tRound3');
}, 60_000);
afterAll(async () => {
  await hook.close();
  await fx.close();
});

/** True while a process runs (a zombie waiting to be reaped has ended). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('user commands', () => {
  it('children left by pre-deploy and cleanup commands end with them; the job exits promptly; no INPUT_* reaches a command', async () => {
    const gates = `- {name: staging-validation, accept: [${JSON.stringify(EVIL)}]}`;
    const result = await fx.ship(
      {
        gates,
        'pre-deploy-command': 'sleep 600 & echo "pre-child=$!"',
        'deploy-command': 'echo "inputs=$(env | grep -c "^INPUT_" || true) version=$SHIP_VERSION"',
        'cleanup-command': 'sleep 600 & echo "cleanup-child=$!"'
      },
      { timeoutMs: 60_000 }
    );
    expect({ code: result.code, status: result.outputs.status, why: result.code === 0 ? '' : explain(result) }).toEqual({ code: 0, status: 'shipped', why: '' });
    // The ship itself takes a few seconds; a child holding the job would keep it until the 60 s kill.
    expect(result.durationMs).toBeLessThan(30_000);
    const children = ['pre-child', 'cleanup-child'].map((name) => Number(new RegExp(`^${name}=(\\d+)$`, 'm').exec(result.stdout)?.[1]));
    expect(children.every((pid) => pid > 0)).toBe(true);
    expect(children.filter(running)).toEqual([]);
    expect(result.stdout).toMatch(/^inputs=0 version=1\.5\.0$/m);
  }, 90_000);
});

describe('notifications of a blocked ship', () => {
  it('a gate-blocked ship notifies; the hostile gate value in its text pings, links and mentions no one', async () => {
    const before = hook.bodies.length;
    const result = await fx.ship({ 'notify-webhook': hook.url });
    expect({ status: result.outputs.status, why: result.outputs.status === 'blocked' ? '' : explain(result) }).toEqual({ status: 'blocked', why: '' });
    expect(hook.bodies.length - before).toBe(1);
    const { text } = JSON.parse(hook.bodies.at(-1)!) as { text: string };
    expect(text).toContain('evil');
    // The run's own link is the one live thing.
    const runLink = /<http:\/\/[^|>]+\/actions\/runs\/4242\|run 4242>$/;
    expect(text).toMatch(runLink);
    const rest = text.replace(runLink, '');
    expect({
      mentions: rest.match(/@\w+|<!\w+/g),
      slackLinks: rest.match(/<[^>]*\|/g),
      markdownLinks: rest.match(/\]\(/g),
      bareUrls: rest.match(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi),
      domains: rest.match(/\bwww\.\S+|\bevil\.example\b/g)
    }).toEqual({ mentions: null, slackLinks: null, markdownLinks: null, bareUrls: null, domains: null });
  }, 60_000);

  it('bad inputs lose the settings, not the webhooks: one notification, blocked, naming the input', async () => {
    const before = hook.bodies.length;
    const result = await fx.ship({ bump: 'sideways', 'notify-webhook': hook.url });
    expect(result.outputs.status).toBe('blocked');
    expect(result.stdout).toMatch(/^::error title=bump::/m);
    expect(hook.bodies.length - before).toBe(1);
    const body = JSON.parse(hook.bodies.at(-1)!) as { text: string; ship: { status: string } };
    expect(body.ship.status).toBe('blocked');
    expect(body.text).toMatch(/^:no_entry: ship-prod blocked: .*Invalid inputs \(bump\): nothing was done/);
    expect(JSON.stringify(body)).not.toContain('s3cr3tRound3');
  }, 60_000);
});
