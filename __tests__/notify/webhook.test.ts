/**
 * The end-of-ship notification: the Slack-compatible text (pure), and delivery with retries on
 * 5xx and resets, none on 4xx or timeouts, against a scripted fetch and a real local server.
 */
import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newRecord } from '../../src/pipeline.js';
import { chatText, notificationBody, notificationText, slackEscape } from '../../src/notify/message.js';
import { registerSecret } from '../../src/config/secrets.js';
import { failureCode, MAX_ANSWER_BYTES, notifyShipEnd, sendOne } from '../../src/notify/webhook.js';
import type { ShipRecord } from '../../src/ship.js';

function shipped(): ShipRecord {
  const record = newRecord();
  record.status = 'shipped';
  record.headline = 'Shipped v1.5.0 (1.4.0 → 1.5.0)';
  record.version = { previous: '1.4.0', next: '1.5.0', tag: 'v1.5.0', rule: 'minor', changelogSection: '' };
  record.context = { owner: 'acme', repo: 'app', serverUrl: 'https://github.com', runId: '42', runUrl: 'https://github.com/acme/app/actions/runs/42' } as ShipRecord['context'];
  return record;
}

/** A fetch that answers from a script: a status, or an error to throw. */
function scripted(answers: Array<number | Error>) {
  const calls: string[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    calls.push(String(init.body));
    const next = answers.shift();
    if (next instanceof Error) throw next;
    return new Response(next === 204 ? null : 'x', { status: next ?? 200 });
  }) as unknown as typeof fetch;
  return { calls, fetch: fetchImpl };
}
const reset = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET', message: 'read ECONNRESET secret-host.example:443' } });
const noSleep = { sleep: async () => undefined };

describe('notificationText', () => {
  it('says status, version, repository and links the run, Slack style', () => {
    expect(notificationText(shipped())).toBe(
      ':white_check_mark: ship-prod shipped: v1.5.0 (1.4.0 → 1.5.0) of acme/app to production. Shipped v1.5.0 (1.4.0 → 1.5.0) <https://github.com/acme/app/actions/runs/42|run 42>'
    );
  });

  it('escapes Slack control characters in text from outside, and folds lines', () => {
    const record = shipped();
    record.status = 'failed';
    record.headline = 'Failed: <!channel> & <https://evil|click>\nsecond line';
    expect(notificationText(record)).toContain('Failed: &lt;!channel&gt; &amp; &lt;https[:]//evil|click&gt; second line');
    expect(notificationText(record)).toMatch(/^:x: ship-prod failed: /);
    expect(slackEscape('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });
});

describe('chatText: text from outside forms no mention, link or channel ping', () => {
  it.each([
    ['@channel @here @everyone', '＠channel ＠here ＠everyone'],
    ['<!here> <!channel> <@U123>', '&lt;!here&gt; &lt;!channel&gt; &lt;＠U123&gt;'],
    ['<https://evil.example/x|click here>', '&lt;https[:]//evil[.]example/x|click here&gt;'],
    ['[c](https://evil.example/c)', '[c] (https[:]//evil[.]example/c)'],
    ['![pixel](http://evil.example/p.png)', '![pixel] (http[:]//evil[.]example/p[.]png)'],
    ['see https://evil.example/bare now', 'see https[:]//evil[.]example/bare now'],
    ['www.evil.example and evil.com/x', 'www[.]evil[.]example and evil[.]com/x'],
    ['mail ops@evil.example', 'mail ops＠evil[.]example'],
    ['ftp://x.example slack://open', 'ftp[:]//x[.]example slack[:]//open'],
    ['line one\nline two', 'line one line two'],
    // what is no link stays as it was
    ['v1.5.0 (1.4.0 → 1.5.0-rc.1) of acme/app, 3 of 5 gates', 'v1.5.0 (1.4.0 → 1.5.0-rc.1) of acme/app, 3 of 5 gates']
  ])('%p → %p', (text, shown) => {
    expect(chatText(text)).toBe(shown);
  });

  it('the whole text: the run link alone stays live', () => {
    const record = shipped();
    record.status = 'blocked';
    record.headline = '1 gate failed. staging-validation: found "@channel @here [c](https://evil.example/c) https://evil.example/bare"';
    const text = notificationText(record);
    expect(text).not.toMatch(/@\w|https?:\/\/(?!github\.com\/acme\/app\/actions\/runs\/42\|)|\]\(|<(?!https:\/\/github\.com\/acme\/app\/actions\/runs\/42\|run 42>)/);
    expect(text).toMatch(/<https:\/\/github\.com\/acme\/app\/actions\/runs\/42\|run 42>$/);
  });
});

describe('notificationBody', () => {
  it('redacts every registered secret from the text and the ship object, like report-json', () => {
    registerSecret('8675309');
    registerSecret('https://hooks.example/T/B/otherWebhookSecret');
    const record = shipped();
    record.headline = 'deployed with pin 8675309, told https://hooks.example/T/B/otherWebhookSecret';
    record.warnings.push('pin=8675309');
    const body = notificationBody(record);
    expect(body).not.toMatch(/8675309|otherWebhookSecret/);
    const parsed = JSON.parse(body) as { text: string; ship: { warnings: string[]; headline: string } };
    expect(parsed.ship.warnings).toEqual(['pin=***']);
    expect(parsed.text).toContain('deployed with pin ***, told ***');
  });
});

describe('sendOne', () => {
  it('delivers on the first 2xx', async () => {
    const f = scripted([204]);
    expect(await sendOne('https://h/x', 'webhook 1', '{}', { fetch: f.fetch, ...noSleep })).toEqual({ name: 'webhook 1', ok: true, attempts: 1, summary: 'webhook 1: delivered (HTTP 204)' });
  });

  it('retries a 5xx and a reset, then delivers', async () => {
    const f = scripted([502, reset(), 200]);
    const result = await sendOne('https://h/x', 'webhook 1', '{"a":1}', { fetch: f.fetch, ...noSleep });
    expect(result).toMatchObject({ ok: true, attempts: 3, summary: 'webhook 1: delivered (HTTP 200, attempt 3)' });
    expect(f.calls).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });

  it('gives up after three attempts, naming the last failure but never the host', async () => {
    const f = scripted([500, 503, reset()]);
    const result = await sendOne('https://secret-host.example/x', 'webhook 2', '{}', { fetch: f.fetch, ...noSleep });
    expect(result).toEqual({ name: 'webhook 2', ok: false, attempts: 3, summary: 'webhook 2: not delivered (ECONNRESET after 3 attempts)' });
  });

  it('does not retry a 4xx (the receiver refused it) nor a timeout (it may have it already)', async () => {
    const refused = scripted([404, 200]);
    expect(await sendOne('https://h/x', 'webhook 1', '{}', { fetch: refused.fetch, ...noSleep })).toMatchObject({ ok: false, attempts: 1, summary: 'webhook 1: not delivered (HTTP 404)' });
    const slow = scripted([Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 200]);
    expect(await sendOne('https://h/x', 'webhook 1', '{}', { fetch: slow.fetch, ...noSleep })).toMatchObject({ ok: false, attempts: 1, summary: 'webhook 1: not delivered (no answer within 5s)' });
    expect(slow.calls).toHaveLength(1);
  });

  it('times out a receiver that never answers (real server, short timeout)', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const started = Date.now();
      const result = await sendOne(url, 'webhook 1', '{}', { timeoutMs: 300 });
      expect(result).toMatchObject({ ok: false, attempts: 1 });
      expect(result.summary).toBe('webhook 1: not delivered (no answer within 0.3s)');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('reads at most 16 KiB of an endless answer, then lets it go', async () => {
    let sent = 0;
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) sent += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const started = Date.now();
      const result = await sendOne(url, 'webhook 1', '{}', { timeoutMs: 3_000 });
      expect(result).toMatchObject({ ok: true, attempts: 1 });
      expect(Date.now() - started).toBeLessThan(2_000);
      // What the server pushed before the client let go: socket buffers, not the whole stream.
      expect(sent).toBeLessThan(8 * 1024 * 1024);
      expect(MAX_ANSWER_BYTES).toBe(16 * 1024);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('failureCode keeps only a code', () => {
    expect(failureCode(reset())).toEqual({ code: 'ECONNRESET', retry: true });
    expect(failureCode(new Error('boom'))).toEqual({ code: 'network error', retry: true });
  });
});

describe('notifyShipEnd', () => {
  it('sends nothing in a dry run or without webhooks', async () => {
    const f = scripted([200]);
    const dry = shipped();
    dry.status = 'dry-run';
    await notifyShipEnd(dry, ['https://h/x'], { fetch: f.fetch, ...noSleep });
    await notifyShipEnd(shipped(), [], { fetch: f.fetch, ...noSleep });
    expect(f.calls).toEqual([]);
  });

  it('records every result; a failure is a warning and leaves the status alone', async () => {
    const f = scripted([200, 500, 500, 500]);
    const record = shipped();
    await notifyShipEnd(record, ['https://a/x', 'https://b/y'], { fetch: f.fetch, ...noSleep });
    expect(record.status).toBe('shipped');
    expect(record.delivery?.notifications?.map((n) => [n.name, n.ok])).toEqual([
      ['webhook 1', true],
      ['webhook 2', false]
    ]);
    expect(record.warnings).toEqual([expect.stringContaining("notification webhook 2: not delivered (HTTP 500 after 3 attempts); the ship's status is unchanged")]);
    const body = JSON.parse(f.calls[0]!) as { text: string; ship: { status: string } };
    expect(body.ship.status).toBe('shipped');
    expect(body.text).toContain('ship-prod shipped');
  });
});
