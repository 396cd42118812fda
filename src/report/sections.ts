/**
 * Sections the job summary and the report file show alike (only their heading level differs):
 * the gates table, the dry run's plan, the warnings.
 */
import type { ShipRecord } from '../ship.js';
import { fenced, table, text } from './markdown.js';

export function gatesTable(record: ShipRecord): string {
  return table(
    ['gate', 'expected', 'found', 'where', 'verdict'],
    record.gates.map((g) => [g.name, g.expected, g.found, g.where, g.passed ? '✅ pass' : `❌ ${g.reason}`])
  );
}

export function planList(record: ShipRecord): string {
  return record.plan
    .map((p) => {
      if (!p.detail) return `- ${text(p.what)}`;
      if (!p.detail.includes('\n')) return `- ${text(p.what)}: ${text(p.detail)}`;
      return `- ${text(p.what)}:\n\n${fenced(p.detail, '  ')}\n`;
    })
    .join('\n');
}

export function warningsList(record: ShipRecord): string {
  return record.warnings.map((w) => `- ⚠️ ${text(w)}`).join('\n');
}
