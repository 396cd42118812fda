/**
 * What a test's code writes to stdout (workflow commands such as ::add-mask::), captured per test.
 * Call in a describe or at the top level; `masked()` lists the values passed to core.setSecret.
 */
import { afterEach, beforeEach, jest } from '@jest/globals';

export function captureStdout(): { lines: () => string[]; masked: () => string[] } {
  let stdout: string[] = [];
  beforeEach(() => {
    stdout = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  return {
    lines: () => stdout,
    masked: () => stdout.filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length).trim())
  };
}
