/**
 * The report file: golden files for one hand-built record per status (reviewed by reading them as
 * a release engineer would, then frozen), escaping of outside text, determinism, the rollback
 * procedure's commands for each deploy strategy, and where the file goes.
 *
 * To regenerate after an intended change: UPDATE_GOLDEN=1, then read every diff before committing.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReportFile, reportFilePath } from '../../src/report/report-file.js';
import { expectGolden } from '../helpers/golden.js';
import type { ShipRecord } from '../../src/ship.js';
import { NOW, RECORDS, dryRun, failed, rolledBack, settings, shipped } from './records.js';

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden/report');

type Status = keyof typeof RECORDS;
const STATUSES: Status[] = ['shipped', 'blocked', 'rolled-back', 'failed', 'dry-run'];

const golden = (name: string, actual: string): void => expectGolden(GOLDEN, name, actual);

/** The report without its fenced blocks (whose text is shown literally). */
function outsideFences(report: string): string {
  const out: string[] = [];
  let fence = '';
  for (const line of report.split('\n')) {
    const m = /^\s*(`{3,})/.exec(line);
    if (fence) {
      if (m && m[1] === fence && line.trim() === fence) fence = '';
    } else if (m) {
      fence = m[1]!;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

/** The report's `## Rollback procedure` section. */
function procedure(report: string): string {
  const start = report.indexOf('## Rollback procedure');
  const end = report.indexOf('\n## ', start + 5);
  return report.slice(start, end === -1 ? undefined : end);
}

describe('golden report files', () => {
  it.each(STATUSES)('%s', (status) => {
    golden(status, renderReportFile(RECORDS[status](), { now: NOW }));
  });

  it('is deterministic for a record and a time, and the time is the only clock it reads', () => {
    const a = renderReportFile(shipped(), { now: NOW });
    expect(renderReportFile(shipped(), { now: NOW })).toBe(a);
    const later = renderReportFile(shipped(), { now: new Date(NOW.getTime() + 3_600_000) });
    expect(later).not.toBe(a);
    expect(later.replace('11:31:07', '10:31:07')).toBe(a);
  });
});

describe('escaping outside text', () => {
  it.each(STATUSES)('%s: no raw HTML from outside, and every table row keeps its columns', (status) => {
    const report = renderReportFile(RECORDS[status](), { now: NOW });
    // Outside fenced blocks (literal text), the only HTML is the report's own <details>/<summary>.
    const prose = outsideFences(report);
    const tags = [...prose.matchAll(/<\/?([a-z]+)/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(tags.filter((t) => t === 'details' || t === 'summary')));
    expect(prose).not.toContain('<script');
    for (const block of report.split(/\n\n+/)) {
      const rows = block.split('\n').filter((l) => l.startsWith('|'));
      if (!rows.length) continue;
      const columns = (row: string) => row.replace(/\\\|/g, '').split('|').length;
      expect(rows.map(columns)).toEqual(rows.map(() => columns(rows[0]!)));
    }
  });

  it('escapes a script tag and pipes in a check name, a URL and a gate reason', () => {
    const report = renderReportFile(RECORDS.blocked(), { now: NOW });
    expect(report).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(report).toContain('test \\| lint: failure');
    const live = renderReportFile(rolledBack(), { now: NOW });
    expect(live).toContain('| checkout &lt;script&gt;alert(1)&lt;/script&gt; |');
    expect(live).toContain('ping?probe=1\\|2');
    expect(live).toContain('502 `Bad Gateway` \\| upstream reset');
  });

  it('fences the changelog and commands with more backticks than they hold', () => {
    const record = shipped();
    record.version!.changelogSection = 'Fixed:\n```js\nrun(`x`)\n```\n<img src=x onerror=alert(1)>';
    record.settings = settings({ deploy: { workflow: '', inputs: {}, branch: '', command: 'echo ```; echo `date`', timeoutMs: 60_000, approvalTimeoutMs: 3_600_000 } });
    record.deploy = { ...record.deploy!, strategy: 'command' };
    const report = renderReportFile(record, { now: NOW });
    expect(report).toContain('````text\nFixed:\n```js\nrun(`x`)\n```\n<img src=x onerror=alert(1)>\n````');
    expect(procedure(report)).toContain("     bash -eo pipefail -c 'echo ```; echo `date`'\n   ````");
  });

  it('shell-quotes outside values in commands, so pasting them runs nothing else', () => {
    const proc = procedure(renderReportFile(rolledBack(), { now: NOW }));
    expect(proc).toContain(`-f region='eu-west-1'\\''; rm -rf / #'`);
  });

  it('never shows header values of health checks (they are secrets)', () => {
    const report = renderReportFile(shipped(), { now: NOW });
    expect(report).not.toContain('Bearer not-shown');
    expect(report).toContain('# plus its headers (secrets, not shown)');
  });
});

describe('rollback procedure', () => {
  it('with a deploy workflow: dispatches the previous tag with only the inputs the ship passed', () => {
    const proc = procedure(renderReportFile(shipped(), { now: NOW }));
    expect(proc).toContain(
      'gh workflow run deploy.yml --repo acme/checkout-api --ref v1.4.2 \\\n     -f version=1.4.2 \\\n     -f tag=v1.4.2 \\\n     -f environment=production \\\n     -f region=eu-west-1\n'
    );
    expect(proc).not.toContain('ship_id');
    expect(proc).not.toContain('-f sha=');
  });

  it('with a deploy workflow whose inputs the record does not hold: every fact, and says to drop the undeclared ones', () => {
    const record = shipped();
    delete (record.deploy as { inputs?: unknown }).inputs;
    const proc = procedure(renderReportFile(record, { now: NOW }));
    expect(proc).toContain(`-f sha="$(git rev-parse 'v1.4.2^{commit}')"`);
    expect(proc).toContain('drop the `-f` flags it does not declare');
  });

  it('with a rollback-workflow: dispatches that one', () => {
    const record = shipped();
    record.settings = settings({ rollback: { mode: 'auto', workflow: 'rollback.yml', command: '', timeoutMs: 600_000 } });
    const proc = procedure(renderReportFile(record, { now: NOW }));
    expect(proc).toContain('gh workflow run rollback.yml --repo acme/checkout-api --ref v1.4.2');
    expect(proc).not.toContain('gh workflow run deploy.yml');
  });

  it('with a deploy branch: a guarded forced push of the previous tag', () => {
    const proc = procedure(renderReportFile(failed(), { now: NOW }));
    expect(proc).toContain("git push --force-with-lease=production origin 'v1.4.2^{commit}:refs/heads/production'");
  });

  it('with a command: the command with the previous version in SHIP_* variables', () => {
    const proc = procedure(renderReportFile(failed(), { now: NOW }));
    expect(proc).toContain('SHIP_VERSION=1.4.2 \\\n     SHIP_TAG=v1.4.2 \\\n');
    expect(proc).toContain('SHIP_ENVIRONMENT=production');
    expect(proc).toContain('bash -eo pipefail -c \'./scripts/deploy.sh --env "$SHIP_ENVIRONMENT" `date +%s`\'');
  });

  it('with a rollback-command: that command instead of the deploy', () => {
    const record = failed();
    record.settings = settings({ ...record.settings!, rollback: { mode: 'auto', workflow: '', command: 'kubectl rollout undo deploy/checkout', timeoutMs: 600_000 } });
    const proc = procedure(renderReportFile(record, { now: NOW }));
    expect(proc).toContain("bash -eo pipefail -c 'kubectl rollout undo deploy/checkout'");
    expect(proc).not.toContain('git push');
  });

  it('always says how to retire the deployment, and that the tag is kept and the release stays a draft', () => {
    for (const record of [rolledBack(), failed()]) {
      const proc = procedure(renderReportFile(record, { now: NOW }));
      expect(proc).toContain("gh api repos/acme/checkout-api/deployments/2417730915/statuses -f state=inactive -f description='rolled back to v1.4.2 by hand'");
      expect(proc).toContain('Keep the tag `v1.5.0`');
      expect(proc).toContain('stays a draft');
    }
  });

  it('says so when there is no previous version', () => {
    const record = shipped();
    record.version = { ...record.version!, previous: '', next: '1.0.0', tag: 'v1.0.0' };
    const proc = procedure(renderReportFile(record, { now: NOW }));
    expect(proc).toContain('1.0.0 is the first release: there is no previous version to roll back to.');
    expect(proc).not.toContain('gh workflow run');
    expect(proc).toContain('deployments/2417730915/statuses -f state=inactive');
  });

  it('names the host on GitHub Enterprise Server', () => {
    const record = shipped();
    record.context = { ...record.context!, serverUrl: 'https://ghe.acme.example' };
    const proc = procedure(renderReportFile(record, { now: NOW }));
    expect(proc).toContain('--repo ghe.acme.example/acme/checkout-api');
    expect(proc).toContain('gh api --hostname ghe.acme.example repos/acme/checkout-api/deployments/');
  });

  it('a dry run shows the procedure the ship would have, with placeholders for what does not exist yet', () => {
    const proc = procedure(renderReportFile(dryRun(), { now: NOW }));
    expect(proc).toContain('-f region=eu-west-1');
    expect(proc).toContain('deployments/DEPLOYMENT_ID/statuses');
  });
});

describe('sections', () => {
  const report = renderReportFile(shipped(), { now: NOW });

  it('has every section in order', () => {
    const order = ['## What to do next', '## Deployment summary', '## Gates', '## Health checks', '## Monitoring', '## Artifacts', '## Rollback procedure', '## Timeline'];
    const at = order.map((h) => report.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('deployment summary: versions, time, environment, deployment, production URL, release, tag', () => {
    expect(report).toContain('| Version | 1.4.2 → 1.5.0 (minor: Unreleased has ### Added) |');
    expect(report).toContain('| Deployed at | 2025-11-02 10:15:43 UTC |');
    expect(report).toContain('| Production URL | [https://api.acme.example](https://api.acme.example) |');
    expect(report).toContain('| Deployment | [2417730915](https://github.com/acme/checkout-api/deployments/production) |');
  });

  it('artifacts link tag, commits and runs under serverUrl/owner/repo', () => {
    expect(report).toContain('[v1.5.0](https://github.com/acme/checkout-api/tree/v1.5.0)');
    expect(report).toContain('(https://github.com/acme/checkout-api/commit/b81d4e0c9a7f6e5d4c3b2a1908f7e6d5c4b3a291)');
    expect(report).toContain('(https://github.com/acme/checkout-api/commit/3f9c2e1a7b4d5c6e8f90a1b2c3d4e5f6a7b8c9d0)');
    expect(report).toContain('[run 11873466012](https://github.com/acme/checkout-api/actions/runs/11873466012)');
  });

  it('a rolled-back ship has a Rollback section with what ran, verified, and time to restore', () => {
    const rb = renderReportFile(rolledBack(), { now: NOW });
    expect(rb).toContain('\n## Rollback\n');
    expect(rb).toContain('| Verified | ✅ yes: deployed again and healthy |');
    expect(rb).toContain('| Time to restore | 2m 51s from the failure verdict to the verified rollback |');
    expect(report).not.toContain('\n## Rollback\n');
  });

  it('a record without settings or context (invalid inputs) still renders', () => {
    const record: ShipRecord = {
      schema: 'ship-prod/report@1',
      startedAt: '2025-11-02T10:12:03.120Z',
      stages: [],
      gates: [],
      plan: [],
      warnings: [],
      api: { requests: 0, byStage: {} },
      status: 'blocked',
      headline: 'Invalid inputs: nothing was done',
      nextSteps: ["Input 'deploy-timeout': \"soon\" is not a duration; expected e.g. 90, 90s, 5m, 1h"]
    };
    const out = renderReportFile(record, { now: NOW });
    expect(out).toContain('# ⛔ Blocked: ship-prod');
    expect(out).toContain('"soon" is not a duration');
    expect(reportFilePath(record)).toBe('production-ship-report.md');
  });
});

describe('reportFilePath', () => {
  const cases: Array<[string, ShipRecord['settings'], ShipRecord['stateFile'], string | null]> = [
    ['auto, beside the state file', settings(), { path: 'specs/042-express-checkout/state.yaml', feature: '042', reason: '' }, 'specs/042-express-checkout/production-ship-report.md'],
    ['auto, a state file at the root', settings(), { path: 'state.yaml', feature: '', reason: '' }, 'production-ship-report.md'],
    ['auto, no state file: the workspace root', settings({ stateFile: { mode: 'none' } }), undefined, 'production-ship-report.md'],
    ['a path', settings({ reportFile: { mode: 'path', path: 'reports/ship.md' } }), { path: 'specs/042-x/state.yaml', feature: '', reason: '' }, 'reports/ship.md'],
    ['none', settings({ reportFile: { mode: 'none' } }), { path: 'specs/042-x/state.yaml', feature: '', reason: '' }, null]
  ];
  it.each(cases)('%s', (_name, s, stateFile, expected) => {
    const record = shipped();
    record.settings = s;
    if (stateFile) record.stateFile = stateFile;
    else delete record.stateFile;
    expect(reportFilePath(record)).toBe(expected);
  });
});
