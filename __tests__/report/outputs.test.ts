/**
 * The `environments` output, from the record's environments: one key per environment the ship
 * went to, with its deployment, deploy run, status (in the words of the ship's statuses) and the
 * version it runs after the ship.
 */
import { describe, expect, it } from '@jest/globals';
import { environmentRecordOf, versionAfter } from '../../src/deploy/environment-record.js';
import type { EnvironmentOutcome } from '../../src/deploy/record.js';
import type { EnvironmentResult } from '../../src/deploy/unit.js';
import { outputsOf } from '../../src/report/outputs.js';
import { blocked, shipped } from './records.js';

const versions = { next: '1.5.0', previous: '1.4.0' };

function result(outcome: EnvironmentOutcome, over: Partial<EnvironmentResult> = {}): EnvironmentResult {
  return { name: 'prod-eu', outcome, deploy: { strategy: 'workflow', deploymentId: 41, runId: 9001, runUrl: 'https://github.example/runs/9001', detail: [] }, health: { verdict: 'passed', reason: '', checks: [], rounds: 0, detail: [] }, ...over };
}

describe('an environment in the record', () => {
  it.each<[EnvironmentOutcome, string | undefined]>([
    ['shipped', '1.5.0'],
    ['planned', '1.4.0'],
    ['untouched', '1.4.0'],
    ['restored', '1.4.0'],
    ['unknown', undefined]
  ])('%s: it runs %p after the ship', (outcome, version) => {
    expect(versionAfter(outcome, versions)).toBe(version);
  });

  it('a first release never changed: no version to name', () => {
    expect(versionAfter('untouched', { next: '1.0.0', previous: '' })).toBeUndefined();
  });

  it('carries the deployment, the run and the failure', () => {
    expect(environmentRecordOf(result('restored', { failure: 'health checks failed' }), versions)).toEqual({
      name: 'prod-eu',
      outcome: 'restored',
      failure: 'health checks failed',
      deploymentId: 41,
      runId: 9001,
      runUrl: 'https://github.example/runs/9001',
      version: '1.4.0',
      health: 'passed'
    });
  });

  it('in a wave: its wave, window, approval, times, and whether an earlier attempt had deployed it', () => {
    const r = result('shipped', {
      startedAt: '2026-12-05T10:00:00.000Z',
      durationMs: 4200,
      deploy: { strategy: 'workflow', deploymentId: 7, alreadySucceeded: true, approval: { environment: 'prod-eu', reviewers: ['@ops'], waitedMs: 1500, outcome: 'approved' }, detail: [] },
      health: { verdict: 'passed', reason: '', checks: [], rounds: 2, detail: [], window: { verdict: 'passed', reason: 'ok', durationMs: 3000, plannedRounds: 3, rounds: 3, stoppedEarly: false, thresholds: { errorRate: 0.01, latencyMs: 500 } } }
    });
    expect(environmentRecordOf({ ...r, wave: 'main' }, versions)).toEqual({
      wave: 'main',
      name: 'prod-eu',
      outcome: 'shipped',
      deploymentId: 7,
      version: '1.5.0',
      health: 'passed',
      window: { verdict: 'passed', durationMs: 3000 },
      deployedBefore: true,
      approval: { reviewers: ['@ops'], waitedMs: 1500, outcome: 'approved' },
      startedAt: '2026-12-05T10:00:00.000Z',
      durationMs: 4200
    });
    expect(environmentRecordOf(result('planned'), versions)).not.toHaveProperty('health');
  });
});

describe('the environments output', () => {
  it('one key per environment: deployment id, run id, status and version', () => {
    const record = shipped();
    record.environments = [
      environmentRecordOf(result('shipped'), versions),
      environmentRecordOf(result('unknown', { name: 'prod-us', deploy: { strategy: 'command', detail: [] } }), versions)
    ];
    expect(JSON.parse(outputsOf(record, '').environments)).toEqual({
      'prod-eu': { 'deployment-id': 41, 'deploy-run-id': 9001, status: 'shipped', version: '1.5.0' },
      'prod-us': { 'deployment-id': null, 'deploy-run-id': null, status: 'failed', version: null }
    });
  });

  it.each<[EnvironmentOutcome, string]>([
    ['planned', 'dry-run'],
    ['untouched', 'aborted'],
    ['restored', 'rolled-back']
  ])('%s reads %s', (outcome, status) => {
    const record = shipped();
    record.environments = [environmentRecordOf(result(outcome), versions)];
    expect(JSON.parse(outputsOf(record, '').environments)['prod-eu'].status).toBe(status);
  });

  it('a ship that went to no environment (blocked): an empty object', () => {
    expect(outputsOf(blocked(), '').environments).toBe('{}');
  });
});
