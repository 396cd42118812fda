/**
 * `npm run demo`: ship the sample repository against the local GitHub API (the sandbox) and the
 * demo service, running the bundled dist/index.js exactly as the runner would; print the job
 * summary and the outputs; exit.
 *
 *   npm run demo                 a dry run of the sample repository
 *   npm run demo -- --latency 50 add 50 ms to every API answer
 */
import { rmSync } from 'node:fs';
import { startDemoService } from './demo/service.js';
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
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', latencyMs: Number(flag('latency') ?? 0) });
  sandbox.state.deployedVersion.production = sample.previousVersion;
  const service = await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: sample.previousVersion });
  const workspace = sample.checkout();
  try {
    const inputs: Record<string, string> = {
      'dry-run': 'true',
      'deploy-workflow': 'deploy.yml',
      'health-urls': `${service.url}/health`,
      'health-interval': '1s',
      'health-timeout': '30s'
    };
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
