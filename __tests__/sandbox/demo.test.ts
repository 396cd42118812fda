/**
 * `npm run demo` as a person runs it: --help and a misspelt option answer at once (no ship), and
 * a full ship and a canary that fails at 50% print nothing wider than 80 columns, with numbers
 * that agree (the gates the timeline counts and the gates table; the traffic at the end).
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
});
