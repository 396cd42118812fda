/**
 * `npm run links`: remark-validate-links over README.md and docs/, with the repository's
 * .remarkrc.json. Each case lays out a small repository under .tmp/ (so the configuration and the
 * plugins are found as they are for the real pages), runs the CLI with the flags of the npm
 * script, and checks that a missing file or heading fails the run and a correct page passes.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'node_modules/remark-cli/cli.js');
const script = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.links!.split(' ');
const flags = script.slice(1, -2);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function check(cwd: string): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [cli, ...flags, 'README.md', 'docs'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  // eslint-disable-next-line no-control-regex
  return { code: r.status, out: `${r.stdout}${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

function repo(files: Record<string, string>): string {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.tmp', 'links-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const PAGE = '# Deploy\n\n## Rollback\n\n## Patterns (`version-files` and `body-matches`)\n\n[back](../README.md#inputs)\n';
const README = (extra: string) => `# tool\n\n## Inputs\n\n| input | description |\n|---|---|\n| \`gates\` | Extra gates ([docs/deploy.md](docs/deploy.md)). |\n\n${extra}\n`;

describe('npm run links', () => {
  it('checks README.md and docs/, as the CI step does', () => {
    expect(script.slice(-2)).toEqual(['README.md', 'docs']);
    expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).toMatch(/^npm run links/m);
  });

  it('passes links to files, headings of another page (code spans in the heading), the same page and back', () => {
    const dir = repo({ 'README.md': README('[r](docs/deploy.md#rollback) [p](docs/deploy.md#patterns-version-files-and-body-matches) [i](#inputs) [e](examples/x.yml)'), 'docs/deploy.md': PAGE, 'examples/x.yml': 'on: push\n' });
    expect(check(dir)).toEqual({ code: 0, out: '' });
  });

  it.each([
    ['a missing file', '[x](docs/gone.md)', /README\.md[\s\S]*Cannot find file `docs\/gone\.md`/],
    ['a missing heading of the same page', '[x](#outputs)', /Cannot find heading for `#outputs`/],
    ['a missing heading of another page', '[x](docs/deploy.md#roll-back)', /Cannot find heading for `#roll-back` in `docs\/deploy\.md`/],
    ['a missing file in a table cell (an action.yml link the README tables carry)', '| a | b |\n|---|---|\n| `metrics` | ([docs/verify.md](docs/verify.md)) |', /Cannot find file `docs\/verify\.md`/],
    ['a missing file linked from a docs page', '', /docs\/deploy\.md[\s\S]*Cannot find file `\.\.\/examples\/gone\.yml`/]
  ])('fails on %s', (_what, link, message) => {
    const page = link ? PAGE : `${PAGE}\n[e](../examples/gone.yml)\n`;
    const { code, out } = check(repo({ 'README.md': README(link), 'docs/deploy.md': page }));
    expect(code).toBe(1);
    expect(out).toMatch(message);
  });

  it('passes on this repository', () => {
    expect(check(root)).toEqual({ code: 0, out: '' });
  });
});
