/**
 * The `waves` input end to end: a dry run given waves plans every environment of every wave with
 * nothing written, the secrets in the waves (deploy-inputs values, header values) appear nowhere,
 * and a bad wave is a bad input. (Waves shipping: waves.test.ts.)
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { everythingShown, shipFixture, type ShipFixture } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

const SECRETS = ['eu-api-key-0123456789', 'us-api-key-9876543210', 'wave-health-token-77'];
const WAVES = `
- name: canary
  environments: [prod-canary]
  bake: 1m
- name: main
  environments:
    - name: prod-eu
      deploy-inputs: |
        region=eu-west-1
        api_key=${SECRETS[0]}
      health-checks:
        - url: https://eu.shop.example/health
          headers: {Authorization: Bearer ${SECRETS[2]}}
    - name: prod-us
      deploy-inputs: {region: us-east-1, api_key: ${SECRETS[1]}}
`;

describe('the waves input', () => {
  it('deploy-inputs in the waves that the deploy workflow does not declare: blocked before any write, naming each environment, and no secret of the waves shown', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ 'deploy-workflow': 'deploy.yml', waves: WAVES, 'rollback-scope': 'all', 'dry-run': 'true' });
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 1, status: 'blocked' });
    expect(result.writes).toEqual([]);
    const report = JSON.parse(result.outputs['report-json']!) as { gates: Array<{ name: string; passed: boolean; reason: string }>; settings: { waves: { rollbackScope: string } } };
    const refused = report.gates.filter((g) => !g.passed);
    expect(refused.map((g) => g.name)).toEqual(expect.arrayContaining(['deploy-inputs']));
    expect(refused.map((g) => g.reason).join('\n')).toContain("environment prod-eu (wave main): Input 'deploy-inputs': key 'region' is not an input of deploy.yml");
    expect(refused.map((g) => g.reason).join('\n')).toContain('environment prod-us (wave main)');
    expect(report.settings.waves.rollbackScope).toBe('all');
    const shown = everythingShown(result);
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
    expect(result.stdout).toContain(`::add-mask::${SECRETS[0]}`);
  });

  it('a dry run given waves plans every environment of every wave, nothing written', async () => {
    fx = await shipFixture();
    const waves = '- name: canary\n  environments: [prod-canary]\n- name: main\n  environments: [prod-eu, prod-us]\n';
    const result = await fx.ship({ 'deploy-workflow': 'deploy.yml', waves, 'dry-run': 'true' });
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 0, status: 'dry-run' });
    expect(result.writes).toEqual([]);
    const report = JSON.parse(result.outputs['report-json']!) as { environments: Array<{ name: string; wave: string; outcome: string }> };
    expect(report.environments.map((e) => [e.wave, e.name, e.outcome])).toEqual([
      ['canary', 'prod-canary', 'planned'],
      ['main', 'prod-eu', 'planned'],
      ['main', 'prod-us', 'planned']
    ]);
  });

  it('a bad wave is a bad input: named, with its line and column, nothing requested', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ waves: '- {name: one, environments: [prod-eu]}\n- {name: two, environments: [prod-eu]}' });
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 1, status: 'blocked' });
    expect(result.requests).toEqual([]);
    expect(result.stdout).toContain(`::error title=waves::Input 'waves' (line 2, column 30): wave "two": environment "prod-eu" is already in wave "one"`);
  });
});
