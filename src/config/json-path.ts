/** The field-path syntax shared by health checks, metrics and gates. */
import { show } from './problems.js';

export const PATH_EXAMPLES = 'status, data.version, checks[0].state, ["app.version"]';

/**
 * Parses a field path: names joined by dots, `[n]` array indices, quoted keys `["a.b"]` or
 * `['a.b']` (backslash escapes the quote). Names are letters, digits, `_`, `$` and `-`, not starting
 * with a digit or '-'. A leading `$` (JSONPath root) is allowed: `$.data.version`.
 * Examples: `status`, `data.version`, `checks[0].state`, `["app.version"]`, `a[1][2]`.
 * Throws an Error whose message says where and why.
 */
export function parseJsonPath(text: string): Array<string | number> {
  const segments: Array<string | number> = [];
  let i = 0;
  if (text === '$' || text === '') throw new Error('it is empty');
  if (text.startsWith('$.') || text.startsWith('$[')) i = text.startsWith('$.') ? 2 : 1;
  const fail = (what: string): never => {
    throw new Error(`at character ${i + 1}: ${what}`);
  };
  const NAME = /[A-Za-z_$][A-Za-z0-9_$-]*/y;
  let expectName = !text.startsWith('[', i);
  for (;;) {
    if (expectName) {
      NAME.lastIndex = i;
      const match = NAME.exec(text);
      if (!match) fail('expected a name');
      segments.push(match![0]);
      i = NAME.lastIndex;
    } else {
      // text[i] === '['
      i++;
      if (/\d/.test(text[i] ?? '')) {
        const digits = /\d+/y;
        digits.lastIndex = i;
        const match = digits.exec(text)!;
        i = digits.lastIndex;
        if (text[i] !== ']') fail("expected ']' after the index");
        segments.push(Number(match[0]));
        i++;
      } else if (text[i] === '"' || text[i] === "'") {
        const quote = text[i];
        let key = '';
        i++;
        while (i < text.length && text[i] !== quote) {
          if (text[i] === '\\' && i + 1 < text.length) i++;
          key += text[i];
          i++;
        }
        if (i >= text.length) fail(`expected a closing ${quote}`);
        i++;
        if (text[i] !== ']') fail("expected ']' after the quoted key");
        i++;
        segments.push(key);
      } else {
        fail("expected a number or a quoted key after '['");
      }
    }
    if (i >= text.length) return segments;
    if (text[i] === '.') {
      i++;
      expectName = true;
    } else if (text[i] === '[') {
      expectName = false;
    } else {
      fail("expected '.', '[' or the end");
    }
  }
}

export function jsonPathProblem(text: string): { segments?: Array<string | number>; problem?: string } {
  try {
    return { segments: parseJsonPath(text) };
  } catch (error) {
    return {
      problem: `${show(text)} is not a field path (${(error as Error).message}); expected e.g. ${PATH_EXAMPLES}`
    };
  }
}
