/**
 * The sandbox GitHub API, exercised with the real Octokit client (@actions/github's getOctokit).
 * Every test ends by checking that no answer it triggered broke GitHub's OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { loadOpenApiValidator } from '../../sandbox/openapi/validator.js';
import { builtinHandlers, invalidRequestMessage, startSandbox, type Sandbox } from '../../sandbox/github/server.js';
import type { RequestLogEntry } from '../../sandbox/github/types.js';
import { gitEnv, makeRepo, type TestRepo } from '../helpers/git-repo.js';

const TOKEN = 'ghs_sandboxtoken';
const owner = 'octo-org';
const repoName = 'octo-repo';
const o = { owner, repo: repoName };

let repo: TestRepo;
const sandboxes: Sandbox[] = [];
/** Log entries a test expects to carry schema problems (by seq), per sandbox. */
let expectedProblems = new Map<Sandbox, Set<number>>();

beforeAll(() => {
  repo = makeRepo(
    { 'package.json': '{"name":"demo","version":"1.0.0"}\n', 'README.md': '# demo\n', 'src/index.ts': 'export const x = 1;\n' },
    {
      tag: { name: 'v1.0.0', message: 'Release 1.0.0' },
      commits: [
        { files: { 'src/a.ts': 'export const a = 1;\n' }, message: 'feat: add a' },
        { files: { 'src/index.ts': 'export const x = 2;\nexport const y = 3;\n' }, message: 'fix: x is 2' },
        { files: { 'docs/guide.md': 'guide\n', 'README.md': null }, message: 'docs: guide' }
      ]
    }
  );
});

afterAll(() => repo.cleanup());

async function start(extra: Partial<Parameters<typeof startSandbox>[0]> = {}): Promise<Sandbox> {
  const sb = await startSandbox({ repoDir: repo.dir, owner, repo: repoName, ...extra });
  sandboxes.push(sb);
  return sb;
}

function allowProblems(sb: Sandbox, entry: RequestLogEntry | undefined): void {
  if (!entry) throw new Error('no such log entry');
  if (!expectedProblems.has(sb)) expectedProblems.set(sb, new Set());
  expectedProblems.get(sb)!.add(entry.seq);
}

afterEach(async () => {
  const problems: string[] = [];
  for (const sb of sandboxes) {
    const allowed = expectedProblems.get(sb) ?? new Set<number>();
    for (const r of sb.requests) {
      if (allowed.has(r.seq)) continue;
      problems.push(...r.schemaErrors.map((e) => `${r.method} ${r.path} -> ${r.status}: ${e}`));
    }
    await sb.close();
  }
  sandboxes.length = 0;
  expectedProblems = new Map();
  expect(problems).toEqual([]);
});

function client(sb: Sandbox, opts: Record<string, unknown> = {}) {
  return getOctokit(TOKEN, { baseUrl: sb.url, ...opts });
}

async function failure(p: Promise<unknown>): Promise<{ status: number; data: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await p;
  } catch (err) {
    const e = err as { status: number; response?: { data: Record<string, unknown>; headers: Record<string, string> } };
    return { status: e.status, data: e.response?.data ?? {}, headers: e.response?.headers ?? {} };
  }
  throw new Error('expected the request to fail');
}

describe('git database', () => {
  it('creates blobs, trees, commits and tags whose SHAs match real git', async () => {
    const sb = await start();
    const gh = client(sb);
    const head = (await gh.rest.git.getRef({ ...o, ref: 'heads/main' })).data;
    expect(head).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit', sha: repo.sha } });

    const blob = (await gh.rest.git.createBlob({ ...o, content: Buffer.from([0, 1, 2, 200]).toString('base64'), encoding: 'base64' })).data;
    const text = (await gh.rest.git.createBlob({ ...o, content: 'héllo\n', encoding: 'utf-8' })).data;
    const headCommit = (await gh.rest.git.getCommit({ ...o, commit_sha: repo.sha })).data;
    expect(headCommit.message).toBe('docs: guide');
    const tree = (
      await gh.rest.git.createTree({
        ...o,
        base_tree: headCommit.tree.sha,
        tree: [
          { path: 'package.json', mode: '100644', type: 'blob', content: '{"name":"demo","version":"1.1.0"}\n' },
          { path: 'bin/data.bin', mode: '100644', type: 'blob', sha: blob.sha },
          { path: 'src/deep/new.txt', mode: '100644', type: 'blob', sha: text.sha },
          { path: 'docs/guide.md', mode: '100644', type: 'blob', sha: null }
        ]
      })
    ).data;
    const date = '2024-06-01T12:00:00Z';
    const person = { name: 'Ship Bot', email: 'ship@example.com', date };
    const commit = (
      await gh.rest.git.createCommit({ ...o, message: 'chore(release): 1.1.0', tree: tree.sha, parents: [repo.sha], author: person, committer: person })
    ).data;
    const tag = (
      await gh.rest.git.createTag({ ...o, tag: 'v1.1.0', message: 'v1.1.0\n\n### Fixed\n- x\n', object: commit.sha, type: 'commit', tagger: person })
    ).data;

    // the same objects, made by git itself
    const env: NodeJS.ProcessEnv = { ...gitEnv(Date.parse(date) / 1000), GIT_INDEX_FILE: join(repo.dir, '.git', 'test-index') };
    env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = 'Ship Bot';
    env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = 'ship@example.com';
    const git = (args: string[], input?: string | Buffer): string =>
      execFileSync('git', args, { cwd: repo.dir, env, input }).toString().trim();
    expect(git(['hash-object', '-w', '--stdin'], Buffer.from([0, 1, 2, 200]))).toBe(blob.sha);
    expect(git(['hash-object', '-w', '--stdin'], 'héllo\n')).toBe(text.sha);
    const pkg = git(['hash-object', '-w', '--stdin'], '{"name":"demo","version":"1.1.0"}\n');
    git(['read-tree', repo.sha]);
    git(['update-index', '--add', '--cacheinfo', `100644,${pkg},package.json`]);
    git(['update-index', '--add', '--cacheinfo', `100644,${blob.sha},bin/data.bin`]);
    git(['update-index', '--add', '--cacheinfo', `100644,${text.sha},src/deep/new.txt`]);
    git(['update-index', '--force-remove', 'docs/guide.md']);
    expect(git(['write-tree'])).toBe(tree.sha);
    expect(git(['commit-tree', tree.sha, '-p', repo.sha], 'chore(release): 1.1.0')).toBe(commit.sha);
    const tagText = `object ${commit.sha}\ntype commit\ntag v1.1.0\ntagger Ship Bot <ship@example.com> ${Date.parse(date) / 1000} +0000\n\nv1.1.0\n\n### Fixed\n- x\n`;
    expect(git(['mktag'], tagText)).toBe(tag.sha);

    // read back
    const recursive = (await gh.rest.git.getTree({ ...o, tree_sha: tree.sha, recursive: 'true' })).data;
    expect(recursive.tree.map((e) => e.path)).toEqual(git(['ls-tree', '-r', '-t', '--name-only', tree.sha]).split('\n'));
    const flat = (await gh.rest.git.getTree({ ...o, tree_sha: tree.sha })).data;
    expect(flat.tree.map((e) => e.path)).toEqual(git(['ls-tree', '--name-only', tree.sha]).split('\n'));
    const got = (await gh.rest.git.getBlob({ ...o, file_sha: blob.sha })).data;
    expect(Buffer.from(got.content, 'base64')).toEqual(Buffer.from([0, 1, 2, 200]));
    expect((await gh.rest.git.getTag({ ...o, tag_sha: tag.sha })).data).toMatchObject({ tag: 'v1.1.0', object: { sha: commit.sha, type: 'commit' } });
    await gh.rest.git.createRef({ ...o, ref: 'refs/tags/v1.1.0', sha: tag.sha });
    expect((await gh.rest.git.getRef({ ...o, ref: 'tags/v1.1.0' })).data.object).toMatchObject({ type: 'tag', sha: tag.sha });
    expect(sb.state.git.resolveCommit('v1.1.0')).toBe(commit.sha);
    // a bad parent is refused like GitHub does
    const bad = await failure(gh.rest.git.createCommit({ ...o, message: 'x', tree: tree.sha, parents: ['0'.repeat(40)] }));
    expect(bad.status).toBe(422);
  });

  it('refs: create, duplicate, fast-forward rule, force, delete, matching', async () => {
    const sb = await start();
    const gh = client(sb);
    const first = repo.git(['rev-list', '--max-parents=0', 'HEAD']);
    const created = await gh.rest.git.createRef({ ...o, ref: 'refs/heads/production', sha: first });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ ref: 'refs/heads/production', object: { sha: first, type: 'commit' } });

    const dup = await failure(gh.rest.git.createRef({ ...o, ref: 'refs/heads/production', sha: repo.sha }));
    expect(dup.status).toBe(422);
    expect(dup.data).toMatchObject({ message: 'Reference already exists', status: '422' });
    expect(dup.data.documentation_url).toEqual(expect.any(String));

    // forward
    await gh.rest.git.updateRef({ ...o, ref: 'heads/production', sha: repo.sha });
    // backward without force
    const back = await failure(gh.rest.git.updateRef({ ...o, ref: 'heads/production', sha: first }));
    expect(back.status).toBe(422);
    expect(back.data.message).toBe('Update is not a fast forward');
    expect(sb.state.git.getRef('refs/heads/production')).toBe(repo.sha);
    // with force
    const forced = await gh.rest.git.updateRef({ ...o, ref: 'heads/production', sha: first, force: true });
    expect(forced.data.object.sha).toBe(first);

    const missing = await failure(gh.rest.git.updateRef({ ...o, ref: 'heads/nope', sha: first }));
    expect(missing).toMatchObject({ status: 422, data: { message: 'Reference does not exist' } });
    const ghost = await failure(gh.rest.git.createRef({ ...o, ref: 'refs/heads/ghost', sha: 'f'.repeat(40) }));
    expect(ghost.status).toBe(422);

    const matching = (await gh.rest.git.listMatchingRefs({ ...o, ref: 'heads/' })).data.map((r) => r.ref);
    expect(matching).toEqual(['refs/heads/main', 'refs/heads/production']);
    expect((await gh.rest.git.listMatchingRefs({ ...o, ref: 'tags/v1' })).data.map((r) => r.ref)).toEqual(['refs/tags/v1.0.0']);

    expect((await gh.rest.git.deleteRef({ ...o, ref: 'heads/production' })).status).toBe(204);
    expect((await failure(gh.rest.git.getRef({ ...o, ref: 'heads/production' }))).status).toBe(404);
  });

  it('blocks ref updates that branch rules forbid', async () => {
    const sb = await start();
    const gh = client(sb);
    sb.state.rulesets.push({
      id: 7,
      name: 'protect main',
      branches: ['~DEFAULT_BRANCH'],
      enforcement: 'active',
      sourceType: 'Repository',
      source: `${owner}/${repoName}`,
      rules: [{ type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: false, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false } }]
    });
    const tree = sb.state.git.getCommit(repo.sha)!.tree;
    const next = (await gh.rest.git.createCommit({ ...o, message: 'next', tree, parents: [repo.sha] })).data.sha;
    const refused = await failure(gh.rest.git.updateRef({ ...o, ref: 'heads/main', sha: next }));
    expect(refused.status).toBe(422);
    expect(refused.data.message).toMatch(/^Repository rule violations found\n\nChanges must be made through a pull request\./);
    expect(sb.state.git.getRef('refs/heads/main')).toBe(repo.sha);
  });
});

describe('repository contents and history', () => {
  it('serves contents, commits, compare, tags and branches', async () => {
    const sb = await start();
    const gh = client(sb);
    const repoInfo = (await gh.rest.repos.get(o)).data;
    expect(repoInfo).toMatchObject({ full_name: `${owner}/${repoName}`, default_branch: 'main' });

    const file = (await gh.rest.repos.getContent({ ...o, path: 'package.json' })).data as { content: string; encoding: string; sha: string };
    expect(Buffer.from(file.content, 'base64').toString()).toBe('{"name":"demo","version":"1.0.0"}\n');
    const old = (await gh.rest.repos.getContent({ ...o, path: 'README.md', ref: 'v1.0.0' })).data as { content: string };
    expect(Buffer.from(old.content, 'base64').toString()).toBe('# demo\n');
    expect((await failure(gh.rest.repos.getContent({ ...o, path: 'README.md' }))).status).toBe(404);
    const dir = (await gh.rest.repos.getContent({ ...o, path: 'src' })).data as Array<{ name: string; type: string }>;
    expect(dir.map((d) => `${d.type}:${d.name}`)).toEqual(['file:a.ts', 'file:index.ts']);
    const raw = await gh.rest.repos.getContent({ ...o, path: 'src/a.ts', mediaType: { format: 'raw' } });
    expect(String(raw.data)).toBe('export const a = 1;\n');

    const c = (await gh.rest.repos.getCommit({ ...o, ref: repo.sha })).data;
    expect(c.commit.message).toBe('docs: guide');
    expect(c.files?.map((f) => `${f.status}:${f.filename}`)).toEqual(['removed:README.md', 'added:docs/guide.md']);
    const fix = (await gh.rest.repos.getCommit({ ...o, ref: repo.git(['rev-parse', 'HEAD~1']) })).data;
    expect(fix.files).toEqual([expect.objectContaining({ filename: 'src/index.ts', status: 'modified', additions: 2, deletions: 1 })]);
    const sha = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...o, ref: 'main', mediaType: { format: 'sha' } });
    expect(String(sha.data)).toBe(repo.sha);
    expect((await failure(gh.rest.repos.getCommit({ ...o, ref: 'no-such-ref' }))).status).toBe(422);

    const onPath = (await gh.rest.repos.listCommits({ ...o, path: 'src' })).data.map((x) => x.commit.message);
    expect(onPath).toEqual(['fix: x is 2', 'feat: add a', 'initial commit']);

    const cmp = (await gh.rest.repos.compareCommits({ ...o, base: 'v1.0.0', head: 'main' })).data;
    expect(cmp).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0, total_commits: 3 });
    expect(cmp.commits.map((x) => x.commit.message)).toEqual(['feat: add a', 'fix: x is 2', 'docs: guide']);
    expect(cmp.files?.map((f) => `${f.status}:${f.filename}`)).toEqual(['removed:README.md', 'added:docs/guide.md', 'added:src/a.ts', 'modified:src/index.ts']);
    const behind = (await gh.rest.repos.compareCommitsWithBasehead({ ...o, basehead: 'main...v1.0.0' })).data;
    expect(behind).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 3 });
    const same = (await gh.rest.repos.compareCommitsWithBasehead({ ...o, basehead: 'main...main' })).data;
    expect(same.status).toBe('identical');

    expect((await gh.rest.repos.listTags(o)).data.map((t) => t.name)).toEqual(['v1.0.0']);
    const branch = (await gh.rest.repos.getBranch({ ...o, branch: 'main' })).data;
    expect(branch).toMatchObject({ name: 'main', protected: false, commit: { sha: repo.sha } });
    expect((await failure(gh.rest.repos.getBranch({ ...o, branch: 'nope' }))).status).toBe(404);
    expect((await gh.rest.repos.listBranches(o)).data.map((b) => b.name)).toEqual(['main']);
  });

  it('paginates with Link headers that Octokit follows', async () => {
    const sb = await start();
    const gh = client(sb);
    const page1 = await gh.rest.repos.listCommits({ ...o, per_page: 1 });
    expect(page1.data).toHaveLength(1);
    const link = page1.headers.link!;
    expect(link).toContain(`<${sb.url}/repos/${owner}/${repoName}/commits?per_page=1&page=2>; rel="next"`);
    expect(link).toContain(`<${sb.url}/repos/${owner}/${repoName}/commits?per_page=1&page=4>; rel="last"`);
    const page3 = await gh.rest.repos.listCommits({ ...o, per_page: 1, page: 3 });
    expect(page3.headers.link).toContain('page=2>; rel="prev"');
    expect(page3.headers.link).toContain('page=1>; rel="first"');
    const all = await gh.paginate(gh.rest.repos.listCommits, { ...o, per_page: 1 });
    expect(all.map((x) => x.sha)).toEqual(repo.git(['rev-list', 'HEAD']).split('\n'));
    const single = await gh.rest.repos.listCommits({ ...o, per_page: 100 });
    expect(single.headers.link).toBeUndefined();
  });
});

describe('releases', () => {
  it('refuses a release without tag_name in GitHub\'s shape and records the problem', async () => {
    const sb = await start();
    const gh = client(sb);
    const res = await failure(gh.request('POST /repos/{owner}/{repo}/releases', { ...o, name: 'no tag' } as never));
    expect(res.status).toBe(422);
    expect(res.data).toEqual({ message: 'Invalid request.\n\n"tag_name" wasn\'t supplied.', documentation_url: expect.any(String), status: '422' });
    const entry = sb.requests.at(-1)!;
    expect(entry.operationId).toBe('repos/create-release');
    expect(entry.schemaErrors).toEqual([expect.stringMatching(/^request: body\.tag_name/)]);
    allowProblems(sb, entry);
    expect(sb.state.releases).toHaveLength(0);
  });

  it('drafts, publishes, tags, refuses duplicates, tracks latest, generates notes', async () => {
    const sb = await start();
    const gh = client(sb);
    const notes = (await gh.rest.repos.generateReleaseNotes({ ...o, tag_name: 'v1.1.0', target_commitish: 'main' })).data;
    expect(notes.name).toBe('v1.1.0');
    expect(notes.body).toContain('* feat: add a by Test Author');
    expect(notes.body).toContain('* docs: guide');
    expect(notes.body).not.toContain('initial commit');
    expect(notes.body).toContain(`**Full Changelog**: ${sb.webUrl}/${owner}/${repoName}/compare/v1.0.0...v1.1.0`);

    const draft = (await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.1.0', target_commitish: repo.sha, name: 'v1.1.0', body: notes.body, draft: true })).data;
    expect(draft).toMatchObject({ draft: true, published_at: null, tag_name: 'v1.1.0' });
    expect(draft.html_url).toContain('/releases/tag/untagged-');
    expect(sb.state.git.getRef('refs/tags/v1.1.0')).toBeUndefined();
    expect((await failure(gh.rest.repos.getReleaseByTag({ ...o, tag: 'v1.1.0' }))).status).toBe(404);
    expect((await failure(gh.rest.repos.getLatestRelease(o))).status).toBe(404);

    const published = (await gh.rest.repos.updateRelease({ ...o, release_id: draft.id, draft: false })).data;
    expect(published.draft).toBe(false);
    expect(published.published_at).toEqual(expect.any(String));
    expect(published.html_url).toBe(`${sb.webUrl}/${owner}/${repoName}/releases/tag/v1.1.0`);
    expect(sb.state.git.getRef('refs/tags/v1.1.0')).toBe(repo.sha); // lightweight tag at target
    expect((await gh.rest.repos.getLatestRelease(o)).data.id).toBe(draft.id);
    expect((await gh.rest.repos.getReleaseByTag({ ...o, tag: 'v1.1.0' })).data.id).toBe(draft.id);

    const dup = await failure(gh.rest.repos.createRelease({ ...o, tag_name: 'v1.1.0' }));
    expect(dup.status).toBe(422);
    expect(dup.data).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }], status: '422' });

    // an older version released later, not marked latest
    const old = (await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.0.1', target_commitish: 'v1.0.0', make_latest: 'false' })).data;
    expect(sb.state.git.resolveCommit('v1.0.1')).toBe(sb.state.git.resolveCommit('v1.0.0'));
    expect((await gh.rest.repos.getLatestRelease(o)).data.id).toBe(draft.id);
    // a prerelease never becomes latest
    await gh.rest.repos.createRelease({ ...o, tag_name: 'v2.0.0-rc.1', prerelease: true });
    expect((await gh.rest.repos.getLatestRelease(o)).data.id).toBe(draft.id);
    // explicitly marking one latest
    await gh.rest.repos.updateRelease({ ...o, release_id: old.id, make_latest: 'true' });
    expect((await gh.rest.repos.getLatestRelease(o)).data.id).toBe(old.id);

    const list = (await gh.rest.repos.listReleases(o)).data.map((r) => r.tag_name);
    expect(list).toHaveLength(3);
    expect((await gh.rest.repos.getRelease({ ...o, release_id: old.id })).data.tag_name).toBe('v1.0.1');
    expect((await failure(gh.rest.repos.getRelease({ ...o, release_id: 999999 }))).status).toBe(404);

    const generated = (await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.2.0', generate_release_notes: true, draft: true })).data;
    expect(generated.name).toBe('v1.2.0');
    expect(generated.body).toContain('**Full Changelog**');
  });
});

describe('protocol', () => {
  it('answers 304 to If-None-Match without using the rate limit', async () => {
    const sb = await start();
    const gh = client(sb);
    const first = await gh.rest.repos.get(o);
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(first.headers['x-ratelimit-limit']).toBe('1000');
    expect(first.headers['x-ratelimit-resource']).toBe('core');
    expect(first.headers['x-github-request-id']).toEqual(expect.any(String));
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const remaining = Number(first.headers['x-ratelimit-remaining']);
    const notModified = await failure(gh.rest.repos.get({ ...o, headers: { 'if-none-match': etag } }));
    expect(notModified.status).toBe(304);
    expect(Number(notModified.headers['x-ratelimit-remaining'])).toBe(remaining);
    const entry = sb.requests.at(-1)!;
    expect(entry).toMatchObject({ status: 304, conditional: true });
    const again = await gh.rest.repos.get(o);
    expect(Number(again.headers['x-ratelimit-remaining'])).toBe(remaining - 1);
    expect(again.headers.etag).toBe(etag);
    // GET /rate_limit is free
    const rl = (await gh.rest.rateLimit.get()).data;
    expect(rl.resources.core).toMatchObject({ limit: 1000, remaining: remaining - 1, used: 1000 - remaining + 1 });
    expect(sb.state.rateLimit.used).toBe(1000 - remaining + 1);
  });

  it('injected 502 is retried by plugin-retry; a lost answer still performs the write', async () => {
    const sb = await start();
    const gh = getOctokit(TOKEN, { baseUrl: sb.url, retry: { retryAfterBaseValue: 5 } }, retry);
    sb.state.scenario.faults.push({ match: 'repos/get', status: 502 });
    const res = await gh.rest.repos.get(o);
    expect(res.status).toBe(200);
    expect(sb.requests.map((r) => `${r.operationId}:${r.status}`)).toEqual(['repos/get:502', 'repos/get:200']);
    expect(sb.requests[0].fault).toBe(502);
    expect(sb.state.scenario.faults[0].used).toBe(1);

    sb.clearLog();
    sb.state.scenario.faults.push({ match: 'POST /repos/', status: 504, afterEffect: true });
    const lost = await failure(gh.rest.git.createRef({ ...o, ref: 'refs/heads/lost', sha: repo.sha }));
    // performed, answer lost; the retry then finds the ref in place
    expect(lost).toMatchObject({ status: 422, data: { message: 'Reference already exists' } });
    expect(sb.writes().map((r) => r.status)).toEqual([504, 422]);
    expect(sb.state.git.getRef('refs/heads/lost')).toBe(repo.sha);
  });

  it('429 with retry-after reaches plugin-throttling as a secondary limit', async () => {
    const sb = await start();
    const seen: number[] = [];
    const gh = getOctokit(
      TOKEN,
      {
        baseUrl: sb.url,
        throttle: {
          retryAfterBaseValue: 5,
          onSecondaryRateLimit: (after: number) => {
            seen.push(after);
            return true;
          },
          onRateLimit: () => false
        }
      },
      throttling
    );
    sb.state.scenario.faults.push({ match: 'GET /repos/octo-org/octo-repo/tags', status: 429, retryAfterSeconds: 2, times: 1 });
    const tags = await gh.rest.repos.listTags(o);
    expect(tags.data.map((t) => t.name)).toEqual(['v1.0.0']);
    expect(seen).toEqual([2]);
    expect(sb.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('serves the GHES /api/v3 layout', async () => {
    const sb = await start({ ghesPrefix: true });
    expect(sb.url).toMatch(/\/api\/v3$/);
    const gh = client(sb);
    const repoInfo = (await gh.rest.repos.get(o)).data;
    expect(repoInfo.url).toBe(`${sb.url}/repos/${owner}/${repoName}`);
    const root = (await gh.request('GET /')).data as { rate_limit_url: string };
    expect(root.rate_limit_url).toBe(`${sb.url}/rate_limit`);
    expect(sb.requests.map((r) => r.path)).toEqual([`/repos/${owner}/${repoName}`, '/']);
  });

  it('checks credentials, permissions, unknown paths, latency', async () => {
    const sb = await start({ token: TOKEN });
    const wrong = await failure(getOctokit('ghs_wrong', { baseUrl: sb.url }).rest.repos.get(o));
    expect(wrong).toMatchObject({ status: 401, data: { message: 'Bad credentials', status: '401' } });
    const anon = await fetch(`${sb.url}/repos/${owner}/${repoName}`);
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ message: 'Requires authentication' });

    const gh = client(sb);
    sb.state.scenario.forbidden.push('git/create-ref');
    const denied = await failure(gh.rest.git.createRef({ ...o, ref: 'refs/heads/x', sha: repo.sha }));
    expect(denied).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } });
    expect(sb.state.git.getRef('refs/heads/x')).toBeUndefined();

    const unknown = await failure(gh.request('GET /repos/{owner}/{repo}/no-such-thing', o));
    expect(unknown).toMatchObject({ status: 404, data: { message: 'Not Found', documentation_url: expect.any(String) } });

    sb.state.scenario.latencyMs = 60;
    const t0 = Date.now();
    await gh.rest.repos.get(o);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
  });

  it('records answers that break the schema, and operations without a handler', async () => {
    const saved = builtinHandlers['rate-limit/get'];
    delete builtinHandlers['rate-limit/get'];
    let sb: Sandbox;
    try {
      sb = await start({ quiet: true, handlers: { 'repos/get': () => ({ status: 200, body: { id: 'not a number' } }) } });
    } finally {
      builtinHandlers['rate-limit/get'] = saved;
    }
    const gh = client(sb);
    await gh.rest.repos.get(o);
    const bad = sb.requests.at(-1)!;
    expect(bad.schemaErrors.length).toBeGreaterThan(0);
    expect(bad.schemaErrors.every((e) => e.startsWith('response: '))).toBe(true);
    allowProblems(sb, bad);
    const missing = await failure(gh.rest.rateLimit.get());
    expect(missing.status).toBe(501);
    expect(String(missing.data.message)).toContain('rate-limit/get');
    expect(sb.requests.at(-1)!.schemaErrors).toEqual([expect.stringContaining('no handler')]);
    allowProblems(sb, sb.requests.at(-1));
    expect(sb.schemaErrors().length).toBe(bad.schemaErrors.length + 1);
  });

  it('has a handler for every operation of the description', async () => {
    const api = await loadOpenApiValidator();
    expect(api.operationIds().filter((id) => !(id in builtinHandlers))).toEqual([]);
  });

  it('is controlled over HTTP under /_sandbox/', async () => {
    const sb = await start();
    const base = sb.url;
    const set = await fetch(`${base}/_sandbox/scenario`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [{ match: 'repos/get', status: 503 }], latencyMs: 0 })
    });
    expect(set.status).toBe(200);
    const gh = client(sb);
    expect((await failure(gh.rest.repos.get(o))).status).toBe(503);
    const log = (await (await fetch(`${base}/_sandbox/requests`)).json()) as RequestLogEntry[];
    expect(log.map((r) => r.status)).toEqual([503]);
    await fetch(`${base}/_sandbox/reset-log`, { method: 'POST' });
    expect(sb.requests).toHaveLength(0);
    sb.state.deployedVersion.production = '1.0.0';
    expect(await (await fetch(`${base}/_sandbox/state/deployed`)).json()).toEqual({ production: '1.0.0' });
  });
});

describe('invalidRequestMessage', () => {
  it('words problems as GitHub does', () => {
    expect(invalidRequestMessage(['body.tag_name: is required', 'body.draft: must be boolean', 'body.extra: is not a property of x'], { draft: 'yes', extra: 1 })).toBe(
      'Invalid request.\n\n"tag_name" wasn\'t supplied.\nFor \'properties/draft\', "yes" is not a boolean.\n"extra" is not a permitted key.'
    );
  });
});
