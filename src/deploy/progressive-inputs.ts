/**
 * Reads the progressive-delivery inputs (pre-deploy-command, smoke-checks, traffic-command,
 * traffic-steps, cleanup-command). Called from config/inputs.ts, which owns the problem list and
 * the health-check YAML reader (smoke-checks use the health-checks syntax).
 */
import type { HealthCheckSpec } from '../verify/check-spec.js';
import type { ProgressiveSettings } from './progressive-settings.js';

export const PROGRESSIVE_INPUTS = ['pre-deploy-command', 'smoke-checks', 'traffic-command', 'traffic-steps', 'cleanup-command'] as const;
export type ProgressiveInput = (typeof PROGRESSIVE_INPUTS)[number];

export const DEFAULT_TRAFFIC_STEPS = '100';

export interface ProgressiveReaders {
  /** Records a problem with an input (collected and thrown with all the others). */
  problem(input: ProgressiveInput, message: string, where?: string): void;
  /** The health-checks reader, for `smoke-checks`; undefined when the text had problems. */
  checks(input: 'smoke-checks', text: string): HealthCheckSpec[] | undefined;
}

/**
 * Parses `traffic-steps`: percents separated by commas or line breaks (`10, 50, 100`, `25%`),
 * each a whole number from 1 to 100, strictly ascending, the last one 100. Pure.
 */
export function parseTrafficSteps(text: string): { steps?: number[]; problem?: string } {
  const parts = text
    .split(/[,\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const expected = 'expected ascending percents ending at 100, e.g. "10, 50, 100"';
  if (parts.length === 0) return { problem: `is empty; ${expected}` };
  if (parts.length > 20) return { problem: `has ${parts.length} steps; expected at most 20` };
  const steps: number[] = [];
  for (const [i, part] of parts.entries()) {
    const m = /^(\d{1,3})\s*%?$/.exec(part);
    const value = m ? Number(m[1]) : NaN;
    if (!Number.isInteger(value) || value < 1 || value > 100) {
      return { problem: `step ${i + 1} ${JSON.stringify(part.slice(0, 20))} is not a whole percent from 1 to 100; ${expected}` };
    }
    const before = steps.at(-1);
    if (before !== undefined && value <= before) {
      return { problem: `step ${i + 1} (${value}) is not above step ${i} (${before}); ${expected}` };
    }
    steps.push(value);
  }
  if (steps.at(-1) !== 100) return { problem: `ends at ${steps.at(-1)}, so the new version would never get all the traffic; ${expected}` };
  return { steps };
}

/** Reads the five inputs; undefined when none is set (the ship has no progressive delivery). */
export function readProgressiveInputs(read: (name: ProgressiveInput | 'health-urls' | 'health-checks') => string, r: ProgressiveReaders): ProgressiveSettings | undefined {
  const text = (name: ProgressiveInput) => read(name).trim();
  const stepsText = text('traffic-steps') || DEFAULT_TRAFFIC_STEPS;
  const given = PROGRESSIVE_INPUTS.some((name) => (name === 'traffic-steps' ? stepsText !== DEFAULT_TRAFFIC_STEPS : text(name) !== ''));
  if (!given) return undefined;

  const trafficCommand = text('traffic-command');
  const parsedSteps = parseTrafficSteps(stepsText);
  if (parsedSteps.problem) r.problem('traffic-steps', parsedSteps.problem);
  else if (!trafficCommand && stepsText !== DEFAULT_TRAFFIC_STEPS) {
    r.problem('traffic-steps', 'given, but traffic-command is empty; expected a traffic-command that moves SHIP_TRAFFIC percent of the traffic to the new version');
  }
  if (trafficCommand && !read('health-urls').trim() && !read('health-checks').trim()) {
    r.problem('traffic-command', 'given without health-urls or health-checks; expected health checks, which verify every traffic step and the switch-back');
  }
  const smokeText = read('smoke-checks');
  const smokeChecks = smokeText.trim() === '' ? [] : r.checks('smoke-checks', smokeText);
  if (smokeChecks?.length && !trafficCommand) {
    r.problem('smoke-checks', 'given, but traffic-command is empty; smoke checks probe the new version before traffic moves to it, so expected a traffic-command too');
  }
  return {
    preDeployCommand: text('pre-deploy-command'),
    smokeChecks: smokeChecks ?? [],
    trafficCommand,
    trafficSteps: parsedSteps.steps ?? [100],
    cleanupCommand: text('cleanup-command')
  };
}
