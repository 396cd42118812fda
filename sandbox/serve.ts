/**
 * `npm run sandbox`: start the local GitHub API with the sample repository, the demo service and a
 * checkout of the sample, print the environment that points an action run at them, and keep
 * serving until Ctrl-C. For `npm run local-action` (see docs/developing.md), or any client.
 *
 *   npm run sandbox                 serve on random ports
 *   npm run sandbox -- --env .env   also write the printed variables into .env (inputs kept)
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoService } from './demo/service.js';
import { startSandbox } from './github/server.js';
import { createSampleRepo } from './sample-repo.js';

const { values: opts } = parseArgs({ options: { env: { type: 'string' } } });

/** `.env` text with `vars` set: existing lines for those names replaced, the rest kept. */
export function withEnv(text: string, vars: Record<string, string>): string {
  const kept = text.split('\n').filter((l) => !Object.keys(vars).some((k) => l.startsWith(`${k}=`)));
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  return [...kept, ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), ''].join('\n');
}

async function main(): Promise<void> {
  const sample = createSampleRepo();
  const sandbox = await startSandbox({ repoDir: sample.dir, owner: 'acme', repo: 'sample-service' });
  sandbox.state.deployedVersion.production = sample.previousVersion;
  const service = await startDemoService({ state: sandbox.state, environment: 'production', initialVersion: sample.previousVersion });
  const workspace = sample.checkout();
  const vars: Record<string, string> = {
    GITHUB_API_URL: sandbox.url,
    GITHUB_SERVER_URL: sandbox.webUrl,
    GITHUB_REPOSITORY: 'acme/sample-service',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: sample.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_STEP_SUMMARY: path.join(tmpdir(), `ship-prod-summary-${process.pid}.md`),
    'INPUT_HEALTH-URLS': `${service.url}/health`
  };
  console.log(`sandbox GitHub API ${sandbox.url}, demo service ${service.url}/health (production runs ${sample.previousVersion})\n`);
  console.log(Object.entries(vars).map(([k, v]) => `${k}=${v}`).join('\n'));
  if (typeof opts.env === 'string') {
    writeFileSync(opts.env, withEnv(existsSync(opts.env) ? readFileSync(opts.env, 'utf8') : '', vars));
    console.log(`\nwritten to ${opts.env}; GITHUB_API_URL must be exported in the shell too:\n  export GITHUB_API_URL=${sandbox.url}`);
  }
  console.log('\nserving until Ctrl-C');
  const stop = async () => {
    await service.close();
    await sandbox.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(vars.GITHUB_STEP_SUMMARY!, { force: true });
    rmSync(sample.dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
