/**
 * Recording a production ship in a state file, in the file's own layout: every real Spec-Flow
 * fixture that parses is updated and checked line by line (comments, order, quoting, line endings
 * kept; only the changed values differ), then focused cases for each layout and for JSON.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { isProductionPhase, normalizePhase } from '../../src/gates/state-file.js';
import { StateUpdateError, updateStateFile, type ProductionFacts } from '../../src/report/state-update.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/spec-flow');

const SHIPPED: ProductionFacts = {
  version: '1.5.0',
  tag: 'v1.5.0',
  tagCreatedAt: '2025-11-02T10:12:08Z',
  deployedAt: '2025-11-02T10:15:43Z',
  releaseUrl: 'https://github.com/acme/checkout-api/releases/tag/v1.5.0',
  deploymentId: 2417730915,
  runId: 11873466012,
  runUrl: 'https://github.com/acme/checkout-api/actions/runs/11873466012',
  productionUrl: 'https://api.acme.example',
  status: 'shipped'
};
const ROLLED_BACK: ProductionFacts = { ...SHIPPED, status: 'rolled-back' };
const FAILED: ProductionFacts = { ...SHIPPED, status: 'failed' };

const files = readdirSync(FIXTURES).filter((f) => /\.(ya?ml|json)$/.test(f));
const parsing = files.filter((f) => parseDocument(readFileSync(path.join(FIXTURES, f), 'utf8'), { uniqueKeys: true }).errors.length === 0);

function read(file: string): string {
  return readFileSync(path.join(FIXTURES, file), 'utf8');
}

function get(root: unknown, dotted: string): unknown {
  let at = root;
  for (const key of dotted.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const commentLines = (text: string) => text.split(/\r?\n/).filter((l) => /^\s*#/.test(l)).length;
const commentsIn = (text: string) => [...text.matchAll(/(^|\s)#.*$/gm)].map((m) => m[0].trim());

/** Lines of `a` outside a longest common subsequence with `b` (what was not kept, in order). */
function linesNotKept(a: string[], b: string[]): string[] {
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && dp[i]![j + 1]! >= dp[i + 1]![j]!) {
      j++;
    } else {
      out.push(a[i]!);
      i++;
    }
  }
  return out;
}

/** The key a line sets (`  deployed_at: null` → deployed_at), if any. */
function keyOf(line: string): string | undefined {
  return /^\s*(?:-\s+)?["']?([\w.-]+)["']?\s*:/.exec(line)?.[1];
}

/** What a changed value must read, by its key. */
function expectedAt(dotted: string, facts: ProductionFacts): (v: unknown) => boolean {
  const key = dotted.split('.').pop()!.toLowerCase().replace(/[_-]/g, '');
  const attempt = dotted.includes('last_attempt') || dotted.includes('lastAttempt');
  const eq = (want: unknown) => (v: unknown) => String(v) === String(want);
  switch (key) {
    case 'version':
    case 'releaseversion':
      return eq(facts.version);
    case 'tag':
      return eq(facts.tag);
    case 'tagcreatedat':
      return eq(facts.tagCreatedAt);
    case 'deployedat':
    case 'timestamp':
    case 'attemptedat':
      return eq(facts.deployedAt);
    case 'url':
      return eq(facts.productionUrl);
    case 'deploymentid':
      return eq(facts.deploymentId);
    case 'githubreleaseurl':
      return eq(facts.releaseUrl);
    case 'runid':
      return eq(facts.runId);
    case 'runurl':
      return eq(facts.runUrl);
    case 'deployed':
      return (v) => v === true;
    case 'status':
      return eq(attempt ? facts.status : 'shipped');
    case 'phase':
    case 'currentphase':
      return (v) => typeof v === 'string' && normalizePhase(v) === 'finalize';
    case 'completedphases':
    case 'phasescompleted':
      return (v) => Array.isArray(v) && v.some((x) => typeof x === 'string' && isProductionPhase(x));
    default:
      return () => false;
  }
}

/** The checks every fixture must pass after an update. */
function checkUpdate(file: string, facts: ProductionFacts): { before: unknown; after: unknown; changed: string[]; text: string } {
  const original = read(file);
  const { text, changed } = updateStateFile(file, original, facts);
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  const after = doc.toJS() as unknown;
  const before = parseDocument(original).toJS() as unknown;

  // Comments: the same number of comment lines, and every comment still there, in order.
  expect(commentLines(text)).toBe(commentLines(original));
  expect(commentsIn(text)).toEqual(commentsIn(original));

  // Line endings kept: a CRLF file stays CRLF throughout.
  if (original.includes('\r\n')) expect(text.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);

  // Every original line that is not a changed value is still there, byte for byte, in order.
  const changedKeys = new Set(changed.map((c) => c.split('.').pop()!));
  const rewritten = linesNotKept(original.split('\n'), text.split('\n'));
  for (const line of rewritten) expect({ line, key: keyOf(line) !== undefined && changedKeys.has(keyOf(line)!) }).toEqual({ line, key: true });
  expect(rewritten.length).toBeLessThanOrEqual(changed.length);

  // The new values are readable where `changed` says.
  for (const dotted of changed) {
    const value = get(after, dotted);
    expect({ dotted, ok: expectedAt(dotted, facts)(value), value }).toEqual({ dotted, ok: true, value });
  }
  return { before, after, changed, text };
}

const PRODUCTION_PATHS = ['deployment.production', 'deployment_state.production', 'deployment.environment.production', 'deployment.environments.production', 'production_deployment'];

describe('every Spec-Flow fixture that parses', () => {
  it('there are enough of them to mean something', () => {
    expect(parsing.length).toBeGreaterThanOrEqual(35);
    expect(files.length - parsing.length).toBe(2);
  });

  it.each(parsing)('shipped: %s', (file) => {
    const { before, after, changed } = checkUpdate(file, SHIPPED);
    const production = PRODUCTION_PATHS.map((p) => get(after, p)).find((m) => typeof m === 'object' && m !== null) as Record<string, unknown>;
    expect(production).toBeDefined();
    const version = production.version ?? production.release_version;
    expect(String(version)).toBe('1.5.0');
    expect(String(production.tag)).toBe('v1.5.0');
    expect(String(production.deployment_id)).toBe('2417730915');
    // The phase advances to finalize (keeping a `ship:` prefix) wherever the file keeps a named phase.
    for (const p of ['current_phase', 'phase', 'workflow.phase']) {
      const was = get(before, p);
      if (typeof was === 'string' && was.trim()) {
        expect(normalizePhase(String(get(after, p)))).toBe('finalize');
        if (was.includes(':')) expect(String(get(after, p))).toBe(`${was.slice(0, was.lastIndexOf(':') + 1)}finalize`);
        break;
      }
      if (typeof was === 'number') {
        expect(get(after, p)).toBe(was);
        break;
      }
    }
    // Updating again changes nothing (idempotent).
    const once = updateStateFile(file, read(file), SHIPPED).text;
    expect(updateStateFile(file, once, SHIPPED)).toEqual({ text: once, changed: [] });
    expect(changed.length).toBeGreaterThan(0);
  });

  it.each(parsing)('rolled back: %s', (file) => {
    const { before, after, changed } = checkUpdate(file, ROLLED_BACK);
    for (const p of ['current_phase', 'phase', 'workflow.phase', 'workflow.completed_phases', 'completed_phases']) expect(get(after, p)).toEqual(get(before, p));
    const attempt = PRODUCTION_PATHS.map((p) => get(after, `${p}.last_attempt`)).find(Boolean) as Record<string, unknown>;
    expect(attempt).toMatchObject({ version: '1.5.0', tag: 'v1.5.0', status: 'rolled-back', attempted_at: '2025-11-02T10:15:43Z' });
    expect(changed.every((c) => c.includes('.last_attempt.'))).toBe(true);
  });

  it.each(parsing)('failed: %s', (file) => {
    const { after } = checkUpdate(file, FAILED);
    const attempt = PRODUCTION_PATHS.map((p) => get(after, `${p}.last_attempt`)).find(Boolean) as Record<string, unknown>;
    expect(attempt.status).toBe('failed');
  });

  it('the two that do not parse are refused, naming file, line and column', () => {
    const bad = files.filter((f) => !parsing.includes(f));
    for (const file of bad) {
      expect(() => updateStateFile(file, read(file), SHIPPED)).toThrow(StateUpdateError);
      expect(() => updateStateFile(file, read(file), SHIPPED)).toThrow(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ does not parse`));
    }
  });
});

describe('layouts', () => {
  const facts: ProductionFacts = { version: '2.0.0', tag: 'v2.0.0', deployedAt: '2025-11-02T10:15:43Z', deploymentId: 77, productionUrl: 'https://app.example', status: 'shipped' };

  it('updates an existing deployment.production map under the names it uses, keeping quotes and comments', () => {
    const text = [
      'workflow:',
      '  phase: ship-prod   # current phase',
      '  completed_phases:',
      '    - optimize',
      '    - validate-staging',
      'deployment:',
      '  staging:',
      '    url: "https://staging.example"',
      '  production:',
      '    url: null          # filled by /ship',
      '    timestamp: ""',
      '    deployment_id: "none-yet"',
      '    deployed: false',
      ''
    ].join('\n');
    const { text: out, changed } = updateStateFile('state.yaml', text, facts);
    expect(out).toBe(
      [
        'workflow:',
        '  phase: finalize   # current phase',
        '  completed_phases:',
        '    - optimize',
        '    - validate-staging',
        '    - ship-prod',
        'deployment:',
        '  staging:',
        '    url: "https://staging.example"',
        '  production:',
        '    url: "https://app.example"          # filled by /ship',
        '    timestamp: "2025-11-02T10:15:43Z"',
        '    deployment_id: "77"',
        '    deployed: true',
        '    version: "2.0.0"',
        '    tag: "v2.0.0"',
        ''
      ].join('\n')
    );
    expect(changed).toEqual([
      'deployment.production.version',
      'deployment.production.tag',
      'deployment.production.timestamp',
      'deployment.production.url',
      'deployment.production.deployment_id',
      'deployment.production.deployed',
      'workflow.phase',
      'workflow.completed_phases'
    ]);
  });

  it('adds deployment.production right after staging when only staging exists', () => {
    const text = 'phase: ship:ship-prod\ndeployment:\n  model: staging-prod\n  staging:\n    url: https://staging.example\n\n  notes: keep me\nother: 1\n';
    const out = updateStateFile('state.yaml', text, facts).text;
    expect(out).toBe(
      'phase: ship:finalize\ndeployment:\n  model: staging-prod\n  staging:\n    url: https://staging.example\n  production:\n    version: 2.0.0\n    tag: v2.0.0\n    deployed_at: 2025-11-02T10:15:43Z\n    url: https://app.example\n    deployment_id: 77\n\n  notes: keep me\nother: 1\n'
    );
    expect(parseDocument(out).toJS()).toMatchObject({ deployment: { production: { version: '2.0.0', deployed_at: '2025-11-02T10:15:43Z' } } });
  });

  it('adds a deployment block at the end when the file has none, set off like the other blocks', () => {
    const text = '# state\nphase: implement\n\nartifacts:\n  spec: spec.md\n';
    const out = updateStateFile('state.yaml', text, facts).text;
    expect(out).toBe(
      '# state\nphase: finalize\n\nartifacts:\n  spec: spec.md\n\ndeployment:\n  production:\n    version: 2.0.0\n    tag: v2.0.0\n    deployed_at: 2025-11-02T10:15:43Z\n    url: https://app.example\n    deployment_id: 77\n'
    );
  });

  it('a file without a final line break gets one before the new block', () => {
    const out = updateStateFile('state.yaml', 'phase: implement', facts).text;
    expect(out).toBe('phase: finalize\ndeployment:\n  production:\n    version: 2.0.0\n    tag: v2.0.0\n    deployed_at: 2025-11-02T10:15:43Z\n    url: https://app.example\n    deployment_id: 77\n');
  });

  it('uses the indentation the file uses', () => {
    const out = updateStateFile('state.yaml', 'workflow:\n    phase: ship-prod\ndeployment:\n    model: direct-prod\n', facts).text;
    expect(out).toContain('deployment:\n    model: direct-prod\n    production:\n        version: 2.0.0\n');
  });

  it('turns an empty deployment (null or {}) into a block', () => {
    expect(updateStateFile('s.yaml', 'deployment:   # later\nx: 1\n', facts).text).toBe(
      'deployment:   # later\n  production:\n    version: 2.0.0\n    tag: v2.0.0\n    deployed_at: 2025-11-02T10:15:43Z\n    url: https://app.example\n    deployment_id: 77\nx: 1\n'
    );
    expect(updateStateFile('s.yaml', 'deployment:\n  production: {}\n', facts).text).toBe(
      'deployment:\n  production:\n    version: 2.0.0\n    tag: v2.0.0\n    deployed_at: 2025-11-02T10:15:43Z\n    url: https://app.example\n    deployment_id: 77\n'
    );
  });

  it('adds to a flow map in flow style', () => {
    const out = updateStateFile('s.yaml', 'deployment:\n  production: { url: null }\n', { ...facts, deploymentId: undefined, deployedAt: '2025-11-02' }).text;
    expect(out).toBe('deployment:\n  production: { url: https://app.example, version: 2.0.0, tag: v2.0.0, deployed_at: 2025-11-02 }\n');
    expect(parseDocument(out).errors).toEqual([]);
  });

  it('keeps a deployment that is something else, and records beside it', () => {
    const out = updateStateFile('s.yaml', 'deployment: vercel\n', facts).text;
    expect(out).toBe('deployment: vercel\nproduction_deployment:\n  version: 2.0.0\n  tag: v2.0.0\n  deployed_at: 2025-11-02T10:15:43Z\n  url: https://app.example\n  deployment_id: 77\n');
  });

  it('appends to a flow list of completed phases in its own quoting, unless a production phase is there', () => {
    const out = updateStateFile('s.yaml', 'workflow:\n  phase: deploy-prod\n  phases_completed: ["spec", "plan"]\n', facts).text;
    expect(out).toContain('  phase: finalize\n  phases_completed: ["spec", "plan", "deploy-prod"]\n');
    const again = updateStateFile('s.yaml', 'workflow:\n  phase: ship\n  completed_phases: [spec, ship-prod]\n', facts).text;
    expect(again).toContain('  completed_phases: [spec, ship-prod]\n');
    expect(updateStateFile('s.yaml', 'current_phase: ship-prod\ncompleted_phases: []\n', facts).text).toContain('current_phase: finalize\ncompleted_phases: [ship-prod]\n');
  });

  it('leaves a numbered phase alone', () => {
    const { text, changed } = updateStateFile('s.yaml', 'workflow:\n  phase: 7\n', facts);
    expect(text.startsWith('workflow:\n  phase: 7\n')).toBe(true);
    expect(changed).not.toContain('workflow.phase');
  });

  it('a production status that already says live is left as it is; others become shipped', () => {
    expect(updateStateFile('s.yaml', 'deployment:\n  production:\n    status: deployed\n', facts).text).toContain('    status: deployed\n');
    expect(updateStateFile('s.yaml', 'deployment:\n  production:\n    status: not_started\n', facts).text).toContain('    status: shipped\n');
  });

  it('a rolled-back ship records the attempt and changes nothing else', () => {
    const text = 'workflow:\n  phase: ship-prod\ndeployment:\n  production:\n    version: "1.4.2"\n    url: https://app.example\n';
    const { text: out, changed } = updateStateFile('s.yaml', text, { ...facts, status: 'rolled-back', runUrl: 'https://github.com/o/r/actions/runs/9' });
    expect(out).toBe(
      'workflow:\n  phase: ship-prod\ndeployment:\n  production:\n    version: "1.4.2"\n    url: https://app.example\n    last_attempt:\n      version: "2.0.0"\n      tag: "v2.0.0"\n      status: "rolled-back"\n      attempted_at: "2025-11-02T10:15:43Z"\n      deployment_id: 77\n      run_url: "https://github.com/o/r/actions/runs/9"\n'
    );
    expect(changed.every((c) => c.startsWith('deployment.production.last_attempt.'))).toBe(true);
    // A later successful ship updates the attempt it finds, and the deployment.
    const shipped = updateStateFile('s.yaml', out, facts).text;
    expect(parseDocument(shipped).toJS()).toMatchObject({
      workflow: { phase: 'finalize' },
      deployment: { production: { version: '2.0.0', last_attempt: { status: 'shipped', version: '2.0.0' } } }
    });
  });

  it('writes camelCase keys into a map that uses camelCase', () => {
    const out = updateStateFile('s.yaml', 'deployment:\n  production:\n    deployedAt: null\n    releaseVersion: null\n', { ...facts, releaseUrl: 'https://r' }).text;
    expect(out).toBe(
      'deployment:\n  production:\n    deployedAt: 2025-11-02T10:15:43Z\n    releaseVersion: 2.0.0\n    tag: v2.0.0\n    url: https://app.example\n    deploymentId: 77\n    githubReleaseUrl: https://r\n'
    );
  });

  it('quotes a new string value that plain YAML would read as something else', () => {
    const out = updateStateFile('s.yaml', 'deployment:\n  production:\n    version: null\n', { ...facts, version: '2.10' }).text;
    expect(out).toContain('    version: "2.10"\n');
    expect(parseDocument(out).toJS().deployment.production.version).toBe('2.10');
  });
});

describe('JSON state files', () => {
  const facts: ProductionFacts = { version: '2.0.0', tag: 'v2.0.0', deployedAt: '2025-11-02T10:15:43Z', deploymentId: 77, status: 'shipped' };

  it('keeps 4-space indentation and one-line objects and lists as found', () => {
    const text = '{\n    "feature": "x",\n    "current_phase": "ship-prod",\n    "phases_completed": ["spec", "plan"],\n    "deployment": {\n        "staging": { "url": "https://s" },\n        "other": 1\n    }\n}\n';
    const { text: out, changed } = updateStateFile('workflow-state.json', text, facts);
    expect(out).toBe(
      '{\n    "feature": "x",\n    "current_phase": "finalize",\n    "phases_completed": ["spec", "plan", "ship-prod"],\n    "deployment": {\n        "staging": { "url": "https://s" },\n        "production": {\n            "version": "2.0.0",\n            "tag": "v2.0.0",\n            "deployed_at": "2025-11-02T10:15:43Z",\n            "deployment_id": 77\n        },\n        "other": 1\n    }\n}\n'
    );
    expect(JSON.parse(out).deployment.production.deployment_id).toBe(77);
    expect(changed).toContain('current_phase');
  });

  it('keeps 2-space indentation, adds a deployment at the end, and updates an existing production object', () => {
    const out = updateStateFile('workflow-state.json', '{\n  "phase": "deploy-prod",\n  "completed": []\n}', facts).text;
    expect(out).toBe(
      '{\n  "phase": "finalize",\n  "completed": [],\n  "deployment": {\n    "production": {\n      "version": "2.0.0",\n      "tag": "v2.0.0",\n      "deployed_at": "2025-11-02T10:15:43Z",\n      "deployment_id": 77\n    }\n  }\n}'
    );
    const existing = '{\r\n  "deployment": {\r\n    "production": {\r\n      "version": null,\r\n      "deployedAt": ""\r\n    }\r\n  }\r\n}\r\n';
    const updated = updateStateFile('s.json', existing, facts).text;
    expect(updated).toBe(
      '{\r\n  "deployment": {\r\n    "production": {\r\n      "version": "2.0.0",\r\n      "deployedAt": "2025-11-02T10:15:43Z",\r\n      "tag": "v2.0.0",\r\n      "deploymentId": 77\r\n    }\r\n  }\r\n}\r\n'
    );
  });

  it('records a failed attempt without touching the phase', () => {
    const out = updateStateFile('s.json', '{\n  "current_phase": "ship-prod",\n  "deployment": {}\n}\n', { ...facts, status: 'failed' }).text;
    expect(JSON.parse(out)).toEqual({
      current_phase: 'ship-prod',
      deployment: { production: { last_attempt: { version: '2.0.0', tag: 'v2.0.0', status: 'failed', attempted_at: '2025-11-02T10:15:43Z', deployment_id: 77 } } }
    });
  });

  it('refuses JSON that does not parse, naming line and column', () => {
    expect(() => updateStateFile('specs/1/workflow-state.json', '{\n  "a": 1,,\n}', facts)).toThrow(/^specs\/1\/workflow-state\.json:2:\d+ does not parse/);
  });
});
