/**
 * version-files end to end: the bundle bumps a JSON file, Cargo.toml, pyproject.toml, a marker line
 * and a regex match in the release commit, and the sandbox's git objects show that nothing else
 * changed, byte for byte. A listed file that lacks the current version, or a rollback workflow
 * missing at the previous tag, blocks the ship with no write at all.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { explain, locksLeft, shipFixture, writesBesideLock, type ShipFixture } from '../helpers/e2e.js';

let fx: ShipFixture | undefined;
afterEach(async () => {
  if (fx) expect(fx.sandbox.schemaErrors()).toEqual([]);
  await fx?.close();
  fx = undefined;
});

const FILES: Record<string, string> = {
  'app.json': '{\r\n    "name": "sample",\r\n    "version": "1.4.0",\r\n    "engines": {"version": "1.4.0"}\r\n}',
  'Cargo.toml': '[package]\nname = "sample"  # crate\nversion = "1.4.0"\n\n[dependencies]\nserde = { version = "1.4.0" }\n',
  'py/pyproject.toml': '[tool.poetry]\nname = "sample"\nversion = \'1.4.0\'\n\n[tool.poetry.dependencies]\nrequests = "^1.4.0"\n',
  'src/version.ts': "// Shown by --version\nexport const VERSION = 'v1.4.0'; // x-ship-prod-version\nexport const API = '1.4.0';\n",
  'docs/install.md': '# Install\n\n    uses: acme/sample@v1.4.0\n\nSince 1.4.0, nothing else moves.\n'
};
const LISTED = 'app.json\nCargo.toml\npy/pyproject.toml\nsrc/version.ts\ndocs/install.md#/acme\\/sample@v(\\S+)/';

/** Where two texts differ: each run of differing characters, as `before→after`. */
function changedSpans(before: string, after: string): string[] {
  const spans: string[] = [];
  for (let i = 0, j = 0; i < before.length || j < after.length; ) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    const [from, to] = [i, j];
    while ((i < before.length || j < after.length) && before[i] !== after[j]) {
      i++;
      j++;
    }
    spans.push(`${before.slice(from, i)}→${after.slice(to, j)}`);
  }
  return spans;
}

describe('version-files', () => {
  it('bumps only the version text of every kind of file in the release commit', async () => {
    fx = await shipFixture({ files: FILES });
    const result = await fx.ship({ 'version-files': LISTED });
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'shipped', code: 0 });
    const git = fx.sandbox.state.git;
    const release = result.outputs.sha!;
    expect(git.getCommit(release)!.parents).toEqual([fx.sample.sha]);
    const diff = Object.fromEntries(
      Object.entries(FILES).map(([file, before]) => [file, changedSpans(before, git.readFile(release, file)!.toString('utf8'))])
    );
    expect(diff).toEqual({
      'app.json': ['4→5'],
      'Cargo.toml': ['4→5'],
      'py/pyproject.toml': ['4→5'],
      'src/version.ts': ['4→5'],
      'docs/install.md': ['4→5']
    });
    // Byte for byte: CRLF, quotes, comments and the other 1.4.0s are where they were.
    expect(git.readFile(release, 'app.json')!.toString()).toBe(FILES['app.json']!.replace('"version": "1.4.0"', '"version": "1.5.0"'));
    expect(git.readFile(release, 'src/version.ts')!.toString()).toContain("VERSION = 'v1.5.0'; // x-ship-prod-version\nexport const API = '1.4.0'");
    // The tree differs from the shipped commit only in the version files and the changelog.
    const changed = ['package.json', 'package-lock.json', 'CHANGELOG.md', 'server.js', ...Object.keys(FILES)].filter(
      (f) => git.readFile(release, f)?.toString() !== git.readFile(fx!.sample.sha, f)?.toString()
    );
    expect(changed.sort()).toEqual(['CHANGELOG.md', 'Cargo.toml', 'app.json', 'docs/install.md', 'package-lock.json', 'package.json', 'py/pyproject.toml', 'src/version.ts']);
  }, 60_000);

  it('a listed file that lacks the current version, or is missing, blocks before any write, naming file and line', async () => {
    fx = await shipFixture({ files: { ...FILES, 'src/version.ts': FILES['src/version.ts']!.replace("'v1.4.0'", "'v1.3.9'") } });
    const result = await fx.ship({ 'version-files': `${LISTED}\ndocs/missing.md` });
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'blocked', code: 1 });
    expect(writesBesideLock(result.writes)).toEqual([]);
    expect(locksLeft(fx.sandbox)).toEqual([]);
    expect(fx.sandbox.state.git.getRef('refs/tags/v1.5.0')).toBeUndefined();
    expect(result.summary).toContain('src/version.ts line 2: carries the marker x-ship-prod-version but not the current version 1.4.0 (it holds 1.3.9)');
    expect(result.summary).toContain('docs/missing.md: listed in version-files, but there is no such file at the shipped commit');
    expect(result.stdout).toMatch(/::error title=version-files,file=src\/version\.ts,line=2::/);
  }, 60_000);

  it('a bad version-files line is an input error naming the input and the line', async () => {
    fx = await shipFixture();
    const result = await fx.ship({ 'version-files': 'Cargo.toml\ndocs/a.md#/v\\d+/' });
    expect(result.outputs.status).toBe('blocked');
    expect(result.requests).toEqual([]);
    expect(result.summary).toContain("Input 'version-files' (line 2): /v\\d+/ has no capture group");
  }, 30_000);
});

describe('a rollback workflow added in this release', () => {
  it('is missing at the previous tag, where a rollback dispatches it: blocked before any write, saying why', async () => {
    const rollbackYml = 'name: rollback\non:\n  workflow_dispatch:\n    inputs:\n      version: {required: true}\njobs: {}\n';
    fx = await shipFixture({ files: { '.github/workflows/rollback.yml': rollbackYml } });
    const result = await fx.ship({ 'deploy-workflow': 'deploy.yml', 'rollback-workflow': 'rollback.yml' });
    expect({ status: result.outputs.status, code: result.code }).toEqual({ status: 'blocked', code: 1 });
    expect(writesBesideLock(result.writes)).toEqual([]);
    expect(locksLeft(fx.sandbox)).toEqual([]);
    expect(result.summary).toContain('rollback.yml (rollback-workflow) does not exist at v1.4.0, the previous release, and a rollback dispatches it there: a rollback would fail');
    expect(result.summary).toContain('leave rollback-workflow empty for this ship');
    // Without it, the rollback uses deploy.yml, which exists at v1.4.0: the ship goes ahead.
    const next = await fx.ship({ 'deploy-workflow': 'deploy.yml' });
    expect(next.outputs.status).toBe('shipped');
    const gates = (JSON.parse(next.outputs['report-json']!) as { gates: Array<{ name: string; passed: boolean }> }).gates;
    expect(gates).toContainEqual(expect.objectContaining({ name: 'rollback at v1.4.0', passed: true }));
    if (next.outputs.status !== 'shipped') throw new Error(explain(next));
  }, 60_000);
});
