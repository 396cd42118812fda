import { describe, expect, it } from '@jest/globals';
import { captureStdout } from '../helpers/stdout.js';
import { hideValues, maskKeyValueLines, maskSecret, redactSecrets, registerSecret } from '../../src/config/secrets.js';

const { masked } = captureStdout();

describe('secrets', () => {
  it('registerSecret masks long values and redacts them from any text, longest first', () => {
    const list: string[] = [];
    registerSecret('  tok-1234567890  ', list);
    registerSecret('tok-1234567890-extended');
    expect(masked()).toEqual(['tok-1234567890', 'tok-1234567890-extended']);
    expect(list).toEqual(['tok-1234567890']);
    expect(redactSecrets('a tok-1234567890-extended b tok-1234567890 c')).toBe('a *** b *** c');
  });

  it.each(['eu', '1234', 'true', 'FALSE', '12345', '0.5'])('%p is not masked (it would garble the log) nor redacted', (value) => {
    registerSecret(value);
    expect(masked()).toEqual([]);
    expect(redactSecrets(`x ${value} y`)).toBe(`x ${value} y`);
  });

  it('maskKeyValueLines masks each value after the first =, even on lines that are otherwise wrong', () => {
    maskKeyValueLines('region=eu-west-1\n1bad=hunter2-secret\nnote=a=b=c-d-e\nno equals here', []);
    expect(masked()).toEqual(['eu-west-1', 'hunter2-secret', 'a=b=c-d-e']);
  });

  it('maskSecret masks any length in the log and redacts the long ones', () => {
    maskSecret('abc', []);
    maskSecret('Bearer-xyz-987', []);
    expect(masked()).toEqual(['abc', 'Bearer-xyz-987']);
    expect(redactSecrets('abc Bearer-xyz-987')).toBe('abc ***');
  });

  it('hideValues keeps the names only', () => {
    expect(hideValues({ token: 'x', region: 'y' })).toEqual({ token: '***', region: '***' });
  });
});
