/**
 * `npm run demo` as a person runs it: --help and a misspelt option answer at once (no ship), and
 * a full ship, a canary that fails at 50% and the ships in waves print nothing wider than 80
 * columns, with numbers that agree (the gates the timeline counts and the gates table; the
 * traffic at the end; the deploy runs, the Waves section, the headline and the fleet the health
 * services report).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { projectRoot } from '../../sandbox/runner.js';
import { helpText } from '../../sandbox/demo/options.js';
import { displayWidth } from '../../sandbox/demo/terminal.js';

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
const demo = path.join(projectRoot, 'sandbox', 'demo.ts');
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };

/** Runs the demo to its end (a ship takes seconds: spawned, not blocking the test process). */
function runDemo(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [demo, ...args], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));
/** The output on one line, the wrapping undone (a sentence may break anywhere at 80 columns). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface DeployRunRow {
  environment: string;
  version: string;
  what: string;
  started: number;
  ended: number;
  conclusion: string;
}

/** The rows of the waves demo's deploy-runs table. */
function deployRuns(out: string): DeployRunRow[] {
  return [...out.matchAll(/^\d+ +(\S+) +(\d+\.\d+\.\d+) +(deploy|put back) +\+([\d.]+)s +\+([\d.]+)s +(\S+)$/gm)].map((m) => ({
    environment: m[1]!,
    version: m[2]!,
    what: m[3]!,
    started: Number(m[4]),
    ended: Number(m[5]),
    conclusion: m[6]!
  }));
}

/** The Waves section's blocks: each environment and the version the report says it runs. */
function reportedVersions(out: string): Record<string, string> {
  return Object.fromEntries([...out.matchAll(/^ {2}environment +(\S+)\n {2}version +(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('npm run demo', () => {
  it('--help lists the variants and exits 0 without shipping', () => {
    const r = spawnSync(tsx, [demo, '--help'], { cwd: projectRoot, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(helpText());
    expect(r.stdout).not.toContain('sandbox GitHub API:');
  });

  it('a misspelt option is refused with the list, exit 2, nothing shipped', () => {
    const r = spawnSync(tsx, [demo, '--cannary'], { cwd: projectRoot, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--cannary'");
    expect(r.stderr).toContain('--canary');
    expect(r.stdout).toBe('');
  });

  it('a full ship fits 80 columns, and the timeline counts every gate of the table', async () => {
    const { code, out } = await runDemo([]);
    expect(code).toBe(0);
    expect(out).toContain('ship-prod: shipped');
    expect(widest(out)).toBeLessThanOrEqual(80);
    const gates = out.slice(out.indexOf('\nGates\n'), out.indexOf('\nVersion and release\n'));
    const rows = (gates.match(/ {2}✅ pass$/gm) ?? []).length;
    const counted = Number(/all (\d+) gates passed/.exec(out)?.[1]);
    const added = (out.match(/gate rollback at \S+ passed/g) ?? []).length;
    expect(rows).toBe(counted + added);
    expect(out).not.toMatch(/run time 0 ms/);
  }, 120_000);

  it('a bad version (the rollback, its long reasons) fits 80 columns', async () => {
    const { code, out } = await runDemo(['--bad']);
    expect(code).toBe(0);
    expect(out).toContain('ship-prod: rolled-back');
    expect(widest(out)).toBeLessThanOrEqual(80);
  }, 120_000);

  it('a canary that fails at 50% fits 80 columns and ends with all the traffic on the previous version', async () => {
    const { code, out } = await runDemo(['--canary', '--fail-at', '50']);
    expect(code).toBe(0);
    expect(out).toContain('status rolled-back');
    expect(widest(out)).toBeLessThanOrEqual(80);
    expect(out).toMatch(/traffic now: blue 1\.4\.0 100%, green 1\.5\.0 0%/);
  }, 120_000);

  it('--waves ships two waves: wave main starts after wave canary baked, every environment runs 1.5.0, the release is published', async () => {
    const { code, out } = await runDemo(['--waves']);
    expect(code).toBe(0);
    expect(widest(out)).toBeLessThanOrEqual(80);
    expect(flat(out)).toContain('status shipped (exit 0,');
    expect(flat(out)).toContain('Shipped v1.5.0 (1.4.0 → 1.5.0) to 3 environments in 2 waves');
    const runs = deployRuns(out);
    expect(runs.map((r) => [r.environment, r.version, r.what, r.conclusion])).toEqual([
      ['prod-eu-canary', '1.5.0', 'deploy', 'success'],
      ['prod-eu', '1.5.0', 'deploy', 'success'],
      ['prod-us', '1.5.0', 'deploy', 'success']
    ]);
    // Wave main's runs run at once (each starts before the other ends; writes are spaced, so the
    // starts may be a tenth apart), after the canary's run ended and its 2s window passed.
    const [canary, eu, us] = runs;
    expect(eu!.started).toBeLessThan(us!.ended);
    expect(us!.started).toBeLessThan(eu!.ended);
    expect(Math.min(eu!.started, us!.started) - canary!.ended).toBeGreaterThanOrEqual(1.9);
    expect(out).toMatch(/^wave canary {2}✅ verified \(on the new version: prod-eu-canary\)$/m);
    expect(out).toMatch(/^wave main {4}✅ verified \(on the new version: prod-eu, prod-us\)$/m);
    // The report, the health services and the headline count the same fleet.
    expect(reportedVersions(out)).toEqual({ 'prod-eu-canary': '1.5.0', 'prod-eu': '1.5.0', 'prod-us': '1.5.0' });
    expect(flat(out)).toContain('fleet now (each health service asked): prod-eu-canary, prod-eu, prod-us on 1.5.0');
    expect(out).toContain('release v1.5.0: published');
  }, 120_000);

  it('--waves --fail-at prod-us stops the line: wave main put back and verified on 1.4.0, the canary kept, the release a draft', async () => {
    const { code, out } = await runDemo(['--waves', '--fail-at', 'prod-us']);
    expect(code).toBe(0);
    expect(widest(out)).toBeLessThanOrEqual(80);
    expect(flat(out)).toContain('status rolled-back (exit 1,');
    const runs = deployRuns(out);
    // Three deploys of 1.5.0 (nothing started after the stop), then prod-us and prod-eu put back, both verified.
    expect(runs.filter((r) => r.what === 'deploy').map((r) => r.environment)).toEqual(['prod-eu-canary', 'prod-eu', 'prod-us']);
    expect(runs.filter((r) => r.what === 'put back').map((r) => [r.environment, r.version, r.conclusion]).sort()).toEqual([
      ['prod-eu', '1.4.0', 'success'],
      ['prod-us', '1.4.0', 'success']
    ]);
    const lastDeploy = Math.max(...runs.filter((r) => r.what === 'deploy').map((r) => r.started));
    expect(runs.filter((r) => r.what === 'put back').every((r) => r.started > lastDeploy)).toBe(true);
    expect(out).toMatch(/^wave canary {2}✅ verified \(on the new version: prod-eu-canary\)$/m);
    expect(flat(out)).toMatch(/wave main ❌ stopped at prod-us \(put back and verified: prod-eu, prod-us\)/);
    expect(flat(out)).toContain('The line stopped at prod-us in wave main; no later wave started (rollback-scope wave)');
    // The report, the health services and the headline count the same fleet.
    expect(reportedVersions(out)).toEqual({ 'prod-eu-canary': '1.5.0', 'prod-eu': '1.4.0', 'prod-us': '1.4.0' });
    expect(flat(out)).toContain('fleet now (each health service asked): prod-eu-canary on 1.5.0; prod-eu, prod-us on 1.4.0');
    expect(flat(out)).toContain('Fleet: prod-eu-canary on 1.5.0; prod-eu, prod-us on 1.4.0.');
    expect(out).toContain('release v1.5.0: a draft (not published)');
  }, 120_000);

  it('--waves --fail-at prod-eu-canary stops the line in the first wave: wave main never starts', async () => {
    const { code, out } = await runDemo(['--waves', '--fail-at', 'prod-eu-canary']);
    expect(code).toBe(0);
    expect(widest(out)).toBeLessThanOrEqual(80);
    expect(flat(out)).toContain('status rolled-back (exit 1,');
    // No run to prod-eu or prod-us at all: the later wave did not start.
    expect(deployRuns(out).map((r) => [r.environment, r.version, r.what, r.conclusion])).toEqual([
      ['prod-eu-canary', '1.5.0', 'deploy', 'success'],
      ['prod-eu-canary', '1.4.0', 'put back', 'success']
    ]);
    expect(out).toMatch(/^wave main {4}⏹️ not started$/m);
    expect(flat(out)).toContain('fleet now (each health service asked): prod-eu-canary, prod-eu, prod-us on 1.4.0');
    expect(out).toContain('release v1.5.0: a draft (not published)');
  }, 120_000);
});
