import { describe, expect, it, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadOpenApiValidator, DEFAULT_API_VERSION, type OpenApiValidator } from '../../sandbox/openapi/validator.js';

type Obj = Record<string, unknown>;

const trimmedUrl = new URL('../../sandbox/openapi/api.github.com.trimmed.json', import.meta.url);
const doc = JSON.parse(readFileSync(trimmedUrl, 'utf8')) as {
  openapi: string;
  info: Obj & { 'x-trimmed-from': { package: string; version: string; operations: string[] } };
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: Obj;
};

const noQuery = new URLSearchParams();

function req(body: unknown, query = noQuery, headers: Record<string, string> = {}) {
  return { query, headers, body };
}

const user = {
  login: 'octocat',
  id: 1,
  node_id: 'MDQ6VXNlcjE=',
  avatar_url: 'https://github.com/images/error/octocat_happy.gif',
  gravatar_id: '',
  url: 'https://api.github.com/users/octocat',
  html_url: 'https://github.com/octocat',
  followers_url: 'https://api.github.com/users/octocat/followers',
  following_url: 'https://api.github.com/users/octocat/following{/other_user}',
  gists_url: 'https://api.github.com/users/octocat/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/octocat/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/octocat/subscriptions',
  organizations_url: 'https://api.github.com/users/octocat/orgs',
  repos_url: 'https://api.github.com/users/octocat/repos',
  events_url: 'https://api.github.com/users/octocat/events{/privacy}',
  received_events_url: 'https://api.github.com/users/octocat/received_events',
  type: 'User',
  site_admin: false
};

const release = {
  url: 'http://127.0.0.1:4000/repos/o/r/releases/1',
  html_url: 'http://127.0.0.1:4000/web/o/r/releases/tag/v1.0.0',
  assets_url: 'http://127.0.0.1:4000/repos/o/r/releases/1/assets',
  upload_url: 'http://127.0.0.1:4000/repos/o/r/releases/1/assets{?name,label}',
  tarball_url: 'http://127.0.0.1:4000/repos/o/r/tarball/v1.0.0',
  zipball_url: 'http://127.0.0.1:4000/repos/o/r/zipball/v1.0.0',
  id: 1,
  node_id: 'RE_1',
  tag_name: 'v1.0.0',
  target_commitish: 'main',
  name: 'v1.0.0',
  body: 'notes',
  draft: false,
  prerelease: false,
  created_at: '2026-01-02T03:04:05Z',
  published_at: '2026-01-02T03:04:05Z',
  author: user,
  assets: []
};

let v: OpenApiValidator;

beforeAll(async () => {
  v = await loadOpenApiValidator();
});

describe('trimmed description', () => {
  it('names its source and keeps exactly the listed operations', () => {
    const from = doc.info['x-trimmed-from'];
    expect(from.package).toBe('@octokit/openapi');
    expect(from.version).toBe('23.0.2');
    expect(from.operations).toHaveLength(59);
    expect(v.operationIds()).toEqual([...from.operations].sort());
    expect(v.operationIds()).toContain('repos/get-branch-rules');
    expect(v.operationIds()).toEqual(expect.arrayContaining(['pulls/list', 'pulls/create', 'pulls/update']));
  });

  it('is still a valid OpenAPI 3.0 description', () => {
    const require = createRequire(import.meta.url);
    const mod = require('openapi-schema-validator') as {
      default: new (o: { version: number }) => { validate(d: unknown): { errors: unknown[] } };
    };
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(new mod.default({ version: 3 }).validate(doc).errors).toEqual([]);
  });

  it('has no `nullable` without `type` left (the rewrite Ajv needs)', () => {
    const bad: string[] = [];
    const walk = (o: unknown, path: string): void => {
      if (Array.isArray(o)) o.forEach((x, i) => walk(x, `${path}/${i}`));
      else if (o && typeof o === 'object') {
        const r = o as Obj;
        if (r.nullable === true && r.type === undefined) bad.push(path);
        for (const [k, x] of Object.entries(r)) walk(x, `${path}/${k}`);
      }
    };
    walk(doc, '');
    expect(bad).toEqual([]);
  });

  it('compiles every declared response schema, under every API version', () => {
    const problems: string[] = [];
    for (const version of [DEFAULT_API_VERSION, '2026-03-10']) {
      for (const item of Object.values(doc.paths)) {
        for (const op of Object.values(item)) {
          for (const status of Object.keys(op.responses)) {
            for (const e of v.validateResponse(op.operationId, Number(status), { probe: true }, version)) {
              if (/does not compile|unknown operation/.test(e)) problems.push(`${op.operationId} ${status}: ${e}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('match', () => {
  const cases: Array<[string, string, string, Record<string, string>]> = [
    ['GET', '/', 'meta/root', {}],
    ['GET', '/rate_limit', 'rate-limit/get', {}],
    ['GET', '/repos/o/r', 'repos/get', { owner: 'o', repo: 'r' }],
    // git database, with slashes in refs (raw and percent-encoded)
    ['GET', '/repos/o/r/git/ref/heads/feature/x', 'git/get-ref', { owner: 'o', repo: 'r', ref: 'heads/feature/x' }],
    ['GET', '/repos/o/r/git/ref/heads%2Ffeature%2Fx', 'git/get-ref', { owner: 'o', repo: 'r', ref: 'heads/feature/x' }],
    ['GET', '/repos/o/r/git/matching-refs/tags/v1.', 'git/list-matching-refs', { owner: 'o', repo: 'r', ref: 'tags/v1.' }],
    ['POST', '/repos/o/r/git/refs', 'git/create-ref', { owner: 'o', repo: 'r' }],
    ['PATCH', '/repos/o/r/git/refs/heads/release/1.x', 'git/update-ref', { owner: 'o', repo: 'r', ref: 'heads/release/1.x' }],
    ['DELETE', '/repos/o/r/git/refs/tags/v1.0.0', 'git/delete-ref', { owner: 'o', repo: 'r', ref: 'tags/v1.0.0' }],
    ['POST', '/repos/o/r/git/tags', 'git/create-tag', { owner: 'o', repo: 'r' }],
    ['GET', '/repos/o/r/git/trees/abc123', 'git/get-tree', { owner: 'o', repo: 'r', tree_sha: 'abc123' }],
    ['GET', '/repos/o/r/git/blobs/abc123', 'git/get-blob', { owner: 'o', repo: 'r', file_sha: 'abc123' }],
    // commits: literal suffixes win over a ref that could swallow them
    ['GET', '/repos/o/r/commits/heads/main/check-runs', 'checks/list-for-ref', { owner: 'o', repo: 'r', ref: 'heads/main' }],
    ['GET', '/repos/o/r/commits/abc/status', 'repos/get-combined-status-for-ref', { owner: 'o', repo: 'r', ref: 'abc' }],
    ['GET', '/repos/o/r/commits/abc/statuses', 'repos/list-commit-statuses-for-ref', { owner: 'o', repo: 'r', ref: 'abc' }],
    ['GET', '/repos/o/r/commits/abc/pulls', 'repos/list-pull-requests-associated-with-commit', { owner: 'o', repo: 'r', commit_sha: 'abc' }],
    ['GET', '/repos/o/r/commits/feature/x', 'repos/get-commit', { owner: 'o', repo: 'r', ref: 'feature/x' }],
    ['GET', '/repos/o/r/commits', 'repos/list-commits', { owner: 'o', repo: 'r' }],
    ['GET', '/repos/o/r/compare/v1.0.0...feature/x', 'repos/compare-commits', { owner: 'o', repo: 'r', base: 'v1.0.0', head: 'feature/x' }],
    ['GET', '/repos/o/r/contents/deploy/config.yml', 'repos/get-content', { owner: 'o', repo: 'r', path: 'deploy/config.yml' }],
    ['POST', '/repos/o/r/statuses/abc', 'repos/create-commit-status', { owner: 'o', repo: 'r', sha: 'abc' }],
    // branches and rules
    ['GET', '/repos/o/r/branches/feat/x', 'repos/get-branch', { owner: 'o', repo: 'r', branch: 'feat/x' }],
    ['GET', '/repos/o/r/branches/main/protection', 'repos/get-branch-protection', { owner: 'o', repo: 'r', branch: 'main' }],
    [
      'GET',
      '/repos/o/r/branches/feat/x/protection/required_status_checks',
      'repos/get-status-checks-protection',
      { owner: 'o', repo: 'r', branch: 'feat/x' }
    ],
    ['GET', '/repos/o/r/rules/branches/release/2026', 'repos/get-branch-rules', { owner: 'o', repo: 'r', branch: 'release/2026' }],
    // releases: literal beats template
    ['GET', '/repos/o/r/releases/latest', 'repos/get-latest-release', { owner: 'o', repo: 'r' }],
    ['GET', '/repos/o/r/releases/42', 'repos/get-release', { owner: 'o', repo: 'r', release_id: '42' }],
    ['GET', '/repos/o/r/releases/tags/v1.2.3', 'repos/get-release-by-tag', { owner: 'o', repo: 'r', tag: 'v1.2.3' }],
    ['POST', '/repos/o/r/releases/generate-notes', 'repos/generate-release-notes', { owner: 'o', repo: 'r' }],
    ['PATCH', '/repos/o/r/releases/42', 'repos/update-release', { owner: 'o', repo: 'r', release_id: '42' }],
    // deployments
    ['POST', '/repos/o/r/deployments', 'repos/create-deployment', { owner: 'o', repo: 'r' }],
    ['GET', '/repos/o/r/deployments/7/statuses', 'repos/list-deployment-statuses', { owner: 'o', repo: 'r', deployment_id: '7' }],
    // actions
    ['POST', '/repos/o/r/actions/workflows/deploy.yml/dispatches', 'actions/create-workflow-dispatch', { owner: 'o', repo: 'r', workflow_id: 'deploy.yml' }],
    ['GET', '/repos/o/r/actions/workflows/deploy.yml/runs', 'actions/list-workflow-runs', { owner: 'o', repo: 'r', workflow_id: 'deploy.yml' }],
    ['GET', '/repos/o/r/actions/runs', 'actions/list-workflow-runs-for-repo', { owner: 'o', repo: 'r' }],
    ['GET', '/repos/o/r/actions/runs/9/jobs', 'actions/list-jobs-for-workflow-run', { owner: 'o', repo: 'r', run_id: '9' }],
    ['POST', '/repos/o/r/actions/runs/9/cancel', 'actions/cancel-workflow-run', { owner: 'o', repo: 'r', run_id: '9' }],
    // checks and pulls
    ['GET', '/repos/o/r/check-runs/5', 'checks/get', { owner: 'o', repo: 'r', check_run_id: '5' }],
    ['GET', '/repos/o/r/pulls/3/reviews', 'pulls/list-reviews', { owner: 'o', repo: 'r', pull_number: '3' }]
  ];

  it.each(cases)('%s %s -> %s', (method, path, operationId, params) => {
    expect(v.match(method, path)).toEqual({ operationId, params });
  });

  it('ignores case of the method, a trailing slash and a query string', () => {
    expect(v.match('get', '/repos/o/r/releases/')).toEqual({ operationId: 'repos/list-releases', params: { owner: 'o', repo: 'r' } });
    expect(v.match('GET', '/repos/o/r/releases?per_page=1')?.operationId).toBe('repos/list-releases');
  });

  it('answers HEAD with the GET operation', () => {
    expect(v.match('HEAD', '/repos/o/r/releases/latest')?.operationId).toBe('repos/get-latest-release');
  });

  it('returns null for unknown paths and methods', () => {
    expect(v.match('GET', '/repos/o/r/issues')).toBeNull();
    expect(v.match('PUT', '/repos/o/r/releases/1')).toBeNull();
    expect(v.match('DELETE', '/repos/o/r/releases/1')).toBeNull();
    expect(v.match('GET', '/repos/o/r/extra/git/ref/heads/main')).toBeNull();
  });
});

describe('validateRequest', () => {
  const createRelease = { operationId: 'repos/create-release', params: { owner: 'o', repo: 'r' } };

  it('accepts a valid create-release body', () => {
    expect(
      v.validateRequest(createRelease, req({ tag_name: 'v1.0.0', target_commitish: 'main', name: 'v1.0.0', draft: true, make_latest: 'legacy' }))
    ).toEqual([]);
  });

  it('names a missing required field', () => {
    expect(v.validateRequest(createRelease, req({ name: 'v1.0.0' }))).toEqual(['body.tag_name: is required']);
  });

  it('names fields of the wrong type or outside the enum', () => {
    const errors = v.validateRequest(createRelease, req({ tag_name: 1, draft: 'yes', make_latest: 'maybe' }));
    expect(errors).toContain('body.tag_name: must be string');
    expect(errors).toContain('body.draft: must be boolean');
    expect(errors).toContain('body.make_latest: must be one of "true", "false", "legacy"');
    expect(errors).toHaveLength(3);
  });

  it('flags top-level keys the description does not know', () => {
    expect(v.validateRequest(createRelease, req({ tag_name: 'v1', tagname: 'v1' }))).toEqual([
      'body.tagname: is not a property of the repos/create-release request body'
    ]);
  });

  it('requires a body where the operation requires one, and refuses one where it takes none', () => {
    expect(v.validateRequest(createRelease, req(undefined))).toEqual(['body: is required']);
    const cancel = v.match('POST', '/repos/o/r/actions/runs/9/cancel')!;
    expect(v.validateRequest(cancel, req(undefined))).toEqual([]);
    expect(v.validateRequest(cancel, req({ force: true }))).toEqual([
      'body: actions/cancel-workflow-run takes no request body, got {"force":true}'
    ]);
  });

  it('validates nested body fields with their path', () => {
    const createTree = v.match('POST', '/repos/o/r/git/trees')!;
    expect(v.validateRequest(createTree, req({ tree: [{ path: 'a.txt', mode: '100644', type: 'blob', sha: 'abc' }] }))).toEqual([]);
    expect(v.validateRequest(createTree, req({ tree: [{ path: 'a.txt', mode: '644', type: 'blob', content: 'x' }] }))).toContain(
      'body.tree[0].mode: must be one of "100644", "100755", "040000", "160000", "120000"'
    );
  });

  it('coerces query parameters per schema', () => {
    const list = v.match('GET', '/repos/o/r/actions/workflows/deploy.yml/runs')!;
    expect(v.validateRequest(list, req(undefined, new URLSearchParams('per_page=100&page=2&exclude_pull_requests=true&branch=main')))).toEqual([]);
    expect(v.validateRequest(list, req(undefined, new URLSearchParams('per_page=abc')))).toEqual(['query.per_page: must be integer']);
    expect(v.validateRequest(list, req(undefined, new URLSearchParams('exclude_pull_requests=yes')))).toEqual([
      'query.exclude_pull_requests: must be boolean'
    ]);
    expect(v.validateRequest(list, req(undefined, new URLSearchParams('status=finished')))[0]).toMatch(/^query\.status: must be one of "completed"/);
  });

  it('flags unknown and repeated query parameters', () => {
    const list = v.match('GET', '/repos/o/r/releases')!;
    expect(v.validateRequest(list, req(undefined, new URLSearchParams('perpage=10')))).toEqual([
      'query.perpage: is not a parameter of repos/list-releases'
    ]);
    expect(v.validateRequest(list, req(undefined, new URLSearchParams('page=1&page=2')))).toEqual(['query.page: given 2 times']);
  });

  it('coerces and checks path parameters', () => {
    expect(v.validateRequest(v.match('GET', '/repos/o/r/releases/42')!, req(undefined))).toEqual([]);
    expect(v.validateRequest(v.match('GET', '/repos/o/r/releases/abc')!, req(undefined))).toEqual(['path.release_id: must be integer']);
    // workflow_id is an integer or a file name
    expect(v.validateRequest(v.match('GET', '/repos/o/r/actions/workflows/12')!, req(undefined))).toEqual([]);
    expect(v.validateRequest(v.match('GET', '/repos/o/r/actions/workflows/deploy.yml')!, req(undefined))).toEqual([]);
  });

  it('validates against the API version the client asks for', () => {
    const dispatch = v.match('POST', '/repos/o/r/actions/workflows/deploy.yml/dispatches')!;
    const body = { ref: 'main', inputs: { version: '1.2.3' }, return_run_details: true };
    expect(v.validateRequest(dispatch, req(body))).toEqual([]);
    expect(v.validateRequest(dispatch, req(body, noQuery, { 'x-github-api-version': '2022-11-28' }))).toEqual([]);
    expect(v.validateRequest(dispatch, req(body, noQuery, { 'X-GitHub-Api-Version': '2026-03-10' }))).toEqual([
      'body.return_run_details: is not a property of the actions/create-workflow-dispatch request body'
    ]);
    expect(v.validateRequest(dispatch, req({ ref: 'main' }, noQuery, { 'x-github-api-version': '1999-01-01' }))).toEqual([
      'header.x-github-api-version: unsupported API version "1999-01-01" (supported: 2022-11-28, 2026-03-10)'
    ]);
  });
});

describe('validateResponse', () => {
  it('accepts a realistic release', () => {
    expect(v.validateResponse('repos/create-release', 201, release)).toEqual([]);
    expect(v.validateResponse('repos/list-releases', 200, [release, { ...release, id: 2, draft: true, published_at: null }])).toEqual([]);
  });

  it('names missing required fields and wrong types', () => {
    const { upload_url: _u, ...noUpload } = release;
    expect(v.validateResponse('repos/create-release', 201, noUpload)).toEqual(['response.upload_url: is required']);
    expect(v.validateResponse('repos/create-release', 201, { ...release, id: '1' })).toEqual(['response.id: must be integer']);
    expect(v.validateResponse('repos/list-releases', 200, [release, { ...release, draft: null }])).toEqual([
      'response[1].draft: must be boolean'
    ]);
    expect(v.validateResponse('repos/create-release', 201, { ...release, created_at: 'yesterday' })).toEqual([
      'response.created_at: must match format "date-time"'
    ]);
  });

  it('refuses a status the operation does not declare', () => {
    expect(v.validateResponse('repos/create-release', 200, release)).toEqual([
      'response: status 200 is not declared for repos/create-release (declared: 201, 404, 422)'
    ]);
    expect(v.validateResponse('repos/get-release', 418, { message: 'teapot' })).toEqual([
      'response: status 418 is not declared for repos/get-release (declared: 200, 401)'
    ]);
  });

  it('accepts generic errors GitHub may answer anywhere, in GitHub error shape', () => {
    expect(v.validateResponse('repos/get-release', 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })).toEqual([]);
    expect(v.validateResponse('repos/get-latest-release', 502, { message: 'Server Error' })).toEqual([]);
    expect(v.validateResponse('repos/get-latest-release', 304, undefined)).toEqual([]);
    expect(v.validateResponse('repos/get-latest-release', 503, {})).toEqual(['response.message: is required']);
    expect(
      v.validateResponse('repos/create-release', 422, { message: 'Validation Failed', documentation_url: 'x', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] })
    ).toEqual([]);
    expect(v.validateResponse('repos/create-release', 422, { message: 'Validation Failed', errors: [{ field: 'tag_name' }] })).toEqual([
      'response.documentation_url: is required',
      'response.errors[0].code: is required'
    ]);
  });

  it('refuses a body on 204 (and 304) and requires one where JSON is declared', () => {
    expect(v.validateResponse('actions/create-workflow-dispatch', 204, undefined)).toEqual([]);
    expect(v.validateResponse('actions/create-workflow-dispatch', 204, { ok: true })).toEqual([
      'response: status 204 must have no body, got {"ok":true}'
    ]);
    expect(v.validateResponse('git/delete-ref', 304, { message: 'x' })).toEqual(['response: status 304 must have no body, got {"message":"x"}']);
    expect(v.validateResponse('repos/get-release', 200, undefined)).toEqual([
      'response: status 200 of repos/get-release needs a application/json body'
    ]);
  });

  it('follows the API version: 2026-03-10 dispatch always answers 200', () => {
    const details = { workflow_run_id: 1, run_url: 'http://127.0.0.1/repos/o/r/actions/runs/1', html_url: 'http://127.0.0.1/web/o/r/actions/runs/1' };
    expect(v.validateResponse('actions/create-workflow-dispatch', 200, details)).toEqual([]);
    expect(v.validateResponse('actions/create-workflow-dispatch', 204, undefined, '2026-03-10')).toEqual([
      'response: status 204 is not declared for actions/create-workflow-dispatch (declared: 200)'
    ]);
    expect(v.validateResponse('actions/create-workflow-dispatch', 200, details, '2026-03-10')).toEqual([]);
  });

  it('accepts null where GitHub marks a schema nullable without a type (rewritten schemas)', () => {
    const onAuthor = (author: unknown) =>
      v.validateResponse('repos/get-commit', 200, { author }).filter((e) => e.startsWith('response.author'));
    expect(onAuthor(null)).toEqual([]);
    expect(onAuthor({})).toEqual([]); // empty-object branch
    expect(onAuthor(5).length).toBeGreaterThan(0);
    // conclusion of a job still running: null added to the enum
    const onConclusion = (conclusion: unknown) =>
      v.validateResponse('actions/list-jobs-for-workflow-run', 200, { total_count: 1, jobs: [{ conclusion }] }).filter((e) =>
        e.startsWith('response.jobs[0].conclusion')
      );
    expect(onConclusion(null)).toEqual([]);
    expect(onConclusion('success')).toEqual([]);
    expect(onConclusion('done')).toEqual([
      'response.jobs[0].conclusion: must be one of "success", "failure", "neutral", "cancelled", "skipped", "timed_out", "action_required", null'
    ]);
  });

  it('rejects an unknown operation', () => {
    expect(v.validateResponse('repos/delete', 204, undefined)).toEqual(['unknown operation repos/delete']);
  });
});

describe('loadOpenApiValidator', () => {
  it('is memoised', async () => {
    expect(await loadOpenApiValidator()).toBe(v);
  });
});
