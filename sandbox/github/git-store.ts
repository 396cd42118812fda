/**
 * In-memory git object store and refs. Objects are kept in git's canonical encoding and hashed
 * exactly as git does (sha1 of `<type> <len>\0<content>`), so every SHA the sandbox hands out
 * is the one a real clone would compute.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { GitCommitData, GitObjectType, GitPerson, GitStore, GitTagData, GitTreeEntry } from './types.js';

interface RawObject {
  type: GitObjectType;
  content: Buffer;
}

const SHA_RE = /^[0-9a-f]{40}$/;
const TYPES: readonly GitObjectType[] = ['blob', 'tree', 'commit', 'tag'];

/** sha1 of git's object encoding. */
export function hashObject(type: GitObjectType, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

/** `Name <email> <unix-seconds> +0000` (dates are written in UTC). */
export function formatPerson(p: GitPerson): string {
  const ms = Date.parse(p.date);
  if (Number.isNaN(ms)) throw new Error(`invalid date ${JSON.stringify(p.date)}`);
  return `${p.name} <${p.email}> ${Math.floor(ms / 1000)} +0000`;
}

/** Parses `Name <email> <seconds> <tz>`; the date comes back as UTC ISO 8601 without milliseconds. */
export function parsePerson(line: string): GitPerson {
  const m = /^(.*?) ?<([^>]*)> (-?\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', date: new Date(0).toISOString().replace('.000', '') };
  return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString().replace('.000', '') };
}

/** Git's tree order: byte order of names, with trees compared as if their name ended in `/`. */
export function compareTreeEntries(a: { path: string; mode: string }, b: { path: string; mode: string }): number {
  const ka = Buffer.from(isTreeMode(a.mode) ? `${a.path}/` : a.path);
  const kb = Buffer.from(isTreeMode(b.mode) ? `${b.path}/` : b.path);
  return Buffer.compare(ka, kb);
}

function isTreeMode(mode: string): boolean {
  return mode === '40000' || mode === '040000';
}

/** API mode (040000) -> tree-object mode (40000) and back. */
function normalizeMode(mode: string): string {
  return isTreeMode(mode) ? '040000' : mode;
}

function typeForMode(mode: string): GitTreeEntry['type'] {
  if (isTreeMode(mode)) return 'tree';
  if (mode === '160000') return 'commit';
  return 'blob';
}

function splitHeaders(content: Buffer): { headers: Array<[string, string]>; message: string } {
  const text = content.toString('utf8');
  const end = text.indexOf('\n\n');
  const head = end === -1 ? text : text.slice(0, end);
  const message = end === -1 ? '' : text.slice(end + 2);
  const headers: Array<[string, string]> = [];
  for (const line of head.split('\n')) {
    if (line.startsWith(' ') && headers.length > 0) {
      // continuation line (gpgsig, mergetag)
      headers[headers.length - 1][1] += `\n${line.slice(1)}`;
      continue;
    }
    const sp = line.indexOf(' ');
    headers.push(sp === -1 ? [line, ''] : [line.slice(0, sp), line.slice(sp + 1)]);
  }
  return { headers, message };
}

export class MemoryGitStore implements GitStore {
  private readonly objects = new Map<string, RawObject>();
  private readonly refMap = new Map<string, string>();
  /** Symbolic HEAD, e.g. refs/heads/main. */
  head = 'refs/heads/main';

  // ---- seeding -------------------------------------------------------------------------

  /** Reads every object and ref of a real repository (refs via for-each-ref; annotated tags unpeeled). */
  async seedFromRepository(dir: string): Promise<void> {
    const all = await runGit(dir, ['cat-file', '--batch-all-objects', '--batch', '--unordered']);
    let pos = 0;
    while (pos < all.length) {
      const nl = all.indexOf(0x0a, pos);
      if (nl === -1) break;
      const header = all.subarray(pos, nl).toString('utf8');
      const [sha, type, sizeText] = header.split(' ');
      const size = Number(sizeText);
      if (!SHA_RE.test(sha) || !TYPES.includes(type as GitObjectType) || !Number.isFinite(size)) {
        throw new Error(`git cat-file: unexpected header ${JSON.stringify(header)}`);
      }
      const content = Buffer.from(all.subarray(nl + 1, nl + 1 + size));
      this.objects.set(sha, { type: type as GitObjectType, content });
      pos = nl + 1 + size + 1; // content, then a newline
    }
    const refs = (await runGit(dir, ['for-each-ref', '--format=%(objectname) %(refname)'])).toString('utf8');
    for (const line of refs.split('\n')) {
      const sp = line.indexOf(' ');
      if (sp === -1) continue;
      const name = line.slice(sp + 1);
      if (name.startsWith('refs/remotes/') || name === 'refs/stash') continue;
      this.refMap.set(name, line.slice(0, sp));
    }
    const head = (await runGit(dir, ['symbolic-ref', '-q', 'HEAD'], true)).toString('utf8').trim();
    if (head) this.head = head;
  }

  // ---- objects ---------------------------------------------------------------------------

  /** Adds an object in git's encoding; returns its SHA. */
  put(type: GitObjectType, content: Buffer): string {
    const sha = hashObject(type, content);
    if (!this.objects.has(sha)) this.objects.set(sha, { type, content: Buffer.from(content) });
    return sha;
  }

  /** The raw object (git's encoding, without the header). */
  raw(sha: string): { type: GitObjectType; content: Buffer } | undefined {
    return this.objects.get(sha);
  }

  /** Number of objects held. */
  get size(): number {
    return this.objects.size;
  }

  hasObject(sha: string): boolean {
    return this.objects.has(sha);
  }

  objectType(sha: string): GitObjectType | undefined {
    return this.objects.get(sha)?.type;
  }

  getBlob(sha: string): Buffer | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'blob' ? o.content : undefined;
  }

  getTree(sha: string): GitTreeEntry[] | undefined {
    const o = this.objects.get(sha);
    if (o?.type !== 'tree') return undefined;
    const entries: GitTreeEntry[] = [];
    const buf = o.content;
    let pos = 0;
    while (pos < buf.length) {
      const sp = buf.indexOf(0x20, pos);
      const nul = buf.indexOf(0x00, sp);
      const mode = normalizeMode(buf.subarray(pos, sp).toString('latin1'));
      const path = buf.subarray(sp + 1, nul).toString('utf8');
      const sha1 = buf.subarray(nul + 1, nul + 21).toString('hex');
      entries.push({ mode, type: typeForMode(mode), path, sha: sha1 });
      pos = nul + 21;
    }
    return entries;
  }

  getCommit(sha: string): GitCommitData | undefined {
    const o = this.objects.get(sha);
    if (o?.type !== 'commit') return undefined;
    const { headers, message } = splitHeaders(o.content);
    const one = (k: string): string => headers.find(([key]) => key === k)?.[1] ?? '';
    return {
      sha,
      tree: one('tree'),
      parents: headers.filter(([k]) => k === 'parent').map(([, v]) => v),
      author: parsePerson(one('author')),
      committer: parsePerson(one('committer')),
      message
    };
  }

  /** The commit's signature header (gpgsig), if any. */
  commitSignature(sha: string): string | undefined {
    const o = this.objects.get(sha);
    if (o?.type !== 'commit') return undefined;
    return splitHeaders(o.content).headers.find(([k]) => k === 'gpgsig')?.[1];
  }

  getTag(sha: string): GitTagData | undefined {
    const o = this.objects.get(sha);
    if (o?.type !== 'tag') return undefined;
    const { headers, message } = splitHeaders(o.content);
    const one = (k: string): string => headers.find(([key]) => key === k)?.[1] ?? '';
    const tagger = one('tagger');
    return {
      sha,
      tag: one('tag'),
      object: { sha: one('object'), type: one('type') as GitObjectType },
      tagger: tagger ? parsePerson(tagger) : { name: '', email: '', date: new Date(0).toISOString().replace('.000', '') },
      message
    };
  }

  createBlob(content: Buffer): string {
    return this.put('blob', content);
  }

  createTree(entries: GitTreeEntry[]): string {
    const seen = new Set<string>();
    for (const e of entries) {
      if (!e.path || e.path.includes('/') || e.path === '.' || e.path === '..') throw new Error(`invalid tree entry name ${JSON.stringify(e.path)}`);
      if (seen.has(e.path)) throw new Error(`duplicate tree entry ${JSON.stringify(e.path)}`);
      seen.add(e.path);
      if (!SHA_RE.test(e.sha)) throw new Error(`invalid sha ${JSON.stringify(e.sha)}`);
    }
    const sorted = [...entries].sort(compareTreeEntries);
    const parts: Buffer[] = [];
    for (const e of sorted) {
      const mode = isTreeMode(e.mode) ? '40000' : e.mode;
      parts.push(Buffer.from(`${mode} ${e.path}\0`, 'utf8'), Buffer.from(e.sha, 'hex'));
    }
    return this.put('tree', Buffer.concat(parts));
  }

  createCommit(data: Omit<GitCommitData, 'sha'>): string {
    let text = `tree ${data.tree}\n`;
    for (const p of data.parents) text += `parent ${p}\n`;
    text += `author ${formatPerson(data.author)}\n`;
    text += `committer ${formatPerson(data.committer)}\n`;
    text += `\n${data.message}`;
    return this.put('commit', Buffer.from(text, 'utf8'));
  }

  createTag(data: Omit<GitTagData, 'sha'>): string {
    let text = `object ${data.object.sha}\ntype ${data.object.type}\ntag ${data.tag}\n`;
    text += `tagger ${formatPerson(data.tagger)}\n`;
    text += `\n${data.message}`;
    return this.put('tag', Buffer.from(text, 'utf8'));
  }

  // ---- refs ------------------------------------------------------------------------------

  refs(): Map<string, string> {
    return new Map([...this.refMap.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  getRef(fullRef: string): string | undefined {
    return this.refMap.get(fullRef);
  }

  setRef(fullRef: string, sha: string, expectedOld?: string | null): boolean {
    if (expectedOld !== undefined) {
      const current = this.refMap.get(fullRef);
      if ((current ?? null) !== expectedOld) return false;
    }
    this.refMap.set(fullRef, sha);
    return true;
  }

  deleteRef(fullRef: string): boolean {
    return this.refMap.delete(fullRef);
  }

  // ---- navigation ------------------------------------------------------------------------

  /** Follows tag objects to the object they finally point at. */
  peel(sha: string): string | undefined {
    let cur: string | undefined = sha;
    for (let i = 0; cur && i < 32; i++) {
      const o = this.objects.get(cur);
      if (!o) return undefined;
      if (o.type !== 'tag') return cur;
      cur = this.getTag(cur)?.object.sha;
    }
    return undefined;
  }

  /** Resolves a SHA (full or at least 4 hex digits, unique), HEAD, branch, tag or full ref to any object (tags not peeled). */
  resolveObject(ref: string): string | undefined {
    if (SHA_RE.test(ref) && this.objects.has(ref)) return ref;
    if (ref === 'HEAD') return this.refMap.get(this.head);
    if (ref.startsWith('refs/')) return this.refMap.get(ref);
    for (const candidate of [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`]) {
      const sha = this.refMap.get(candidate);
      if (sha) return sha;
    }
    if (/^[0-9a-f]{4,39}$/.test(ref)) {
      let found: string | undefined;
      for (const sha of this.objects.keys()) {
        if (sha.startsWith(ref)) {
          if (found) return undefined; // ambiguous
          found = sha;
        }
      }
      return found;
    }
    return undefined;
  }

  resolveCommit(ref: string): string | undefined {
    const sha = this.resolveObject(ref);
    if (!sha) return undefined;
    const peeled = this.peel(sha);
    return peeled && this.objectType(peeled) === 'commit' ? peeled : undefined;
  }

  /** The tree entry at `path` in a commit-ish (`''` = the root tree, as a tree entry). */
  entryAt(commitish: string, path: string): GitTreeEntry | undefined {
    const commit = this.resolveCommit(commitish);
    if (!commit) return undefined;
    const root = this.getCommit(commit)!.tree;
    return this.entryInTree(root, path);
  }

  /** The entry at `path` below tree `treeSha` (`''` = the tree itself). */
  entryInTree(treeSha: string, path: string): GitTreeEntry | undefined {
    const parts = path.split('/').filter((p) => p !== '');
    let entry: GitTreeEntry = { mode: '040000', type: 'tree', path: '', sha: treeSha };
    for (const part of parts) {
      if (entry.type !== 'tree') return undefined;
      const next = this.getTree(entry.sha)?.find((e) => e.path === part);
      if (!next) return undefined;
      entry = next;
    }
    return entry;
  }

  readFile(commitish: string, path: string): Buffer | undefined {
    const e = this.entryAt(commitish, path);
    return e && e.type === 'blob' ? this.getBlob(e.sha) : undefined;
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    const target = this.resolveCommit(ancestor) ?? ancestor;
    const seen = new Set<string>();
    const queue = [this.resolveCommit(descendant) ?? descendant];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === target) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const c = this.getCommit(sha);
      if (c) queue.push(...c.parents);
    }
    return false;
  }

  /**
   * Commits reachable from `head` and not from any of `exclude`, newest first by committer date
   * (ties: walk order), like `git log head ^exclude...`.
   */
  log(head: string, exclude: string[] = []): GitCommitData[] {
    const hidden = new Set<string>();
    const hideQueue = exclude.map((e) => this.resolveCommit(e) ?? e);
    while (hideQueue.length > 0) {
      const sha = hideQueue.pop()!;
      if (hidden.has(sha)) continue;
      hidden.add(sha);
      const c = this.getCommit(sha);
      if (c) hideQueue.push(...c.parents);
    }
    const out: GitCommitData[] = [];
    const seen = new Set<string>();
    const start = this.resolveCommit(head) ?? head;
    const frontier: GitCommitData[] = [];
    const push = (sha: string): void => {
      if (seen.has(sha) || hidden.has(sha)) return;
      seen.add(sha);
      const c = this.getCommit(sha);
      if (c) frontier.push(c);
    };
    push(start);
    while (frontier.length > 0) {
      // newest committer date first
      let best = 0;
      for (let i = 1; i < frontier.length; i++) {
        if (Date.parse(frontier[i].committer.date) > Date.parse(frontier[best].committer.date)) best = i;
      }
      const [c] = frontier.splice(best, 1);
      out.push(c);
      for (const p of c.parents) push(p);
    }
    return out;
  }

  /** A merge base of two commits (the first common ancestor found walking `b`'s history newest first), or undefined. */
  mergeBase(a: string, b: string): string | undefined {
    const ancestorsOfA = new Set(this.log(a).map((c) => c.sha));
    return this.log(b).find((c) => ancestorsOfA.has(c.sha))?.sha;
  }

  /** All blobs below a tree: path -> entry, recursively. */
  flatten(treeSha: string, prefix = ''): Map<string, GitTreeEntry> {
    const out = new Map<string, GitTreeEntry>();
    for (const e of this.getTree(treeSha) ?? []) {
      const path = prefix ? `${prefix}/${e.path}` : e.path;
      if (e.type === 'tree') {
        for (const [p, sub] of this.flatten(e.sha, path)) out.set(p, sub);
      } else {
        out.set(path, { ...e, path });
      }
    }
    return out;
  }
}

/** A store seeded from a real repository (see MemoryGitStore.seedFromRepository). */
export async function seedFromRepository(dir: string): Promise<MemoryGitStore> {
  const store = new MemoryGitStore();
  await store.seedFromRepository(dir);
  return store;
}

function runGit(dir: string, args: string[], allowFailure = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || allowFailure) resolve(Buffer.concat(out));
      else reject(new Error(`git ${args.join(' ')} failed (${code}): ${Buffer.concat(err).toString('utf8').trim()}`));
    });
  });
}
