/** The demo's command line: --help lists every variant, an unknown or meaningless option is refused with the list. */
import { describe, expect, it } from '@jest/globals';
import { DEMO_OPTIONS, helpText, parseDemoArgs } from '../../sandbox/demo/options.js';
import { trafficNow } from '../../sandbox/demo/canary-demo.js';
import { displayWidth } from '../../sandbox/demo/terminal.js';

describe('parseDemoArgs', () => {
  it.each([
    [[], { bad: false, degrade: false, dryRun: false, canary: false, waves: false, latencyMs: 0, markdown: false }],
    [['--bad'], { bad: true }],
    [['--degrade', '--latency', '50'], { degrade: true, latencyMs: 50 }],
    [['--dry-run', '--markdown'], { dryRun: true, markdown: true }],
    [['--canary', '--fail-at', '50'], { canary: true, failAt: 50 }],
    [['--canary', '--fail-at=100'], { canary: true, failAt: 100 }],
    [['--waves'], { waves: true, canary: false }],
    [['--waves', '--fail-at', 'prod-us', '--latency', '20'], { waves: true, failIn: 'prod-us', latencyMs: 20 }],
    [['--fail-at', 'prod-eu-canary', '--waves'], { waves: true, failIn: 'prod-eu-canary' }]
  ])('%j runs', (argv, expected) => {
    const args = parseDemoArgs(argv);
    expect(args.kind).toBe('run');
    expect(args.kind === 'run' && args.options).toMatchObject(expected);
  });

  it('--fail-at is a traffic step with --canary and an environment with --waves, never both', () => {
    const canary = parseDemoArgs(['--canary', '--fail-at', '50']);
    const waves = parseDemoArgs(['--waves', '--fail-at', 'prod-us']);
    expect(canary.kind === 'run' && canary.options.failIn).toBeUndefined();
    expect(waves.kind === 'run' && waves.options.failAt).toBeUndefined();
  });

  it('--help answers the list', () => {
    expect(parseDemoArgs(['--help'])).toEqual({ kind: 'help', text: helpText() });
  });

  it.each([
    [['--bda'], "Unknown option '--bda'"],
    [['--canary', 'now'], 'Unexpected argument'],
    [['--latency'], "Option '--latency <value>' argument missing"],
    [['--bad', '--degrade'], 'choose one variant, not --bad and --degrade'],
    [['--canary', '--dry-run'], 'choose one variant, not --dry-run and --canary'],
    [['--fail-at', '50'], '--fail-at goes with --canary (a traffic step) or --waves (an environment)'],
    [['--fail-at', 'prod-us'], '--fail-at goes with --canary (a traffic step) or --waves (an environment)'],
    [['--waves', '--fail-at', 'prod-ap'], '--fail-at prod-ap: expected an environment of the waves, prod-eu-canary, prod-eu or prod-us'],
    [['--waves', '--fail-at', 'PROD-US'], '--fail-at PROD-US: expected an environment of the waves, prod-eu-canary, prod-eu or prod-us'],
    [['--waves', '--fail-at', '50'], '--fail-at 50: expected an environment of the waves'],
    [['--canary', '--fail-at', 'prod-us'], '--fail-at prod-us: expected one of the traffic steps, 10, 50 or 100'],
    [['--waves', '--canary'], 'choose one variant, not --canary and --waves'],
    [['--waves', '--bad'], 'choose one variant, not --bad and --waves'],
    [['--waves', '--markdown'], '--markdown shows the job summary of a full ship; --waves prints'],
    [['--canary', '--fail-at', '30'], '--fail-at 30: expected one of the traffic steps, 10, 50 or 100'],
    [['--latency', 'fast'], '--latency fast: expected milliseconds'],
    [['--canary', '--markdown'], '--markdown shows the job summary of a full ship']
  ])('%j is refused, with the list', (argv, message) => {
    const args = parseDemoArgs(argv);
    expect(args.kind).toBe('refused');
    const text = args.kind === 'refused' ? args.text : '';
    // (the message is wrapped to 80 columns)
    expect(text.replace(/\s+/g, ' ')).toContain(message);
    expect(text).toContain(helpText());
  });
});

describe('helpText', () => {
  it('lists every option and variant, in 80 columns', () => {
    const help = helpText();
    for (const o of DEMO_OPTIONS) expect(help).toMatch(new RegExp(`^  --${o.name}\\b`, 'm'));
    expect(help).toMatch(/^ {2}\(none\) +a full ship/m);
    // --fail-at names what it takes in each variant, the environments of the waves among them.
    expect(help).toMatch(/^ {2}--fail-at PCT\|ENV +with --canary/m);
    expect(help.replace(/\s+/g, ' ')).toContain('With --waves: it is unhealthy in the environment ENV (prod-eu-canary, prod-eu or prod-us)');
    expect(Math.max(...help.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
  });
});

describe('trafficNow', () => {
  it.each([
    ['after a cleanup: the live slot has it all', { green: '1.5.0' }, 'green', 0, 'traffic now: green 1.5.0 100% (the blue slot was emptied by the cleanup)'],
    ['mid-canary', { blue: '1.4.0', green: '1.5.0' }, 'blue', 50, 'traffic now: blue 1.4.0 50%, green 1.5.0 50%'],
    ['after a switch-back', { blue: '1.4.0', green: '1.5.0' }, 'blue', 0, 'traffic now: blue 1.4.0 100%, green 1.5.0 0%']
  ] as Array<[string, Partial<Record<'blue' | 'green', string>>, 'blue' | 'green', number, string]>)('%s', (_what, slots, live, percent, expected) => {
    expect(trafficNow(slots, live, percent)).toBe(expected);
  });
});
