/**
 * A demo service with blue and green slots and a traffic split, for blue-green and canary ships
 * (`npm run demo -- --canary`, and the e2e tests of traffic steps). The action drives it with
 * plain commands (curl), as a user's scripts would drive a load balancer:
 *
 *   POST /admin/deploy?version=1.5.0   puts the version in the idle slot; moves no traffic
 *   POST /admin/traffic?percent=50     sends that share of /health to the new slot (0 = all back)
 *   POST /admin/cleanup                once the new slot has 100%: it becomes live, the old slot is emptied
 *   GET  /health                       production: answered by blue or green according to the split
 *   GET  /candidate/health             the new slot on its own (smoke checks)
 *   GET  /baseline/health              the live (old) slot on its own (baseline checks)
 *
 * The split is deterministic (request n goes to the new slot when floor((n+1)·p/100) grows), so
 * 50% alternates and 10% is every tenth request. Every request and every admin call is recorded
 * with its time, so tests can prove that a traffic change came before the probes of its step.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Slot = 'blue' | 'green';

export interface CanaryEvent {
  at: number;
  kind: 'deploy' | 'traffic' | 'cleanup' | 'probe' | 'smoke' | 'baseline';
  /** The new slot's share when the event happened. */
  percent: number;
  slot?: Slot;
  version?: string;
  status?: number;
}

export interface CanaryService {
  url: string;
  /** `curl` commands for deploy-command, traffic-command and cleanup-command. */
  commands: { deploy: string; traffic: string; cleanup: string };
  /**
   * The new version answers 503 once it gets at least `fromPercent` of the traffic (0: always,
   * smoke checks too), after `healthyAnswers` good answers at that share (default 0).
   */
  failWhen(version: string, fromPercent: number, healthyAnswers?: number): void;
  /**
   * Degrades a version everywhere it answers: every `failEvery`-th answer on each path is a 503
   * (5: 20% of any run of answers), and every answer waits `delayMs` first.
   */
  degrade(version: string, how: { failEvery?: number; delayMs?: number }): void;
  percent(): number;
  /** The slot that serves the traffic the new slot does not get. */
  live(): Slot;
  /** The version serving the most traffic now. */
  liveVersion(): string;
  slots(): Partial<Record<Slot, string>>;
  events(): CanaryEvent[];
  close(): Promise<void>;
}

const other = (slot: Slot): Slot => (slot === 'blue' ? 'green' : 'blue');

export async function startCanaryService(opts: { version: string }): Promise<CanaryService> {
  const slots: Partial<Record<Slot, string>> = { blue: opts.version.replace(/^v/, '') };
  let live: Slot = 'blue';
  let percent = 0;
  let counter = 0;
  const failing = new Map<string, { from: number; healthy: number }>();
  const degraded = new Map<string, { failEvery?: number; delayMs?: number }>();
  const answersByPath = new Map<string, number>();
  let answeredAtShare = 0;
  const events: CanaryEvent[] = [];

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const answer = (res: ServerResponse, slot: Slot, kind: 'probe' | 'smoke' | 'baseline'): void => {
    const version = slots[slot];
    const worse = version === undefined ? undefined : degraded.get(version);
    if (worse?.delayMs) {
      setTimeout(() => respond(res, slot, kind), worse.delayMs);
      return;
    }
    respond(res, slot, kind);
  };
  const respond = (res: ServerResponse, slot: Slot, kind: 'probe' | 'smoke' | 'baseline'): void => {
    const version = slots[slot];
    const rule = version === undefined ? undefined : failing.get(version);
    const share = rule !== undefined && slot !== live && (kind === 'smoke' ? rule.from === 0 : kind === 'probe' && percent >= rule.from);
    const breaks = share && answeredAtShare++ >= rule!.healthy;
    const every = version === undefined ? undefined : degraded.get(version)?.failEvery;
    const path = `${version}:${kind}`;
    const nth = (answersByPath.get(path) ?? 0) + 1;
    answersByPath.set(path, nth);
    const status = version === undefined ? 404 : breaks || (every !== undefined && nth % every === 0) ? 503 : 200;
    events.push({ at: Date.now(), kind, percent, slot, ...(version ? { version } : {}), status });
    send(res, status, version ? { status: status === 200 ? 'ok' : 'unhealthy', version, slot } : { error: `no version in the ${slot} slot` });
  };
  /** Promotes the new slot once it has all the traffic. */
  const promote = (): boolean => {
    if (percent !== 100) return false;
    live = other(live);
    delete slots[other(live)];
    percent = 0;
    return true;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const candidate = other(live);
    if (req.method === 'POST' && url.pathname === '/admin/deploy') {
      const version = (url.searchParams.get('version') ?? '').replace(/^v/, '');
      if (!version) return send(res, 400, { error: 'version is required' });
      promote();
      slots[other(live)] = version;
      percent = 0;
      events.push({ at: Date.now(), kind: 'deploy', percent, slot: other(live), version });
      return send(res, 200, { slot: other(live), version });
    }
    if (req.method === 'POST' && url.pathname === '/admin/traffic') {
      const p = Number(url.searchParams.get('percent'));
      if (!Number.isInteger(p) || p < 0 || p > 100) return send(res, 400, { error: 'percent must be 0-100' });
      if (p > 0 && !slots[candidate]) return send(res, 409, { error: 'nothing deployed to the idle slot' });
      percent = p;
      counter = 0;
      events.push({ at: Date.now(), kind: 'traffic', percent, slot: candidate, ...(slots[candidate] ? { version: slots[candidate] } : {}) });
      return send(res, 200, { percent, slot: candidate });
    }
    if (req.method === 'POST' && url.pathname === '/admin/cleanup') {
      if (!promote()) return send(res, 409, { error: 'the new slot does not have all the traffic' });
      events.push({ at: Date.now(), kind: 'cleanup', percent, slot: live, version: slots[live] });
      return send(res, 200, { live, version: slots[live] });
    }
    if (req.method === 'GET' && url.pathname === '/candidate/health') return answer(res, candidate, 'smoke');
    if (req.method === 'GET' && url.pathname === '/baseline/health') return answer(res, live, 'baseline');
    if (req.method === 'GET' && url.pathname === '/health') {
      const n = counter++;
      const toNew = percent > 0 && Math.floor(((n + 1) * percent) / 100) > Math.floor((n * percent) / 100);
      return answer(res, toNew ? candidate : live, 'probe');
    }
    send(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const curl = (path: string) => `curl -fsS -X POST "${base}${path}"`;
  return {
    url: base,
    commands: {
      deploy: `${curl('/admin/deploy?version=$SHIP_VERSION')} && echo`,
      traffic: `${curl('/admin/traffic?percent=$SHIP_TRAFFIC')} && echo && echo "traffic=$SHIP_TRAFFIC at=$(date +%s%3N)"`,
      cleanup: `${curl('/admin/cleanup')} && echo`
    },
    failWhen(version, fromPercent, healthyAnswers = 0) {
      failing.set(version.replace(/^v/, ''), { from: fromPercent, healthy: healthyAnswers });
    },
    degrade(version, how) {
      degraded.set(version.replace(/^v/, ''), how);
    },
    percent: () => percent,
    live: () => live,
    liveVersion: () => (percent > 50 ? slots[other(live)]! : slots[live]!),
    slots: () => ({ ...slots }),
    events: () => [...events],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
