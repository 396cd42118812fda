/**
 * Reads `notify-webhook`: one http(s) URL a line. The URLs are secrets: registered (masked, redacted)
 * as soon as they are read and never put in a problem message; a bad line is named by its line
 * number only. Called from config/inputs.ts, which owns the problem list.
 */
import { registerSecret } from '../config/secrets.js';
import type { NotifySettings } from './settings.js';

export const NOTIFY_INPUT = 'notify-webhook';

/** Parses `notify-webhook`: one http(s) URL a line. Values are never echoed. Pure but for the caller's masking. */
export function parseWebhooks(text: string): { urls: string[]; problems: Array<{ line: number; message: string }> } {
  const urls: string[] = [];
  const problems: Array<{ line: number; message: string }> = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    let url: URL | undefined;
    try {
      url = new URL(line);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || /\s/.test(line)) {
      problems.push({ line: i + 1, message: 'is not an http(s) URL (value hidden: webhook URLs are secrets); expected one URL a line, e.g. https://hooks.slack.com/services/…' });
      return;
    }
    // fetch refuses credentials in a URL: such a webhook could never be delivered.
    if (url.username || url.password) {
      problems.push({ line: i + 1, message: 'has credentials in it (user:password@; value hidden: webhook URLs are secrets), which cannot be sent; expected the URL the chat gives, with its secret in the path' });
      return;
    }
    urls.push(line);
  });
  return { urls, problems };
}
export interface NotifyReaders {
  problem(input: typeof NOTIFY_INPUT, message: string, where?: string): void;
  /** Registers a value to redact from every problem message. */
  secret(value: string): void;
}

/** Registers every line of `notify-webhook` as a secret (masked, redacted everywhere), whether it parses or not. */
export function registerWebhookLines(text: string, also: (value: string) => void = () => undefined): void {
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    registerSecret(line);
    also(line);
  }
}

/**
 * The webhook URLs alone, for a run whose other inputs are bad: the ship ends `blocked` and the
 * webhooks still hear of it. Lines that are not valid URLs are left out (their problem is
 * reported with the other inputs').
 */
export function readWebhooksAlone(text: string): string[] {
  registerWebhookLines(text);
  return parseWebhooks(text).urls;
}

/** Registers every line as a secret first, then parses; undefined when the input is empty. */
export function readNotifyInput(text: string, r: NotifyReaders): NotifySettings | undefined {
  registerWebhookLines(text, r.secret);
  const webhooks = parseWebhooks(text);
  for (const p of webhooks.problems) r.problem(NOTIFY_INPUT, p.message, `line ${p.line}`);
  return webhooks.urls.length ? { webhooks: webhooks.urls } : undefined;
}
