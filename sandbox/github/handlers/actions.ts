/**
 * GitHub Actions: workflows (read from .github/workflows at the default branch's head), workflow
 * dispatch with GitHub's validation, runs that move through a scripted life by time, jobs, cancel.
 *
 * Nothing runs on timers: a run's status is computed from its creation time, its RunScript and
 * the clock on every read. Completion effects (a successful deploy run with a `version` or `tag`
 * input sets `state.deployedVersion[environment]`) are applied by `settleRuns`, which every
 * handler here and the demo service call before they read.
 */
import { parse as parseYaml } from 'yaml';
import {
  BOT_LOGIN,
  iso,
  minimalRepository,
  nodeId,
  simpleUser,
  undescribed,
  type RunJobRecord,
  type RunRecord,
  type WorkflowRecord
} from '../entities.js';
import { apiRepoUrl, githubError, htmlUrl, json, notFound, paginate, validationFailed } from '../http.js';
import type { HandlerContext, HandlerMap, RunScript, SandboxRequest, SandboxResponse, SandboxState } from '../types.js';
import { recordJobDeployment, settleJobDeployment } from './deployments.js';

/** The script of runs when the scenario names none: queued 50 ms, in progress 50 ms, success. */
export const DEFAULT_RUN_SCRIPT: RunScript = { statuses: ['queued', 'in_progress'], stepMs: 50, conclusion: 'success' };

/** GitHub's limit on the number of inputs of one dispatch. */
export const MAX_DISPATCH_INPUTS = 25;

/** The REST API version whose dispatch always answers with the run's details. */
export const API_VERSION_RUN_DETAILS = '2026-03-10';

const WORKFLOWS_DIR = '.github/workflows';

// ---------------------------------------------------------------------------------------------
// Workflows

interface ParsedWorkflow {
  name?: string;
  runName?: string;
  /** Undefined when the workflow has no workflow_dispatch trigger. */
  dispatch?: { inputs: Record<string, DispatchInput> };
  jobs: Array<{ name: string; steps: string[] }>;
}

interface DispatchInput {
  required: boolean;
  default?: string;
  type?: string;
  options?: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalarString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Parses a workflow file leniently (a file that does not parse has a name only). */
export function parseWorkflow(text: string): ParsedWorkflow {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return { jobs: [] };
  }
  if (!isRecord(doc)) return { jobs: [] };
  const out: ParsedWorkflow = { jobs: [] };
  if (typeof doc.name === 'string') out.name = doc.name;
  if (typeof doc['run-name'] === 'string') out.runName = doc['run-name'];

  const on = doc.on;
  if (on === 'workflow_dispatch' || (Array.isArray(on) && on.includes('workflow_dispatch'))) {
    out.dispatch = { inputs: {} };
  } else if (isRecord(on) && 'workflow_dispatch' in on) {
    const wd = on.workflow_dispatch;
    const inputs: Record<string, DispatchInput> = {};
    if (isRecord(wd) && isRecord(wd.inputs)) {
      for (const [key, spec] of Object.entries(wd.inputs)) {
        const s = isRecord(spec) ? spec : {};
        const input: DispatchInput = { required: s.required === true };
        const def = scalarString(s.default);
        if (def !== undefined) input.default = def;
        if (typeof s.type === 'string') input.type = s.type;
        if (Array.isArray(s.options)) input.options = s.options.map((o) => String(o));
        inputs[key] = input;
      }
    }
    out.dispatch = { inputs };
  }

  if (isRecord(doc.jobs)) {
    for (const [key, job] of Object.entries(doc.jobs)) {
      const j = isRecord(job) ? job : {};
      const name = typeof j.name === 'string' && !j.name.includes('${{') ? j.name : key;
      const steps: string[] = [];
      if (Array.isArray(j.steps)) {
        j.steps.forEach((step, i) => {
          const st = isRecord(step) ? step : {};
          if (typeof st.name === 'string') steps.push(st.name);
          else if (typeof st.uses === 'string') steps.push(`Run ${st.uses}`);
          else if (typeof st.run === 'string') steps.push(`Run ${st.run.split('\n')[0].trim()}`);
          else steps.push(`Step ${i + 1}`);
        });
      }
      out.jobs.push({ name, steps });
    }
  }
  return out;
}

function workflowFilesAt(state: SandboxState, commitish: string): string[] {
  const sha = state.git.resolveCommit(commitish);
  if (!sha) return [];
  const commit = state.git.getCommit(sha);
  if (!commit) return [];
  let tree = state.git.getTree(commit.tree);
  for (const part of WORKFLOWS_DIR.split('/')) {
    const entry = tree?.find((e) => e.path === part && e.type === 'tree');
    tree = entry ? state.git.getTree(entry.sha) : undefined;
  }
  if (!tree) return [];
  return tree
    .filter((e) => e.type === 'blob' && /\.ya?ml$/.test(e.path))
    .map((e) => `${WORKFLOWS_DIR}/${e.path}`)
    .sort();
}

function defaultHead(state: SandboxState): string | undefined {
  return state.git.getRef(`refs/heads/${state.defaultBranch}`) ?? state.git.resolveCommit(state.defaultBranch);
}

function workflowRecord(state: SandboxState, path: string, nowMs: number): WorkflowRecord {
  let rec = state.workflows.find((w) => w.path === path);
  if (!rec) {
    rec = { id: state.nextId(), path, name: path, state: 'active', createdAt: iso(nowMs), updatedAt: iso(nowMs) };
    state.workflows.push(rec);
  }
  return rec;
}

/**
 * The workflows at the default branch's head, in path order. Records (and so ids) are kept per
 * path: a file that comes back later gets its old id.
 */
export function syncWorkflows(state: SandboxState, nowMs = Date.now()): WorkflowRecord[] {
  const head = defaultHead(state);
  if (!head) return [];
  return workflowFilesAt(state, head).map((path) => {
    const rec = workflowRecord(state, path, nowMs);
    const text = state.git.readFile(head, path)?.toString('utf8') ?? '';
    const name = parseWorkflow(text).name ?? path;
    if (rec.name !== name) {
      rec.name = name;
      rec.updatedAt = iso(nowMs);
    }
    return rec;
  });
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A workflow by id, file name (deploy.yml) or path (.github/workflows/deploy.yml). */
export function findWorkflow(state: SandboxState, idOrFile: string | number, nowMs = Date.now()): WorkflowRecord | undefined {
  const current = syncWorkflows(state, nowMs);
  const key = String(idOrFile);
  if (/^\d+$/.test(key)) return state.workflows.find((w) => w.id === Number(key));
  return current.find((w) => w.path === key || baseName(w.path) === key);
}

function workflowView(ctx: HandlerContext, w: WorkflowRecord) {
  return {
    id: w.id,
    node_id: nodeId('Workflow', w.id),
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: w.createdAt,
    updated_at: w.updatedAt,
    url: apiRepoUrl(ctx, `/actions/workflows/${w.id}`),
    html_url: htmlUrl(ctx, `/blob/${ctx.state.defaultBranch}/${w.path}`),
    badge_url: htmlUrl(ctx, `/workflows/${baseName(w.path)}/badge.svg`)
  };
}

// ---------------------------------------------------------------------------------------------
// Runs: life by time

export interface RunPhase {
  status: string;
  conclusion: string | null;
  /** When the current status began (the run's updated_at). */
  updatedAtMs: number;
  completedAtMs: number | null;
  /** Index in script.statuses while not completed. */
  statusIndex: number;
}

/** When a run waiting for reviewers goes on (Infinity: not approved). */
export function approvedAt(run: RunRecord): number {
  const approval = run.script.approval;
  if (!approval) return run.createdAtMs;
  return run.approvedAtMs ?? (approval.afterMs !== undefined ? run.createdAtMs + approval.afterMs : Infinity);
}

/** Where a run is at `nowMs`, from its script (and an approval, a cancel or an end from outside, if any). */
export function runPhase(run: RunRecord, nowMs: number): RunPhase {
  const { statuses, stepMs, conclusion } = run.script;
  const startMs = approvedAt(run);
  const cancelAt = run.cancelledAtMs ?? Infinity;
  const completed = (at: number, c: string | null): RunPhase => ({ status: 'completed', conclusion: c, updatedAtMs: at, completedAtMs: at, statusIndex: statuses.length });
  if (nowMs < startMs || cancelAt < startMs || (run.rejectedAtMs ?? Infinity) < startMs) {
    // Waiting for reviewers: a cancel or a rejection ends it without running anything.
    const endAt = Math.min(cancelAt, run.rejectedAtMs ?? Infinity);
    if (nowMs >= endAt) return completed(endAt, cancelAt <= endAt ? 'cancelled' : 'failure');
    return { status: 'waiting', conclusion: null, updatedAtMs: run.createdAtMs, completedAtMs: null, statusIndex: 0 };
  }
  const scriptedEnd = conclusion === 'never' ? Infinity : startMs + statuses.length * Math.max(0, stepMs);
  const endedAt = run.endedAtMs ?? Infinity;
  const naturalEnd = Math.min(scriptedEnd, endedAt);
  const endAt = Math.min(naturalEnd, cancelAt);
  if (nowMs >= endAt) {
    if (cancelAt <= naturalEnd) return completed(endAt, 'cancelled');
    return completed(endAt, endedAt < scriptedEnd ? (run.endConclusion ?? 'success') : conclusion);
  }
  if (statuses.length === 0) {
    return { status: 'in_progress', conclusion: null, updatedAtMs: startMs, completedAtMs: null, statusIndex: 0 };
  }
  const elapsed = Math.max(0, nowMs - startMs);
  const idx = stepMs > 0 ? Math.min(statuses.length - 1, Math.floor(elapsed / stepMs)) : statuses.length - 1;
  return {
    status: statuses[idx],
    conclusion: null,
    updatedAtMs: startMs + idx * Math.max(0, stepMs),
    completedAtMs: null,
    statusIndex: idx
  };
}

/** The version a finished deploy run leaves behind: its `version` (or `tag`) input, without a leading v. */
export function deployedVersionOf(run: RunRecord): { environment: string; version: string } | undefined {
  const raw = run.inputs.version || run.inputs.tag;
  if (!raw) return undefined;
  return { environment: run.inputs.environment || 'production', version: raw.replace(/^v/, '') };
}

/** Applies the effects of runs completed by `nowMs`, in completion order. */
export function settleRuns(state: SandboxState, nowMs = Date.now()): void {
  const done: Array<{ run: RunRecord; phase: RunPhase }> = [];
  for (const run of state.runs) {
    if (run.settled) continue;
    const phase = runPhase(run, nowMs);
    if (phase.status === 'completed') done.push({ run, phase });
  }
  done.sort((a, b) => (a.phase.completedAtMs ?? 0) - (b.phase.completedAtMs ?? 0) || a.run.id - b.run.id);
  for (const { run, phase } of done) {
    run.settled = true;
    settleJobDeployment(state, run, phase.conclusion, phase.completedAtMs ?? nowMs);
    if (phase.conclusion !== 'success') continue;
    const deployed = deployedVersionOf(run);
    if (deployed) state.deployedVersion[deployed.environment] = deployed.version;
  }
}

function runView(ctx: HandlerContext, run: RunRecord) {
  const phase = runPhase(run, ctx.now().getTime());
  const commit = ctx.state.git.getCommit(run.headSha);
  const runUrl = apiRepoUrl(ctx, `/actions/runs/${run.id}`);
  const checkSuiteId = run.id + 500_000_000;
  const repository = minimalRepository(ctx);
  const actor = simpleUser(ctx, run.actor);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId('CheckSuite', checkSuiteId),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflowPath,
    run_number: run.runNumber,
    event: run.event,
    display_title: run.displayTitle,
    status: phase.status,
    conclusion: phase.conclusion,
    workflow_id: run.workflowId,
    url: runUrl,
    html_url: htmlUrl(ctx, `/actions/runs/${run.id}`),
    pull_requests: [],
    created_at: iso(run.createdAtMs),
    updated_at: iso(phase.updatedAtMs),
    actor,
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    run_started_at: iso(run.createdAtMs),
    triggering_actor: actor,
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    check_suite_url: apiRepoUrl(ctx, `/check-suites/${checkSuiteId}`),
    artifacts_url: `${runUrl}/artifacts`,
    cancel_url: `${runUrl}/cancel`,
    rerun_url: `${runUrl}/rerun`,
    previous_attempt_url: null,
    workflow_url: apiRepoUrl(ctx, `/actions/workflows/${run.workflowId}`),
    head_commit: commit
      ? {
          id: commit.sha,
          tree_id: commit.tree,
          message: commit.message,
          timestamp: commit.committer.date,
          author: { name: commit.author.name, email: commit.author.email },
          committer: { name: commit.committer.name, email: commit.committer.email }
        }
      : null,
    repository,
    head_repository: repository
  };
}

// ---------------------------------------------------------------------------------------------
// Jobs

type JobConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

function jobConclusion(runConclusion: string | null): JobConclusion {
  switch (runConclusion) {
    case 'success':
    case 'failure':
    case 'neutral':
    case 'cancelled':
    case 'skipped':
    case 'timed_out':
    case 'action_required':
      return runConclusion;
    case 'stale':
      return 'cancelled';
    default:
      return 'failure';
  }
}

function jobsForRun(run: RunRecord, nowMs: number) {
  const phase = runPhase(run, nowMs);
  const { failedJob, failedStep } = run.script;
  const failedJobName = failedJob ?? run.jobs[0]?.name;
  return run.jobs.map((job) => {
    const stepsOut: Array<{ name: string; status: 'queued' | 'in_progress' | 'completed'; conclusion: string | null; number: number }> = [];
    let status: string;
    let conclusion: JobConclusion | null = null;
    if (phase.status !== 'completed') {
      status = phase.status === 'in_progress' ? 'in_progress' : phase.status;
      job.steps.forEach((name, i) => {
        if (status !== 'in_progress') stepsOut.push({ name, status: 'queued', conclusion: null, number: i + 1 });
        else if (i === 0) stepsOut.push({ name, status: 'completed', conclusion: 'success', number: i + 1 });
        else if (i === 1) stepsOut.push({ name, status: 'in_progress', conclusion: null, number: i + 1 });
        else stepsOut.push({ name, status: 'queued', conclusion: null, number: i + 1 });
      });
    } else {
      status = 'completed';
      const runConclusion = jobConclusion(phase.conclusion);
      const isFailedJob = runConclusion !== 'success' && job.name === failedJobName;
      conclusion = runConclusion === 'success' ? 'success' : isFailedJob || runConclusion === 'cancelled' ? runConclusion : 'success';
      const badIndex = isFailedJob ? badStepIndex(job, failedStep) : runConclusion === 'cancelled' ? 1 : -1;
      job.steps.forEach((name, i) => {
        let c: string = 'success';
        if (badIndex >= 0 && i === badIndex) c = conclusion === 'cancelled' ? 'cancelled' : conclusion ?? 'failure';
        else if (badIndex >= 0 && i > badIndex && i < job.steps.length - 1) c = 'skipped';
        stepsOut.push({ name, status: 'completed', conclusion: c, number: i + 1 });
      });
    }
    return { job, status, conclusion, steps: stepsOut, phase };
  });
}

function badStepIndex(job: RunJobRecord, failedStep: string | undefined): number {
  if (failedStep) {
    const i = job.steps.indexOf(failedStep);
    if (i >= 0) return i;
  }
  return job.steps.length > 2 ? job.steps.length - 2 : job.steps.length - 1;
}

function jobView(ctx: HandlerContext, run: RunRecord, j: ReturnType<typeof jobsForRun>[number]) {
  const started = j.status !== 'queued' && j.status !== 'waiting' && j.status !== 'pending' && j.status !== 'requested';
  const completedAt = j.phase.completedAtMs === null ? null : iso(j.phase.completedAtMs);
  return {
    id: j.job.id,
    run_id: run.id,
    run_url: apiRepoUrl(ctx, `/actions/runs/${run.id}`),
    run_attempt: run.runAttempt,
    node_id: nodeId('Job', j.job.id),
    head_sha: run.headSha,
    url: apiRepoUrl(ctx, `/actions/jobs/${j.job.id}`),
    html_url: htmlUrl(ctx, `/actions/runs/${run.id}/job/${j.job.id}`),
    status: j.status,
    conclusion: j.conclusion,
    created_at: iso(run.createdAtMs),
    started_at: iso(run.createdAtMs),
    completed_at: completedAt,
    name: j.job.name,
    steps: j.steps.map((s) => ({
      ...s,
      started_at: s.status === 'queued' ? null : iso(run.createdAtMs),
      completed_at: s.status === 'completed' ? completedAt : null
    })),
    check_run_url: apiRepoUrl(ctx, `/check-runs/${j.job.id}`),
    labels: ['ubuntu-latest'],
    runner_id: started ? 1 : null,
    runner_name: started ? 'GitHub Actions 1' : null,
    runner_group_id: started ? 2 : null,
    runner_group_name: started ? 'GitHub Actions' : null,
    workflow_name: run.name,
    head_branch: run.headBranch
  };
}

function buildJobs(state: SandboxState, parsed: ParsedWorkflow, script: RunScript): RunJobRecord[] {
  const specs = parsed.jobs.length > 0 ? parsed.jobs.map((j) => ({ ...j, steps: [...j.steps] })) : [{ name: 'deploy', steps: ['Deploy'] }];
  if (script.failedJob && !specs.some((j) => j.name === script.failedJob)) specs.push({ name: script.failedJob, steps: [] });
  const failedJobName = script.failedJob ?? specs[0].name;
  return specs.map((spec) => {
    const steps = ['Set up job', ...spec.steps];
    if (spec.name === failedJobName && script.failedStep && !steps.includes(script.failedStep)) steps.push(script.failedStep);
    steps.push('Complete job');
    return { id: state.nextId(), name: spec.name, steps };
  });
}

// ---------------------------------------------------------------------------------------------
// Creating runs

function scriptFor(state: SandboxState, workflowPath: string): RunScript {
  const scripts = state.scenario.runScripts;
  const s = scripts[baseName(workflowPath)] ?? scripts[workflowPath] ?? scripts['*'] ?? DEFAULT_RUN_SCRIPT;
  return { ...s, statuses: [...s.statuses] };
}

function nextRunNumber(state: SandboxState, workflowId: number): number {
  return state.runs.filter((r) => r.workflowId === workflowId).reduce((m, r) => Math.max(m, r.runNumber), 0) + 1;
}

/** `${{ inputs.x }}`, `${{ github.event.inputs.x }}`, `${{ github.ref_name }}`, ... in run-name. */
function interpolate(template: string, vars: { inputs: Record<string, string>; refName: string; actor: string; sha: string; event: string }): string {
  return template.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => {
    const input = /^(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)$/.exec(expr);
    if (input) return vars.inputs[input[1]] ?? '';
    switch (expr) {
      case 'github.ref_name':
        return vars.refName;
      case 'github.actor':
      case 'github.triggering_actor':
        return vars.actor;
      case 'github.sha':
        return vars.sha;
      case 'github.event_name':
        return vars.event;
      default:
        return '';
    }
  });
}

export interface AddRunOptions {
  /** Workflow file name, path or id (a record is made for an unknown file name). */
  workflow: string | number;
  event?: string;
  /** Default: the default branch. */
  headBranch?: string | null;
  /** Default: the head of `headBranch` (or of the default branch). */
  headSha?: string;
  inputs?: Record<string, string>;
  displayTitle?: string;
  actor?: string;
  createdAt?: Date | number;
  /** Default: the scenario's script for the workflow. */
  script?: Partial<RunScript>;
  /** Jobs (names with steps); default: from the workflow file. */
  jobs?: Array<{ name: string; steps: string[] }>;
}

/** Adds a run as if something else had started it (a neighbour's run, a push build). */
export function addRun(state: SandboxState, opts: AddRunOptions): RunRecord {
  const nowMs = opts.createdAt === undefined ? Date.now() : new Date(opts.createdAt).getTime();
  let wf = findWorkflow(state, opts.workflow, nowMs);
  if (!wf) {
    if (typeof opts.workflow === 'number' || /^\d+$/.test(opts.workflow)) throw new Error(`addRun: no workflow ${opts.workflow}`);
    const path = opts.workflow.includes('/') ? opts.workflow : `${WORKFLOWS_DIR}/${opts.workflow}`;
    wf = workflowRecord(state, path, nowMs);
  }
  const headBranch = opts.headBranch === undefined ? state.defaultBranch : opts.headBranch;
  const headSha = opts.headSha ?? (headBranch ? state.git.resolveCommit(headBranch) : undefined) ?? defaultHead(state) ?? '0'.repeat(40);
  const base = scriptFor(state, wf.path);
  const script: RunScript = { ...base, ...opts.script, statuses: [...(opts.script?.statuses ?? base.statuses)] };
  const text = state.git.readFile(headSha, wf.path)?.toString('utf8') ?? '';
  const parsed = opts.jobs ? { jobs: opts.jobs } : parseWorkflow(text);
  const run: RunRecord = {
    id: state.nextId(),
    workflowId: wf.id,
    workflowPath: wf.path,
    name: wf.name,
    displayTitle: opts.displayTitle ?? wf.name,
    event: opts.event ?? 'push',
    headBranch,
    headSha,
    runNumber: nextRunNumber(state, wf.id),
    runAttempt: 1,
    actor: opts.actor ?? 'octocat',
    createdAtMs: nowMs,
    inputs: { ...opts.inputs },
    script,
    jobs: buildJobs(state, parsed, script),
    dispatched: false
  };
  state.runs.push(run);
  recordJobDeployment(state, run);
  return run;
}

/** Runs created through POST .../dispatches, oldest first. */
export function dispatchedRuns(state: SandboxState): RunRecord[] {
  return state.runs.filter((r) => r.dispatched);
}

/** A run's status and conclusion now (or at `nowMs`). */
export function runStatus(run: RunRecord, nowMs = Date.now()): { status: string; conclusion: string | null } {
  const p = runPhase(run, nowMs);
  return { status: p.status, conclusion: p.conclusion };
}

// ---------------------------------------------------------------------------------------------
// Handlers

function findRun(state: SandboxState, id: string): RunRecord | undefined {
  return /^\d+$/.test(id) ? state.runs.find((r) => r.id === Number(id)) : undefined;
}

function notPermittedKey(status: number, key: string): SandboxResponse {
  const answer = githubError(status, `Invalid request.\n\n"${key}" is not a permitted key.`);
  // GHES answers 400 here, a status api.github.com's description does not declare for this operation.
  return status === 400 ? undescribed(answer) : answer;
}

/** Resolves a dispatch ref (branch, tag or full ref name; not a SHA, as on GitHub). */
function resolveDispatchRef(state: SandboxState, ref: string): { sha: string; name: string } | undefined {
  const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const full of candidates) {
    if (state.git.getRef(full) === undefined) continue;
    const sha = state.git.resolveCommit(full);
    if (sha) return { sha, name: full.replace(/^refs\/(heads|tags)\//, '') };
  }
  return undefined;
}

function dispatch(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const { state } = ctx;
  const nowMs = ctx.now().getTime();
  settleRuns(state, nowMs);
  const wf = findWorkflow(state, req.params.workflow_id, nowMs);
  if (!wf) return notFound();
  const body: Record<string, unknown> = isRecord(req.body) ? req.body : {};
  const version = String(req.headers['x-github-api-version'] ?? '');
  const newVersion = version === API_VERSION_RUN_DETAILS;
  const hasDetailsKey = Object.prototype.hasOwnProperty.call(body, 'return_run_details');
  if (hasDetailsKey && state.scenario.oldGhes) return notPermittedKey(400, 'return_run_details');
  if (hasDetailsKey && newVersion) return notPermittedKey(422, 'return_run_details');

  if (typeof body.ref !== 'string' || body.ref === '') {
    return validationFailed('Invalid request.\n\n"ref" wasn\'t supplied.');
  }
  const ref = resolveDispatchRef(state, body.ref);
  if (!ref) return validationFailed(`No ref found for: ${body.ref}`);

  const text = state.git.readFile(ref.sha, wf.path)?.toString('utf8');
  const parsed = text === undefined ? undefined : parseWorkflow(text);
  if (!parsed?.dispatch) return validationFailed("Workflow does not have 'workflow_dispatch' trigger");

  const given = body.inputs === undefined || body.inputs === null ? {} : body.inputs;
  if (!isRecord(given)) return validationFailed('Invalid request.\n\nFor \'properties/inputs\', is not an object.');
  const keys = Object.keys(given);
  if (keys.length > MAX_DISPATCH_INPUTS) {
    return validationFailed(`Invalid request.\n\nNo more than ${MAX_DISPATCH_INPUTS} properties are allowed; ${keys.length} were supplied.`);
  }
  const declared = parsed.dispatch.inputs;
  const unexpected = keys.filter((k) => !(k in declared));
  if (unexpected.length > 0) return validationFailed(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`);

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const raw = given[name];
    if (raw === undefined || raw === null || raw === '') {
      if (spec.required && spec.default === undefined) return validationFailed(`Required input '${name}' not provided`);
      if (spec.default !== undefined) inputs[name] = spec.default;
      continue;
    }
    const value = scalarString(raw);
    if (value === undefined) return validationFailed(`Provided value for input '${name}' is not a string`);
    if (spec.type === 'choice' && spec.options && !spec.options.includes(value)) {
      return validationFailed(`Provided value '${value}' for input '${name}' not in the list of allowed values`);
    }
    if (spec.type === 'boolean' && value !== 'true' && value !== 'false') {
      return validationFailed(`Provided value '${value}' for input '${name}' is not a boolean`);
    }
    inputs[name] = value;
  }

  const script = scriptFor(state, wf.path);
  const actor = BOT_LOGIN;
  const run: RunRecord = {
    id: state.nextId(),
    workflowId: wf.id,
    workflowPath: wf.path,
    name: parsed.name ?? wf.name,
    displayTitle: parsed.runName
      ? interpolate(parsed.runName, { inputs, refName: ref.name, actor, sha: ref.sha, event: 'workflow_dispatch' })
      : (parsed.name ?? wf.name),
    event: 'workflow_dispatch',
    headBranch: ref.name,
    headSha: ref.sha,
    runNumber: nextRunNumber(state, wf.id),
    runAttempt: 1,
    actor,
    createdAtMs: nowMs,
    inputs,
    script,
    jobs: buildJobs(state, parsed, script),
    dispatched: true
  };
  state.runs.push(run);
  recordJobDeployment(state, run);

  if (body.return_run_details === true || newVersion) {
    return json(200, {
      workflow_run_id: run.id,
      run_url: apiRepoUrl(ctx, `/actions/runs/${run.id}`),
      html_url: htmlUrl(ctx, `/actions/runs/${run.id}`)
    });
  }
  return { status: 204 };
}

/** `created` filter: `>=X`, `<=X`, `>X`, `<X`, `X..Y` (`*` open), or a date (that whole day). */
export function createdMatcher(filter: string): ((ms: number) => boolean) | undefined {
  const bound = (s: string, end: boolean): number | undefined => {
    if (s === '*') return end ? Infinity : -Infinity;
    const ms = Date.parse(s);
    if (Number.isNaN(ms)) return undefined;
    return end && /^\d{4}-\d{2}-\d{2}$/.test(s) ? ms + 86_400_000 - 1 : ms;
  };
  const f = filter.trim();
  const op = /^(>=|<=|>|<)(.+)$/.exec(f);
  if (op) {
    const t = bound(op[2], op[1].startsWith('<'));
    if (t === undefined) return undefined;
    switch (op[1]) {
      case '>=':
        return (ms) => ms >= t;
      case '<=':
        return (ms) => ms <= t;
      case '>':
        return (ms) => ms > t;
      default:
        return (ms) => ms < t;
    }
  }
  const range = /^(.+)\.\.(.+)$/.exec(f);
  if (range) {
    const a = bound(range[1], false);
    const b = bound(range[2], true);
    if (a === undefined || b === undefined) return undefined;
    return (ms) => ms >= a && ms <= b;
  }
  const a = bound(f, false);
  const b = bound(f, true);
  if (a === undefined || b === undefined) return undefined;
  return (ms) => ms >= a && ms <= b;
}

function listRuns(req: SandboxRequest, ctx: HandlerContext, workflowId?: number): SandboxResponse {
  const nowMs = ctx.now().getTime();
  const q = req.query;
  const event = q.get('event');
  const branch = q.get('branch');
  const status = q.get('status');
  const headSha = q.get('head_sha');
  const actor = q.get('actor');
  const created = q.get('created');
  const createdOk = created ? createdMatcher(created) : undefined;
  if (created && !createdOk) return validationFailed(`Invalid created filter: ${created}`);
  const runs = ctx.state.runs
    .filter((r) => workflowId === undefined || r.workflowId === workflowId)
    .filter((r) => !event || r.event === event)
    .filter((r) => !branch || r.headBranch === branch)
    .filter((r) => !headSha || r.headSha === headSha)
    .filter((r) => !actor || r.actor === actor)
    .filter((r) => !createdOk || createdOk(r.createdAtMs))
    .filter((r) => {
      if (!status) return true;
      const p = runPhase(r, nowMs);
      return p.status === status || p.conclusion === status;
    })
    .sort((a, b) => b.createdAtMs - a.createdAtMs || b.id - a.id);
  return paginate(
    req,
    ctx,
    runs.map((r) => runView(ctx, r)),
    'workflow_runs'
  );
}

function withSettled(fn: (req: SandboxRequest, ctx: HandlerContext) => SandboxResponse) {
  return (req: SandboxRequest, ctx: HandlerContext): SandboxResponse => {
    settleRuns(ctx.state, ctx.now().getTime());
    return fn(req, ctx);
  };
}

function cancel(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const run = findRun(ctx.state, req.params.run_id);
  if (!run) return notFound();
  const nowMs = ctx.now().getTime();
  if (runPhase(run, nowMs).status === 'completed') {
    return githubError(409, 'Cannot cancel a workflow run that is completed.');
  }
  run.cancelledAtMs = nowMs;
  return json(202, {});
}

export const handlers: HandlerMap = {
  'actions/list-repo-workflows': withSettled((req, ctx) => {
    const list = syncWorkflows(ctx.state, ctx.now().getTime()).map((w) => workflowView(ctx, w));
    return paginate(req, ctx, list, 'workflows');
  }),

  'actions/get-workflow': withSettled((req, ctx) => {
    const wf = findWorkflow(ctx.state, req.params.workflow_id, ctx.now().getTime());
    return wf ? json(200, workflowView(ctx, wf)) : notFound();
  }),

  'actions/create-workflow-dispatch': dispatch,

  'actions/list-workflow-runs': withSettled((req, ctx) => {
    const wf = findWorkflow(ctx.state, req.params.workflow_id, ctx.now().getTime());
    return wf ? listRuns(req, ctx, wf.id) : notFound();
  }),

  'actions/list-workflow-runs-for-repo': withSettled((req, ctx) => listRuns(req, ctx)),

  'actions/get-workflow-run': withSettled((req, ctx) => {
    const run = findRun(ctx.state, req.params.run_id);
    return run ? json(200, runView(ctx, run)) : notFound();
  }),

  'actions/list-jobs-for-workflow-run': withSettled((req, ctx) => {
    const run = findRun(ctx.state, req.params.run_id);
    if (!run) return notFound();
    const jobs = jobsForRun(run, ctx.now().getTime()).map((j) => jobView(ctx, run, j));
    return paginate(req, ctx, jobs, 'jobs');
  }),

  'actions/get-job-for-workflow-run': withSettled((req, ctx) => {
    const id = Number(req.params.job_id);
    for (const run of ctx.state.runs) {
      if (!run.jobs.some((j) => j.id === id)) continue;
      const j = jobsForRun(run, ctx.now().getTime()).find((x) => x.job.id === id);
      if (j) return json(200, jobView(ctx, run, j));
    }
    return notFound();
  }),

  'actions/cancel-workflow-run': withSettled(cancel),
  'actions/force-cancel-workflow-run': withSettled(cancel)
};
