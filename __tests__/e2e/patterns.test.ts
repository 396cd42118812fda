/**
 * No user pattern can hold a run (issue 21; issue 23 item 1), end to end on the bundle: the
 * catastrophic patterns in version-files and body-matches run in linear time, so the ship ends
 * with its verdict in seconds; patterns RE2 cannot run are refused before any write.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { explain, locksLeft, shipFixture, writesBesideLock, type ShipFixture } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
let server: Server | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  fx = undefined;
  server = undefined;
});

const SENTENCE = 'Ship prod reads this ordinary sentence word by word and never finds a colon in it'.slice(0, 75);

describe('version-files', () => {
  it('(a+)+$ over 28 a’s and a b: blocked at once, naming the file, nothing written', async () => {
    fx = await shipFixture({ files: { 'docs/x.md': `${'a'.repeat(28)}b\n` } });
    const started = Date.now();
    const result = await fx.ship({ 'version-files': 'docs/x.md#/(a+)+$/' });
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'blocked', code: 1 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(writesBesideLock(result.writes)).toEqual([]);
    expect(locksLeft(fx.sandbox)).toEqual([]);
    expect(result.stdout).toContain('::error title=version-files::docs/x.md: /(a+)+$/ matches nothing; expected it to capture the current version 1.4.0');
  }, 60_000);

  it('^(?:\\w+\\s?)+: v?(\\S+)$ with m over an ordinary sentence: shipped, only the version changed', async () => {
    const readme = `# Sample\n\n${SENTENCE}\n\nCurrent release: v1.4.0\n`;
    fx = await shipFixture({ files: { 'README.md': readme } });
    const result = await fx.ship({ 'version-files': 'README.md#/^(?:\\w+\\s?)+: v?(\\S+)$/m' });
    if (result.outputs.status !== 'shipped') throw new Error(explain(result));
    expect(fx.sandbox.state.git.readFile(result.outputs.sha!, 'README.md')!.toString()).toBe(readme.replace('v1.4.0', 'v1.5.0'));
  }, 60_000);

  it('a lookbehind is refused before any request, naming the input and what to write instead', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ 'version-files': 'README.md#/(?<=@v)(\\S+)/' });
    expect(result.outputs.status).toBe('blocked');
    expect(result.requests).toEqual([]);
    expect(result.stdout).toMatch(/::error title=version-files::Input 'version-files' \(line 1\): \/\(\?<=@v\)\(\\S\+\)\/ uses a lookbehind \(\?<=, which the linear-time engine \(RE2\) does not run: match the text before it too/);
  }, 30_000);
});

describe('body-matches', () => {
  async function serve(body: string): Promise<string> {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  }

  it('"status":"(\\w+\\s?)+" against a 40-character body the service controls: the ship does not hang and ends with its verdict', async () => {
    const body = `{"status":"${'a'.repeat(27)}!}`;
    expect(body).toHaveLength(40);
    const url = await serve(body);
    fx = await shipFixture();
    const started = Date.now();
    const result = await fx.ship({
      'deploy-command': 'true',
      rollback: 'never',
      'health-checks': `- name: app\n  url: ${url}\n  body-matches: '"status":"(\\w+\\s?)+"'\n  timeout: 2s`,
      'health-interval': '300ms',
      'health-timeout': '3s'
    });
    expect({ status: result.outputs.status, health: result.outputs.health }).toEqual({ status: 'failed', health: 'failed' });
    expect(result.summary).toContain('body does not match');
    // Deploy, 3 s of health checks, the report: seconds, where one probe used to take 6 s of CPU.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('a backreference is refused before any write, naming the input', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ 'deploy-command': 'true', 'health-checks': `- url: http://127.0.0.1:9/health\n  body-matches: '(a)\\1'` });
    expect(result.outputs.status).toBe('blocked');
    expect(result.requests).toEqual([]);
    expect(result.stdout).toMatch(/::error title=health-checks::Input 'health-checks' \(line 2, column 17\): 'body-matches' "\(a\)\\\\1" uses a backreference/);
  }, 30_000);
});
