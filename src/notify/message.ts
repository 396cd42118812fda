/**
 * The end-of-ship notification (pure): `text`, one line for Slack-compatible incoming webhooks
 * (status, version, repository, a link to the run), and `ship`, the report-json object.
 */
import type { ShipRecord, ShipStatus } from '../ship.js';

const ICONS: Record<ShipStatus, string> = {
  shipped: ':white_check_mark:',
  'rolled-back': ':leftwards_arrow_with_hook:',
  aborted: ':stop_button:',
  failed: ':x:',
  blocked: ':no_entry:',
  'dry-run': ':test_tube:'
};

/** Slack's three control characters in message text. */
export function slackEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\r\n]+/g, ' ');
}

/** `:white_check_mark: ship-prod shipped v1.5.0 (1.4.0 → 1.5.0) of acme/app to production: <url|run 42>`. */
export function notificationText(record: ShipRecord): string {
  const c = record.context;
  const v = record.version;
  const what = v ? `${v.tag} (${v.previous || 'first release'} → ${v.next})` : c ? c.sha.slice(0, 7) : 'a commit';
  const repo = c ? `${c.owner}/${c.repo}` : 'the repository';
  const environment = record.settings?.environment ?? 'production';
  const headline = record.headline.length > 300 ? `${record.headline.slice(0, 297)}…` : record.headline;
  const run = c?.runUrl ? ` <${c.runUrl}|run ${slackEscape(c.runId)}>` : '';
  return `${ICONS[record.status]} ship-prod ${record.status}: ${slackEscape(what)} of ${slackEscape(repo)} to ${slackEscape(environment)}. ${slackEscape(headline)}${run}`;
}

/** The JSON body sent to every webhook. */
export function notificationBody(record: ShipRecord): string {
  return JSON.stringify({ text: notificationText(record), ship: record });
}
