export const id = 930;
export const ids = [930];
export const modules = {

/***/ 4277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ shownInputs),
/* harmony export */   S8: () => (/* binding */ pickDispatchedRun),
/* harmony export */   aY: () => (/* binding */ declaredDispatchInputs),
/* harmony export */   oL: () => (/* binding */ buildDispatchInputs)
/* harmony export */ });
/* unused harmony exports CORRELATION_INPUTS, MAX_DISPATCH_INPUTS, inputTypeProblem */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2881);
/**
 * What to send to the deploy workflow, decided from its file (pure): the workflow_dispatch inputs
 * it declares, the ship's facts passed only where declared, `deploy-inputs` checked against the
 * declaration, and which of the runs listed after a dispatch is ours.
 */


/** The `on.workflow_dispatch.inputs` of a workflow file, or why it cannot be dispatched. */
function declaredDispatchInputs(path, text) {
    if (text === null)
        return { ok: false, reason: `${path} does not exist at the shipped commit` };
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const at = e.linePos?.[0];
        return { ok: false, reason: `${path}${at ? `:${at.line}:${at.col}` : ''} does not parse: ${e.message.split('\n')[0]}` };
    }
    const aliases = (0,_config_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_1__/* .aliasExpansionProblem */ .d)(doc);
    if (aliases)
        return { ok: false, reason: `${path} is refused: ${aliases}` };
    const root = doc.toJS();
    // YAML 1.1 readers turn a bare `on` key into true; the yaml package (1.2) keeps it as "on".
    const on = root?.on ?? root?.true;
    const triggers = typeof on === 'string' ? { [on]: null } : Array.isArray(on) ? Object.fromEntries(on.map((t) => [t, null])) : on;
    if (!triggers || typeof triggers !== 'object' || !('workflow_dispatch' in triggers)) {
        return { ok: false, reason: `${path} has no workflow_dispatch trigger, so it cannot be dispatched; add \`on: workflow_dispatch\`` };
    }
    const spec = (triggers.workflow_dispatch ?? {});
    const inputs = {};
    for (const [name, raw] of Object.entries(spec.inputs ?? {})) {
        const def = raw ?? {};
        inputs[name] = {
            required: def.required === true,
            hasDefault: def.default !== undefined,
            type: typeof def.type === 'string' ? def.type : 'string',
            ...(Array.isArray(def.options) ? { options: def.options.map(String) } : {})
        };
    }
    return { ok: true, inputs };
}
/** Input names that receive the ship id, so the run can be found without run details. */
const CORRELATION_INPUTS = ['ship_id', 'correlation_id', 'distinct_id'];
/** GitHub refuses more than 25 inputs in one dispatch. */
const MAX_DISPATCH_INPUTS = 25;
/** Why `value` is not what an input of `type` (and `options`) takes, or undefined. GitHub refuses such a dispatch (422). */
function inputTypeProblem(spec, value) {
    if (spec.options && !spec.options.includes(value))
        return `is not one of its options (${spec.options.join(', ')})`;
    switch (spec.type) {
        case 'boolean':
            return value === 'true' || value === 'false' ? undefined : 'is not true or false (the input is a boolean)';
        case 'number':
            return value.trim() !== '' && Number.isFinite(Number(value)) ? undefined : 'is not a number (the input is a number)';
        case 'environment':
            return value.trim() !== '' ? undefined : 'is empty (the input is an environment)';
        default:
            return undefined;
    }
}
function buildDispatchInputs(workflow, declared, facts, extra) {
    const inputs = {};
    const passed = [];
    const problems = [];
    const problemInputs = [];
    const problem = (input, text) => {
        problems.push(text);
        problemInputs.push(input);
    };
    for (const name of ['version', 'tag', 'environment', 'sha', 'deployment_id']) {
        if (name in declared) {
            inputs[name] = facts[name];
            passed.push(name);
        }
    }
    const correlation = CORRELATION_INPUTS.find((name) => name in declared);
    if (correlation) {
        inputs[correlation] = facts.ship_id;
        passed.push(correlation);
    }
    const names = Object.keys(declared);
    for (const [key, value] of Object.entries(extra)) {
        if (!Object.hasOwn(declared, key)) {
            problem('deploy-inputs', `Input 'deploy-inputs': key '${key}' is not an input of ${workflow} (it declares ${names.length ? names.map((n) => `'${n}'`).join(', ') : 'no inputs'}); GitHub would refuse the dispatch`);
            continue;
        }
        inputs[key] = value;
    }
    // Every value sent must be of the declared type; deploy-inputs values are secrets, never shown.
    for (const [name, value] of Object.entries(inputs)) {
        const why = inputTypeProblem(declared[name], value);
        if (!why)
            continue;
        if (Object.hasOwn(extra, name))
            problem('deploy-inputs', `Input 'deploy-inputs': the value of ${name} (hidden) ${why.replace('its options', `${workflow}'s options for '${name}'`)}`);
        else if (name === 'environment')
            problem('environment', `Input 'environment': ${JSON.stringify(value)} ${why.replace('its options', `${workflow}'s options for 'environment'`)}; GitHub would refuse the dispatch`);
        else
            problem('deploy-workflow', `${workflow} declares '${name}' as ${declared[name].type}, and ship-prod sends ${name} ${JSON.stringify(value)}, which ${why}`);
    }
    for (const [name, spec] of Object.entries(declared)) {
        if (spec.required && !spec.hasDefault && !Object.hasOwn(inputs, name)) {
            problem('deploy-inputs', `${workflow} requires the input '${name}', which ship-prod does not provide: add \`${name}=...\` to deploy-inputs`);
        }
    }
    if (Object.keys(inputs).length > MAX_DISPATCH_INPUTS) {
        problem('deploy-inputs', `${workflow} would get ${Object.keys(inputs).length} inputs; GitHub takes at most ${MAX_DISPATCH_INPUTS}`);
    }
    return { inputs, passed, correlation, problems, problemInputs };
}
/** Dispatch inputs as the log and the report may show them: values from deploy-inputs (secrets) as `***`. */
function shownInputs(inputs, secret) {
    return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, Object.hasOwn(secret, name) ? '***' : value]));
}
/**
 * Which listed run did our dispatch start, when GitHub did not say: a run of the workflow, event
 * workflow_dispatch, at our ref, that was not there before we dispatched and was created after the
 * dispatch (allowing for clock skew between the runner and GitHub). A title carrying the ship id
 * decides among several; else the earliest such run whose title does not name another environment
 * of the same ship. Undefined while none has appeared.
 */
/** `4242:v1.5.0@` of `4242:v1.5.0@prod-eu:deploy`: what every environment's ship id in one ship starts with (waves only). */
function siblingPrefix(shipId) {
    const at = shipId.indexOf('@');
    return at > 0 ? shipId.slice(0, at + 1) : undefined;
}
function pickDispatchedRun(runs, opts) {
    const fresh = runs.filter((r) => !opts.knownBefore.has(r.id) && Date.parse(r.createdAt) >= opts.dispatchedAtMs - opts.skewMs);
    const titled = fresh.find((r) => r.displayTitle.includes(opts.shipId));
    if (titled)
        return titled;
    // A title carrying this ship's id for another environment (a wave dispatches one workflow to
    // several at once) is a sibling's run, never ours.
    const ship = siblingPrefix(opts.shipId);
    const untitled = ship ? fresh.filter((r) => !r.displayTitle.includes(ship)) : fresh;
    return [...untitled].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)[0];
}


/***/ }),

/***/ 9930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ findRunSince),
/* harmony export */   ok: () => (/* binding */ deployByWorkflow)
/* harmony export */ });
/* unused harmony exports CLOCK_SKEW_MS, DISPATCH_LOOK_MS, runPollInterval */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6503);
/* harmony import */ var _github_actions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8320);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _github_conditional_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7059);
/* harmony import */ var _dispatch_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4277);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9898);
/**
 * Deploy by workflow: dispatch at the tag, find the run (GitHub's run details, else a correlation
 * input, else the runs at our tag created since the dispatch), and wait through every status to
 * completed, polling with conditional requests. A timeout cancels the run. A dispatch whose
 * outcome is unknown is never sent again before the run has been looked for.
 *
 * A run `waiting` for the environment's required reviewers (INTERFACE.md, Approvals) is named at
 * once and at every heartbeat: the environment, who can approve, the run's link. That wait does
 * not count against the timeout; `approvalTimeoutMs` bounds it, and past it the run is cancelled
 * (so a late approval cannot deploy it). A run never approved changed nothing: `untouched`.
 */







/** Allowance for clock skew between the runner and GitHub when matching run creation times. */
const CLOCK_SKEW_MS = 60_000;
/** How long a dispatch whose answer was lost is looked for before it may be sent again. */
const DISPATCH_LOOK_MS = 30_000;
/** Poll a run a thirtieth of the timeout apart, between 1 s and 10 s. */
function runPollInterval(timeoutMs) {
    return Math.min(10_000, Math.max(1_000, Math.round(timeoutMs / 30)));
}
async function deployByWorkflow(client, clock, input) {
    const started = clock.now();
    const deadline = started + input.timeoutMs;
    const detail = [];
    const progress = input.progress ?? new _progress_js__WEBPACK_IMPORTED_MODULE_6__/* .Progress */ .k({ what: `${input.workflowName} run`, clock });
    let runId = input.existingRunId;
    let runUrl;
    if (runId) {
        detail.push(`run ${runId} was dispatched by an earlier attempt of this ship: waiting for it, not dispatching again`);
    }
    else {
        let found;
        try {
            progress.update(`dispatching at ${input.ref}`);
            found = await dispatchAndFind(client, progress.clock, input, deadline, detail);
        }
        catch (error) {
            // A 4xx answer to the dispatch: GitHub started nothing.
            const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__.statusOf)(error);
            if (status >= 400 && status < 500) {
                return { ok: false, untouched: true, summary: (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__.explainGitHubError)(error, `Dispatching ${input.workflowName}`, 'actions: write'), detail };
            }
            throw error;
        }
        if (!found) {
            return { ok: false, summary: `the run dispatched for ${input.workflowName} could not be found within the deploy timeout`, detail };
        }
        runId = found.id;
        runUrl = found.url;
    }
    const cache = new _github_conditional_js__WEBPACK_IMPORTED_MODULE_4__/* .ConditionalCache */ .X();
    // Record the run on the deployment while reading it (a re-run's run is recorded already).
    const knownUrl = runUrl;
    const id = runId;
    const record = !input.existingRunId || input.recordExisting;
    const [first] = await Promise.all([(0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .readRun */ .cI)(client, runId, cache), knownUrl && record ? input.onRun?.({ id, url: knownUrl }) : Promise.resolve()]);
    let run = first;
    runUrl = run.htmlUrl;
    if (!knownUrl && record)
        await input.onRun?.({ id: runId, url: runUrl });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`deploy run: ${runUrl}`);
    progress.update(run.status ?? 'unknown', runUrl);
    const interval = runPollInterval(input.timeoutMs);
    const approvals = new ApprovalWait(client, runId, progress, input, clock);
    await approvals.observe(run);
    while (run.status !== 'completed') {
        if (approvals.waiting && approvals.waitedMs() >= approvals.limitMs) {
            const timedOut = await approvals.timeOut(started, detail);
            if (timedOut)
                return { ...timedOut, runUrl, durationMs: clock.now() - started };
            run = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .readRun */ .cI)(client, runId, cache);
            if (run.status === 'completed')
                break;
        }
        else if (!approvals.waiting && clock.now() + interval > deadline + approvals.waitedMs()) {
            const cancelled = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .cancelRun */ .Su)(client, runId);
            if (cancelled === 'already-completed') {
                run = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .readRun */ .cI)(client, runId, cache);
                if (run.status === 'completed')
                    break;
            }
            detail.push(`timed out after ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(input.timeoutMs)} while the run was ${run.status}; the run was cancelled`);
            return {
                ok: false,
                runId,
                runUrl,
                conclusion: 'timed_out',
                durationMs: clock.now() - started,
                ...approvals.record(),
                summary: `deploy run ${runId} did not finish within deploy-timeout (${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(input.timeoutMs)}) and was cancelled`,
                detail
            };
        }
        await progress.sleep(approvals.waiting ? Math.min(interval, Math.max(0, approvals.limitMs - approvals.waitedMs())) : interval);
        run = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .readRun */ .cI)(client, runId, cache);
        await approvals.observe(run);
    }
    if (cache.requests > 1)
        detail.push(`polled ${cache.requests} times every ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(interval)}; ${cache.notModified} answered 304 (not counted against the rate limit)`);
    // GitHub's run timestamps have one-second precision; the wait is what this job measured.
    const waitedMs = clock.now() - started;
    const durationMs = runDuration(run) ?? waitedMs;
    const runTime = durationMs < 1000 && runDuration(run) !== undefined ? 'under 1s' : (0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(durationMs);
    const timing = `run time ${runTime} by GitHub's timestamps, noticed after ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(waitedMs)}`;
    if (run.conclusion === 'success') {
        return { ok: true, runId, runUrl, conclusion: 'success', durationMs, ...approvals.record(), summary: `deploy run ${runId} succeeded (${timing})`, detail };
    }
    const failed = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .failedJobs */ .Mf)(client, runId).catch(() => []);
    for (const job of failed) {
        detail.push(`job "${job.name}" ${job.conclusion}${job.steps.length ? ` at step ${job.steps.map((s) => `"${s}"`).join(', ')}` : ''}: ${job.url}`);
    }
    const where = failed[0] ? ` (job "${failed[0].name}"${failed[0].steps[0] ? `, step "${failed[0].steps[0]}"` : ''})` : '';
    // A run that ended while it still waited for its reviewers (rejected) ran no job that deploys.
    const untouched = approvals.neverApproved() ? { untouched: true } : {};
    return { ok: false, ...untouched, runId, runUrl, conclusion: run.conclusion ?? 'unknown', durationMs, ...approvals.record(), summary: `deploy run ${runId} ended ${run.conclusion}${where}`, detail };
}
/**
 * The wait for the environment's reviewers: entered when the run is `waiting`, left when it goes
 * on. Each wait reads who can approve and says it in the progress line (logged at once, repeated
 * at every heartbeat).
 */
class ApprovalWait {
    client;
    runId;
    progress;
    input;
    clock;
    waiting = false;
    since = 0;
    totalMs = 0;
    approvedOnce = false;
    pending;
    limitMs;
    constructor(client, runId, progress, input, clock) {
        this.client = client;
        this.runId = runId;
        this.progress = progress;
        this.input = input;
        this.clock = clock;
        this.limitMs = input.approvalTimeoutMs ?? Infinity;
    }
    waitedMs() {
        return this.totalMs + (this.waiting ? this.clock.now() - this.since : 0);
    }
    /** Follows the run's status: the progress line, and the approval wait's start and end. */
    async observe(run) {
        if (run.status === 'waiting' && !this.waiting) {
            this.waiting = true;
            this.since = this.clock.now();
            const found = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .pendingApprovals */ .ML)(this.client, this.runId).catch(() => []);
            const mine = found.find((p) => !this.input.environment || p.environment.toLowerCase() === this.input.environment.toLowerCase()) ?? found[0];
            this.pending = { environment: mine?.environment || this.input.environment || 'the environment', reviewers: mine?.reviewers ?? [] };
            this.progress.update(this.words(), undefined);
            return;
        }
        if (run.status !== 'waiting' && this.waiting) {
            this.totalMs += this.clock.now() - this.since;
            this.waiting = false;
            this.approvedOnce ||= run.status !== 'completed' || run.conclusion === 'success';
        }
        this.progress.update(run.status === 'completed' ? `completed, ${run.conclusion ?? 'no conclusion'}` : (run.status ?? 'unknown'));
    }
    /** Past approval-timeout: cancels the run. Undefined when it had completed meanwhile (read it again). */
    async timeOut(started, detail) {
        const cancelled = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .cancelRun */ .Su)(this.client, this.runId);
        if (cancelled === 'already-completed')
            return undefined;
        this.totalMs += this.clock.now() - this.since;
        this.waiting = false;
        const limit = (0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.limitMs);
        detail.push(`waited ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.totalMs)} for ${this.who()}, longer than approval-timeout ${limit}: the run was cancelled, so a late approval cannot deploy it`);
        return {
            ok: false,
            // Never approved: no job that deploys to the environment ran.
            untouched: !this.approvedOnce,
            runId: this.runId,
            conclusion: 'cancelled',
            durationMs: this.clock.now() - started,
            approval: { environment: this.pending?.environment ?? '', reviewers: this.pending?.reviewers ?? [], waitedMs: this.totalMs, outcome: 'timed-out' },
            summary: `deploy run ${this.runId} waited for ${this.who()} longer than approval-timeout ${limit} and was cancelled`,
            detail
        };
    }
    /** It waited for reviewers and never went on. */
    neverApproved() {
        return this.pending !== undefined && !this.approvedOnce;
    }
    record() {
        if (!this.pending)
            return {};
        return { approval: { environment: this.pending.environment, reviewers: this.pending.reviewers, waitedMs: this.waitedMs(), outcome: this.approvedOnce ? 'approved' : 'rejected' } };
    }
    who() {
        const p = this.pending;
        return `approval of ${p?.environment ?? 'the environment'}${p?.reviewers.length ? ` (reviewers: ${p.reviewers.join(', ')})` : ''}`;
    }
    words() {
        const limit = Number.isFinite(this.limitMs) ? `; approval-timeout ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.limitMs)}` : '';
        return `waiting for ${this.who()}${limit}, not counted in the deploy's timeout`;
    }
}
function runDuration(run) {
    const start = Date.parse(run.runStartedAt ?? run.createdAt);
    const end = Date.parse(run.updatedAt);
    return Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined;
}
/**
 * The run of the deploy workflow this ship dispatched at `ref`, found without its id: a
 * workflow_dispatch run at the ref created since the ship's deployment (both times are GitHub's,
 * so no clock skew between them), not one of `known`; a title carrying the ship id decides among
 * several, else the earliest.
 */
async function findRunSince(client, input) {
    const runs = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .listDispatchRuns */ .PZ)(client, { workflow: input.workflow, branch: input.ref, createdAfter: input.since });
    const found = (0,_dispatch_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .pickDispatchedRun */ .S8)(runs, { knownBefore: input.known ?? new Set(), dispatchedAtMs: Date.parse(input.since), skewMs: 0, shipId: input.shipId });
    return found && runs.find((r) => r.id === found.id);
}
async function dispatchAndFind(client, clock, input, deadline, detail) {
    // Runs are looked for from the ship's deployment on (GitHub's clock), else from the dispatch
    // (this runner's clock, allowing for skew).
    const since = input.since ?? new Date(Date.now() - CLOCK_SKEW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const find = () => findRunSince(client, { workflow: input.workflow, ref: input.ref, since, shipId: input.shipId, known: input.known });
    // A dispatched run appears within seconds: after a lost answer, keep looking for a while before
    // the dispatch may be sent again.
    const lookWindowMs = DISPATCH_LOOK_MS * client.timeScale;
    const look = async () => {
        const until = clock.now() + lookWindowMs;
        for (;;) {
            const run = await find();
            if (run)
                return { kind: 'run', runId: run.id, htmlUrl: run.htmlUrl };
            if (clock.now() >= until)
                return undefined;
            await clock.sleep(Math.min(2_000 * client.timeScale + 10, Math.max(0, until - clock.now())));
        }
    };
    const outcome = await (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .dispatchWorkflow */ ["in"])(client, { workflow: input.workflow, ref: input.ref, inputs: input.inputs }, look);
    if (outcome.kind === 'run') {
        detail.push(`dispatched ${input.workflowName} at ${input.ref}; GitHub returned run ${outcome.runId}`);
        return { id: outcome.runId, url: outcome.htmlUrl };
    }
    detail.push(`dispatched ${input.workflowName} at ${input.ref}; GitHub returned no run id (older GitHub Enterprise Server), so the run is looked up`);
    // A dispatched run appears within seconds; give it up to a minute (or a quarter of the timeout).
    const searchUntil = Math.min(deadline, clock.now() + Math.min(60_000, Math.max(5_000, (deadline - clock.now()) / 4)));
    while (clock.now() < searchUntil) {
        const found = await find();
        if (found) {
            detail.push(`found run ${found.id} at ${input.ref}, created ${found.createdAt}`);
            return { id: found.id, url: found.htmlUrl };
        }
        await clock.sleep(Math.min(2_000, Math.max(0, searchUntil - clock.now())));
    }
    return undefined;
}


/***/ })

};

//# sourceMappingURL=930.index.js.map