/** One gate's verdict: what was expected, what was found, where, and why it passed or failed. */
export interface GateVerdict {
  name: string;
  expected: string;
  found: string;
  /** Where it looked: file:line and the paths tried, or the API consulted. */
  where: string;
  passed: boolean;
  reason: string;
}
