/**
 * Progress during long waits (pending checks, the deploy run, health rounds, the monitoring
 * window, the rollback): a log line whenever what is awaited changes state, and a heartbeat when
 * nothing was said for a while, so that a 20-minute deploy never looks hung. Every line says what
 * is awaited, in which state, for how long so far, and the link to follow.
 *
 * Time comes from an injected clock. Waits that poll sleep through `progress.sleep` (or hand
 * `progress.clock` to code that sleeps), which wakes up in time for the next heartbeat; a single
 * long piece of work (a command) is wrapped in `progress.watch`.
 *
 *   const progress = new Progress({ what: `deploy run ${id}`, link: url, clock });
 *   progress.update('queued');          // logged at once: a new state
 *   await progress.sleep(10_000);       // a heartbeat if 20 s passed without a line
 */
import * as core from '@actions/core';
import type { Clock } from './clock.js';
import { formatDuration } from './config/durations.js';

/** Silence longer than this gets a heartbeat line (a slow probe or request after it stays under 30 s). */
export const PROGRESS_EVERY_MS = 20_000;

export interface ProgressOptions {
  /** What is awaited, as a noun: `deploy run 123`, `required checks`, `health of v1.5.0`. */
  what: string;
  /** Where a person can follow it. */
  link?: string;
  clock: Clock;
  /** Longest silence before a heartbeat; default PROGRESS_EVERY_MS. */
  everyMs?: number;
  /** Where lines go; default core.info. */
  log?: (line: string) => void;
}

export class Progress {
  private readonly started: number;
  private lastLineAt: number;
  private state = '';
  private link: string | undefined;
  private readonly everyMs: number;
  private readonly log: (line: string) => void;

  constructor(private readonly opts: ProgressOptions) {
    this.started = opts.clock.now();
    this.lastLineAt = this.started;
    this.link = opts.link;
    this.everyMs = Math.max(1, opts.everyMs ?? PROGRESS_EVERY_MS);
    this.log = opts.log ?? ((line) => core.info(line));
  }

  /** How long the wait has lasted. */
  elapsedMs(): number {
    return this.opts.clock.now() - this.started;
  }

  /** The line that says where the wait stands. */
  line(): string {
    const state = this.state ? ` (${this.state})` : '';
    return `⏳ ${this.opts.what}${state}: ${formatDuration(this.elapsedMs())} so far${this.link ? ` · ${this.link}` : ''}`;
  }

  /** A new state (or link): logged at once when it changed. */
  update(state: string, link?: string): void {
    const changed = state !== this.state || (link !== undefined && link !== this.link);
    this.state = state;
    if (link !== undefined) this.link = link;
    if (changed) this.say(this.line());
  }

  /** A line of the wait's own (a health round's result): it counts as progress. */
  note(line: string): void {
    this.say(line);
  }

  /** Logs the heartbeat when the silence has lasted long enough. */
  heartbeat(): void {
    if (this.opts.clock.now() - this.lastLineAt >= this.everyMs) this.say(this.line());
  }

  /** Sleeps `ms`, waking up for each heartbeat that falls due meanwhile. */
  async sleep(ms: number): Promise<void> {
    const { clock } = this.opts;
    const until = clock.now() + Math.max(0, ms);
    for (;;) {
      this.heartbeat();
      const left = until - clock.now();
      if (left <= 0) return;
      await clock.sleep(Math.min(left, this.lastLineAt + this.everyMs - clock.now()));
    }
  }

  /** A clock whose sleeps are this wait's (heartbeats included): for code that takes a clock. */
  get clock(): Clock {
    return { now: () => this.opts.clock.now(), sleep: (ms) => this.sleep(ms) };
  }

  /**
   * Waits for `work` (a command, one long request), with heartbeats while it runs. A real timer,
   * cleared as soon as the work ends, so nothing is left pending; the clock still tells the time.
   */
  async watch<T>(work: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      timer = setTimeout(() => {
        this.heartbeat();
        schedule();
      }, Math.max(10, this.lastLineAt + this.everyMs - this.opts.clock.now()));
    };
    schedule();
    try {
      return await work;
    } finally {
      clearTimeout(timer);
    }
  }

  private say(line: string): void {
    this.lastLineAt = this.opts.clock.now();
    this.log(line);
  }
}
