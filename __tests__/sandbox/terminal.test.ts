import { describe, expect, it } from '@jest/globals';
import { alignTable, displayWidth, inline, keyValues, renderForTerminal } from '../../sandbox/demo/terminal.js';

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
