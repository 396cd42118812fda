/**
 * How the GitHub client's requests go out when no proxy is configured: the part of `fetch` that
 * @octokit/request's fetch wrapper uses (method, headers, a string or byte body, `redirect`,
 * `signal`; the answer's status, url, headers and text), on node:http and node:https.
 *
 * Why not the runtime's own `fetch`: its first call loads Node's internal undici, the largest
 * single cost of a run's start-up. Measured on the development machine (Node 24, a local server,
 * spawn to a parsed JSON answer, medians of 15): bare node 31 ms, node:http 46 ms, the runtime's
 * fetch 75 ms; the fetch libraries on node:http cost more than node:http alone (node-fetch 2:
 * 67 ms, and it pulls in the deprecated `punycode` module; minipass-fetch: 65 ms). See
 * docs/performance.md.
 *
 * It behaves as `fetch` does where Octokit (and so the retry decisions) can tell:
 * - a failure to connect or a connection lost rejects with `TypeError('fetch failed')` whose cause
 *   is the socket's error (Octokit makes a 500 of it, with the cause's message);
 * - an aborted signal rejects with the signal's reason (`AbortSignal.timeout`: a TimeoutError);
 * - redirects are followed as fetch follows them (up to 20; 303, and 301/302 after a POST, turn
 *   into a GET without a body; `authorization` is dropped when the redirect leaves the origin);
 *   `redirect: 'manual'` returns the 3xx, `'error'` rejects;
 * - a compressed answer (gzip, deflate, br) is decoded; none is asked for.
 * One difference, on purpose: the answer is read whole before the promise settles, so an answer
 * cut off part-way is a failed request (retried, or a lost answer for a write), never a success
 * whose body came out empty.
 * Connections are kept alive by Node's global agents (their default since Node 19).
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type RequestOptions } from 'node:http';

export interface TransportInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

/** The answer's headers, as fetch's `Headers` reads them: lower-case names, repeats joined. */
export class TransportHeaders implements Iterable<[string, string]> {
  private readonly map: Map<string, string>;

  constructor(raw: IncomingHttpHeaders) {
    this.map = new Map(
      Object.entries(raw)
        .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
        .map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value])
    );
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
  }
}

export class TransportResponse {
  readonly ok: boolean;
  /** Octokit reads it only with `parseSuccessResponseBody: false`, which ship-prod never sets. */
  readonly body = null;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly redirected: boolean,
    readonly headers: TransportHeaders,
    private readonly bytes: Buffer
  ) {
    this.ok = status >= 200 && status < 300;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.bytes);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength) as ArrayBuffer;
  }
}

const MAX_REDIRECTS = 20;

/** Called with the request's signal when it has been written to its connection (see createTransport). */
export type OnSent = (signal: AbortSignal | undefined) => void;

/** One request and its whole answer; redirects are the caller's. */
async function exchange(url: URL, method: string, headers: Record<string, string>, body: string | Uint8Array | undefined, signal: AbortSignal | undefined, onSent: OnSent | undefined) {
  const send = url.protocol === 'https:' ? (await import('node:https')).request : url.protocol === 'http:' ? httpRequest : undefined;
  if (!send) throw new TypeError('fetch failed', { cause: new Error(`unsupported protocol ${url.protocol}`) });
  const outgoing: Record<string, string> = { ...headers };
  if (body !== undefined) outgoing['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  const options: RequestOptions = { method, headers: outgoing };
  return new Promise<{ answer: IncomingMessage; bytes: Buffer }>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      req.destroy();
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
    };
    const onAbort = () => fail(signal?.reason);
    const req = send(url, options, (answer) => {
      answer.on('error', fail);
      readBody(answer).then((bytes) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        resolve({ answer, bytes });
      }, fail);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', fail);
    if (onSent) req.on('finish', () => onSent(signal));
    req.end(body);
  });
}

/** The answer's bytes, decoded when it came compressed. */
async function readBody(answer: IncomingMessage): Promise<Buffer> {
  const encoding = String(answer.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: NodeJS.ReadableStream = answer;
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate' || encoding === 'br') {
    const zlib = await import('node:zlib');
    const decoder = encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
    stream = answer.pipe(decoder);
    decoder.on('error', (error) => answer.destroy(error));
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  if (!answer.complete) throw new Error('the answer ended before its body did');
  return Buffer.concat(chunks);
}

/** @octokit/request's `request.fetch`: see the file comment. */
export function transportFetch(input: string | URL, init: TransportInit = {}): Promise<TransportResponse> {
  return send(input, init, undefined);
}

/** transportFetch, which also calls `onSent` as each request (a redirect's too) is written. */
export function createTransport(onSent: OnSent): typeof transportFetch {
  return (input, init = {}) => send(input, init, onSent);
}

async function send(input: string | URL, init: TransportInit, onSent: OnSent | undefined): Promise<TransportResponse> {
  let url = new URL(String(input));
  let method = (init.method ?? 'GET').toUpperCase();
  let headers: Record<string, string> = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  let body = init.body ?? undefined;
  const signal = init.signal ?? undefined;
  for (let redirects = 0; ; redirects++) {
    const { answer, bytes } = await exchange(url, method, headers, body, signal, onSent);
    const status = answer.statusCode ?? 0;
    const location = answer.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location && init.redirect !== 'manual') {
      if (init.redirect === 'error') throw new TypeError('fetch failed', { cause: new Error(`redirect to ${location} refused (redirect: error)`) });
      if (redirects >= MAX_REDIRECTS) throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
      const next = new URL(location, url);
      if (next.origin !== url.origin) {
        const { authorization: _auth, cookie: _cookie, 'proxy-authorization': _proxy, ...rest } = headers;
        headers = rest;
      }
      if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        const { 'content-type': _type, ...rest } = headers;
        headers = rest;
      }
      url = next;
      continue;
    }
    return new TransportResponse(status, answer.statusMessage ?? '', url.href, redirects > 0, new TransportHeaders(answer.headers), bytes);
  }
}
