/**
 * The fleet of `npm run demo -- --waves`: its waves and environments, the `waves` input that
 * ships to them, and what the demo says at the end (each wave's verdict, which environment runs
 * which version). Pure: the options parser and the tests use it without starting anything.
 */
import { wrap, WIDTH } from './terminal.js';

export interface DemoWave {
  name: string;
  environments: string[];
}

/** A canary environment first, then the two regions together. */
export const DEMO_WAVES: readonly DemoWave[] = [
  { name: 'canary', environments: ['prod-eu-canary'] },
  { name: 'main', environments: ['prod-eu', 'prod-us'] }
];

export const DEMO_ENVIRONMENTS: readonly string[] = DEMO_WAVES.flatMap((w) => w.environments);

/** `a, b or c`. */
export function oneOf(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}

/** The `waves` input: each environment checked on its own health URL (expecting the version shipped). */
export function wavesYaml(waves: readonly DemoWave[], bake: string, healthUrl: (environment: string) => string): string {
  return waves
    .map(
      (w) =>
        `- name: ${w.name}\n  bake: ${bake}\n  environments:\n` +
        w.environments.map((e) => `    - name: ${e}\n      health-checks:\n        - name: app\n          url: ${healthUrl(e)}\n          expect-version: true\n`).join('')
    )
    .join('');
}

/** Each wave's window: short, so the demo takes seconds, yet long enough to be seen. */
export const DEMO_BAKE = '2s';

/** The action's inputs for the demo's ship in waves: deploy runs per environment, short waits. */
export function wavesDemoInputs(healthUrl: (environment: string) => string): Record<string, string> {
  return {
    'deploy-workflow': 'deploy.yml',
    'deploy-timeout': '30s',
    'health-interval': '250ms',
    'health-timeout': '4s',
    'monitor-interval': '250ms',
    'rollback-timeout': '30s',
    waves: wavesYaml(DEMO_WAVES, DEMO_BAKE, healthUrl)
  };
}

/** What report-json says of the waves and of each environment (the parts the demo shows). */
export interface ReportWaves {
  names: string[];
  verified: string[];
  stoppedAt?: { wave: string; environment: string };
}
export interface ReportEnvironment {
  name: string;
  wave?: string;
  outcome: string;
  version?: string;
}

const OUTCOME: Record<string, string> = { shipped: 'on the new version', restored: 'put back and verified', untouched: 'not changed', planned: 'planned', unknown: 'may be wrong' };

/** Environments grouped by what happened to them: `put back: prod-eu, prod-us`. */
function outcomes(envs: ReportEnvironment[]): string {
  const groups = new Map<string, string[]>();
  for (const e of envs) groups.set(e.outcome, [...(groups.get(e.outcome) ?? []), e.name]);
  return [...groups].map(([outcome, names]) => `${OUTCOME[outcome] ?? outcome}: ${names.join(', ')}`).join('; ');
}

/**
 * Each wave's verdict, in order, wrapped to `width` under its name: verified (and what runs it),
 * where the line stopped and what was put back, or not started (a wave after the one that stopped).
 */
export function waveVerdicts(waves: ReportWaves, envs: ReportEnvironment[], width = WIDTH): string[] {
  const column = Math.max(...waves.names.map((n) => n.length));
  return waves.names.flatMap((name) => {
    const mine = envs.filter((e) => e.wave === name);
    const verdict = waves.verified.includes(name)
      ? `✅ verified (${outcomes(mine)})`
      : waves.stoppedAt?.wave === name
        ? `❌ stopped at ${waves.stoppedAt.environment} (${outcomes(mine)})`
        : mine.length
          ? `– not verified (${outcomes(mine)})`
          : '⏹️ not started';
    const head = `wave ${name.padEnd(column)}  `;
    return wrap(verdict, width, head, ' '.repeat(head.length));
  });
}

/** `prod-eu-canary on 1.5.0; prod-eu, prod-us on 1.4.0`: the environments grouped by version, in the fleet's order. */
export function fleetLine(order: readonly string[], versionOf: (environment: string) => string): string {
  const groups = new Map<string, string[]>();
  for (const e of order) groups.set(versionOf(e), [...(groups.get(versionOf(e)) ?? []), e]);
  return [...groups].map(([version, names]) => `${names.join(', ')} on ${version}`).join('; ');
}
