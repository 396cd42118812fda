/**
 * Releases: drafts, publishing, latest-release rules, lightweight tags made by publishing, and
 * generated release notes.
 *
 * GitHub behaviour modelled here:
 * - a published release whose tag does not exist creates a lightweight tag at target_commitish
 *   (default branch when unset); a draft creates no tag;
 * - two published releases cannot share a tag_name (422 Validation Failed, already_exists);
 *   drafts may;
 * - get-by-tag finds published releases only; list includes drafts (the token can push);
 * - latest: the published non-prerelease release most recently made latest (make_latest "true",
 *   the default, when it was published), else by the legacy rule (newest created);
 *   make_latest "false" keeps a release from being latest.
 */
import { createHash } from 'node:crypto';
import { BOT_LOGIN, nodeId, simpleUser } from '../entities.js';
import { apiRepoUrl, htmlUrl, isoSeconds, json, notFound, paginate, validationFailed } from '../http.js';
import type { HandlerContext, HandlerMap, ReleaseRecord, SandboxRequest, SandboxResponse, SandboxState } from '../types.js';
import { apiMessage, userForEmail } from './repos.js';

let latestSeq = 0;

// ---- presenters --------------------------------------------------------------------------

/** components/schemas/release */
export function presentRelease(ctx: HandlerContext, r: ReleaseRecord) {
  const enc = encodeURIComponent(r.tagName);
  const origin = new URL(ctx.apiUrl).origin;
  const untagged = `untagged-${createHash('sha1').update(`release:${r.id}`).digest('hex').slice(0, 20)}`;
  return {
    url: apiRepoUrl(ctx, `/releases/${r.id}`),
    assets_url: apiRepoUrl(ctx, `/releases/${r.id}/assets`),
    upload_url: `${origin}/api/uploads/repos/${ctx.state.owner}/${ctx.state.repo}/releases/${r.id}/assets{?name,label}`,
    html_url: htmlUrl(ctx, `/releases/tag/${r.draft ? untagged : enc}`),
    id: r.id,
    author: simpleUser(ctx, r.author),
    node_id: nodeId('Release', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    draft: r.draft,
    immutable: false,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    published_at: r.publishedAt,
    assets: [],
    tarball_url: r.draft ? null : apiRepoUrl(ctx, `/tarball/${enc}`),
    zipball_url: r.draft ? null : apiRepoUrl(ctx, `/zipball/${enc}`),
    body: r.body
  };
}

// ---- rules -------------------------------------------------------------------------------------

/** The release get-latest answers, or undefined. */
export function latestRelease(state: SandboxState): ReleaseRecord | undefined {
  const candidates = state.releases.filter((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false');
  const marked = candidates.filter((r) => r.markedLatestSeq !== undefined);
  if (marked.length > 0) return marked.reduce((a, b) => (b.markedLatestSeq! > a.markedLatestSeq! ? b : a));
  return [...candidates].sort(newestFirst)[0];
}

function newestFirst(a: ReleaseRecord, b: ReleaseRecord): number {
  const d = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  return d !== 0 ? d : b.id - a.id;
}

function alreadyExists(): SandboxResponse {
  return validationFailed('Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
}

function invalid(field: string): SandboxResponse {
  return validationFailed('Validation Failed', [{ resource: 'Release', code: 'invalid', field }]);
}

function tagNameOk(tag: string): boolean {
  return tag.length > 0 && !/(\.\.|[\s~^:?*[\\]|@\{|\/\/|\/$|^\/|\.lock$|\.$)/.test(tag);
}

/** Creates the lightweight tag a published release needs, unless the tag exists. */
function ensureTag(ctx: HandlerContext, r: ReleaseRecord): SandboxResponse | undefined {
  const git = ctx.state.git;
  if (git.getRef(`refs/tags/${r.tagName}`) !== undefined) return undefined;
  const commit = git.resolveCommit(r.targetCommitish);
  if (!commit) return invalid('target_commitish');
  git.setRef(`refs/tags/${r.tagName}`, commit, null);
  return undefined;
}

function makeLatestValue(v: unknown): ReleaseRecord['makeLatest'] | undefined {
  return v === 'true' || v === 'false' || v === 'legacy' ? v : undefined;
}

// ---- release notes -------------------------------------------------------------------------------

function previousTag(ctx: HandlerContext, head: string, tagName: string): string | undefined {
  const git = ctx.state.git;
  const order = new Map(git.log(head).map((c, i) => [c.sha, i]));
  const tagCommit = (t: string): string | undefined => {
    const sha = git.getRef(`refs/tags/${t}`);
    return sha ? git.peel(sha) : undefined;
  };
  const nearest = (tags: string[]): string | undefined => {
    let best: { tag: string; pos: number } | undefined;
    for (const t of tags) {
      if (t === tagName) continue;
      const c = tagCommit(t);
      const pos = c !== undefined ? order.get(c) : undefined;
      if (pos === undefined) continue;
      if (!best || pos < best.pos) best = { tag: t, pos };
    }
    return best?.tag;
  };
  const released = ctx.state.releases.filter((r) => !r.draft).map((r) => r.tagName);
  const allTags = [...git.refs().keys()].filter((r) => r.startsWith('refs/tags/')).map((r) => r.slice('refs/tags/'.length));
  return nearest(released) ?? nearest(allTags);
}

/** GitHub-style generated notes: the commits since the previous release's tag. */
export function generateNotes(
  ctx: HandlerContext,
  tagName: string,
  target: string | undefined,
  previous: string | undefined
): { name: string; body: string } | SandboxResponse {
  const git = ctx.state.git;
  const existing = git.getRef(`refs/tags/${tagName}`);
  const head = existing ? git.peel(existing) : git.resolveCommit(target ?? ctx.state.defaultBranch);
  if (!head) return invalid('target_commitish');
  let prev = previous;
  if (prev !== undefined && git.getRef(`refs/tags/${prev}`) === undefined) return notFound(`Previous tag ${prev} not found`);
  prev ??= previousTag(ctx, head, tagName);
  const commits = git.log(head, prev ? [`refs/tags/${prev}`] : []);
  const lines = commits.map((c) => {
    const subject = apiMessage(c.message).split('\n')[0];
    const user = userForEmail(ctx, c.author.email);
    const who = user ? `@${user.login}` : c.author.name;
    return `* ${subject} by ${who} in ${htmlUrl(ctx, `/commit/${c.sha}`)}`;
  });
  const parts: string[] = [];
  if (lines.length > 0) parts.push(`## What's Changed\n${lines.join('\n')}`);
  parts.push(
    prev
      ? `**Full Changelog**: ${htmlUrl(ctx, `/compare/${prev}...${tagName}`)}`
      : `**Full Changelog**: ${htmlUrl(ctx, `/commits/${tagName}`)}`
  );
  return { name: tagName, body: parts.join('\n\n') };
}

// ---- handlers ----------------------------------------------------------------------------------

function find(req: SandboxRequest, ctx: HandlerContext): ReleaseRecord | undefined {
  const id = Number(req.params.release_id);
  return ctx.state.releases.find((r) => r.id === id);
}

function listReleases(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  return paginate(req, ctx, [...ctx.state.releases].sort(newestFirst).map((r) => presentRelease(ctx, r)));
}

function getRelease(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const r = find(req, ctx);
  return r ? json(200, presentRelease(ctx, r)) : notFound();
}

function getReleaseByTag(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const r = ctx.state.releases.find((x) => !x.draft && x.tagName === req.params.tag);
  return r ? json(200, presentRelease(ctx, r)) : notFound();
}

function getLatestRelease(_req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const r = latestRelease(ctx.state);
  return r ? json(200, presentRelease(ctx, r)) : notFound();
}

function createRelease(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const b = req.body ?? {};
  const state = ctx.state;
  const tagName = String(b.tag_name);
  if (!tagNameOk(tagName)) return invalid('tag_name');
  const draft = b.draft === true;
  if (!draft && state.releases.some((r) => !r.draft && r.tagName === tagName)) return alreadyExists();
  const now = isoSeconds(ctx.now());
  const record: ReleaseRecord = {
    id: state.nextId(),
    tagName,
    targetCommitish: typeof b.target_commitish === 'string' && b.target_commitish ? b.target_commitish : state.defaultBranch,
    name: typeof b.name === 'string' ? b.name : null,
    body: typeof b.body === 'string' ? b.body : null,
    draft,
    prerelease: b.prerelease === true,
    makeLatest: makeLatestValue(b.make_latest) ?? 'true',
    createdAt: now,
    publishedAt: draft ? null : now,
    updatedAt: now,
    author: BOT_LOGIN
  };
  if (state.git.getRef(`refs/tags/${tagName}`) === undefined && !state.git.resolveCommit(record.targetCommitish)) {
    return invalid('target_commitish');
  }
  if (b.generate_release_notes === true) {
    const notes = generateNotes(ctx, tagName, record.targetCommitish, undefined);
    if ('status' in notes) return notes;
    record.body = record.body ? `${record.body}\n\n${notes.body}` : notes.body;
    record.name ??= notes.name;
  }
  if (!draft) {
    const err = ensureTag(ctx, record);
    if (err) return err;
    if (!record.prerelease && record.makeLatest === 'true') record.markedLatestSeq = ++latestSeq;
  }
  state.releases.push(record);
  const body = presentRelease(ctx, record);
  return json(201, body, { location: body.url });
}

function updateRelease(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const r = find(req, ctx);
  if (!r) return notFound();
  const b = req.body ?? {};
  const state = ctx.state;
  const next: ReleaseRecord = { ...r };
  if (typeof b.tag_name === 'string') {
    if (!tagNameOk(b.tag_name)) return invalid('tag_name');
    next.tagName = b.tag_name;
  }
  if (typeof b.target_commitish === 'string' && b.target_commitish) next.targetCommitish = b.target_commitish;
  if (typeof b.name === 'string' || b.name === null) next.name = b.name;
  if (typeof b.body === 'string' || b.body === null) next.body = b.body;
  if (typeof b.draft === 'boolean') next.draft = b.draft;
  if (typeof b.prerelease === 'boolean') next.prerelease = b.prerelease;
  const explicit = makeLatestValue(b.make_latest);
  if (explicit) next.makeLatest = explicit;

  const publishing = r.draft && !next.draft;
  if (!next.draft && state.releases.some((x) => x.id !== r.id && !x.draft && x.tagName === next.tagName)) return alreadyExists();
  if (!next.draft) {
    const err = ensureTag(ctx, next);
    if (err) return err;
  }
  const now = isoSeconds(ctx.now());
  if (publishing) next.publishedAt = now;
  next.updatedAt = now;
  if (next.makeLatest !== 'true') {
    delete next.markedLatestSeq;
  } else if (!next.draft && !next.prerelease && (explicit === 'true' || publishing || (r.prerelease && !next.prerelease))) {
    next.markedLatestSeq = ++latestSeq;
  }
  Object.assign(r, next);
  if (next.markedLatestSeq === undefined) delete r.markedLatestSeq;
  return json(200, presentRelease(ctx, r));
}

function deleteRelease(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const r = find(req, ctx);
  if (!r) return notFound();
  ctx.state.releases.splice(ctx.state.releases.indexOf(r), 1);
  return { status: 204 };
}

function generateReleaseNotes(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const b = req.body ?? {};
  const notes = generateNotes(
    ctx,
    String(b.tag_name),
    typeof b.target_commitish === 'string' ? b.target_commitish : undefined,
    typeof b.previous_tag_name === 'string' ? b.previous_tag_name : undefined
  );
  if ('status' in notes) return notes;
  return json(200, notes);
}

export const handlers: HandlerMap = {
  'repos/list-releases': listReleases,
  'repos/get-release': getRelease,
  'repos/get-release-by-tag': getReleaseByTag,
  'repos/get-latest-release': getLatestRelease,
  'repos/create-release': createRelease,
  'repos/update-release': updateRelease,
  'repos/delete-release': deleteRelease,
  'repos/generate-release-notes': generateReleaseNotes
};
