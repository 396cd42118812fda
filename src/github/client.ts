/**
 * The one GitHub client every stage uses: @octokit/rest (the REST methods and pagination, as
 * @actions/github's client has them) with the retry and throttling plugins, pointed at
 * GITHUB_API_URL (github.com or GitHub Enterprise Server). REST only. It also keeps an account of
 * the requests it sent, for the report and the budget, and counts each in the scope of the stage
 * that sent it (request-scope.ts). Pacing (write spacing, back-offs, the time scale tests may
 * change) is in pacing.ts; the rule for repeating a write whose answer was lost is in writes.ts.
 *
 * Requests go out on node:http and node:https (transport.ts: the part of `fetch` Octokit uses,
 * without the cost of loading the runtime's own fetch at start-up). Only where the runner has a
 * proxy configured is @actions/github's proxy-aware fetch loaded (it brings undici, about 900 KB
 * of the bundle, which start-up would otherwise compile on every run).
 */
import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit as RestOctokit } from '@octokit/rest';
import { AsyncLocalStorage } from 'node:async_hooks';
import { currentRequestScope } from '../request-scope.js';
import { MAX_RATE_LIMIT_WAIT_S, quickenLimiters, RETRIES, timeScaleFrom, writeGroups } from './pacing.js';
import { createTransport } from './transport.js';

const ShipOctokit = RestOctokit.plugin(retry, throttling);
export type Octokit = InstanceType<typeof ShipOctokit>;

/** The proxy variables the runner (and @actions/http-client) honour. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** Whether a proxy is configured for the runner: then requests go through it (see proxyFetch). */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}

/**
 * Behind a proxy, @actions/github's proxy-aware fetch for GITHUB_API_URL (its `defaults`, which
 * honour `no_proxy` for the API's host), loaded at the first request; elsewhere undefined:
 * transport.ts.
 */
function proxyFetch(): typeof fetch | undefined {
  if (!proxyConfigured()) return undefined;
  let loading: Promise<typeof fetch> | undefined;
  return async (url, init) => {
    loading ??= import('@actions/github/lib/utils').then(({ defaults }) => defaults.request!.fetch as typeof fetch);
    return (await loading)(url, init);
  };
}

export interface RequestAccount {
  method: string;
  route: string;
  status: number;
  durationMs: number;
}

export interface GitHubClient {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** Every request the action made (after retries), in order. */
  account: RequestAccount[];
  /** See ClientOptions.timeScale. */
  timeScale: number;
  /** The queue every write waits in (writes.ts). */
  writes: WriteLine;
  /**
   * Settles once no request the client was asked for waits to be written to its connection
   * (behind a proxy: handed to the proxy's fetch), looked at once the current turn's work is done:
   * a request asked for in this turn, however deep in its promise callbacks, counts (none is
   * written before a later turn). At the next turn when none was asked for. Work that would hold
   * up the thread (loading code, parsing files, spawning git) waits for it, so that it delays no
   * request of the round it runs beside.
   */
  requestsWritten(): Promise<void>;
}

export interface ClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** API base URL; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /**
   * Time scale (pacing.ts, SHIP_PROD_TIME_SCALE): 1 in production. Tests shorten back-offs,
   * spacing and rate-limit waits with it; plugins and retry decisions stay exactly as they ship.
   */
  timeScale?: number;
}

/** No request waits longer than this for GitHub's answer (every wait has an upper bound). */
export const REQUEST_TIMEOUT_MS = 100_000;

export function createClient(opts: ClientOptions): GitHubClient {
  const baseUrl = (opts.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const timeScale = opts.timeScale ?? timeScaleFrom();
  quickenLimiters();
  // Requests asked for and not yet written, each known by its signal (see requestsWritten).
  let unwritten = 0;
  const writtenBy = new WeakMap<AbortSignal, () => void>();
  let waiting: Array<() => void> = [];
  const settle = () => {
    if (unwritten > 0 || !waiting.length) return;
    const resolve = waiting;
    waiting = [];
    resolve.forEach((r) => r());
  };
  const sent = (signal: AbortSignal | null | undefined) => {
    if (signal) writtenBy.get(signal)?.();
    settle();
  };
  const proxied = proxyFetch();
  const fetchVia: typeof fetch = proxied
    ? (url, init) => {
        sent(init?.signal);
        return proxied(url, init);
      }
    : (createTransport(sent) as unknown as typeof fetch);
  const octokit = new ShipOctokit({
    auth: opts.token,
    baseUrl,
    userAgent: 'ship-prod',
    // @octokit/rest logs each request; a failed one (a 404 looked for, say) is not an error of the
    // ship: those lines go to the debug log, as the action's own detail does.
    log: { debug: () => undefined, info: core.debug, warn: core.warning, error: core.debug },
    request: { fetch: fetchVia },
    retry: { retries: RETRIES, retryAfterBaseValue: 1000 * timeScale },
    throttle: {
      retryAfterBaseValue: 1000 * timeScale,
      ...writeGroups(timeScale),
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_S && retryCount < RETRIES;
        core.warning(`GitHub rate limit hit on ${options.method} ${options.url}; ${wait ? `retrying after the reset, in ${retryAfter}s` : `it resets in ${retryAfter}s: giving up`}`);
        return wait;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
        return retryCount < RETRIES;
      }
    }
  });

  const account: RequestAccount[] = [];
  octokit.hook.wrap('request', async (request, options) => {
    // The stage that sends it (request-scope.ts); read here, in the caller's context.
    const scope = currentRequestScope();
    // A write that did not come through writes.ts is never re-sent blindly by plugin-retry.
    if (isWrite(options.method) && !options.request?.shipWrite) options.request = { ...options.request, retries: 0 };
    const started = Date.now();
    const route = `${options.url}`;
    if (!options.request?.signal) options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
    // Counted until its first write (a retry's writes count no more), or its end, whichever comes first.
    const signal = options.request.signal!;
    let open = true;
    const written = () => {
      if (!open) return;
      open = false;
      unwritten--;
    };
    unwritten++;
    const earlier = writtenBy.get(signal);
    writtenBy.set(signal, earlier ? () => (earlier(), written()) : written);
    try {
      const response = await request(options);
      account.push({ method: options.method, route, status: response.status, durationMs: Date.now() - started });
      if (scope) scope.requests++;
      return response;
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      account.push({ method: options.method, route, status, durationMs: Date.now() - started });
      if (scope) scope.requests++;
      throw error;
    } finally {
      written();
      settle();
    }
  });
  const requestsWritten = () =>
    new Promise<void>((resolve) => {
      // Looked at once this turn's promise callbacks have run (every request asked for in it is
      // counted by then: none is written before a later turn); settle resolves the rest.
      setImmediate(() => (unwritten === 0 ? resolve() : waiting.push(resolve)));
    });
  return { octokit, owner: opts.owner, repo: opts.repo, account, timeScale, writes: new WriteLine(), requestsWritten };
}

export function isWrite(method: string | undefined): boolean {
  return method !== undefined && method !== 'GET' && method !== 'HEAD';
}

const lanes = new AsyncLocalStorage<'side'>();

/**
 * Runs `body` with its writes in the side lane: a chain that does not depend on the main line's
 * writes (the branch's fast-forward or merge-back pull request, beside the draft release and the
 * deployment). Each lane sends one write at a time, so at most two are in flight.
 */
export function inSideLane<T>(body: () => Promise<T>): Promise<T> {
  return lanes.run('side', body);
}

/**
 * Writes go out one at a time in each lane (GitHub asks integrations not to send them
 * concurrently; two independent chains of a ship may overlap, see inSideLane).
 */
export class WriteLine {
  private tails: Record<'main' | 'side', Promise<unknown>> = { main: Promise.resolve(), side: Promise.resolve() };

  run<T>(fn: () => Promise<T>): Promise<T> {
    const lane = lanes.getStore() ?? 'main';
    const result = this.tails[lane].then(fn, fn);
    this.tails[lane] = result.catch(() => undefined);
    return result;
  }
}

/** HTTP status of an Octokit error, or 0 when it is not an HTTP error. */
export function statusOf(error: unknown): number {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : 0;
}

/** The message GitHub gave, without Octokit's decorations. */
export function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: { message?: unknown } } })?.response?.data;
  if (data && typeof data.message === 'string') return data.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A sentence a person can act on for a failed request: a 403 "Resource not accessible by
 * integration" names the `permissions:` the job needs for what was being done.
 */
export function explainGitHubError(error: unknown, doing: string, permission?: string): string {
  const status = statusOf(error);
  const message = messageOf(error);
  if (status === 403 && /not accessible by integration/i.test(message) && permission) {
    return `${doing} was refused (403 ${message}): give the job \`permissions: ${permission}\` (and check the repository's Actions settings allow it).`;
  }
  if (status === 401) return `${doing} failed: the token was refused (401 ${message}); check github-token.`;
  return `${doing} failed${status ? ` (${status})` : ''}: ${message}`;
}
