/**
 * Hand-built ship records, one per status, for the report-file golden tests. Realistic: the
 * shapes and wording the stages produce, on a service `acme/checkout-api` going 1.4.2 → 1.5.0.
 * Some outside text carries `|`, `<script>` and backticks, to prove the report escapes it.
 */
import type { Settings } from '../../src/config/settings.js';
import type { GateVerdict } from '../../src/gates/verdict.js';
import type { ShipRecord } from '../../src/ship.js';
import type { StageRecord } from '../../src/timeline.js';

export const NOW = new Date('2025-11-02T10:31:07.000Z');

const SHA = '3f9c2e1a7b4d5c6e8f90a1b2c3d4e5f6a7b8c9d0';
const RELEASE_SHA = 'b81d4e0c9a7f6e5d4c3b2a1908f7e6d5c4b3a291';

export function settings(over: Partial<Omit<Settings, 'token'>> = {}): Omit<Settings, 'token'> {
  return {
    dryRun: false,
    environment: 'production',
    ref: '',
    stateFile: { mode: 'auto' },
    gates: [],
    requiredChecks: { mode: 'required' },
    checksTimeoutMs: 0,
    stagingEnvironment: ['staging'],
    version: '',
    bump: 'auto',
    preid: '',
    tagPrefix: 'v',
    versionFile: 'package.json',
    changelogFile: 'CHANGELOG.md',
    release: true,
    deploy: { workflow: 'deploy.yml', inputs: { region: 'eu-west-1' }, branch: '', command: '', timeoutMs: 1_800_000, approvalTimeoutMs: 3_600_000 },
    lockTimeoutMs: 1_800_000,
    health: {
      checks: [
        {
          name: 'api health',
          url: 'https://api.acme.example/healthz',
          method: 'GET',
          headers: {},
          expectStatus: [{ min: 200, max: 299 }],
          json: { path: 'version', oneOf: [], segments: ['version'] },
          expectVersion: true,
          maxLatencyMs: 800,
          timeoutMs: 10_000
        },
        {
          name: 'checkout <script>alert(1)</script>',
          url: 'https://api.acme.example/v1/checkout/ping?probe=1|2',
          method: 'GET',
          headers: { authorization: 'Bearer not-shown' },
          expectStatus: [{ min: 200, max: 299 }],
          timeoutMs: 10_000
        }
      ],
      timeoutMs: 300_000,
      intervalMs: 10_000
    },
    monitor: { durationMs: 600_000, intervalMs: 30_000, errorRateThreshold: 0.01, latencyThresholdMs: 500 },
    rollback: { mode: 'auto', workflow: '', command: '', timeoutMs: 600_000 },
    reportFile: { mode: 'auto' },
    notes: [],
    ...over
  };
}

const CONTEXT: NonNullable<ShipRecord['context']> = {
  owner: 'acme',
  repo: 'checkout-api',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  eventName: 'workflow_dispatch',
  sha: SHA,
  ref: SHA,
  branch: 'main',
  runId: '11873420561',
  runAttempt: '1',
  runUrl: 'https://github.com/acme/checkout-api/actions/runs/11873420561',
  workflow: 'release',
  job: 'ship',
  actor: 'dana-oncall',
  workspace: '/home/runner/work/checkout-api/checkout-api'
};

const STATE_FILE = { path: 'specs/042-express-checkout/state.yaml', feature: '042-express-checkout', reason: 'phase ship-prod (workflow.phase) of 3 feature folders' };

const CHANGELOG = [
  '### Added',
  '- Express checkout for returning customers (`POST /v1/checkout/express`)',
  '',
  '### Fixed',
  '- Totals no longer round twice when a coupon | gift card are combined',
  '- Escaped `<script>` in product names on the receipt page'
].join('\n');

const GATES_PASSED: GateVerdict[] = [
  {
    name: 'staging-validation',
    expected: 'approved',
    found: 'approved',
    where: 'specs/042-express-checkout/state.yaml:48',
    passed: true,
    reason: 'staging validation is "approved" at specs/042-express-checkout/state.yaml:48 (manual_gates.staging_validation.status)'
  },
  {
    name: 'rollback-proven',
    expected: 'passed',
    found: 'passed',
    where: 'specs/042-express-checkout/state.yaml:61',
    passed: true,
    reason: 'rollback capability is "passed" at specs/042-express-checkout/state.yaml:61 (quality_gates.rollback_capability.status)'
  },
  {
    name: 'required-checks',
    expected: 'every required check successful: build, test | lint',
    found: 'build: success; test | lint: success',
    where: 'branch rules of main',
    passed: true,
    reason: '2 required checks successful'
  },
  {
    name: 'staging-deployment',
    expected: 'a successful deployment to staging',
    found: 'deployment 88231 success',
    where: 'GET /repos/acme/checkout-api/deployments?environment=staging',
    passed: true,
    reason: `deployment 88231 of ${SHA.slice(0, 7)} to staging is success`
  }
];

function stage(name: StageRecord['name'], state: StageRecord['state'], startedAt: string, durationMs: number, summary: string): StageRecord {
  return { name, state, startedAt, durationMs, summary };
}

function base(status: ShipRecord['status']): ShipRecord {
  return {
    schema: 'ship-prod/report@1',
    startedAt: '2025-11-02T10:12:03.120Z',
    settings: settings(),
    context: { ...CONTEXT },
    stages: [],
    gates: GATES_PASSED.map((g) => ({ ...g })),
    stateFile: { ...STATE_FILE },
    version: { previous: '1.4.2', next: '1.5.0', tag: 'v1.5.0', rule: 'minor: Unreleased has ### Added', changelogSection: CHANGELOG },
    release: {
      commitSha: RELEASE_SHA,
      tagSha: 'c0ffee5b81d4e0c9a7f6e5d4c3b2a1908f7e6d5c',
      releaseId: 190233771,
      releaseUrl: 'https://github.com/acme/checkout-api/releases/tag/v1.5.0',
      draft: status !== 'shipped',
      reused: []
    },
    deploy: {
      strategy: 'workflow',
      deploymentId: 2417730915,
      runId: 11873466012,
      runUrl: 'https://github.com/acme/checkout-api/actions/runs/11873466012',
      conclusion: 'success',
      durationMs: 214_000,
      detail: ['dispatched deploy.yml at v1.5.0; GitHub returned run 11873466012', 'polled 22 times every 10s; 19 answered 304 (not counted against the rate limit)']
    },
    plan: [],
    warnings: [],
    api: { requests: 61, byStage: { resolve: 2, gates: 9, version: 6, release: 8, deploy: 27, verify: 0, publish: 4 } },
    status,
    headline: '',
    nextSteps: []
  };
}

const EARLY_STAGES: StageRecord[] = [
  stage('resolve', 'done', '2025-11-02T10:12:03.130Z', 412, `shipping ${SHA.slice(0, 7)} (${SHA} on main), event workflow_dispatch`),
  stage('gates', 'done', '2025-11-02T10:12:03.542Z', 1_338, '4 gates passed'),
  stage('version', 'done', '2025-11-02T10:12:04.880Z', 2_104, '1.4.2 → 1.5.0 (minor: Unreleased has ### Added); release commit b81d4e0'),
  stage('release', 'done', '2025-11-02T10:12:06.984Z', 1_873, 'tag v1.5.0 and draft release 190233771 created')
];

export function shipped(): ShipRecord {
  const r = base('shipped');
  r.deploy = { ...r.deploy!, inputs: { version: '1.5.0', tag: 'v1.5.0', environment: 'production', ship_id: '11873420561:v1.5.0:deploy', region: 'eu-west-1' } } as ShipRecord['deploy'];
  r.release!.releaseUrl = 'https://github.com/acme/checkout-api/releases/tag/v1.5.0';
  // It waited for another ship of production, then held the lock until it ended.
  const holder = { environment: 'production', runId: '11873420561', runAttempt: '1', runUrl: 'https://github.com/acme/checkout-api/actions/runs/11873420561', shipId: '11873420561:3f2a9c1', since: '2026-11-21T16:31:02.000Z' };
  r.lock = {
    environment: 'production',
    ref: 'refs/ship-prod/locks/production',
    state: 'released',
    how: 'created',
    commitSha: '9d1c0a7e5b3f2d4c6a8e0b1d3f5a7c9e1b3d5f70',
    holder,
    waitedMs: 74_000,
    waitedFor: { ...holder, runId: '11873419876', runUrl: 'https://github.com/acme/checkout-api/actions/runs/11873419876', since: '2026-11-21T16:29:48.000Z' },
    takenAt: '2026-11-21T16:31:02.000Z',
    releasedAt: '2026-11-21T16:44:10.000Z',
    summary: 'refs/ship-prod/locks/production taken after waiting 1m 14s for run 11873419876'
  };
  r.health = {
    verdict: 'passed',
    reason: 'healthy, and the 10m window passed: 40 probes, 0 failed, p95 212 ms',
    baseline: { p95Ms: 188 },
    checks: [
      { name: 'api health', url: 'https://api.acme.example/healthz', samples: 23, failures: 1, p50Ms: 96, p95Ms: 184, lastReason: '200, version 1.5.0 (112 ms)' },
      { name: 'checkout <script>alert(1)</script>', url: 'https://api.acme.example/v1/checkout/ping?probe=1|2', samples: 23, failures: 0, p50Ms: 121, p95Ms: 232, lastReason: '200 (140 ms)' }
    ],
    rounds: 3,
    window: {
      verdict: 'passed',
      reason: '40 probes, 0 failed, p95 212 ms',
      durationMs: 600_000,
      plannedRounds: 20,
      rounds: 20,
      errorRate: 0,
      p95Ms: 212,
      stoppedEarly: false,
      thresholds: { errorRate: 0.01, latencyMs: 500 }
    },
    detail: ['healthy after 3 round(s): api health 200, version 1.5.0; checkout 200', 'round 1: api health 503 (deploy still rolling out)']
  };
  r.stages = [
    ...EARLY_STAGES,
    stage('baseline', 'done', '2025-11-02T10:12:08.857Z', 640, 'baseline p95 188 ms over 2 checks'),
    stage('deploy', 'done', '2025-11-02T10:12:09.497Z', 214_410, 'deploy run 11873466012 succeeded in 3m 34s'),
    stage('verify', 'done', '2025-11-02T10:15:43.907Z', 630_220, 'healthy, and the 10m window passed: 40 probes, 0 failed, p95 212 ms'),
    stage('publish', 'done', '2025-11-02T10:26:14.127Z', 1_211, 'release v1.5.0 published; deployment 2417730915 success')
  ];
  r.release!.draft = false;
  r.status = 'shipped';
  r.headline = 'Shipped v1.5.0 (1.4.2 → 1.5.0)';
  r.warnings = ['main was not moved to the release commit: the branch rules require a pull request (the tag v1.5.0 holds the release commit)'];
  return r;
}

export function blocked(): ShipRecord {
  const r = base('blocked');
  delete r.version;
  delete r.release;
  delete r.deploy;
  r.api = { requests: 11, byStage: { resolve: 2, gates: 9 } };
  r.gates = [
    {
      name: 'staging-validation',
      expected: 'approved',
      found: 'pending',
      where: 'specs/042-express-checkout/state.yaml:48',
      passed: false,
      reason: 'staging validation is "pending" at specs/042-express-checkout/state.yaml:48 (manual_gates.staging_validation.status); approve it after validating staging, then re-run'
    },
    GATES_PASSED[1]!,
    {
      name: 'required-checks',
      expected: 'every required check successful: build, test | lint',
      found: 'build: success; test | lint: failure',
      where: 'branch rules of main',
      passed: false,
      reason: 'required check "test | lint" concluded failure: <script>alert("x")</script> `npm test` exited 1'
    },
    GATES_PASSED[3]!
  ];
  r.stages = [
    stage('resolve', 'done', '2025-11-02T10:12:03.130Z', 412, `shipping ${SHA.slice(0, 7)} (${SHA} on main), event workflow_dispatch`),
    stage('gates', 'failed', '2025-11-02T10:12:03.542Z', 1_338, '2 of 4 gates failed')
  ];
  r.headline =
    '2 gates failed. staging-validation: staging validation is "pending" at specs/042-express-checkout/state.yaml:48; required-checks: required check "test | lint" concluded failure';
  r.nextSteps = ['Nothing was changed. Fix what the gates table names, then re-run.'];
  r.health = { verdict: 'skipped', reason: 'the ship was blocked before the deploy', checks: [], rounds: 0, detail: [] };
  return r;
}

export function rolledBack(): ShipRecord {
  const r = base('rolled-back');
  r.deploy = { ...r.deploy!, inputs: { version: '1.5.0', tag: 'v1.5.0', environment: 'production', ship_id: '11873420561:v1.5.0:deploy', region: "eu-west-1'; rm -rf / #" } } as ShipRecord['deploy'];
  r.settings = settings({ deploy: { ...settings().deploy, inputs: { region: "eu-west-1'; rm -rf / #" } } });
  r.health = {
    verdict: 'failed',
    reason: 'monitoring window: error rate 12.5% (5 of 40 probes failed; threshold 1%)',
    baseline: { p95Ms: 188 },
    checks: [
      { name: 'api health', url: 'https://api.acme.example/healthz', samples: 14, failures: 0, p50Ms: 101, p95Ms: 190, lastReason: '200, version 1.5.0 (98 ms)' },
      { name: 'checkout <script>alert(1)</script>', url: 'https://api.acme.example/v1/checkout/ping?probe=1|2', samples: 14, failures: 5, p50Ms: 388, p95Ms: 1_240, lastReason: '502 `Bad Gateway` | upstream reset' }
    ],
    rounds: 2,
    window: {
      verdict: 'failed',
      reason: 'error rate 12.5% (5 of 40 probes failed; threshold 1%)',
      durationMs: 361_500,
      plannedRounds: 20,
      rounds: 12,
      errorRate: 0.125,
      p95Ms: 1_240,
      stoppedEarly: true,
      thresholds: { errorRate: 0.01, latencyMs: 500 }
    },
    timeToDetectMs: 92_300,
    decidedAt: 1_762_078_891_000,
    detail: ['healthy after 2 round(s)', 'window round 9: checkout 502 Bad Gateway']
  };
  r.rollback = {
    attempted: true,
    verified: true,
    trigger: 'monitoring window: error rate 12.5% (5 of 40 probes failed; threshold 1%)',
    toVersion: '1.4.2',
    toTag: 'v1.4.2',
    strategy: 'the deploy (workflow) with the previous version',
    runId: 11873551873,
    runUrl: 'https://github.com/acme/checkout-api/actions/runs/11873551873',
    summary: 'rolled back to v1.4.2 and verified healthy (2m 51s from the failure verdict)',
    timeToRestoreMs: 171_400,
    detail: ['rollback deployment 2417790254 of v1.4.2', 'dispatched deploy.yml at v1.4.2; GitHub returned run 11873551873']
  };
  r.stages = [
    ...EARLY_STAGES,
    stage('baseline', 'done', '2025-11-02T10:12:08.857Z', 640, 'baseline p95 188 ms over 2 checks'),
    stage('deploy', 'done', '2025-11-02T10:12:09.497Z', 214_410, 'deploy run 11873466012 succeeded in 3m 34s'),
    stage('verify', 'failed', '2025-11-02T10:15:43.907Z', 382_100, 'monitoring window: error rate 12.5% (5 of 40 probes failed; threshold 1%)'),
    stage('rollback', 'done', '2025-11-02T10:22:06.007Z', 171_400, 'rolled back to v1.4.2 and verified healthy (2m 51s from the failure verdict)')
  ];
  r.api = { requests: 97, byStage: { resolve: 2, gates: 9, version: 6, release: 8, deploy: 27, rollback: 45 } };
  r.headline = 'Rolled back to v1.4.2: v1.5.0 failed its monitoring window (error rate 12.5%, threshold 1%)';
  r.nextSteps = ['Find out why checkout failed under v1.5.0 (the deploy run and the service logs), fix it, and ship again: the next ship gets a new version.'];
  return r;
}

export function failed(): ShipRecord {
  const r = base('failed');
  r.settings = settings({
    deploy: { workflow: '', inputs: {}, branch: 'production', command: './scripts/deploy.sh --env "$SHIP_ENVIRONMENT" `date +%s`', timeoutMs: 1_800_000, approvalTimeoutMs: 3_600_000 },
    monitor: { durationMs: 0, intervalMs: 30_000, errorRateThreshold: 0.01, latencyThresholdMs: 500 }
  });
  r.deploy = {
    strategy: 'branch+command',
    deploymentId: 2417730915,
    conclusion: undefined,
    durationMs: 61_020,
    detail: ['production fast-forwarded to b81d4e0 (v1.5.0)', 'deploy command exited 3']
  };
  r.stages = [
    ...EARLY_STAGES,
    stage('deploy', 'failed', '2025-11-02T10:12:08.857Z', 61_020, 'deploy command exited 3'),
    stage('rollback', 'failed', '2025-11-02T10:13:09.877Z', 48_200, 'v1.4.2 was deployed again but is not healthy: checkout <script>: 503 Service Unavailable')
  ];
  r.health = {
    verdict: 'skipped',
    reason: 'the deploy failed: nothing to verify',
    checks: [],
    rounds: 0,
    detail: []
  };
  r.rollback = {
    attempted: true,
    verified: false,
    trigger: 'deploy command exited 3',
    toVersion: '1.4.2',
    toTag: 'v1.4.2',
    strategy: 'the deploy (branch, command) with the previous version',
    summary: 'v1.4.2 was deployed again but is not healthy: checkout <script>: 503 Service Unavailable',
    detail: ['rollback deployment 2417790254 of v1.4.2', 'production forced back to 5e4d3c2 (v1.4.2)', 'rollback command succeeded in 41s']
  };
  r.api = { requests: 58, byStage: { resolve: 2, gates: 9, version: 6, release: 8, deploy: 5, rollback: 28 } };
  r.headline = 'Deploy failed (deploy command exited 3) and the rollback to v1.4.2 did not verify: a person is needed';
  r.nextSteps = [
    'Production may be partly deployed: check the deploy run and the environment, then re-run this job (it resumes) or roll back by hand.',
    'The release stays a draft and the tag is kept.'
  ];
  return r;
}

export function dryRun(): ShipRecord {
  const r = base('dry-run');
  r.settings = settings({ dryRun: true });
  r.release = { reused: [] };
  // The inputs the dispatch would send, as shown (deploy-inputs values hidden).
  r.deploy = { strategy: 'workflow', inputs: { version: '1.5.0', tag: 'v1.5.0', environment: 'production', ship_id: '11873420561:v1.5.0', region: 'eu-west-1' }, detail: [] };
  r.health = { verdict: 'skipped', reason: 'dry run: would verify health after the deploy', checks: [], rounds: 0, detail: [] };
  r.plan = [
    { what: 'commit package.json, package-lock.json and CHANGELOG.md as the release commit on top of 3f9c2e1 and fast-forward main to it' },
    { what: 'create the annotated tag v1.5.0 and a draft release with the changelog section' },
    { what: 'create a GitHub deployment of v1.5.0 to production', detail: 'required_contexts: [] (ship-prod gates itself), auto_merge: false' },
    {
      what: 'dispatch deploy.yml at v1.5.0 and wait for it (deploy-timeout 30m)',
      detail: 'version=1.5.0\ntag=v1.5.0\nenvironment=production\nship_id=11873420561:v1.5.0\nregion=eu-west-1'
    },
    { what: 'probe api health, checkout <script>alert(1)</script> every 10s until healthy (health-timeout 5m)', detail: 'then watch for 10m (error rate above 0.01 or p95 above 500 ms fails)' }
  ];
  r.stages = [
    ...EARLY_STAGES.slice(0, 2),
    stage('version', 'planned', '2025-11-02T10:12:04.880Z', 902, 'would release 1.5.0 (minor: Unreleased has ### Added)'),
    stage('release', 'planned', '2025-11-02T10:12:05.782Z', 311, 'would tag v1.5.0 and draft a release'),
    stage('deploy', 'planned', '2025-11-02T10:12:06.093Z', 402, 'would deploy v1.5.0 to production by workflow'),
    stage('verify', 'planned', '2025-11-02T10:12:06.495Z', 1, 'would verify health after the deploy')
  ];
  r.api = { requests: 24, byStage: { resolve: 2, gates: 9, version: 6, release: 3, deploy: 4 } };
  r.headline = 'Dry run: v1.5.0 (1.4.2 → 1.5.0) would ship; nothing was changed';
  return r;
}

export const RECORDS: Record<'shipped' | 'blocked' | 'rolled-back' | 'failed' | 'dry-run', () => ShipRecord> = {
  shipped,
  blocked,
  'rolled-back': rolledBack,
  failed,
  'dry-run': dryRun
};
