/**
 * The user-command runner with real bash: its own process group, ended when bash ends and on
 * timeout (a child left in the background cannot keep the job alive), the environment it gets
 * (no INPUT_*), and the exit code and summary it reports.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandEnv, runCommand } from '../src/commands.js';
import { TIMEOUT_EXIT_CODE } from '../src/process-group.js';

const FACTS = { version: '1.5.0', tag: 'v1.5.0', sha: 'abc1234', environment: 'production', previousVersion: '1.4.0' };
let dir: string;
let out: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ship-prod-command-'));
  out = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** True while a process with this pid runs (a zombie waiting for PID 1 to reap it has ended). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
/** Whether `pid` is still alive after a SIGKILL had time to land: polled up to 2 s (delivery and reaping take a moment on a loaded machine). */
async function aliveAfterKill(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 2_000 && alive(pid); waited += 50) await new Promise((r) => setTimeout(r, 50));
  return alive(pid);
}
const pidsIn = (file: string) => readFileSync(path.join(dir, file), 'utf8').trim().split(/\s+/).map(Number);
const run = (command: string, extra: { timeoutMs?: number; killGraceMs?: number } = {}) =>
  runCommand(command, { facts: FACTS, timeoutMs: extra.timeoutMs ?? 20_000, cwd: dir, label: 'cleanup', killGraceMs: extra.killGraceMs ?? 2_000 });

describe('a command that leaves a child running', () => {
  it('returns when bash ends, and the child is ended with it', async () => {
    const started = Date.now();
    const result = await run('sleep 600 & echo $! > child.pid; echo started');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({ ok: true, exitCode: 0 });
    expect(out.join('')).toContain('started\n');
    const [pid] = pidsIn('child.pid');
    expect(await aliveAfterKill(pid!)).toBe(false);
  }, 15_000);

  it('a child that ignores SIGTERM gets SIGKILL after the grace period', async () => {
    const started = Date.now();
    const result = await run("(trap '' TERM; echo $BASHPID > child.pid; sleep 600) & sleep 0.2; echo started", { killGraceMs: 300 });
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await aliveAfterKill(pidsIn('child.pid')[0]!)).toBe(false);
  }, 15_000);

  it('on timeout the whole group is ended, children included', async () => {
    const started = Date.now();
    const result = await run('sleep 600 & echo $! > child.pid; sleep 600', { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({ ok: false, exitCode: TIMEOUT_EXIT_CODE, summary: 'cleanup command did not finish within 300 ms and was stopped' });
    expect(await aliveAfterKill(pidsIn('child.pid')[0]!)).toBe(false);
  }, 15_000);
});

describe('exit codes and output', () => {
  it('reports a non-zero exit, and -e / pipefail apply', async () => {
    expect(await run('false | true; echo "never $((6 * 7))"')).toMatchObject({ ok: false, exitCode: 1, summary: 'cleanup command exited 1' });
    expect(out.join('')).not.toContain('never 42');
    expect(await run('exit 3')).toMatchObject({ ok: false, exitCode: 3 });
  }, 15_000);

  it('echoes the command, then streams its output whole lines at a time', async () => {
    await run('printf "one\\ntw"; sleep 0.1; printf "o\\nthree"');
    expect(out[0]).toBe('[command]bash -eo pipefail -c printf "one\\ntw"; sleep 0.1; printf "o\\nthree"\n');
    expect(out.slice(1)).toEqual(['one\n', 'two\n', 'three\n']);
  }, 15_000);
});

describe('the environment', () => {
  it('is the runner’s without INPUT_*, with the SHIP_* facts and the extra variables', () => {
    const env = commandEnv({ PATH: '/bin', INPUT_GITHUB_TOKEN: 'x', 'INPUT_NOTIFY-WEBHOOK': 'y', input_lower: 'z', SHIP_VERSION: 'old', HOME: '/h' }, FACTS, { SHIP_TRAFFIC: '10' });
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/h',
      SHIP_VERSION: '1.5.0',
      SHIP_TAG: 'v1.5.0',
      SHIP_SHA: 'abc1234',
      SHIP_ENVIRONMENT: 'production',
      SHIP_PREVIOUS_VERSION: '1.4.0',
      SHIP_TRAFFIC: '10'
    });
  });

  it('a real command sees no INPUT_* variable', async () => {
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_unitTestToken';
    try {
      await run('echo "inputs=$(env | grep -c ^INPUT_ || true) version=$SHIP_VERSION"');
    } finally {
      delete process.env['INPUT_GITHUB-TOKEN'];
    }
    expect(out).toContain('inputs=0 version=1.5.0\n');
  }, 15_000);
});
