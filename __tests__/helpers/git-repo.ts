/**
 * Temporary git repositories for tests.
 *
 *   const repo = makeRepo({ 'package.json': '{"version":"1.0.0"}\n' }, { tag: 'v1.0.0' });
 *   repo.commit({ 'src/a.ts': 'x\n' }, 'feat: a');   // -> new HEAD sha
 *   repo.git(['rev-parse', 'HEAD']);                // -> stdout, trimmed
 *
 * Commits are deterministic: fixed author/committer, timestamps one minute apart from
 * 2024-01-01T00:00:00Z, no user or system git config involved.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface MakeRepoOptions {
  /** Branch name (default `main`). */
  branch?: string;
  /** Message of the first commit (default `initial commit`). */
  message?: string;
  /** Tag the first commit: `name` (lightweight) or `{name, message}` (annotated). */
  tag?: string | { name: string; message: string };
  /** Further commits after the first, in order. */
  commits?: Array<{ files: Record<string, string | null>; message: string; tag?: string | { name: string; message: string } }>;
  /** Parent directory for the temp dir (default os.tmpdir()). */
  parent?: string;
}

export interface TestRepo {
  dir: string;
  /** HEAD after the last commit made so far (updated by `commit`). */
  sha: string;
  /** Runs git in the repo; returns stdout without the trailing newline. */
  git(args: string[], input?: string | Buffer): string;
  /** Writes (string) or deletes (null) files, commits everything, returns the new HEAD sha. */
  commit(files: Record<string, string | null>, message: string): string;
  /** Tags HEAD (or `target`): lightweight with a string, annotated with a message. */
  tag(name: string, message?: string, target?: string): void;
  /** Removes the directory. */
  cleanup(): void;
}

const BASE_TIME = Date.UTC(2024, 0, 1) / 1000;

export function gitEnv(time: number): NodeJS.ProcessEnv {
  const date = `${time} +0000`;
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_COMMITTER_DATE: date,
    GIT_TERMINAL_PROMPT: '0'
  };
}

export function makeRepo(files: Record<string, string>, opts: MakeRepoOptions = {}): TestRepo {
  const dir = mkdtempSync(join(opts.parent ?? tmpdir(), 'ship-prod-repo-'));
  let tick = 0;
  const git = (args: string[], input?: string | Buffer): string =>
    execFileSync('git', args, { cwd: dir, env: gitEnv(BASE_TIME + 60 * tick), input, maxBuffer: 64 * 1024 * 1024 })
      .toString('utf8')
      .replace(/\n$/, '');

  const repo: TestRepo = {
    dir,
    sha: '',
    git,
    commit(changes, message) {
      tick++;
      for (const [path, content] of Object.entries(changes)) {
        const full = join(dir, path);
        if (content === null) {
          rmSync(full, { force: true });
        } else {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, content);
        }
      }
      git(['add', '-A']);
      git(['commit', '-q', '--allow-empty', '--no-verify', '-m', message]);
      repo.sha = git(['rev-parse', 'HEAD']);
      return repo.sha;
    },
    tag(name, message, target) {
      const args = message === undefined ? ['tag', name] : ['tag', '-a', name, '-m', message];
      if (target) args.push(target);
      git(args);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  git(['init', '-q', '-b', opts.branch ?? 'main']);
  const applyTag = (t: string | { name: string; message: string } | undefined): void => {
    if (t === undefined) return;
    if (typeof t === 'string') repo.tag(t);
    else repo.tag(t.name, t.message);
  };
  repo.commit(files, opts.message ?? 'initial commit');
  applyTag(opts.tag);
  for (const c of opts.commits ?? []) {
    repo.commit(c.files, c.message);
    applyTag(c.tag);
  }
  return repo;
}
