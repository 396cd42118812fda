/**
 * Start-up: what each path of the bundle loads (scripts/measure-startup.ts gives the times).
 * The bundle is split (ncc makes a chunk of each dynamic import): a refused input is reported
 * without loading the GitHub client (undici, Octokit) or the stages; the post step never loads
 * main's pipeline; and no path reads a source map unless an unexpected error is being shown to a
 * person. ncc names chunks by number, so a chunk is known by a string only its module holds.
 *
 * What a run loaded is traced by a preload (helpers/load-trace.mjs): every module file, every
 * `.map` read, and every HTTP request, in the order they happened.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { projectRoot } from '../../sandbox/runner.js';
import { readableStack } from '../../src/error-stack.js';
import { explain, shipFixture, type ShipFixture } from '../helpers/e2e.js';

const dist = path.join(projectRoot, 'dist');
const preload = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'load-trace.mjs')).href;

let fx: ShipFixture | undefined;
const scratch: string[] = [];
afterEach(async () => {
  await fx?.close();
  fx = undefined;
  while (scratch.length) rmSync(scratch.pop()!, { recursive: true, force: true });
});

function traceFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ship-prod-trace-'));
  scratch.push(dir);
  const file = path.join(dir, 'trace.txt');
  writeFileSync(file, '');
  return file;
}

function traceEnv(file: string): Record<string, string> {
  return { NODE_OPTIONS: `--import ${preload}`, LOAD_TRACE_FILE: file };
}

interface Trace {
  /** dist/ files loaded, by name. */
  loaded: string[];
  /** Source maps read. */
  maps: string[];
  /** Whether Node's own undici (the runtime's fetch) was loaded. */
  runtimeFetch: boolean;
  /** dist/ files loaded (`load <name>`) and requests made (`request <method> <path>`), in order. */
  events: string[];
  /** Node's public built-ins loaded by the first HTTP request (none made: undefined), and by the exit. */
  builtinsAtFirstRequest?: string[];
  builtinsAtExit: string[];
}

function readTrace(file: string): Trace {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const undici = lines.find((l) => l.startsWith('undici '));
  if (!undici) throw new Error(`the trace has no exit line:\n${lines.join('\n')}`);
  const events = lines.flatMap((l) => {
    if (l.startsWith('request ')) return [l];
    if (!l.startsWith('load ')) return [];
    const f = fileURLToPath(l.slice(5));
    return path.dirname(f) === dist ? [`load ${path.basename(f)}`] : [];
  });
  const loaded = events.filter((e) => e.startsWith('load ')).map((e) => e.slice(5));
  const builtins = (prefix: string) => lines.find((l) => l.startsWith(`${prefix} `))?.slice(prefix.length + 1).split(' ');
  return {
    loaded,
    maps: lines.filter((l) => l.startsWith('read ')).map((l) => l.slice(5)),
    runtimeFetch: undici === 'undici yes',
    events,
    builtinsAtFirstRequest: builtins('builtins-at-first-request'),
    builtinsAtExit: builtins('builtins-at-exit') ?? []
  };
}

/** The dist/ files whose code holds `marker`, smallest first. */
function chunksWith(marker: string): string[] {
  return readdirSync(dist)
    .filter((f) => f.endsWith('.js') && readFileSync(path.join(dist, f), 'utf8').includes(marker))
    .sort((a, b) => readFileSync(path.join(dist, a)).length - readFileSync(path.join(dist, b)).length);
}

/** The dist/ files that hold the GitHub client's HTTP stack (undici). */
const httpStackFiles = (): string[] => chunksWith('undici.globalDispatcher');
/** The chunks of main, the pipeline, the post step and the source-map reader. */
const CHUNKS = {
  main: () => chunksWith('Could not write the report file'),
  pipeline: () => chunksWith('after a successful ship, run the cleanup command'),
  gates: () => chunksWith('checks polled '),
  post: () => chunksWith('nothing to clean up'),
  patternEngine: () => chunksWith('RE2JSCompileException'),
  yaml: () => chunksWith('Implicit keys need to be on a single line'),
  errorStack: () => chunksWith('sourceMappingURL=('),
  report: () => chunksWith('stopped early on a decisive breach'),
  window: () => chunksWith('window probes failed (')
};
const isChunk = (name: keyof typeof CHUNKS) => (f: string) => CHUNKS[name]().includes(f);

describe('start-up: what each path loads', () => {
  it('the bundle has its HTTP stack, main, the pipeline and the post step in chunks of their own (so the checks below can fail)', () => {
    expect(httpStackFiles()).toHaveLength(1);
    for (const name of Object.keys(CHUNKS) as Array<keyof typeof CHUNKS>) {
      expect(CHUNKS[name]().length).toBeGreaterThan(0);
      expect(CHUNKS[name]()).not.toContain('index.js');
    }
    expect(CHUNKS.pipeline()).not.toEqual(CHUNKS.main());
  });

  it('a refused input: reported without the stages, the post step or a source map', async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({ 'health-timeout': 'five minutes' }, { env: traceEnv(file) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=health-timeout::');
    const trace = readTrace(file);
    expect(trace.loaded).toContain('index.js');
    expect(trace.loaded.some(isChunk('main'))).toBe(true);
    // No input holds YAML or a pattern: neither library is loaded.
    expect(trace.loaded.filter((f) => isChunk('pipeline')(f) || isChunk('post')(f) || isChunk('patternEngine')(f) || isChunk('yaml')(f) || httpStackFiles().includes(f))).toEqual([]);
    expect(trace.maps).toEqual([]);
  });

  it('a dry run to its end: everything it needs, and no source map', async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({ 'dry-run': 'true', 'deploy-workflow': 'deploy.yml' }, { env: traceEnv(file) });
    expect(r.outputs.status).toBe('dry-run');
    const trace = readTrace(file);
    expect(trace.loaded.some(isChunk('pipeline'))).toBe(true);
    // Requests go out on node:http (src/github/transport.ts): neither @actions/github's undici
    // (loaded only behind a proxy) nor the runtime's fetch; and no input holds a pattern.
    expect(trace.loaded.filter((f) => httpStackFiles().includes(f) || isChunk('patternEngine')(f))).toEqual([]);
    expect(trace.runtimeFetch).toBe(false);
    expect(trace.maps).toEqual([]);
    expect(r.requests.length).toBeGreaterThan(0);
    expect(explain(r)).not.toContain('Unexpected error');
  });

  it("a valid run sends the gates' first reads before the gates' code loads", async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({ 'dry-run': 'true', 'deploy-workflow': 'deploy.yml' }, { env: traceEnv(file) });
    expect(r.outputs.status).toBe('dry-run');
    const { events } = readTrace(file);
    const gatesLoaded = events.findIndex((e) => e.startsWith('load ') && isChunk('gates')(e.slice(5)));
    expect(gatesLoaded).toBeGreaterThan(0);
    // Resolve asked nothing (the event's commit); the pull request, the branch's rules and
    // protection, and the commit's checks and statuses went out before the gates' code loaded.
    const before = events.slice(0, gatesLoaded).filter((e) => e.startsWith('request '));
    expect(before.map((e) => e.replace(/[0-9a-f]{40}/g, '<sha>')).sort()).toEqual(
      [
        'request GET /repos/acme/sample-service/branches/main/protection',
        'request GET /repos/acme/sample-service/commits/<sha>/check-runs',
        'request GET /repos/acme/sample-service/commits/<sha>/pulls',
        'request GET /repos/acme/sample-service/commits/<sha>/status',
        'request GET /repos/acme/sample-service/rules/branches/main'
      ].sort()
    );
    // The deploy workflow, read by the strategy's own check, comes with the gates' code.
    expect(events.slice(gatesLoaded).some((e) => e.startsWith('request GET') && e.includes('/contents/'))).toBe(true);
  });

  it('node:crypto loads after the first request: for the outputs, not before the gates (scripts/defer-externals.ts)', async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({ 'dry-run': 'true', 'deploy-workflow': 'deploy.yml' }, { env: traceEnv(file) });
    expect(r.outputs.status).toBe('dry-run');
    expect(r.state.isPost).toBe('true');
    const trace = readTrace(file);
    expect(trace.builtinsAtFirstRequest).toEqual(expect.arrayContaining(['http', 'fs']));
    expect(trace.builtinsAtFirstRequest).not.toContain('crypto');
    // Loaded by the end, when @actions/core set the outputs with its random delimiter.
    expect(trace.builtinsAtExit).toContain('crypto');
  });

  it("the report's and the monitoring window's code load after the first request (they are no part of the start-up)", async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({ 'dry-run': 'true', 'deploy-workflow': 'deploy.yml', 'monitor-duration': '10m' }, { env: traceEnv(file) });
    expect(r.outputs.status).toBe('dry-run');
    const { events } = readTrace(file);
    const firstRequest = events.findIndex((e) => e.startsWith('request '));
    expect(firstRequest).toBeGreaterThan(0);
    for (const name of ['report', 'window'] as const) {
      const at = events.findIndex((e) => e.startsWith('load ') && isChunk(name)(e.slice(5)));
      expect({ name, loadedAfterFirstRequest: at > firstRequest }).toEqual({ name, loadedAfterFirstRequest: true });
    }
  });

  it('the YAML library loads for an input that holds YAML, and its errors still name the line', async () => {
    fx = await shipFixture();
    const file = traceFile();
    const bad = await fx.ship({ 'dry-run': 'true', gates: '- name: extra\n  path: a.b\n   accept: [approved]' }, { env: traceEnv(file) });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error title=gates::Input 'gates' \(line \d+, column \d+\): not valid YAML/);
    expect(readTrace(file).loaded.some(isChunk('yaml'))).toBe(true);
  });

  it('the pattern engine (re2js) loads when an input holds a pattern, and a bad one is refused by it', async () => {
    fx = await shipFixture();
    const file = traceFile();
    const good = await fx.ship({ 'dry-run': 'true', 'deploy-workflow': 'deploy.yml', 'health-checks': `- url: http://127.0.0.1:9/health\n  body-matches: '"status":"ok"'` }, { env: traceEnv(file) });
    expect(good.outputs.status).toBe('dry-run');
    expect(readTrace(file).loaded.some(isChunk('patternEngine'))).toBe(true);
    // A pattern RE2 itself refuses (the engine's own parser, not the checks before it).
    const bad = await fx.ship({ 'dry-run': 'true', 'health-checks': `- url: http://127.0.0.1:9/health\n  body-matches: 'a{2,1}'` });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error title=health-checks::.*'body-matches' "a\{2,1\}" is not a valid regular expression for the linear-time engine \(RE2\)/);
  });

  it("the post step with nothing to clean up: none of main's code", async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({}, { state: { isPost: 'true' }, env: traceEnv(file) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing to clean up');
    const trace = readTrace(file);
    expect(trace.loaded.some(isChunk('post'))).toBe(true);
    expect(trace.loaded.filter((f) => isChunk('main')(f) || isChunk('pipeline')(f))).toEqual([]);
    expect(trace.maps).toEqual([]);
  });

  it("an error shown to a person names the TypeScript sources, through the bundle's own source maps", () => {
    const mainChunk = CHUNKS.main()[0]!;
    // A frame at a line of main's own code in its chunk.
    const lines = readFileSync(path.join(dist, mainChunk), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('Could not write the report file')) + 1;
    const column = lines[line - 1]!.indexOf('Could not write the report file') + 1;
    expect(line).toBeGreaterThan(0);
    const error = new Error('boom');
    error.stack = `Error: boom\n    at run (${pathToFileURL(path.join(dist, mainChunk)).href}:${line}:${column})`;
    expect(readableStack(error)).toMatch(/at run \(src\/main\.ts:\d+:\d+\)/);
  });
});
