import { describe, expect, it } from '@jest/globals';
import { captureStdout } from '../helpers/stdout.js';
import { hideValues, maskKeyValueLines, maskSecret, redactJson, redactOutputs, redactSecrets, registerSecret } from '../../src/config/secrets.js';

const { masked } = captureStdout();

describe('secrets', () => {
  it('registerSecret masks and redacts a value from any text, longest first', () => {
    const list: string[] = [];
    registerSecret('  tok-1234567890  ', list);
    registerSecret('tok-1234567890-extended');
    expect(masked()).toEqual(['tok-1234567890', 'tok-1234567890-extended']);
    expect(list).toEqual(['tok-1234567890']);
    expect(redactSecrets('a tok-1234567890-extended b tok-1234567890 c')).toBe('a *** b *** c');
  });

  // Any shape: all digits, short, booleans. The runner masks from 4 characters (shorter ones would
  // garble every line of the job's log); the action redacts every one of them as a whole token.
  it.each([
    ['8675309', true, 'pin 8675309.', 'pin ***.', 'id 18675309 and v8675309 kept'],
    ['1234', true, 'code=1234', 'code=***', '12345 and 1.1234 kept'],
    ['true', true, 'dry is true', 'dry is ***', 'construed and true-ish kept'],
    ['FALSE', true, '"FALSE"', '"***"', 'false kept (case matters)'],
    ['eu', false, 'region eu, zone b', 'region ***, zone b', 'queue and eu-west-1 kept'],
    ['0.5', false, 'ratio 0.5 ok', 'ratio *** ok', '10.5 and 0.55 kept']
  ])('%p: masked by the runner %p, redacted as a token', (value, isMasked, text, redacted, unrelated) => {
    registerSecret(value);
    expect(masked()).toEqual(isMasked ? [value] : []);
    expect(redactSecrets(text)).toBe(redacted);
    expect(redactSecrets(unrelated)).toBe(unrelated);
  });

  it('maskKeyValueLines registers each value after the first =, even on lines that are otherwise wrong, never comments', () => {
    const list: string[] = [];
    maskKeyValueLines('region=eu-west-1\n1bad=hunter2-secret\nnote=a=b=c-d-e\nno equals here\n# x=commented\npin=8675309\nflag=true\nzone=eu', list);
    expect(masked()).toEqual(['eu-west-1', 'hunter2-secret', 'a=b=c-d-e', '8675309', 'true']);
    expect(list).toEqual(['eu-west-1', 'hunter2-secret', 'a=b=c-d-e', '8675309', 'true', 'eu']);
  });

  it('maskSecret masks any length in the log and redacts it', () => {
    maskSecret('abc', []);
    maskSecret('Bearer-xyz-987', []);
    expect(masked()).toEqual(['abc', 'Bearer-xyz-987']);
    expect(redactSecrets('abc Bearer-xyz-987 abcd')).toBe('*** *** abcd');
  });

  it('redactJson redacts strings only: the JSON keeps its shape, numbers and booleans', () => {
    registerSecret('json-secret-1');
    registerSecret('false');
    registerSecret('4242');
    const value = { a: 'x json-secret-1 y', b: [false, 4242, 'false', 'run 4242'], 'json-secret-1': 1 };
    expect(redactJson(value)).toEqual({ a: 'x *** y', b: [false, 4242, '***', 'run ***'], 'json-secret-1': 1 });
  });

  it('redactOutputs: report-json string by string; the scalar outputs (facts) only for distinctive secrets', () => {
    registerSecret('false');
    registerSecret('out-secret-99');
    const outputs = redactOutputs({ 'rolled-back': 'false', status: 'out-secret-99', 'report-json': JSON.stringify({ s: 'false', t: true, u: 'out-secret-99' }) });
    expect(outputs).toEqual({ 'rolled-back': 'false', status: '***', 'report-json': '{"s":"***","t":true,"u":"***"}' });
  });

  it('hideValues keeps the names only', () => {
    expect(hideValues({ token: 'x', region: 'y' })).toEqual({ token: '***', region: '***' });
  });
});
