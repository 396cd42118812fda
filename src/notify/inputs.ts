/**
 * Reads `notify-webhook`: one http(s) URL a line. The URLs are secrets: masked (core.setSecret)
 * as soon as they are read and never put in a problem message; a bad line is named by its line
 * number only. Called from config/inputs.ts, which owns the problem list.
 */
import * as core from '@actions/core';
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
    urls.push(line);
  });
  return { urls, problems };
}
export interface NotifyReaders {
  problem(input: typeof NOTIFY_INPUT, message: string, where?: string): void;
  /** Registers a value to redact from every problem message. */
  secret(value: string): void;
}

/** Masks every line first, then parses; undefined when the input is empty. */
export function readNotifyInput(text: string, r: NotifyReaders): NotifySettings | undefined {
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (line.length >= 3) {
      core.setSecret(line);
      r.secret(line);
    }
  }
  const webhooks = parseWebhooks(text);
  for (const p of webhooks.problems) r.problem(NOTIFY_INPUT, p.message, `line ${p.line}`);
  return webhooks.urls.length ? { webhooks: webhooks.urls } : undefined;
}
