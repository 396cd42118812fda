/**
 * `npm run demo -- --waves`: one release promoted through two waves (sandbox/demo/fleet.ts): the
 * canary environment first, then prod-eu and prod-us at once, each environment with its own
 * health service reporting what the sandbox's deploy runs put there, each wave baking before the
 * next starts. `--waves --fail-at prod-us`: that environment's health service answers 503 for the
 * new version, so the line stops there: the wave's environments that got it are put back and
 * verified, no later wave starts, the release stays a draft.
 *
 * Runs the bundled dist/index.js as the runner would, and prints the deploy runs GitHub ran (when
 * each started and ended: a wave's overlap, the next wave after), the summary's Waves section,
 * each wave's verdict and the fleet as the health services answer at the end.
 */
import { rmSync } from 'node:fs';
import { dispatchedRuns, runPhase } from '../github/handlers/actions.js';
import { startSandbox } from '../github/server.js';
import type { ReleaseRecord } from '../github/types.js';
import { runAction, sampleShip } from '../runner.js';
import { createSampleRepo } from '../sample-repo.js';
import { DEMO_BAKE, DEMO_ENVIRONMENTS, DEMO_WAVES, fleetLine, waveVerdicts, wavesDemoInputs, type ReportEnvironment, type ReportWaves } from './fleet.js';
import { startDemoService, type DemoService } from './service.js';
import { fitted, keyValues, renderForTerminal } from './terminal.js';

/** Prints a line, wrapped to the demo's width. */
const say = (text = ''): void => console.log(fitted(text));

const NEW = '1.5.0';

export async function runWavesDemo(opts: { failAt?: string; latencyMs?: number }): Promise<void> {
  const sample = createSampleRepo();
  const previous = sample.previousVersion;
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service', latencyMs: opts.latencyMs ?? 0, quiet: true });
  // Deploy runs that take a moment, as real ones do: queued, then in progress, then done.
  sandbox.state.scenario.runScripts['deploy.yml'] = { statuses: ['queued', 'in_progress'], stepMs: 400, conclusion: 'success' };
  const services = new Map<string, DemoService>();
  const workspace = sample.checkout();
  try {
    for (const name of DEMO_ENVIRONMENTS) services.set(name, await startDemoService({ state: sandbox.state, environment: name, initialVersion: previous }));
    if (opts.failAt !== undefined) services.get(opts.failAt)!.setUnhealthy(NEW);
    const inputs = wavesDemoInputs((e) => `${services.get(e)!.url}/health`);
    say(`waves demo: ${DEMO_ENVIRONMENTS.join(', ')} run ${previous}; ${NEW} goes to ${DEMO_WAVES.map((w) => `wave ${w.name} (${w.environments.join(', ')})`).join(', then ')}; each wave bakes ${DEMO_BAKE} before the next starts`);
    if (opts.failAt !== undefined) {
      const wave = DEMO_WAVES.find((w) => w.environments.includes(opts.failAt!))!;
      say(`--fail-at ${opts.failAt}: its health service answers 503 for ${NEW}, so the line must stop in wave ${wave.name}: what got ${NEW} there is put back to ${previous}, no later wave starts, the release stays a draft`);
    }
    say('each environment has its own health service on 127.0.0.1, which reports the version the deploy runs put there');
    say(`shipping ${sample.sha.slice(0, 7)} of acme/sample-service with:\n${keyValues({ ...inputs, waves: inputs.waves!.trimEnd() })}\n`);
    const startedAt = Date.now();
    const result = await runAction({
      ...sampleShip(sandbox, workspace, sample.sha),
      event: { repository: { default_branch: 'main' } },
      inputs
    });

    say('──────── deploy runs (times from the start of the ship) ────────');
    say(`run   environment     version  what      started  ended    conclusion`);
    const now = Date.now();
    for (const run of dispatchedRuns(sandbox.state)) {
      const phase = runPhase(run, now);
      const at = (ms: number | null) => (ms === null ? '–' : `+${((ms - startedAt) / 1000).toFixed(1)}s`);
      const what = run.inputs.version === NEW ? 'deploy' : 'put back';
      say(`${String(run.id).padEnd(6)}${(run.inputs.environment ?? '').padEnd(16)}${(run.inputs.version ?? '').padEnd(9)}${what.padEnd(10)}${at(run.createdAtMs).padEnd(9)}${at(phase.completedAtMs).padEnd(9)}${phase.conclusion ?? phase.status}`);
    }

    say('\n──────── waves (the job summary) ────────');
    say(renderForTerminal(section(result.summary, '### Waves') ?? '(no Waves section)', { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));

    const report = JSON.parse(result.outputs['report-json'] ?? '{}') as { headline?: string; waves?: ReportWaves; environments?: ReportEnvironment[] };
    say('\n──────── the fleet ────────');
    for (const line of waveVerdicts(report.waves ?? { names: DEMO_WAVES.map((w) => w.name), verified: [] }, report.environments ?? [])) console.log(line);
    say(`fleet now (each health service asked): ${fleetLine(DEMO_ENVIRONMENTS, (e) => services.get(e)!.version())}`);
    const release = (sandbox.state.releases as ReleaseRecord[]).find((r) => r.tagName === `v${NEW}`);
    say(`release v${NEW}: ${release === undefined ? 'none' : release.draft ? 'a draft (not published)' : 'published'}`);
    const writes = sandbox.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    say(`\nstatus ${result.outputs.status ?? '?'} (exit ${result.code}, ${result.durationMs} ms, ${sandbox.requests.length} API requests, ${writes.length} writes): ${report.headline ?? ''}`);
    if (!report.headline) say(`\n──────── log (stdout) ────────\n${result.stdout}`);
  } finally {
    await Promise.all([...services.values()].map((s) => s.close()));
    await sandbox.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(sample.dir, { recursive: true, force: true });
  }
}

/** A section of the summary: its heading line and what follows up to the next heading. */
export function section(markdown: string, heading: string): string | undefined {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return undefined;
  const next = lines.findIndex((l, i) => i > start && /^#{1,6}\s/.test(l));
  return lines.slice(start, next < 0 ? undefined : next).join('\n');
}
