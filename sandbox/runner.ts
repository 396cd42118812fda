/**
 * Runs the bundled action (dist/index.js) as a separate process, the way the Actions runner does:
 * every input of action.yml as INPUT_* (defaults filled in, `${{ github.token }}` expanded),
 * GITHUB_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files, a workspace.
 * Used by the end-to-end tests and by `npm run demo`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ActionRunOptions {
  /** API base URL (the sandbox's). */
  apiUrl: string;
  /** Web URL for GITHUB_SERVER_URL. */
  serverUrl: string;
  /** owner/name */
  repository: string;
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: Record<string, unknown>;
  /** GITHUB_SHA and GITHUB_REF of the event. */
  sha: string;
  ref?: string;
  token?: string;
  /** Extra environment (wins over everything else). */
  env?: Record<string, string>;
  /** Entry point; default dist/index.js. */
  entry?: string;
  /** Kill the process after this long (ms). */
  timeoutMs?: number;
  /** Kill the process (SIGKILL, as a cancelled job's step is) when this aborts. */
  signal?: AbortSignal;
  /** Kill the process (SIGKILL, as a runner that dies) as soon as this settles: e.g. right after a given write. */
  killWhen?: Promise<unknown>;
  /** State a main step saved (the `state` of its result), given as STATE_<name>, as the runner does for a post step. */
  state?: Record<string, string>;
}

export interface ActionRunResult {
  code: number | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** When the process was spawned (ms since epoch), to measure start-up against the request log. */
  spawnedAt: number;
  /** The environment the process got. */
  env: Record<string, string>;
  /** What the step saved with core.saveState (the GITHUB_STATE file), for a post step. */
  state: Record<string, string>;
}

interface ActionYml {
  inputs?: Record<string, { default?: string }>;
}

/** Inputs as the runner passes them: action.yml defaults, then the given `with:` values. */
export function runnerInputs(given: Record<string, string>, token: string): Record<string, string> {
  const action = parseYaml(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as ActionYml;
  const env: Record<string, string> = {};
  const known = new Set(Object.keys(action.inputs ?? {}));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) throw new Error(`input '${name}' is not declared in action.yml`);
  }
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value = name in given ? given[name]! : String(spec.default ?? '').replace('${{ github.token }}', token);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks and `name=value` lines). */
export function parseOutputFile(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

/** Where a demo's ship runs: the sandbox's API and web, the sample repository, its checkout at `sha`. */
export function sampleShip(sandbox: { url: string; webUrl: string }, workspace: string, sha: string): Pick<ActionRunOptions, 'apiUrl' | 'serverUrl' | 'repository' | 'workspace' | 'sha'> {
  return { apiUrl: sandbox.url, serverUrl: sandbox.webUrl, repository: 'acme/sample-service', workspace, sha };
}

export async function runAction(opts: ActionRunOptions): Promise<ActionRunResult> {
  const token = opts.token ?? 'sandbox-token';
  const scratch = mkdtempSync(path.join(tmpdir(), 'ship-prod-runner-'));
  const files = {
    output: path.join(scratch, 'output'),
    summary: path.join(scratch, 'summary.md'),
    event: path.join(scratch, 'event.json'),
    state: path.join(scratch, 'state')
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.state, '');
  writeFileSync(files.event, JSON.stringify(opts.event ?? {}));
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    // A runner's job has it (its shell started the runner); bash started without it takes ~2.5 s here.
    SHLVL: process.env.SHLVL || '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_REPOSITORY_OWNER: opts.repository.split('/')[0]!,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: opts.serverUrl,
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    GITHUB_EVENT_NAME: opts.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'release',
    GITHUB_JOB: 'ship',
    GITHUB_ACTOR: 'release-bot',
    RUNNER_TEMP: scratch,
    RUNNER_OS: 'Linux',
    // The client as it ships, with its back-offs, spacing and rate-limit waits a hundred times shorter.
    SHIP_PROD_TIME_SCALE: '0.01',
    ...runnerInputs(opts.inputs ?? {}, token),
    ...Object.fromEntries(Object.entries(opts.state ?? {}).map(([name, value]) => [`STATE_${name}`, value]))
  };
  const env = { ...base, ...(opts.env ?? {}) };
  const entry = opts.entry ?? path.join(projectRoot, 'dist', 'index.js');
  const started = Date.now();
  const child = spawn(process.execPath, [entry], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'], signal: opts.signal, killSignal: 'SIGKILL' });
  child.on('error', () => undefined); // an abort is reported as an error event; the exit code says it
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const kill = () => child.kill('SIGKILL');
  opts.killWhen?.then(kill, kill);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  const result: ActionRunResult = {
    code,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    stdout,
    stderr,
    durationMs: Date.now() - started,
    spawnedAt: started,
    env,
    state: parseOutputFile(readFileSync(files.state, 'utf8'))
  };
  rmSync(scratch, { recursive: true, force: true });
  return result;
}
