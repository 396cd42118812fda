/**
 * Differential test of the version-file edits (issue 21): every edit the action makes is parsed
 * before and after by an independent parser (smol-toml for TOML, JSON.parse for JSON): only the
 * version changed, and the text is the text before with exactly the version's characters replaced.
 * Files the action refuses are checked against the parser too: either it refuses them as well
 * (not TOML / not JSON), or they hold no plain version where the action looks (inherited, dynamic,
 * a multi-line string, a table found only inside a string), or JSON.parse would read another
 * value than the one an in-place edit would change (two "version" keys).
 */
import { describe, expect, test } from '@jest/globals';
import { parse as parseToml } from 'smol-toml';
import { JSON_FILES, JSON_REFUSED, TOML_FILES, TOML_REFUSED, type Manifest } from '../fixtures/manifests.js';
import { readVersionFile, writeVersionFile } from '../../src/version/files.js';
import { bumpVersionFile, type VersionFileSpec } from '../../src/version/version-files.js';

const NEXT = '2.0.0-rc.1';
const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');
const toml = (text: string): unknown => parseToml(withoutBom(text));

function at(doc: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
}

function set(doc: unknown, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** The text after must be the text before with the first 1.4.0 at one offset replaced by NEXT (and nothing else). */
function expectOnlyVersionReplaced(before: string, after: string, times = 1): void {
  let i = 0;
  let j = 0;
  let replaced = 0;
  while (i < before.length || j < after.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    expect([before.slice(i, i + 5), after.slice(j, j + NEXT.length)]).toEqual(['1.4.0', NEXT]);
    i += 5;
    j += NEXT.length;
    replaced++;
  }
  expect(replaced).toBe(times);
}

function defaultPath(m: Manifest): string[] {
  return m.at ?? (m.path.endsWith('pyproject.toml') ? ['project', 'version'] : ['package', 'version']);
}

describe('TOML edits, checked by smol-toml', () => {
  test.each(TOML_FILES.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const before = toml(m.text);
    expect(at(before, defaultPath(m))).toBe('1.4.0');
    expect(readVersionFile(m.path, m.text)).toBe('1.4.0');
    const spec: VersionFileSpec = { path: m.path, kind: 'toml' };
    const listed = bumpVersionFile(spec, m.text, '1.4.0', NEXT);
    if ('problem' in listed) throw new Error(listed.problem);
    const written = writeVersionFile(m.path, m.text, NEXT);
    expect(listed.text).toBe(written);
    expect(toml(written)).toEqual(set(before, defaultPath(m), NEXT));
    expectOnlyVersionReplaced(m.text, written);
  });

  test.each(TOML_REFUSED.map((m) => [m.name, m] as const))('refused: %s', (_name, m) => {
    expect(() => readVersionFile(m.path, m.text)).toThrow(new RegExp(`^${m.path.replace('.', '\\.')}( line \\d+(, column \\d+)?)?: `));
    let parsed: unknown;
    try {
      parsed = toml(m.text);
    } catch {
      return; // smol-toml refuses it too: not TOML
    }
    // Valid TOML: no plain one-line version string where the action looks.
    const version = at(parsed, defaultPath(m));
    const plain = typeof version === 'string' && m.text.includes(`"${version}"`) && !m.text.includes(`"""${version}"""`);
    expect(plain).toBe(false);
  });
});

describe('JSON edits, checked by JSON.parse', () => {
  test.each(JSON_FILES.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const before = JSON.parse(withoutBom(m.text)) as Record<string, unknown>;
    expect(readVersionFile(m.path, m.text)).toBe('1.4.0');
    const written = writeVersionFile(m.path, m.text, NEXT);
    let expected = set(before, ['version'], NEXT);
    const lockSelf = m.path === 'package-lock.json' && at(before, ['packages', '']) !== undefined;
    if (lockSelf) expected = set(expected, ['packages', '', 'version'], NEXT);
    expect(JSON.parse(withoutBom(written))).toEqual(expected);
    expectOnlyVersionReplaced(m.text, written, lockSelf ? 2 : 1);
    if (m.path !== 'package-lock.json') {
      const listed = bumpVersionFile({ path: m.path, kind: 'json' }, m.text, '1.4.0', NEXT);
      expect(listed).toEqual({ text: written });
    }
  });

  test.each(JSON_REFUSED.map((m) => [m.name, m] as const))('refused: %s', (_name, m) => {
    expect(() => writeVersionFile(m.path, m.text, NEXT)).toThrow(new RegExp(`^${m.path.replace('.', '\\.')} line \\d+`));
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(m.text) as Record<string, unknown>;
    } catch {
      return; // JSON.parse refuses it too
    }
    // Valid JSON: its version is not a string, or it is not the first "version" an in-place edit would change.
    const first = /"version"\s*:\s*"([^"]*)"/.exec(m.text)?.[1];
    expect(typeof parsed.version !== 'string' || parsed.version !== first).toBe(true);
  });
});

test('the corpus sizes', () => {
  expect(TOML_FILES.length + TOML_REFUSED.length).toBeGreaterThanOrEqual(40);
  expect(JSON_FILES.length + JSON_REFUSED.length).toBeGreaterThanOrEqual(14);
});
