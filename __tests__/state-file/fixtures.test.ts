/**
 * Every one of the project's own state-file fixtures (__tests__/fixtures/state-files/) gets the
 * verdicts expected from reading it (not a snapshot of what the code returns): one per shape and
 * spelling Spec-Flow files use, three ready for production at different paths, two that do not parse.
 */
import { describe, expect, test } from '@jest/globals';
import { findStateFile } from '../../src/state-file/find.js';
import { listStateFiles, readStateFixture, STATE_FIXTURES } from '../fixtures/state-files.js';
import {
  checkStateFile,
  DIRECT,
  missingBoth,
  ONLY_APPROVED,
  PENDING,
  ROLLBACK_FAILED,
  ROLLBACK_NOT_APPLICABLE,
  ROLLBACK_TODO,
  rollbackMissing,
  st,
  STAGING_FAILED,
  type FileExpect
} from '../gates/verdict-checks.js';

const QG_RC = 'quality_gates.rollback_capability';
const MG_SV = 'manual_gates.staging_validation';
const MG_VS = 'manual_gates.validate_staging';
const approved = (line: number, path: string) => st('approved', line, path, `staging validation is "approved"`, true);
const passed = (found: string, line: number, path: string) => st(found, line, path, `rollback proof is "${found}"`, true);

const EXPECTED: Record<string, FileExpect> = {
  'specs/014-saved-carts/state.yaml': {
    staging: approved(16, `${MG_SV}.status`),
    rollback: passed('passed', 22, 'quality_gates.rollback.status')
  },
  'specs/013-loyalty-points/workflow-state.yaml': {
    // found in a list entry: `- name: validate-staging`
    staging: approved(8, 'workflow.steps.validate-staging.status'),
    rollback: passed('passed', 11, 'quality_gates.rollback')
  },
  'specs/012-price-alerts/workflow-state.json': {
    staging: approved(6, `${MG_SV}.status`),
    rollback: st('passed (contradicted by tested: false)', 10, `${QG_RC}.status`, 'but tested: false (line 11) beside it says otherwise')
  },
  // the manual gate (line 10) decides before phases.validate-staging (line 5)
  'specs/011-tax-rates/workflow-state.yaml': {
    staging: st('rejected', 10, `${MG_VS}.status`, STAGING_FAILED),
    rollback: passed('passed', 15, `${QG_RC}.status`)
  },
  'specs/009-gift-cards/workflow-state.yaml': {
    staging: st('pending', 10, 'workflow.manual_gates.staging_validation.status', PENDING),
    rollback: passed('passed: true', 19, `${QG_RC}.passed`)
  },
  'specs/008-search-suggest/workflow-state.yaml': {
    staging: st('failed', 6, 'manual_gates.validate-staging', STAGING_FAILED),
    rollback: st('failed', 9, 'quality_gates.rollback_test.status', ROLLBACK_FAILED)
  },
  'specs/007-wishlist-share/workflow-state.yaml': {
    staging: st('not_required', 8, `${MG_VS}.status`, DIRECT),
    rollback: { ...rollbackMissing, reason: `${QG_RC} (line 10) has no status, approved or passed field (keys: available, strategy)` }
  },
  'specs/006-order-notes/workflow-state.yaml': {
    staging: st('validated', 6, `${MG_SV}.status`, ONLY_APPROVED),
    rollback: st('pending', 9, QG_RC, ROLLBACK_TODO)
  },
  'specs/005-promo-banner/workflow-state.yaml': {
    staging: st('not_applicable', 17, `${MG_VS}.status`, DIRECT),
    rollback: st('not_applicable', 14, `${QG_RC}.status`, ROLLBACK_NOT_APPLICABLE)
  },
  'specs/004-stock-sync/workflow-state.yaml': { parse: { line: 8, column: 1, message: 'Map keys must be unique' } },
  'specs/onboarding-tour/workflow-state.yaml': missingBoth,
  'epics/003-payments-revamp/workflow-state.yaml': {
    staging: st('approved: false', 12, `${MG_SV}.approved`, PENDING),
    rollback: st('passed: false', 16, `${QG_RC}.passed`, ROLLBACK_TODO)
  },
  // `files.spec: {FEATURES_DIR}/...`: a flow map followed by more text
  'templates/state-template.yaml': { parse: { line: 8, column: 23, message: 'Unexpected scalar' } }
};

const files = listStateFiles();

test('every fixture file has an expectation (none silently skipped)', () => {
  expect(files).toEqual(Object.keys(EXPECTED).sort());
});

test('the fixtures cover every file name, folder kind and staging status', () => {
  const names = new Set(files.map((f) => f.split('/').pop()));
  expect([...names].sort()).toEqual(['state-template.yaml', 'state.yaml', 'workflow-state.json', 'workflow-state.yaml']);
  expect(files.some((f) => /^epics\/\d+-/.test(f))).toBe(true);
  expect(files.some((f) => /^specs\/[a-z]/.test(f))).toBe(true);
  const statuses = Object.values(EXPECTED).flatMap((e) => ('staging' in e ? [e.staging.found] : []));
  for (const s of ['pending', 'approved', 'rejected', 'failed', 'not_applicable', 'validated', 'not_required']) expect(statuses).toContain(s);
});

describe.each(files)('%s', (file) => {
  test('verdicts', () => {
    const verdicts = checkStateFile(file, readStateFixture(file), EXPECTED[file]!);
    expect(verdicts.length).toBeGreaterThan(0);
  });
});

test('discovery over the fixture tree picks the highest-numbered folder that is shipping to production', () => {
  const found = findStateFile(STATE_FIXTURES);
  expect(found).toMatchObject({ path: 'specs/014-saved-carts/state.yaml', feature: '014-saved-carts' });
  expect('reason' in found && found.reason).toContain('phase ship-prod (current_phase)');
  expect('reason' in found && found.reason).toContain('4 folders are shipping to production (014-saved-carts, 012-price-alerts, 011-tax-rates, 009-gift-cards)');
});
