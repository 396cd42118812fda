/**
 * The client's transport: the runtime's own fetch by default, and behind a proxy the runner's
 * proxy-aware fetch. The proxy test sends the API's requests to a host name that does not resolve
 * (`.invalid`), so only a request that really went through the proxy can reach the sandbox.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import { createSampleRepo, type SampleRepo } from '../../sandbox/sample-repo.js';
import { createClient, proxyConfigured } from '../../src/github/client.js';

describe('proxyConfigured', () => {
  it.each([
    [{}, false],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, true],
    [{ https_proxy: 'http://proxy:3128' }, true],
    [{ HTTP_PROXY: 'http://proxy:3128' }, true],
    [{ http_proxy: 'http://proxy:3128' }, true],
    [{ HTTPS_PROXY: '' }, false],
    [{ NO_PROXY: '*' }, false]
  ])('%j → %s', (env, expected) => {
    expect(proxyConfigured(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

const OWNER = 'acme';
const REPO = 'shop';
let sample: SampleRepo;
let sandbox: Sandbox;
let proxy: Server;
const tunnels: string[] = [];

beforeAll(async () => {
  sample = createSampleRepo();
  sandbox = await startSandbox({ repoDir: sample.dir, owner: OWNER, repo: REPO, quiet: true });
  const target = new URL(sandbox.url);
  // A forward proxy that sends every host to the sandbox: CONNECT tunnels and absolute-form requests.
  proxy = createServer((req, res) => {
    tunnels.push(`${req.method} ${req.url}`);
    const url = new URL(req.url!);
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: url.pathname + url.search, method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket, head) => {
    tunnels.push(`CONNECT ${req.url}`);
    const upstream = connect(Number(target.port), target.hostname, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await sandbox.close();
  rmSync(sample.dir, { recursive: true, force: true });
});

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['HTTPS_PROXY', 'HTTP_PROXY', 'GITHUB_API_URL']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('transport', () => {
  it('without a proxy, requests go straight to GITHUB_API_URL', async () => {
    delete process.env.HTTPS_PROXY;
    delete process.env.HTTP_PROXY;
    const client = createClient({ token: 't', owner: OWNER, repo: REPO, apiUrl: sandbox.url, timeScale: 0.01 });
    const { data } = await client.octokit.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(data.full_name).toBe(`${OWNER}/${REPO}`);
  });

  it('behind a proxy, requests go through it (the API host only resolves there)', async () => {
    const port = new URL(sandbox.url).port;
    const apiUrl = `http://api.ship-prod.invalid:${port}`;
    // The sandbox speaks http, for which the runner's proxy variable is HTTP_PROXY (github.com: HTTPS_PROXY).
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.GITHUB_API_URL = apiUrl;
    const before = tunnels.length;
    const client = createClient({ token: 't', owner: OWNER, repo: REPO, apiUrl, timeScale: 0.01 });
    const { data } = await client.octokit.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(data.full_name).toBe(`${OWNER}/${REPO}`);
    expect(tunnels.slice(before).join('\n')).toContain('api.ship-prod.invalid');
  });
});
