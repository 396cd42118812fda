/**
 * A tiny stand-in for the deployed service: it reports the version the sandbox says is deployed
 * to its environment (`state.deployedVersion[environment]`, which finished deploy runs set).
 *
 *   GET /health   200 {status: 'ok', version}; 503 {status: 'unhealthy', version} when that
 *                 version was switched unhealthy; delayed when that version was made slow
 *   GET /version  the version as plain text
 *
 * Requests are counted per version, so tests can see which version answered.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { settleRuns } from '../github/handlers/actions.js';
import type { SandboxState } from '../github/types.js';

export interface DemoServiceOptions {
  state: SandboxState;
  /** Environment whose deployed version the service reports (default `production`). */
  environment?: string;
  /** The version running before any deploy; seeds `state.deployedVersion[environment]` when unset. */
  initialVersion?: string;
  /** Clock used to settle finished runs (default Date.now). */
  now?: () => number;
}

export interface DemoService {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Makes /health answer 503 while `version` is deployed (or healthy again with `on: false`). */
  setUnhealthy(version: string, on?: boolean): void;
  /** Makes `version` healthy for its first `healthyRequests` /health answers, unhealthy after (a release that degrades). */
  failAfter(version: string, healthyRequests: number): void;
  /** Delays /health and /version by `ms` while `version` is deployed (0 removes the delay). */
  setSlow(version: string, ms: number): void;
  /** The version currently reported. */
  version(): string;
  /** Requests answered, by the version they reported. */
  requestsByVersion(): Record<string, number>;
  close(): Promise<void>;
}

export async function startDemoService(opts: DemoServiceOptions): Promise<DemoService> {
  const { state } = opts;
  const environment = opts.environment ?? 'production';
  const now = opts.now ?? Date.now;
  if (opts.initialVersion !== undefined && state.deployedVersion[environment] === undefined) {
    state.deployedVersion[environment] = opts.initialVersion;
  }
  const unhealthy = new Set<string>();
  const degradeAfter = new Map<string, number>();
  const slow = new Map<string, number>();
  const counts: Record<string, number> = {};

  const currentVersion = (): string => {
    settleRuns(state, now());
    return state.deployedVersion[environment] ?? opts.initialVersion ?? '0.0.0';
  };

  const send = (res: ServerResponse, status: number, body: string, type: string): void => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, JSON.stringify({ error: 'method not allowed' }), 'application/json');
      return;
    }
    if (path !== '/health' && path !== '/version') {
      send(res, 404, JSON.stringify({ error: 'not found' }), 'application/json');
      return;
    }
    const version = currentVersion();
    counts[version] = (counts[version] ?? 0) + 1;
    const delay = slow.get(version) ?? 0;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (path === '/version') {
      send(res, 200, `${version}\n`, 'text/plain; charset=utf-8');
      return;
    }
    const degrades = degradeAfter.get(version);
    if (degrades !== undefined && (counts[version] ?? 0) > degrades) unhealthy.add(version);
    if (unhealthy.has(version)) send(res, 503, JSON.stringify({ status: 'unhealthy', version }), 'application/json');
    else send(res, 200, JSON.stringify({ status: 'ok', version }), 'application/json');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: String(error) }), 'application/json');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setUnhealthy(version, on = true) {
      if (on) unhealthy.add(version.replace(/^v/, ''));
      else unhealthy.delete(version.replace(/^v/, ''));
    },
    failAfter(version, healthyRequests) {
      degradeAfter.set(version.replace(/^v/, ''), healthyRequests);
    },
    setSlow(version, ms) {
      if (ms > 0) slow.set(version.replace(/^v/, ''), ms);
      else slow.delete(version.replace(/^v/, ''));
    },
    version: currentVersion,
    requestsByVersion: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
