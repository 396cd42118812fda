/** version-files: the input list, and each kind's in-place edit (only the version text changes). */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readVersionFile, writeVersionFile } from '../../src/version/files.js';
import { bumpVersionFile, parseVersionFiles, planVersionFiles, type VersionFileSpec } from '../../src/version/version-files.js';

const spec = (line: string): VersionFileSpec => {
  const { specs, problems } = parseVersionFiles(line);
  expect(problems).toEqual([]);
  return specs[0]!;
};

/** The text after the edit must be the text before with exactly these spans changed. */
function changedSpans(before: string, after: string): string[] {
  const spans: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    const start = [i, j];
    while ((i < before.length || j < after.length) && before[i] !== after[j]) {
      i++;
      j++;
    }
    spans.push(`${before.slice(start[0], i)}→${after.slice(start[1], j)}`);
  }
  return spans;
}

const CARGO = `# the service
[package]
name = "svc"   # keep this comment
version = "1.4.0"
edition = "2021"

[dependencies]
serde = { version = "1.4.0", features = ["derive"] }
`;

const CARGO_WORKSPACE = `[workspace]
members = ["a", "b"]

[workspace.package]
version = '1.4.0'
license = "MIT"
`;

const CARGO_INHERITS = `[package]\nname = "a"\nversion.workspace = true\n`;

const PYPROJECT = `[build-system]
requires = ["hatchling"]

[project]
name = "svc"
description = """
[project]
version = "9.9.9"
"""
version = "1.4.0"\r
dependencies = ["requests>=1.4.0"]
`;

const POETRY = `[tool.poetry]\nname = "svc"\nversion = "1.4.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\n`;

const DYNAMIC = `[project]\nname = "svc"\ndynamic = ["version"]\n`;

const TS = `// The version shown by --version.
export const VERSION = '1.4.0'; // x-ship-prod-version
export const MIN_CLIENT = '1.4.0';
`;

describe('edits in place, byte for byte elsewhere', () => {
  it.each([
    ['Cargo.toml [package]', 'Cargo.toml', CARGO, ['4→5']],
    ['Cargo.toml [workspace.package], single quotes', 'Cargo.toml', CARGO_WORKSPACE, ['4→5']],
    ['pyproject.toml [project], CRLF line, a [project] inside a multi-line string ignored', 'pyproject.toml', PYPROJECT, ['4→5']],
    ['pyproject.toml [tool.poetry]', 'sub/pyproject.toml', POETRY, ['4→5']],
    ['marker line only; the same version on another line stays', 'src/version.ts', TS, ['4→5']],
    ['marker with a v prefix, kept', 'docs/install.md', 'Use acme/ship-prod@v1.4.0 <!-- x-ship-prod-version -->\nv1.4.0 elsewhere\n', ['4→5']],
    ['regex: every match, first group', 'docs/install.md#/ship-prod@v(\\S+)/', 'uses: acme/ship-prod@v1.4.0\n\nuses: acme/ship-prod@v1.4.0\nnot 1.4.0\n', ['4→5', '4→5']],
    ['json top-level version, nested one kept', 'manifest.json', '{\n  "name": "x",\n  "version": "1.4.0",\n  "deps": {"version": "1.4.0"}\n}', ['4→5']]
  ])('%s', (_name, line, text, spans) => {
    const s = spec(line);
    const result = bumpVersionFile(s, text, '1.4.0', '1.5.0');
    expect(result).not.toHaveProperty('problem');
    const after = (result as { text: string }).text;
    expect(changedSpans(text, after)).toEqual(spans);
    expect(after.replaceAll('1.5.0', '1.4.0')).toBe(text);
  });

  it('a prerelease replaces the whole version text', () => {
    const result = bumpVersionFile(spec('Cargo.toml'), CARGO, '1.4.0', '2.0.0-rc.1') as { text: string };
    expect(result.text).toContain('version = "2.0.0-rc.1"\nedition');
    expect(result.text).toContain('serde = { version = "1.4.0"');
  });
});

describe('a file that does not hold the current version is a problem naming file and line', () => {
  it.each([
    ['Cargo.toml', CARGO.replace('version = "1.4.0"\nedition', 'version = "1.3.9"\nedition'), /Cargo\.toml line 4: version is "1\.3\.9", not the current version 1\.4\.0/],
    ['Cargo.toml', CARGO_INHERITS, /no version = "…" found: \[package\] \(line 1\) takes it from elsewhere: version\.workspace = true \(line 3\); no \[workspace\.package\] table/],
    ['pyproject.toml', DYNAMIC, /\[project\] \(line 1\) takes it from elsewhere: dynamic = \["version"\]/],
    ['pyproject.toml', '[tool.black]\nline-length = 100\n', /no \[project\] table; no \[tool\.poetry\] table/],
    ['src/version.ts', TS.replace("'1.4.0'; //", "'1.3.0'; //"), /src\/version\.ts line 2: carries the marker x-ship-prod-version but not the current version 1\.4\.0 \(it holds 1\.3\.0\)/],
    ['src/version.ts', 'export const VERSION = "1.4.0";\n', /no line carries the marker x-ship-prod-version/],
    ['src/version.ts', '// x-ship-prod-version: 1.4.0-rc.1\n', /line 1: carries the marker .* not the current version 1\.4\.0 \(it holds 1\.4\.0-rc\.1\)/],
    ['README.md#/ship-prod@v(\\S+)/', 'uses: acme/ship-prod@v1.4.0\nuses: acme/ship-prod@v1.3.0\n', /README\.md line 2: \/ship-prod@v\(\\S\+\)\/ captured "1\.3\.0", not the current version 1\.4\.0/],
    ['README.md#/ship-prod@v(\\S+)/', 'nothing here\n', /matches nothing/],
    ['app.json', '{"name": "x"}', /app\.json line 1: no "version" field/],
    ['app.json', '{"version": "1.3.0"}', /app\.json: "version" is 1\.3\.0, not the current version 1\.4\.0/]
  ])('%s', (line, text, message) => {
    const result = bumpVersionFile(spec(line), text, '1.4.0', '1.5.0');
    expect(result).toHaveProperty('problem');
    expect((result as { problem: string }).problem).toMatch(message);
  });
});

describe('parseVersionFiles', () => {
  it('reads kinds by file name, skips blanks and comments, keeps line numbers for problems', () => {
    const { specs, problems } = parseVersionFiles(
      ['# more versions', 'Cargo.toml', 'py/pyproject.toml', 'src/version.ts', 'app.json', 'docs/a.md#/v(\\d+\\.\\d+\\.\\d+)/i', '', './x/../VERSION.txt'].join('\n')
    );
    expect(problems).toEqual([]);
    expect(specs).toEqual([
      { path: 'Cargo.toml', kind: 'toml' },
      { path: 'py/pyproject.toml', kind: 'toml' },
      { path: 'src/version.ts', kind: 'marker' },
      { path: 'app.json', kind: 'json' },
      { path: 'docs/a.md', kind: 'regex', pattern: 'v(\\d+\\.\\d+\\.\\d+)', flags: 'i' },
      { path: 'VERSION.txt', kind: 'marker' }
    ]);
  });

  it.each([
    ['/etc/passwd', 1, /is an absolute path/],
    ['ok.ts\n../outside.ts', 2, /leads outside the workspace/],
    ['docs/a.md#/v\\d+/', 1, /has no capture group/],
    ['docs/a.md#/v(\\d+/', 1, /not a valid regular expression/],
    ['docs/a.md#/v(\\d+)/g', 1, /flags "g" .* are not among i, m, s, u/]
  ])('%j → a problem on line %d', (value, line, message) => {
    const { problems } = parseVersionFiles(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('planVersionFiles', () => {
  // Parsed once the pattern engine is loaded (__tests__/setup/on-demand-libraries.ts), not while the file is collected.
  let specs: ReturnType<typeof parseVersionFiles>['specs'] = [];
  beforeAll(() => {
    specs = parseVersionFiles('Cargo.toml\nsrc/version.ts\nREADME.md#/@v(\\S+)/\nREADME.md#/version (\\S+)/').specs;
  });
  it('edits every file (a file listed twice gets both edits)', () => {
    const texts = new Map([
      ['Cargo.toml', CARGO],
      ['src/version.ts', TS],
      ['README.md', 'uses: x@v1.4.0\nversion 1.4.0\n']
    ]);
    const plan = planVersionFiles(specs, texts, '1.4.0', '1.5.0');
    expect(plan.problems).toEqual([]);
    expect(plan.edits.map((e) => e.path)).toEqual(['Cargo.toml', 'src/version.ts', 'README.md']);
    expect(plan.edits[2]!.content).toBe('uses: x@v1.5.0\nversion 1.5.0\n');
  });

  it('a missing file or a wrong version: every problem listed, and no edit at all', () => {
    const texts = new Map<string, string | null>([
      ['Cargo.toml', null],
      ['src/version.ts', TS.replace("'1.4.0'; //", "'1.3.0'; //")],
      ['README.md', 'uses: x@v1.4.0\nversion 1.4.0\n']
    ]);
    const plan = planVersionFiles(specs, texts, '1.4.0', '1.5.0');
    expect(plan.edits).toEqual([]);
    expect(plan.problems).toEqual([
      'Cargo.toml: listed in version-files, but there is no such file at the shipped commit',
      expect.stringMatching(/^src\/version\.ts line 2: /)
    ]);
  });
});

describe('version-file itself may be a Cargo.toml or pyproject.toml', () => {
  it('reads and writes the manifest version in place', () => {
    expect(readVersionFile('Cargo.toml', CARGO)).toBe('1.4.0');
    expect(readVersionFile('pyproject.toml', POETRY)).toBe('1.4.0');
    expect(changedSpans(CARGO, writeVersionFile('Cargo.toml', CARGO, '1.5.0'))).toEqual(['4→5']);
    expect(() => readVersionFile('pyproject.toml', DYNAMIC)).toThrow(/dynamic = \["version"\]/);
  });
});
