/**
 * The client's transport (src/github/transport.ts) against real HTTP servers on 127.0.0.1, side
 * by side with the runtime's own fetch where they must agree, and through the real client where
 * Octokit's decisions depend on what it returns.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createClient, statusOf } from '../../src/github/client.js';
import { quickYields } from '../../src/github/pacing.js';
import { transportFetch } from '../../src/github/transport.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let servers: Server[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

const json = (res: ServerResponse, status: number, data: unknown, extra: Record<string, string | string[]> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra }).end(JSON.stringify(data));

describe('transportFetch', () => {
  test('sends the method, headers and body, and reads status, url, headers and text as fetch does', async () => {
    const { base, seen } = await serve((_req, res, body) => json(res, 201, { echoed: JSON.parse(body) }, { 'x-many': ['a', 'b'], ETag: '"e1"' }));
    const init = { method: 'POST', headers: { Authorization: 'token t', 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ü' }) };
    const ours = await transportFetch(`${base}/repos/a/b/git/refs`, init);
    const theirs = await fetch(`${base}/repos/a/b/git/refs`, init);
    for (const r of [ours, theirs]) {
      expect(r.status).toBe(201);
      expect(r.statusText).toBe('Created');
      expect(r.url).toBe(`${base}/repos/a/b/git/refs`);
      expect(r.headers.get('X-Many')).toBe('a, b');
      expect(r.headers.get('etag')).toBe('"e1"');
    }
    expect([...ours.headers].filter(([k]) => k !== 'date' && k !== 'keep-alive')).toEqual([...theirs.headers].filter(([k]) => k !== 'date' && k !== 'keep-alive'));
    expect(await ours.text()).toBe(await theirs.text());
    expect(seen.map((s) => [s.method, s.body, s.headers.authorization, s.headers['content-length']])).toEqual([
      ['POST', '{"name":"ü"}', 'token t', '13'],
      ['POST', '{"name":"ü"}', 'token t', '13']
    ]);
  });

  test('a 204 has an empty body; arrayBuffer gives the bytes', async () => {
    const { base } = await serve((req, res) => (req.url === '/none' ? res.writeHead(204).end() : res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([1, 2, 3]))));
    const none = await transportFetch(`${base}/none`, { method: 'DELETE' });
    expect([none.status, await none.text()]).toEqual([204, '']);
    const bytes = await transportFetch(`${base}/bytes`);
    expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  test('decodes a gzip answer', async () => {
    const { base, seen } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"zipped":true}')));
    const r = await transportFetch(`${base}/z`);
    expect(await r.json()).toEqual({ zipped: true });
    expect(seen[0]!.headers['accept-encoding']).toBeUndefined();
  });

  test('follows redirects as fetch does: 303 becomes a GET, and authorization stays within the origin', async () => {
    const other = await serve((_req, res) => json(res, 200, { where: 'other' }));
    const { base, seen } = await serve((req, res) => {
      if (req.url === '/post') return res.writeHead(303, { location: '/landed' }).end();
      if (req.url === '/away') return res.writeHead(307, { location: `${other.base}/there` }).end();
      if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      return json(res, 200, { where: req.url });
    });
    const posted = await transportFetch(`${base}/post`, { method: 'POST', headers: { authorization: 'token t', 'content-type': 'application/json' }, body: '{}' });
    expect([posted.status, posted.url, posted.redirected, await posted.json()]).toEqual([200, `${base}/landed`, true, { where: '/landed' }]);
    expect(seen.map((s) => [s.method, s.url, s.headers.authorization, s.body])).toEqual([
      ['POST', '/post', 'token t', '{}'],
      ['GET', '/landed', 'token t', '']
    ]);
    const away = await transportFetch(`${base}/away`, { method: 'PUT', headers: { authorization: 'token t' }, body: 'x' });
    expect(await away.json()).toEqual({ where: 'other' });
    expect(other.seen.map((s) => [s.method, s.headers.authorization, s.body])).toEqual([['PUT', undefined, 'x']]);
    const manual = await transportFetch(`${base}/post`, { method: 'POST', body: '', redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([303, '/landed']);
    await expect(transportFetch(`${base}/post`, { method: 'POST', body: '', redirect: 'error' })).rejects.toThrow(TypeError);
    await expect(transportFetch(`${base}/loop`)).rejects.toMatchObject({ message: 'fetch failed', cause: { message: 'redirect count exceeded' } });
  });

  test('a refused connection rejects as fetch does: TypeError "fetch failed" caused by the socket error', async () => {
    const { base } = await serve((_req, res) => res.end());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const ours = await transportFetch(`${base}/x`).catch((e: unknown) => e);
    const theirs = await fetch(`${base}/x`).catch((e: unknown) => e);
    for (const e of [ours, theirs]) expect(e).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  test('an answer cut off part-way is a failed request, not an empty success', async () => {
    const { base } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"half":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(transportFetch(`${base}/cut`)).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' });
  });

  test('an aborted signal rejects with its reason, as fetch does (a timeout is a TimeoutError)', async () => {
    const { base } = await serve(() => undefined);
    const ours = await transportFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    const theirs = await fetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    expect((ours as Error).name).toBe('TimeoutError');
    expect((ours as Error).name).toBe((theirs as Error).name);
    const gone = new AbortController();
    gone.abort(new Error('stopped'));
    await expect(transportFetch(`${base}/slow`, { signal: gone.signal })).rejects.toThrow('stopped');
  });

  test('https URLs go through node:https', async () => {
    const e = await transportFetch('https://127.0.0.1:1/x').catch((error: unknown) => error);
    expect(e).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    await expect(transportFetch('ftp://127.0.0.1/x')).rejects.toMatchObject({ cause: { message: 'unsupported protocol ftp:' } });
  });
});

describe('the client on the transport', () => {
  test('reads JSON, and an error answer becomes a RequestError with GitHub message and status', async () => {
    const { base, seen } = await serve((req, res) =>
      req.url === '/repos/acme/app' ? json(res, 200, { full_name: 'acme/app' }) : json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com' })
    );
    const { octokit } = createClient({ token: 'tok', owner: 'acme', repo: 'app', apiUrl: base, timeScale: 0.001 });
    const repo = await octokit.rest.repos.get({ owner: 'acme', repo: 'app' });
    expect(repo.data.full_name).toBe('acme/app');
    const missing = await octokit.rest.repos.getBranch({ owner: 'acme', repo: 'app', branch: 'gone' }).catch((e: unknown) => e);
    expect([statusOf(missing), (missing as Error).message]).toEqual([404, 'Not Found - https://docs.github.com']);
    expect(seen[0]!.headers.authorization).toBe('token tok');
    expect(seen[0]!.headers['user-agent']).toMatch(/^ship-prod /);
  });

  test('a lost connection on a read is retried by plugin-retry, as with fetch', async () => {
    let calls = 0;
    const { base } = await serve((_req, res) => (++calls === 1 ? res.socket?.destroy() : json(res, 200, { full_name: 'acme/app' })));
    const { octokit, account } = createClient({ token: 'tok', owner: 'acme', repo: 'app', apiUrl: base, timeScale: 0.001 });
    const repo = await octokit.rest.repos.get({ owner: 'acme', repo: 'app' });
    expect([repo.data.full_name, calls, account.map((a) => a.status)]).toEqual(['acme/app', 2, [200]]);
  });
});

describe("the plugins' limiters yield without timers (pacing.ts quickenLimiters)", () => {
  /** Timers of under 2 ms set while `body` runs. */
  async function shortTimers(body: () => Promise<unknown>): Promise<number> {
    const real = globalThis.setTimeout;
    let count = 0;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      if ((ms ?? 0) < 2) count++;
      return real(fn, ms);
    }) as typeof setTimeout;
    try {
      await body();
    } finally {
      globalThis.setTimeout = real;
    }
    return count;
  }

  test('a request through both limiters sets at most the two timers Bottleneck schedules its jobs with, and is retried and throttled as before', async () => {
    let calls = 0;
    const { base } = await serve((_req, res) => (++calls === 1 ? json(res, 502, { message: 'bad gateway' }) : json(res, 200, { full_name: 'acme/app' })));
    const { octokit } = createClient({ token: 'tok', owner: 'acme', repo: 'app', apiUrl: base, timeScale: 0.001 });
    expect(quickYields()).toBe(true);
    await octokit.rest.repos.get({ owner: 'acme', repo: 'app' }); // the limiters exist from here
    calls = 0;
    const timers = await shortTimers(() => octokit.rest.repos.get({ owner: 'acme', repo: 'app' }));
    // One retry (the 502), so two passes through the limiters: without quickenLimiters, each pass
    // set a dozen 0 ms timers of the store's.
    expect(calls).toBe(2);
    expect(timers).toBeLessThanOrEqual(6);
  });
});

describe('client.requestsWritten', () => {
  /** A server that holds the answer of every read, and reads no body of /big until told: its 32 MB cannot all be written before then. */
  async function holdingServer(): Promise<{ base: string; paused: IncomingMessage[]; held: ServerResponse[]; bothArrived: Promise<void> }> {
    const paused: IncomingMessage[] = [];
    const held: ServerResponse[] = [];
    let arrived: () => void = () => undefined;
    const bothArrived = new Promise<void>((resolve) => (arrived = resolve));
    const server = createServer((req, res) => {
      if (req.url === '/big') {
        req.pause();
        paused.push(req);
        req.on('end', () => res.writeHead(204).end());
      } else {
        req.resume();
        held.push(res);
      }
      if (held.length && paused.length) arrived();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paused, held, bothArrived };
  }

  test.each([
    ['asked for after the call, in the same turn', false],
    ['asked for after the call, deep in promise callbacks of the same turn', true]
  ])('settles when every request %s is written (not at the first), without waiting for the answers', async (_name, deep) => {
    const { base, paused, held, bothArrived } = await holdingServer();
    const { octokit, requestsWritten } = createClient({ token: 'tok', owner: 'acme', repo: 'app', apiUrl: base, timeScale: 0.001 });
    let settled = false;
    const written = requestsWritten().then(() => (settled = true));
    const ask = () => [octokit.rest.repos.get({ owner: 'acme', repo: 'app' }), octokit.request('POST /big', { data: 'x'.repeat(32 * 1024 * 1024) })];
    const [small, big] = deep ? await Promise.resolve().then(() => Promise.resolve()).then(() => ask()) : ask();
    // Both have reached the server (however long building 32 MB takes on this machine); a while
    // later, the small read is written (the server holds its answer), the big one is not: still waiting.
    await bothArrived;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([held.length, paused.length, settled]).toEqual([1, 1, false]);
    paused[0]!.resume();
    await written;
    expect(held.length).toBe(1); // settled with the read's answer still held
    json(held[0]!, 200, { full_name: 'acme/app' });
    await Promise.all([small, big]);
  });

  test('settles once requests asked for before the call are written; at the next turn when none was asked for', async () => {
    const { base, paused, held, bothArrived } = await holdingServer();
    const { octokit, requestsWritten } = createClient({ token: 'tok', owner: 'acme', repo: 'app', apiUrl: base, timeScale: 0.001 });
    await expect(requestsWritten()).resolves.toBeUndefined();
    const small = octokit.rest.repos.get({ owner: 'acme', repo: 'app' });
    const big = octokit.request('POST /big', { data: 'x'.repeat(32 * 1024 * 1024) });
    let settled = false;
    const written = requestsWritten().then(() => (settled = true));
    await bothArrived;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    paused[0]!.resume();
    await written;
    expect(held.length).toBe(1);
    json(held[0]!, 200, { full_name: 'acme/app' });
    await Promise.all([small, big]);
    // Nothing waits to be written, though nothing was written since the call: settles all the same.
    await expect(requestsWritten()).resolves.toBeUndefined();
  });
});
