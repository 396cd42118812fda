/**
 * The progressive-delivery inputs: traffic-steps and notify-webhook parsing (pure), and the six
 * inputs read through readSettings (errors name the input; webhook URLs never appear).
 */
import { describe, expect, it } from '@jest/globals';
import { InputError, readSettings } from '../../src/config/inputs.js';
import { publicSettings } from '../../src/config/public-settings.js';
import { parseTrafficSteps } from '../../src/deploy/progressive-inputs.js';
import { parseWebhooks } from '../../src/notify/inputs.js';

const TOKEN = 'ghs_TestToken1234567890';
const HEALTH = 'https://example.com/healthz';

function read(given: Record<string, string>) {
  return readSettings((name) => (name === 'github-token' ? TOKEN : (given[name] ?? undefined)));
}
function problemsOf(given: Record<string, string>): string[] {
  try {
    read(given);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseTrafficSteps', () => {
  it.each([
    ['100', [100]],
    ['10, 50, 100', [10, 50, 100]],
    ['10,50,100', [10, 50, 100]],
    ['10\n50\n100\n', [10, 50, 100]],
    ['1%, 25 %, 100%', [1, 25, 100]],
    [' 5 ,\n 100 ', [5, 100]]
  ])('%j → %j', (text, steps) => {
    expect(parseTrafficSteps(text)).toEqual({ steps });
  });

  it.each([
    ['', /is empty/],
    ['10, 50', /ends at 50, so the new version would never get all the traffic/],
    ['50, 10, 100', /step 2 \(10\) is not above step 1 \(50\)/],
    ['10, 10, 100', /step 2 \(10\) is not above step 1 \(10\)/],
    ['0, 100', /step 1 "0" is not a whole percent from 1 to 100/],
    ['10, 150', /step 2 "150" is not a whole percent/],
    ['ten, 100', /step 1 "ten"/],
    ['12.5, 100', /step 1 "12.5"/],
    ['-10, 100', /step 1 "-10"/],
    [Array.from({ length: 21 }, (_, i) => i + 80).join(','), /has 21 steps; expected at most 20/]
  ])('%j is refused: %s', (text, problem) => {
    const parsed = parseTrafficSteps(text);
    expect(parsed.steps).toBeUndefined();
    expect(parsed.problem).toMatch(problem);
    expect(parsed.problem).toContain('expected');
  });
});

describe('parseWebhooks', () => {
  it('takes one URL a line, skipping blanks and comments', () => {
    expect(parseWebhooks('https://hooks.slack.com/services/T/B/x\n\n# team\nhttp://127.0.0.1:9/hook\n')).toEqual({
      urls: ['https://hooks.slack.com/services/T/B/x', 'http://127.0.0.1:9/hook'],
      problems: []
    });
  });

  it('names a bad line by its number and never echoes it', () => {
    const parsed = parseWebhooks('https://ok.example.com/x\nftp://hush-host/very-hush\nnot a url hush-word');
    expect(parsed.urls).toEqual(['https://ok.example.com/x']);
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(JSON.stringify(parsed.problems)).not.toMatch(/hush/);
  });
});

describe('readSettings with the progressive-delivery inputs', () => {
  it('leaves progressive out when none is set (traffic-steps at its default included)', () => {
    expect(read({ 'traffic-steps': '100' }).progressive).toBeUndefined();
  });

  it('reads all five, and notify-webhook beside them', () => {
    const settings = read({
      'health-urls': HEALTH,
      'pre-deploy-command': ' ./backup.sh ',
      'smoke-checks': '- name: green\n  url: https://green.example.com/health\n  expect-version: true\n  headers:\n    X-Key: smoke-secret-value',
      'traffic-command': './lb.sh "$SHIP_TRAFFIC"',
      'traffic-steps': '10, 50, 100',
      'cleanup-command': './decommission-blue.sh',
      'notify-webhook': 'https://hooks.slack.com/services/T1/B2/abc\nhttps://example.com/ship-events'
    });
    expect(settings.progressive).toMatchObject({
      preDeployCommand: './backup.sh',
      trafficCommand: './lb.sh "$SHIP_TRAFFIC"',
      trafficSteps: [10, 50, 100],
      cleanupCommand: './decommission-blue.sh'
    });
    expect(settings.notify).toEqual({ webhooks: ['https://hooks.slack.com/services/T1/B2/abc', 'https://example.com/ship-events'] });
    expect(settings.progressive!.smokeChecks).toEqual([
      expect.objectContaining({ name: 'green', url: 'https://green.example.com/health', expectVersion: true, headers: { 'X-Key': 'smoke-secret-value' } })
    ]);
    const shown = JSON.stringify(publicSettings(settings));
    expect(shown).not.toContain('hooks.slack.com');
    expect(shown).not.toContain('smoke-secret-value');
    expect(publicSettings(settings).notify!.webhooks).toEqual(['webhook 1', 'webhook 2']);
  });

  it('a pre-deploy, cleanup or notify input alone needs no traffic-command', () => {
    expect(read({ 'pre-deploy-command': 'true' }).progressive?.preDeployCommand).toBe('true');
    expect(read({ 'cleanup-command': 'true' }).progressive?.trafficSteps).toEqual([100]);
    expect(read({ 'notify-webhook': 'https://example.com/x' }).progressive).toBeUndefined();
    expect(read({ 'notify-webhook': 'https://example.com/x' }).notify?.webhooks).toEqual(['https://example.com/x']);
  });

  it('names each bad input, with where and what was expected', () => {
    const problems = problemsOf({
      'traffic-command': './lb.sh',
      'traffic-steps': '50, 10',
      'smoke-checks': '- url: nope',
      'notify-webhook': 'https://ok.example.com/a\nmailto:team-secret@example.com'
    });
    expect(problems).toEqual([
      expect.stringMatching(/^Input 'smoke-checks' \(line 1, column 8\): 'url' "nope" is not a URL/),
      expect.stringMatching(/^Input 'traffic-command': given without health-urls or health-checks; expected health checks/),
      expect.stringMatching(/^Input 'traffic-steps': step 2 \(10\) is not above step 1 \(50\)/),
      expect.stringMatching(/^Input 'notify-webhook' \(line 2\): is not an http\(s\) URL \(value hidden/)
    ]);
    expect(problems.join('\n')).not.toContain('team-secret');
  });

  it('traffic-steps and smoke-checks need a traffic-command', () => {
    const problems = problemsOf({ 'health-urls': HEALTH, 'traffic-steps': '10, 100', 'smoke-checks': `- ${HEALTH}` });
    expect(problems).toEqual([
      expect.stringMatching(/^Input 'smoke-checks': given, but traffic-command is empty/),
      expect.stringMatching(/^Input 'traffic-steps': given, but traffic-command is empty/)
    ]);
  });
});
