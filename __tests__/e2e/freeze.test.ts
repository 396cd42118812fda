/**
 * Freeze windows end to end, on the bundle (which runs with the system clock: the windows are
 * written relative to now). Inside a window: blocked, nothing written. With freeze-override:
 * shipped, and who and why are in the summary, report-json, the deployment's payload and the log.
 * Outside every window: shipped. A bad window: a bad input. A window that opens while a ship runs:
 * the ship goes on, and says so.
 *
 * The windows' local times are computed here without the action's code: UTC, and
 * Pacific/Kiritimati, which is UTC+14 all year (no daylight saving since 1995).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { explain, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

const MINUTE = 60_000;
const KIRITIMATI = 14 * 60 * MINUTE;
/** `HH:MM` of an instant on a wall clock `offset` ms ahead of UTC. */
const hhmm = (ms: number, offset = 0) => new Date(ms + offset).toISOString().slice(11, 16);
/** `YYYY-MM-DDTHH:MM:SS` in UTC. */
const utcDateTime = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/** A nightly-style window around now in Kiritimati: from an hour ago to an hour from now, every day (it may cross midnight there). */
function aroundNow(reason: string): string {
  const now = Date.now();
  return `- reason: ${reason}\n  from: "${hhmm(now - 60 * MINUTE, KIRITIMATI)}"\n  to: "${hhmm(now + 60 * MINUTE, KIRITIMATI)}"\n  timezone: Pacific/Kiritimati\n`;
}

interface Report {
  status: string;
  gates: Array<{ name: string; passed: boolean; reason: string; found: string }>;
  freeze?: { override?: { reason: string; by: string }; inside: Array<{ reason: string }>; next?: { reason: string; opensAt: string }; openedDuringShip?: boolean };
  warnings: string[];
}
const reportOf = (r: ShipResult) => JSON.parse(r.outputs['report-json']!) as Report;
const freezeGate = (r: ShipResult) => reportOf(r).gates.find((g) => g.name === 'freeze');

const WORKFLOW = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '30s' };

function expectShipped(result: ShipResult): void {
  if (result.outputs.status !== 'shipped') throw new Error(explain(result));
}

describe('freeze windows, on the bundled action', () => {
  it('inside a window: blocked by the gate freeze, naming the window and its end in its zone and in UTC; nothing written', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ ...WORKFLOW, freeze: aroundNow('quarter close') });
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 1, status: 'blocked' });
    expect(result.writes).toEqual([]);
    const gate = freezeGate(result)!;
    expect(gate.passed).toBe(false);
    expect(gate.reason).toMatch(/^the ship would start inside the freeze window 'quarter close' \(until \w{3} \d{4}-\d\d-\d\d \d\d:\d\d Pacific\/Kiritimati \((\w{3} \d{4}-\d\d-\d\d )?\d\d:\d\d UTC\)\)/);
    expect(result.stdout).toContain("::error title=freeze::freeze: the ship would start inside the freeze window 'quarter close'");
    expect(result.summary).toContain("inside 'quarter close'");
    expect(JSON.parse(result.outputs.environments!)).toEqual({});
  });

  it('inside a window with freeze-override: shipped, and who and why are in the summary, report-json, the deployment payload and the log', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ ...WORKFLOW, freeze: aroundNow('quarter close'), 'freeze-override': 'hotfix for INC-4711' });
    expectShipped(result);
    const report = reportOf(result);
    expect(report.freeze?.override).toEqual({ reason: 'hotfix for INC-4711', by: 'release-bot' });
    expect(report.freeze?.inside.map((w) => w.reason)).toEqual(['quarter close']);
    expect(freezeGate(result)).toMatchObject({ passed: true, found: "inside 'quarter close', overridden" });
    expect(result.summary).toContain('hotfix for INC-4711');
    expect(result.summary).toMatch(/Shipping inside the freeze window 'quarter close' .* on freeze-override by release-bot: "hotfix for INC-4711"/);
    expect(result.stdout).toMatch(/::warning::Shipping inside the freeze window 'quarter close' .*hotfix for INC-4711/);
    const deployment = fx.sandbox.state.deployments.find((d) => d.id === Number(result.outputs['deployment-id']))!;
    expect((deployment.payload as { ship_prod: Record<string, unknown> }).ship_prod.freeze_override).toEqual({ reason: 'hotfix for INC-4711', by: 'release-bot' });
    expect(JSON.parse(result.outputs.environments!)).toEqual({
      production: { 'deployment-id': Number(result.outputs['deployment-id']), 'deploy-run-id': Number(result.outputs['deploy-run-id']), status: 'shipped', version: '1.5.0' }
    });
  });

  it('outside every window: shipped, the gate naming the next window; no override anywhere', async () => {
    fx = await shipFixture();
    const later = Date.now() + 2 * 60 * MINUTE;
    const result = await fx.ship({ ...WORKFLOW, freeze: `- {reason: maintenance, from: "${utcDateTime(later)}", to: "${utcDateTime(later + 60 * MINUTE)}", timezone: UTC}` });
    expectShipped(result);
    expect(freezeGate(result)).toMatchObject({ passed: true, found: 'none in effect' });
    expect(freezeGate(result)!.reason).toContain("the next, 'maintenance', opens");
    expect(reportOf(result).freeze?.override).toBeUndefined();
    const deployment = fx.sandbox.state.deployments.find((d) => d.id === Number(result.outputs['deployment-id']))!;
    expect((deployment.payload as { ship_prod: Record<string, unknown> }).ship_prod).not.toHaveProperty('freeze_override');
  });

  it('a bad window is a bad input: named, with its line and column, blocked, nothing written', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ ...WORKFLOW, freeze: '- reason: weekend\n  from: "15:00"\n  to: "09:00"\n  timezone: Europe/Berlim\n' });
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 1, status: 'blocked' });
    expect(result.writes).toEqual([]);
    expect(result.requests).toEqual([]);
    expect(result.stdout).toContain(`::error title=freeze::Input 'freeze' (line 4, column 13): window 1: 'timezone' "Europe/Berlim" is not an IANA time zone (did you mean 'Europe/Berlin'?)`);
    expect(result.summary).toContain('Europe/Berlim');
  });

  it('a window that opens while the ship runs: the ship goes on to the end, and the report says the window opened', async () => {
    fx = await shipFixture();
    const opens = Date.now() + 6_000;
    const result = await fx.ship({
      'deploy-command': 'sleep 9',
      'deploy-timeout': '1m',
      freeze: `- {reason: evening freeze, from: "${utcDateTime(opens)}", to: "${utcDateTime(opens + 60 * MINUTE)}", timezone: UTC}`
    });
    expectShipped(result);
    const report = reportOf(result);
    expect(freezeGate(result)?.passed).toBe(true);
    expect(report.freeze?.openedDuringShip).toBe(true);
    expect(report.warnings.join('\n')).toContain("The freeze window 'evening freeze' opened during this ship");
    expect(result.summary).toContain("The freeze window 'evening freeze' opened during this ship");
  }, 60_000);
});
