/** Path inputs: a workspace-relative file, or `auto` / `none`. */
import path from 'node:path';
import type { PathChoice } from './settings.js';
import { hasControlChar, show, type Problems } from './problems.js';

/** A workspace-relative file path, normalised with '/' separators; undefined (and a problem) otherwise. */
export function readFilePath(p: Problems, name: string, value: string): string | undefined {
  const expected = 'expected a path relative to the workspace, e.g. docs/CHANGELOG.md';
  if (hasControlChar(value)) {
    p.add(name, `${show(value)} contains a line break or control character; ${expected}`);
    return undefined;
  }
  const slashed = value.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    p.add(name, `${show(value)} is an absolute path; ${expected}`);
    return undefined;
  }
  if (slashed.startsWith('~')) {
    p.add(name, `${show(value)} starts with '~', which is not expanded; ${expected}`);
    return undefined;
  }
  const normalized = path.posix.normalize(slashed);
  if (normalized === '..' || normalized.startsWith('../')) {
    p.add(name, `${show(value)} leads outside the workspace; ${expected}`);
    return undefined;
  }
  if (normalized === '.' || normalized.endsWith('/') || normalized.endsWith('/.') || normalized.endsWith('/..')) {
    p.add(name, `${show(value)} names a folder, not a file; ${expected}`);
    return undefined;
  }
  return normalized;
}

export function readPathChoice(p: Problems, name: string, value: string): PathChoice | undefined {
  if (value === 'auto') return { mode: 'auto' };
  if (value === 'none') return { mode: 'none' };
  const file = readFilePath(p, name, value);
  return file === undefined ? undefined : { mode: 'path', path: file };
}
