/**
 * Changelog cases ship-prod got wrong before (issue 21): compare links whose base URL has a path
 * segment named like a GitHub route, a byte order mark before the Unreleased heading, an existing
 * link definition for the new version, and links written in angle brackets.
 */
import { describe, expect, test } from '@jest/globals';
import { parseUnreleased, releaseChangelog, type ReleaseChangelogOptions } from '../../src/version/changelog.js';

const opts: ReleaseChangelogOptions = { version: '1.2.0', date: '2024-05-01', tagPrefix: 'v', previousTag: 'v1.1.0', repoUrl: 'https://github.com/o/r' };

function file(links: string[], heading = '## [Unreleased]'): string {
  return ['# Changelog', '', heading, '', '### Added', '', '- New thing.', '', '## [1.1.0] - 2024-01-01', '', '- Old thing.', '', ...links, ''].join('\n');
}

/** The link definitions at the end of the released file. */
function linksOf(text: string): string[] {
  return text.split('\n').filter((l) => /^\[[^\]]+\]: /.test(l));
}

describe('compare links keep their base URL, whatever its path segments are named', () => {
  test.each(['tree', 'releases', 'tags', 'tag', 'commit', 'commits', 'compare'])('a repository path segment named %s', (segment) => {
    const base = `https://github.com/acme/${segment}`;
    const out = releaseChangelog(file([`[unreleased]: ${base}/compare/v1.1.0...HEAD`, `[1.1.0]: ${base}/releases/tag/v1.1.0`]), opts).text;
    expect(linksOf(out)).toEqual([
      `[unreleased]: ${base}/compare/v1.2.0...HEAD`,
      `[1.2.0]: ${base}/compare/v1.1.0...v1.2.0`,
      `[1.1.0]: ${base}/releases/tag/v1.1.0`
    ]);
  });

  test.each([
    ['https://gitlab.example/group/tree/project/-/compare/v1.1.0...HEAD', 'https://gitlab.example/group/tree/project/-'],
    ['https://github.com/tree/releases/compare/v1.1.0...main', 'https://github.com/tree/releases']
  ])('%s', (unreleased, base) => {
    const out = releaseChangelog(file([`[unreleased]: ${unreleased}`]), opts).text;
    expect(linksOf(out)[1]).toBe(`[1.2.0]: ${base}/compare/v1.1.0...v1.2.0`);
  });

  test('only version links (no unreleased link): the base comes from a version link', () => {
    const out = releaseChangelog(file(['[1.1.0]: https://github.com/acme/tags/releases/tag/v1.1.0']), opts).text;
    expect(linksOf(out)).toEqual(['[1.2.0]: https://github.com/acme/tags/compare/v1.1.0...v1.2.0', '[1.1.0]: https://github.com/acme/tags/releases/tag/v1.1.0']);
  });
});

describe('a byte order mark before a first-line Unreleased heading', () => {
  const text = `\uFEFF## [Unreleased]\n\n### Fixed\n\n- A bug.\n\n## [1.1.0] - 2024-01-01\n\n- Old.\n`;

  test('the release section holds the entries and the Unreleased section is left empty', () => {
    const out = releaseChangelog(text, opts);
    expect(out.section).toBe('### Fixed\n\n- A bug.');
    expect(out.text).toBe(`\uFEFF## [Unreleased]\n\n## [1.2.0] - 2024-05-01\n\n### Fixed\n\n- A bug.\n\n## [1.1.0] - 2024-01-01\n\n- Old.\n`);
  });

  test('auto sees the Unreleased entries', () => {
    expect(parseUnreleased(text)?.headings).toEqual({ Fixed: ['A bug.'] });
  });
});

describe('an existing link definition for the new version', () => {
  test('does not stop the [unreleased] link from moving, and is not added twice', () => {
    const out = releaseChangelog(
      file([
        '[unreleased]: https://github.com/o/r/compare/v1.1.0...HEAD',
        '[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0',
        '[1.1.0]: https://github.com/o/r/releases/tag/v1.1.0'
      ]),
      opts
    ).text;
    expect(linksOf(out)).toEqual([
      '[unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD',
      '[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0',
      '[1.1.0]: https://github.com/o/r/releases/tag/v1.1.0'
    ]);
  });
});

describe('links written <...> keep their angle brackets', () => {
  test('the moved [unreleased] link and the new version link', () => {
    const out = releaseChangelog(
      file(['[unreleased]: <https://github.com/o/r/compare/v1.1.0...HEAD>', '[1.1.0]: <https://github.com/o/r/releases/tag/v1.1.0>']),
      opts
    ).text;
    expect(linksOf(out)).toEqual([
      '[unreleased]: <https://github.com/o/r/compare/v1.2.0...HEAD>',
      '[1.2.0]: <https://github.com/o/r/compare/v1.1.0...v1.2.0>',
      '[1.1.0]: <https://github.com/o/r/releases/tag/v1.1.0>'
    ]);
  });

  test('only version links, in angle brackets', () => {
    const out = releaseChangelog(file(['[1.1.0]: <https://github.com/o/r/releases/tag/v1.1.0>']), opts).text;
    expect(linksOf(out)).toEqual(['[1.2.0]: <https://github.com/o/r/compare/v1.1.0...v1.2.0>', '[1.1.0]: <https://github.com/o/r/releases/tag/v1.1.0>']);
  });
});
