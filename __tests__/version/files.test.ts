import { describe, expect, test } from '@jest/globals';
import { bumpPackageJson, bumpPackageLock, readVersionFile, writeVersionFile } from '../../src/version/changelog.js';

const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

// Each input, and the expected text written out by hand: only the version characters differ.
const PACKAGE_JSON: Array<[string, string, string]> = [
  [
    '2-space',
    '{\n  "name": "app",\n  "version": "1.2.3",\n  "scripts": {\n    "test": "jest"\n  }\n}\n',
    '{\n  "name": "app",\n  "version": "1.3.0",\n  "scripts": {\n    "test": "jest"\n  }\n}\n'
  ],
  [
    '4-space',
    '{\n    "version": "1.2.3",\n    "name": "app"\n}\n',
    '{\n    "version": "1.3.0",\n    "name": "app"\n}\n'
  ],
  ['tabs', '{\n\t"name": "app",\n\t"version": "1.2.3"\n}\n', '{\n\t"name": "app",\n\t"version": "1.3.0"\n}\n'],
  [
    'CRLF',
    crlf('{\n  "name": "app",\n  "version": "1.2.3"\n}\n'),
    crlf('{\n  "name": "app",\n  "version": "1.3.0"\n}\n')
  ],
  ['no final newline', '{"name":"app","version":"1.2.3"}', '{"name":"app","version":"1.3.0"}'],
  [
    'nested "version" keys before the top-level one stay',
    '{\n  "config": { "version": "9.9.9" },\n  "engines": { "node": ">=20" },\n  "version" : "1.2.3",\n  "x": ["version", {"version": "0.0.1"}]\n}\n',
    '{\n  "config": { "version": "9.9.9" },\n  "engines": { "node": ">=20" },\n  "version" : "1.3.0",\n  "x": ["version", {"version": "0.0.1"}]\n}\n'
  ],
  [
    'strings with escapes and braces do not confuse the reader',
    '{\n  "description": "a \\"quoted\\" {brace} \\\\",\n  "version": "1.2.3"\n}\n',
    '{\n  "description": "a \\"quoted\\" {brace} \\\\",\n  "version": "1.3.0"\n}\n'
  ],
  ['byte order mark', '\uFEFF{\n  "version": "1.2.3"\n}\n', '\uFEFF{\n  "version": "1.3.0"\n}\n']
];

describe('bumpPackageJson', () => {
  test.each(PACKAGE_JSON)('%s', (_name, input, expected) => {
    expect(JSON.stringify(bumpPackageJson(input, '1.3.0'))).toBe(JSON.stringify(expected));
  });

  test.each([
    ['{\n  "name": "app"\n}\n', 'package.json line 1: no "version" field in the top-level object'],
    ['{\n  "name": "app",\n  "version": 1\n}\n', 'package.json line 3: "version" in the top-level object is 1, not a string'],
    ['{\n  "name": "app",\n  "version": "latest"\n}\n', 'package.json line 3: "version" in the top-level object is "latest", not a semantic version (e.g. 1.4.2)'],
    ['{\n  "name": "app",\n  "version": "1.2.3",\n}\n', "package.json line 4, column 1: not valid JSON (property name expected)"],
    ['{\n  "name": "app"\n', 'package.json line 3, column 1: not valid JSON (close brace expected)'],
    ['["1.2.3"]', 'package.json line 1: expected a JSON object at the top level']
  ])('error: %j', (input, message) => {
    expect(() => bumpPackageJson(input, '1.3.0')).toThrow(message);
  });

  test('the new version must be a version', () => {
    expect(() => bumpPackageJson('{"version":"1.2.3"}', 'v1.3.0')).toThrow(/not a semantic version/);
  });
});

describe('bumpPackageLock', () => {
  const v3 = (version: string, eol = '\n', indent = '  '): string =>
    [
      '{',
      `${indent}"name": "app",`,
      `${indent}"version": "${version}",`,
      `${indent}"lockfileVersion": 3,`,
      `${indent}"requires": true,`,
      `${indent}"packages": {`,
      `${indent}${indent}"": {`,
      `${indent}${indent}${indent}"name": "app",`,
      `${indent}${indent}${indent}"version": "${version}",`,
      `${indent}${indent}${indent}"dependencies": { "semver": "^7.0.0" }`,
      `${indent}${indent}},`,
      `${indent}${indent}"node_modules/semver": {`,
      `${indent}${indent}${indent}"version": "7.8.6"`,
      `${indent}${indent}}`,
      `${indent}}`,
      '}',
      ''
    ].join(eol);

  test.each([
    ['2-space', '\n', '  '],
    ['4-space', '\n', '    '],
    ['tabs', '\n', '\t'],
    ['CRLF', '\r\n', '  ']
  ])('v3 lock, %s: root and packages[""] change, dependencies do not', (_name, eol, indent) => {
    const out = bumpPackageLock(v3('1.2.3', eol, indent), '1.3.0');
    expect(JSON.stringify(out)).toBe(JSON.stringify(v3('1.3.0', eol, indent)));
    expect(out).toContain('"version": "7.8.6"');
  });

  test('v1 lock (no packages map): only the root', () => {
    const input = '{\n  "name": "app",\n  "version": "1.2.3",\n  "lockfileVersion": 1,\n  "dependencies": {\n    "semver": { "version": "7.0.0" }\n  }\n}\n';
    expect(bumpPackageLock(input, '2.0.0')).toBe(input.replace('"version": "1.2.3"', '"version": "2.0.0"'));
  });

  test('packages[""] without a version is an error naming the file and line', () => {
    const input = '{\n  "version": "1.2.3",\n  "packages": {\n    "": {\n      "name": "app"\n    }\n  }\n}\n';
    expect(() => bumpPackageLock(input, '1.3.0')).toThrow('package-lock.json line 4: no "version" field in packages[""]');
  });

  test('a lock without a root version is an error', () => {
    expect(() => bumpPackageLock('{\n  "lockfileVersion": 3\n}\n', '1.3.0')).toThrow('package-lock.json line 1: no "version" field in the top-level object');
  });
});

describe('readVersionFile / writeVersionFile', () => {
  test.each([
    ['package.json', '{\n  "version": "1.2.3"\n}\n', '1.2.3'],
    ['sub/manifest.json', '{"version":"2.0.0-rc.1"}', '2.0.0-rc.1'],
    ['VERSION', '1.2.3\n', '1.2.3'],
    ['VERSION', '  v1.2.3  \r\n', '1.2.3'],
    ['version.txt', '# the version, read by ship-prod\n\n1.2.3+build.7\n\n', '1.2.3+build.7']
  ])('read %s %j → %s', (path, text, version) => {
    expect(readVersionFile(path, text)).toBe(version);
  });

  test.each([
    ['package.json', '{\n  "name": "x"\n}', 'package.json line 1: no "version" field in the top-level object'],
    ['package.json', '{\n  "version": "1.2"\n}', 'package.json line 2: "version" in the top-level object is "1.2", not a semantic version (e.g. 1.4.2)'],
    ['package.json', '{\n  "version": "1.2.3"\n  "name": "x"\n}', 'package.json line 3, column 3: not valid JSON'],
    ['VERSION', '', 'VERSION line 1: no version found; expected a line such as 1.4.2'],
    ['VERSION', '\n# only a comment\n', 'VERSION line 1: no version found'],
    ['VERSION', '\n\nrelease one\n', 'VERSION line 3: "release one" is not a semantic version (e.g. 1.4.2)'],
    ['VERSION', '1.2.3\n1.2.4\n', 'VERSION line 2: unexpected second line "1.2.4"; a version file holds only the version']
  ])('read %s %j fails: %s', (path, text, message) => {
    expect(() => readVersionFile(path, text)).toThrow(message);
  });

  test.each([
    ['VERSION', '1.2.3\n', '1.3.0\n'],
    ['VERSION', 'v1.2.3', 'v1.3.0'],
    ['VERSION', '# c\r\n  1.2.3 \r\n', '# c\r\n  1.3.0 \r\n'],
    ['package.json', '{\n\t"version": "1.2.3"\n}\n', '{\n\t"version": "1.3.0"\n}\n'],
    ['web/package-lock.json', '{"version":"1.2.3","packages":{"":{"version":"1.2.3"}}}', '{"version":"1.3.0","packages":{"":{"version":"1.3.0"}}}']
  ])('write %s %j → %j', (path, text, expected) => {
    expect(writeVersionFile(path, text, '1.3.0')).toBe(expected);
    expect(readVersionFile(path, expected)).toBe('1.3.0');
  });

  test('errors in other JSON files name that file', () => {
    expect(() => writeVersionFile('app/manifest.json', '{}', '1.3.0')).toThrow('app/manifest.json line 1: no "version" field');
  });
});
