/**
 * The demo's command line (`npm run demo -- <options>`): every variant and option in one table,
 * from which both the parser and `--help` are made, so the help cannot drift from what is
 * accepted. An unknown option, a missing value or a combination that means nothing is refused,
 * with the list. Pure: arguments in, options or a message out.
 */
import { parseArgs } from 'node:util';
import { DEMO_ENVIRONMENTS, oneOf } from './fleet.js';
import { wrap, WIDTH } from './terminal.js';

interface OptionSpec {
  name: string;
  type: 'boolean' | 'string';
  /** The value's placeholder in the help (string options). */
  value?: string;
  help: string;
  /** A variant (what is shipped) rather than a way of showing it. */
  variant?: boolean;
}

export const DEMO_OPTIONS: readonly OptionSpec[] = [
  { name: 'bad', type: 'boolean', variant: true, help: 'the new version is unhealthy: the rollback to 1.4.0' },
  { name: 'degrade', type: 'boolean', variant: true, help: 'healthy at first, failing in the monitoring window: rollback' },
  { name: 'dry-run', type: 'boolean', variant: true, help: 'plan only: the gates run, nothing is written' },
  { name: 'canary', type: 'boolean', variant: true, help: 'blue-green / canary: smoke checks, traffic 10%, 50%, 100%, cleanup' },
  { name: 'waves', type: 'boolean', variant: true, help: `two waves: ${DEMO_ENVIRONMENTS[0]} first, then ${DEMO_ENVIRONMENTS.slice(1).join(' and ')} at once, each wave baking before the next` },
  {
    name: 'fail-at',
    type: 'string',
    value: 'PCT|ENV',
    variant: true,
    help: `with --canary: the new version breaks at PCT% (10, 50 or 100); traffic goes back. With --waves: it is unhealthy in the environment ENV (${oneOf(DEMO_ENVIRONMENTS)}); the line stops there, its wave is put back, no later wave starts`
  },
  { name: 'latency', type: 'string', value: 'MS', help: 'add MS milliseconds to every API answer' },
  { name: 'markdown', type: 'boolean', help: "print the job summary as the raw Markdown GitHub renders" },
  { name: 'help', type: 'boolean', help: 'this list' }
];

export interface DemoOptions {
  bad: boolean;
  degrade: boolean;
  dryRun: boolean;
  canary: boolean;
  waves: boolean;
  /** --canary: the traffic step where the new version breaks. */
  failAt?: number;
  /** --waves: the environment where the new version is unhealthy. */
  failIn?: string;
  latencyMs: number;
  markdown: boolean;
}

export type DemoArgs = { kind: 'run'; options: DemoOptions } | { kind: 'help'; text: string } | { kind: 'refused'; text: string };

/** `--help`: the variants and options, each on its own line, in 80 columns. */
export function helpText(): string {
  const label = (o: OptionSpec) => `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const column = Math.max(...DEMO_OPTIONS.map((o) => label(o).length)) + 4;
  const row = (left: string, help: string) => wrap(help, WIDTH, `  ${left.padEnd(column)}`, ' '.repeat(column + 2));
  return [
    ...wrap('npm run demo [-- options]: ships a sample repository with the bundled action (dist/index.js, as a runner runs it) against the sandbox: a local GitHub API and a demo service on 127.0.0.1. It prints the job summary and the outputs.', WIDTH),
    '',
    'Variants (one at a time):',
    ...row('(none)', 'a full ship: gates, v1.5.0, tag, release, deploy run, health checks'),
    ...DEMO_OPTIONS.filter((o) => o.variant).flatMap((o) => row(label(o), o.help)),
    '',
    'Options:',
    ...DEMO_OPTIONS.filter((o) => !o.variant).flatMap((o) => row(label(o), o.help))
  ].join('\n');
}

const refused = (why: string): DemoArgs => ({ kind: 'refused', text: `${wrap(why, WIDTH).join('\n')}\n\n${helpText()}` });

export function parseDemoArgs(argv: string[]): DemoArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: Object.fromEntries(DEMO_OPTIONS.map((o) => [o.name, { type: o.type }])),
      strict: true,
      allowPositionals: false
    }).values;
  } catch (error) {
    // Node's own words ("Unknown option '--bda'"), then what the demo knows.
    return refused(`npm run demo: ${(error as Error).message.split('. ')[0]}.`);
  }
  if (values.help) return { kind: 'help', text: helpText() };
  const chosen = ['bad', 'degrade', 'dry-run', 'canary', 'waves'].filter((v) => values[v]);
  if (chosen.length > 1) return refused(`npm run demo: choose one variant, not ${chosen.map((v) => `--${v}`).join(' and ')}.`);
  const at = values['fail-at'] === undefined ? undefined : String(values['fail-at']);
  if (at !== undefined && !values.canary && !values.waves) return refused('npm run demo: --fail-at goes with --canary (a traffic step) or --waves (an environment).');
  const failAt = at !== undefined && values.canary ? Number(at) : undefined;
  if (failAt !== undefined && ![10, 50, 100].includes(failAt)) return refused(`npm run demo: --fail-at ${at}: expected one of the traffic steps, 10, 50 or 100.`);
  const failIn = at !== undefined && values.waves ? at : undefined;
  if (failIn !== undefined && !DEMO_ENVIRONMENTS.includes(failIn)) return refused(`npm run demo: --fail-at ${failIn}: expected an environment of the waves, ${oneOf(DEMO_ENVIRONMENTS)}.`);
  const latencyMs = values.latency === undefined ? 0 : Number(values.latency);
  if (!Number.isInteger(latencyMs) || latencyMs < 0) return refused(`npm run demo: --latency ${String(values.latency)}: expected milliseconds, e.g. 50.`);
  if (values.markdown && values.canary) return refused('npm run demo: --markdown shows the job summary of a full ship; --canary prints its traffic steps instead.');
  if (values.markdown && values.waves) return refused('npm run demo: --markdown shows the job summary of a full ship; --waves prints its deploy runs and waves instead.');
  return {
    kind: 'run',
    options: {
      bad: values.bad === true,
      degrade: values.degrade === true,
      dryRun: values['dry-run'] === true,
      canary: values.canary === true,
      waves: values.waves === true,
      ...(failAt !== undefined ? { failAt } : {}),
      ...(failIn !== undefined ? { failIn } : {}),
      latencyMs,
      markdown: values.markdown === true
    }
  };
}
