/**
 * TOML and JSON version files read by real parsers (issue 21): what the old line scanner got wrong
 * (triple quotes in comments and one-line strings, a [package] inside a multi-line string, dotted
 * keys, inline tables), and a JSON file with two top-level "version" keys.
 */
import { describe, expect, test } from '@jest/globals';
import { readVersionFile, writeVersionFile } from '../../src/version/files.js';
import { bumpVersionFile, type VersionFileSpec } from '../../src/version/version-files.js';

const toml = (path: string): VersionFileSpec => ({ path, kind: 'toml' });

/** Reads, then bumps 1.4.0 → 1.5.0 through both entries (version-file and version-files). */
function bumped(path: string, text: string): { read: string; written: string; listed: string } {
  const listed = bumpVersionFile(toml(path), text, '1.4.0', '1.5.0');
  if ('problem' in listed) throw new Error(listed.problem);
  return { read: readVersionFile(path, text), written: writeVersionFile(path, text, '1.5.0'), listed: listed.text };
}

describe('TOML: the version where a TOML parser finds it, edited in place', () => {
  test.each([
    ['a comment holding """ before [package]', 'Cargo.toml', '# a note with """ in it\n[package]\nname = "a"\nversion = "1.4.0"\n'],
    ["a comment holding ''' before [package]", 'Cargo.toml', "# it's '''odd'''\n[package]\nversion = \"1.4.0\"\n"],
    ['a one-line string holding """', 'Cargo.toml', '[package]\ndescription = "say \\"\\"\\" twice"\nversion = "1.4.0"\n'],
    ['a one-line literal string holding """', 'Cargo.toml', "[package]\ndescription = 'three \"\"\" quotes'\nversion = \"1.4.0\"\n"],
    ['a dotted key at the top level', 'Cargo.toml', 'package.name = "a"\npackage.version = "1.4.0"\n'],
    ['a quoted dotted key', 'Cargo.toml', '"package"."version" = "1.4.0"\n'],
    ['a dotted key under a table', 'pyproject.toml', '[tool]\npoetry.name = "a"\npoetry.version = "1.4.0"\n'],
    ['an inline table', 'Cargo.toml', 'package = { name = "a", version = "1.4.0" }\n'],
    ['a nested inline table', 'pyproject.toml', 'tool = { poetry = { version = "1.4.0" } }\n'],
    ['[workspace.package] through a dotted header with spaces', 'Cargo.toml', '[ workspace . "package" ]\nversion = \'1.4.0\'\n'],
    ['a CRLF file', 'pyproject.toml', '[project]\r\nname = "a"\r\nversion = "1.4.0"\r\n']
  ])('%s', (_name, path, text) => {
    const out = bumped(path, text);
    expect(out.read).toBe('1.4.0');
    const expected = text.replace(/1\.4\.0/, '1.5.0');
    expect(out.written).toBe(expected);
    expect(out.listed).toBe(expected);
  });

  // A comment holding """ used to open a string for the scanner, so the real string's opening
  // closed it and the text inside the string was read (and edited) as the manifest.
  const HIDDEN = '# a note with """ in it\n[lib]\ndescription = """\n[package]\nversion = "1.4.0"\n"""\n';

  test('never edits text inside a multi-line string: the real [package] version is the one edited', () => {
    const text = `${HIDDEN}\n[package]\nversion = "1.4.0"\n`;
    expect(bumped('Cargo.toml', text).written).toBe(`${HIDDEN}\n[package]\nversion = "1.5.0"\n`);
  });

  test('a [package] found only inside a multi-line string is no table: refused, nothing edited', () => {
    expect(() => readVersionFile('Cargo.toml', HIDDEN)).toThrow(/no \[package\] table; no \[workspace\.package\] table/);
    expect(bumpVersionFile(toml('Cargo.toml'), HIDDEN, '1.4.0', '1.5.0')).toEqual({ problem: expect.stringMatching(/no \[package\] table/) });
  });

  test.each([
    ['a multi-line string version', '[package]\nversion = """1.4.0"""\n', /line 2: version is a multi-line string; expected a one-line string such as "1.4.0"/],
    ['a number', '[package]\nversion = 1.4\n', /line 2: version is not a string; expected a one-line string such as "1.4.0"/],
    ['an escape in the version', '[package]\nversion = "1.4.\\u0030"\n', /line 2: version is written with escapes; write it plainly, e.g. "1.4.0"/],
    ['not TOML', '[package]\nversion = = "1.4.0"\n', /^Cargo\.toml line 2, column 11: not valid TOML \(.+\)$/],
    ['a key defined twice', '[package]\nversion = "1.4.0"\nversion = "1.4.0"\n', /line 3, column 1: not valid TOML \(Defining a key multiple times is invalid\)/]
  ])('%s is refused, naming the line', (_name, text, message) => {
    expect(() => readVersionFile('Cargo.toml', text)).toThrow(message);
  });

  test('inherited versions are named, as before', () => {
    expect(() => readVersionFile('Cargo.toml', '[package]\nname = "a"\nversion.workspace = true\n')).toThrow(
      /\[package\] \(line 1\) takes it from elsewhere: version\.workspace = true \(line 3\)/
    );
    expect(() => readVersionFile('Cargo.toml', '[package]\nversion = { workspace = true }\n')).toThrow(/takes it from elsewhere: version\.workspace = true \(line 2\)/);
    expect(() => readVersionFile('pyproject.toml', '[project]\ndynamic = ["version"]\n')).toThrow(/takes it from elsewhere: dynamic = \["version"\] \(line 2\)/);
  });
});

describe('JSON: a duplicate top-level "version"', () => {
  const text = '{\n  "name": "a",\n  "version": "1.4.0",\n  "private": true,\n  "version": "1.4.1"\n}\n';

  test('is refused, naming the file and the line of the second key (JSON.parse and npm read the last)', () => {
    expect(() => readVersionFile('package.json', text)).toThrow('package.json line 5: "version" appears twice in the top-level object (lines 3 and 5); JSON.parse and npm read the last one: keep one');
    expect(() => writeVersionFile('app.json', text, '1.5.0')).toThrow(/app\.json line 5: "version" appears twice/);
    expect(bumpVersionFile({ path: 'app.json', kind: 'json' }, text, '1.4.0', '1.5.0')).toEqual({ problem: expect.stringMatching(/^app\.json line 5: "version" appears twice/) });
  });

  test('in package-lock.json packages[""] too', () => {
    const lock = '{\n  "version": "1.4.0",\n  "packages": {\n    "": {\n      "version": "1.4.0",\n      "version": "1.4.0"\n    }\n  }\n}\n';
    expect(() => writeVersionFile('package-lock.json', lock, '1.5.0')).toThrow(/package-lock\.json line 6: "version" appears twice in packages\[""\]/);
  });

  test('a nested "version" is not a duplicate', () => {
    const nested = '{\n  "version": "1.4.0",\n  "engines": {"version": "1.4.0"}\n}\n';
    expect(writeVersionFile('app.json', nested, '1.5.0')).toBe(nested.replace('"version": "1.4.0",', '"version": "1.5.0",'));
  });
});
