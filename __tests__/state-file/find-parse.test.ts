import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { isScalar } from 'yaml';
import { findStateFile, isProductionPhase, normalizePhase, readPhase, resolveStateFile, type StateFs } from '../../src/state-file/find.js';
import { getIn, lineOf, parseStateFile } from '../../src/state-file/parse.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

/** A temp workspace with the given files (path -> content). */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gates-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const phase = (p: string): string => `workflow:\n  phase: ${p}\n`;

describe('findStateFile (auto)', () => {
  const cases: Array<{
    name: string;
    files: Record<string, string>;
    path: string;
    feature: string;
    reason: string;
  }> = [
    {
      name: 'a production phase wins over a higher number',
      files: {
        'specs/003-homepage-post-feed/workflow-state.yaml': phase('ship:ship-prod'),
        'specs/010-later/workflow-state.yaml': phase('optimize'),
        'specs/055-latest/state.yaml': phase('spec-flow')
      },
      path: 'specs/003-homepage-post-feed/workflow-state.yaml',
      feature: '003-homepage-post-feed',
      reason: 'phase ship:ship-prod (workflow.phase) of 3 candidates'
    },
    {
      name: 'phase at the top level (current_phase) and deploy-prod count',
      files: {
        'specs/001-a/state.yaml': 'current_phase: deploy-prod\n',
        'specs/002-b/state.yaml': phase('ship'),
        'specs/003-c/state.yaml': 'phase: finalize\n'
      },
      path: 'specs/001-a/state.yaml',
      feature: '001-a',
      reason: 'phase deploy-prod (current_phase)'
    },
    {
      name: 'several shipping to production: highest number among them',
      files: {
        'specs/004-a/state.yaml': 'phase: ship-prod\n',
        'specs/007-b/state.yaml': 'phase: Production_Deployment\n',
        'specs/009-c/state.yaml': 'phase: validate-staging\n'
      },
      path: 'specs/007-b/state.yaml',
      feature: '007-b',
      reason: '2 folders are shipping to production (007-b, 004-a)'
    },
    {
      name: 'no production phase: highest number (not the newest file)',
      files: {
        'specs/002-a/workflow-state.yaml': phase('ship-staging'),
        'specs/055-homepage-redesign/workflow-state.yaml': phase('optimize'),
        'specs/049-c/workflow-state.yaml': phase('ship'),
        'specs/no-number/workflow-state.yaml': phase('finalize')
      },
      path: 'specs/055-homepage-redesign/workflow-state.yaml',
      feature: '055-homepage-redesign',
      reason: 'highest number 055 of 4 candidates'
    },
    {
      name: 'epics/ are searched too',
      files: {
        'specs/050-y/state.yaml': phase('optimize'),
        'epics/051-x/workflow-state.yaml': phase('implement')
      },
      path: 'epics/051-x/workflow-state.yaml',
      feature: '051-x',
      reason: 'highest number 051 of 2 candidates'
    },
    {
      name: 'folders without a number rank lowest',
      files: {
        'specs/zeta/state.yaml': phase('optimize'),
        'specs/001-first/state.yaml': phase('spec')
      },
      path: 'specs/001-first/state.yaml',
      feature: '001-first',
      reason: 'highest number 001 of 2 candidates'
    },
    {
      name: 'no numbers at all: first by name',
      files: {
        'specs/status-dashboard/workflow-state.yaml': phase('7'),
        'specs/alpha/workflow-state.yaml': phase('optimize')
      },
      path: 'specs/alpha/workflow-state.yaml',
      feature: 'alpha',
      reason: 'first by name of 2 candidates'
    },
    {
      name: 'same number: first by name, and the reason says so',
      files: {
        'specs/048-ssl-tls-letsencrypt/workflow-state.yaml': phase('finalize'),
        'specs/048-multi-track-newsletter/workflow-state.yaml': phase('spec-flow')
      },
      path: 'specs/048-multi-track-newsletter/workflow-state.yaml',
      feature: '048-multi-track-newsletter',
      reason: 'tie with 048-ssl-tls-letsencrypt, first by name'
    },
    {
      name: 'workflow-state.json is read (phase from JSON)',
      files: {
        'specs/003-x/workflow-state.json': '{"workflow": {"phase": "ship-prod"}}',
        'specs/004-y/state.yaml': phase('plan')
      },
      path: 'specs/003-x/workflow-state.json',
      feature: '003-x',
      reason: 'phase ship-prod'
    },
    {
      name: 'state.yaml preferred over workflow-state.yaml and .json in one folder',
      files: {
        'specs/001-a/workflow-state.json': '{"phase": "ship-prod"}',
        'specs/001-a/workflow-state.yaml': 'phase: ship-prod\n',
        'specs/001-a/state.yaml': 'phase: plan\n'
      },
      path: 'specs/001-a/state.yaml',
      feature: '001-a',
      reason: 'the only feature folder with a state file'
    },
    {
      name: 'an unparseable file still competes by number; folders without a state file are ignored',
      files: {
        'specs/002-bad/state.yaml': 'a: 1\na: 2\n',
        'specs/001-ok/state.yaml': phase('optimize'),
        'specs/009-empty/notes.md': '# nothing\n',
        'specs/state.yaml': 'phase: ship-prod\n'
      },
      path: 'specs/002-bad/state.yaml',
      feature: '002-bad',
      reason: 'highest number 002 of 2 candidates'
    }
  ];

  test.each(cases)('$name', ({ files, path: rel, feature, reason }) => {
    const ws = workspace(files);
    const found = findStateFile(ws);
    expect('error' in found).toBe(false);
    if ('error' in found) return;
    expect(found.path).toBe(rel);
    expect(found.absolutePath).toBe(path.join(ws, rel));
    expect(found.feature).toBe(feature);
    expect(found.reason).toContain(reason);
  });

  test('file times are no guide', () => {
    const ws = workspace({ 'specs/001-old/state.yaml': phase('x'), 'specs/002-new/state.yaml': phase('x') });
    utimesSync(path.join(ws, 'specs/002-new/state.yaml'), new Date('2000-01-01'), new Date('2000-01-01'));
    utimesSync(path.join(ws, 'specs/001-old/state.yaml'), new Date('2030-01-01'), new Date('2030-01-01'));
    const found = findStateFile(ws);
    expect('error' in found ? found.error : found.feature).toBe('002-new');
  });

  test('no state file anywhere: an error that says where it looked and what to do', () => {
    const ws = workspace({ 'specs/001-a/spec.md': '# spec\n', 'README.md': 'x' });
    const found = findStateFile(ws);
    expect(found).toEqual({ error: expect.stringContaining('no state file found') });
    if (!('error' in found)) return;
    expect(found.error).toContain('state.yaml, workflow-state.yaml, workflow-state.json');
    expect(found.error).toContain('specs/*/ and epics/*/');
    expect(found.error).toContain('state-file');
  });

  test('works through an injected file system', () => {
    const files: Record<string, string> = {
      '/ws/specs/001-a/state.yaml': 'phase: plan\n',
      '/ws/epics/002-b/workflow-state.yaml': 'current_phase: ship:ship-prod\n'
    };
    const fs: StateFs = {
      list: (dir) =>
        [...new Set(Object.keys(files).filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]))].filter(
          (n) => !n.includes('.')
        ),
      read: (file) => files[file]
    };
    const found = findStateFile('/ws', fs);
    expect(found).toMatchObject({ path: 'epics/002-b/workflow-state.yaml', feature: '002-b' });
  });
});

describe('resolveStateFile', () => {
  test('none skips', () => {
    expect(resolveStateFile('/nowhere', { mode: 'none' })).toEqual({ skipped: true, reason: expect.stringContaining('none') });
  });
  test('an explicit path that does not exist is an error naming it', () => {
    const ws = workspace({ 'specs/001-a/state.yaml': 'phase: x\n' });
    const r = resolveStateFile(ws, { mode: 'path', path: 'specs/001-a/workflow-state.yaml' });
    expect(r).toEqual({ error: expect.stringContaining('state-file "specs/001-a/workflow-state.yaml" does not exist') });
  });
  test('an explicit path that is a directory is an error', () => {
    const ws = workspace({ 'specs/001-a/state.yaml': 'phase: x\n' });
    expect(resolveStateFile(ws, { mode: 'path', path: 'specs/001-a' })).toHaveProperty('error');
  });
  test('an explicit path that exists is used as given', () => {
    const ws = workspace({ 'specs/001-a/state.yaml': 'phase: x\n', 'specs/009-b/state.yaml': 'phase: ship-prod\n' });
    const r = resolveStateFile(ws, { mode: 'path', path: 'specs/001-a/state.yaml' });
    expect(r).toEqual({
      path: 'specs/001-a/state.yaml',
      absolutePath: path.join(ws, 'specs/001-a/state.yaml'),
      feature: '001-a',
      reason: 'set by the state-file input'
    });
  });
  test('auto discovers', () => {
    const ws = workspace({ 'specs/001-a/state.yaml': 'phase: x\n' });
    expect(resolveStateFile(ws, { mode: 'auto' })).toMatchObject({ feature: '001-a' });
  });
});

describe('phases', () => {
  test.each([
    ['ship-prod', true],
    ['ship:ship-prod', true],
    ['  SHIP:Ship_Prod ', true],
    ['deploy-prod', true],
    ['production_deployment', true],
    ['ship', false],
    ['ship:preview', false],
    ['ship-staging', false],
    ['validate-staging', false],
    ['finalize', false],
    ['7', false]
  ])('%s -> %s', (p, expected) => {
    expect(isProductionPhase(p)).toBe(expected);
  });
  test('normalizePhase', () => {
    expect(normalizePhase(' Ship:Deploy Prod ')).toBe('deploy-prod');
  });
  test('readPhase: current_phase, then phase, then workflow.phase; non-scalars ignored', () => {
    const read = (t: string) => {
      const r = parseStateFile('s.yaml', t);
      if (!r.ok) throw new Error(r.error.message);
      return readPhase(r.doc);
    };
    expect(read('current_phase: a\nphase: b\nworkflow: {phase: c}\n')).toEqual({ value: 'a', path: 'current_phase' });
    expect(read('phase: {PHASE}\nworkflow: {phase: c}\n')).toEqual({ value: 'c', path: 'workflow.phase' });
    expect(read('workflow:\n  phase: 7\n')).toEqual({ value: '7', path: 'workflow.phase' });
    expect(read('token_budget:\n  phase: ship-prod\n')).toBeUndefined();
  });
});

describe('parseStateFile', () => {
  const bad: Array<[string, string, string, number, number, string]> = [
    ['duplicate key', 'a.yaml', 'a: 1\nb:\n  c: 2\n  c: 3\n', 4, 3, 'unique'],
    ['duplicate top-level key', 'a.yaml', 'feature:\n  x: 1\nother: 2\nfeature:\n  y: 2\n', 4, 1, 'unique'],
    ['placeholder flow map followed by text', 'a.yaml', 'ok: 1\nspec: {BASE_DIR}/{NNN-SLUG}/spec.md\n', 2, 17, 'Unexpected'],
    ['bad indentation', 'a.yaml', 'a:\n  b: 1\n c: 2\n', 3, 1, ''],
    ['JSON trailing comma', 'w.json', '{\n  "a": 1,\n  }', 3, 3, 'JSON'],
    ['JSON cut short', 'w.json', '{"a": ', 1, 7, 'JSON'],
    ['JSON duplicate key (blocked like YAML)', 'w.json', '{\n"a": 1,\n"a": 2\n}', 3, 1, 'unique']
  ];
  test.each(bad)('%s: file, line and column', (_n, file, text, line, column, message) => {
    const r = parseStateFile(file, text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ file, line, column });
    expect(r.error.message).toContain(message);
  });

  test('YAML keeps the document, with value lines', () => {
    const r = parseStateFile('specs/001-x/state.yaml', '# c\nmanual_gates:\n  staging_validation:\n    status: pending\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.format).toBe('yaml');
    const node = getIn(r.doc, ['manual_gates', 'staging_validation', 'status']);
    expect(lineOf(r.doc, node)).toBe(4);
  });

  test('JSON is parsed into a document with lines too', () => {
    const r = parseStateFile('w.json', '{\n  "quality_gates": {\n    "rollback": {"status": "passed"}\n  }\n}\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.format).toBe('json');
    expect(lineOf(r.doc, getIn(r.doc, ['quality_gates', 'rollback', 'status']))).toBe(3);
  });

  test('absent and empty values are told apart by getIn', () => {
    const r = parseStateFile('a.yaml', 'a:\n  b:\n  c: null\n');
    if (!r.ok) throw new Error('parse');
    expect(getIn(r.doc, ['a', 'x'])).toBeUndefined();
    const b = getIn(r.doc, ['a', 'b']);
    expect(b === null || (isScalar(b) && b.value === null)).toBe(true);
    expect(getIn(r.doc, ['a', 'b', 'deeper'])).toBeUndefined();
  });
});
