/**
 * A changelog whose branch has not taken the previous release commit (an open merge-back pull
 * request): what that release shipped leaves Unreleased, and its section comes in from the tag.
 */
import { describe, expect, test } from '@jest/globals';
import { withoutReleased } from '../../src/version/changelog-released.js';
import { releaseChangelog } from '../../src/version/changelog.js';

const HEAD = '# Changelog\n\n## [Unreleased]\n\n';
const OLD = '## [1.4.0] - 2026-10-01\n\n### Added\n\n- First public release.\n';
const LINKS_14 = '\n[unreleased]: https://github.com/acme/s/compare/v1.4.0...HEAD\n[1.4.0]: https://github.com/acme/s/releases/tag/v1.4.0\n';

/** The changelog in the v1.5.0 release commit (the tag). */
const AT_TAG =
  `${HEAD}## [1.5.0] - 2026-11-02\n\n### Added\n\n- One-page checkout.\n\n### Fixed\n\n- Totals no longer round twice\n  on discounted carts.\n\n${OLD}` +
  '\n[unreleased]: https://github.com/acme/s/compare/v1.5.0...HEAD\n[1.5.0]: https://github.com/acme/s/compare/v1.4.0...v1.5.0\n[1.4.0]: https://github.com/acme/s/releases/tag/v1.4.0\n';

describe('withoutReleased', () => {
  test('the released entries leave Unreleased; the released section and its link come in from the tag', () => {
    const onMain = `${HEAD}### Added\n\n- One-page checkout.\n- Gift cards.\n\n### Fixed\n\n- Totals no longer round twice\n  on discounted carts.\n\n${OLD}${LINKS_14}`;
    const out = withoutReleased(onMain, AT_TAG);
    expect(out.dropped).toEqual(['One-page checkout.', 'Totals no longer round twice']);
    expect(out.added).toEqual(['1.5.0']);
    expect(out.text).toBe(
      `${HEAD}### Added\n\n- Gift cards.\n\n## [1.5.0] - 2026-11-02\n\n### Added\n\n- One-page checkout.\n\n### Fixed\n\n- Totals no longer round twice\n  on discounted carts.\n\n${OLD}` +
        '\n[unreleased]: https://github.com/acme/s/compare/v1.4.0...HEAD\n[1.5.0]: https://github.com/acme/s/compare/v1.4.0...v1.5.0\n[1.4.0]: https://github.com/acme/s/releases/tag/v1.4.0\n'
    );
    // Then the release: the new section holds only the new entry, the links follow.
    const released = releaseChangelog(out.text, { version: '1.6.0', date: '2026-11-09', tagPrefix: 'v', previousTag: 'v1.5.0', repoUrl: 'https://github.com/acme/s' });
    expect(released.section).toBe('### Added\n\n- Gift cards.');
    expect(released.text).toContain('## [Unreleased]\n\n## [1.6.0] - 2026-11-09\n\n### Added\n\n- Gift cards.\n\n## [1.5.0] - 2026-11-02');
    expect(released.text).toContain('[unreleased]: https://github.com/acme/s/compare/v1.6.0...HEAD\n[1.6.0]: https://github.com/acme/s/compare/v1.5.0...v1.6.0\n[1.5.0]:');
  });

  test('nothing new: Unreleased is left empty', () => {
    const onMain = `${HEAD}### Added\n\n- One-page checkout.\n\n### Fixed\n\n- Totals no longer round twice\n  on discounted carts.\n\n${OLD}`;
    const out = withoutReleased(onMain, AT_TAG);
    expect(out.text.startsWith(`${HEAD}## [1.5.0] - 2026-11-02\n`)).toBe(true);
    expect(releaseChangelog(out.text, { version: '1.5.1', date: '2026-11-09', tagPrefix: 'v', previousTag: 'v1.5.0', repoUrl: '' }).section).toBe('');
  });

  test('CRLF files keep CRLF; an entry written the same under another heading still counts as released', () => {
    const onMain = `${HEAD}### Changed\n\n- One-page   checkout.\n- New.\n\n${OLD}`.replace(/\n/g, '\r\n');
    const out = withoutReleased(onMain, AT_TAG);
    expect(out.dropped).toEqual(['One-page checkout.']);
    expect(out.text).not.toMatch(/[^\r]\n/);
    expect(out.text).toContain('### Changed\r\n\r\n- New.\r\n\r\n## [1.5.0] - 2026-11-02\r\n');
  });

  test('a branch that has the released sections already is left as it is', () => {
    expect(withoutReleased(AT_TAG, AT_TAG)).toEqual({ text: AT_TAG, dropped: [], added: [] });
  });

  test('no Unreleased section: the released sections go above the newest version section', () => {
    const out = withoutReleased(`# Changelog\n\n${OLD}`, AT_TAG);
    expect(out.text).toBe(`# Changelog\n\n## [1.5.0] - 2026-11-02\n\n### Added\n\n- One-page checkout.\n\n### Fixed\n\n- Totals no longer round twice\n  on discounted carts.\n\n${OLD}`);
  });
});
