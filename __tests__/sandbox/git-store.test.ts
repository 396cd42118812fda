import { afterAll, describe, expect, it } from '@jest/globals';
import { MemoryGitStore, compareTreeEntries, seedFromRepository } from '../../sandbox/github/git-store.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function fixture(): TestRepo {
  const repo = makeRepo(
    { 'README.md': '# demo\n', 'src/index.ts': 'export {};\n', 'package.json': '{"version":"1.0.0"}\n' },
    {
      tag: { name: 'v1.0.0', message: 'Release 1.0.0' },
      commits: [
        { files: { 'src/a.ts': 'export const a = 1;\n' }, message: 'feat: a', tag: 'light' },
        { files: { 'README.md': null, 'docs/x.md': 'x\n' }, message: 'docs: move' }
      ]
    }
  );
  repos.push(repo);
  return repo;
}

describe('MemoryGitStore', () => {
  it('seeds every object and ref of a real repository', async () => {
    const repo = fixture();
    const store = await seedFromRepository(repo.dir);
    expect(store.head).toBe('refs/heads/main');
    expect(store.getRef('refs/heads/main')).toBe(repo.sha);
    const annotated = repo.git(['rev-parse', 'refs/tags/v1.0.0']);
    expect(store.getRef('refs/tags/v1.0.0')).toBe(annotated);
    expect(store.objectType(annotated)).toBe('tag');
    const tag = store.getTag(annotated)!;
    expect(tag.tag).toBe('v1.0.0');
    expect(tag.message).toBe('Release 1.0.0\n');
    expect(tag.object).toEqual({ sha: repo.git(['rev-parse', 'v1.0.0^{commit}']), type: 'commit' });
    expect(store.resolveCommit('v1.0.0')).toBe(repo.git(['rev-parse', 'v1.0.0^{commit}']));
    expect(store.resolveCommit('light')).toBe(repo.git(['rev-parse', 'light']));
    expect(store.resolveCommit(repo.sha.slice(0, 7))).toBe(repo.sha);
    expect(store.resolveCommit('HEAD')).toBe(repo.sha);
    expect(store.resolveCommit('nope')).toBeUndefined();

    const commit = store.getCommit(repo.sha)!;
    expect(commit.message).toBe('docs: move\n');
    expect(commit.parents).toEqual([repo.git(['rev-parse', 'HEAD^'])]);
    expect(commit.author).toEqual({ name: 'Test Author', email: 'author@example.com', date: '2024-01-01T00:03:00Z' });
    expect(store.readFile('main', 'docs/x.md')?.toString()).toBe('x\n');
    expect(store.readFile('v1.0.0', 'README.md')?.toString()).toBe('# demo\n');
    expect(store.readFile('main', 'README.md')).toBeUndefined();
    expect(store.entryAt('main', 'src')?.type).toBe('tree');
    expect(store.isAncestor('v1.0.0', 'main')).toBe(true);
    expect(store.isAncestor('main', 'v1.0.0')).toBe(false);
    expect(store.log('main', ['v1.0.0']).map((c) => c.message)).toEqual(['docs: move\n', 'feat: a\n']);
    // the stored encoding round-trips: re-hashing every object gives its SHA
    for (const sha of [repo.sha, annotated, commit.tree]) {
      const raw = store.raw(sha)!;
      expect(new MemoryGitStore().put(raw.type, raw.content)).toBe(sha);
    }
  });

  it('hashes new blobs, trees, commits and tags exactly as git does', async () => {
    const repo = fixture();
    const store = await seedFromRepository(repo.dir);
    const git = repo.git;

    // blobs: text, binary, empty
    const contents = [Buffer.from('hello\n'), Buffer.from([0, 1, 2, 255, 254, 10]), Buffer.alloc(0)];
    const blobShas = contents.map((c) => store.createBlob(c));
    contents.forEach((c, i) => expect(git(['hash-object', '-w', '--stdin'], c)).toBe(blobShas[i]));

    // a sub-tree, then a tree whose names exercise git's ordering ("a" tree vs "a.txt" vs "a-b")
    const sub = store.createTree([{ mode: '100644', type: 'blob', path: 'inner.txt', sha: blobShas[0] }]);
    const entries = [
      { mode: '100644', type: 'blob' as const, path: 'a.txt', sha: blobShas[0] },
      { mode: '040000', type: 'tree' as const, path: 'a', sha: sub },
      { mode: '100755', type: 'blob' as const, path: 'a-b', sha: blobShas[1] },
      { mode: '120000', type: 'blob' as const, path: 'link', sha: blobShas[0] },
      { mode: '100644', type: 'blob' as const, path: 'Z', sha: blobShas[2] },
      { mode: '100644', type: 'blob' as const, path: 'ünï.txt', sha: blobShas[2] }
    ];
    const tree = store.createTree(entries);
    const mktree = (list: typeof entries): string =>
      git(['mktree'], list.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.path}`).join('\n') + '\n');
    expect(mktree([{ mode: '100644', type: 'blob', path: 'inner.txt', sha: blobShas[0] }])).toBe(sub);
    expect(mktree(entries)).toBe(tree);
    expect(store.getTree(tree)!.map((e) => e.path)).toEqual(git(['ls-tree', '--name-only', tree]).split('\n').map((p) => (p.startsWith('"') ? 'ünï.txt' : p)));
    expect([...entries].sort(compareTreeEntries).map((e) => e.path)).toEqual(['Z', 'a-b', 'a.txt', 'a', 'link', 'ünï.txt']);

    // a commit with a parent, a message without and with a trailing newline
    const when = '2024-05-06T07:08:09Z';
    const secs = String(Date.parse(when) / 1000);
    for (const message of ['release: 1.1.0', 'release: 1.1.0\n\nbody line\n']) {
      const data = {
        tree,
        parents: [repo.sha],
        author: { name: 'Ship Bot', email: 'bot@example.com', date: when },
        committer: { name: 'Ship Bot', email: 'bot@example.com', date: '2024-05-06T07:08:09.000Z' },
        message
      };
      const sha = store.createCommit(data);
      const env = `${secs} +0000`;
      const viaGit = execGit(repo.dir, ['commit-tree', tree, '-p', repo.sha], message, {
        GIT_AUTHOR_NAME: 'Ship Bot',
        GIT_AUTHOR_EMAIL: 'bot@example.com',
        GIT_AUTHOR_DATE: env,
        GIT_COMMITTER_NAME: 'Ship Bot',
        GIT_COMMITTER_EMAIL: 'bot@example.com',
        GIT_COMMITTER_DATE: env
      });
      expect(viaGit).toBe(sha);
      expect(store.getCommit(sha)).toEqual({ sha, ...data, committer: { ...data.committer, date: when } });
    }

    // an annotated tag
    const tagData = {
      tag: 'v1.1.0',
      object: { sha: repo.sha, type: 'commit' as const },
      tagger: { name: 'Ship Bot', email: 'bot@example.com', date: when },
      message: 'v1.1.0\n\n### Added\n- a\n'
    };
    const tagSha = store.createTag(tagData);
    const tagText = `object ${repo.sha}\ntype commit\ntag v1.1.0\ntagger Ship Bot <bot@example.com> ${secs} +0000\n\n${tagData.message}`;
    expect(git(['mktag'], tagText)).toBe(tagSha);
    expect(store.getTag(tagSha)).toEqual({ sha: tagSha, ...tagData });
  });

  it('compare-and-set refs', () => {
    const store = new MemoryGitStore();
    const a = store.createBlob(Buffer.from('a'));
    const b = store.createBlob(Buffer.from('b'));
    expect(store.setRef('refs/heads/x', a, null)).toBe(true);
    expect(store.setRef('refs/heads/x', b, null)).toBe(false);
    expect(store.setRef('refs/heads/x', b, b)).toBe(false);
    expect(store.setRef('refs/heads/x', b, a)).toBe(true);
    expect(store.getRef('refs/heads/x')).toBe(b);
    expect(store.deleteRef('refs/heads/x')).toBe(true);
    expect(store.deleteRef('refs/heads/x')).toBe(false);
    expect(() => store.createTree([{ mode: '100644', type: 'blob', path: 'a/b', sha: a }])).toThrow(/invalid tree entry/);
  });

  it('seeds an empty repository', async () => {
    const repo = makeRepo({ 'x.txt': 'x' });
    repos.push(repo);
    repo.git(['checkout', '-q', '--orphan', 'empty']);
    const store = await seedFromRepository(repo.dir);
    expect(store.head).toBe('refs/heads/empty');
    expect(store.resolveCommit('HEAD')).toBeUndefined();
  });
});

import { execFileSync } from 'node:child_process';
import { gitEnv } from '../helpers/git-repo.js';

function execGit(dir: string, args: string[], input: string, env: Record<string, string>): string {
  return execFileSync('git', args, { cwd: dir, input, env: { ...gitEnv(0), ...env } }).toString().trim();
}
