/**
 * Local HTTP endpoints for end-to-end tests: a webhook receiver that keeps every body it got, and
 * a health service that answers 200 and keeps the headers and URLs of every probe.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Endpoint {
  url: string;
  close(): Promise<void>;
}

export interface Receiver extends Endpoint {
  bodies: string[];
}

export interface HealthService extends Endpoint {
  probes: Array<{ url: string; headers: IncomingHttpHeaders }>;
}

async function listen(server: Server): Promise<{ base: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

/** A Slack-style incoming webhook at `path` (its secret part) answering `status`. */
export async function webhookReceiver(path: string, status = 200): Promise<Receiver> {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      bodies.push(data);
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'nope');
    });
  });
  const { base, close } = await listen(server);
  return { url: `${base}${path}`, bodies, close };
}

/** A service whose every path answers 200 `{"status":"ok"}`. */
export async function healthService(): Promise<HealthService> {
  const probes: HealthService['probes'] = [];
  const server = createServer((req, res) => {
    probes.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
  const { base, close } = await listen(server);
  return { url: base, probes, close };
}
