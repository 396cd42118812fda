import { describe, expect, test } from '@jest/globals';
import { cell, code, details, fenced, link, raw, table, text } from '../../src/report/markdown.js';

/** The cells of one table row as a GFM reader splits it: on pipes not escaped with a backslash. */
function splitRow(line: string): string[] {
  expect(line.startsWith('| ')).toBe(true);
  expect(line.endsWith(' |')).toBe(true);
  return line
    .slice(2, -2)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** CommonMark line endings: LF, CR LF, or a CR alone. */
const LINE_ENDING = /\r\n|\r|\n/;

describe('text', () => {
  test.each([
    ['plain', 'Added login', 'Added login'],
    ['ampersand', 'R&D', 'R&amp;D'],
    ['an entity stays visible as written', '&lt;', '&amp;lt;'],
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an img onerror', '<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'],
    ['an autolink', '<https://evil.example>', '&lt;https\u200b://evil.example&gt;'],
    ['a link', '[x](https://evil.example)', '\\[x\\](https\u200b://evil.example)'],
    ['an image', '![i](https://evil.example/i.png)', '!\\[i\\](https\u200b://evil.example/i.png)'],
    ['a bare URL is not autolinked', 'see http://evil.example', 'see http\u200b://evil.example'],
    ['a www address is not autolinked', 'see WWW.evil.example', 'see WWW\u200b.evil.example'],
    ['a reference link', '[x][1]', '\\[x\\]\\[1\\]'],
    ['a closing details tag', '</details>', '&lt;/details&gt;'],
    ['LF folded', 'line one\nline two', 'line one line two'],
    ['CRLF folded', 'line one\r\nline two', 'line one line two'],
    ['a lone CR folded (a CommonMark line ending too)', 'line one\rline two', 'line one line two'],
    ['each newline folds to one space', 'a\n\nb', 'a  b'],
    ['pipes left alone', 'a | b', 'a | b'],
    ['backticks left alone', 'use `npm ci`', 'use `npm ci`']
  ] as Array<[string, string, string]>)('%s', (_name, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  test.each([
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [false, 'false'],
    [1.5, '1.5']
  ] as Array<[unknown, string]>)('%p → %p', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  test('no output can open a tag or start a new line', () => {
    const nasty = 'x<svg/onload=alert(1)>\n<iframe src="javascript:alert(1)">\r\n</table>\r<b>';
    const out = text(nasty);
    expect(out).not.toMatch(/[<>]/);
    expect(out).not.toMatch(LINE_ENDING);
  });

  test('no output can form a link, an image or an autolink', () => {
    const nasty = '[x](https://a.example) ![i](https://b.example/i.png) <https://c.example> https://d.example www.e.example [r]: https://f.example';
    const out = text(nasty);
    expect(out).not.toMatch(/(?<!\\)\[/);
    expect(out).not.toMatch(/(?<!\\)\]/);
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).not.toMatch(/www\./);
  });
});

describe('cell', () => {
  test.each([
    ['a pipe', 'a | b', 'a \\| b'],
    ['several pipes', '||', '\\|\\|'],
    ['html and pipes', '<b>|</b>', '&lt;b&gt;\\|&lt;/b&gt;'],
    ['a newline', 'a\nb', 'a b'],
    ['a lone CR', 'a\rb', 'a b'],
    ['null', null, '']
  ] as Array<[string, unknown, string]>)('%s', (_name, input, expected) => {
    expect(cell(input)).toBe(expected);
  });
});

describe('code', () => {
  test.each([
    ['plain', 'v1.4.0', '`v1.4.0`'],
    ['one backtick inside', 'a`b', '`` a`b ``'],
    ['a leading backtick', '`a', '`` `a ``'],
    ['a trailing backtick', 'a`', '`` a` ``'],
    ['a double backtick run inside', 'a``b', '``` a``b ```'],
    ['a triple backtick run inside', 'x```y`z', '```` x```y`z ````'],
    ['a newline folded', 'a\nb', '`a b`'],
    ['CRLF folded', 'a\r\nb', '`a b`'],
    ['a lone CR folded', 'a\rb', '`a b`'],
    ['html is literal inside code, not escaped', '<b>', '`<b>`']
  ] as Array<[string, string, string]>)('%s', (_name, input, expected) => {
    expect(code(input)).toBe(expected);
  });

  test.each([['a``b'], ['``'], ['`'], ['a ` b `` c ``` d']] as Array<[string]>)(
    'the fence of %p is longer than any backtick run inside, so the span cannot close early',
    (input) => {
      const out = code(input);
      const fence = /^`+/.exec(out)![0];
      expect(out.endsWith(fence)).toBe(true);
      const inner = out.slice(fence.length, out.length - fence.length);
      const runs = [...inner.matchAll(/`+/g)].map((m) => m[0].length);
      expect(runs.every((n) => n !== fence.length)).toBe(true);
      expect(inner).toBe(` ${input} `);
    }
  );

  test('null and undefined give an empty code span text', () => {
    expect(code(null)).toBe('``');
    expect(code(undefined)).toBe('``');
  });
});

describe('table', () => {
  test('shape: header, rule, one line per row', () => {
    expect(table(['gate', 'verdict'], [['staging', '✅ pass'], ['rollback', '❌ missing']])).toBe(
      ['| gate | verdict |', '|---|---|', '| staging | ✅ pass |', '| rollback | ❌ missing |'].join('\n')
    );
  });

  test('no rows: header and rule only', () => {
    expect(table(['a', 'b', 'c'], [])).toBe('| a | b | c |\n|---|---|---|');
  });

  test('a cell with a pipe and a newline stays one cell on one line', () => {
    const out = table(['what', 'why'], [['a | b\nc', 'ok']]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('| a \\| b c | ok |');
    expect(splitRow(lines[2]!)).toEqual(['a \\| b c', 'ok']);
  });

  test('hostile cells keep the column count and cannot open tags', () => {
    const hostile = ['<img src=x onerror=alert(1)>|', 'x\r\n| y | z |\r', '</td></tr></table>\n\n# heading'];
    const out = table(['a', 'b', 'c'], [hostile]);
    const lines = out.split(LINE_ENDING);
    expect(lines).toHaveLength(3);
    expect(splitRow(lines[2]!)).toHaveLength(3);
    expect(lines[2]).not.toMatch(/[<>]/);
  });

  test('headers are escaped like cells', () => {
    expect(table(['a|b', '<i>'], []).split('\n')[0]).toBe('| a\\|b | &lt;i&gt; |');
  });

  test('non-string values are rendered as text', () => {
    expect(table(['n', 'x', 'y', 'z'], [[3, null, undefined, true]]).split('\n')[2]).toBe('| 3 |  |  | true |');
  });

  test('raw cells pass through unescaped; others in the same row are still escaped', () => {
    const out = table(['', ''], [['<tag>', raw('[v1.4.0](https://github.com/o/r/tree/v1.4.0)')]]);
    expect(out.split('\n')[2]).toBe('| &lt;tag&gt; | [v1.4.0](https://github.com/o/r/tree/v1.4.0) |');
    expect(out).not.toContain('\u0000');
  });

  test('raw markdown with html passes as is (the caller vouches for it)', () => {
    expect(table(['x'], [[raw('<b>bold</b>')]]).split('\n')[2]).toBe('| <b>bold</b> |');
  });

  test('outside text that merely starts with the raw marker is still escaped', () => {
    const forged = '\u0000<img src=x onerror=alert(1)>|';
    const row = table(['x', 'y'], [[forged, 'ok']]).split('\n')[2]!;
    expect(row).not.toMatch(/[<>]/);
    expect(splitRow(row)).toHaveLength(2);
  });
});

describe('link', () => {
  test.each([
    ['a plain link', 'v1.4.0', 'https://github.com/o/r/tree/v1.4.0', '[v1.4.0](https://github.com/o/r/tree/v1.4.0)'],
    ['brackets in the label are escaped', 'fix [ci] run', 'https://x.test/1', '[fix \\[ci\\] run](https://x.test/1)'],
    ['a lone closing bracket', 'a]b', 'https://x.test/1', '[a\\]b](https://x.test/1)'],
    ['html in the label', '<b>rel</b>', 'https://x.test/1', '[&lt;b&gt;rel&lt;/b&gt;](https://x.test/1)'],
    ['a pipe in the label', 'a|b', 'https://x.test/1', '[a\\|b](https://x.test/1)'],
    ['a space in the url is encoded', 'x', 'https://x.test/a b', '[x](https://x.test/a%20b)'],
    ['an already encoded url is not encoded twice', 'x', 'https://x.test/a%20b', '[x](https://x.test/a%20b)'],
    ['angle brackets in the url are encoded', 'x', 'https://x.test/<a>', '[x](https://x.test/%3Ca%3E)'],
    ['a query string survives', 'x', 'https://x.test/p?a=1&b=2#h', '[x](https://x.test/p?a=1&b=2#h)'],
    ['parentheses in the url cannot end it early', 'x', 'https://x.test/a)b(c', '[x](https://x.test/a%29b%28c)'],
    ['a stray percent sign does not throw', 'x', 'https://x.test/100%', '[x](https://x.test/100%25)'],
    ['a stray percent sign beside a real escape', 'x', 'https://x.test/a%20b%', '[x](https://x.test/a%20b%25)'],
    ['an encoded slash is not encoded twice', 'x', 'https://x.test/tree/release%2F1.0', '[x](https://x.test/tree/release%2F1.0)'],
    ['an encoded plus (build metadata) is not encoded twice', 'x', 'https://x.test/releases/tag/v1.0.0%2Bbuild.1', '[x](https://x.test/releases/tag/v1.0.0%2Bbuild.1)'],
    ['an encoded hash is not encoded twice', 'x', 'https://x.test/a%23b', '[x](https://x.test/a%23b)'],
    ['non-ascii is encoded', 'x', 'https://x.test/é', '[x](https://x.test/%C3%A9)']
  ] as Array<[string, string, string, string]>)('%s', (_name, label, url, expected) => {
    expect(link(label, url)).toBe(expected);
  });

  test.each([[undefined], ['']] as Array<[string | undefined]>)('no url (%p): the label as a cell, no brackets', (url) => {
    expect(link('a|b [c]', url)).toBe('a\\|b \\[c\\]');
  });

  test('a link in a table is one cell', () => {
    const row = table(['x', 'y'], [[raw(link('a | [b]', 'https://x.test/a b')), 'z']]).split('\n')[2]!;
    expect(splitRow(row)).toEqual(['[a \\| \\[b\\]](https://x.test/a%20b)', 'z']);
  });
});

describe('details', () => {
  test('summary escaped, body as given, blank lines around the body', () => {
    expect(details('Notes <b>&</b>', '- item\n- item 2')).toBe(
      '<details><summary>Notes &lt;b&gt;&amp;&lt;/b&gt;</summary>\n\n- item\n- item 2\n\n</details>'
    );
  });

  test('a summary cannot close the element or add lines', () => {
    const out = details('x</summary></details>\n# h', 'body');
    expect(out.split('\n')[0]).toBe('<details><summary>x&lt;/summary&gt;&lt;/details&gt; # h</summary>');
    expect(out.match(/<\/details>/g)).toHaveLength(1);
  });
});

describe('fenced', () => {
  test('a plain body: a three-backtick text fence', () => {
    expect(fenced('line 1\nline 2')).toBe('```text\nline 1\nline 2\n```');
  });

  test.each([
    ['no backticks', 'plain', 3],
    ['one backtick', 'a `b` c', 3],
    ['two', 'a ``b`` c', 3],
    ['a triple-backtick fence inside', '```js\ncode\n```', 4],
    ['a four-backtick run', 'x ```` y', 5],
    ['runs of different lengths', '`` a ````` b ```', 6]
  ] as Array<[string, string, number]>)('%s', (_name, body, length) => {
    const lines = fenced(body).split('\n');
    const fence = '`'.repeat(length);
    expect(lines[0]).toBe(`${fence}text`);
    expect(lines[lines.length - 1]).toBe(fence);
    const longestInside = Math.max(0, ...lines.slice(1, -1).flatMap((l) => [...l.matchAll(/`+/g)].map((m) => m[0].length)));
    expect(longestInside).toBeLessThan(length);
  });

  test('every line is indented, the fences too, blank lines included', () => {
    expect(fenced('a\n\n  b', '  ')).toBe('  ```text\n  a\n  \n    b\n  ```');
  });

  test('CRLF and lone CR line endings become separate, indented lines', () => {
    expect(fenced('a\r\nb\rc', '  ')).toBe('  ```text\n  a\n  b\n  c\n  ```');
  });

  test('trailing whitespace and blank lines are trimmed; leading indentation kept', () => {
    expect(fenced('  indented\n\n\n  ')).toBe('```text\n  indented\n```');
  });

  test('html is literal inside a fence', () => {
    expect(fenced('<script>x</script>')).toBe('```text\n<script>x</script>\n```');
  });

  test('an empty body still makes a closed block', () => {
    expect(fenced('')).toBe('```text\n\n```');
  });
});
