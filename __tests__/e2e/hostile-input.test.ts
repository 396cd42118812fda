/**
 * Hostile input, end to end: the bundled action against the sandbox, one bad value per case.
 * Every case must end `blocked` (exit 1) with an ::error line titled with the input to fix, send
 * no write request, and finish within a time bound. Cases run a few at a time. Beside the
 * matrix: symlinks leading out of the workspace, deploy-inputs values as secrets, and repository
 * text that tries to form links and images in the summary and the report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dispatchedRuns } from '../../sandbox/github/handlers/actions.js';
import { everythingShown, explain, locksLeft, shipFixture, writesBesideLock, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

/**
 * The longest one bad-input case may take. A case takes about a second on an idle machine; this
 * leaves room for a 2-core machine shared with other jobs (cases run four at a time), and is
 * still far below what an unbounded input costs (an alias bomb: hours; a check timeout of 1h).
 */
const CASE_BOUND_MS = 30_000;
const BATCH = 4;

const TYPED_WORKFLOW = `name: typed deploy
on:
  workflow_dispatch:
    inputs:
      environment:
        type: choice
        options: [production, canary]
      version:
        required: true
      replicas:
        type: number
        required: false
      dry:
        type: boolean
        required: false
      token:
        type: string
        required: false
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
`;

/** A workflow that only deploys versions it lists (the preflight's placeholder 0.0.0 among them). */
const PINNED_WORKFLOW = `name: pinned deploy
on:
  workflow_dispatch:
    inputs:
      version:
        type: choice
        options: ['0.0.0', '1.4.0']
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
`;

/** 9 levels of 9 aliases: about 400 bytes standing for 9^9 nodes. */
function aliasBomb(prefix: string): string {
  const names = 'abcdefghi'.split('');
  return names
    .map((name, i) => `${prefix}&${name} [${Array(9).fill(i === 0 ? 'x' : `*${names[i - 1]}`).join(', ')}]`)
    .join('\n');
}

interface Case {
  name: string;
  inputs: Record<string, string>;
  /** The input the ::error line must be titled with. */
  input: string;
  /** Prepares the workspace (a fresh checkout) before the run. */
  setup?: (workspace: string) => void;
}

const URL = 'https://svc.example/healthz';
const outside = mkdtempSync(path.join(tmpdir(), 'ship-prod-outside-'));
const OUTSIDE_FILE = path.join(outside, 'secret.txt');
writeFileSync(OUTSIDE_FILE, 'outside content\n');

const relink = (workspace: string, file: string, to: string) => {
  rmSync(path.join(workspace, file), { force: true });
  symlinkSync(to, path.join(workspace, file));
};

const CASES: Case[] = [
  // Scalars
  { name: 'empty token', inputs: { 'github-token': '' }, input: 'github-token' },
  { name: 'token with a space', inputs: { 'github-token': 'ghs_a b' }, input: 'github-token' },
  { name: 'dry-run not a boolean', inputs: { 'dry-run': 'maybe' }, input: 'dry-run' },
  { name: 'dry-run empty', inputs: { 'dry-run': '' }, input: 'dry-run' },
  { name: 'release not a boolean', inputs: { release: 'yes' }, input: 'release' },
  { name: 'environment with a line break', inputs: { environment: 'prod\nstaging' }, input: 'environment' },
  { name: 'environment too long', inputs: { environment: 'e'.repeat(300) }, input: 'environment' },
  { name: 'staging-environment with a control character', inputs: { 'staging-environment': 'stag\u0007ing' }, input: 'staging-environment' },
  { name: 'ref with ..', inputs: { ref: 'main..x' }, input: 'ref' },
  { name: 'ref with a space', inputs: { ref: 'my branch' }, input: 'ref' },
  { name: 'state-file absolute', inputs: { 'state-file': '/etc/passwd' }, input: 'state-file' },
  { name: 'state-file outside', inputs: { 'state-file': '../state.yaml' }, input: 'state-file' },
  { name: 'report-file with ~', inputs: { 'report-file': '~/report.md' }, input: 'report-file' },
  { name: 'report-file a folder', inputs: { 'report-file': 'docs/' }, input: 'report-file' },
  { name: 'version-file outside', inputs: { 'version-file': '../package.json' }, input: 'version-file' },
  { name: 'changelog-file with a drive', inputs: { 'changelog-file': 'C:/CHANGELOG.md' }, input: 'changelog-file' },
  { name: 'checks-timeout in words', inputs: { 'checks-timeout': '5 minutes' }, input: 'checks-timeout' },
  { name: 'checks-timeout beyond 5 days', inputs: { 'checks-timeout': '200h' }, input: 'checks-timeout' },
  { name: 'version not semver', inputs: { version: 'one' }, input: 'version' },
  { name: 'version incomplete', inputs: { version: '1.2' }, input: 'version' },
  { name: 'bump unknown', inputs: { bump: 'huge' }, input: 'bump' },
  { name: 'bump in capitals', inputs: { bump: 'Minor' }, input: 'bump' },
  { name: 'preid with an empty part', inputs: { preid: 'rc..1' }, input: 'preid' },
  { name: 'preid with a leading zero', inputs: { preid: '01' }, input: 'preid' },
  { name: 'tag-prefix refs/tags/', inputs: { 'tag-prefix': 'refs/tags/' }, input: 'tag-prefix' },
  { name: 'tag-prefix with a ~', inputs: { 'tag-prefix': 'v~' }, input: 'tag-prefix' },
  { name: 'tag-prefix starting with -', inputs: { 'tag-prefix': '-v' }, input: 'tag-prefix' },
  { name: 'tag-prefix with ..', inputs: { 'tag-prefix': 'a..' }, input: 'tag-prefix' },
  { name: 'deploy-workflow without .yml', inputs: { 'deploy-workflow': 'deploy' }, input: 'deploy-workflow' },
  { name: 'deploy-workflow with a folder', inputs: { 'deploy-workflow': 'ci/deploy.yml' }, input: 'deploy-workflow' },
  { name: 'deploy-inputs line without =', inputs: { 'deploy-workflow': 'deploy.yml', 'deploy-inputs': 'ghp_pastedWithoutKey123' }, input: 'deploy-inputs' },
  { name: 'deploy-inputs bad key', inputs: { 'deploy-workflow': 'deploy.yml', 'deploy-inputs': '1x=2' }, input: 'deploy-inputs' },
  { name: 'deploy-inputs key twice', inputs: { 'deploy-workflow': 'deploy.yml', 'deploy-inputs': 'a=1\nA=2' }, input: 'deploy-inputs' },
  { name: 'deploy-inputs without deploy-workflow', inputs: { 'deploy-inputs': 'region=eu' }, input: 'deploy-inputs' },
  { name: 'deploy-branch with ..', inputs: { 'deploy-branch': 'prod..x' }, input: 'deploy-branch' },
  { name: 'deploy-timeout zero', inputs: { 'deploy-timeout': '0' }, input: 'deploy-timeout' },
  { name: 'rollback unknown', inputs: { rollback: 'sometimes' }, input: 'rollback' },
  { name: 'rollback-workflow not a file', inputs: { 'rollback-workflow': 'x' }, input: 'rollback-workflow' },
  { name: 'rollback-timeout zero', inputs: { 'rollback-timeout': '0s' }, input: 'rollback-timeout' },
  // Durations and thresholds
  { name: 'health-timeout in words', inputs: { 'health-timeout': 'five minutes' }, input: 'health-timeout' },
  { name: 'health-interval longer than health-timeout', inputs: { 'health-interval': '1h', 'health-timeout': '5m' }, input: 'health-interval' },
  { name: 'monitor-duration negative', inputs: { 'monitor-duration': '-1m' }, input: 'monitor-duration' },
  { name: 'monitor-interval longer than the window', inputs: { 'monitor-interval': '2m', 'monitor-duration': '1m' }, input: 'monitor-interval' },
  { name: 'error-rate-threshold in percent', inputs: { 'error-rate-threshold': '5%' }, input: 'error-rate-threshold' },
  { name: 'error-rate-threshold above 1', inputs: { 'error-rate-threshold': '2' }, input: 'error-rate-threshold' },
  { name: 'latency-threshold in words', inputs: { 'latency-threshold': 'fast' }, input: 'latency-threshold' },
  // Lists
  { name: 'required-checks mode mixed with names', inputs: { 'required-checks': 'all\nlint' }, input: 'required-checks' },
  { name: 'required-checks with list markers', inputs: { 'required-checks': '- lint' }, input: 'required-checks' },
  { name: 'health-urls not http', inputs: { 'health-urls': 'ftp://svc.example/' }, input: 'health-urls' },
  { name: 'health-urls with credentials', inputs: { 'health-urls': 'https://user:pw@svc.example/' }, input: 'health-urls' },
  // YAML list languages
  { name: 'gates not a list', inputs: { gates: 'not: a list' }, input: 'gates' },
  { name: 'gates without path', inputs: { gates: '- {name: qa}' }, input: 'gates' },
  { name: 'gates bad path', inputs: { gates: '- {name: qa, path: "a..b"}' }, input: 'gates' },
  { name: 'gates alias bomb', inputs: { gates: aliasBomb('- ') }, input: 'gates' },
  { name: 'health-checks not a list', inputs: { 'health-checks': `url: ${URL}` }, input: 'health-checks' },
  { name: 'health-checks bad method', inputs: { 'health-checks': `- {url: ${URL}, method: FETCH}` }, input: 'health-checks' },
  { name: 'health-checks status 700', inputs: { 'health-checks': `- {url: ${URL}, expect-status: 700}` }, input: 'health-checks' },
  { name: 'health-checks bad json path', inputs: { 'health-checks': `- {url: ${URL}, json: {path: "a..b", equals: ok}}` }, input: 'health-checks' },
  { name: 'health-checks bad regex', inputs: { 'health-checks': `- {url: ${URL}, body-matches: "("}` }, input: 'health-checks' },
  { name: 'health-checks alias bomb', inputs: { 'health-checks': aliasBomb('- ') }, input: 'health-checks' },
  { name: 'health-checks timeout beyond health-timeout', inputs: { 'health-checks': `- {url: ${URL}, timeout: 1h}`, 'health-timeout': '8s', 'health-interval': '2s' }, input: 'health-checks' },
  { name: 'metrics alias bomb', inputs: { metrics: aliasBomb('- '), 'monitor-duration': '1m' }, input: 'metrics' },
  { name: 'metrics unknown kind', inputs: { metrics: '- {name: e, kind: graphite, url: https://m.example, threshold: 1}', 'monitor-duration': '1m' }, input: 'metrics' },
  { name: 'metrics without a window', inputs: { metrics: '- {name: e, kind: json, url: https://m.example, path: a, threshold: 1}' }, input: 'metrics' },
  // Known only from the repository, still before the first write
  { name: 'environment not among the workflow choices', inputs: { 'deploy-workflow': 'typed.yml', environment: 'staging' }, input: 'environment' },
  { name: 'deploy-inputs not a number', inputs: { 'deploy-workflow': 'typed.yml', 'deploy-inputs': 'replicas=many' }, input: 'deploy-inputs' },
  { name: 'deploy-inputs not a boolean', inputs: { 'deploy-workflow': 'typed.yml', 'deploy-inputs': 'dry=perhaps' }, input: 'deploy-inputs' },
  { name: 'deploy-inputs undeclared', inputs: { 'deploy-workflow': 'typed.yml', 'deploy-inputs': 'region=eu-west-1' }, input: 'deploy-inputs' },
  { name: 'new version not among the workflow choices', inputs: { 'deploy-workflow': 'pinned.yml' }, input: 'deploy-workflow' },
  { name: 'version-file missing', inputs: { 'version-file': 'nope.json' }, input: 'version-file' },
  { name: 'version-file without a version', inputs: { 'version-file': 'notes.txt' }, input: 'version-file' },
  { name: 'version-file JSON without version', inputs: { 'version-file': 'meta.json' }, input: 'version-file' },
  { name: 'version below the current one', inputs: { version: '1.0.0' }, input: 'version' },
  { name: 'version whose tag git refuses', inputs: { version: '1.5.0-x.lock' }, input: 'version' },
  { name: 'state file over 1 MiB', inputs: {}, input: 'state-file', setup: (w) => writeFileSync(path.join(w, 'specs/001-checkout-redesign/state.yaml'), `# ${'x'.repeat(1_100_000)}\nphase: ship-prod\n`) },
  { name: 'state file alias bomb', inputs: {}, input: 'state-file', setup: (w) => writeFileSync(path.join(w, 'specs/001-checkout-redesign/state.yaml'), `bomb:\n${aliasBomb('  - ')}\n`) },
  // Symlinks out of the workspace
  { name: 'state file symlinked out', inputs: {}, input: 'state-file', setup: (w) => relink(w, 'specs/001-checkout-redesign/state.yaml', OUTSIDE_FILE) },
  { name: 'report file symlinked out', inputs: {}, input: 'report-file', setup: (w) => symlinkSync(OUTSIDE_FILE, path.join(w, 'specs/001-checkout-redesign/production-ship-report.md')) },
  { name: 'report file symlinked out, dry run', inputs: { 'dry-run': 'true' }, input: 'report-file', setup: (w) => symlinkSync(OUTSIDE_FILE, path.join(w, 'specs/001-checkout-redesign/production-ship-report.md')) },
  { name: 'changelog symlinked out', inputs: {}, input: 'changelog-file', setup: (w) => relink(w, 'CHANGELOG.md', OUTSIDE_FILE) },
  { name: 'package.json symlinked out', inputs: {}, input: 'version-file', setup: (w) => relink(w, 'package.json', OUTSIDE_FILE) },
  { name: 'package.json symlinked inside', inputs: {}, input: 'version-file', setup: (w) => relink(w, 'package.json', 'meta.json') },
  { name: 'a folder on the way symlinked out', inputs: { 'report-file': 'out/report.md' }, input: 'report-file', setup: (w) => symlinkSync(outside, path.join(w, 'out')) },
  // The newest inputs (round 3): version files, traffic steps, smoke checks, webhooks
  { name: 'version-files symlinked out', inputs: { 'version-files': 'VERSION.txt' }, input: 'version-files', setup: (w) => symlinkSync(OUTSIDE_FILE, path.join(w, 'VERSION.txt')) },
  { name: 'version-files through a folder symlinked out', inputs: { 'version-files': 'out/VERSION.txt' }, input: 'version-files', setup: (w) => symlinkSync(outside, path.join(w, 'out')) },
  { name: 'version-files symlinked out, dry run', inputs: { 'version-files': 'VERSION.txt', 'dry-run': 'true' }, input: 'version-files', setup: (w) => symlinkSync(OUTSIDE_FILE, path.join(w, 'VERSION.txt')) },
  { name: 'version-files symlinked inside', inputs: { 'version-files': 'meta-link.json' }, input: 'version-files', setup: (w) => symlinkSync('meta.json', path.join(w, 'meta-link.json')) },
  { name: 'version-files naming a folder', inputs: { 'version-files': 'specs' }, input: 'version-files' },
  { name: 'version-files missing', inputs: { 'version-files': 'nope.txt' }, input: 'version-files' },
  { name: 'version-files without the current version', inputs: { 'version-files': 'notes.txt#/(\\d+\\.\\d+)/' }, input: 'version-files' },
  { name: 'version-files regex without a group', inputs: { 'version-files': 'notes.txt#/v\\d+/' }, input: 'version-files' },
  { name: 'version-files outside', inputs: { 'version-files': '../x.json' }, input: 'version-files' },
  { name: 'traffic-steps with an empty step', inputs: { 'traffic-steps': '10,,100', 'traffic-command': 'true', 'health-urls': URL }, input: 'traffic-steps' },
  { name: 'traffic-steps 21 steps', inputs: { 'traffic-steps': Array.from({ length: 21 }, (_, i) => i + 80).join(','), 'traffic-command': 'true', 'health-urls': URL }, input: 'traffic-steps' },
  { name: 'traffic-steps descending', inputs: { 'traffic-steps': '50, 10, 100', 'traffic-command': 'true', 'health-urls': URL }, input: 'traffic-steps' },
  { name: 'traffic-steps not ending at 100', inputs: { 'traffic-steps': '10, 50', 'traffic-command': 'true', 'health-urls': URL }, input: 'traffic-steps' },
  { name: 'traffic-steps without traffic-command', inputs: { 'traffic-steps': '10, 100' }, input: 'traffic-steps' },
  { name: 'traffic-command without health checks', inputs: { 'traffic-command': 'true' }, input: 'traffic-command' },
  { name: 'smoke-checks without traffic-command', inputs: { 'smoke-checks': `- {url: ${URL}}` }, input: 'smoke-checks' },
  { name: 'smoke-checks alias bomb', inputs: { 'smoke-checks': aliasBomb('- '), 'traffic-command': 'true', 'health-urls': URL }, input: 'smoke-checks' },
  { name: 'notify-webhook not a URL', inputs: { 'notify-webhook': 'hooks.example/x' }, input: 'notify-webhook' },
  { name: 'notify-webhook with credentials', inputs: { 'notify-webhook': 'https://user:hushpass@hooks.example/x' }, input: 'notify-webhook' }
];

interface Observed {
  name: string;
  input: string;
  result: ShipResult;
}

let fx: ShipFixture;
const observed: Observed[] = [];

beforeAll(async () => {
  fx = await shipFixture({
    files: {
      '.github/workflows/typed.yml': TYPED_WORKFLOW,
      '.github/workflows/pinned.yml': PINNED_WORKFLOW,
      'notes.txt': 'Release notes live in the changelog.\n',
      'meta.json': '{\n  "name": "sample-service"\n}\n'
    }
  });
}, 60_000);

/**
 * Runs every case, at most BATCH at a time (a pool: the next case starts as soon as one ends).
 * Cases that change the workspace get a checkout of their own; the others share one (a refused
 * run writes at most its report file).
 */
async function runMatrix(): Promise<void> {
  const shared = fx.sample.checkout();
  let next = 0;
  const worker = async () => {
    while (next < CASES.length) {
      const c = CASES[next++]!;
      const workspace = c.setup ? fx.sample.checkout() : shared;
      c.setup?.(workspace);
      const result = await fx.ship(c.inputs, { workspace, timeoutMs: 60_000 });
      observed.push({ name: c.name, input: c.input, result });
    }
  };
  await Promise.all(Array.from({ length: BATCH }, worker));
}

afterAll(async () => {
  await fx.close();
  rmSync(outside, { recursive: true, force: true });
});

/** `::error title=<input>,...::` or `::error title=<input>::`, as @actions/core writes it. */
const errorTitled = (stdout: string, input: string): boolean =>
  stdout.split('\n').some((line) => line.startsWith('::error ') && new RegExp(`(^::error |,)title=${input.replace(/[-]/g, '\\-')}(,|::)`).test(line));

describe('the bad-input matrix', () => {
  beforeAll(runMatrix, 300_000);

  it(`has at least 60 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(observed).toHaveLength(CASES.length);
  });

  it.each(CASES.map((c) => [c.name]))('%s: blocked, exit 1, ::error naming the input, no write, in bounded time', (name) => {
    const o = observed.find((x) => x.name === name)!;
    const { result } = o;
    const verdict = {
      exit: result.code,
      status: result.outputs.status,
      errorNamesInput: errorTitled(result.stdout, o.input),
      // A refusal once the version is known comes after the environment lock was taken (and released).
      writes: writesBesideLock(result.writes).map((w) => `${w.method} ${w.path}`),
      withinBound: result.durationMs < CASE_BOUND_MS
    };
    const expected = { exit: 1, status: 'blocked', errorNamesInput: true, writes: [], withinBound: true };
    if (JSON.stringify(verdict) !== JSON.stringify(expected)) throw new Error(`${JSON.stringify(verdict)}\n${explain(result)}`);
    expect(verdict).toEqual(expected);
    // The summary says the same as the log.
    expect(result.summary).toContain(o.input);
  });

  it('leaves no environment lock behind', () => {
    expect(locksLeft(fx.sandbox)).toEqual([]);
  });

  it('the outside file was never written, read into a request, or replaced', () => {
    expect(readFileSync(OUTSIDE_FILE, 'utf8')).toBe('outside content\n');
    for (const { result } of observed) {
      for (const r of result.requests) expect(JSON.stringify(r.requestBody ?? '')).not.toContain('outside content');
    }
  });

  it('a dry run with the report file symlinked out writes nothing through the link', () => {
    const o = observed.find((x) => x.name === 'report file symlinked out, dry run')!;
    expect(o.result.stdout).toMatch(/::error title=report-file::.*leads outside the workspace through the symlink specs\/001-checkout-redesign\/production-ship-report\.md/);
    expect(readFileSync(OUTSIDE_FILE, 'utf8')).toBe('outside content\n');
    expect(o.result.stdout).toContain('Could not write the report file');
  });

  it('a symlinked package.json is refused, not committed as a regular file', () => {
    const o = observed.find((x) => x.name === 'package.json symlinked inside')!;
    expect(o.result.stdout).toMatch(/::error title=version-file::.*package\.json is a symlink \(to meta\.json\)/);
    expect(o.result.writes).toEqual([]);
  });

  it('version files through a symlink or naming a folder: blocked, the error names the input and the file', () => {
    const line = (name: string) => observed.find((x) => x.name === name)!.result.stdout.split('\n').filter((l) => l.startsWith('::error title=version-files'));
    expect(line('version-files symlinked out')).toEqual([expect.stringMatching(/::Input 'version-files': version-files VERSION\.txt leads outside the workspace through the symlink VERSION\.txt/)]);
    expect(line('version-files through a folder symlinked out')).toEqual([expect.stringMatching(/out\/VERSION\.txt leads outside the workspace through the symlink out,/)]);
    expect(line('version-files naming a folder')).toEqual([expect.stringMatching(/::Input 'version-files': specs is a folder, not a file/)]);
    expect(line('version-files symlinked inside')).toEqual([expect.stringMatching(/meta-link\.json is a symlink \(to meta\.json\)/)]);
    for (const o of observed) expect(o.result.stdout).not.toMatch(/EISDIR|The version stage failed/);
  });

  it('a webhook URL with credentials is refused without showing it', () => {
    const o = observed.find((x) => x.name === 'notify-webhook with credentials')!;
    expect(o.result.stdout).toMatch(/::error title=notify-webhook::Input 'notify-webhook' \(line 1\): has credentials in it/);
    expect(everythingShown(o.result)).not.toContain('hushpass');
  });

  it('no schema errors against the API description', () => {
    expect(fx.sandbox.schemaErrors()).toEqual([]);
  });

  it('reports the counts per criterion', () => {
    const count = (f: (o: Observed) => boolean) => observed.filter(f).length;
    const counts = {
      cases: observed.length,
      exitCode1: count((o) => o.result.code === 1),
      blocked: count((o) => o.result.outputs.status === 'blocked'),
      errorNamesInput: count((o) => errorTitled(o.result.stdout, o.input)),
      zeroWrites: count((o) => writesBesideLock(o.result.writes).length === 0),
      withinBound: count((o) => o.result.durationMs < CASE_BOUND_MS),
      maxMs: Math.max(...observed.map((o) => o.result.durationMs)),
      slowest: [...observed].sort((a, b) => b.result.durationMs - a.result.durationMs).slice(0, 3).map((o) => `${o.name}: ${o.result.durationMs} ms`)
    };
    process.stdout.write(`hostile-input matrix: ${JSON.stringify(counts)}\n`);
    expect(counts).toMatchObject({
      exitCode1: counts.cases,
      blocked: counts.cases,
      errorNamesInput: counts.cases,
      zeroWrites: counts.cases,
      withinBound: counts.cases
    });
  });
});

describe('symlinks, secrets and untrusted text', () => {
  it('deploy-inputs values are sent in the dispatch only: never in the log, summary, report, report-json or outputs', async () => {
    const secret = 'tok-9f8e7d6c5b4a3210';
    const workspace = fx.sample.checkout();
    // typed.yml is added in this release, so a rollback could not dispatch it at v1.4.0 (that blocks):
    // this ship has no rollback, which is beside the point here.
    const result = await fx.ship({ 'deploy-workflow': 'typed.yml', 'deploy-inputs': `token=${secret}\nreplicas=3`, 'deploy-timeout': '30s', rollback: 'never' }, { workspace });
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 0, status: 'shipped' });
    const runs = dispatchedRuns(fx.sandbox.state);
    expect(runs.at(-1)?.inputs).toMatchObject({ token: secret, replicas: '3', environment: 'production' });
    // The runner masks what core.setSecret registered; everything else must not carry the value at all.
    expect(result.stdout).toContain(`::add-mask::${secret}`);
    expect(everythingShown(result)).not.toContain(secret);
    const report = readFileSync(path.join(workspace, result.outputs['report-file']!), 'utf8');
    expect(report).not.toContain(secret);
    expect(report).toContain("-f token='***'");
    expect(result.outputs['report-json']).toContain('"token":"***"');
    expect(result.stdout).toMatch(/dispatching typed\.yml at v1\.5\.0 with inputs .*"token":"\*\*\*"/);
  });

  it('repository text forms no link, image or HTML in the summary or the report', async () => {
    const evil = '[click](https://evil.example/phish) ![pixel](https://evil.example/p.png) <img src=https://evil.example/i> www.evil.example';
    const linked = await shipFixture({
      message: `feat: ${evil}`,
      stagingStatus: `"${evil.replace(/"/g, '\\"')}"`
    });
    try {
      const workspace = linked.sample.checkout();
      // The staging gate accepts the state file's (hostile) value, so the dry run goes on to plan the version.
      const gates = `- {name: staging-validation, accept: ['${evil}']}`;
      const result = await linked.ship({ 'dry-run': 'true', environment: evil, gates }, { workspace });
      if (result.outputs.status !== 'dry-run') throw new Error(explain(result));
      const report = readFileSync(path.join(workspace, result.outputs['report-file']!), 'utf8');
      for (const markdown of [result.summary, report]) {
        expect(markdown).toContain('evil');
        expect(liveLinks(markdown).filter((l) => l.includes('evil'))).toEqual([]);
      }
    } finally {
      await linked.close();
    }
  });
});

/**
 * The links, images, autolinks and HTML tags a GFM renderer would make of `markdown`: code spans
 * and fenced blocks left out (they show text), then `[..](..)`, `<http..>`, `<tag`, bare
 * `http(s)://` and `www.` that are not escaped.
 */
function liveLinks(markdown: string): string[] {
  const prose = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '');
  const found: string[] = [];
  for (const re of [/(?<!\\)\[[^\]\n]*(?<!\\)\]\([^)\s]*\)/g, /<(?:https?:|[a-z][a-z0-9-]*[\s>/])[^>\n]*>?/gi, /\bhttps?:\/\/\S+/gi, /(?:^|[\s(*_~])www\.\S+/gi]) {
    for (const m of prose.matchAll(re)) found.push(m[0]);
  }
  return found;
}
