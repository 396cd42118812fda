/**
 * Secrets found in inputs: passed to core.setSecret as soon as they are read, and kept here so
 * that every text the action writes itself (summary, report file, outputs) can be redacted too
 * (the runner masks only its log). Where a secret is a value of a named thing (a header, a
 * deploy input, later a webhook URL), reports show the name and `***`: see `hideValues`.
 */
import * as core from '@actions/core';
import { isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';

/** Shorter values (`eu`, `1`, `true`) are not masked: masking them would garble every log line. */
const MIN_SECRET_LENGTH = 5;
const registered = new Set<string>();

/** Marks a value as secret: masked in the runner's log and redacted by `redactSecrets`. */
export function registerSecret(value: string, secrets?: string[]): void {
  const trimmed = value.trim();
  if (trimmed.length < MIN_SECRET_LENGTH || /^(true|false|\d+(\.\d+)?)$/i.test(trimmed)) return;
  core.setSecret(trimmed);
  registered.add(trimmed);
  secrets?.push(trimmed);
}

/** Masks a value in the log whatever its length (header values, the token); long enough ones are redacted too. */
export function maskSecret(value: string, secrets: string[]): void {
  core.setSecret(value);
  secrets.push(value);
  if (value.trim().length >= MIN_SECRET_LENGTH) registered.add(value.trim());
}

/** The text with every registered secret replaced by `***` (longest first). */
export function redactSecrets(text: string): string {
  if (registered.size === 0) return text;
  const secrets = [...registered].sort((a, b) => b.length - a.length);
  return secrets.reduce((t, secret) => (t.includes(secret) ? t.split(secret).join('***') : t), text);
}

/** Masks the values of `key=value` lines (the deploy-inputs input), even on lines that are otherwise wrong. */
export function maskKeyValueLines(text: string, secrets: string[]): void {
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq >= 0) registerSecret(line.slice(eq + 1), secrets);
  }
}

/** A name → value map as reports may show it: the names, every value `***`. */
export function hideValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((name) => [name, '***']));
}

/**
 * Masks the value of every header (scalars directly in a `headers` mapping, at any depth), even in
 * a document with errors or in checks that are otherwise invalid.
 */
export function maskHeaderValues(doc: Document, secrets: string[]): void {
  forEachValueOf(doc, 'headers', (value, resolve) => {
    if (!isMap(value)) return;
    for (const header of value.items) {
      const headerValue = resolve(header.value);
      if (isScalar(headerValue) && headerValue.value !== null && String(headerValue.value) !== '') {
        const secret = String(headerValue.value);
        maskSecret(secret, secrets);
        // `Bearer <token>`, `Basic <credentials>`: the credential alone is a secret too.
        const credential = /^\s*[A-Za-z][\w-]*\s+(\S{4,})\s*$/.exec(secret)?.[1];
        if (credential) maskSecret(credential, secrets);
      }
    }
  });
}

/**
 * Masks the values of every `deploy-inputs` (at any depth: a waves environment's), given as
 * `key=value` lines or as a mapping, as the `deploy-inputs` input's are, even in a document with errors.
 */
export function maskDeployInputValues(doc: Document, secrets: string[]): void {
  forEachValueOf(doc, 'deploy-inputs', (value, resolve) => {
    if (isScalar(value) && typeof value.value === 'string') maskKeyValueLines(value.value, secrets);
    if (!isMap(value)) return;
    for (const pair of value.items) {
      const input = resolve(pair.value);
      if (isScalar(input) && input.value !== null) registerSecret(String(input.value), secrets);
    }
  });
}

/** Calls `visit` with the value of every mapping key named `key`, at any depth (each node once: aliases cannot multiply the walk). */
function forEachValueOf(doc: Document, key: string, visit: (value: unknown, resolve: (node: unknown) => unknown) => void): void {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number): void => {
    node = resolve(node);
    if (depth > 50 || seen.has(node)) return;
    seen.add(node);
    if (isMap(node)) {
      for (const pair of node.items) {
        const value = resolve(pair.value);
        if (isScalar(pair.key) && pair.key.value === key) visit(value, resolve);
        walk(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, depth + 1);
    }
  };
  walk(doc.contents, 0);
}
