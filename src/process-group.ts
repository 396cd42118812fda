/**
 * A user's command in a process group of its own, ended with it: when bash ends, whatever it left
 * running in the background (`sleep 600 & echo started`) is ended too (SIGTERM to the group,
 * SIGKILL after a grace period); on timeout the whole group gets the same. A process that left the
 * group (setsid) is not waited for: its pipes are let go, so it cannot keep the job alive either.
 * Output goes to this process's stdout and stderr a whole line at a time (so the log's redaction
 * sees whole lines).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** From SIGTERM to SIGKILL, for a group that outlives its command or its timeout. */
export const KILL_GRACE_MS = 10_000;
/** How long the output pipes may stay open once the group is gone (a process that left it). */
const PIPES_GRACE_MS = 2_000;
/** Exit code reported for a command stopped by its timeout (as coreutils `timeout` does). */
export const TIMEOUT_EXIT_CODE = 124;

/** Signals a process group; false when no process is left in it. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** SIGTERM to the group, then SIGKILL once `graceMs` has passed with a process still in it. */
async function endGroup(pgid: number, graceMs: number): Promise<void> {
  if (!signalGroup(pgid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await pause(Math.min(50, graceMs));
    if (!signalGroup(pgid, 0)) return;
  }
  signalGroup(pgid, 'SIGKILL');
}

/** Writes a stream's text to `out` a whole line at a time (the rest when the stream ends). */
function forwardLines(stream: NodeJS.ReadableStream, out: (text: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const end = Math.max(pending.lastIndexOf('\n'), pending.lastIndexOf('\r'));
    // A very long line without an end is written in pieces rather than held without bound.
    if (end >= 0) {
      out(pending.slice(0, end + 1));
      pending = pending.slice(end + 1);
    } else if (pending.length > 64 * 1024) {
      out(pending);
      pending = '';
    }
  });
  stream.on('close', () => {
    if (pending) out(`${pending}\n`);
    pending = '';
  });
}

export interface GroupRun {
  /** bash's exit code; TIMEOUT_EXIT_CODE when the timeout stopped it; 128 + n when signal n ended it. */
  exitCode: number;
  timedOut: boolean;
}

/** Runs `bash -eo pipefail -c command` in a process group of its own and ends the group with it. */
export async function runInGroup(command: string, opts: { cwd: string; env: Record<string, string>; timeoutMs: number; killGraceMs?: number }): Promise<GroupRun> {
  const grace = opts.killGraceMs ?? KILL_GRACE_MS;
  const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pgid = child.pid;
  let timedOut = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const pipesClosed = Promise.all([child.stdout, child.stderr].map((s) => new Promise<void>((resolve) => s.once('close', () => resolve()))));
  forwardLines(child.stdout, (text) => process.stdout.write(text));
  forwardLines(child.stderr, (text) => process.stderr.write(text));
  // A job cancelled while the command runs: the group does not get our signal (it has its own), so pass it on.
  const forward = (signal: NodeJS.Signals) => {
    if (pgid) signalGroup(pgid, signal);
    process.off(signal, forward);
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', forward);
  process.once('SIGTERM', forward);
  let timer: NodeJS.Timeout | undefined;
  let stopping: Promise<void> | undefined;
  try {
    if (pgid === undefined) await exited; // spawn failed: 'error' rejects
    timer = setTimeout(() => {
      timedOut = true;
      stopping = endGroup(pgid!, grace);
    }, opts.timeoutMs);
    const { code, signal } = await exited;
    clearTimeout(timer);
    await stopping;
    // bash is gone; whatever it started in the background goes with it.
    await endGroup(pgid!, grace);
    let wait: NodeJS.Timeout | undefined;
    const closed = await Promise.race([pipesClosed.then(() => true), new Promise<boolean>((resolve) => (wait = setTimeout(() => resolve(false), PIPES_GRACE_MS)))]);
    clearTimeout(wait);
    if (!closed) {
      child.stdout.destroy();
      child.stderr.destroy();
    }
    const signalNumber = 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
    return { exitCode: timedOut ? TIMEOUT_EXIT_CODE : (code ?? signalNumber), timedOut };
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
}
