/**
 * Recording a production ship in a state file, in the file's own layout: every one of the
 * project's own state-file fixtures that parses is updated and checked line by line (comments,
 * order, quoting, line endings kept; only the changed values differ), then focused cases for each
 * layout and for JSON.
 */
import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { StateUpdateError, updateStateFile, type ProductionFacts } from '../../src/state-file/update.js';
import { listStateFiles, readStateFixture } from '../fixtures/state-files.js';
import { describeStateUpdates, get, SHIPPED } from './update-checks.js';

const files = listStateFiles();

describeStateUpdates('every state-file fixture that parses', files, readStateFixture, 11);

describe('what the fixtures record, by layout', () => {
  const shipped = (file: string) => parseDocument(updateStateFile(file, readStateFixture(file), SHIPPED).text).toJS() as unknown;

  it('keeps the feature version in deployment.version in step', () => {
    expect(get(shipped('specs/009-gift-cards/workflow-state.yaml'), 'deployment.version')).toBe('1.5.0');
  });

  it('writes into the production map the file already has, under the names it uses', () => {
    expect(get(shipped('specs/011-tax-rates/workflow-state.yaml'), 'deployment_state.production')).toMatchObject({ deployed: true, deployment_id: 2417730915 });
    expect(get(shipped('specs/008-search-suggest/workflow-state.yaml'), 'deployment.environment.production.release_version')).toBe('1.5.0');
    expect(get(shipped('specs/006-order-notes/workflow-state.yaml'), 'deployment.environments.production.url')).toBe('https://api.acme.example');
    expect(get(shipped('specs/007-wishlist-share/workflow-state.yaml'), 'deployment')).toBe('vercel');
    expect(get(shipped('specs/007-wishlist-share/workflow-state.yaml'), 'production_deployment.version')).toBe('1.5.0');
  });

  it('refuses the two that do not parse, naming file, line and column', () => {
    expect(() => updateStateFile('specs/004-stock-sync/workflow-state.yaml', readStateFixture('specs/004-stock-sync/workflow-state.yaml'), SHIPPED)).toThrow(
      /^specs\/004-stock-sync\/workflow-state\.yaml:8:1 does not parse/
    );
    expect(() => updateStateFile('templates/state-template.yaml', readStateFixture('templates/state-template.yaml'), SHIPPED)).toThrow(StateUpdateError);
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
