/**
 * Sends the end-of-ship notification: one JSON POST per `notify-webhook` URL, in parallel. Each
 * attempt has a 5 s timeout; a 5xx answer or a reset connection is tried again (three attempts in
 * all, a short pause between); a timeout is not (the receiver may have the message already). What
 * still fails is a warning; the ship's status never changes because of it.
 *
 * The URLs are secrets: nothing here ever shows one. Each is named by its position (`webhook 1`),
 * and error texts are reduced to a code (`ECONNRESET`), which never carries the host.
 */
import * as core from '@actions/core';
import type { ShipRecord } from '../ship.js';
import { webhookName } from './settings.js';
import { notificationBody } from './message.js';

export const NOTIFY_TIMEOUT_MS = 5_000;
export const NOTIFY_ATTEMPTS = 3;

export interface DeliveryResult {
  name: string;
  ok: boolean;
  attempts: number;
  summary: string;
}

export interface SendOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  attempts?: number;
  /** Pause before attempt n+1 (ms); default 300 × n. */
  pauseMs?: (attempt: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The code of a failed fetch (`ECONNRESET`, `timeout`), never its message (which names the host). */
export function failureCode(error: unknown): { code: string; retry: boolean } {
  const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.cause?.name === 'TimeoutError') return { code: 'timeout', retry: false };
  const code = e?.cause?.code ?? e?.code ?? 'network error';
  return { code: String(code).replace(/[^A-Za-z0-9_ -]/g, ''), retry: true };
}

export async function sendOne(url: string, name: string, body: string, opts: SendOptions = {}): Promise<DeliveryResult> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const attempts = Math.max(1, opts.attempts ?? NOTIFY_ATTEMPTS);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last = '';
  let tried = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    tried = attempt;
    if (attempt > 1) await sleep(opts.pauseMs ? opts.pauseMs(attempt - 1) : 300 * (attempt - 1));
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'ship-prod' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs ?? NOTIFY_TIMEOUT_MS)
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) {
        return { name, ok: true, attempts: attempt, summary: `${name}: delivered (HTTP ${response.status}${attempt > 1 ? `, attempt ${attempt}` : ''})` };
      }
      last = `HTTP ${response.status}`;
      if (response.status < 500) break;
    } catch (error) {
      const { code, retry } = failureCode(error);
      last = code === 'timeout' ? `no answer within ${(opts.timeoutMs ?? NOTIFY_TIMEOUT_MS) / 1000}s` : code;
      if (!retry) return { name, ok: false, attempts: attempt, summary: `${name}: not delivered (${last})` };
    }
  }
  return { name, ok: false, attempts: tried, summary: `${name}: not delivered (${last}${tried > 1 ? ` after ${tried} attempts` : ''})` };
}

/**
 * Notifies every webhook that the ship ended (never in a dry run), records the results and adds a
 * warning for each failure. `urls` come from the settings: the record only holds their names.
 */
export async function notifyShipEnd(record: ShipRecord, urls: readonly string[], opts: SendOptions = {}): Promise<void> {
  if (!urls.length || record.status === 'dry-run') return;
  const body = notificationBody(record);
  const results = await Promise.all(urls.map((url, i) => sendOne(url, webhookName(i), body, opts)));
  record.delivery = { ...record.delivery, notifications: results };
  for (const r of results) {
    if (r.ok) {
      core.info(`notify: ${r.summary}`);
    } else {
      const warning = `notification ${r.summary}; the ship's status is unchanged`;
      record.warnings.push(warning);
      core.warning(warning);
    }
  }
}
