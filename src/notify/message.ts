/**
 * The end-of-ship notification (pure but for the secrets registry): `text`, one line for
 * Slack-compatible incoming webhooks (status, version, repository, a link to the run), and
 * `ship`, the report-json object, redacted as report-json is (header and deploy-inputs values,
 * webhook URLs, any registered secret).
 *
 * Text from outside (the headline carries gate reasons with state-file values, what a service
 * answered, commit text; the environment and repository names) is shown as text: it cannot ping
 * (`@channel`, `@here`, `<!here>`), link (`<url|text>`, `[text](url)`, a bare URL or domain that
 * the chat would link by itself) or format HTML. The one live link is the run's.
 */
import { redactJson } from '../config/secrets.js';
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

/** A domain the chat would link by itself (`evil.example`, `www.evil.example/x`, `CHANGELOG.md`): dotted labels ending in letters. */
const DOMAIN = /(?<![\p{L}\p{N}_.-])(?:[\p{L}\p{N}_-]+\.)+\p{L}{2,}(?![\p{L}\p{N}_-])/gu;

/**
 * Untrusted text made inert for Slack, Mattermost, Discord and Teams: Slack's control characters
 * escaped, `@` shown as the full-width `＠` (no mention can form), `](` split so no Markdown
 * link or image forms, and the URLs and domains the chat would auto-link defanged
 * (`https[:]//evil[.]example/x`): the text stays readable and nothing in it is live.
 */
export function chatText(value: string): string {
  return slackEscape(value)
    .replace(/@/g, '\uFF20')
    .replace(/\]\(/g, '] (')
    .replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, '$1[:]//')
    .replace(DOMAIN, (domain) => domain.replace(/\./g, '[.]'));
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
  return `${ICONS[record.status]} ship-prod ${record.status}: ${chatText(what)} of ${chatText(repo)} to ${chatText(environment)}. ${chatText(headline)}${run}`;
}

/** The JSON body sent to every webhook: every registered secret redacted from the text and the record. */
export function notificationBody(record: ShipRecord): string {
  const shown = redactJson(record);
  return JSON.stringify({ text: notificationText(shown), ship: shown });
}
