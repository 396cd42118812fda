/**
 * Durations as written in inputs, and as shown in reports.
 *
 * Accepted forms (surrounding and in-between spaces are allowed):
 * - a bare number means seconds: `90`, `0`, `1.5`
 * - a number with a unit: `500ms`, `90s`, `5m`, `1h`
 * - several units, largest first, each at most once: `1h30m`, `1m 30s`, `2s 500ms`
 * Decimals are allowed (`1.5s`, `0.5h`); the result is rounded to the nearest millisecond.
 * Units are lower case; long forms (`5 minutes`), negative values and days are not accepted.
 */

import { show } from './problems.js';

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 } as const;
type Unit = keyof typeof UNIT_MS;
const UNIT_ORDER: readonly Unit[] = ['h', 'm', 's', 'ms'];

/** Examples shown in every "expected" hint. */
export const DURATION_EXAMPLES = '90, 90s, 5m, 1h';

/** Thrown by parseDuration; the message is a complete sentence naming the bad text. */
export class DurationError extends Error {
  constructor(
    readonly text: string,
    readonly reason?: string
  ) {
    super(
      `${JSON.stringify(text)} is not a duration${reason ? ` (${reason})` : ''}; expected e.g. ${DURATION_EXAMPLES}`
    );
    this.name = 'DurationError';
  }
}

const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const PART = /(\d+(?:\.\d+)?)\s*(ms|h|m|s)\s*/y;

/** Parses a duration (see the module comment) into milliseconds. Throws DurationError. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new DurationError(text, 'it is empty');
  if (trimmed.startsWith('-')) throw new DurationError(text, 'it is negative');
  if (BARE_NUMBER.test(trimmed)) return finish(text, Number(trimmed) * UNIT_MS.s);

  let total = 0;
  let lastUnitIndex = -1;
  PART.lastIndex = 0;
  while (PART.lastIndex < trimmed.length) {
    const at = PART.lastIndex;
    const match = PART.exec(trimmed);
    if (!match) {
      if (/^\d+(?:\.\d+)?\s*$/.test(trimmed.slice(at)) && at > 0) {
        throw new DurationError(text, 'a number after a unit needs its own unit');
      }
      throw new DurationError(text);
    }
    const unit = match[2] as Unit;
    const index = UNIT_ORDER.indexOf(unit);
    if (index === lastUnitIndex) throw new DurationError(text, `unit '${unit}' appears twice`);
    if (index < lastUnitIndex) throw new DurationError(text, 'units go from largest to smallest, e.g. 1h30m');
    lastUnitIndex = index;
    total += Number(match[1]) * UNIT_MS[unit];
  }
  return finish(text, total);
}

function finish(text: string, ms: number): number {
  const rounded = Math.round(ms);
  if (!Number.isSafeInteger(rounded)) throw new DurationError(text, 'it is too large');
  return rounded;
}

/**
 * A duration for people: `450 ms`, `1.5s`, `59.9s`, `1m 30s`, `2h`, `1h 0m 5s` is shown as `1h 5s`.
 * Under a second: whole milliseconds. Under a minute: seconds with at most one decimal.
 * From a minute on: hours, minutes and seconds, rounded to the second, zero parts left out.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms < 0) return `-${formatDuration(-ms)}`;
  const wholeMs = Math.round(ms);
  if (wholeMs < 1_000) return `${wholeMs} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1_000);
  const h = Math.floor(seconds / 3_600);
  const m = Math.floor((seconds % 3_600) / 60);
  const s = seconds % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h}h`);
  if (m > 0) parts.push(`${m}m`);
  if (s > 0) parts.push(`${s}s`);
  return parts.join(' ');
}

/** No duration input may exceed this (the longest a job can run, on a self-hosted runner). */
export const MAX_DURATION_MS = 5 * 24 * 3_600_000;

/** A duration input read: milliseconds, or a problem sentence (zero refused unless allowed; at most 5 days). */
export function durationProblem(value: string, allowZero: boolean): { ms?: number; problem?: string } {
  let ms: number;
  try {
    ms = parseDuration(value);
  } catch (error) {
    if (error instanceof DurationError) return { problem: error.message };
    throw error;
  }
  if (!allowZero && ms === 0) {
    return { problem: `${show(value)} is zero; expected a duration greater than 0, e.g. ${DURATION_EXAMPLES}` };
  }
  if (ms > MAX_DURATION_MS) {
    return { problem: `${show(value)} is longer than 5 days (120h, the longest a job can run); expected a shorter duration` };
  }
  return { ms };
}
