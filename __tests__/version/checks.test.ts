import { describe, expect, test } from '@jest/globals';
import { explicitVersionVerdict, tagNameVerdict, versionFileCheck } from '../../src/version/checks.js';

describe('versionFileCheck', () => {
  test('a file holding a version: the version, no verdict', () => {
    expect(versionFileCheck('version-file', 'package.json', '{"version": "1.2.3"}', true)).toEqual({ version: '1.2.3' });
    expect(versionFileCheck('version-file', 'VERSION', 'v2.0.0\n', true)).toEqual({ version: '2.0.0' });
  });

  test('a missing file blocks only when required', () => {
    expect(versionFileCheck('version-file', 'package.json', null, false)).toEqual({ version: null });
    const { verdict } = versionFileCheck('version-file', 'nope.json', null, true);
    expect(verdict).toMatchObject({ name: 'version-file', passed: false, where: 'nope.json', found: 'no such file' });
    expect(verdict?.reason).toBe("Input 'version-file': nope.json does not exist at the shipped commit; expected the path of the file that holds the version (e.g. package.json, VERSION)");
  });

  test.each([
    ['meta.json', '{\n  "name": "x"\n}\n', 'meta.json:1', /no "version" field/],
    ['notes.txt', 'hello\n', 'notes.txt:1', /"hello" is not a semantic version/],
    ['bad.json', '{\n  "version": 1\n}', 'bad.json:2', /not a string/],
    ['broken.json', '{\n  "version": \n', 'broken.json:3:1', /not valid JSON/]
  ])('%s without a version: blocked at its line', (file, text, where, reason) => {
    const { verdict, version } = versionFileCheck('version-files', file, text, false);
    expect(version).toBeNull();
    expect(verdict?.name).toBe('version-files');
    expect(verdict?.where).toBe(where);
    expect(verdict?.reason).toMatch(reason);
    expect(verdict?.reason.startsWith("Input 'version-files': ")).toBe(true);
  });
});

describe('tagNameVerdict', () => {
  test.each(['v1.2.3', '1.2.3', 'release/1.2.3', 'v2.0.0-rc.1', 'v1.0.0+build.5'])('%s is a valid tag', (tag) => {
    expect(tagNameVerdict(tag, 'v')).toBeUndefined();
  });

  test.each([
    ['refs/tags/1.3.0', /starts with 'refs\/'/],
    ['-v1.3.0', /starts with '-'/],
    ['v1.5.0-x.lock', /ends with '\.lock'/],
    ['a..1.0.0', /contains '\.\.'/],
    ['v 1.0.0', /contains a space/],
    ['rel//1.0.0', /'\/\/'/]
  ])('%s is refused', (tag, why) => {
    const verdict = tagNameVerdict(tag, 'x');
    expect(verdict?.name).toBe('tag-prefix');
    expect(verdict?.reason).toMatch(why);
  });

  test('names the version input when the version was given', () => {
    expect(tagNameVerdict('v1.5.0-x.lock', 'v', 'version')?.reason).toMatch(/^Input 'version': the tag "v1\.5\.0-x\.lock"/);
  });
});

describe('explicitVersionVerdict', () => {
  test.each([
    ['', '1.4.0', false],
    ['1.5.0', '1.4.0', false],
    ['1.4.0', '1.4.0', false],
    ['1.4.0-rc.1', '1.4.0', true],
    ['1.0.0', '1.4.0', true]
  ])('version %p over current %p blocks: %p', (version, current, blocks) => {
    const verdict = explicitVersionVerdict(version, current, 'package.json');
    expect(Boolean(verdict)).toBe(blocks);
    if (verdict) expect(verdict.reason).toMatch(new RegExp(`^Input 'version': ${version.replace(/\./g, '\\.')} is lower than the current version ${current.replace(/\./g, '\\.')}`));
  });
});
