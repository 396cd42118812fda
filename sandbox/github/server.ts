/**
 * The sandbox: a local GitHub REST API on 127.0.0.1 for tests and the demo.
 *
 * Every request is matched to an operation of GitHub's OpenAPI description, checked against it
 * (422 with GitHub's "Invalid request." shape when it does not conform), answered by the handler
 * of that operationId, and the answer is checked against the description too: an answer that
 * does not conform is a sandbox bug, recorded in the request log's `schemaErrors` and printed.
 * Scenario switches inject faults (5xx, 429, delays, lost answers), missing permissions, latency.
 *
 * Out-of-process control (the demo) goes through `/_sandbox/*`: GET requests, GET/POST scenario,
 * POST reset-log, GET state/deployed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { settleRuns } from './handlers/actions.js';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOpenApiValidator, type OpenApiValidator } from '../openapi/validator.js';
import { handlers as actionsHandlers } from './handlers/actions.js';
import { handlers as approvalsHandlers } from './handlers/approvals.js';
import { handlers as checksHandlers } from './handlers/checks.js';
import { handlers as deploymentsHandlers } from './handlers/deployments.js';
import { handlers as gitHandlers } from './handlers/git.js';
import { handlers as miscHandlers } from './handlers/misc.js';
import { handlers as pullsHandlers } from './handlers/pulls.js';
import { handlers as releasesHandlers } from './handlers/releases.js';
import { handlers as reposHandlers } from './handlers/repos.js';
import { DOCS_URL, githubError } from './http.js';
import { stateFromRepository } from './state.js';
import type {
  FaultRule,
  HandlerContext,
  HandlerMap,
  RequestLogEntry,
  SandboxRequest,
  SandboxResponse,
  SandboxState,
  Scenario
} from './types.js';

export interface StartSandboxOptions {
  /** A real git repository whose objects and refs seed the API. */
  repoDir: string;
  owner?: string;
  repo?: string;
  /** Default: the repository's HEAD branch. */
  defaultBranch?: string;
  /** Initial scenario.latencyMs. */
  latencyMs?: number;
  /** Initial scenario.token: the only token accepted (any when empty). */
  token?: string;
  /** Serve the API under /api/v3 (GitHub Enterprise Server layout). */
  ghesPrefix?: boolean;
  /** Further scenario settings. */
  scenario?: Partial<Scenario>;
  /** Extra handlers, overriding the built-in ones by operationId. */
  handlers?: HandlerMap;
  /** Do not print schema problems to stderr (they are still logged). */
  quiet?: boolean;
}

export interface Sandbox {
  /** API base URL as a client's baseUrl, e.g. http://127.0.0.1:PORT (GHES: .../api/v3). */
  url: string;
  /** Web base for html_url fields, e.g. http://127.0.0.1:PORT/web. */
  webUrl: string;
  state: SandboxState;
  /** Every GitHub API request served, in order. */
  requests: RequestLogEntry[];
  clearLog(): void;
  /** The logged requests that were not GET/HEAD. */
  writes(): RequestLogEntry[];
  /** All `schemaErrors` of the log, each prefixed with `METHOD path:`. */
  schemaErrors(): string[];
  /** Calls `listener` with every request as it is logged (a held `hang` request included); returns an unsubscribe. */
  onRequest(listener: (entry: RequestLogEntry) => void): () => void;
  close(): Promise<void>;
}

/** Every built-in handler by operationId. */
export const builtinHandlers: HandlerMap = mergeHandlers([
  gitHandlers,
  reposHandlers,
  releasesHandlers,
  miscHandlers,
  actionsHandlers,
  approvalsHandlers,
  deploymentsHandlers,
  checksHandlers,
  pullsHandlers
]);

function mergeHandlers(maps: HandlerMap[]): HandlerMap {
  const out: HandlerMap = {};
  for (const map of maps) {
    for (const [op, h] of Object.entries(map)) {
      if (op in out) console.error(`sandbox: operation ${op} has two handlers; the later one wins`);
      out[op] = h;
    }
  }
  return out;
}

/** A handler's answer, or one the server made itself (not checked against the operation's schema). */
type Answer = SandboxResponse & { skipResponseCheck?: boolean; lost?: 'reset' | 'hang' };

let validatorPromise: Promise<OpenApiValidator> | undefined;
function validator(): Promise<OpenApiValidator> {
  validatorPromise ??= loadOpenApiValidator();
  return validatorPromise;
}

/** Operations GitHub answers without a token. */
const ANONYMOUS_OK = new Set(['meta/root', 'rate-limit/get']);
/** Operations that do not count against the rate limit. */
const FREE = new Set(['rate-limit/get']);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startSandbox(opts: StartSandboxOptions): Promise<Sandbox> {
  const [api, state] = await Promise.all([
    validator(),
    stateFromRepository(opts.repoDir, {
      owner: opts.owner,
      repo: opts.repo,
      defaultBranch: opts.defaultBranch,
      scenario: {
        ...opts.scenario,
        ...(opts.latencyMs !== undefined ? { latencyMs: opts.latencyMs } : {}),
        ...(opts.token !== undefined ? { token: opts.token } : {})
      }
    })
  ]);
  const handlers: HandlerMap = { ...builtinHandlers, ...opts.handlers };
  const requests: RequestLogEntry[] = [];
  const listeners = new Set<(entry: RequestLogEntry) => void>();
  const log = (entry: RequestLogEntry): void => {
    requests.push(entry);
    for (const listener of listeners) listener(entry);
  };
  let seq = 0;
  let base = '';
  const prefix = opts.ghesPrefix ? '/api/v3' : '';
  const ctx: HandlerContext = {
    state,
    get apiUrl() {
      return base + prefix;
    },
    get webUrl() {
      return `${base}/web`;
    },
    now: () => new Date()
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((err: unknown) => {
      console.error('sandbox: request failed', err);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: 'Sandbox failure', documentation_url: DOCS_URL, status: '500' }));
      } else {
        res.destroy();
      }
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    let rawPath = url.pathname;
    if (rawPath === '/api/v3' || rawPath.startsWith('/api/v3/')) rawPath = rawPath.slice('/api/v3'.length) || '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const bodyBuf = await readBody(req);

    if (rawPath.startsWith('/_sandbox/')) return control(method, rawPath, bodyBuf, res);
    if (rawPath === '/web' || rawPath.startsWith('/web/')) return webPage(rawPath, res);

    const entry: RequestLogEntry = {
      seq: ++seq,
      method,
      path: rawPath,
      query: url.search.replace(/^\?/, ''),
      operationId: null,
      status: 0,
      conditional: req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined,
      startedAt,
      durationMs: 0,
      schemaErrors: []
    };
    const answer = await respond(method, rawPath, url.searchParams, req, bodyBuf, entry);
    await finish(req, res, method, entry, answer);
  }

  async function respond(
    method: string,
    rawPath: string,
    query: URLSearchParams,
    req: IncomingMessage,
    bodyBuf: Buffer,
    entry: RequestLogEntry
  ): Promise<Answer> {
    // body
    let body: unknown = undefined;
    if (bodyBuf.length > 0) {
      try {
        body = JSON.parse(bodyBuf.toString('utf8'));
      } catch {
        return { ...githubError(400, 'Problems parsing JSON'), skipResponseCheck: true };
      }
      entry.requestBody = body;
    }

    // credentials
    const scenario = state.scenario;
    const auth = req.headers.authorization;
    const token = typeof auth === 'string' ? /^(?:token|bearer)\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
    if ((auth !== undefined && token === undefined) || (token !== undefined && scenario.token && token !== scenario.token)) {
      return { ...githubError(401, 'Bad credentials'), skipResponseCheck: true };
    }

    // route
    const matched = api.match(method, rawPath);
    if (!matched) return { ...githubError(404, 'Not Found'), skipResponseCheck: true };
    const operationId = matched.operationId;
    entry.operationId = operationId;
    if (token === undefined && !ANONYMOUS_OK.has(operationId)) {
      return { ...githubError(401, 'Requires authentication'), skipResponseCheck: true };
    }
    const params = matched.params;
    const free = FREE.has(operationId);

    // budget
    if (!free && state.rateLimit.used >= state.rateLimit.limit) {
      return {
        ...githubError(403, `API rate limit exceeded for installation ID ${42}.`),
        skipResponseCheck: true
      };
    }

    // faults
    const fault = findFault(scenario.faults, operationId, method, rawPath);
    if (fault) {
      fault.used = (fault.used ?? 0) + 1;
      entry.fault = fault.status ?? 0;
      if (fault.delayMs) await sleep(fault.delayMs);
    }
    const faultAnswer = fault?.status || fault?.reset || fault?.hang ? faultResponse(fault) : undefined;
    if (faultAnswer && !fault?.afterEffect) return faultAnswer;

    if (scenario.forbidden.includes(operationId)) {
      return { ...githubError(403, 'Resource not accessible by integration'), skipResponseCheck: true };
    }

    // request schema
    // GitHub ignores unknown query parameters and answers 404 to malformed path parameters; all of
    // them are recorded (the client and the description disagree), a body problem is refused.
    const problems = api.validateRequest(matched, { query, headers: req.headers, body });
    if (problems.length > 0) {
      entry.schemaErrors.push(...problems.map((p) => `request: ${p}`));
      const version = problems.find((p) => p.startsWith('header.x-github-api-version'));
      if (version) {
        return { ...githubError(400, `API version ${String(req.headers['x-github-api-version'])} is not supported.`), skipResponseCheck: true };
      }
      if (problems.some((p) => p.startsWith('path.'))) return { ...githubError(404, 'Not Found'), skipResponseCheck: true };
      const bodyProblems = problems.filter((p) => p.startsWith('body'));
      if (bodyProblems.length > 0) {
        return { ...githubError(422, invalidRequestMessage(bodyProblems, body)), skipResponseCheck: true };
      }
    }

    // handler
    const handler = handlers[operationId];
    let answer: SandboxResponse;
    if (!handler) {
      entry.schemaErrors.push(`no handler: the sandbox does not implement ${operationId}`);
      answer = githubError(501, `The sandbox does not implement ${operationId} (${method} ${rawPath})`);
      return { ...answer, skipResponseCheck: true };
    }
    const sreq: SandboxRequest = { method, path: rawPath, operationId, params, query, headers: req.headers, body };
    try {
      answer = await handler(sreq, ctx);
    } catch (err) {
      const msg = err instanceof Error ? (err.stack ?? err.message) : String(err);
      entry.schemaErrors.push(`handler threw: ${msg}`);
      return { ...githubError(500, `Sandbox handler for ${operationId} failed: ${err instanceof Error ? err.message : String(err)}`), skipResponseCheck: true };
    }
    if (faultAnswer) return faultAnswer; // performed, answer lost
    return answer;
  }

  async function finish(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    entry: RequestLogEntry,
    answer: Answer
  ): Promise<void> {
    if (answer.lost) {
      entry.lost = answer.lost;
      entry.durationMs = Date.now() - entry.startedAt;
      log(entry);
      // A reset drops the connection now; a hang holds it until the client goes away.
      if (answer.lost === 'reset') req.socket.destroy();
      return;
    }
    let status = answer.status;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(answer.headers ?? {})) headers[k.toLowerCase()] = v;
    const isRaw = Buffer.isBuffer(answer.body) || typeof answer.body === 'string';

    // answer schema
    if (!answer.skipResponseCheck && entry.operationId && !isRaw) {
      const version = req.headers['x-github-api-version'];
      const problems = api.validateResponse(entry.operationId, status, answer.body, typeof version === 'string' ? version : undefined);
      if (problems.length > 0) {
        entry.schemaErrors.push(...problems.map((p) => `response: ${p}`));
        if (!opts.quiet) {
          console.error(`sandbox: answer to ${entry.method} ${entry.path} (${entry.operationId} ${status}) fails its schema:\n  ${problems.join('\n  ')}`);
        }
      }
    }

    let payload: Buffer | undefined;
    if (answer.body !== undefined && status !== 204 && status !== 304) {
      if (Buffer.isBuffer(answer.body)) payload = answer.body;
      else if (typeof answer.body === 'string') payload = Buffer.from(answer.body, 'utf8');
      else payload = Buffer.from(JSON.stringify(answer.body), 'utf8');
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }

    // conditional GET
    if ((method === 'GET' || method === 'HEAD') && status === 200 && payload) {
      const etag = `"${createHash('sha256').update(payload).digest('hex').slice(0, 40)}"`;
      headers.etag = etag;
      if (etagMatches(req.headers['if-none-match'], etag)) {
        status = 304;
        payload = undefined;
        delete headers['content-type'];
        delete headers.link;
      }
    }

    // rate limit: everything but a 304 and the free operations counts
    const free = entry.operationId !== null && FREE.has(entry.operationId);
    if (status !== 304 && !free) state.rateLimit.used = Math.min(state.rateLimit.limit, state.rateLimit.used + 1);
    const rl = state.rateLimit;
    // A primary-limit fault brings its own remaining and reset.
    headers['x-ratelimit-limit'] = String(rl.limit);
    headers['x-ratelimit-remaining'] ??= String(Math.max(0, rl.limit - rl.used));
    headers['x-ratelimit-reset'] ??= String(rl.reset);
    headers['x-ratelimit-used'] = String(rl.used);
    headers['x-ratelimit-resource'] = 'core';
    headers['x-github-request-id'] = requestId();
    headers['x-github-media-type'] = 'github.v3; format=json';
    const apiVersion = req.headers['x-github-api-version'];
    headers['x-github-api-version-selected'] = typeof apiVersion === 'string' ? apiVersion : '2022-11-28';

    if (state.scenario.latencyMs > 0) await sleep(state.scenario.latencyMs);

    entry.status = status;
    entry.durationMs = Date.now() - entry.startedAt;
    log(entry);

    if (payload) headers['content-length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(method === 'HEAD' ? undefined : payload);
  }

  async function control(method: string, path: string, body: Buffer, res: ServerResponse): Promise<void> {
    const send = (status: number, data: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(data));
    };
    const route = `${method} ${path.replace(/\/$/, '')}`;
    switch (route) {
      case 'GET /_sandbox/requests':
        return send(200, requests);
      case 'POST /_sandbox/reset-log':
        requests.length = 0;
        return send(200, { ok: true });
      case 'GET /_sandbox/scenario':
        return send(200, state.scenario);
      case 'POST /_sandbox/scenario': {
        let patch: unknown;
        try {
          patch = body.length ? JSON.parse(body.toString('utf8')) : {};
        } catch {
          return send(400, { message: 'Problems parsing JSON' });
        }
        if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return send(400, { message: 'expected a JSON object' });
        Object.assign(state.scenario, patch);
        return send(200, state.scenario);
      }
      case 'GET /_sandbox/state/deployed':
        settleRuns(state);
        return send(200, state.deployedVersion);
      default:
        return send(404, { message: 'Not Found' });
    }
  }

  function webPage(path: string, res: ServerResponse): void {
    const text = `<!doctype html><title>sandbox</title><p>GitHub sandbox page for <code>${escapeHtml(path.slice(4) || '/')}</code></p>\n`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(text);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base + prefix,
    webUrl: `${base}/web`,
    state,
    requests,
    clearLog: () => {
      requests.length = 0;
    },
    writes: () => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
    schemaErrors: () => requests.flatMap((r) => r.schemaErrors.map((e) => `${r.method} ${r.path}: ${e}`)),
    onRequest: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      })
  };
}

function findFault(faults: FaultRule[], operationId: string, method: string, path: string): FaultRule | undefined {
  return faults.find((f) => {
    if ((f.used ?? 0) >= (f.times ?? 1)) return false;
    const m = /^([A-Z*]+)\s+(\S+)$/.exec(f.match);
    const matches = f.match === operationId || (m !== null && (m[1] === '*' || m[1] === method) && path.startsWith(m[2]));
    if (!matches) return false;
    if ((f.seen ?? 0) < (f.skip ?? 0)) {
      f.seen = (f.seen ?? 0) + 1;
      return false;
    }
    return true;
  });
}

function faultResponse(f: FaultRule): Answer & { skipResponseCheck: true } {
  if (f.reset || f.hang) return { status: 0, skipResponseCheck: true, lost: f.reset ? 'reset' : 'hang' };
  const status = f.status!;
  const headers: Record<string, string> = {};
  if (f.retryAfterSeconds !== undefined) headers['retry-after'] = String(f.retryAfterSeconds);
  if (f.rateLimitResetSeconds !== undefined) {
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000 + f.rateLimitResetSeconds));
  }
  let message = STATUS_CODES[status] ?? 'Error';
  if ((status === 429 || status === 403) && f.retryAfterSeconds !== undefined) {
    message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  } else if (status === 429 || f.rateLimitResetSeconds !== undefined) {
    message = 'API rate limit exceeded for installation ID 42.';
  } else if (status === 403) {
    message = 'Resource not accessible by integration';
  } else if (status === 502) {
    message = 'Server Error';
  }
  return { ...githubError(status, message, undefined, headers), skipResponseCheck: true };
}

/**
 * GitHub's wording for a body that does not match the operation's schema, e.g.
 * `Invalid request.\n\n"tag_name" wasn't supplied.`
 */
export function invalidRequestMessage(problems: string[], body: unknown): string {
  const lines = problems.map((p) => {
    const m = /^body((?:\.[\w$-]+|\[[^\]]*\])*): (.*)$/.exec(p);
    if (!m) return p;
    const path = m[1].replace(/^\./, '');
    const name = path.split(/[.[\]]/).filter(Boolean).pop() ?? path;
    const value = valueAt(body, path);
    const rest = m[2];
    if (rest === 'is required') return `"${name}" wasn't supplied.`;
    if (rest.startsWith('is not a property')) return `"${name}" is not a permitted key.`;
    const type = /^must be (boolean|string|integer|number|object|array|null)$/.exec(rest);
    if (type) return `For 'properties/${name}', ${JSON.stringify(value)} is not ${/^[aeiou]/.test(type[1]) ? 'an' : 'a'} ${type[1]}.`;
    const oneOf = /^must be one of (.*)$/.exec(rest);
    if (oneOf) return `For 'properties/${name}', ${JSON.stringify(value)} is not a member of [${oneOf[1]}].`;
    return `For 'properties/${name}', ${JSON.stringify(value) ?? 'the value'} ${rest}.`;
  });
  return `Invalid request.\n\n${lines.join('\n')}`;
}

function valueAt(body: unknown, path: string): unknown {
  let cur: unknown = body;
  for (const part of path.split(/[.[\]]/).filter(Boolean)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part.replace(/^"|"$/g, '')];
  }
  return cur;
}

function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const list = (Array.isArray(header) ? header.join(',') : header).split(',').map((s) => s.trim().replace(/^W\//, ''));
  return list.includes('*') || list.includes(etag);
}

function requestId(): string {
  const hex = randomBytes(10).toString('hex').toUpperCase();
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
