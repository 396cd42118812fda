/**
 * The YAML examples of the README and the docs/ pages, taken out of them and run: every example's inputs go through
 * the action's input parser (a workflow example through the `with:` of its ship-prod step), and
 * the gates example runs through a dry run of the bundled action against the sandbox. An example
 * that stops working fails here, not for the next person who copies it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { INPUT_NAMES, readSettings } from '../../src/config/inputs.js';
import { shipFixture, type ShipFixture } from '../helpers/e2e.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** README.md, then every docs/ page: where the examples are. */
const PAGES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

interface Example {
  /** The page it is in. */
  page: string;
  /** 1-based line of the opening fence. */
  line: number;
  text: string;
}

/** Every ```yaml block of a page (a block with more in its info string, a state file, is not an input). */
function yamlExamples(page: string): Example[] {
  const markdown = readFileSync(path.join(ROOT, page), 'utf8');
  const out: Example[] = [];
  const fence = /^```ya?ml[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const m of markdown.matchAll(fence)) out.push({ page, line: markdown.slice(0, m.index).split('\n').length, text: m[1]! });
  return out;
}

/** `${{ secrets.HEALTH_TOKEN }}` and the like, as a runner would have expanded them. */
function expand(value: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return 'ghs_readmeExampleToken';
    const name = expr.replace(/[^A-Za-z0-9]+/g, '-');
    // A secret named as a URL or webhook stands for one, as it would on a runner.
    return /(URL|WEBHOOK)$/i.test(expr) ? `https://hooks.example.com/${name}` : `example-${name}`;
  });
}

/** The `with:` inputs of an example: the ship-prod step of a workflow, or the example itself. */
function inputsOf(example: Example): Record<string, string> {
  type Step = { uses?: string; with?: Record<string, unknown> };
  const doc = parseYaml(example.text) as Record<string, unknown> | Step[];
  let given = doc as Record<string, unknown>;
  // A whole workflow, or a list of steps: the inputs are the ship-prod step's `with`.
  const steps = Array.isArray(doc) ? doc : doc.jobs ? Object.values(doc.jobs as Record<string, { steps?: Step[] }>).flatMap((j) => j.steps ?? []) : undefined;
  if (steps) {
    const step = steps.find((s) => /\/ship-prod@/.test(s.uses ?? ''));
    if (!step) throw new Error(`${example.page} line ${example.line}: a workflow example without a ship-prod step`);
    given = step.with ?? {};
  }
  return Object.fromEntries(Object.entries(given).map(([k, v]) => [k, expand(typeof v === 'string' ? v : JSON.stringify(v))]));
}

const EXAMPLES = PAGES.flatMap(yamlExamples);

describe('README and docs/ examples', () => {
  it('there are examples to run (the usage workflow, gates, deploy, metrics, version-files, waves)', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    const keys = EXAMPLES.flatMap((e) => Object.keys(inputsOf(e)));
    expect(keys).toEqual(expect.arrayContaining(['gates', 'deploy-workflow', 'metrics', 'version-files', 'health-checks', 'waves']));
  });

  it('the README has the usage workflow among them', () => {
    expect(EXAMPLES.filter((e) => e.page === 'README.md' && /^jobs:/m.test(e.text))).toHaveLength(1);
  });

  it.each(EXAMPLES.map((e) => [e.page, e.line, e] as const))('the example in %s at line %d parses as inputs of the action', (_page, _line, example) => {
    const inputs = inputsOf(example);
    const unknown = Object.keys(inputs).filter((name) => !(INPUT_NAMES as readonly string[]).includes(name));
    expect(unknown).toEqual([]);
    // Inputs the example leaves out take action.yml's defaults, as on a runner; a monitoring
    // window is assumed where an example reads metrics in one.
    const context: Record<string, string> = { 'github-token': 'ghs_readmeExampleToken', ...(inputs.metrics ? { 'monitor-duration': '10m' } : {}) };
    expect(() => readSettings((name) => inputs[name] ?? context[name])).not.toThrow();
  });
});

describe('the gates example of docs/gates.md, through a dry run of the bundled action', () => {
  const example = EXAMPLES.find((e) => e.page === 'docs/gates.md' && 'gates' in inputsOf(e))!;
  const gates = inputsOf(example).gates!;
  const fixtures: ShipFixture[] = [];
  afterAll(async () => {
    for (const fx of fixtures) expect(fx.sandbox.schemaErrors()).toEqual([]);
    await Promise.all(fixtures.map((fx) => fx.close()));
  });

  const stateFile = (staging: string, qa: string) =>
    `current_phase: ship-prod\nworkflow:\n  manual_gates:\n    qa: ${qa}\nmanual_gates:\n  validate_staging: ${staging}\nquality_gates:\n  rollback:\n    status: passed\n`;

  it.each([
    ['an approved feature', 'approved', 'approved', 'dry-run'],
    ['a direct-to-production feature (not_applicable), as the example says', 'not_applicable', 'approved', 'dry-run'],
    ['a feature without QA sign-off', 'approved', 'pending', 'blocked']
  ])('%s: staging %s, qa %s → %s', async (_what, staging, qa, status) => {
    const fx = await shipFixture({ files: { 'specs/001-checkout-redesign/state.yaml': stateFile(staging, qa) } });
    fixtures.push(fx);
    const result = await fx.ship({ 'dry-run': 'true', gates });
    expect(result.outputs.status).toBe(status);
    expect(result.writes).toEqual([]);
    const verdicts = (JSON.parse(result.outputs['report-json']!) as { gates: Array<{ name: string; passed: boolean; found: string; where: string }> }).gates;
    // The replaced built-in kept its paths: it found the value under a built-in spelling.
    expect(verdicts.find((g) => g.name === 'staging-validation')).toMatchObject({ passed: true, found: staging });
    expect(verdicts.find((g) => g.name === 'qa-signed-off')).toMatchObject({ passed: qa === 'approved', found: qa });
  }, 60_000);
});
