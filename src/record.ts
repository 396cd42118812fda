/**
 * A ship record's start and end: `newRecord` (what every path reports from, also a run whose
 * inputs were refused) and `conclude` (status, headline, next steps, DORA figures). Apart from
 * pipeline.ts so that main can report bad inputs without loading the stages and the GitHub
 * client (start-up; see scripts/measure-startup.ts).
 */
import { hideValues } from './config/secrets.js';
import type { Settings } from './config/settings.js';
import { computeDora } from './report/dora.js';
import { publicProgressive } from './traffic/settings.js';
import type { ShipRecord } from './ship.js';

export function newRecord(settings?: Settings): ShipRecord {
  return {
    schema: 'ship-prod/report@1',
    startedAt: new Date().toISOString(),
    settings: settings ? publicSettings(settings) : undefined,
    stages: [],
    gates: [],
    plan: [],
    warnings: [],
    api: { requests: 0, byStage: {} },
    status: 'failed',
    headline: '',
    nextSteps: []
  };
}

/** The settings as the report may show them: no token, header values replaced by `***`. */
export function publicSettings(settings: Settings): Omit<Settings, 'token'> {
  const { token: _token, ...rest } = settings;
  return {
    ...rest,
    deploy: { ...rest.deploy, inputs: hideValues(rest.deploy.inputs) },
    health: { ...rest.health, checks: rest.health.checks.map((c) => ({ ...c, headers: hideValues(c.headers) })) },
    monitor: { ...rest.monitor, ...(rest.monitor.metrics ? { metrics: rest.monitor.metrics.map((m) => ({ ...m, ...(m.headers ? { headers: hideValues(m.headers) } : {}) })) } : {}) },
    ...(rest.progressive ? { progressive: publicProgressive(rest.progressive) } : {})
  };
}

export function conclude(record: ShipRecord, status: ShipRecord['status'], headline: string, nextSteps: string[]): ShipRecord {
  record.status = status;
  record.headline = headline;
  record.nextSteps.push(...nextSteps);
  record.dora = computeDora(record);
  return record;
}
