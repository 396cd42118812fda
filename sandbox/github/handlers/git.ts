/**
 * Git database API: refs, tags, commits, trees, blobs, over the in-memory git store.
 */
import { BOT_LOGIN, nodeId, undescribed } from '../entities.js';
import { apiRepoUrl, githubError, htmlUrl, isoSeconds, json, notFound, validationFailed } from '../http.js';
import type {
  GitCommitData,
  GitObjectType,
  GitPerson,
  GitStore,
  GitTreeEntry,
  HandlerContext,
  HandlerMap,
  SandboxRequest,
  SandboxResponse
} from '../types.js';
import { refUpdateViolation } from '../ref-rules.js';

/** The identity GITHUB_TOKEN writes are attributed to. */
export const BOT_PERSON = { name: BOT_LOGIN, email: '41898282+github-actions[bot]@users.noreply.github.com' };

const SHA_RE = /^[0-9a-f]{40}$/;

// ---- presenters --------------------------------------------------------------------------

function objectUrl(ctx: HandlerContext, type: string, sha: string): string {
  const kind = type === 'commit' ? 'commits' : type === 'tag' ? 'tags' : type === 'tree' ? 'trees' : 'blobs';
  return apiRepoUrl(ctx, `/git/${kind}/${sha}`);
}

/** components/schemas/git-ref */
export function presentRef(ctx: HandlerContext, fullRef: string, sha: string) {
  const type = ctx.state.git.objectType(sha) ?? 'commit';
  return {
    ref: fullRef,
    node_id: nodeId('Ref', fullRef),
    url: apiRepoUrl(ctx, `/git/${fullRef}`),
    object: { sha, type, url: objectUrl(ctx, type, sha) }
  };
}

export const UNVERIFIED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** components/schemas/git-commit */
export function presentGitCommit(ctx: HandlerContext, c: GitCommitData) {
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: apiRepoUrl(ctx, `/git/commits/${c.sha}`),
    html_url: htmlUrl(ctx, `/commit/${c.sha}`),
    author: { ...c.author },
    committer: { ...c.committer },
    tree: { sha: c.tree, url: apiRepoUrl(ctx, `/git/trees/${c.tree}`) },
    message: c.message.replace(/\n$/, ''),
    parents: c.parents.map((p) => ({ sha: p, url: apiRepoUrl(ctx, `/git/commits/${p}`), html_url: htmlUrl(ctx, `/commit/${p}`) })),
    verification: UNVERIFIED
  };
}

/** components/schemas/git-tag */
export function presentGitTag(ctx: HandlerContext, sha: string) {
  const t = ctx.state.git.getTag(sha)!;
  return {
    node_id: nodeId('Tag', sha),
    tag: t.tag,
    sha,
    url: apiRepoUrl(ctx, `/git/tags/${sha}`),
    message: t.message,
    tagger: { ...t.tagger },
    object: { sha: t.object.sha, type: t.object.type, url: objectUrl(ctx, t.object.type, t.object.sha) },
    verification: UNVERIFIED
  };
}

function treeItem(ctx: HandlerContext, e: GitTreeEntry, path: string) {
  const item: Record<string, unknown> = { path, mode: e.mode, type: e.type, sha: e.sha };
  if (e.type === 'blob') {
    item.size = ctx.state.git.getBlob(e.sha)?.length ?? 0;
    item.url = apiRepoUrl(ctx, `/git/blobs/${e.sha}`);
  } else if (e.type === 'tree') {
    item.url = apiRepoUrl(ctx, `/git/trees/${e.sha}`);
  }
  return item;
}

/** components/schemas/git-tree (recursive: every entry below, trees before their contents). */
export function presentTree(ctx: HandlerContext, sha: string, recursive: boolean) {
  const items: unknown[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    for (const e of ctx.state.git.getTree(treeSha) ?? []) {
      const path = prefix ? `${prefix}/${e.path}` : e.path;
      items.push(treeItem(ctx, e, path));
      if (recursive && e.type === 'tree') walk(e.sha, path);
    }
  };
  walk(sha, '');
  return { sha, url: apiRepoUrl(ctx, `/git/trees/${sha}`), tree: items, truncated: false };
}

/** base64 as GitHub writes it: lines of 60 characters, each ending in a newline. */
export function wrappedBase64(buf: Buffer): string {
  const b64 = buf.toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 60) out += `${b64.slice(i, i + 60)}\n`;
  return out;
}

// ---- helpers ---------------------------------------------------------------------------------

/** `heads/main` (as in the URL) -> `refs/heads/main`. */
export function fullRefName(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function person(input: unknown, ctx: HandlerContext, fallback?: GitPerson): GitPerson {
  const p = (typeof input === 'object' && input !== null ? input : {}) as Partial<GitPerson>;
  const base = fallback ?? { ...BOT_PERSON, date: isoSeconds(ctx.now()) };
  return {
    name: typeof p.name === 'string' ? p.name : base.name,
    email: typeof p.email === 'string' ? p.email : base.email,
    date: typeof p.date === 'string' && !Number.isNaN(Date.parse(p.date)) ? isoSeconds(new Date(p.date)) : base.date
  };
}

function refIsValid(ref: string): boolean {
  if (!/^refs\/[^/]+\/.+/.test(ref)) return false;
  return !/(\.\.|[\s~^:?*[\\]|@\{|\/\/|\/$|\.lock$|\/\.|^\.)/.test(ref);
}

// ---- tree building -------------------------------------------------------------------------

interface DirNode {
  entries: Map<string, GitTreeEntry | DirNode>;
}

function isDir(x: GitTreeEntry | DirNode): x is DirNode {
  return (x as DirNode).entries instanceof Map;
}

function loadDir(git: GitStore, sha: string | undefined): DirNode {
  const node: DirNode = { entries: new Map() };
  for (const e of sha ? (git.getTree(sha) ?? []) : []) node.entries.set(e.path, e);
  return node;
}

function writeDir(git: GitStore, node: DirNode): string | undefined {
  const entries: GitTreeEntry[] = [];
  for (const [name, child] of node.entries) {
    if (isDir(child)) {
      const sha = writeDir(git, child);
      if (sha) entries.push({ mode: '040000', type: 'tree', path: name, sha });
    } else {
      entries.push({ ...child, path: name });
    }
  }
  if (entries.length === 0) return undefined;
  return git.createTree(entries);
}

interface TreeInput {
  path?: unknown;
  mode?: unknown;
  type?: unknown;
  sha?: unknown;
  content?: unknown;
}

/**
 * Applies create-tree entries (nested paths; `content` or `sha`; `sha: null` deletes) on top of
 * `baseTree`; returns the new root tree SHA or an error answer.
 */
export function buildTree(git: GitStore, baseTree: string | undefined, inputs: TreeInput[]): string | SandboxResponse {
  const root = loadDir(git, baseTree);
  for (const input of inputs) {
    const path = typeof input.path === 'string' ? input.path : '';
    const mode = typeof input.mode === 'string' ? input.mode : '100644';
    const type = typeof input.type === 'string' ? input.type : mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    const parts = path.split('/');
    if (!path || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
      return validationFailed(`tree.path contains a malformed path component`);
    }
    let sha: string | null;
    if (input.sha === null) {
      sha = null;
    } else if (typeof input.sha === 'string') {
      sha = input.sha;
      const actual = git.objectType(sha);
      if (type !== 'commit' && actual !== type) return validationFailed(`tree.sha ${sha} is not a valid ${type}`);
    } else if (typeof input.content === 'string') {
      if (type !== 'blob') return validationFailed('Must supply a valid tree.sha or tree.content. Content is only allowed for blobs.');
      sha = git.createBlob(Buffer.from(input.content, 'utf8'));
    } else {
      return validationFailed('Must supply either tree.sha or tree.content');
    }

    // walk to the parent directory, expanding stored trees into editable nodes
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      const child = dir.entries.get(part);
      let next: DirNode;
      if (child === undefined) {
        next = { entries: new Map() };
        dir.entries.set(part, next);
      } else if (isDir(child)) {
        next = child;
      } else if (child.type === 'tree') {
        next = loadDir(git, child.sha);
        dir.entries.set(part, next);
      } else {
        // a file where a directory is needed: it is replaced
        next = { entries: new Map() };
        dir.entries.set(part, next);
      }
      dir = next;
    }
    const name = parts[parts.length - 1];
    if (sha === null) dir.entries.delete(name);
    else dir.entries.set(name, { mode, type: type as GitTreeEntry['type'], path: name, sha });
  }
  return writeDir(git, root) ?? git.createTree([]);
}

// ---- handlers --------------------------------------------------------------------------------

function getRef(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const full = fullRefName(req.params.ref);
  const sha = ctx.state.git.getRef(full);
  return sha ? json(200, presentRef(ctx, full, sha)) : notFound();
}

function listMatchingRefs(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const prefix = fullRefName(req.params.ref ?? '');
  const out = [...ctx.state.git.refs()].filter(([name]) => name.startsWith(prefix)).map(([name, sha]) => presentRef(ctx, name, sha));
  return json(200, out);
}

function createRef(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const ref = String(req.body?.ref ?? '');
  const sha = String(req.body?.sha ?? '');
  if (!refIsValid(ref)) return validationFailed(`${ref} is not a valid ref name.`);
  if (!SHA_RE.test(sha) || !git.hasObject(sha)) return validationFailed('Object does not exist');
  if (git.getRef(ref) !== undefined) return validationFailed('Reference already exists');
  const violation = refUpdateViolation(ctx, ref, undefined, sha);
  if (violation) return violation;
  git.setRef(ref, sha, null);
  const body = presentRef(ctx, ref, sha);
  return json(201, body, { location: body.url });
}

function updateRef(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const full = fullRefName(req.params.ref);
  const sha = String(req.body?.sha ?? '');
  const force = req.body?.force === true;
  const old = git.getRef(full);
  if (old === undefined) return validationFailed('Reference does not exist');
  if (!SHA_RE.test(sha) || !git.hasObject(sha)) return validationFailed('Object does not exist');
  const fastForward = old === sha || (git.peel(old) !== undefined && git.peel(sha) !== undefined && git.isAncestor(git.peel(old)!, git.peel(sha)!));
  if (!force && !fastForward) return validationFailed('Update is not a fast forward');
  const violation = refUpdateViolation(ctx, full, old, sha, !fastForward);
  if (violation) return violation;
  if (!git.setRef(full, sha, old)) return githubError(409, 'Reference update failed');
  return json(200, presentRef(ctx, full, sha));
}

function deleteRef(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const full = fullRefName(req.params.ref);
  const old = ctx.state.git.getRef(full);
  // GitHub answers this 422 with its usual JSON error; the description declares the 422 without a body.
  if (old === undefined) return undescribed(validationFailed('Reference does not exist'));
  const violation = refUpdateViolation(ctx, full, old, undefined);
  if (violation) return violation;
  ctx.state.git.deleteRef(full);
  return { status: 204 };
}

function getTag(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const sha = req.params.tag_sha;
  return ctx.state.git.objectType(sha) === 'tag' ? json(200, presentGitTag(ctx, sha)) : notFound();
}

function createTag(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const b = req.body ?? {};
  const object = String(b.object ?? '');
  const type = String(b.type ?? '') as GitObjectType;
  if (!SHA_RE.test(object) || !git.hasObject(object)) return validationFailed('Object does not exist');
  if (git.objectType(object) !== type) return validationFailed(`Object ${object} is a ${git.objectType(object)}, not a ${type}`);
  const tag = String(b.tag ?? '');
  if (!refIsValid(`refs/tags/${tag}`)) return validationFailed(`${tag} is not a valid tag name`);
  const sha = git.createTag({ tag, object: { sha: object, type }, tagger: person(b.tagger, ctx), message: String(b.message ?? '') });
  const body = presentGitTag(ctx, sha);
  return json(201, body, { location: body.url });
}

function getCommit(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const c = ctx.state.git.getCommit(req.params.commit_sha);
  return c ? json(200, presentGitCommit(ctx, c)) : notFound();
}

function createCommit(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const b = req.body ?? {};
  const tree = String(b.tree ?? '');
  if (git.objectType(tree) !== 'tree') return validationFailed('Tree SHA does not exist');
  const parents: string[] = Array.isArray(b.parents) ? b.parents.map(String) : [];
  for (const p of parents) {
    if (git.objectType(p) !== 'commit') return validationFailed('Parent SHA does not exist or is not a commit object');
  }
  const author = person(b.author, ctx);
  const committer = person(b.committer, ctx, b.committer === undefined ? author : undefined);
  const sha = git.createCommit({ tree, parents, author, committer, message: String(b.message ?? '') });
  const body = presentGitCommit(ctx, git.getCommit(sha)!);
  return json(201, body, { location: body.url });
}

function getTree(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const id = req.params.tree_sha;
  let sha: string | undefined = git.objectType(id) === 'tree' ? id : undefined;
  if (!sha) {
    const commit = git.resolveCommit(id);
    sha = commit ? git.getCommit(commit)!.tree : undefined;
  }
  if (!sha) return notFound();
  return json(200, presentTree(ctx, sha, req.query.has('recursive')));
}

function createTree(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const git = ctx.state.git;
  const b = req.body ?? {};
  let base: string | undefined;
  if (typeof b.base_tree === 'string') {
    base = git.objectType(b.base_tree) === 'tree' ? b.base_tree : undefined;
    if (!base) {
      const commit = git.resolveCommit(b.base_tree);
      base = commit ? git.getCommit(commit)!.tree : undefined;
    }
    if (!base) return validationFailed('base_tree is not a valid tree oid');
  }
  const result = buildTree(git, base, Array.isArray(b.tree) ? b.tree : []);
  if (typeof result !== 'string') return result;
  const body = presentTree(ctx, result, false);
  return json(201, body, { location: body.url });
}

function getBlob(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const sha = req.params.file_sha;
  const blob = ctx.state.git.getBlob(sha);
  if (!blob) return notFound();
  return json(200, {
    sha,
    node_id: nodeId('Blob', sha),
    size: blob.length,
    url: apiRepoUrl(ctx, `/git/blobs/${sha}`),
    content: wrappedBase64(blob),
    encoding: 'base64'
  });
}

function createBlob(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const b = req.body ?? {};
  const encoding = String(b.encoding ?? 'utf-8').toLowerCase();
  if (typeof b.content !== 'string') return validationFailed('content is not a string');
  let buf: Buffer;
  if (encoding === 'utf-8' || encoding === 'utf8') buf = Buffer.from(b.content, 'utf8');
  else if (encoding === 'base64') buf = Buffer.from(b.content, 'base64');
  else return validationFailed(`encoding must be either utf-8 or base64 (got ${JSON.stringify(b.encoding)})`);
  const sha = ctx.state.git.createBlob(buf);
  const url = apiRepoUrl(ctx, `/git/blobs/${sha}`);
  return json(201, { url, sha }, { location: url });
}

export const handlers: HandlerMap = {
  'git/get-ref': getRef,
  'git/list-matching-refs': listMatchingRefs,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'git/get-tag': getTag,
  'git/create-tag': createTag,
  'git/get-commit': getCommit,
  'git/create-commit': createCommit,
  'git/get-tree': getTree,
  'git/create-tree': createTree,
  'git/get-blob': getBlob,
  'git/create-blob': createBlob
};
