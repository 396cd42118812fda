/**
 * Answer helpers shared by the sandbox handlers: GitHub's error shapes, pagination, URLs.
 */
import type { HandlerContext, SandboxRequest, SandboxResponse } from './types.js';

export const DOCS_URL = 'https://docs.github.com/rest';

/** A JSON answer. */
export function json(status: number, body: unknown, headers?: Record<string, string>): SandboxResponse {
  return headers ? { status, body, headers } : { status, body };
}

/** GitHub's error body: `{message, documentation_url, status}` (status as a string). */
export function githubError(
  status: number,
  message: string,
  extra?: Record<string, unknown>,
  headers?: Record<string, string>
): SandboxResponse {
  return json(status, { message, ...extra, documentation_url: DOCS_URL, status: String(status) }, headers);
}

/** 404 `Not Found`, as GitHub answers unknown paths and missing entities. */
export function notFound(message = 'Not Found'): SandboxResponse {
  return githubError(404, message);
}

/**
 * 422 `Validation Failed` style answer. With `errors`, GitHub's
 * `{message, errors: [{resource, code, field}], documentation_url, status}`.
 */
export function validationFailed(message: string, errors?: object[]): SandboxResponse {
  return githubError(422, message, errors ? { errors } : undefined);
}

/** 409 Conflict (e.g. "Git Repository is empty."). */
export function conflict(message: string): SandboxResponse {
  return githubError(409, message);
}

/** `<webUrl>/<owner>/<repo><path>`: html_url of something in the repository (`path` starts with `/`, or is empty). */
export function htmlUrl(ctx: HandlerContext, path = ''): string {
  return `${ctx.webUrl}/${ctx.state.owner}/${ctx.state.repo}${path}`;
}

/** `<apiUrl>/repos/<owner>/<repo><path>`: url of something in the repository (`path` starts with `/`, or is empty). */
export function apiRepoUrl(ctx: HandlerContext, path = ''): string {
  return `${ctx.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}${path}`;
}

/** The `per_page` (default 30, at most 100) and `page` (default 1) of a list request. */
export function pageParams(req: SandboxRequest): { perPage: number; page: number } {
  const rawPer = Number.parseInt(req.query.get('per_page') ?? '', 10);
  const rawPage = Number.parseInt(req.query.get('page') ?? '', 10);
  const perPage = Number.isFinite(rawPer) && rawPer > 0 ? Math.min(rawPer, 100) : 30;
  const page = Number.isFinite(rawPage) && rawPage > 0 ? rawPage : 1;
  return { perPage, page };
}

/**
 * One page of `items` with GitHub's `Link` header (`prev`, `next`, `last`, `first`; none when
 * everything fits on one page). The links repeat the request's URL with `page` replaced.
 * With `wrapKey`, the body is `{total_count, [wrapKey]: page}` (check runs, workflow runs, ...).
 */
export function paginate(req: SandboxRequest, ctx: HandlerContext, items: unknown[], wrapKey?: string): SandboxResponse {
  const { perPage, page } = pageParams(req);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(req, ctx, page, lastPage);
  const body = wrapKey ? { total_count: items.length, [wrapKey]: slice } : slice;
  return json(200, body, link ? { link } : undefined);
}

function linkHeader(req: SandboxRequest, ctx: HandlerContext, page: number, lastPage: number): string | undefined {
  if (lastPage <= 1 && page <= 1) return undefined;
  const at = (p: number): string => {
    const q = new URLSearchParams(req.query);
    q.set('page', String(p));
    return `<${ctx.apiUrl}${req.path}?${q.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${at(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) {
    parts.push(`${at(page + 1)}; rel="next"`);
    parts.push(`${at(lastPage)}; rel="last"`);
  }
  if (page > 1) parts.push(`${at(1)}; rel="first"`);
  return parts.join(', ');
}

/** ISO 8601 without milliseconds, as GitHub writes timestamps. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
