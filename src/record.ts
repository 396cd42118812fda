/**
 * A ship record's start and end: `newRecord` (what every path reports from, also a run whose
 * inputs were refused) and `conclude` (where it stopped, then the ending: status, headline, next
 * steps; the DORA figures; a freeze window that opened during the ship). Apart from pipeline.ts
 * so that main can report bad inputs without loading the stages and the GitHub client (start-up;
 * see scripts/measure-startup.ts).
 */
import { systemClock, type Clock } from './clock.js';
import { publicSettings } from './config/public-settings.js';
import type { Settings } from './config/settings.js';
import { decideEnding } from './ending.js';
import { noteFreezeOpened } from './gates/freeze.js';
import { computeDora } from './report/dora.js';
import type { Halt, ShipRecord } from './ship.js';

export function newRecord(settings?: Settings, clock: Clock = systemClock): ShipRecord {
  return {
    schema: 'ship-prod/report@1',
    startedAt: new Date(clock.now()).toISOString(),
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

/** Ends the ship: where it stopped (if it did), then the status, headline and next steps, and the DORA figures. */
export function conclude(record: ShipRecord, halt?: Halt): ShipRecord {
  if (halt) record.halt = halt;
  const ending = decideEnding(record);
  record.status = ending.status;
  record.headline = ending.headline;
  record.nextSteps.push(...ending.nextSteps);
  record.dora = computeDora(record);
  noteFreezeOpened(record);
  return record;
}
