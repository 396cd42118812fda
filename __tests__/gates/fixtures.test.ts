/**
 * Every real Spec-Flow state file gets the verdicts expected from reading it (not a snapshot of
 * what the code returns). None is ready for production; two do not parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { evaluateGates, evaluateParseFailure } from '../../src/gates/evaluate.js';
import { builtInGates, ROLLBACK_GATE, STAGING_GATE } from '../../src/gates/rules.js';
import { parseStateFile } from '../../src/gates/state-file.js';
import type { GateVerdict } from '../../src/ship.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/spec-flow');

/** What a gate should say: passed or not, found, and (when a value decided) its line and path. */
interface Expect {
  passed: boolean;
  found: string;
  line?: number;
  path?: string;
  reason: string;
}

type FileExpect = { staging: Expect; rollback: Expect } | { parse: { line: number; column: number; message: string } };

const PENDING = 'approve it after validating on staging';
const DIRECT = 'a direct-to-production feature has no staging validation';
const ROLLBACK_TODO = 'prove the rollback';

const stagingMissing: Expect = {
  passed: false,
  found: 'missing',
  reason: 'no staging validation found'
};
const rollbackMissing: Expect = { passed: false, found: 'missing', reason: 'no rollback proof found' };
const missingBoth = { staging: stagingMissing, rollback: rollbackMissing };

const st = (found: string, line: number, p: string, reason: string, passed = false): Expect => ({ passed, found, line, path: p, reason });

const MG_VS = 'manual_gates.validate_staging';
const QG_RC = 'quality_gates.rollback_capability';

const EXPECTED: Record<string, FileExpect> = {
  'Spec-Flow__.spec-flow_templates_prototype_state.yaml': missingBoth,
  'Spec-Flow__.spec-flow_templates_workflow-state-template.yaml': {
    parse: { line: 61, column: 19, message: 'Unexpected scalar' }
  },
  'Spec-Flow__.spec-flow_testing_feedback-loop-test_epics_001-auth-test_workflow-state.yaml': {
    staging: st('pending', 66, 'manual_gates.staging_validation.status', PENDING),
    rollback: rollbackMissing
  },
  'marcusgoll__specs_001-environment-manageme_workflow-state.yaml': {
    staging: st('approved: false', 35, `${MG_VS}.approved`, DIRECT),
    rollback: st('passed: false', 48, `${QG_RC}.passed`, ROLLBACK_TODO)
  },
  'marcusgoll__specs_002-ghost-cms-migration_workflow-state.yaml': {
    staging: st('approved: false', 29, `${MG_VS}.approved`, DIRECT),
    rollback: st('passed: false', 44, `${QG_RC}.passed`, ROLLBACK_TODO)
  },
  'marcusgoll__specs_002-tech-stack-cms-integ_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_003-homepage-post-feed_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_003-individual-post-page_workflow-state.yaml': {
    staging: st('pending', 79, `${MG_VS}.status`, PENDING),
    rollback: st('pending', 70, `${QG_RC}.status`, ROLLBACK_TODO)
  },
  'marcusgoll__specs_004-seo-analytics_workflow-state.yaml': {
    staging: st('not_applicable', 110, `${MG_VS}.status`, DIRECT),
    rollback: st('passed', 99, `${QG_RC}.status`, 'rollback proof is "passed"', true)
  },
  // workflow.manual_gates holds only implementation_manual_work
  'marcusgoll__specs_005-dns-domain-mapping_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_006-syntax-highlighting_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_007-maintenance-mode-byp_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_047-dokploy-deployment-platform_workflow-state.yaml': {
    staging: st('approved: false', 112, 'manual_gates.staging_validation.approved', DIRECT),
    rollback: st('not_applicable', 100, `${QG_RC}.status`, 'a production ship needs a rollback that has been proven')
  },
  'marcusgoll__specs_048-multi-track-newsletter_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_048-ssl-tls-letsencrypt_workflow-state.yaml': {
    staging: st('not_started', 53, `${MG_VS}.status`, PENDING),
    rollback: st('not_started', 44, `${QG_RC}.status`, ROLLBACK_TODO)
  },
  // workflow.manual_gates holds only ssh_setup
  'marcusgoll__specs_049-cicd-pipeline_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_049-performance-optimization_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_050-dark-light-mode-toggle_workflow-state.yaml': {
    staging: st('approved: false', 72, `${MG_VS}.approved`, PENDING),
    rollback: st('passed: false', 64, `${QG_RC}.passed`, ROLLBACK_TODO)
  },
  'marcusgoll__specs_050-image-optimization_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_051-newsletter-signup_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_051-sitemap-generation_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_052-llm-seo-optimization_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_053-json-ld-structured-data_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_053-meta-tags-open-graph_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_054-contact-form-serverless_workflow-state.yaml': missingBoth,
  'marcusgoll__specs_055-homepage-redesign_workflow-state.yaml': missingBoth,
  'robinhood-algo-trading-bot__specs_001-backtesting-engine_workflow-state.yaml': {
    staging: st('approved: false', 29, `${MG_VS}.approved`, DIRECT),
    rollback: { ...rollbackMissing, reason: 'quality_gates.rollback_capability (line 39) has no status, approved or passed field (keys: available)' }
  },
  'robinhood-algo-trading-bot__specs_002-momentum-detection_workflow-state.yaml': {
    staging: st('pending', 30, `${MG_VS}.status`, PENDING),
    rollback: rollbackMissing
  },
  'robinhood-algo-trading-bot__specs_019-status-dashboard_workflow-state.yaml': {
    staging: st('skipped', 45, `${MG_VS}.status`, DIRECT),
    rollback: rollbackMissing
  },
  'robinhood-algo-trading-bot__specs_021-strategy-orchestrato_workflow-state.yaml': {
    staging: st('approved: false', 33, `${MG_VS}.approved`, DIRECT),
    rollback: { ...rollbackMissing, reason: 'quality_gates.rollback_capability (line 43) has no status' }
  },
  'robinhood-algo-trading-bot__specs_023-support-resistance-mapping_workflow-state.yaml': {
    staging: st('approved: false', 29, `${MG_VS}.approved`, DIRECT),
    rollback: { ...rollbackMissing, reason: 'quality_gates.rollback_capability (line 39) has no status' }
  },
  'robinhood-algo-trading-bot__specs_024-zone-bull-flag-integration_workflow-state.yaml': {
    staging: st('approved: false', 29, `${MG_VS}.approved`, DIRECT),
    // a bare scalar: `rollback_capability: pending`
    rollback: st('pending', 35, QG_RC, ROLLBACK_TODO)
  },
  // the manual gate (line 79) decides before phases.validate-staging (line 60)
  'robinhood-algo-trading-bot__specs_026-daily-profit-goal-ma_workflow-state.yaml': {
    staging: st('approved: false', 79, `${MG_VS}.approved`, PENDING),
    rollback: rollbackMissing
  },
  'robinhood-algo-trading-bot__specs_028-level-2-order-flow-i_workflow-state.yaml': missingBoth,
  'robinhood-algo-trading-bot__specs_029-llm-friendly-bot-operations_workflow-state.yaml': missingBoth,
  'robinhood-algo-trading-bot__specs_030-telegram-notificatio_workflow-state.yaml': missingBoth,
  'robinhood-algo-trading-bot__specs_032-backtest-performance-dashboard_workflow-state.yaml': missingBoth,
  'robinhood-algo-trading-bot__specs_033-multi-timeframe-confirmation_workflow-state.yaml': missingBoth,
  'robinhood-algo-trading-bot__specs_034-sentiment-analysis-integration_workflow-state.yaml': {
    parse: { line: 48, column: 1, message: 'Map keys must be unique' }
  },
  'robinhood-algo-trading-bot__specs_status-dashboard_workflow-state.yaml': {
    staging: st('skipped', 35, `${MG_VS}.status`, DIRECT),
    rollback: rollbackMissing
  }
};

const files = readdirSync(fixtures)
  .filter((f) => f !== 'README.md')
  .sort();

test('every fixture file has an expectation (none silently skipped)', () => {
  expect(files).toHaveLength(40);
  expect(files).toEqual(Object.keys(EXPECTED).sort());
});

function check(v: GateVerdict, e: Expect, file: string, paths: string[]): void {
  expect(v.passed).toBe(e.passed);
  expect(v.found).toBe(e.found);
  expect(v.reason).toContain(e.reason);
  if (e.line !== undefined) {
    expect(v.where).toBe(`${file}:${e.line} ${e.path}`);
    expect(v.reason).toContain(`${file}:${e.line} (${e.path})`);
  } else {
    // missing: every path looked at is named, in the verdict and in its reason
    for (const p of paths) {
      expect(v.where).toContain(p);
      expect(v.reason).toContain(p);
    }
  }
}

describe.each(files)('%s', (file) => {
  test('verdicts', () => {
    const expected = EXPECTED[file];
    const parsed = parseStateFile(file, readFileSync(path.join(fixtures, file), 'utf8'));
    if ('parse' in expected) {
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.error).toMatchObject({ file, line: expected.parse.line, column: expected.parse.column });
      expect(parsed.error.message).toContain(expected.parse.message);
      const v = evaluateParseFailure(parsed.error);
      expect(v.passed).toBe(false);
      expect(v.where).toBe(`${file}:${expected.parse.line}:${expected.parse.column}`);
      expect(v.reason).toContain(`${file}:${expected.parse.line}:${expected.parse.column}`);
      return;
    }
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rules = builtInGates();
    const verdicts = evaluateGates(parsed.doc, rules, file);
    expect(verdicts.map((v) => v.name)).toEqual([STAGING_GATE, ROLLBACK_GATE]);
    check(verdicts[0], expected.staging, file, rules[0].paths);
    check(verdicts[1], expected.rollback, file, rules[1].paths);
    expect(verdicts[0].expected).toBe('approved');
    expect(verdicts[1].expected).toBe('passed');
    // none of them is ready for production
    expect(verdicts.every((v) => v.passed)).toBe(false);
  });
});
