/** DORA figures of one ship (computed in dora.ts); null where a figure does not apply, never 0. */
export interface DoraFigures {
  leadTimeSeconds: number | null;
  deployDurationSeconds: number | null;
  changeFailed: boolean | null;
  timeToDetectSeconds: number | null;
  timeToRestoreSeconds: number | null;
}
