/**
 * GET /rate_limit (does not count against the budget) and GET / (the API root).
 */
import { json } from '../http.js';
import type { HandlerContext, HandlerMap, SandboxResponse } from '../types.js';

function rateLimit(_req: unknown, ctx: HandlerContext): SandboxResponse {
  const rl = ctx.state.rateLimit;
  const core = { limit: rl.limit, used: rl.used, remaining: Math.max(0, rl.limit - rl.used), reset: rl.reset };
  const other = (limit: number) => ({ limit, used: 0, remaining: limit, reset: rl.reset });
  return json(200, {
    resources: { core, search: other(30), graphql: other(1000), integration_manifest: other(5000), code_search: other(10) },
    rate: core
  });
}

function root(_req: unknown, ctx: HandlerContext): SandboxResponse {
  const a = ctx.apiUrl;
  const w = ctx.webUrl;
  return json(200, {
    current_user_url: `${a}/user`,
    current_user_authorizations_html_url: `${w}/settings/connections/applications{/client_id}`,
    authorizations_url: `${a}/authorizations`,
    code_search_url: `${a}/search/code?q={query}{&page,per_page,sort,order}`,
    commit_search_url: `${a}/search/commits?q={query}{&page,per_page,sort,order}`,
    emails_url: `${a}/user/emails`,
    emojis_url: `${a}/emojis`,
    events_url: `${a}/events`,
    feeds_url: `${a}/feeds`,
    followers_url: `${a}/user/followers`,
    following_url: `${a}/user/following{/target}`,
    gists_url: `${a}/gists{/gist_id}`,
    hub_url: `${a}/hub`,
    issue_search_url: `${a}/search/issues?q={query}{&page,per_page,sort,order}`,
    issues_url: `${a}/issues`,
    keys_url: `${a}/user/keys`,
    label_search_url: `${a}/search/labels?q={query}&repository_id={repository_id}{&page,per_page}`,
    notifications_url: `${a}/notifications`,
    organization_url: `${a}/orgs/{org}`,
    organization_repositories_url: `${a}/orgs/{org}/repos{?type,page,per_page,sort}`,
    organization_teams_url: `${a}/orgs/{org}/teams`,
    public_gists_url: `${a}/gists/public`,
    rate_limit_url: `${a}/rate_limit`,
    repository_url: `${a}/repos/{owner}/{repo}`,
    repository_search_url: `${a}/search/repositories?q={query}{&page,per_page,sort,order}`,
    current_user_repositories_url: `${a}/user/repos{?type,page,per_page,sort}`,
    starred_url: `${a}/user/starred{/owner}{/repo}`,
    starred_gists_url: `${a}/gists/starred`,
    topic_search_url: `${a}/search/topics?q={query}{&page,per_page}`,
    user_url: `${a}/users/{user}`,
    user_organizations_url: `${a}/user/orgs`,
    user_repositories_url: `${a}/users/{user}/repos{?type,page,per_page,sort}`,
    user_search_url: `${a}/search/users?q={query}{&page,per_page}`
  });
}

export const handlers: HandlerMap = {
  'rate-limit/get': rateLimit,
  'meta/root': root
};
