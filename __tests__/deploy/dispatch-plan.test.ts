import { describe, expect, test } from '@jest/globals';
import {
  buildDispatchInputs,
  inputTypeProblem,
  CORRELATION_INPUTS,
  declaredDispatchInputs,
  MAX_DISPATCH_INPUTS,
  pickDispatchedRun,
  type DeclaredInput,
  type DeclaredInputs,
  type RunCandidate,
  type ShipFacts,
  type WorkflowParse
} from '../../src/deploy/dispatch-plan.js';

const PATH = '.github/workflows/deploy.yml';
const NO_DISPATCH = `${PATH} has no workflow_dispatch trigger, so it cannot be dispatched; add \`on: workflow_dispatch\``;

const DEPLOY_WORKFLOW = `name: Deploy
on:
  push:
    branches: [main]
  workflow_dispatch:
    inputs:
      version:
        description: Version to deploy
        required: true
        type: string
      environment:
        type: environment
        required: true
      mode:
        type: choice
        options: [fast, safe]
        default: fast
      replicas:
        type: number
        options: [1, 3]
      dry_run:
        type: boolean
        default: false
      empty_default:
        default: ''
      note:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ inputs.version }}"
`;

describe('declaredDispatchInputs', () => {
  test('a normal workflow: every input with required, default, type and options', () => {
    expect(declaredDispatchInputs(PATH, DEPLOY_WORKFLOW)).toEqual({
      ok: true,
      inputs: {
        version: { required: true, hasDefault: false, type: 'string' },
        environment: { required: true, hasDefault: false, type: 'environment' },
        mode: { required: false, hasDefault: true, type: 'choice', options: ['fast', 'safe'] },
        replicas: { required: false, hasDefault: false, type: 'number', options: ['1', '3'] },
        dry_run: { required: false, hasDefault: true, type: 'boolean' },
        empty_default: { required: false, hasDefault: true, type: 'string' },
        note: { required: false, hasDefault: false, type: 'string' }
      }
    });
  });

  test.each([
    ['`on: workflow_dispatch` as a string', 'on: workflow_dispatch\njobs: {}\n'],
    ['`on:` as a list', 'on: [push, workflow_dispatch]\n'],
    ['`on:` as a block list', 'on:\n  - push\n  - workflow_dispatch\n'],
    ['workflow_dispatch with a null value', 'on:\n  push:\n  workflow_dispatch:\n'],
    ['workflow_dispatch with null inputs', 'on:\n  workflow_dispatch:\n    inputs:\n'],
    ['workflow_dispatch with empty inputs', 'on:\n  workflow_dispatch:\n    inputs: {}\n'],
    ['a quoted "on" key', '"on":\n  workflow_dispatch: {}\n'],
    ['a `true` key (how YAML 1.1 writers spell on)', 'true:\n  workflow_dispatch:\n']
  ] as Array<[string, string]>)('%s: dispatchable, no inputs', (_name, text) => {
    expect(declaredDispatchInputs(PATH, text)).toEqual({ ok: true, inputs: {} });
  });

  test.each([
    ['`on: [push]`', 'on: [push]\n'],
    ['`on: push`', 'on: push\n'],
    ['only push and pull_request', 'on:\n  push:\n  pull_request:\n'],
    ['workflow_call only', 'on:\n  workflow_call:\n    inputs:\n      version: { type: string }\n'],
    ['no on key at all', 'name: x\njobs: {}\n'],
    ['an empty file', ''],
    ['a comment only', '# nothing here\n'],
    ['a scalar document', 'just text\n'],
    ['a list document', '- on\n- workflow_dispatch\n'],
    ['`on:` with no value', 'on:\n'],
    ['`on:` a number', 'on: 5\n'],
    ['`on:` a boolean', 'on: true\n']
  ] as Array<[string, string]>)('%s: not dispatchable, with the reason', (_name, text) => {
    expect(declaredDispatchInputs(PATH, text)).toEqual({ ok: false, reason: NO_DISPATCH });
  });

  test('a missing file (null): says it does not exist at the shipped commit', () => {
    expect(declaredDispatchInputs(PATH, null)).toEqual({ ok: false, reason: `${PATH} does not exist at the shipped commit` });
  });

  test.each([
    ['an unclosed flow sequence', 'on:\n  push:\n    branches: [main\n  workflow_dispatch:\n', '4:3'],
    ['an unclosed quote', 'name: "deploy\non: workflow_dispatch\n', '3:1'],
    ['a tab used as indentation', 'on:\n\tworkflow_dispatch:\n', '2:1']
  ] as Array<[string, string, string]>)('a YAML error (%s): path:line:col in the reason', (_name, text, at) => {
    const parsed = declaredDispatchInputs(PATH, text);
    expect(parsed.ok).toBe(false);
    const reason = (parsed as Extract<WorkflowParse, { ok: false }>).reason;
    expect(reason.startsWith(`${PATH}:${at} does not parse: `)).toBe(true);
    expect(reason).not.toContain('\n');
    expect(reason.length).toBeGreaterThan(`${PATH}:${at} does not parse: `.length);
  });

  test('duplicate keys do not parse (a workflow GitHub would refuse)', () => {
    const parsed = declaredDispatchInputs(PATH, 'on:\n  workflow_dispatch:\n    inputs:\n      a: {}\n      a: {}\n');
    expect(parsed.ok).toBe(false);
    expect((parsed as Extract<WorkflowParse, { ok: false }>).reason).toMatch(/^\.github\/workflows\/deploy\.yml:\d+:\d+ does not parse: .*unique/);
  });

  test('odd input specs: required only when exactly true, type only when a string', () => {
    const text = [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      "      a: { required: 'true' }",
      '      b: { required: false, type: 5 }',
      '      c: { default: null }',
      '      d: { options: not-a-list }',
      '      e: { type: choice, options: [true, 2, x] }'
    ].join('\n');
    expect(declaredDispatchInputs(PATH, text)).toEqual({
      ok: true,
      inputs: {
        a: { required: false, hasDefault: false, type: 'string' },
        b: { required: false, hasDefault: false, type: 'string' },
        c: { required: false, hasDefault: true, type: 'string' },
        d: { required: false, hasDefault: false, type: 'string' },
        e: { required: false, hasDefault: false, type: 'choice', options: ['true', '2', 'x'] }
      }
    });
  });
});

const FACTS: ShipFacts = {
  version: '1.4.0',
  tag: 'v1.4.0',
  environment: 'production',
  sha: 'f00dfacefeedbeef0123456789abcdef01234567',
  deployment_id: '987',
  ship_id: 'ship-123-1'
};
const WF = 'deploy.yml';

function input(over: Partial<DeclaredInput> = {}): DeclaredInput {
  return { required: false, hasDefault: false, type: 'string', ...over };
}

function declared(...names: string[]): DeclaredInputs {
  return Object.fromEntries(names.map((n) => [n, input()]));
}

describe('buildDispatchInputs', () => {
  test('no inputs declared, nothing extra: nothing sent, no problems', () => {
    expect(buildDispatchInputs(WF, {}, FACTS, {})).toEqual({ inputs: {}, passed: [], correlation: undefined, problems: [], problemInputs: [] });
  });

  test('every fact passed when declared, in fact order, under its own name', () => {
    const result = buildDispatchInputs(WF, declared('sha', 'deployment_id', 'environment', 'tag', 'version'), FACTS, {});
    expect(result).toEqual({
      inputs: { version: '1.4.0', tag: 'v1.4.0', environment: 'production', sha: FACTS.sha, deployment_id: '987' },
      passed: ['version', 'tag', 'environment', 'sha', 'deployment_id'],
      correlation: undefined,
      problems: [],
      problemInputs: []
    });
  });

  test('facts are passed only where declared', () => {
    const result = buildDispatchInputs(WF, declared('version', 'image'), FACTS, { image: 'ghcr.io/o/r:1.4.0' });
    expect(result.inputs).toEqual({ version: '1.4.0', image: 'ghcr.io/o/r:1.4.0' });
    expect(result.passed).toEqual(['version']);
    expect(result.problems).toEqual([]);
  });

  test.each([
    [['ship_id'], 'ship_id'],
    [['correlation_id'], 'correlation_id'],
    [['distinct_id'], 'distinct_id'],
    [['distinct_id', 'correlation_id'], 'correlation_id'],
    [['distinct_id', 'correlation_id', 'ship_id'], 'ship_id'],
    [['version', 'distinct_id'], 'distinct_id']
  ] as Array<[string[], string]>)('declared %j: the ship id goes to %s only', (names, expected) => {
    const result = buildDispatchInputs(WF, declared(...names), FACTS, {});
    expect(result.correlation).toBe(expected);
    expect(result.inputs[expected]).toBe('ship-123-1');
    for (const other of CORRELATION_INPUTS.filter((n) => n !== expected)) expect(result.inputs).not.toHaveProperty(other);
    expect(result.passed[result.passed.length - 1]).toBe(expected);
    expect(result.problems).toEqual([]);
  });

  test('the correlation names, first to last', () => {
    expect([...CORRELATION_INPUTS]).toEqual(['ship_id', 'correlation_id', 'distinct_id']);
  });

  test('an undeclared deploy-inputs key: a problem naming the key, the workflow and the declared names; not sent', () => {
    const result = buildDispatchInputs(WF, declared('version', 'region'), FACTS, { regoin: 'eu' });
    expect(result.problems).toEqual([
      "Input 'deploy-inputs': key 'regoin' is not an input of deploy.yml (it declares 'version', 'region'); GitHub would refuse the dispatch"
    ]);
    expect(result.inputs).toEqual({ version: '1.4.0' });
  });

  test('an undeclared key when nothing is declared says so', () => {
    expect(buildDispatchInputs(WF, {}, FACTS, { region: 'eu' }).problems).toEqual([
      "Input 'deploy-inputs': key 'region' is not an input of deploy.yml (it declares no inputs); GitHub would refuse the dispatch"
    ]);
  });

  test.each([['toString'], ['constructor'], ['hasOwnProperty'], ['valueOf']] as Array<[string]>)(
    'a deploy-inputs key named like an Object property (%s) is still undeclared',
    (key) => {
      const result = buildDispatchInputs(WF, declared('version'), FACTS, { [key]: 'x' });
      expect(result.problems).toEqual([
        `Input 'deploy-inputs': key '${key}' is not an input of deploy.yml (it declares 'version'); GitHub would refuse the dispatch`
      ]);
      expect(Object.keys(result.inputs)).toEqual(['version']);
    }
  );

  test('every undeclared key is reported, not just the first', () => {
    expect(buildDispatchInputs(WF, declared('a'), FACTS, { x: '1', a: '2', y: '3' }).problems).toHaveLength(2);
  });

  test('an option not in options: a problem listing the options (the value is still what was asked)', () => {
    const decl: DeclaredInputs = { mode: input({ type: 'choice', options: ['fast', 'safe'] }) };
    const result = buildDispatchInputs(WF, decl, FACTS, { mode: 'reckless' });
    expect(result.problems).toEqual(["Input 'deploy-inputs': the value of mode (hidden) is not one of deploy.yml's options for 'mode' (fast, safe)"]);
    expect(buildDispatchInputs(WF, decl, FACTS, { mode: 'safe' })).toEqual({
      inputs: { mode: 'safe' },
      passed: [],
      correlation: undefined,
      problems: [],
      problemInputs: []
    });
  });

  test('option values compare exactly (case matters)', () => {
    const decl: DeclaredInputs = { mode: input({ type: 'choice', options: ['fast', 'safe'] }) };
    expect(buildDispatchInputs(WF, decl, FACTS, { mode: 'Fast' }).problems).toHaveLength(1);
  });

  test('a deploy-inputs value for a declared fact overrides the fact', () => {
    const result = buildDispatchInputs(WF, declared('version'), FACTS, { version: '1.4.0-hotfix' });
    expect(result.inputs).toEqual({ version: '1.4.0-hotfix' });
    expect(result.problems).toEqual([]);
  });

  test.each([
    ['required, no default, not given', { region: input({ required: true }) }, {}, ["deploy.yml requires the input 'region', which ship-prod does not provide: add `region=...` to deploy-inputs"]],
    ['required with a default, not given', { region: input({ required: true, hasDefault: true }) }, {}, []],
    ['required, no default, given in deploy-inputs', { region: input({ required: true }) }, { region: 'eu' }, []],
    ['required, no default, a ship fact', { version: input({ required: true }) }, {}, []],
    ['required, no default, the correlation input', { distinct_id: input({ required: true }) }, {}, []],
    ['optional, not given', { region: input() }, {}, []]
  ] as Array<[string, DeclaredInputs, Record<string, string>, string[]]>)('%s', (_name, decl, extra, problems) => {
    expect(buildDispatchInputs(WF, decl, FACTS, extra).problems).toEqual(problems);
  });

  test('a required input named like an Object property is still missing', () => {
    expect(buildDispatchInputs(WF, { constructor: input({ required: true }) }, FACTS, {}).problems).toEqual([
      "deploy.yml requires the input 'constructor', which ship-prod does not provide: add `constructor=...` to deploy-inputs"
    ]);
  });

  test(`at most ${MAX_DISPATCH_INPUTS} inputs: 25 is fine, 26 is a problem`, () => {
    expect(MAX_DISPATCH_INPUTS).toBe(25);
    const names = Array.from({ length: 26 }, (_, i) => `in${i}`);
    const extra = Object.fromEntries(names.map((n) => [n, 'x']));
    const at25 = buildDispatchInputs(WF, declared(...names.slice(0, 25)), FACTS, Object.fromEntries(names.slice(0, 25).map((n) => [n, 'x'])));
    expect(at25.problems).toEqual([]);
    const at26 = buildDispatchInputs(WF, declared(...names), FACTS, extra);
    expect(at26.problems).toEqual(['deploy.yml would get 26 inputs; GitHub takes at most 25']);
  });

  test('facts and the correlation input count toward the limit', () => {
    const extraNames = Array.from({ length: 20 }, (_, i) => `in${i}`);
    const decl = declared('version', 'tag', 'environment', 'sha', 'deployment_id', 'ship_id', ...extraNames);
    const result = buildDispatchInputs(WF, decl, FACTS, Object.fromEntries(extraNames.map((n) => [n, 'x'])));
    expect(Object.keys(result.inputs)).toHaveLength(26);
    expect(result.problems).toEqual(['deploy.yml would get 26 inputs; GitHub takes at most 25']);
  });

  test('declared inputs that are neither facts nor given are not sent (their defaults apply)', () => {
    const result = buildDispatchInputs(WF, { mode: input({ hasDefault: true }), note: input() }, FACTS, {});
    expect(result.inputs).toEqual({});
  });

  test('declared inputs of a parsed workflow', () => {
    const parsed = declaredDispatchInputs(PATH, DEPLOY_WORKFLOW);
    if (!parsed.ok) throw new Error(parsed.reason);
    const result = buildDispatchInputs(PATH, parsed.inputs, FACTS, { replicas: '2' });
    expect(result.inputs).toEqual({ version: '1.4.0', environment: 'production', replicas: '2' });
    expect(result.passed).toEqual(['version', 'environment']);
    expect(result.problems).toEqual([`Input 'deploy-inputs': the value of replicas (hidden) is not one of ${PATH}'s options for 'replicas' (1, 3)`]);
  });
});

describe('pickDispatchedRun', () => {
  const DISPATCHED = Date.parse('2024-05-01T12:00:00Z');
  const SKEW = 30_000;
  const at = (offsetMs: number) => new Date(DISPATCHED + offsetMs).toISOString();
  const run = (id: number, offsetMs: number, displayTitle = 'Deploy'): RunCandidate => ({ id, createdAt: at(offsetMs), displayTitle });
  const opts = (knownBefore: number[] = []) => ({ knownBefore: new Set(knownBefore), dispatchedAtMs: DISPATCHED, skewMs: SKEW, shipId: 'ship-123-1' });

  test('no runs: undefined', () => {
    expect(pickDispatchedRun([], opts())).toBeUndefined();
  });

  test('a single fresh run is ours', () => {
    const r = run(1, 2_000);
    expect(pickDispatchedRun([r], opts())).toBe(r);
  });

  test('runs known before the dispatch are ignored, however fresh or well titled', () => {
    expect(pickDispatchedRun([run(1, 5_000, 'Deploy ship-123-1')], opts([1]))).toBeUndefined();
    const ours = run(2, 6_000);
    expect(pickDispatchedRun([run(1, 1_000, 'Deploy ship-123-1'), ours], opts([1]))).toBe(ours);
  });

  test.each([
    ['created well before the dispatch', -60_000, false],
    ['created just outside the skew', -SKEW - 1, false],
    ['created exactly at the skew', -SKEW, true],
    ['created slightly before the dispatch, within skew', -5_000, true],
    ['created at the dispatch', 0, true],
    ['created after the dispatch', 10_000, true]
  ] as Array<[string, number, boolean]>)('a run %s: %s', (_name, offset, picked) => {
    const r = run(9, offset);
    expect(pickDispatchedRun([r], opts())).toBe(picked ? r : undefined);
  });

  test('an old run titled with the ship id is still too old', () => {
    expect(pickDispatchedRun([run(1, -SKEW - 1_000, 'Deploy ship-123-1')], opts())).toBeUndefined();
  });

  test('a run with an unreadable created time is ignored', () => {
    expect(pickDispatchedRun([{ id: 1, createdAt: 'not a date', displayTitle: 'Deploy ship-123-1' }], opts())).toBeUndefined();
  });

  test('a title containing the ship id wins over an earlier fresh run', () => {
    const earlier = run(1, 1_000);
    const titled = run(2, 4_000, 'Deploy 1.4.0 (ship-123-1)');
    expect(pickDispatchedRun([earlier, titled], opts())).toBe(titled);
    expect(pickDispatchedRun([titled, earlier], opts())).toBe(titled);
  });

  test('in a wave, a run titled with the same ship id for another environment is a sibling\'s, never ours', () => {
    const wave = { ...opts(), shipId: '4242:v1.5.0@prod-us:deploy' };
    const sibling = run(1, 1_000, 'deploy v1.5.0 to prod-eu 4242:v1.5.0@prod-eu:deploy');
    const untitled = run(2, 3_000);
    const ours = run(3, 5_000, 'deploy v1.5.0 to prod-us 4242:v1.5.0@prod-us:deploy');
    expect(pickDispatchedRun([sibling], wave)).toBeUndefined();
    expect(pickDispatchedRun([sibling, untitled], wave)).toBe(untitled);
    expect(pickDispatchedRun([sibling, untitled, ours], wave)).toBe(ours);
    // A prefix of a name is not a sibling's id: prod-eu's ship id does not name prod-eu-west.
    const west = { ...opts(), shipId: '4242:v1.5.0@prod-eu-west:deploy' };
    expect(pickDispatchedRun([sibling, run(4, 2_000, 'deploy v1.5.0 to prod-eu-west 4242:v1.5.0@prod-eu-west:deploy')], west)?.id).toBe(4);
  });

  test('else the earliest fresh run, whatever the listing order (GitHub lists newest first)', () => {
    const a = run(3, 9_000);
    const b = run(2, 1_000);
    const c = run(1, 5_000);
    expect(pickDispatchedRun([a, c, b], opts())).toBe(b);
  });

  test('runs created at the same moment: the lower id', () => {
    const a = run(8, 1_000);
    const b = run(5, 1_000);
    expect(pickDispatchedRun([a, b], opts())).toBe(b);
  });

  test('titles with another ship id do not count as ours', () => {
    const other = run(1, 1_000, 'Deploy ship-999-1');
    const plain = run(2, 500);
    expect(pickDispatchedRun([other, plain], opts())).toBe(plain);
  });

  test('does not reorder the given list', () => {
    const runs = [run(3, 9_000), run(2, 1_000), run(1, 5_000)];
    const ids = runs.map((r) => r.id);
    pickDispatchedRun(runs, opts());
    expect(runs.map((r) => r.id)).toEqual(ids);
  });
});

describe('declared input types', () => {
  const spec = (type: string, options?: string[]) => ({ required: false, hasDefault: false, type, ...(options ? { options } : {}) });
  test.each([
    ['boolean', 'true', undefined],
    ['boolean', 'yes', 'is not true or false (the input is a boolean)'],
    ['number', '3', undefined],
    ['number', '2.5e3', undefined],
    ['number', 'many', 'is not a number (the input is a number)'],
    ['number', '', 'is not a number (the input is a number)'],
    ['environment', 'production', undefined],
    ['environment', ' ', 'is empty (the input is an environment)'],
    ['string', 'anything', undefined]
  ])('%s %p: %p', (type, value, problem) => {
    expect(inputTypeProblem(spec(type), value)).toBe(problem);
  });

  test('options bind any type', () => {
    expect(inputTypeProblem(spec('choice', ['production', 'canary']), 'staging')).toBe('is not one of its options (production, canary)');
    expect(inputTypeProblem(spec('choice', ['production', 'canary']), 'canary')).toBeUndefined();
  });

  test('the environment sent is checked against the choices, naming the environment input', () => {
    const decl = { environment: spec('choice', ['production', 'canary']) };
    const result = buildDispatchInputs(WF, decl, { ...FACTS, environment: 'staging' }, {});
    expect(result.problemInputs).toEqual(['environment']);
    expect(result.problems).toEqual([`Input 'environment': "staging" is not one of deploy.yml's options for 'environment' (production, canary); GitHub would refuse the dispatch`]);
  });

  test('a deploy-inputs value of the wrong type is named, never shown', () => {
    const result = buildDispatchInputs(WF, { replicas: spec('number') }, FACTS, { replicas: 'tok-secret-1' });
    expect(result.problemInputs).toEqual(['deploy-inputs']);
    expect(result.problems[0]).toBe("Input 'deploy-inputs': the value of replicas (hidden) is not a number (the input is a number)");
  });
});
