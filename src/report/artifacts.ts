/**
 * The report file (`production-ship-report.md`), written on every path, dry run and blocked
 * included: the one thing a dry run writes. Never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redactSecrets } from '../config/secrets.js';
import { confinedPath } from '../workspace/confine.js';
import type { ShipRecord } from '../ship.js';
import { renderReportFile } from './report-file.js';
import { reportFilePath } from './report-path.js';

/** Writes the report file; answers its workspace-relative path, or '' when `report-file: none`. */
export function writeReportFile(record: ShipRecord, workspace: string, now: Date = new Date()): string {
  const relative = reportFilePath(record);
  if (!relative) return '';
  const file = confinedPath(workspace, relative, 'report-file');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, redactSecrets(renderReportFile(record, { now })));
  return relative;
}
