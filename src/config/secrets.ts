/**
 * Secrets found in inputs (the token, header values, deploy-inputs values, webhook URLs): kept
 * here as soon as they are read, so that everything the action writes itself (log lines through
 * log-redaction.ts, summary, report file, outputs, notifications) can be redacted, whatever the
 * value's length or shape (redaction.ts says how short values are found). Where a secret is a
 * value of a named thing (a header, a deploy input, a webhook), reports show the name and `***`:
 * see `hideValues`.
 *
 * The runner is told too (core.setSecret, `::add-mask::`), so later steps' logs are masked. The
 * runner replaces a masked value wherever it occurs, even inside other words: values under
 * MIN_MASK_LENGTH characters (`eu`, `3`) are not given to it, as they would garble every line of
 * the job's log; the action still redacts them (as whole tokens) from all it writes.
 */
import * as core from '@actions/core';
import { isAlias, isMap, isScalar, isSeq } from './yaml-engine.js';
import type { Document } from 'yaml';
import { compileRedactor, isDistinctive, redactStrings } from './redaction.js';
import { scalarSource } from './yaml-list.js';

/** The shortest value the runner is asked to mask (shorter ones are redacted by the action only). */
export const MIN_MASK_LENGTH = 4;
const registered = new Set<string>();
let compiled: { size: number; redact: (text: string) => string } | undefined;

function remember(value: string, secrets?: string[]): void {
  registered.add(value);
  secrets?.push(value);
}

/** Marks a value as secret: redacted by `redactSecrets` whatever its length; masked in the log from MIN_MASK_LENGTH characters. */
export function registerSecret(value: string, secrets?: string[]): void {
  const trimmed = value.trim();
  if (trimmed === '') return;
  if (trimmed.length >= MIN_MASK_LENGTH) core.setSecret(trimmed);
  remember(trimmed, secrets);
}

/** Masks a value in the log whatever its length (header values, the token), and redacts it. */
export function maskSecret(value: string, secrets: string[]): void {
  if (value === '') return;
  core.setSecret(value);
  remember(value, secrets);
  if (value.trim() !== value && value.trim() !== '') remember(value.trim());
}

/** Every secret registered so far (for redactors of their own, e.g. the log's). */
export function registeredSecrets(): ReadonlySet<string> {
  return registered;
}

/** The text with every registered secret replaced by `***` (see redaction.ts). */
export function redactSecrets(text: string): string {
  if (registered.size === 0) return text;
  if (compiled?.size !== registered.size) compiled = { size: registered.size, redact: compileRedactor(registered) };
  return compiled.redact(text);
}

/** A JSON-shaped value (the record, report-json, a notification) with every registered secret redacted from its strings. */
export function redactJson<T>(value: T): T {
  return registered.size === 0 ? value : redactStrings(value, redactSecrets);
}

/**
 * The step's outputs as they may be published. `report-json` is redacted string by string (it
 * stays valid JSON); the other outputs are facts the action computes (status, ids, version,
 * `rolled-back`): only distinctive secrets are looked for there, as hiding a short value would
 * turn `rolled-back: false` into `***` whenever a deploy input is `false`.
 */
export function redactOutputs<K extends string>(outputs: Record<K, string>): Record<K, string> {
  const distinctive = compileRedactor([...registered].filter(isDistinctive));
  const out = {} as Record<K, string>;
  for (const [name, value] of Object.entries(outputs) as Array<[K, string]>) {
    out[name] = name === 'report-json' ? redactReportJson(value) : distinctive(value);
  }
  return out;
}

function redactReportJson(text: string): string {
  try {
    return JSON.stringify(redactJson(JSON.parse(text) as unknown));
  } catch {
    return redactSecrets(text);
  }
}

/** Registers the values of `key=value` lines (the deploy-inputs input), even on lines that are otherwise wrong. */
export function maskKeyValueLines(text: string, secrets: string[]): void {
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq >= 0 && !line.trim().startsWith('#')) registerSecret(line.slice(eq + 1), secrets);
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
      const secret = scalarSource(resolve(header.value));
      if (secret !== undefined && secret !== '') {
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
      const input = scalarSource(resolve(pair.value));
      if (input !== undefined && input !== '') registerSecret(input, secrets);
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
