import { describe, expect, it } from '@jest/globals';
import { alignTable, displayWidth, fitted, inline, keyValues, renderForTerminal, wrap } from '../../sandbox/demo/terminal.js';

describe('inline', () => {
  it.each([
    ['Commit `5bfb585` of `acme/app`', 'Commit 5bfb585 of acme/app'],
    ['**Shipped v1.5.0**', 'Shipped v1.5.0'],
    ['[v1.5.0](http://x/tree/v1.5.0) and [a \\[b\\]](http://y)', 'v1.5.0 and a [b]'],
    ['a \\| b &lt;tag&gt; &amp; c', 'a | b <tag> & c'],
    ['`` a`b ``', 'a`b']
  ])('%s', (md, plain) => {
    expect(inline(md)).toBe(plain);
  });
});

describe('displayWidth', () => {
  it('counts emoji as two columns and the variation selector as none', () => {
    expect(displayWidth('✅ pass')).toBe(7);
    expect(displayWidth('↩️ x')).toBe(4);
    expect(displayWidth('1.4.0 → 1.5.0')).toBe(13);
  });
});

describe('alignTable', () => {
  it('aligns columns under a ruled header, whatever the cell widths and emoji', () => {
    const out = alignTable(['| gate | verdict | where |', '|---|---|---|', '| staging-validation | ✅ pass | a.yaml:3 |', '| x | ⛔ blocked | `b` |']);
    expect(out).toEqual(['gate                verdict     where', '──────────────────  ──────────  ────────', 'staging-validation  ✅ pass     a.yaml:3', 'x                   ⛔ blocked  b']);
  });

  it('leaves out an empty header row and keeps escaped pipes inside a cell', () => {
    expect(alignTable(['|  |  |', '|---|---|', '| tag | [v1](http://x) |', '| command | `a \\| b` |'])).toEqual(['tag      v1', 'command  a | b']);
  });
});

describe('renderForTerminal', () => {
  const summary = [
    '## ✅ ship-prod: shipped',
    '',
    '### Gates',
    '| gate | verdict |',
    '|---|---|',
    '| staging | ✅ pass |',
    '',
    '- baseline: p95 `33 ms`',
    '',
    '<details><summary>Run details</summary>',
    '',
    'API requests: 23',
    '',
    '```json',
    ...Array.from({ length: 30 }, (_, i) => `  "k${i}": ${i},`),
    '```',
    '',
    '```text',
    'short block',
    '```',
    '',
    '</details>',
    '',
    'after'
  ].join('\n');

  it('sets headings off, aligns tables, indents details and leaves long dumps out', () => {
    expect(renderForTerminal(summary, { color: false })).toBe(
      [
        '✅ ship-prod: shipped',
        '═════════════════════',
        '',
        'Gates',
        '─────',
        'gate     verdict',
        '───────  ───────',
        'staging  ✅ pass',
        '',
        '• baseline: p95 33 ms',
        '',
        '▸ Run details',
        '',
        '  API requests: 23',
        '',
        '  (30 lines of json left out; npm run demo -- --markdown shows them)',
        '',
        '    short block',
        '',
        'after'
      ].join('\n')
    );
  });

  it('uses ANSI bold and dim only when asked', () => {
    expect(renderForTerminal(summary, { color: true })).toContain('\u001b[1mGates\u001b[22m');
    expect(renderForTerminal(summary, { color: false })).not.toContain('\u001b[');
  });
});

describe('keyValues', () => {
  it('aligns names and indents continuation lines under the value', () => {
    expect(keyValues({ 'dry-run': 'false', 'health-checks': '- name: app\n  url: x' })).toBe('  dry-run        false\n  health-checks  - name: app\n                   url: x');
  });
});

describe('wrap', () => {
  it.each([
    ['what fits stays as it is, inner spacing too', 'a  b', 10, '', '', ['a  b']],
    ['breaks at spaces', 'one two three four', 9, '', '', ['one two', 'three', 'four']],
    ['a hanging indent', 'one two three four', 10, '• ', '  ', ['• one two', '  three', '  four']],
    ['a word wider than the line is cut', 'abcdefghij xy', 4, '', '', ['abcd', 'efgh', 'ij', 'xy']],
    ['emoji count two columns', '✅ ✅ ✅', 5, '', '', ['✅ ✅', '✅']],
    ['leading spaces of a long code line are kept', '    aaa bbb ccc', 11, '', '', ['    aaa bbb', 'ccc']]
  ])('%s', (_what, text, width, first, rest, expected) => {
    expect(wrap(text, width, first, rest)).toEqual(expected);
  });
});

describe('fitting 80 columns', () => {
  const wide = ['| stage | result | took | what happened |', '|---|---|---|---|', `| version | ✅ done | 1s | ${'word '.repeat(30).trim()} |`, '| gates | ✅ done | 2s | all 4 gates passed |'];

  it('a table too wide wraps its last column under itself', () => {
    const out = alignTable(wide, '', 50);
    expect(Math.max(...out.map(displayWidth))).toBeLessThanOrEqual(50);
    expect(out[0]).toBe('stage    result   took  what happened');
    expect(out[2]).toMatch(/^version {2}✅ done {2}1s {4}word word/);
    expect(out[3]).toMatch(/^ {24}word/);
    expect(out.at(-1)).toBe('gates    ✅ done  2s    all 4 gates passed');
  });

  it('a table whose other columns leave too little room: one block per row, a short last cell beside the first', () => {
    const gates = ['| gate | expected | where | verdict |', '|---|---|---|---|', `| staging-validation | approved | specs/001-checkout-redesign/state.yaml:18 manual_gates.staging_validation.status | ✅ pass |`, '| required checks | none | rules of main | ✅ pass |'];
    expect(alignTable(gates, '', 60)).toEqual([
      'staging-validation  ✅ pass',
      '  expected  approved',
      '  where     specs/001-checkout-redesign/state.yaml:18',
      '            manual_gates.staging_validation.status',
      '',
      'required checks  ✅ pass',
      '  expected  none',
      '  where     rules of main'
    ]);
  });

  it('blocks: a short last cell that says nothing (–) is not put beside the first cell', () => {
    const waves = ['| wave | environment | deploy run | verdict | approval |', '|---|---|---|---|---|', '| canary | prod-eu-canary | run 1004 | ✅ verified | – |', '| main | prod-us | run 1012 | ↩️ rolled back | approved |'];
    expect(alignTable(waves, '', 40)).toEqual([
      'canary',
      '  environment  prod-eu-canary',
      '  deploy run   run 1004',
      '  verdict      ✅ verified',
      '',
      'main  approved',
      '  environment  prod-us',
      '  deploy run   run 1012',
      '  verdict      ↩️ rolled back'
    ]);
  });

  it('a whole summary, headings, bullets and details included, fits the width', () => {
    const summary = ['## ✅ ship-prod: shipped', '', `DORA: ${'lead time 8.8s · '.repeat(8)}`, '', '- monitoring window: ' + 'passed '.repeat(20), '', '<details><summary>Verify details</summary>', '', '- healthy: ' + 'round '.repeat(20), '', '</details>', '', ...wide].join('\n');
    const out = renderForTerminal(summary, { color: true }).split('\n');
    expect(Math.max(...out.map(displayWidth))).toBeLessThanOrEqual(80);
    expect(out.some((l) => l.startsWith('  • healthy: round'))).toBe(true);
  });

  it('fitted wraps plain lines, continuations indented', () => {
    expect(fitted(`status rolled-back: ${'x '.repeat(45)}`, 40).split('\n').every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(fitted('a\nb')).toBe('a\nb');
  });
});
