/**
 * Time from a breach to production verified back on the previous version, two ways, against the
 * sandbox with the bundled action (dist/index.js), the same health settings for both:
 *
 *   switch-back  a canary ship (10, 50, 100) whose new version breaks at 50% after two good
 *                answers (healthy, then failing in the monitoring window): the traffic command
 *                moves all traffic back (SHIP_TRAFFIC=0), then the health checks expect 1.4.0.
 *   redeploy     the same breach without traffic steps (healthy for two answers, then failing in
 *                the window): the deploy workflow is dispatched again with 1.4.0 and waited for,
 *                then the same health checks expect 1.4.0. Twice: with the sandbox's quickest
 *                deploy run (queued, in_progress: 50 ms each), and with a 10 s deploy run (a short
 *                stand-in for a real one, which takes minutes).
 *
 * For each: time to detect (first failing probe to verdict) and time to restore (verdict to
 * verified), median of N runs. Prints a Markdown table.
 *
 *   npx tsx scripts/measure-restore.ts -- --runs 5
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCanaryService } from '../sandbox/demo/canary.js';
import { startDemoService } from '../sandbox/demo/service.js';
import { startSandbox } from '../sandbox/github/server.js';
import { runAction } from '../sandbox/runner.js';
import { createSampleRepo } from '../sandbox/sample-repo.js';
import { median } from './measure.js';

const RUNS = (() => {
  const at = process.argv.indexOf('--runs');
  return at >= 0 ? Number(process.argv[at + 1]) : 5;
})();

const HEALTH = { 'health-interval': '250ms', 'health-timeout': '3s', 'monitor-duration': '2s', 'monitor-interval': '250ms', 'rollback-timeout': '60s' };

interface Times {
  detect: number;
  restore: number;
  status: string;
}

type Kind = 'switch-back' | 'redeploy (quickest run)' | 'redeploy (10 s run)';

async function once(kind: Kind): Promise<Times> {
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', quiet: true });
  const workspace = sample.checkout();
  const canary = kind === 'switch-back' ? await startCanaryService({ version: sample.previousVersion }) : undefined;
  if (kind === 'redeploy (10 s run)') sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['queued', 'in_progress'], stepMs: 5_000, conclusion: 'success' };
  const demo = kind !== 'switch-back' ? await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: sample.previousVersion }) : undefined;
  try {
    let inputs: Record<string, string>;
    if (canary) {
      // Breaks once it gets 50% of the traffic, after two good answers there. after two good answers there.
      canary.failWhen('1.5.0', 50, 2);
      inputs = {
        'deploy-command': canary.commands.deploy,
        'traffic-command': canary.commands.traffic,
        'traffic-steps': '10, 50, 100',
        'health-checks': `- name: app\n  url: ${canary.url}/health\n  expect-version: true`,
        ...HEALTH
      };
    } else {
      // The same breach, all at once: healthy for two rounds, then failing in the window.
      demo!.failAfter('1.5.0', 2);
      inputs = { 'deploy-workflow': 'deploy.yml', 'deploy-timeout': '60s', 'health-checks': `- name: app\n  url: ${demo!.url}/health\n  expect-version: true`, ...HEALTH };
    }
    const result = await runAction({ apiUrl: sandbox.url, serverUrl: sandbox.webUrl, repository: 'acme/sample-service', workspace, sha: sample.sha, event: { repository: { default_branch: 'main' } }, inputs });
    const report = JSON.parse(result.outputs['report-json'] ?? '{}') as { health?: { timeToDetectMs?: number }; rollback?: { timeToRestoreMs?: number } };
    if (result.outputs.status !== 'rolled-back') throw new Error(`${kind} ended ${result.outputs.status}:\n${result.stdout}`);
    return { detect: report.health?.timeToDetectMs ?? NaN, restore: report.rollback?.timeToRestoreMs ?? NaN, status: result.outputs.status };
  } finally {
    await canary?.close();
    await demo?.close();
    await sandbox.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(sample.dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const kinds: Kind[] = ['switch-back', 'redeploy (quickest run)', 'redeploy (10 s run)'];
  const all: Record<string, Times[]> = Object.fromEntries(kinds.map((k) => [k, []]));
  // Interleaved, so that load on the machine affects them alike.
  for (let i = 0; i < RUNS; i++) {
    for (const kind of kinds) all[kind]!.push(await once(kind));
  }
  for (const [kind, times] of Object.entries(all)) {
    const detect = median(times.map((t) => t.detect));
    const restore = median(times.map((t) => t.restore));
    const total = median(times.map((t) => t.detect + t.restore));
    rows.push(`| ${kind} | ${detect} ms | ${restore} ms (${Math.min(...times.map((t) => t.restore))}–${Math.max(...times.map((t) => t.restore))}) | ${total} ms |`);
  }
  console.log(
    [
      `# Breach to production verified on the previous version (${RUNS} runs each, median)`,
      '',
      `Health checks every ${HEALTH['health-interval']} (two passing rounds in a row), monitoring window ${HEALTH['monitor-duration']} at ${HEALTH['monitor-interval']}.`,
      '',
      '| rollback | detect (first failing probe → verdict) | restore (verdict → verified, min–max) | detect + restore |',
      '|---|---|---|---|',
      ...rows
    ].join('\n')
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
