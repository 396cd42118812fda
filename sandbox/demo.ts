/**
 * `npm run demo`: ship the sample repository against the local GitHub API (the sandbox) and the
 * demo service, running the bundled dist/index.js exactly as the runner would; print the job
 * summary and the outputs; exit.
 *
 *   npm run demo                  a full ship: gates, v1.5.0, tag, release, deploy run, health checks
 *   npm run demo -- --bad         the new version is unhealthy: watch the rollback to v1.4.0
 *   npm run demo -- --degrade     healthy at first, failing in the monitoring window: rollback
 *   npm run demo -- --dry-run     plan only; nothing is written
 *   npm run demo -- --latency 50  add 50 ms to every API answer
 *   npm run demo -- --canary      blue-green / canary: smoke checks, traffic 10/50/100, cleanup
 *   npm run demo -- --canary --fail-at 50   the new version breaks at 50%: traffic back to blue
 */
import { rmSync } from 'node:fs';
import { startDemoService } from './demo/service.js';
import { runCanaryDemo } from './demo/canary-demo.js';
import { startSandbox } from './github/server.js';
import { runAction } from './runner.js';
import { createSampleRepo } from './sample-repo.js';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const next = process.argv[at + 1];
  return next && !next.startsWith('--') ? next : 'true';
}

async function main(): Promise<void> {
  if (flag('canary')) return runCanaryDemo({ failAt: flag('fail-at') ? Number(flag('fail-at')) : undefined, latencyMs: Number(flag('latency') ?? 0) });
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', latencyMs: Number(flag('latency') ?? 0) });
  sandbox.state.deployedVersion.production = sample.previousVersion;
  const service = await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: sample.previousVersion });
  const workspace = sample.checkout();
  try {
    const bad = flag('bad') === 'true';
    const degrade = flag('degrade') === 'true';
    if (bad) service.setUnhealthy('1.5.0');
    if (degrade) service.failAfter('1.5.0', 4);
    const inputs: Record<string, string> = {
      'dry-run': flag('dry-run') === 'true' ? 'true' : 'false',
      'deploy-workflow': 'deploy.yml',
      'deploy-timeout': '2m',
      'health-checks': `- name: app\n  url: ${service.url}/health\n  expect-version: true\n  max-latency: 2s`,
      'health-interval': '500ms',
      'health-timeout': bad ? '4s' : '20s',
      'monitor-duration': '5s',
      'monitor-interval': '500ms',
      'rollback-timeout': '2m'
    };
    if (bad) console.log('--bad: the demo service answers 503 for 1.5.0, so the ship must roll back to 1.4.0');
    if (degrade) console.log('--degrade: 1.5.0 answers healthy 4 times, then 503, so the monitoring window must roll back');
    console.log(`sandbox GitHub API: ${sandbox.url}`);
    console.log(`demo service:       ${service.url}/health (production runs ${sample.previousVersion})`);
    console.log(`shipping ${sample.sha.slice(0, 7)} of acme/sample-service with: ${JSON.stringify(inputs)}\n`);
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
    console.log(result.summary);
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
