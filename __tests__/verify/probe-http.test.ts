import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { systemClock } from '../../src/clock.js';
import { MAX_BODY_BYTES, probeOnce, makeProbe } from '../../src/verify/probe.js';
import { closedPort, json, startServer, type LocalServer } from './local-server.js';
import { check } from './scripted.js';

const SECRET = 'Bearer s3cr3t-t0ken-value';
let server: LocalServer;
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    switch (path) {
      case '/ok':
        res.end('all good');
        return;
      case '/down':
        res.writeHead(503);
        res.end('maintenance');
        return;
      case '/status':
        return json(res, 200, { status: 'ok', checks: [{ name: 'db', state: 'degraded' }], version: '1.5.0' });
      case '/old':
        return json(res, 200, { status: 'ok', version: '1.4.0' });
      case '/echo':
        // A badly behaved endpoint that reports what it was sent.
        return json(res, 200, { version: req.headers.authorization ?? 'none', seen: req.headers.authorization ?? '' });
      case '/hang':
        hanging.push(res);
        return;
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('start…');
        hanging.push(res);
        return;
      case '/big': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`HEAD-MARK${'x'.repeat(200 * 1024)}TAIL-MARK`);
        return;
      }
      case '/exact': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`${'y'.repeat(MAX_BODY_BYTES - 4)}DONE`);
        return;
      }
      case '/redirect':
        res.writeHead(302, { location: '/ok' });
        res.end();
        return;
      case '/method':
        res.end(req.method);
        return;
      default:
        res.writeHead(404);
        res.end('no');
    }
  });
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await server.close();
});

const at = (path: string, extra: Parameters<typeof check>[1] = {}) => check('api', { url: `${server.url}${path}`, ...extra });
const probe = (c: ReturnType<typeof at>, expectVersion?: string) =>
  probeOnce(c, { clock: systemClock, ...(expectVersion ? { expectVersion } : {}) });

describe('probeOnce over HTTP', () => {
  test('a 200 passes, with status and latency', async () => {
    const before = Date.now();
    const s = await probe(at('/ok'));
    expect(s).toMatchObject({ check: 'api', ok: true, status: 200 });
    expect(s.error).toBeUndefined();
    expect(s.at).toBeGreaterThanOrEqual(before);
    expect(s.latencyMs).toBeGreaterThanOrEqual(0);
    expect(s.latencyMs).toBeLessThan(5_000);
    expect(s.reason).toMatch(/^200 in \d+ ms$/);
  });

  test('a 503 fails', async () => {
    const s = await probe(at('/down'));
    expect(s).toMatchObject({ ok: false, status: 503, reason: '503 (expected 200-299)' });
  });

  test('body text and a JSON field', async () => {
    expect((await probe(at('/ok', { bodyContains: 'good' }))).ok).toBe(true);
    expect((await probe(at('/ok', { bodyMatches: '^all\\s+good$' }))).ok).toBe(true);
    const pass = await probe(at('/status', { json: { path: 'checks[0].state', oneOf: ['ok', 'degraded'] } }));
    expect(pass.ok).toBe(true);
    const fail = await probe(at('/status', { json: { path: 'checks[0].state', oneOf: ['ok'] } }));
    expect(fail).toMatchObject({ ok: false, reason: 'checks[0].state is "degraded" (expected ok)' });
  });

  test('the version: the new one passes, an old instance answering 200 does not', async () => {
    expect(await probe(at('/status', { expectVersion: true }), '1.5.0')).toMatchObject({ ok: true, version: '1.5.0' });
    expect(await probe(at('/old', { expectVersion: true }), '1.5.0')).toMatchObject({
      ok: false,
      status: 200,
      version: '1.4.0',
      reason: 'version 1.4.0 (expected 1.5.0)'
    });
  });

  test('method is sent as configured', async () => {
    expect((await probe(at('/method', { method: 'POST', bodyContains: 'POST' }))).ok).toBe(true);
    const head = await probe(at('/method', { method: 'HEAD' }));
    expect(head).toMatchObject({ ok: true, status: 200 });
  });

  test('redirects are not followed', async () => {
    const before = server.requests.length;
    const s = await probe(at('/redirect'));
    expect(s).toMatchObject({ ok: false, status: 302, reason: '302 (expected 200-299)' });
    expect(server.requests.length - before).toBe(1);
  });

  test('a server that never answers: timeout after timeoutMs', async () => {
    const started = Date.now();
    const s = await probe(at('/hang', { timeoutMs: 100 }));
    expect(s).toMatchObject({ ok: false, error: 'timeout', reason: 'timeout after 100 ms' });
    expect(s.status).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(s.latencyMs).toBeGreaterThanOrEqual(90);
  });

  test('a body that stalls also times out', async () => {
    const s = await probe(at('/slow-body', { timeoutMs: 150 }));
    expect(s).toMatchObject({ ok: false, error: 'timeout', reason: 'timeout after 150 ms' });
  });

  test('connection refused on a closed port', async () => {
    const port = await closedPort();
    const s = await probe(check('api', { url: `http://127.0.0.1:${port}/healthz` }));
    expect(s.ok).toBe(false);
    expect(s.status).toBeUndefined();
    expect(s.error).toBe(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(s.reason).toBe(`ECONNREFUSED 127.0.0.1:${port}`);
  });

  test('at most 64 KiB of body is read', async () => {
    expect((await probe(at('/big', { bodyContains: 'HEAD-MARK' }))).ok).toBe(true);
    const tail = await probe(at('/big', { bodyContains: 'TAIL-MARK' }));
    expect(tail).toMatchObject({ ok: false, reason: 'body does not contain "TAIL-MARK" (first 64 KiB read)' });
    // Exactly 64 KiB is read whole and not called truncated.
    expect(await probe(at('/exact', { bodyContains: 'DONE' }))).toMatchObject({ ok: true });
  });

  test('makeProbe binds the clock and the version', async () => {
    const p = makeProbe({ clock: systemClock });
    expect((await p(at('/old', { expectVersion: true }), '1.5.0')).ok).toBe(false);
    expect((await p(at('/old', { expectVersion: true }))).ok).toBe(true);
  });
});

describe('probeOnce: header values are secrets', () => {
  test('the header is sent, and appears nowhere in the sample', async () => {
    const before = server.requests.length;
    const s = await probe(at('/down', { headers: { Authorization: SECRET } }));
    const seen = server.requests.slice(before);
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.authorization).toBe(SECRET);
    expect(JSON.stringify(s)).not.toContain('s3cr3t');
  });

  test('a body echoing the header is redacted from version and reason', async () => {
    const s = await probe(at('/echo', { headers: { Authorization: SECRET }, expectVersion: true }), '1.5.0');
    expect(s.ok).toBe(false);
    expect(s.version).toBe('***');
    expect(s.reason).toBe('version *** (expected 1.5.0)');
    expect(JSON.stringify(s)).not.toContain('s3cr3t');
  });

  test('a header value fetch refuses is not quoted in the error', async () => {
    const bad = 'line1\nline2-s3cr3t';
    const s = await probe(at('/ok', { headers: { 'X-Token': bad } }));
    expect(s.ok).toBe(false);
    expect(s.status).toBeUndefined();
    expect(JSON.stringify(s)).not.toContain('s3cr3t');
    expect(JSON.stringify(s)).not.toContain('line1');
  });

  test('a timeout with a header: nothing of it returned', async () => {
    const s = await probe(at('/hang', { timeoutMs: 100, headers: { 'X-Api-Key': 'k-s3cr3t' } }));
    expect(s.error).toBe('timeout');
    expect(JSON.stringify(s)).not.toContain('s3cr3t');
  });
});
