/**
 * Repository API over the git store: the repository, contents, commits, compare, tags, branches.
 */
import { fullRepository, nodeId, simpleUser } from '../entities.js';
import { apiRepoUrl, conflict, githubError, htmlUrl, json, notFound, pageParams, paginate, validationFailed } from '../http.js';
import type { GitCommitData, GitStore, GitTreeEntry, HandlerContext, HandlerMap, SandboxRequest, SandboxResponse } from '../types.js';
import { UNVERIFIED, wrappedBase64 } from './git.js';

// ---- presenters --------------------------------------------------------------------------

/** A GitHub user for a commit e-mail: noreply addresses map to their login, others to null. */
export function userForEmail(ctx: HandlerContext, email: string) {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  return m ? simpleUser(ctx, m[1]) : null;
}

/** Commit message as the REST API shows it (without git's trailing newline). */
export function apiMessage(message: string): string {
  return message.replace(/\n$/, '');
}

/** components/schemas/commit (without files unless given). */
export function presentCommit(ctx: HandlerContext, c: GitCommitData, files?: DiffFile[]) {
  const body: Record<string, unknown> = {
    url: apiRepoUrl(ctx, `/commits/${c.sha}`),
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: htmlUrl(ctx, `/commit/${c.sha}`),
    comments_url: apiRepoUrl(ctx, `/commits/${c.sha}/comments`),
    commit: {
      url: apiRepoUrl(ctx, `/git/commits/${c.sha}`),
      author: { ...c.author },
      committer: { ...c.committer },
      message: apiMessage(c.message),
      comment_count: 0,
      tree: { sha: c.tree, url: apiRepoUrl(ctx, `/git/trees/${c.tree}`) },
      verification: UNVERIFIED
    },
    author: userForEmail(ctx, c.author.email),
    committer: userForEmail(ctx, c.committer.email),
    parents: c.parents.map((p) => ({ sha: p, url: apiRepoUrl(ctx, `/commits/${p}`), html_url: htmlUrl(ctx, `/commit/${p}`) }))
  };
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    body.stats = { total: additions + deletions, additions, deletions };
    body.files = files.map((f) => presentDiffEntry(ctx, c.sha, f));
  }
  return body;
}

export interface DiffFile {
  filename: string;
  previousFilename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  sha: string | null;
  additions: number;
  deletions: number;
}

function presentDiffEntry(ctx: HandlerContext, commit: string, f: DiffFile) {
  const enc = f.filename.split('/').map(encodeURIComponent).join('/');
  const out: Record<string, unknown> = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: htmlUrl(ctx, `/blob/${commit}/${enc}`),
    raw_url: htmlUrl(ctx, `/raw/${commit}/${enc}`),
    contents_url: apiRepoUrl(ctx, `/contents/${enc}?ref=${commit}`)
  };
  if (f.previousFilename) out.previous_filename = f.previousFilename;
  return out;
}

function lines(buf: Buffer | undefined): string[] | undefined {
  if (!buf || buf.includes(0)) return undefined; // binary: no line counts
  const text = buf.toString('utf8');
  if (text === '') return [];
  return text.replace(/\n$/, '').split('\n');
}

/** Added/removed line counts (lines not matched in the other side, as a multiset). */
function lineCounts(git: GitStore, oldSha: string | undefined, newSha: string | undefined): { additions: number; deletions: number } {
  const a = oldSha ? lines(git.getBlob(oldSha)) : [];
  const b = newSha ? lines(git.getBlob(newSha)) : [];
  if (a === undefined || b === undefined) return { additions: 0, deletions: 0 };
  const pool = new Map<string, number>();
  for (const l of a) pool.set(l, (pool.get(l) ?? 0) + 1);
  let common = 0;
  for (const l of b) {
    const n = pool.get(l) ?? 0;
    if (n > 0) {
      pool.set(l, n - 1);
      common++;
    }
  }
  return { additions: b.length - common, deletions: a.length - common };
}

/** Files that differ between two trees (undefined: empty tree), renames detected by identical content. */
export function diffTrees(git: GitStore, fromTree: string | undefined, toTree: string | undefined): DiffFile[] {
  const a = fromTree ? git.flatten(fromTree) : new Map<string, GitTreeEntry>();
  const b = toTree ? git.flatten(toTree) : new Map<string, GitTreeEntry>();
  const removed: GitTreeEntry[] = [];
  const added: GitTreeEntry[] = [];
  const out: DiffFile[] = [];
  for (const [path, e] of a) {
    const n = b.get(path);
    if (!n) removed.push(e);
    else if (n.sha !== e.sha || n.mode !== e.mode) out.push({ filename: path, status: 'modified', sha: n.sha, ...lineCounts(git, e.sha, n.sha) });
  }
  for (const [path, e] of b) if (!a.has(path)) added.push(e);
  for (const e of added) {
    const i = removed.findIndex((r) => r.sha === e.sha);
    if (i >= 0) {
      const [r] = removed.splice(i, 1);
      out.push({ filename: e.path, previousFilename: r.path, status: 'renamed', sha: e.sha, additions: 0, deletions: 0 });
    } else {
      out.push({ filename: e.path, status: 'added', sha: e.sha, ...lineCounts(git, undefined, e.sha) });
    }
  }
  for (const r of removed) out.push({ filename: r.path, status: 'removed', sha: r.sha, ...lineCounts(git, r.sha, undefined) });
  return out.sort((x, y) => (x.filename < y.filename ? -1 : x.filename > y.filename ? 1 : 0));
}

function commitFiles(git: GitStore, c: GitCommitData): DiffFile[] {
  const parent = c.parents[0] ? git.getCommit(c.parents[0]) : undefined;
  return diffTrees(git, parent?.tree, c.tree);
}

function accepts(req: SandboxRequest, format: string): boolean {
  const accept = String(req.headers.accept ?? '');
  return new RegExp(`application/vnd\\.github(?:\\.v3)?\\.${format}\\b`).test(accept);
}

// ---- repository ------------------------------------------------------------------------------

function getRepo(_req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  return json(200, {
    ...fullRepository(ctx),
    has_discussions: false,
    subscribers_count: 0,
    network_count: 0,
    temp_clone_token: '',
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    delete_branch_on_merge: false
  });
}

// ---- contents --------------------------------------------------------------------------------

function contentItem(ctx: HandlerContext, e: GitTreeEntry, path: string, ref: string) {
  const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'symlink' : 'file';
  const enc = path.split('/').map(encodeURIComponent).join('/');
  const self = apiRepoUrl(ctx, `/contents/${enc}?ref=${encodeURIComponent(ref)}`);
  const git = e.type === 'tree' ? apiRepoUrl(ctx, `/git/trees/${e.sha}`) : e.type === 'blob' ? apiRepoUrl(ctx, `/git/blobs/${e.sha}`) : null;
  const html = e.type === 'commit' ? null : htmlUrl(ctx, `/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${enc}`);
  return {
    type,
    size: e.type === 'blob' ? (ctx.state.git.getBlob(e.sha)?.length ?? 0) : 0,
    name: path.split('/').pop() ?? path,
    path,
    sha: e.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: e.type === 'blob' ? htmlUrl(ctx, `/raw/${ref}/${enc}`) : null,
    _links: { self, git, html }
  };
}

function getContent(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const ref = req.query.get('ref') || ctx.state.defaultBranch;
  const commit = git.resolveCommit(ref);
  if (!commit) return notFound(`No commit found for the ref ${ref}`);
  const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const entry = git.entryAt(commit, path);
  if (!entry) return notFound();
  if (entry.type === 'tree') {
    const items = (git.getTree(entry.sha) ?? []).map((e) => contentItem(ctx, e, path ? `${path}/${e.path}` : e.path, ref));
    return json(200, items);
  }
  if (entry.type !== 'blob') return json(200, { ...contentItem(ctx, entry, path, ref), submodule_git_url: '' });
  const blob = git.getBlob(entry.sha) ?? Buffer.alloc(0);
  if (accepts(req, 'raw')) return { status: 200, body: blob, headers: { 'content-type': 'text/plain; charset=utf-8' } };
  const item = contentItem(ctx, entry, path, ref);
  return json(200, { ...item, type: 'file', encoding: 'base64', content: wrappedBase64(blob) });
}

// ---- commits ---------------------------------------------------------------------------------

function getCommit(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const ref = req.params.ref;
  const sha = git.resolveCommit(ref);
  if (!sha) return validationFailed(`No commit found for SHA: ${ref}`);
  if (accepts(req, 'sha')) return { status: 200, body: sha, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' } };
  const c = git.getCommit(sha)!;
  return json(200, presentCommit(ctx, c, commitFiles(git, c)));
}

function touches(git: GitStore, c: GitCommitData, path: string): boolean {
  const parent = c.parents[0] ? git.getCommit(c.parents[0]) : undefined;
  const now = git.entryInTree(c.tree, path);
  const before = parent ? git.entryInTree(parent.tree, path) : undefined;
  return (now?.sha ?? null) !== (before?.sha ?? null);
}

function listCommits(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const start = req.query.get('sha') || ctx.state.defaultBranch;
  const head = git.resolveCommit(start);
  if (!head) {
    if (git.refs().size === 0) return conflict('Git Repository is empty.');
    return notFound(`No commit found for SHA: ${start}`);
  }
  let commits = git.log(head);
  const path = req.query.get('path')?.replace(/^\/+|\/+$/g, '');
  if (path) commits = commits.filter((c) => touches(git, c, path));
  const since = req.query.get('since');
  const until = req.query.get('until');
  if (since) commits = commits.filter((c) => Date.parse(c.committer.date) >= Date.parse(since));
  if (until) commits = commits.filter((c) => Date.parse(c.committer.date) <= Date.parse(until));
  const author = req.query.get('author');
  if (author) commits = commits.filter((c) => c.author.email === author || c.author.name === author || userForEmail(ctx, c.author.email)?.login === author);
  return paginate(req, ctx, commits.map((c) => presentCommit(ctx, c)));
}

function compareCommits(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  // `/compare/{base}...{head}` (the description splits it; older ones say `{basehead}`)
  let baseParam = req.params.base;
  let headParam = req.params.head;
  if (baseParam === undefined || headParam === undefined) {
    const basehead = req.params.basehead ?? '';
    const sep = basehead.includes('...') ? '...' : '..';
    const i = basehead.indexOf(sep);
    if (i <= 0) return notFound();
    baseParam = basehead.slice(0, i);
    headParam = basehead.slice(i + sep.length);
  }
  const strip = (r: string): string => (r.startsWith(`${ctx.state.owner}:`) ? r.slice(ctx.state.owner.length + 1) : r);
  const baseName = strip(baseParam);
  const headName = strip(headParam);
  const basehead = `${baseParam}...${headParam}`;
  const base = git.resolveCommit(baseName);
  const head = git.resolveCommit(headName);
  if (!base || !head) return notFound();
  const mergeBase = git.mergeBase(base, head);
  if (!mergeBase) return notFound(`No common ancestor between ${baseName} and ${headName}.`);
  const ahead = git.log(head, [base]).reverse(); // oldest first
  const behind = git.log(base, [head]);
  const status = ahead.length === 0 && behind.length === 0 ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
  let listed = ahead.slice(0, 250);
  if (req.query.has('page') || req.query.has('per_page')) {
    const { perPage, page } = pageParams(req);
    listed = ahead.slice((page - 1) * perPage, page * perPage);
  }
  const baseCommit = git.getCommit(base)!;
  const headCommit = git.getCommit(head)!;
  const mbCommit = git.getCommit(mergeBase)!;
  const files = diffTrees(git, mbCommit.tree, headCommit.tree).slice(0, 300);
  return json(200, {
    url: apiRepoUrl(ctx, `/compare/${basehead}`),
    html_url: htmlUrl(ctx, `/compare/${basehead}`),
    permalink_url: htmlUrl(ctx, `/compare/${ctx.state.owner}:${base.slice(0, 7)}...${ctx.state.owner}:${head.slice(0, 7)}`),
    diff_url: htmlUrl(ctx, `/compare/${basehead}.diff`),
    patch_url: htmlUrl(ctx, `/compare/${basehead}.patch`),
    base_commit: presentCommit(ctx, baseCommit),
    merge_base_commit: presentCommit(ctx, mbCommit),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: listed.map((c) => presentCommit(ctx, c)),
    files: files.map((f) => presentDiffEntry(ctx, head, f))
  });
}

// ---- tags and branches -----------------------------------------------------------------------

const natural = new Intl.Collator('en', { numeric: true });

function listTags(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const tags: unknown[] = [];
  const names = [...git.refs().keys()].filter((r) => r.startsWith('refs/tags/')).map((r) => r.slice('refs/tags/'.length));
  names.sort((a, b) => natural.compare(b, a));
  for (const name of names) {
    const commit = git.peel(git.getRef(`refs/tags/${name}`)!);
    if (!commit || git.objectType(commit) !== 'commit') continue;
    tags.push({
      name,
      commit: { sha: commit, url: apiRepoUrl(ctx, `/commits/${commit}`) },
      zipball_url: apiRepoUrl(ctx, `/zipball/refs/tags/${name}`),
      tarball_url: apiRepoUrl(ctx, `/tarball/refs/tags/${name}`),
      node_id: nodeId('Ref', `refs/tags/${name}`)
    });
  }
  return paginate(req, ctx, tags);
}

function protectionOf(ctx: HandlerContext, branch: string) {
  const p = ctx.state.protection[branch];
  const url = apiRepoUrl(ctx, `/branches/${encodeURIComponent(branch)}/protection`);
  const checks = p?.requiredStatusChecks?.checks ?? [];
  return {
    protected: p !== undefined,
    protection: {
      enabled: p !== undefined,
      required_status_checks: {
        enforcement_level: checks.length > 0 ? 'non_admins' : 'off',
        contexts: checks.map((c) => c.context),
        checks: checks.map((c) => ({ context: c.context, app_id: c.appId }))
      }
    },
    protection_url: url
  };
}

function branchNames(git: GitStore): string[] {
  return [...git.refs().keys()].filter((r) => r.startsWith('refs/heads/')).map((r) => r.slice('refs/heads/'.length));
}

function listBranches(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const filter = req.query.get('protected');
  const items: unknown[] = [];
  for (const name of branchNames(git)) {
    const sha = git.peel(git.getRef(`refs/heads/${name}`)!)!;
    const p = protectionOf(ctx, name);
    if (filter === 'true' && !p.protected) continue;
    if (filter === 'false' && p.protected) continue;
    items.push({ name, commit: { sha, url: apiRepoUrl(ctx, `/commits/${sha}`) }, ...p });
  }
  return paginate(req, ctx, items);
}

function getBranch(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const name = req.params.branch;
  const ref = git.getRef(`refs/heads/${name}`);
  const sha = ref ? git.peel(ref) : undefined;
  const commit = sha ? git.getCommit(sha) : undefined;
  if (!commit) return githubError(404, 'Branch not found');
  const enc = encodeURIComponent(name);
  return json(200, {
    name,
    commit: presentCommit(ctx, commit),
    _links: { self: apiRepoUrl(ctx, `/branches/${enc}`), html: htmlUrl(ctx, `/tree/${enc}`) },
    ...protectionOf(ctx, name)
  });
}

export const handlers: HandlerMap = {
  'repos/get': getRepo,
  'repos/get-content': getContent,
  'repos/get-commit': getCommit,
  'repos/list-commits': listCommits,
  'repos/compare-commits': compareCommits,
  'repos/list-tags': listTags,
  'repos/list-branches': listBranches,
  'repos/get-branch': getBranch
};
