/**
 * What the ship record (and so report-json) keeps of each analysed window: the window's name
 * (`monitor`, `traffic 10% monitor`, a wave's bake), when it ended, and its analysis.
 */
import type { WindowAnalysis } from './analyze.js';

export interface WindowAnalysisRecord extends WindowAnalysis {
  /** Which window: `monitor`, `traffic 50% monitor`, ... */
  window: string;
  /** When the window was decided (ISO). */
  at: string;
}

export function analysisRecord(window: string, at: number, analysis: WindowAnalysis): WindowAnalysisRecord {
  return { window, at: new Date(at).toISOString(), ...analysis };
}
