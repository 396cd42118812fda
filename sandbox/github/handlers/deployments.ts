/**
 * Deployments and deployment statuses.
 *
 * create-deployment follows GitHub where it matters to the action (its 409 answers carry GitHub's
 * JSON error body, which the description does not declare):
 * - `ref` must resolve (branch, tag or SHA), else 422 `No ref found for: X`.
 * - `required_contexts` omitted means "every context on the commit" (newest commit status per
 *   context, newest check run per name); any that is not green answers 409
 *   `Conflict: Commit status checks failed for X.` with the contexts. `required_contexts: []`
 *   skips the check; a non-empty list checks those contexts only (a missing one is not green).
 * - `auto_merge` (default true), simplified: when `ref` is a branch other than the default branch
 *   and does not contain the default branch's head, GitHub would try to merge the default branch
 *   into it; the sandbox never merges and answers 409 `Conflict merging main into X.` instead.
 *   (GitHub answers 202 "Auto-merged ..." when that merge is clean.) SHAs and tags never merge.
 */
import {
  BOT_LOGIN,
  iso,
  nodeId,
  simpleUser,
  undescribed,
  type DeploymentRecord,
  type DeploymentState,
  type DeploymentStatusRecord,
  type RunRecord
} from '../entities.js';
import { apiRepoUrl, githubError, htmlUrl, json, notFound, paginate, validationFailed } from '../http.js';
import type { HandlerContext, HandlerMap, SandboxRequest, SandboxResponse, SandboxState } from '../types.js';
import { commitContexts } from './checks.js';

const STATES: readonly DeploymentState[] = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
export const MAX_STATUS_DESCRIPTION = 140;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------
// Records

interface NewDeployment {
  sha: string;
  ref: string;
  task?: string;
  environment?: string;
  payload?: Record<string, unknown> | string;
  description?: string | null;
  transientEnvironment?: boolean;
  productionEnvironment?: boolean;
  creator?: string;
  nowMs: number;
}

function createDeployment(state: SandboxState, d: NewDeployment): DeploymentRecord {
  const environment = d.environment ?? 'production';
  const rec: DeploymentRecord = {
    id: state.nextId(),
    sha: d.sha,
    ref: d.ref,
    task: d.task ?? 'deploy',
    payload: d.payload ?? {},
    environment,
    originalEnvironment: environment,
    description: d.description ?? '',
    creator: d.creator ?? BOT_LOGIN,
    createdAt: iso(d.nowMs),
    updatedAt: iso(d.nowMs),
    transientEnvironment: d.transientEnvironment ?? false,
    productionEnvironment: d.productionEnvironment ?? environment === 'production'
  };
  state.deployments.push(rec);
  return rec;
}

interface NewStatus {
  state: DeploymentState;
  description?: string;
  environment?: string;
  logUrl?: string;
  environmentUrl?: string;
  autoInactive?: boolean;
  creator?: string;
  nowMs: number;
}

/** The newest status of a deployment, if any. */
export function latestDeploymentStatus(state: SandboxState, deploymentId: number): DeploymentStatusRecord | undefined {
  let latest: DeploymentStatusRecord | undefined;
  for (const s of state.deploymentStatuses) if (s.deploymentId === deploymentId && (!latest || s.id > latest.id)) latest = s;
  return latest;
}

function createStatus(state: SandboxState, dep: DeploymentRecord, s: NewStatus): DeploymentStatusRecord {
  if (s.environment) dep.environment = s.environment;
  const at = iso(s.nowMs);
  const rec: DeploymentStatusRecord = {
    id: state.nextId(),
    deploymentId: dep.id,
    state: s.state,
    description: s.description ?? '',
    environment: dep.environment,
    logUrl: s.logUrl ?? '',
    environmentUrl: s.environmentUrl ?? '',
    creator: s.creator ?? BOT_LOGIN,
    createdAt: at,
    updatedAt: at
  };
  state.deploymentStatuses.push(rec);
  dep.updatedAt = at;
  // auto_inactive: prior non-transient, non-production deployments to the same environment whose
  // latest status is success get an `inactive` status (GitHub's documented rule).
  if (s.state === 'success' && s.autoInactive !== false) {
    for (const other of state.deployments) {
      if (other.id === dep.id || other.environment !== dep.environment) continue;
      if (other.transientEnvironment || other.productionEnvironment || other.id > dep.id) continue;
      if (latestDeploymentStatus(state, other.id)?.state !== 'success') continue;
      createStatus(state, other, { state: 'inactive', nowMs: s.nowMs, autoInactive: false, description: '' });
    }
  }
  return rec;
}

export interface AddDeploymentOptions {
  /** Branch, tag or SHA (default: the default branch). */
  ref?: string;
  sha?: string;
  environment?: string;
  task?: string;
  payload?: Record<string, unknown> | string;
  description?: string;
  /** Its latest status (default success); `null`: no status at all. */
  state?: DeploymentState | null;
  logUrl?: string;
  environmentUrl?: string;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
  creator?: string;
  now?: Date | number;
}

/** Adds a deployment (e.g. a successful staging deployment of a commit) with its status. */
export function addDeployment(state: SandboxState, opts: AddDeploymentOptions = {}): DeploymentRecord {
  const nowMs = opts.now === undefined ? Date.now() : new Date(opts.now).getTime();
  const ref = opts.ref ?? opts.sha ?? state.defaultBranch;
  const sha = opts.sha ?? state.git.resolveCommit(ref);
  if (!sha) throw new Error(`addDeployment: no commit for ${ref}`);
  const dep = createDeployment(state, {
    sha,
    ref,
    task: opts.task,
    environment: opts.environment ?? 'staging',
    payload: opts.payload,
    description: opts.description,
    productionEnvironment: opts.productionEnvironment,
    transientEnvironment: opts.transientEnvironment,
    creator: opts.creator,
    nowMs
  });
  const st = opts.state === undefined ? 'success' : opts.state;
  if (st) createStatus(state, dep, { state: st, logUrl: opts.logUrl, environmentUrl: opts.environmentUrl, creator: opts.creator, nowMs });
  return dep;
}

/** Adds a status to a deployment (GitHub's own job deployments follow their run this way). */
export function addDeploymentStatus(state: SandboxState, deploymentId: number, st: DeploymentState, description: string, nowMs: number): void {
  const dep = state.deployments.find((d) => d.id === deploymentId);
  if (dep) createStatus(state, dep, { state: st, description, nowMs });
}

/** GitHub's own deployment of a run's job, made when a run that waits for reviewers is created. */
export function recordJobDeployment(state: SandboxState, run: RunRecord): void {
  const approval = run.script.approval;
  if (!approval) return;
  const dep = addDeployment(state, { ref: run.headBranch ?? run.headSha, sha: run.headSha, environment: approval.environment, state: 'queued', creator: BOT_LOGIN, now: run.createdAtMs });
  run.jobDeploymentId = dep.id;
}

/** The job deployment's final status, once the run completed. */
export function settleJobDeployment(state: SandboxState, run: RunRecord, conclusion: string | null, atMs: number): void {
  if (run.jobDeploymentId !== undefined) addDeploymentStatus(state, run.jobDeploymentId, conclusion === 'success' ? 'success' : 'failure', `run ${run.id} ${conclusion ?? 'ended'}`, atMs);
}

/** Statuses of a deployment, newest first. */
export function deploymentStatusesOf(state: SandboxState, deploymentId: number): DeploymentStatusRecord[] {
  return state.deploymentStatuses.filter((s) => s.deploymentId === deploymentId).sort((a, b) => b.id - a.id);
}

// ---------------------------------------------------------------------------------------------
// Views

function deploymentUrl(ctx: HandlerContext, id: number): string {
  return apiRepoUrl(ctx, `/deployments/${id}`);
}

export function deploymentView(ctx: HandlerContext, d: DeploymentRecord) {
  return {
    url: deploymentUrl(ctx, d.id),
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(ctx, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${deploymentUrl(ctx, d.id)}/statuses`,
    repository_url: apiRepoUrl(ctx),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
    performed_via_github_app: null
  };
}

/**
 * GitHub writes `""` for an unset log_url / environment_url / target_url, which its description
 * (format uri) does not allow: unset optional URLs are left out, and the required target_url
 * falls back to the environment's deployments page.
 */
function statusView(ctx: HandlerContext, s: DeploymentStatusRecord) {
  const optionalUrls: Record<string, string> = {};
  if (s.environmentUrl) optionalUrls.environment_url = s.environmentUrl;
  if (s.logUrl) optionalUrls.log_url = s.logUrl;
  return {
    url: `${deploymentUrl(ctx, s.deploymentId)}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: simpleUser(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl || htmlUrl(ctx, `/deployments/${encodeURIComponent(s.environment)}`),
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    deployment_url: deploymentUrl(ctx, s.deploymentId),
    repository_url: apiRepoUrl(ctx),
    ...optionalUrls,
    performed_via_github_app: null
  };
}

// ---------------------------------------------------------------------------------------------
// Handlers

function findDeployment(state: SandboxState, id: string): DeploymentRecord | undefined {
  return /^\d+$/.test(id) ? state.deployments.find((d) => d.id === Number(id)) : undefined;
}

function isBranchName(state: SandboxState, ref: string): boolean {
  return !/^[0-9a-f]{7,40}$/.test(ref) && state.git.getRef(`refs/heads/${ref.replace(/^refs\/heads\//, '')}`) !== undefined;
}

function create(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const { state } = ctx;
  const nowMs = ctx.now().getTime();
  const body: Record<string, unknown> = isRecord(req.body) ? req.body : {};
  const ref = body.ref;
  if (typeof ref !== 'string' || ref === '') return validationFailed('Invalid request.\n\n"ref" wasn\'t supplied.');
  const sha = state.git.resolveCommit(ref);
  if (!sha) return validationFailed(`No ref found for: ${ref}`);

  const autoMerge = body.auto_merge !== false;
  if (autoMerge && isBranchName(state, ref)) {
    const branch = ref.replace(/^refs\/heads\//, '');
    const defaultHead = state.git.getRef(`refs/heads/${state.defaultBranch}`);
    if (branch !== state.defaultBranch && defaultHead && !state.git.isAncestor(defaultHead, sha)) {
      return undescribed(githubError(409, `Conflict merging ${state.defaultBranch} into ${branch}.`));
    }
  }

  const contexts = commitContexts(state, sha, nowMs);
  let required: Array<{ context: string; state: string }>;
  if (body.required_contexts === undefined) {
    required = contexts;
  } else if (Array.isArray(body.required_contexts)) {
    required = body.required_contexts.map((name) => contexts.find((c) => c.context === String(name)) ?? { context: String(name), state: 'missing' });
  } else {
    return validationFailed('Invalid request.\n\nFor \'properties/required_contexts\', is not an array.');
  }
  const red = required.filter((c) => c.state !== 'success');
  if (red.length > 0) {
    return undescribed(
      githubError(409, `Conflict: Commit status checks failed for ${ref}.`, {
        errors: [{ contexts: red, resource: 'Deployment', field: 'required_contexts', code: 'invalid' }]
      })
    );
  }

  const payload = body.payload;
  const dep = createDeployment(state, {
    sha,
    ref,
    task: typeof body.task === 'string' ? body.task : undefined,
    environment: typeof body.environment === 'string' ? body.environment : undefined,
    payload: typeof payload === 'string' || isRecord(payload) ? payload : undefined,
    description: typeof body.description === 'string' || body.description === null ? body.description : undefined,
    transientEnvironment: typeof body.transient_environment === 'boolean' ? body.transient_environment : undefined,
    productionEnvironment: typeof body.production_environment === 'boolean' ? body.production_environment : undefined,
    nowMs
  });
  return json(201, deploymentView(ctx, dep));
}

function createStatusHandler(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const dep = findDeployment(ctx.state, req.params.deployment_id);
  if (!dep) return notFound();
  const body: Record<string, unknown> = isRecord(req.body) ? req.body : {};
  const st = body.state;
  if (typeof st !== 'string' || !STATES.includes(st as DeploymentState)) {
    return validationFailed('Validation Failed', [
      { resource: 'DeploymentStatus', code: 'custom', field: 'state', message: 'state is not included in the list' }
    ]);
  }
  const description = typeof body.description === 'string' ? body.description : '';
  if (description.length > MAX_STATUS_DESCRIPTION) {
    return validationFailed('Validation Failed', [
      {
        resource: 'DeploymentStatus',
        code: 'custom',
        field: 'description',
        message: `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`
      }
    ]);
  }
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const rec = createStatus(ctx.state, dep, {
    state: st as DeploymentState,
    description,
    environment: str(body.environment),
    logUrl: str(body.log_url) ?? str(body.target_url),
    environmentUrl: str(body.environment_url),
    autoInactive: body.auto_inactive !== false,
    nowMs: ctx.now().getTime()
  });
  return json(201, statusView(ctx, rec));
}

export const handlers: HandlerMap = {
  'repos/create-deployment': create,

  'repos/list-deployments': (req, ctx) => {
    const q = req.query;
    const sha = q.get('sha');
    const ref = q.get('ref');
    const task = q.get('task');
    const environment = q.get('environment');
    const list = ctx.state.deployments
      .filter((d) => !sha || d.sha === sha)
      .filter((d) => !ref || d.ref === ref)
      .filter((d) => !task || d.task === task)
      .filter((d) => !environment || d.environment === environment)
      .sort((a, b) => b.id - a.id)
      .map((d) => deploymentView(ctx, d));
    return paginate(req, ctx, list);
  },

  'repos/get-deployment': (req, ctx) => {
    const d = findDeployment(ctx.state, req.params.deployment_id);
    return d ? json(200, deploymentView(ctx, d)) : notFound();
  },

  'repos/create-deployment-status': createStatusHandler,

  'repos/list-deployment-statuses': (req, ctx) => {
    const d = findDeployment(ctx.state, req.params.deployment_id);
    if (!d) return notFound();
    return paginate(
      req,
      ctx,
      deploymentStatusesOf(ctx.state, d.id).map((s) => statusView(ctx, s))
    );
  },

  'repos/get-deployment-status': (req, ctx) => {
    const d = findDeployment(ctx.state, req.params.deployment_id);
    const s = d && ctx.state.deploymentStatuses.find((x) => x.deploymentId === d.id && String(x.id) === req.params.status_id);
    return s ? json(200, statusView(ctx, s)) : notFound();
  }
};
