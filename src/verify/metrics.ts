/**
 * Metric sources read during the monitoring window.
 *
 * - `prometheus`: GET `<url>/api/v1/query?query=<query>` (an instant query against the Prometheus
 *   HTTP API). A `vector` answer gives one value per series: with several series the worst one
 *   is judged (the highest for `above`, the lowest for `below`); a `scalar` answer gives one value.
 *   An empty vector, or `NaN`, is no data. `matrix` and `string` answers are errors (use an
 *   instant vector query, e.g. `sum(rate(http_requests_total{code=~"5.."}[5m]))`).
 * - `json`: GET `url`, read the number at `path` (`a.b[0].c`, `["quoted.key"]`; a numeric string
 *   counts). A missing field or `null` is no data.
 *
 * Judging (judgeMetric): `comparison` `above` (default) fails when value > threshold; `below`
 * fails when value < threshold; equal passes. No data fails unless `noData: 'pass'` (an error
 * counter with no series yet). An unreachable source, an HTTP error, an answer that is not what
 * was expected: these are not "no data", they always fail.
 *
 * Header values are secrets: sent, never in a reason.
 */
import { formatDuration } from '../config/durations.js';
import { describeFetchError, fieldPath, parseJson, readField, redact, shortText, showPath } from './fields.js';

interface MetricCommon {
  name: string;
  url: string;
  threshold: number;
  /** `above` (default): fails when the value is above the threshold; `below`: when below it. */
  comparison?: 'above' | 'below';
  /** What no data means; default `fail`. */
  noData?: 'fail' | 'pass';
  /** Sent with the request (e.g. Authorization); secrets. */
  headers?: Record<string, string>;
}

export type MetricSource =
  | (MetricCommon & { kind: 'prometheus'; query: string })
  | (MetricCommon & { kind: 'json'; path: string });

export interface MetricRead {
  value?: number;
  /** `0.02`, `no data (empty result)`, `HTTP 503`, `ECONNREFUSED 127.0.0.1:9090`. */
  reason: string;
  /** True when the source answered properly but had no value (noData applies). */
  empty?: boolean;
}

export interface MetricReading {
  name: string;
  at: number;
  value?: number;
  ok: boolean;
  reason: string;
  /** The source answered with no value, and no data is not allowed: the window is inconclusive. */
  noData?: boolean;
}

export const DEFAULT_METRIC_TIMEOUT_MS = 10_000;
const MAX_METRIC_BODY = 1024 * 1024;

/** Reads one metric. Never throws. */
export async function readMetric(
  source: MetricSource,
  doFetch: typeof fetch = globalThis.fetch,
  timeoutMs: number = DEFAULT_METRIC_TIMEOUT_MS
): Promise<MetricRead> {
  const secrets = Object.values(source.headers ?? {});
  const read = await readMetricRaw(source, doFetch, timeoutMs);
  return { ...read, reason: redact(read.reason, secrets) };
}

async function readMetricRaw(source: MetricSource, doFetch: typeof fetch, timeoutMs: number): Promise<MetricRead> {
  let segments: Array<string | number> | undefined;
  if (source.kind === 'json') {
    try {
      segments = fieldPath(source.path);
    } catch (error) {
      return { reason: `path ${shortText(source.path)} is not a field path (${(error as Error).message})` };
    }
  }
  const url =
    source.kind === 'prometheus' ? `${source.url.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(source.query)}` : source.url;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, Math.max(1, timeoutMs));
  let status: number;
  let text: string;
  try {
    const res = await doFetch(url, {
      method: 'GET',
      headers: { accept: 'application/json', ...source.headers },
      signal: controller.signal
    });
    status = res.status;
    text = await res.text();
  } catch (error) {
    return { reason: timedOut ? `timeout after ${formatDuration(timeoutMs)}` : describeFetchError(error) };
  } finally {
    clearTimeout(timer);
  }
  if (text.length > MAX_METRIC_BODY) return { reason: `answer larger than ${MAX_METRIC_BODY / 1024} KiB` };

  const parsed = parseJson(text);
  if (source.kind === 'prometheus') {
    const body = parsed?.value as { status?: unknown; error?: unknown; data?: { resultType?: unknown; result?: unknown } } | undefined;
    if (body && body.status === 'error') {
      return { reason: `prometheus error (HTTP ${status}): ${shortText(String(body.error ?? 'no message'), 120)}` };
    }
    if (status < 200 || status > 299) return { reason: `HTTP ${status}` };
    if (!body || typeof body !== 'object' || body.status !== 'success' || !body.data) {
      return { reason: 'not a Prometheus query answer' };
    }
    return prometheusValue(body.data.resultType, body.data.result, source.comparison ?? 'above');
  }

  if (status < 200 || status > 299) return { reason: `HTTP ${status}` };
  if (!parsed) return { reason: 'answer is not JSON' };
  const field = readField(parsed.value, segments!);
  if (!field.found || field.value === null) return { empty: true, reason: `no data (no ${showPath(segments!)} field)` };
  const value = toNumber(field.value);
  if (value === undefined) return { reason: `${showPath(segments!)} is not a number` };
  if (Number.isNaN(value)) return { empty: true, reason: `no data (${showPath(segments!)} is NaN)` };
  return { value, reason: formatValue(value) };
}

function prometheusValue(resultType: unknown, result: unknown, comparison: 'above' | 'below'): MetricRead {
  if (resultType === 'scalar') {
    const value = Array.isArray(result) ? toNumber(result[1]) : undefined;
    if (value === undefined) return { reason: 'scalar answer without a value' };
    if (Number.isNaN(value)) return { empty: true, reason: 'no data (NaN)' };
    return { value, reason: formatValue(value) };
  }
  if (resultType !== 'vector') {
    return { reason: `query returned a ${typeof resultType === 'string' ? resultType : 'result'}; expected an instant vector or scalar` };
  }
  if (!Array.isArray(result) || result.length === 0) return { empty: true, reason: 'no data (empty result)' };
  const values: number[] = [];
  for (const series of result) {
    const pair = (series as { value?: unknown } | null)?.value;
    const value = Array.isArray(pair) ? toNumber(pair[1]) : undefined;
    if (value === undefined) return { reason: 'vector answer without a value' };
    if (!Number.isNaN(value)) values.push(value);
  }
  if (values.length === 0) return { empty: true, reason: 'no data (NaN)' };
  const worst = comparison === 'below' ? Math.min(...values) : Math.max(...values);
  const note = values.length > 1 ? ` (worst of ${values.length} series)` : '';
  return { value: worst, reason: `${formatValue(worst)}${note}` };
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === 'NaN') return NaN;
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** Judges a read against its source's threshold. Pure. */
export function judgeMetric(source: MetricSource, read: MetricRead): { ok: boolean; reason: string } {
  if (read.value === undefined) {
    if (read.empty && source.noData === 'pass') return { ok: true, reason: `${read.reason}, allowed (noData: pass)` };
    return { ok: false, reason: read.reason };
  }
  const comparison = source.comparison ?? 'above';
  const bad = comparison === 'above' ? read.value > source.threshold : read.value < source.threshold;
  const relation = bad ? comparison : comparison === 'above' ? 'not above' : 'not below';
  return { ok: !bad, reason: `${read.reason} ${relation} ${formatValue(source.threshold)}` };
}
