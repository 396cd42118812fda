/**
 * The bundled action, run as the runner runs it, against the sandbox: inputs, dry run, secrets.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TOKEN, everythingShown, explain, shipFixture, type ShipFixture } from '../helpers/e2e.js';

let fx: ShipFixture;
beforeAll(async () => {
  fx = await shipFixture();
});
afterAll(async () => {
  await fx.close();
});

describe('a dry run of the sample repository', () => {
  it('plans the ship, reports dry-run, exits 0, and sends only GET requests', async () => {
    const result = await fx.ship({ 'dry-run': 'true' });
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe('dry-run');
    // feat commit and changelog "Added" since v1.4.0: minor
    expect(result.outputs['previous-version']).toBe('1.4.0');
    expect(result.outputs.version).toBe('1.5.0');
    expect(result.outputs.tag).toBe('v1.5.0');
    expect(result.requests.length).toBeGreaterThan(0);
    expect(result.writes).toEqual([]);
    expect(result.summary).toContain('ship-prod: dry-run');
    expect(result.summary).toContain('create annotated tag v1.5.0');
    expect(fx.sandbox.schemaErrors()).toEqual([]);
  });

  it('sets every output of action.yml, report-json as the versioned JSON record', async () => {
    const result = await fx.ship({ 'dry-run': 'true' });
    const report = JSON.parse(result.outputs['report-json']!) as { schema: string; status: string; gates: unknown[] };
    expect(report.schema).toBe('ship-prod/report@1');
    expect(report.status).toBe('dry-run');
    expect(report.gates.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(result.outputs).sort()).toEqual(
      [
        'deploy-run-id',
        'deploy-run-url',
        'deployment-id',
        'environments',
        'health',
        'previous-version',
        'release-id',
        'release-url',
        'report-file',
        'report-json',
        'rolled-back',
        'sha',
        'status',
        'tag',
        'version'
      ].sort()
    );
    // A dry run changes nothing: the environment is planned, and still runs the previous version.
    expect(JSON.parse(result.outputs.environments!)).toEqual({ production: { 'deployment-id': null, 'deploy-run-id': null, status: 'dry-run', version: '1.4.0' } });
  });
});

describe('bad inputs', () => {
  it('fail before any request, naming every bad input and the expected form', async () => {
    const result = await fx.ship({ 'health-timeout': 'five minutes', bump: 'huge', 'deploy-inputs': 'region=eu' });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('blocked');
    expect(result.requests).toEqual([]);
    const shown = everythingShown(result);
    expect(shown).toContain("Input 'health-timeout'");
    expect(shown).toContain('expected e.g. 90, 90s, 5m, 1h');
    expect(shown).toContain("Input 'bump'");
    expect(shown).toContain("Input 'deploy-inputs'");
  });

  it('an empty dry-run is refused rather than read as a real ship', async () => {
    const result = await fx.ship({ 'dry-run': '' });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('blocked');
    expect(result.requests).toEqual([]);
    expect(result.summary).toContain("Input 'dry-run'");
  });
});

describe('secrets', () => {
  it('the token is masked and appears in no log line, summary or output', async () => {
    const result = await fx.ship({ 'dry-run': 'true' });
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(everythingShown(result)).not.toContain(TOKEN);
  });

  it.each([
    ['the gates send the first request', {}],
    ['resolve sends the first request (a `ref` input)', { ref: 'main' }]
  ])('a wrong token is refused by the API and the run fails with a sentence naming the token: %s', async (_name, extra) => {
    const result = await fx.ship({ 'dry-run': 'true', 'github-token': 'ghs_wrong', ...extra });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('failed');
    expect(result.summary).toMatch(/token was refused \(401/);
    expect(JSON.parse(result.outputs['report-json']!).headline).toMatch(/^GitHub refused the token: /);
    expect(result.writes).toEqual([]);
    expect(explain(result)).not.toContain(TOKEN);
  });
});
