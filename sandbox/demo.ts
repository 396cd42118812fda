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
 *   npm run demo -- --waves       two waves: prod-eu-canary, then prod-eu and prod-us, each baking
 *   npm run demo -- --waves --fail-at prod-us   unhealthy in prod-us: the line stops, its wave put back
 *   npm run demo -- --help        the variants and options (an unknown option is refused with them)
 *
 * Everything it prints fits 80 columns (the summary is laid out by demo/terminal.ts).
 */
import { rmSync } from 'node:fs';
import { ensureBundle } from './demo/bundle.js';
import { parseDemoArgs } from './demo/options.js';
import { startDemoService } from './demo/service.js';
import { fitted, keyValues, renderForTerminal, WIDTH } from './demo/terminal.js';
import { runCanaryDemo } from './demo/canary-demo.js';
import { runWavesDemo } from './demo/waves-demo.js';
import { startSandbox } from './github/server.js';
import { runAction, sampleShip } from './runner.js';
import { createSampleRepo } from './sample-repo.js';

const args = parseDemoArgs(process.argv.slice(2));
/** Prints a line, wrapped to the demo's width. */
const say = (text = ''): void => console.log(fitted(text));

async function main(): Promise<void> {
  if (args.kind !== 'run') {
    (args.kind === 'help' ? console.log : console.error)(args.text);
    process.exitCode = args.kind === 'help' ? 0 : 2;
    return;
  }
  const opts = args.options;
  ensureBundle();
  if (opts.canary) return runCanaryDemo({ failAt: opts.failAt, latencyMs: opts.latencyMs });
  if (opts.waves) return runWavesDemo({ failAt: opts.failIn, latencyMs: opts.latencyMs });
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', latencyMs: opts.latencyMs });
  sandbox.state.deployedVersion.production = sample.previousVersion;
  // A deploy run that takes a moment, as a real one does: queued, then in progress, then done.
  sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['queued', 'in_progress'], stepMs: 700, conclusion: 'success' };
  const service = await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: sample.previousVersion });
  const workspace = sample.checkout();
  try {
    const bad = opts.bad;
    const degrade = opts.degrade;
    if (bad) service.setUnhealthy('1.5.0');
    if (degrade) service.failAfter('1.5.0', 4);
    const inputs: Record<string, string> = {
      'dry-run': opts.dryRun ? 'true' : 'false',
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
    if (bad) say('--bad: the demo service answers 503 for 1.5.0, so the ship must roll back to 1.4.0');
    if (degrade) say('--degrade: 1.5.0 answers healthy 4 times, then 503, so the monitoring window must roll back');
    say(`sandbox GitHub API: ${sandbox.url}`);
    say(`demo service:       ${service.url}/health (production runs ${sample.previousVersion})`);
    say(`shipping ${sample.sha.slice(0, 7)} of acme/sample-service with:\n${keyValues(inputs)}\n`);
    const result = await runAction({
      ...sampleShip(sandbox, workspace, sample.sha),
      ref: 'refs/heads/main',
      eventName: 'workflow_dispatch',
      event: { repository: { default_branch: 'main' }, inputs: {} },
      inputs
    });
    say('──────── job summary (GITHUB_STEP_SUMMARY) ────────\n');
    // --markdown is the raw text, as GitHub gets it: not laid out for the terminal.
    console.log(opts.markdown ? result.summary : renderForTerminal(result.summary, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
    say();
    say('──────── outputs (GITHUB_OUTPUT) ────────');
    for (const [name, value] of Object.entries(result.outputs)) say(outputLine(name, value));
    const writes = sandbox.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    say(`\nexit code ${result.code} · ${sandbox.requests.length} API requests (${writes.length} writes) · ${result.durationMs} ms`);
    say(`production now runs ${service.version()}`);
    if (result.code !== 0 && result.outputs.status !== 'rolled-back') {
      say('\n──────── log (stdout) ────────');
      say(result.stdout);
    }
  } finally {
    await service.close();
    await sandbox.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(sample.dir, { recursive: true, force: true });
  }
}

/** `name  value`; a value too long for the line goes under its name, report-json cut short. */
function outputLine(name: string, value: string): string {
  const head = `${name.padEnd(17)} `;
  if (name === 'report-json') return `${head}${value.slice(0, WIDTH - head.length - 16)}… (${value.length} chars)`;
  return head.length + value.length <= WIDTH ? head + value : `${name}\n  ${value}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
