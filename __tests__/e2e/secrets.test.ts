/**
 * The secrets property, end to end on the bundled action: over every secret kind (the token,
 * header values, deploy-inputs values of every shape, webhook URLs), each also reused inside
 * another input (a command, a health URL) and echoed by a command, none appears in the log
 * (`::add-mask::` lines aside), the summary, the report file, the outputs, any request body sent
 * to GitHub, or any notification body, but its own: the dispatch carries the deploy-inputs values,
 * the probes carry the header values, exactly as written.
 *
 * The values are drawn from a seeded generator per run, so each run checks other values of the
 * same shapes; the seed is in the test name to replay a failure. Three ships per seed: a real
 * ship (notified), a dry run, and bad inputs (notified too).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { explain, shipFixture, TOKEN, type ShipFixture, type ShipResult } from '../helpers/e2e.js';
import { healthService, webhookReceiver, type HealthService, type Receiver } from '../helpers/receivers.js';

const WORKFLOW = `name: deploy with secrets
on:
  workflow_dispatch:
    inputs:
      version: {required: true}
      environment: {required: false}
      pin: {required: false}
      flag: {required: false}
      zone: {required: false}
      note: {required: false}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
`;

/** mulberry32: a small seeded generator, so a failing seed can be replayed. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
const pick = (next: (n: number) => number, alphabet: string, length: number) => Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');

interface Secret {
  kind: string;
  value: string;
}

/** One value per shape. Letters of the short value avoid words the action writes anyway. */
function secretsFor(seed: number, hooks: Receiver[]): { deployInputs: Record<string, string>; headers: Record<string, string>; all: Secret[] } {
  const next = generator(seed);
  const deployInputs = {
    pin: `${1 + next(9)}${pick(next, '0123456789', 6)}`, // all digits
    flag: next(2) ? 'TRUE' : 'FALSE', // a boolean
    zone: pick(next, 'bcdfghjkmnpqvwxz', 3), // short
    note: `dep-${pick(next, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 14)}` // long
  };
  const headers = {
    'X-Key': `hdr-${pick(next, 'abcdefghijkmnpqrstuvwxyz23456789', 16)}`,
    'X-Pin': `00${pick(next, '0123456789', 5)}` // YAML would read it as a number
  };
  return {
    deployInputs,
    headers,
    all: [
      { kind: 'token', value: TOKEN },
      ...Object.entries(headers).map(([name, value]) => ({ kind: `header ${name}`, value })),
      ...Object.entries(deployInputs).map(([name, value]) => ({ kind: `deploy input ${name}`, value })),
      ...hooks.map((h, i) => ({ kind: `webhook ${i + 1}`, value: h.url }))
    ]
  };
}

/** Where `value` shows in `text`: anywhere for a distinctive value, as a whole token for a short or all-digit one. */
function shows(text: string, value: string): boolean {
  if (value.length >= 8 && !/^\d+$/.test(value)) return text.includes(value);
  return new RegExp(`(?<![A-Za-z0-9_])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`).test(text);
}

let svc: HealthService;
let hooks: Receiver[];
beforeAll(async () => {
  svc = await healthService();
  hooks = [await webhookReceiver('/hooks/T1/B1/firstHookSecretPath'), await webhookReceiver('/hooks/T2/B2/secondHookSecretPath')];
}, 60_000);
afterAll(async () => {
  for (const h of hooks) await h.close();
  await svc.close();
});

/** Every leak of a secret in a run: `where: kind`. */
function leaks(result: ShipResult, secrets: Secret[], workspace: string, notifications: string[]): string[] {
  const found: string[] = [];
  const reportFile = result.outputs['report-file'];
  const places: Array<[string, string]> = [
    ['log', result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + result.stderr],
    ['summary', result.summary],
    ['outputs', JSON.stringify(result.outputs)],
    ['report file', reportFile && existsSync(path.join(workspace, reportFile)) ? readFileSync(path.join(workspace, reportFile), 'utf8') : ''],
    ...notifications.map((body, i): [string, string] => [`notification ${i + 1}`, body])
  ];
  for (const r of result.requests) {
    places.push([`${r.method} ${r.path}`, JSON.stringify(r.requestBody ?? '')]);
  }
  for (const s of secrets) {
    for (const [where, text] of places) {
      // The dispatch alone carries the deploy inputs' values.
      if (s.kind.startsWith('deploy input') && where.endsWith('/dispatches')) continue;
      if (shows(text, s.value)) found.push(`${where}: ${s.kind}`);
    }
  }
  return found;
}

const SEEDS = [23, 20260611];

describe.each(SEEDS)('seed %i: no secret shows anywhere but its own request', (seed) => {
  // A repository of its own per seed: each real ship releases v1.5.0 afresh.
  let fx: ShipFixture;
  let secrets: ReturnType<typeof secretsFor>;
  let inputs: Record<string, string>;
  afterAll(async () => {
    expect(fx.sandbox.schemaErrors()).toEqual([]);
    await fx.close();
  });
  beforeAll(async () => {
    fx = await shipFixture({ files: { '.github/workflows/secrets.yml': WORKFLOW } });
    secrets = secretsFor(seed, hooks);
    const everySecret = secrets.all.map((s) => s.value).join(' ');
    const healthChecks = `- name: app\n  url: ${svc.url}/health\n  headers:\n${Object.entries(secrets.headers).map(([k, v]) => `    ${k}: ${v}`).join('\n')}`;
    inputs = {
      'deploy-workflow': 'secrets.yml',
      'deploy-inputs': Object.entries(secrets.deployInputs).map(([k, v]) => `${k}=${v}`).join('\n'),
      // Each secret reused inside other inputs, and echoed by the commands.
      'deploy-command': `echo "reused: ${everySecret}"`,
      'cleanup-command': `echo "cleanup: ${everySecret}"`,
      'health-urls': `${svc.url}/ready?pin=${secrets.deployInputs.pin}&key=${secrets.headers['X-Key']}`,
      'health-checks': healthChecks,
      'health-timeout': '10s',
      'health-interval': '1s',
      'notify-webhook': hooks.map((h) => h.url).join('\n'),
      // Polls the deploy run every second (a thirtieth of it).
      'deploy-timeout': '30s',
      rollback: 'never'
    };
  }, 60_000);

  it('a real ship: dispatch and probes get the values exactly; nothing else shows any', async () => {
    const workspace = fx.sample.checkout();
    const before = hooks.map((h) => h.bodies.length);
    const probesBefore = svc.probes.length;
    const result = await fx.ship(inputs, { workspace });
    expect({ status: result.outputs.status, why: result.outputs.status === 'shipped' ? '' : explain(result) }).toEqual({ status: 'shipped', why: '' });
    // Their own requests: the dispatch carries the deploy inputs, the probes the headers as written.
    expect(dispatchedRuns(fx.sandbox.state).at(-1)?.inputs).toMatchObject(secrets.deployInputs);
    const probes = svc.probes.slice(probesBefore).filter((p) => p.url === '/health');
    expect(probes.length).toBeGreaterThan(0);
    for (const p of probes) expect({ key: p.headers['x-key'], pin: p.headers['x-pin'] }).toEqual({ key: secrets.headers['X-Key'], pin: secrets.headers['X-Pin'] });
    // The commands ran and echoed every secret: the log shows the line, redacted.
    expect(result.stdout).toMatch(/^reused: \*\*\*( \*\*\*)+$/m);
    expect(result.stdout).toMatch(/^cleanup: \*\*\*( \*\*\*)+$/m);
    const notifications = hooks.flatMap((h, i) => h.bodies.slice(before[i]));
    expect(notifications).toHaveLength(2);
    expect(leaks(result, secrets.all, workspace, notifications)).toEqual([]);
  }, 120_000);

  it('a dry run: report-json and the plan show none', async () => {
    const workspace = fx.sample.checkout();
    const result = await fx.ship({ ...inputs, 'dry-run': 'true' }, { workspace });
    expect({ status: result.outputs.status, why: result.outputs.status === 'dry-run' ? '' : explain(result) }).toEqual({ status: 'dry-run', why: '' });
    expect(result.summary).toContain('reused: ***');
    expect(leaks(result, secrets.all, workspace, [])).toEqual([]);
  }, 120_000);

  it('bad inputs: the blocked ship is notified, and nothing shows any', async () => {
    const workspace = fx.sample.checkout();
    const before = hooks.map((h) => h.bodies.length);
    const result = await fx.ship({ ...inputs, bump: 'sideways', 'health-urls': `${inputs['health-urls']}\nftp://${secrets.deployInputs.note}` }, { workspace });
    expect(result.outputs.status).toBe('blocked');
    expect(result.stdout).toMatch(/^::error title=health-urls::/m);
    const notifications = hooks.flatMap((h, i) => h.bodies.slice(before[i]));
    expect(notifications).toHaveLength(2);
    expect(leaks(result, secrets.all, workspace, notifications)).toEqual([]);
  }, 120_000);
});
