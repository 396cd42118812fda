import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseUnreleased, releaseChangelog, unclosedFences, type ReleaseChangelogOptions } from '../../src/version/changelog.js';

const goldenDir = new URL('../golden/changelog/', import.meta.url);

const base: ReleaseChangelogOptions = {
  version: '1.2.0',
  date: '2024-05-01',
  tagPrefix: 'v',
  previousTag: 'v1.1.0',
  repoUrl: 'https://github.com/o/r'
};

/** Each golden case: the options, and the notes section the release should carry. */
const cases: Record<string, { opts?: Partial<ReleaseChangelogOptions>; section: string; created?: boolean }> = {
  'with-links': {
    section: [
      '### Added',
      '',
      '- Export to CSV from the reports page.',
      '- `--json` flag for the CLI.',
      '',
      '### Fixed',
      '',
      '- Crash when the config file is empty.'
    ].join('\n')
  },
  'without-links': {
    section: [
      '### Changed',
      '',
      '- Retry failed uploads three times instead of once.',
      '',
      '### Security',
      '',
      '- Bump the TLS minimum to 1.2.'
    ].join('\n')
  },
  'empty-unreleased': { section: '' },
  'missing-file': { opts: { version: '1.0.0', previousTag: null }, section: '', created: true },
  crlf: { section: '### Fixed\n\n- Login redirect loop on Safari.' },
  'unbracketed-unreleased': { section: '### Deprecated\n\n- The `legacy` output format; use `table`.' },
  'no-unreleased': { section: '' },
  'existing-version': { section: '### Added\n\n- Export to CSV.' },
  'unusual-subheadings': {
    opts: { version: '2.0.0' },
    section: [
      '### ⚠ Breaking Changes',
      '',
      '- The `--out` flag is now required.',
      '',
      '### Performance',
      '',
      '- Cache parsed templates.',
      '',
      '### Docs',
      '#### API',
      '',
      '- Document the export endpoint:',
      '```sh',
      '## not a heading: inside a code block',
      'curl -X POST /export',
      '```'
    ].join('\n')
  },
  'no-trailing-newline': { section: '### Fixed\n\n- Typo in the help text.' },
  'first-release-links': { opts: { version: '1.0.0', previousTag: null }, section: '### Added\n\n- Everything.' },
  'v-prefixed-labels': { opts: { version: '2.0.0' }, section: '### Removed\n\n- Node 16 support.' }
};

function read(name: string, file: string): string | null {
  const url = new URL(`${name}/${file}`, goldenDir);
  return existsSync(url) ? readFileSync(url, 'utf8') : null;
}

describe('releaseChangelog golden files', () => {
  test('every golden folder has a case here, and every case a folder', () => {
    const folders = readdirSync(goldenDir).sort();
    expect(folders).toEqual(Object.keys(cases).sort());
  });

  test.each(Object.entries(cases))('%s', (name, c) => {
    const input = read(name, 'input.md');
    const expected = read(name, 'expected.md');
    expect(expected).not.toBeNull();
    const out = releaseChangelog(input, { ...base, ...c.opts });
    // Byte for byte (CRLF kept): compare as JSON strings so a difference in line endings shows.
    expect(JSON.stringify(out.text)).toBe(JSON.stringify(expected));
    expect(out.section).toBe(c.section);
    expect(out.created).toBe(c.created ?? false);
  });

  test('golden inputs really cover CRLF and a missing final newline', () => {
    expect(read('crlf', 'input.md')).toMatch(/\r\n/);
    expect(read('crlf', 'input.md')?.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(read('no-trailing-newline', 'input.md')).not.toMatch(/\n$/);
    expect(read('missing-file', 'input.md')).toBeNull();
  });

  test.each(Object.entries(cases).filter(([name]) => read(name, 'input.md') !== null))(
    '%s: a second run on the output changes nothing (re-run safety)',
    (name, c) => {
      const opts = { ...base, ...c.opts };
      const once = releaseChangelog(read(name, 'input.md'), opts);
      const twice = releaseChangelog(once.text, opts);
      expect(twice.text).toBe(once.text);
      if (name !== 'no-unreleased') expect(twice.section).toBe(c.section);
    }
  );
});

describe('releaseChangelog details', () => {
  test('an empty file is treated like a missing one, but not reported as created', () => {
    const out = releaseChangelog('', { ...base, version: '1.0.0', previousTag: null });
    expect(out.created).toBe(false);
    expect(out.text).toContain('## [Unreleased]\n\n## [1.0.0] - 2024-05-01\n');
  });

  test('missing file without a repo URL has no links', () => {
    const out = releaseChangelog(null, { ...base, repoUrl: '' });
    expect(out.text).not.toMatch(/^\[/m);
    expect(out.text.endsWith('## [1.2.0] - 2024-05-01\n')).toBe(true);
  });

  test('missing file with a previous tag links a compare view', () => {
    const out = releaseChangelog(null, base);
    expect(out.text).toContain('[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0\n');
  });

  test('file with only a header: the version section goes at the end', () => {
    expect(releaseChangelog('# Changelog\n', base).text).toBe('# Changelog\n\n## [1.2.0] - 2024-05-01\n');
    expect(releaseChangelog('# Changelog', base).text).toBe('# Changelog\n\n## [1.2.0] - 2024-05-01');
  });

  test('Unreleased as the last section, followed by links', () => {
    const input = '## [Unreleased]\n\n- one\n\n[unreleased]: https://github.com/o/r/compare/v1.1.0...HEAD\n';
    const out = releaseChangelog(input, base);
    expect(out.text).toBe(
      '## [Unreleased]\n\n## [1.2.0] - 2024-05-01\n\n- one\n\n' +
        '[unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD\n' +
        '[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0\n'
    );
    expect(out.section).toBe('- one');
  });

  test('without a previous tag, the Unreleased link tells where the last release was', () => {
    const input = '## [Unreleased]\n\n- one\n\n[unreleased]: https://github.com/o/r/compare/v1.1.0...HEAD\n';
    const out = releaseChangelog(input, { ...base, previousTag: null });
    expect(out.text).toContain('[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0\n');
  });

  test('tag prefix other than v is used in links', () => {
    const input = '## [Unreleased]\n\n[unreleased]: https://github.com/o/r/compare/release-1.1.0...HEAD\n';
    const out = releaseChangelog(input, { ...base, tagPrefix: 'release-', previousTag: 'release-1.1.0' });
    expect(out.text).toContain('[unreleased]: https://github.com/o/r/compare/release-1.2.0...HEAD\n');
    expect(out.text).toContain('[1.2.0]: https://github.com/o/r/compare/release-1.1.0...release-1.2.0\n');
  });

  test('`(date)` heading style is copied', () => {
    const input = '## Unreleased\n\n- x\n\n## 1.1.0 (2024-03-02)\n';
    expect(releaseChangelog(input, base).text).toBe('## Unreleased\n\n## 1.2.0 (2024-05-01)\n\n- x\n\n## 1.1.0 (2024-03-02)\n');
  });

  test('only placeholder comments and empty headings in Unreleased: empty notes', () => {
    const input = '## [Unreleased]\n\n<!--\nnotes go here\n-->\n\n### Added\n\n### Fixed\n\n## [1.1.0] - 2024-03-02\n';
    const out = releaseChangelog(input, base);
    expect(out.section).toBe('');
    expect(out.text).toBe(
      '## [Unreleased]\n\n## [1.2.0] - 2024-05-01\n\n<!--\nnotes go here\n-->\n\n### Added\n\n### Fixed\n\n## [1.1.0] - 2024-03-02\n'
    );
  });

  test.each([
    [{ version: 'v1.2.0' }, /not a semantic version/],
    [{ version: '1.2' }, /not a semantic version/],
    [{ date: '2024-5-1' }, /YYYY-MM-DD/]
  ])('bad options %j are refused', (opts, message) => {
    expect(() => releaseChangelog('', { ...base, ...opts })).toThrow(message);
  });
});

describe('parseUnreleased', () => {
  test('no Unreleased section → null', () => {
    expect(parseUnreleased('# Changelog\n\n## [1.0.0] - 2024-01-01\n\n- x\n')).toBeNull();
    expect(parseUnreleased('')).toBeNull();
  });

  test('headings and entries, raw kept as written', () => {
    const text = read('with-links', 'input.md') as string;
    const u = parseUnreleased(text);
    expect(u).not.toBeNull();
    expect(u?.headings).toEqual({
      Added: ['Export to CSV from the reports page.', '`--json` flag for the CLI.'],
      Fixed: ['Crash when the config file is empty.']
    });
    expect(u?.breaking).toBe(false);
    expect(u?.raw).toBe(
      '\n### Added\n\n- Export to CSV from the reports page.\n- `--json` flag for the CLI.\n\n### Fixed\n\n- Crash when the config file is empty.\n\n'
    );
  });

  test('CRLF raw stays CRLF; entries have no \\r', () => {
    const u = parseUnreleased(read('crlf', 'input.md') as string);
    expect(u?.raw).toBe('\r\n### Fixed\r\n\r\n- Login redirect loop on Safari.\r\n\r\n');
    expect(u?.headings).toEqual({ Fixed: ['Login redirect loop on Safari.'] });
  });

  test('unusual sub-headings, comments, code blocks', () => {
    const u = parseUnreleased(read('unusual-subheadings', 'input.md') as string);
    expect(u?.headings).toEqual({
      '⚠ Breaking Changes': ['The `--out` flag is now required.'],
      Performance: ['Cache parsed templates.'],
      Fixed: [],
      Docs: ['Document the export endpoint:\n```sh\n## not a heading: inside a code block\ncurl -X POST /export\n```']
    });
    expect(u?.breaking).toBe(true);
  });

  test.each([
    ['multi-line and nested items', '### Added\n- one\n  continued\n  - nested\n- two\n', { Added: ['one\ncontinued\n- nested', 'two'] }],
    ['prose without a list', '### Changed\nEverything is faster.\n\nAnd smaller.\n', { Changed: ['Everything is faster.', 'And smaller.'] }],
    ['entries before any sub-heading', '- loose entry\n\n### Fixed\n* star item\n+ plus item\n1. numbered\n', { '': ['loose entry'], Fixed: ['star item', 'plus item', 'numbered'] }],
    ['repeated heading merges', '### Added\n- a\n### Fixed\n- b\n### Added\n- c\n', { Added: ['a', 'c'], Fixed: ['b'] }],
    ['comment-only heading is empty', '### Added\n<!-- nothing yet -->\n', { Added: [] }]
  ])('%s', (_name, body, headings) => {
    expect(parseUnreleased(`## [Unreleased]\n${body}`)?.headings).toEqual(headings);
  });

  test.each([
    ['- **BREAKING:** config moved', true],
    ['- BREAKING CHANGE: config moved', true],
    ['- **Breaking change**: config moved', true],
    ['- [breaking] config moved', true],
    ['- Breaking news ticker added', false],
    ['- Fix a breaking test', false]
  ])('breaking note in an entry: %s → %s', (entry, breaking) => {
    expect(parseUnreleased(`## Unreleased\n\n### Changed\n\n${entry}\n`)?.breaking).toBe(breaking);
  });

  test('an empty Breaking heading is not a breaking note', () => {
    expect(parseUnreleased('## Unreleased\n\n### Breaking\n\n### Added\n\n- x\n')?.breaking).toBe(false);
  });

  test('`## Unreleased - soon` and lower-case `## [unreleased]` are found', () => {
    expect(parseUnreleased('## Unreleased - soon\n### Fixed\n- a\n')?.headings).toEqual({ Fixed: ['a'] });
    expect(parseUnreleased('## [unreleased]\n### Fixed\n- a\n')?.headings).toEqual({ Fixed: ['a'] });
  });
});

describe('an unclosed code fence', () => {
  const text = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '### Added',
    '',
    '- New export:',
    '  ```js',
    '  exportAll()',
    '',
    '## [1.4.0] - 2026-10-01',
    '',
    '- Old entry that must stay out.',
    '',
    '[unreleased]: https://github.com/acme/x/compare/v1.4.0...HEAD',
    '[1.4.0]: https://github.com/acme/x/releases/tag/v1.4.0',
    ''
  ].join('\n');

  test('the section still ends at the next version heading, and the fence is reported', () => {
    expect(unclosedFences(text)).toEqual([8]);
    const released = releaseChangelog(text, { version: '1.5.0', date: '2026-11-29', tagPrefix: 'v', previousTag: 'v1.4.0', repoUrl: 'https://github.com/acme/x' });
    expect(released.section).toContain('exportAll()');
    expect(released.section).not.toContain('Old entry');
    expect(released.section).not.toContain('[1.4.0]:');
    expect(released.text).toContain('[1.5.0]: https://github.com/acme/x/compare/v1.4.0...v1.5.0');
    expect(parseUnreleased(text)?.raw).not.toContain('Old entry');
  });

  test('closed fences are not reported, and a heading inside one is not a section', () => {
    const closed = '## [Unreleased]\n\n```\n## [9.9.9]\n```\n\n## [1.0.0]\n';
    expect(unclosedFences(closed)).toEqual([]);
    expect(parseUnreleased(closed)?.raw).toContain('## [9.9.9]');
  });
});
