/**
 * `npm run demo`: ship the sample repository against the local GitHub API (the sandbox) and the
 * demo service, running the bundled dist/index.js exactly as the runner would (rebuilt only when
 * the sources changed); print the job summary, laid out for a terminal, and the outputs; exit.
 *
 *   npm run demo                  a full ship: gates, v1.5.0, tag, release, deploy run, health checks
 *   npm run demo -- --bad         the new version is unhealthy: watch the rollback to v1.4.0
 *   npm run demo -- --degrade     healthy at first, failing in the monitoring window: rollback
 *   npm run demo -- --dry-run     plan only; nothing is written
 *   npm run demo -- --latency 50  add 50 ms to every API answer
 *   npm run demo -- --markdown    print the job summary as the raw Markdown GitHub renders
 *   npm run demo -- --canary      blue-green / canary: smoke checks, traffic 10/50/100, cleanup
 *   npm run demo -- --canary --fail-at 50   the new version breaks at 50%: traffic back to blue
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureBundle } from './demo/bundle.js';
import { startDemoService } from './demo/service.js';
import { keyValues, renderForTerminal } from './demo/terminal.js';
import { runCanaryDemo } from './demo/canary-demo.js';
import { startSandbox } from './github/server.js';
import { runAction } from './runner.js';
import { createSampleRepo } from './sample-repo.js';

/** Every option of the demo, parsed once (unknown flags are kept, as `true`, for modules that add their own). */
const { values: opts } = parseArgs({
  options: {
    bad: { type: 'boolean', default: false },
    degrade: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    latency: { type: 'string', default: '0' },
    markdown: { type: 'boolean', default: false },
    canary: { type: 'boolean', default: false },
    'fail-at': { type: 'string' }
  },
  strict: false
});

async function main(): Promise<void> {
  ensureBundle();
  if (opts.canary) return runCanaryDemo({ failAt: opts['fail-at'] ? Number(opts['fail-at']) : undefined, latencyMs: Number(opts.latency) });
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', latencyMs: Number(opts.latency) });
  sandbox.state.deployedVersion.production = sample.previousVersion;
  const service = await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: sample.previousVersion });
  const workspace = sample.checkout();
  try {
    const bad = opts.bad === true;
    const degrade = opts.degrade === true;
    if (bad) service.setUnhealthy('1.5.0');
    if (degrade) service.failAfter('1.5.0', 4);
    const inputs: Record<string, string> = {
      'dry-run': opts['dry-run'] === true ? 'true' : 'false',
      'deploy-workflow': 'deploy.yml',
      // (the deploy run is polled every timeout/30, at least 1s: a short timeout polls fast)
      'deploy-timeout': '30s',
      'health-checks': `- name: app\n  url: ${service.url}/health\n  expect-version: true\n  max-latency: 2s`,
      'health-interval': '500ms',
      'health-timeout': bad ? '4s' : '20s',
      'monitor-duration': '3s',
      'monitor-interval': '300ms',
      'rollback-timeout': '30s'
    };
    if (bad) console.log('--bad: the demo service answers 503 for 1.5.0, so the ship must roll back to 1.4.0');
    if (degrade) console.log('--degrade: 1.5.0 answers healthy 4 times, then 503, so the monitoring window must roll back');
    console.log(`sandbox GitHub API: ${sandbox.url}`);
    console.log(`demo service:       ${service.url}/health (production runs ${sample.previousVersion})`);
    console.log(`shipping ${sample.sha.slice(0, 7)} of acme/sample-service with:\n${keyValues(inputs)}\n`);
    const result = await runAction({
      apiUrl: sandbox.url,
      serverUrl: sandbox.webUrl,
      repository: 'acme/sample-service',
      workspace,
      sha: sample.sha,
      ref: 'refs/heads/main',
      eventName: 'workflow_dispatch',
      event: { repository: { default_branch: 'main' }, inputs: {} },
      inputs
    });
    console.log('──────── job summary (GITHUB_STEP_SUMMARY) ────────\n');
    console.log(opts.markdown === true ? result.summary : renderForTerminal(result.summary, { color: process.stdout.isTTY && !process.env.NO_COLOR }));
    console.log('');
    console.log('──────── outputs (GITHUB_OUTPUT) ────────');
    for (const [name, value] of Object.entries(result.outputs)) {
      console.log(`${name.padEnd(17)} ${name === 'report-json' ? `${value.slice(0, 80)}… (${value.length} chars)` : value}`);
    }
    const writes = sandbox.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    console.log(`\nexit code ${result.code} · ${sandbox.requests.length} API requests (${writes.length} writes) · ${result.durationMs} ms`);
    console.log(`production now runs ${service.version()}`);
    if (result.code !== 0 && result.outputs.status !== 'rolled-back') {
      console.log('\n──────── log (stdout) ────────');
      console.log(result.stdout);
    }
  } finally {
    await service.close();
    await sandbox.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(sample.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
