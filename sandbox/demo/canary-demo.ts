/**
 * `npm run demo -- --canary`: a canary ship to the blue/green demo service (sandbox/demo/canary.ts)
 * through 10%, 50% and 100%, with smoke checks on the green slot and a cleanup of blue.
 * `--canary --fail-at 50`: the new version breaks once it gets 50% of the traffic, and the
 * traffic goes back to blue (SHIP_TRAFFIC=0), verified on the previous version.
 *
 * Runs the bundled dist/index.js as the runner would, and prints what the service saw (every
 * traffic change and the probes between them), the steps as the report records them, and the
 * result.
 */
import { rmSync } from 'node:fs';
import { startSandbox } from '../github/server.js';
import { runAction, sampleShip } from '../runner.js';
import { createSampleRepo } from '../sample-repo.js';
import type { TrafficStepRecord } from '../../src/deploy/record.js';
import { startCanaryService, type CanaryEvent, type Slot } from './canary.js';
import { fitted } from './terminal.js';

/** Prints a line, wrapped to the demo's width. */
const say = (text = ''): void => console.log(fitted(text));

/**
 * Who gets the traffic now: the live slot the rest, the other slot its share. After a cleanup
 * only the live slot is left, with all of it.
 */
export function trafficNow(slots: Partial<Record<Slot, string>>, live: Slot, percent: number): string {
  const other: Slot = live === 'blue' ? 'green' : 'blue';
  const parts = [`${live} ${slots[live] ?? '(empty)'} ${100 - percent}%`];
  if (slots[other] !== undefined) parts.push(`${other} ${slots[other]} ${percent}%`);
  return `traffic now: ${parts.join(', ')}${slots[other] === undefined ? ` (the ${other} slot was emptied by the cleanup)` : ''}`;
}


export async function runCanaryDemo(opts: { failAt?: number; latencyMs?: number }): Promise<void> {
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', latencyMs: opts.latencyMs ?? 0, quiet: true });
  const service = await startCanaryService({ version: sample.previousVersion });
  const workspace = sample.checkout();
  try {
    if (opts.failAt !== undefined) service.failWhen('1.5.0', opts.failAt);
    const inputs: Record<string, string> = {
      'deploy-command': service.commands.deploy,
      'smoke-checks': `- name: green\n  url: ${service.url}/candidate/health\n  expect-version: true`,
      'traffic-command': service.commands.traffic,
      'traffic-steps': '10, 50, 100',
      'cleanup-command': service.commands.cleanup,
      'health-checks': `- name: app\n  url: ${service.url}/health\n  expect-version: true\n  max-latency: 2s`,
      'health-interval': '300ms',
      'health-timeout': '3s',
      'monitor-duration': '2s',
      'monitor-interval': '250ms',
      'rollback-timeout': '30s'
    };
    say(`canary demo: blue runs ${sample.previousVersion}; 1.5.0 goes to green, then traffic 10% → 50% → 100%`);
    if (opts.failAt !== undefined) say(`--fail-at ${opts.failAt}: 1.5.0 answers 503 once it gets ${opts.failAt}% of the traffic, so the traffic must go back to blue`);
    say(`demo service: ${service.url}/health (production)`);
    say(`              ${service.url}/candidate/health (green on its own)\n`);
    const result = await runAction({ ...sampleShip(sandbox, workspace, sample.sha), event: { repository: { default_branch: 'main' } }, inputs });
    say('──────── what the service saw ────────');
    for (const line of timeline(service.events())) say(line);
    const report = JSON.parse(result.outputs['report-json'] ?? '{}') as {
      headline?: string;
      delivery?: { traffic?: { steps: TrafficStepRecord[] } };
      health?: { timeToDetectMs?: number };
      rollback?: { timeToRestoreMs?: number; summary?: string };
    };
    say('\n──────── traffic steps (report-json) ────────');
    for (const s of report.delivery?.traffic?.steps ?? []) {
      const rate = s.errorRate === undefined ? '–' : `${Math.round(s.errorRate * 1000) / 10}%`;
      const versions = s.versions ? Object.entries(s.versions).map(([v, n]) => `${v}×${n}`).join(' ') : '';
      say(`${String(s.percent).padStart(3)}%  ${s.at ? s.at.slice(11, 23) : '            '}  errors ${rate.padEnd(6)} p95 ${String(s.p95Ms ?? '–').padStart(4)} ms  ${s.verdict.padEnd(11)} ${versions}`);
    }
    if (report.rollback?.summary) say(`\nswitch-back: ${report.rollback.summary}`);
    if (report.health?.timeToDetectMs !== undefined) say(`time to detect ${report.health.timeToDetectMs} ms, time to restore ${report.rollback?.timeToRestoreMs ?? '–'} ms`);
    say(`\nstatus ${result.outputs.status} (exit ${result.code}, ${result.durationMs} ms): ${report.headline ?? ''}`);
    say(trafficNow(service.slots(), service.live(), service.percent()));
  } finally {
    await service.close();
    await sandbox.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(sample.dir, { recursive: true, force: true });
  }
}

/** Admin calls one a line; the probes between them counted by slot, version and status. */
function timeline(events: CanaryEvent[]): string[] {
  const lines: string[] = [];
  const t0 = events[0]?.at ?? 0;
  let probes: CanaryEvent[] = [];
  const flush = () => {
    if (!probes.length) return;
    const counts = new Map<string, number>();
    for (const p of probes) counts.set(`${p.slot} ${p.version} ${p.status}`, (counts.get(`${p.slot} ${p.version} ${p.status}`) ?? 0) + 1);
    lines.push(`        ${probes[0]!.kind === 'smoke' ? 'smoke' : 'probes'}: ${[...counts].map(([k, n]) => `${n}× ${k}`).join(', ')}`);
    probes = [];
  };
  for (const e of events) {
    if (e.kind === 'probe' || e.kind === 'smoke') {
      if (probes.length && probes[0]!.kind !== e.kind) flush();
      probes.push(e);
      continue;
    }
    flush();
    const what = e.kind === 'deploy' ? `deploy ${e.version} to ${e.slot}` : e.kind === 'traffic' ? `traffic → ${e.percent}% on ${e.slot}` : `cleanup: ${e.slot} (${e.version}) is live, the other slot emptied`;
    lines.push(`+${String(e.at - t0).padStart(5)} ms  ${what}`);
  }
  flush();
  return lines;
}
