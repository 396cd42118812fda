/**
 * Start-up: what each path of the bundle loads (scripts/measure-startup.ts gives the times).
 * The bundle is split (scripts/build.ts): a refused input is reported without loading the GitHub
 * client (undici, Octokit) or the stages; the post step never loads main's pipeline; and no path
 * reads a source map unless an unexpected error is being shown to a person.
 *
 * What a run loaded is traced by a preload (helpers/load-trace.mjs): every module file, and every
 * `.map` read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { projectRoot } from '../../sandbox/runner.js';
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
}

function readTrace(file: string): Trace {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const loaded = lines
    .filter((l) => l.startsWith('load '))
    .map((l) => fileURLToPath(l.slice(5)))
    .filter((f) => path.dirname(f) === dist)
    .map((f) => path.basename(f));
  return { loaded, maps: lines.filter((l) => l.startsWith('read ')).map((l) => l.slice(5)) };
}

/** The dist/ files that hold the GitHub client's HTTP stack (undici). */
function httpStackFiles(): string[] {
  return readdirSync(dist).filter((f) => f.endsWith('.js') && readFileSync(path.join(dist, f), 'utf8').includes('undici.globalDispatcher'));
}

describe('start-up: what each path loads', () => {
  it('the bundle has its HTTP stack in a chunk of its own (so the checks below can fail)', () => {
    expect(httpStackFiles()).toHaveLength(1);
    expect(httpStackFiles()[0]).not.toBe('index.js');
  });

  it('a refused input: reported without the GitHub client, the stages or a source map', async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({ 'health-timeout': 'five minutes' }, { env: traceEnv(file) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=health-timeout::');
    const trace = readTrace(file);
    expect(trace.loaded).toContain('index.js');
    expect(trace.loaded.some((f) => f.startsWith('main-'))).toBe(true);
    expect(trace.loaded.filter((f) => httpStackFiles().includes(f) || f.startsWith('pipeline-') || f.startsWith('post-'))).toEqual([]);
    expect(trace.maps).toEqual([]);
  });

  it('a dry run to its end: everything it needs, and no source map', async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({ 'dry-run': 'true', 'deploy-workflow': 'deploy.yml' }, { env: traceEnv(file) });
    expect(r.outputs.status).toBe('dry-run');
    const trace = readTrace(file);
    expect(trace.loaded.some((f) => f.startsWith('pipeline-'))).toBe(true);
    expect(trace.loaded.filter((f) => httpStackFiles().includes(f))).toHaveLength(1);
    expect(trace.maps).toEqual([]);
    expect(r.requests.length).toBeGreaterThan(0);
    expect(explain(r)).not.toContain('Unexpected error');
  });

  it("the post step with nothing to clean up: none of main's code", async () => {
    fx = await shipFixture();
    const file = traceFile();
    const r = await fx.ship({}, { state: { isPost: 'true' }, env: traceEnv(file) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing to clean up');
    const trace = readTrace(file);
    expect(trace.loaded.some((f) => f.startsWith('post-'))).toBe(true);
    expect(trace.loaded.filter((f) => f.startsWith('main-') || f.startsWith('pipeline-'))).toEqual([]);
    expect(trace.maps).toEqual([]);
  });

  it('an error shown to a person reads the maps and names the TypeScript sources (the trace sees map reads)', () => {
    const file = traceFile();
    const stackChunk = readdirSync(dist).find((f) => /^error-stack-.*\.js$/.test(f))!;
    const mainChunk = readdirSync(dist).find((f) => /^main-.*\.js$/.test(f))!;
    // A frame at the first function of main's chunk (line 2: line 1 is the banner).
    const column = readFileSync(path.join(dist, mainChunk), 'utf8').split('\n')[1]!.indexOf('function ') + 1;
    expect(column).toBeGreaterThan(0);
    const script = `
      const { readableStack } = await import(${JSON.stringify(pathToFileURL(path.join(dist, stackChunk)).href)}).then((m) => ({ readableStack: Object.values(m)[0] }));
      const error = new Error('boom');
      error.stack = 'Error: boom\\n    at run (' + ${JSON.stringify(pathToFileURL(path.join(dist, mainChunk)).href)} + ':2:${column})';
      console.log(readableStack(error));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, ...traceEnv(file) }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/at run \(src\/[\w/-]+\.ts:\d+:\d+\)/);
    expect(readTrace(file).maps).toEqual([path.join(dist, `${mainChunk}.map`)]);
  });
});
