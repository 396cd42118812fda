/**
 * One health probe: an HTTP request to a check's URL, and a pure judgement of the answer.
 *
 * Judgement (judgeResponse), in order; the first failing condition of the status, and every
 * failing condition of the body and latency, make the reason:
 * - a connection error or a timeout fails (`ECONNREFUSED 127.0.0.1:8080`, `timeout after 10s`);
 * - the status must be in `expectStatus` (`503 (expected 200-299)`). Redirects are not followed:
 *   a 3xx is judged as it is, so a health URL that redirects to a login page does not pass;
 * - `bodyContains` (plain text) and `bodyMatches` (a regular expression, no flags, run in linear
 *   time by RE2: config/user-pattern.ts), over at most 64 KiB of body;
 * - `json`: the field at `json.path` must equal (as a string) one of `json.oneOf`;
 * - version (`check.expectVersion` and a version to verify given): the body must report that
 *   version, so an old instance answering 200 does not pass. Where the version is read:
 *   `json.path` when `json` is given with an empty `oneOf` (the field holds the version),
 *   otherwise the top-level `version` field of a JSON body, otherwise a plain-text body that is
 *   the version itself (`1.5.0`, `v1.5.0`). A leading `v` is ignored on both sides; the rest
 *   must be equal. Without a version to verify (e.g. the baseline before a deploy) the version
 *   is only read and reported;
 * - `maxLatencyMs`: the whole response (headers and up to 64 KiB of body) within it.
 *
 * At most 64 KiB of body is read; the rest is discarded. The request timeout (`check.timeoutMs`)
 * covers the headers and the body read. Latency is measured with the injected clock.
 *
 * Secrets: header values are sent, never returned. Every string in a sample (reason, error,
 * version) has each header value of the check replaced by `***`, whatever produced it (an error
 * message from fetch, a body that echoes a header).
 */
import type { Clock } from '../clock.js';
import type { HealthCheckSpec } from './check-spec.js';
import { formatDuration } from '../config/durations.js';
import { compileUserPattern } from '../config/user-pattern.js';
import {
  describeFetchError,
  fieldPath,
  parseJson,
  readField,
  redact,
  scalarString,
  shortText,
  showPath,
  type PathSegments
} from './fields.js';

/** The most body a probe reads. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ProbeSample {
  /** The check's name. */
  check: string;
  /** When the request started (clock time, ms). */
  at: number;
  ok: boolean;
  /** The HTTP status, when a response arrived. */
  status?: number;
  latencyMs: number;
  /** Transport failure: `timeout`, `ECONNREFUSED 127.0.0.1:8080`, ... */
  error?: string;
  /** Short and specific: `200 in 45 ms`, `503 (expected 200-299)`, `timeout after 10s`. */
  reason: string;
  /** The version the body reported (checks with `expectVersion`). */
  version?: string;
}

/** What came back: a response (body already read and cut to 64 KiB), or a transport error. */
export type ProbeResponse =
  | { status: number; body: string; latencyMs: number; truncated?: boolean }
  | { error: string; latencyMs?: number; timeoutMs?: number };

export interface Judgement {
  ok: boolean;
  reason: string;
  version?: string;
}

/** A probe as the verification loops use it: one check, with the version to verify (if any). */
export type Probe = (check: HealthCheckSpec, expectVersion?: string) => Promise<ProbeSample>;

/** `1.5.0` for `v1.5.0`, ` V1.5.0 `. */
export function normalizeVersion(version: string): string {
  return version.trim().replace(/^[vV](?=\d)/, '');
}

/** `200-299`, `200-299, 404`. */
export function showStatuses(ranges: HealthCheckSpec['expectStatus']): string {
  return ranges.map((r) => (r.min === r.max ? String(r.min) : `${r.min}-${r.max}`)).join(', ');
}

const DEFAULT_STATUSES = [{ min: 200, max: 299 }];

/** `body-matches` patterns, compiled once each (the input reader refused the ones that do not compile). */
const bodyPatterns = new Map<string, ReturnType<typeof compileUserPattern>>();
function bodyPattern(source: string): ReturnType<typeof compileUserPattern> {
  let pattern = bodyPatterns.get(source);
  if (!pattern) bodyPatterns.set(source, (pattern = compileUserPattern(source)));
  return pattern;
}
const VERSION_FIELD: PathSegments = ['version'];
const PLAIN_VERSION = /^[vV]?\d[0-9A-Za-z.+_-]*$/;

/** Judges one answer against a check. Pure. */
export function judgeResponse(check: HealthCheckSpec, response: ProbeResponse, expectVersion?: string): Judgement {
  if ('error' in response) {
    const reason =
      response.error === 'timeout'
        ? `timeout after ${formatDuration(response.timeoutMs ?? check.timeoutMs)}`
        : response.error;
    return { ok: false, reason };
  }

  const { status, body, latencyMs } = response;
  const secrets = Object.values(check.headers ?? {});
  const truncatedNote = response.truncated ? ` (first ${MAX_BODY_BYTES / 1024} KiB read)` : '';
  const read = check.expectVersion ? reportedVersion(check, body) : undefined;
  // Body-derived text is redacted before it is shortened (a cut secret would not be recognised).
  const version = read?.value !== undefined ? { ...read, value: redact(read.value, secrets) } : read;
  const withVersion = (j: Judgement): Judgement => (version?.value !== undefined ? { ...j, version: version.value } : j);

  const statuses = check.expectStatus.length > 0 ? check.expectStatus : DEFAULT_STATUSES;
  if (!statuses.some((r) => status >= r.min && status <= r.max)) {
    return withVersion({ ok: false, reason: `${status} (expected ${showStatuses(statuses)})` });
  }

  const problems: string[] = [];
  if (check.bodyContains !== undefined && !body.includes(check.bodyContains)) {
    problems.push(`body does not contain ${shortText(check.bodyContains)}${truncatedNote}`);
  }
  if (check.bodyMatches !== undefined) {
    const pattern = bodyPattern(check.bodyMatches);
    if (!('test' in pattern && pattern.test(body))) problems.push(`body does not match /${check.bodyMatches}/${truncatedNote}`);
  }
  if (check.json && check.json.oneOf.length > 0) {
    const problem = jsonProblem(check.json, body, truncatedNote, secrets);
    if (problem) problems.push(problem);
  }
  if (check.expectVersion && version && expectVersion !== undefined) {
    if (version.value === undefined) {
      problems.push(`${version.problem}${truncatedNote}`);
    } else if (normalizeVersion(version.value) !== normalizeVersion(expectVersion)) {
      problems.push(`version ${shortVersion(version.value)} (expected ${normalizeVersion(expectVersion)})`);
    }
  }
  if (check.maxLatencyMs !== undefined && latencyMs > check.maxLatencyMs) {
    problems.push(`latency ${formatDuration(latencyMs)} (max ${formatDuration(check.maxLatencyMs)})`);
  }

  if (problems.length > 0) return withVersion({ ok: false, reason: problems.join('; ') });
  const versionNote = version?.value !== undefined ? `, version ${shortVersion(version.value)}` : '';
  return withVersion({ ok: true, reason: `${status} in ${formatDuration(latencyMs)}${versionNote}` });
}

function shortVersion(value: string): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? shortText(one, 40) : one;
}

function jsonPathOf(json: NonNullable<HealthCheckSpec['json']>): PathSegments | undefined {
  if (json.segments) return json.segments;
  try {
    return fieldPath(json.path);
  } catch {
    return undefined;
  }
}

function jsonProblem(
  json: NonNullable<HealthCheckSpec['json']>,
  body: string,
  truncatedNote: string,
  secrets: readonly string[]
): string | undefined {
  const segments = jsonPathOf(json);
  if (!segments) return `json path ${shortText(json.path)} is not a field path`;
  const parsed = parseJson(body);
  if (!parsed) return `body is not JSON${truncatedNote}`;
  const field = readField(parsed.value, segments);
  const expected = json.oneOf.length === 1 ? json.oneOf[0] : `one of ${json.oneOf.join(', ')}`;
  if (!field.found) return `no field ${showPath(segments)} in body (expected ${expected})`;
  const text = scalarString(field.value);
  if (text === undefined) return `${showPath(segments)} is ${Array.isArray(field.value) ? 'a list' : 'an object'} (expected ${expected})`;
  if (!json.oneOf.includes(text)) return `${showPath(segments)} is ${shortText(redact(text, secrets), 40)} (expected ${expected})`;
  return undefined;
}

/** The version a body reports, or why none was found. */
function reportedVersion(check: HealthCheckSpec, body: string): { value?: string; problem: string } {
  const versionField = check.json && check.json.oneOf.length === 0 ? jsonPathOf(check.json) : VERSION_FIELD;
  if (!versionField) return { problem: `json path ${shortText(check.json?.path ?? '')} is not a field path` };
  const parsed = parseJson(body);
  if (parsed && parsed.value !== null && typeof parsed.value === 'object') {
    const field = readField(parsed.value, versionField);
    if (!field.found) return { problem: `no ${showPath(versionField)} field in body` };
    const text = scalarString(field.value);
    if (text === undefined || field.value === null || text.trim() === '') {
      return { problem: `${showPath(versionField)} field is not a version` };
    }
    return { value: text.trim(), problem: '' };
  }
  // A JSON string (`"1.5.0"`) or a plain-text body that is the version itself.
  const text = (parsed && typeof parsed.value === 'string' ? parsed.value : body).trim();
  if (PLAIN_VERSION.test(text) && text.length <= 100) return { value: text, problem: '' };
  return { problem: 'no version in body' };
}

/** Reads a response body, at most `max` bytes; cancels the rest. */
async function readBody(response: Response, max: number): Promise<{ body: string; truncated: boolean }> {
  if (!response.body) return { body: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > max) {
      chunks.push(value.subarray(0, max - size));
      size = max;
      truncated = true;
      break;
    }
    chunks.push(value);
    size += value.byteLength;
    if (size === max) {
      truncated = !(await isAtEnd(reader));
      break;
    }
  }
  if (truncated) await reader.cancel().catch(() => undefined);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return { body: new TextDecoder('utf-8').decode(all), truncated };
}

/** True when the stream has nothing more (reads one more chunk to find out). */
async function isAtEnd(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<boolean> {
  const next = await reader.read();
  return next.done || next.value.byteLength === 0;
}

export interface ProbeOptions {
  /** The version being verified (see the module comment). */
  expectVersion?: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  clock: Clock;
}

/** One request to `check.url`, judged. Never throws. */
export async function probeOnce(check: HealthCheckSpec, opts: ProbeOptions): Promise<ProbeSample> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const secrets = Object.values(check.headers ?? {});
  const clean = (text: string): string => redact(text, secrets);
  const at = opts.clock.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, Math.max(1, check.timeoutMs));

  let response: ProbeResponse;
  try {
    const headers: Record<string, string> = { 'user-agent': 'ship-prod health check', ...check.headers };
    const res = await doFetch(check.url, {
      method: check.method || 'GET',
      headers,
      redirect: 'manual',
      signal: controller.signal
    });
    const { body, truncated } = await readBody(res, MAX_BODY_BYTES);
    response = { status: res.status, body, latencyMs: opts.clock.now() - at, truncated };
  } catch (error) {
    const latencyMs = opts.clock.now() - at;
    response = timedOut
      ? { error: 'timeout', latencyMs, timeoutMs: check.timeoutMs }
      : { error: describeFetchError(error, secrets), latencyMs };
  } finally {
    clearTimeout(timer);
  }

  const judgement = judgeResponse(check, response, opts.expectVersion);
  const sample: ProbeSample = {
    check: check.name,
    at,
    ok: judgement.ok,
    latencyMs: Math.max(0, response.latencyMs ?? opts.clock.now() - at),
    reason: clean(judgement.reason)
  };
  if ('status' in response) sample.status = response.status;
  if ('error' in response) sample.error = clean(response.error);
  if (judgement.version !== undefined) sample.version = clean(judgement.version);
  return sample;
}

/** A Probe bound to a clock (and a fetch), for waitHealthy and watchWindow. */
export function makeProbe(opts: { clock: Clock; fetch?: typeof fetch }): Probe {
  return (check, expectVersion) =>
    probeOnce(check, { clock: opts.clock, ...(opts.fetch ? { fetch: opts.fetch } : {}), ...(expectVersion !== undefined ? { expectVersion } : {}) });
}
