/**
 * Pull requests opened and edited through the API (list, create, update), beside the ones tests add
 * with `addPull`. An open pull request's head follows its branch, as on GitHub: a branch that moved
 * moves the pull request's head commit with it.
 */
import { iso, type PullRecord } from '../entities.js';
import { json, notFound, paginate, validationFailed } from '../http.js';
import type { HandlerContext, HandlerMap, SandboxState } from '../types.js';
import { pullSimpleView, pullView } from './checks.js';

/** An open pull request's head and base commits, as its branches have them now. */
function refresh(state: SandboxState, p: PullRecord): PullRecord {
  if (p.state !== 'open') return p;
  p.headSha = state.git.getRef(`refs/heads/${p.headRef}`) ?? p.headSha;
  p.baseSha = state.git.getRef(`refs/heads/${p.baseRef}`) ?? p.baseSha;
  return p;
}

/** `owner:branch` or `branch` → the branch of this repository, or undefined for another owner. */
function ownBranch(state: SandboxState, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  return head.slice(0, colon) === state.owner ? head.slice(colon + 1) : undefined;
}

function invalid(field: string): ReturnType<typeof validationFailed> {
  return validationFailed('Validation Failed', [{ resource: 'PullRequest', field, code: 'invalid' }]);
}

function custom(message: string): ReturnType<typeof validationFailed> {
  return validationFailed('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message }]);
}

export const handlers: HandlerMap = {
  'pulls/list': (req, ctx: HandlerContext) => {
    const state = req.query.get('state') ?? 'open';
    const head = req.query.get('head');
    const base = req.query.get('base');
    const headBranch = head ? ownBranch(ctx.state, head) : undefined;
    const desc = (req.query.get('direction') ?? 'desc') === 'desc';
    const list = ctx.state.pulls
      .map((p) => refresh(ctx.state, p))
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !head || p.headRef === headBranch)
      .filter((p) => !base || p.baseRef === base)
      .sort((a, b) => (desc ? b.number - a.number : a.number - b.number))
      .map((p) => pullSimpleView(ctx, p));
    return paginate(req, ctx, list);
  },

  'pulls/create': (req, ctx) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const { state } = ctx;
    const head = typeof body.head === 'string' ? ownBranch(state, body.head) : undefined;
    const base = typeof body.base === 'string' ? body.base : '';
    const headSha = head === undefined ? undefined : state.git.getRef(`refs/heads/${head}`);
    const baseSha = state.git.getRef(`refs/heads/${base}`);
    if (!baseSha) return invalid('base');
    if (!head || !headSha) return invalid('head');
    if (typeof body.title !== 'string' || body.title.trim() === '') return invalid('title');
    if (state.git.isAncestor(headSha, baseSha)) return custom(`No commits between ${base} and ${head}`);
    if (state.pulls.some((p) => refresh(state, p).state === 'open' && p.headRef === head && p.baseRef === base)) {
      return custom(`A pull request already exists for ${state.owner}:${head}.`);
    }
    const at = iso(ctx.now().getTime());
    const rec: PullRecord = {
      id: state.nextId(),
      number: Math.max(0, ...state.pulls.map((p) => p.number)) + 1,
      title: body.title,
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      user: 'github-actions[bot]',
      headRef: head,
      headSha,
      baseRef: base,
      baseSha,
      mergeCommitSha: null,
      merged: false,
      createdAt: at,
      updatedAt: at,
      mergedAt: null,
      closedAt: null
    };
    state.pulls.push(rec);
    return json(201, pullView(ctx, rec));
  },

  'pulls/update': (req, ctx) => {
    const p = ctx.state.pulls.find((x) => String(x.number) === req.params.pull_number);
    if (!p) return notFound();
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.title === 'string') p.title = body.title;
    if (typeof body.body === 'string') p.body = body.body;
    if (body.state === 'open' || body.state === 'closed') {
      p.state = body.state;
      p.closedAt = body.state === 'closed' ? iso(ctx.now().getTime()) : null;
    }
    if (typeof body.base === 'string') {
      if (!ctx.state.git.getRef(`refs/heads/${body.base}`)) return invalid('base');
      p.baseRef = body.base;
    }
    p.updatedAt = iso(ctx.now().getTime());
    return json(200, pullView(ctx, refresh(ctx.state, p)));
  }
};
