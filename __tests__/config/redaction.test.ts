/**
 * The shared redactor (pure) and the log's line redaction: which occurrences of a secret are
 * found, by its shape, and what unrelated text is left alone.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { compileRedactor, isDistinctive, isTooSmall, redactStrings, redactWith } from '../../src/config/redaction.js';
import { installLogRedaction, redactLogLine, redactLogText } from '../../src/config/log-redaction.js';

describe('redactWith', () => {
  it.each([
    // distinctive values: anywhere, even inside a word
    ['ghs_token12345', 'Bearer ghs_token12345', 'Bearer ***'],
    ['ghs_token12345', 'xghs_token12345x', 'x***x'],
    ['https://hooks.example/T/B/s3cr3t', 'curl -d @m https://hooks.example/T/B/s3cr3t?x=1', 'curl -d @m ***?x=1'],
    // ...in the forms messages show them: folded whitespace, JSON-escaped, percent-encoded
    ['two  spaced\tsecret', 'msg: two spaced secret!', 'msg: ***!'],
    ['quote"in-secret', '{"v":"quote\\"in-secret"}', '{"v":"***"}'],
    ['https://hooks.example/T/B/s3cr3t', 'next=https%3A%2F%2Fhooks.example%2FT%2FB%2Fs3cr3t', 'next=***'],
    // all digits, any length: a whole token only
    ['8675309', 'pin=8675309; run 48675309; 8675309.5; v8675309; 8675309-x', 'pin=***; run 48675309; 8675309.5; v8675309; 8675309-x'],
    ['8675309', 'ends with 8675309.', 'ends with ***.'],
    ['12345678901', 'id 12345678901 and 123456789012', 'id *** and 123456789012'],
    // short words and booleans
    ['true', 'migrate: true, truest, true-ish, "true"', 'migrate: ***, truest, true-ish, "***"'],
    ['eu', 'region eu (queue, eu-west-1, neu)', 'region *** (queue, eu-west-1, neu)'],
    ['abc', 'abc_d abc.d abc. (abc)', 'abc_d abc.d ***. (***)'],
    ['3.14', 'pi=3.14 v3.14 3.141', 'pi=*** v3.14 3.141'],
    ['über', 'Grüße über überall', 'Grüße *** überall'],
    // the floor: one character, a number under 100
    ['7', 'step 7 of 9', 'step 7 of 9'],
    ['42', 'line 42', 'line 42'],
    ['x', 'x marks', 'x marks'],
    ['', 'empty is ignored', 'empty is ignored'],
    ['  ', 'blank is ignored', 'blank is ignored']
  ])('%p in %p → %p', (secret, text, expected) => {
    expect(redactWith(text, [secret])).toBe(expected);
  });

  it('replaces the longest secret first where two overlap', () => {
    expect(redactWith('a secret-value-long b secret-value c', ['secret-value', 'secret-value-long'])).toBe('a *** b *** c');
    expect(redactWith('pin 1234 and 12345', ['1234', '12345'])).toBe('pin *** and ***');
  });

  it('treats regular-expression characters as text', () => {
    expect(redactWith('a (a+)+$ b .* c', ['(a+)+$', '.*'])).toBe('a *** b *** c');
  });

  it.each([
    ['ghs_token12345', true],
    ['8chars!!', true],
    ['1234567', false],
    ['12345678901234', false],
    ['true', false]
  ])('isDistinctive(%p) is %p', (value, expected) => {
    expect(isDistinctive(value)).toBe(expected);
  });

  it.each([['', true], ['a', true], ['9', true], ['99', true], ['100', false], ['eu', false]])('isTooSmall(%p) is %p', (value, expected) => {
    expect(isTooSmall(value)).toBe(expected);
  });

  it('a compiled redactor is reused for many texts; no secrets: the text as is', () => {
    const redact = compileRedactor(['tok-abcdef-99']);
    expect(['tok-abcdef-99', 'none'].map(redact)).toEqual(['***', 'none']);
    expect(compileRedactor([])('anything')).toBe('anything');
  });
});

describe('redactStrings', () => {
  it('walks objects and arrays, keeps keys, numbers, booleans, null', () => {
    const redact = compileRedactor(['8675309']);
    expect(redactStrings({ a: ['pin 8675309', 8675309, true, null], b: { c: '8675309' }, 8675309: 'x' }, redact)).toEqual({
      a: ['pin ***', 8675309, true, null],
      b: { c: '***' },
      8675309: 'x'
    });
  });
});

describe('the log lines', () => {
  const redact = compileRedactor(['8675309', 'tok-abcdef-99']);
  it.each([
    ['[command]bash -c deploy --pin 8675309', '[command]bash -c deploy --pin ***'],
    ['::add-mask::8675309', '::add-mask::8675309'],
    ['::error title=deploy-inputs,line=8675309::pin 8675309 refused', '::error title=deploy-inputs,line=8675309::pin *** refused'],
    ['::group::deploy tok-abcdef-99', '::group::deploy ***'],
    ['::warning::a: b tok-abcdef-99', '::warning::a: b ***'],
    ['plain 8675309 line', 'plain *** line']
  ])('%p → %p', (line, expected) => {
    expect(redactLogLine(line, redact)).toBe(expected);
  });

  it('a chunk of several lines: each on its own, line ends kept', () => {
    expect(redactLogText('::add-mask::tok-abcdef-99\necho tok-abcdef-99\r\n8675309\n', redact)).toBe('::add-mask::tok-abcdef-99\necho ***\r\n***\n');
  });
});

describe('installLogRedaction', () => {
  it('routes stdout and stderr writes (strings and buffers) through the redactor, until undone', () => {
    const written: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    };
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      const undo = installLogRedaction(compileRedactor(['tok-abcdef-99']));
      process.stdout.write('a tok-abcdef-99\n');
      process.stderr.write(Buffer.from('b tok-abcdef-99\n'));
      process.stdout.write('::add-mask::tok-abcdef-99\n');
      undo();
      process.stdout.write('c tok-abcdef-99\n');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(written).toEqual(['a ***\n', 'b ***\n', '::add-mask::tok-abcdef-99\n', 'c tok-abcdef-99\n']);
  });
});
