/** Where the report file goes (the `report-file` input), decided before any write by the gates too. */
import path from 'node:path';
import type { PathChoice } from '../config/settings.js';

export const REPORT_FILE_NAME = 'production-ship-report.md';

/**
 * Workspace-relative with `/`: `auto` puts it beside the state file (the workspace root without
 * one), a path is taken as given, `none` writes no report (null).
 */
export function reportFilePath(record: { settings?: { reportFile: PathChoice }; stateFile?: { path: string } }): string | null {
  const choice = record.settings?.reportFile ?? { mode: 'auto' };
  if (choice.mode === 'none') return null;
  if (choice.mode === 'path') return choice.path;
  const state = record.stateFile?.path;
  if (!state) return REPORT_FILE_NAME;
  const dir = path.posix.dirname(state.replace(/\\/g, '/'));
  return dir === '.' ? REPORT_FILE_NAME : `${dir}/${REPORT_FILE_NAME}`;
}
