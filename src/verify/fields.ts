/**
 * Small, safe helpers shared by the probe and the metric reader: reading a field out of parsed
 * JSON by path (no eval, no JSONPath library), redacting secrets, and short display of values.
 */
import { parseJsonPath } from '../config/json-path.js';
import { REDACTED, redactWith } from '../config/redaction.js';

export type PathSegments = Array<string | number>;

/** Parses a field path (`a.b[0].c`, `["quoted.key"]`; syntax: parseJsonPath). Throws on bad syntax. */
export function fieldPath(text: string): PathSegments {
  return parseJsonPath(text);
}

/**
 * Reads the value at `segments` in a parsed JSON value. Only own properties of plain objects and
 * indices of arrays are followed (a name never reaches a prototype, `length` of an array, or a
 * character of a string). `found: false` when any step is missing.
 */
export function readField(root: unknown, segments: PathSegments): { found: true; value: unknown } | { found: false } {
  let value: unknown = root;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(value) || segment < 0 || segment >= value.length) return { found: false };
      value = value[segment];
    } else {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return { found: false };
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return { found: false };
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value };
}

/** Shows a path as written: `a.b[0]["x.y"]`. */
export function showPath(segments: PathSegments): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A JSON scalar as the string it is compared as (`true`, `200`, `ok`); undefined for objects and arrays. */
export function scalarString(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A value for a reason: quoted, one line, at most `max` characters. */
export function shortText(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return JSON.stringify(cut);
}

/** Parses JSON; undefined when the text is not JSON. */
export function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

export { REDACTED };

/**
 * Replaces each secret in `text` by `***` (longest first, so a secret that contains another is
 * replaced whole), in the forms messages show it too (whitespace folded, JSON-escaped): the
 * shared redaction of config/redaction.ts, whose short values are found as whole tokens only.
 */
export function redact(text: string, secrets: readonly string[]): string {
  return redactWith(text, secrets);
}

/**
 * Why a fetch failed, in a few words: `ECONNREFUSED 127.0.0.1:8080`, `ENOTFOUND example.invalid`,
 * `CERT_HAS_EXPIRED`. Walks the `cause` chain Node's fetch puts the socket error in.
 */
export function describeFetchError(error: unknown, secrets: readonly string[] = []): string {
  const oneLine = (text: string): string => clip(redact(text, secrets));
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let i = 0; i < 5 && current !== undefined && current !== null; i++) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  // The innermost error with a code says the most.
  for (const item of chain.slice().reverse()) {
    const e = item as { code?: unknown; message?: unknown; address?: unknown; port?: unknown; errors?: unknown };
    if (typeof e.code !== 'string' || e.code === '') continue;
    const message = redact(typeof e.message === 'string' ? e.message : '', secrets);
    const at = message.indexOf(e.code);
    if (at >= 0) return oneLine(message.slice(at));
    if (typeof e.address === 'string') return oneLine(`${e.code} ${e.address}${typeof e.port === 'number' ? `:${e.port}` : ''}`);
    const inner = Array.isArray(e.errors) ? (e.errors[0] as { address?: unknown; port?: unknown } | undefined) : undefined;
    if (inner && typeof inner.address === 'string') {
      return oneLine(`${e.code} ${inner.address}${typeof inner.port === 'number' ? `:${inner.port}` : ''}`);
    }
    return oneLine(e.code);
  }
  const last = chain[chain.length - 1] as { message?: unknown } | undefined;
  const message = last && typeof last.message === 'string' && last.message !== '' ? last.message : String(error);
  return oneLine(message);
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
