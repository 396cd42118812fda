/**
 * Golden files: `expectGolden(dir, name, actual)` compares with `<dir>/<name>.md` byte for byte.
 * To regenerate after an intended change: UPDATE_GOLDEN=1, then read every diff before committing.
 */
import { expect } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function expectGolden(dir: string, name: string, actual: string): void {
  const file = path.join(dir, `${name}.md`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 and review what it writes`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
