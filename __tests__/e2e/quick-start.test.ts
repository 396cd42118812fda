/**
 * The README's quick start, followed as a new team would, against the sandbox: the minimal state
 * file and the Usage workflow's ship-prod step are taken out of README.md itself (its fenced
 * blocks), a repository is set up with that state file and the other prerequisites the README
 * lists (a version file and a previous release, a successful staging deployment of the commit, a
 * deploy workflow declaring the inputs ship-prod sends, production running the previous version),
 * then the bundled action runs a dry run and a ship with the README's inputs. A README that drifts
 * from what works fails here.
 *
 * What a runner would supply, and the test supplies instead (every expression of the step must be
 * listed in EXPRESSIONS, or the test fails naming it):
 *   ${{ inputs.ref }}            the workflow_dispatch input: the sample's commit validated on staging
 *   ${{ secrets.HEALTH_TOKEN }}  a repository secret: QUICK_START_SECRET
 *   ${{ github.token }}          the job's token: the sandbox's token
 * Two more mappings, of literals rather than expressions:
 *   the health checks' https:// origins (the team's production) -> the demo service on 127.0.0.1,
 *     which answers with the version production runs;
 *   time: every `*-duration` / `*-timeout` / `*-interval` input of the block is divided by
 *     TIME_DIVISOR (10m -> 1s), and the probe intervals the block leaves at their defaults (10s,
 *     30s) are given as 250ms, so the ship takes seconds; nothing else is changed or added.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseDuration } from '../../src/config/durations.js';
import { startDemoService, type DemoService } from '../../sandbox/demo/service.js';
import { addDeployment } from '../../sandbox/github/handlers/deployments.js';
import { everythingShown, explain, shipFixture, TOKEN, type ShipFixture } from '../helpers/e2e.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface Block {
  info: string;
  text: string;
}
/** Every fenced block of the README, with its info string. */
const BLOCKS: Block[] = [...README.matchAll(/^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({ info: m[1]!.trim(), text: m[2]! }));

/** The minimal state file: the ```yaml block whose info string names the file. */
function stateFileBlock(): { path: string; text: string } {
  const found = BLOCKS.map((b) => ({ m: /^ya?ml\s+title="([^"]+)"$/.exec(b.info), text: b.text })).filter((b) => b.m);
  expect(found).toHaveLength(1);
  return { path: found[0]!.m![1]!, text: found[0]!.text };
}

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { environment?: string; steps?: Step[] };
/** The Usage workflow (the README's one whole workflow) and its ship-prod step. */
function usageStep(): { workflow: { jobs: Record<string, Job> }; job: Job; step: Step } {
  const workflows = BLOCKS.filter((b) => /^ya?ml$/.test(b.info) && /^jobs:/m.test(b.text));
  expect(workflows).toHaveLength(1);
  const workflow = parseYaml(workflows[0]!.text) as { jobs: Record<string, Job> };
  for (const job of Object.values(workflow.jobs)) {
    const step = job.steps?.find((s) => /\/ship-prod@/.test(s.uses ?? ''));
    if (step) return { workflow, job, step };
  }
  throw new Error('README Usage workflow: no ship-prod step');
}

const QUICK_START_SECRET = 'quick-start-health-token-31337';
const TIME_DIVISOR = 600;
const SHORT_INTERVALS = { 'health-interval': '250ms', 'monitor-interval': '250ms' };

/** The step's `with:` as a runner would have expanded it (see the mapping above). */
function expandInputs(given: Record<string, unknown>, sha: string, productionUrl: string): Record<string, string> {
  const EXPRESSIONS: Record<string, string> = { 'inputs.ref': sha, 'secrets.HEALTH_TOKEN': QUICK_START_SECRET, 'github.token': TOKEN };
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(given)) {
    let value = String(raw).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
      if (!(expr in EXPRESSIONS)) throw new Error(`README Usage block: \${{ ${expr} }} in '${name}' has no mapping in quick-start.test.ts`);
      return EXPRESSIONS[expr]!;
    });
    if (name === 'health-checks' || name === 'health-urls') value = value.replace(/https:\/\/[^/\s]+/g, productionUrl);
    if (/-(duration|timeout|interval)$/.test(name)) value = `${Math.max(1, Math.round(parseDuration(value) / TIME_DIVISOR))}ms`;
    out[name] = value;
  }
  return out;
}

let fx: ShipFixture;
let service: DemoService;
const state = stateFileBlock();
const usage = usageStep();

beforeAll(async () => {
  // The sample's own state file goes; the README's takes its place (the only one, found by `auto`).
  fx = await shipFixture({ files: { 'specs/001-checkout-redesign/state.yaml': null, [state.path]: state.text } });
  service = await startDemoService({ state: fx.sandbox.state, environment: usage.job.environment ?? 'production', initialVersion: fx.sample.previousVersion });
});
afterAll(async () => {
  expect(fx.sandbox.schemaErrors()).toEqual([]);
  await service.close();
  await fx.close();
});

describe("the README's quick start", () => {
  it('has what the test reads: a state file, a Usage step with the published `uses:` form, a deploy workflow the sample has', () => {
    expect(state.path).toMatch(/^(specs|epics)\/[^/]+\/(state\.yaml|workflow-state\.ya?ml|workflow-state\.json)$/);
    expect(usage.step.uses).toMatch(/^[\w.-]+\/ship-prod@v\d+$/);
    expect(usage.step.with).toEqual(expect.objectContaining({ 'deploy-workflow': expect.any(String), 'staging-environment': expect.any(String) }));
    expect(fx.sample.git(['ls-tree', '--name-only', fx.sample.sha, `.github/workflows/${String(usage.step.with!['deploy-workflow'])}`]).trim()).not.toBe('');
  });

  it('a dry run with the Usage inputs ends dry-run and writes nothing', async () => {
    const inputs = expandInputs(usage.step.with ?? {}, fx.sample.sha, service.url);
    // Prerequisite: the commit's successful deployment to the staging environment the block names.
    addDeployment(fx.sandbox.state, { sha: fx.sample.sha, environment: inputs['staging-environment']! });
    const result = await fx.ship({ ...SHORT_INTERVALS, ...inputs, 'dry-run': 'true' });
    if (result.outputs.status !== 'dry-run') throw new Error(explain(result));
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 0, status: 'dry-run' });
    expect(result.writes).toEqual([]);
    const gates = (JSON.parse(result.outputs['report-json']!) as { gates: Array<{ name: string; passed: boolean; where: string }> }).gates;
    // The README's state file decided the built-in gates.
    expect(gates.filter((g) => g.name === 'staging-validation' || g.name === 'rollback-proven')).toEqual([
      expect.objectContaining({ name: 'staging-validation', passed: true, where: expect.stringContaining(state.path) }),
      expect.objectContaining({ name: 'rollback-proven', passed: true, where: expect.stringContaining(state.path) })
    ]);
    expect(gates.every((g) => g.passed)).toBe(true);
  }, 60_000);

  it('then the ship with the same inputs ends shipped: deployed, healthy, released', async () => {
    const inputs = expandInputs(usage.step.with ?? {}, fx.sample.sha, service.url);
    const result = await fx.ship({ ...SHORT_INTERVALS, ...inputs });
    if (result.outputs.status !== 'shipped') throw new Error(explain(result));
    expect({ code: result.code, status: result.outputs.status, health: result.outputs.health }).toEqual({ code: 0, status: 'shipped', health: 'passed' });
    expect(service.version()).toBe(result.outputs.version);
    expect(result.outputs['deploy-run-id']).toMatch(/^\d+$/);
    expect(result.outputs['previous-version']).toBe(fx.sample.previousVersion);
    // The secret header went out but is shown nowhere.
    expect(everythingShown(result)).not.toContain(QUICK_START_SECRET);
  }, 120_000);
});
