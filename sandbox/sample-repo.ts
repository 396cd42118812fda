/**
 * A sample repository, ready to ship: package.json / package-lock.json at the previous version,
 * a CHANGELOG.md with an Unreleased section, a deploy workflow declaring workflow_dispatch
 * inputs, a Spec-Flow state file with its gates approved, and the previous release tag.
 * Used by `npm run demo` and by the end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SampleRepo {
  /** The "remote" the sandbox is seeded from. */
  dir: string;
  /** The commit validated on staging (head of main). */
  sha: string;
  /** The previous release's commit (tagged `${prefix}${previousVersion}`). */
  previousSha: string;
  previousVersion: string;
  git(args: string[], cwd?: string): string;
  /** A fresh checkout of main, as actions/checkout leaves it: the action's GITHUB_WORKSPACE. */
  checkout(): string;
}

export interface SampleRepoOptions {
  previousVersion?: string;
  tagPrefix?: string;
  /** Staging validation status in the state file. */
  stagingStatus?: string;
  /** Rollback gate status in the state file. */
  rollbackStatus?: string;
  /** Files to add or override in the released commit (path -> content; null deletes). */
  files?: Record<string, string | null>;
  /** Commit message of the commit to ship. */
  message?: string;
}

const DEPLOY_WORKFLOW = `name: deploy
run-name: deploy \${{ inputs.tag }} to \${{ inputs.environment }} \${{ inputs.ship_id }}
on:
  workflow_dispatch:
    inputs:
      version:
        description: Version to deploy
        required: true
      tag:
        description: Release tag
        required: false
      environment:
        description: Target environment
        required: false
        default: production
      sha:
        description: Commit to deploy
        required: false
      deployment_id:
        description: GitHub deployment to report to
        required: false
      ship_id:
        description: Correlation id of the ship (lets the action find the run on old GHES)
        required: false
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./scripts/deploy.sh "\${{ inputs.version }}" "\${{ inputs.environment }}"
`;

function stateFile(staging: string, rollback: string): string {
  return `# Spec-Flow workflow state
feature:
  number: "001"
  slug: checkout-redesign
  title: Checkout redesign
current_phase: ship-prod
phases:
  spec: completed
  plan: completed
  implement: completed
  optimize: completed
  ship-staging: completed
manual_gates:
  preview:
    status: approved
    approved_at: "2026-11-20T10:00:00Z"
  staging_validation:
    status: ${staging}
    approved_by: qa-lead
    approved_at: "2026-11-21T16:30:00Z"
quality_gates:
  rollback:
    status: ${rollback}
    tested_at: "2026-11-21T15:00:00Z"
deployment:
  staging:
    deployed: true
    url: https://staging.example.test
`;
}

export function createSampleRepo(opts: SampleRepoOptions = {}): SampleRepo {
  const previousVersion = opts.previousVersion ?? '1.4.0';
  const prefix = opts.tagPrefix ?? 'v';
  const dir = mkdtempSync(path.join(tmpdir(), 'ship-prod-sample-'));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Sample Dev',
    GIT_AUTHOR_EMAIL: 'dev@example.test',
    GIT_COMMITTER_NAME: 'Sample Dev',
    GIT_COMMITTER_EMAIL: 'dev@example.test',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null'
  };
  const git = (args: string[], cwd = dir) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
  const write = (rel: string, content: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  };
  git(['init', '-q', '-b', 'main']);
  write(
    'package.json',
    `{\n  "name": "sample-service",\n  "version": "${previousVersion}",\n  "private": true,\n  "scripts": {\n    "start": "node server.js"\n  }\n}\n`
  );
  write(
    'package-lock.json',
    `{\n  "name": "sample-service",\n  "version": "${previousVersion}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": {\n      "name": "sample-service",\n      "version": "${previousVersion}"\n    }\n  }\n}\n`
  );
  write(
    'CHANGELOG.md',
    `# Changelog\n\nAll notable changes to this project are documented in this file.\n\nThe format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),\nand this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n## [Unreleased]\n\n## [${previousVersion}] - 2026-10-01\n\n### Added\n\n- First public release.\n\n[unreleased]: https://github.com/acme/sample-service/compare/${prefix}${previousVersion}...HEAD\n[${previousVersion}]: https://github.com/acme/sample-service/releases/tag/${prefix}${previousVersion}\n`
  );
  write('.github/workflows/deploy.yml', DEPLOY_WORKFLOW);
  write('server.js', `console.log('sample service');\n`);
  git(['add', '-A']);
  git(['commit', '-q', '-m', `chore(release): ${previousVersion}`]);
  git(['tag', '-a', `${prefix}${previousVersion}`, '-m', `Release ${previousVersion}`]);
  const previousSha = git(['rev-parse', 'HEAD']);

  write(
    'CHANGELOG.md',
    `# Changelog\n\nAll notable changes to this project are documented in this file.\n\nThe format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),\nand this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n## [Unreleased]\n\n### Added\n\n- One-page checkout with saved addresses.\n\n### Fixed\n\n- Totals no longer round twice on discounted carts.\n\n## [${previousVersion}] - 2026-10-01\n\n### Added\n\n- First public release.\n\n[unreleased]: https://github.com/acme/sample-service/compare/${prefix}${previousVersion}...HEAD\n[${previousVersion}]: https://github.com/acme/sample-service/releases/tag/${prefix}${previousVersion}\n`
  );
  write('specs/001-checkout-redesign/state.yaml', stateFile(opts.stagingStatus ?? 'approved', opts.rollbackStatus ?? 'passed'));
  write('src/checkout.js', `export const checkout = () => 'one page';\n`);
  for (const [rel, content] of Object.entries(opts.files ?? {})) {
    // A file of either commit, the sample's own included: `git add -A` below records the removal.
    if (content === null) rmSync(path.join(dir, rel));
    else write(rel, content);
  }
  git(['add', '-A']);
  git(['commit', '-q', '-m', opts.message ?? 'feat(checkout): one-page checkout with saved addresses']);
  const sha = git(['rev-parse', 'HEAD']);

  return {
    dir,
    sha,
    previousSha,
    previousVersion,
    git,
    checkout() {
      const work = mkdtempSync(path.join(tmpdir(), 'ship-prod-workspace-'));
      git(['clone', '-q', dir, work], tmpdir());
      return work;
    }
  };
}
