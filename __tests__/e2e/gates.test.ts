/**
 * Gates end to end: real ships (not dry runs) against the sandbox, so that "blocked changes
 * nothing" is proven by the request log.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { addCheckRun, addPull, addReview, setBranchRules, setProtection } from '../../sandbox/github/handlers/checks.js';
import { addDeployment } from '../../sandbox/github/handlers/deployments.js';
import { explain, shipFixture, type ShipFixture, type ShipResult } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

interface Report {
  gates: Array<{ name: string; passed: boolean; reason: string; found: string }>;
}
const reportOf = (r: ShipResult) => JSON.parse(r.outputs['report-json']!) as Report;

function expectBlocked(result: ShipResult, gate: string, reason: RegExp): void {
  expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 1, status: 'blocked' });
  expect(result.writes).toEqual([]);
  const failed = reportOf(result).gates.filter((g) => !g.passed);
  expect(failed.map((g) => g.name)).toEqual([gate]);
  expect(failed[0]!.reason).toMatch(reason);
  expect(result.summary).toContain('### Gates');
}

/** Required checks `build` and `test` on main, both green on the shipped commit. */
function greenChecks(f: ShipFixture): void {
  setBranchRules(f.sandbox.state, 'main', [
    { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }, { context: 'test' }] } }
  ]);
  addCheckRun(f.sandbox.state, { sha: f.sample.sha, name: 'build', conclusion: 'success' });
  addCheckRun(f.sandbox.state, { sha: f.sample.sha, name: 'test', conclusion: 'success' });
}

describe('gates pass', () => {
  it('approved state and green required checks: every gate passes, each with its reason', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    const result = await fx.ship({ 'dry-run': 'true' });
    expect(result.outputs.status).toBe('dry-run');
    const gates = reportOf(result).gates;
    expect(gates.map((g) => [g.name, g.passed])).toEqual([
      ['staging-validation', true],
      ['rollback-proven', true],
      ['check build', true],
      ['check test', true]
    ]);
    expect(result.summary).toMatch(/\| staging-validation \| approved \| approved \| specs\/001-checkout-redesign\/state\.yaml:\d+/);
  });
});

describe('each failing gate blocks alone, and nothing is written', () => {
  it('staging validation pending', async () => {
    fx = await shipFixture({ stagingStatus: 'pending' });
    greenChecks(fx);
    expectBlocked(await fx.ship(), 'staging-validation', /pending/);
  });

  it('staging validation not_applicable (a direct-to-production feature)', async () => {
    fx = await shipFixture({ stagingStatus: 'not_applicable' });
    greenChecks(fx);
    expectBlocked(await fx.ship(), 'staging-validation', /direct-to-production/);
  });

  it('rollback not proven', async () => {
    fx = await shipFixture({ rollbackStatus: 'failed' });
    greenChecks(fx);
    expectBlocked(await fx.ship(), 'rollback-proven', /failed/);
  });

  it('a required check that failed', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    addCheckRun(fx.sandbox.state, { sha: fx.sample.sha, name: 'test', conclusion: 'failure' });
    expectBlocked(await fx.ship(), 'check test', /failure/);
  });

  it('a required check that never reported', async () => {
    fx = await shipFixture();
    setBranchRules(fx.sandbox.state, 'main', [
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }, { context: 'e2e' }] } }
    ]);
    addCheckRun(fx.sandbox.state, { sha: fx.sample.sha, name: 'build', conclusion: 'success' });
    expectBlocked(await fx.ship(), 'check e2e', /not reported|never reported|has not/);
  });

  it('a required check still pending when checks-timeout is 0', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    addCheckRun(fx.sandbox.state, { sha: fx.sample.sha, name: 'test', completeAfterMs: 60_000 });
    expectBlocked(await fx.ship(), 'check test', /in progress|pending/);
  });

  it('approvals the branch rules require are missing', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    setBranchRules(fx.sandbox.state, 'main', [
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }, { context: 'test' }] } },
      { type: 'pull_request', parameters: { required_approving_review_count: 1 } }
    ]);
    addPull(fx.sandbox.state, { number: 12, headSha: fx.sample.sha, mergeCommitSha: fx.sample.sha, baseRef: 'main' });
    addReview(fx.sandbox.state, { pull: 12, user: 'reviewer', state: 'COMMENTED' });
    expectBlocked(await fx.ship(), 'approvals', /1/);
  });

  it('a commit never deployed to the staging environment', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    addDeployment(fx.sandbox.state, { sha: fx.sample.previousSha, environment: 'staging' });
    expectBlocked(await fx.ship({ 'staging-environment': 'staging' }), 'staging provenance', /never deployed to staging/);
  });

  it('a list of staging environments: each one must have a successful deployment of the commit', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    addDeployment(fx.sandbox.state, { sha: fx.sample.sha, environment: 'staging' });
    addDeployment(fx.sandbox.state, { sha: fx.sample.sha, environment: 'prod-canary', state: 'failure' });
    const result = await fx.ship({ 'staging-environment': 'staging\nprod-canary\nprod-eu' });
    expect({ code: result.code, status: result.outputs.status }).toEqual({ code: 1, status: 'blocked' });
    expect(result.writes).toEqual([]);
    const staging = reportOf(result).gates.filter((g) => g.name.startsWith('staging provenance'));
    expect(staging.map((g) => [g.name, g.passed])).toEqual([
      ['staging provenance (staging)', true],
      ['staging provenance (prod-canary)', false],
      ['staging provenance (prod-eu)', false]
    ]);
    expect(staging[1]!.reason).toMatch(/to prod-canary is failure, not success/);
    expect(staging[2]!.reason).toMatch(/never deployed to prod-eu/);
  });

  it('a state file that does not parse names file, line and column, as an annotation', async () => {
    fx = await shipFixture({ files: { 'specs/001-checkout-redesign/state.yaml': 'current_phase: ship-prod\nmanual_gates:\n  a: 1\n  a: 2\n' } });
    greenChecks(fx);
    const result = await fx.ship();
    expect(result.outputs.status).toBe('blocked');
    expect(result.writes).toEqual([]);
    expect(result.stdout).toMatch(/::error [^:]*file=specs\/001-checkout-redesign\/state\.yaml,line=4,col=3::Map keys must be unique/);
    expect(result.summary).toMatch(/state\.yaml:4:3/);
  });
});

describe('gates that pass with what GitHub says', () => {
  it('every listed staging environment runs the commit: one passing gate each', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    for (const environment of ['staging', 'prod-canary']) addDeployment(fx.sandbox.state, { sha: fx.sample.sha, environment });
    const result = await fx.ship({ 'dry-run': 'true', 'staging-environment': 'staging\nprod-canary' });
    expect(result.outputs.status).toBe('dry-run');
    expect(reportOf(result).gates.filter((g) => g.name.startsWith('staging provenance')).map((g) => [g.name, g.passed])).toEqual([
      ['staging provenance (staging)', true],
      ['staging provenance (prod-canary)', true]
    ]);
  });

  it('a pending required check that turns green within checks-timeout passes, polled with 304s', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    addCheckRun(fx.sandbox.state, { sha: fx.sample.sha, name: 'test', completeAfterMs: 2_500, laterConclusion: 'success' });
    const result = await fx.ship({ 'dry-run': 'true', 'checks-timeout': '20s' });
    expect(result.outputs.status).toBe('dry-run');
    const checkPolls = result.requests.filter((r) => r.path.endsWith('/check-runs'));
    expect(checkPolls.length).toBeGreaterThanOrEqual(2);
    expect(checkPolls.slice(1).every((r) => r.conditional)).toBe(true);
    // The status endpoint did not change while waiting: answered 304.
    expect(result.requests.some((r) => r.path.endsWith('/status') && r.status === 304)).toBe(true);
  }, 40_000);

  it('approvals present on the pull request that brought the commit pass', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    setProtection(fx.sandbox.state, 'main', { contexts: ['build'], reviews: 1 });
    addPull(fx.sandbox.state, { number: 12, headSha: fx.sample.sha, mergeCommitSha: fx.sample.sha, baseRef: 'main' });
    addReview(fx.sandbox.state, { pull: 12, user: 'reviewer', state: 'APPROVED' });
    const result = await fx.ship({ 'dry-run': 'true' });
    expect(result.outputs.status).toBe('dry-run');
    expect(reportOf(result).gates.find((g) => g.name === 'approvals')?.passed).toBe(true);
  });

  it('a successful staging deployment of the commit passes staging provenance', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    addDeployment(fx.sandbox.state, { sha: fx.sample.sha, environment: 'staging', state: 'success' });
    const result = await fx.ship({ 'dry-run': 'true', 'staging-environment': 'staging' });
    expect(result.outputs.status).toBe('dry-run');
    expect(reportOf(result).gates.find((g) => g.name === 'staging provenance')?.passed).toBe(true);
  });
});

describe('this job itself', () => {
  it("is left out of the checks: its own check run, still in progress, does not block required-checks: all", async () => {
    fx = await shipFixture();
    greenChecks(fx);
    // As on GitHub: html_url is …/runs/<check id>, details_url names the workflow run (GITHUB_RUN_ID 4242).
    addCheckRun(fx.sandbox.state, { sha: fx.sample.sha, name: 'ship', status: 'in_progress', detailsUrl: `${fx.sandbox.webUrl}/acme/sample-service/actions/runs/4242/job/77` });
    const shipping = await fx.ship({ 'dry-run': 'true', 'required-checks': 'all' });
    expect(shipping.outputs.status).toBe('dry-run');
    expect(reportOf(shipping).gates.map((g) => g.name)).not.toContain('check ship');
    // Another run's check of the same name is not this job: it blocks.
    addCheckRun(fx.sandbox.state, { sha: fx.sample.sha, name: 'ship', status: 'in_progress', detailsUrl: `${fx.sandbox.webUrl}/acme/sample-service/actions/runs/9999/job/78` });
    const other = await fx.ship({ 'dry-run': 'true', 'required-checks': 'all' });
    expect(other.outputs.status).toBe('blocked');
  });
});

describe('explicit required check lists', () => {
  it('required-checks names a check the rules do not require; it must be green too', async () => {
    fx = await shipFixture();
    greenChecks(fx);
    const result = await fx.ship({ 'required-checks': 'build\nlint' });
    expect(result.outputs.status).toBe('blocked');
    expect(reportOf(result).gates.filter((g) => !g.passed).map((g) => g.name)).toEqual(['check lint']);
    expect(explain(result)).toContain('lint');
  });
});
