export const id = 192;
export const ids = [192];
export const modules = {

/***/ 7932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t6: () => (/* binding */ recordCommand),
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: commandEnv

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/process-group.ts
/**
 * A user's command in a process group of its own, ended with it: when bash ends, whatever it left
 * running in the background (`sleep 600 & echo started`) is ended too (SIGTERM to the group,
 * SIGKILL after a grace period); on timeout the whole group gets the same. A process that left the
 * group (setsid) is not waited for: its pipes are let go, so it cannot keep the job alive either.
 * Output goes to this process's stdout and stderr a whole line at a time (so the log's redaction
 * sees whole lines).
 */


/** From SIGTERM to SIGKILL, for a group that outlives its command or its timeout. */
const KILL_GRACE_MS = 10_000;
/** How long the output pipes may stay open once the group is gone (a process that left it). */
const PIPES_GRACE_MS = 2_000;
/** Exit code reported for a command stopped by its timeout (as coreutils `timeout` does). */
const TIMEOUT_EXIT_CODE = 124;
/** Signals a process group; false when no process is left in it. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** SIGTERM to the group, then SIGKILL once `graceMs` has passed with a process still in it. */
async function endGroup(pgid, graceMs) {
    if (!signalGroup(pgid, 'SIGTERM'))
        return;
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
        await pause(Math.min(50, graceMs));
        if (!signalGroup(pgid, 0))
            return;
    }
    signalGroup(pgid, 'SIGKILL');
}
/** Writes a stream's text to `out` a whole line at a time (the rest when the stream ends). */
function forwardLines(stream, out) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
        pending += chunk;
        const end = Math.max(pending.lastIndexOf('\n'), pending.lastIndexOf('\r'));
        // A very long line without an end is written in pieces rather than held without bound.
        if (end >= 0) {
            out(pending.slice(0, end + 1));
            pending = pending.slice(end + 1);
        }
        else if (pending.length > 64 * 1024) {
            out(pending);
            pending = '';
        }
    });
    stream.on('close', () => {
        if (pending)
            out(`${pending}\n`);
        pending = '';
    });
}
/** Runs `bash -eo pipefail -c command` in a process group of its own and ends the group with it. */
async function runInGroup(command, opts) {
    const grace = opts.killGraceMs ?? KILL_GRACE_MS;
    const child = (0,external_node_child_process_.spawn)('bash', ['-eo', 'pipefail', '-c', command], { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pgid = child.pid;
    let timedOut = false;
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    const pipesClosed = Promise.all([child.stdout, child.stderr].map((s) => new Promise((resolve) => s.once('close', () => resolve()))));
    forwardLines(child.stdout, (text) => process.stdout.write(text));
    forwardLines(child.stderr, (text) => process.stderr.write(text));
    // A job cancelled while the command runs: the group does not get our signal (it has its own), so pass it on.
    const forward = (signal) => {
        if (pgid)
            signalGroup(pgid, signal);
        process.off(signal, forward);
        process.kill(process.pid, signal);
    };
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    let timer;
    let stopping;
    try {
        if (pgid === undefined)
            await exited; // spawn failed: 'error' rejects
        timer = setTimeout(() => {
            timedOut = true;
            stopping = endGroup(pgid, grace);
        }, opts.timeoutMs);
        const { code, signal } = await exited;
        clearTimeout(timer);
        await stopping;
        // bash is gone; whatever it started in the background goes with it.
        await endGroup(pgid, grace);
        let wait;
        const closed = await Promise.race([pipesClosed.then(() => true), new Promise((resolve) => (wait = setTimeout(() => resolve(false), PIPES_GRACE_MS)))]);
        clearTimeout(wait);
        if (!closed) {
            child.stdout.destroy();
            child.stderr.destroy();
        }
        const signalNumber = 128 + (signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0);
        return { exitCode: timedOut ? TIMEOUT_EXIT_CODE : (code ?? signalNumber), timedOut };
    }
    finally {
        clearTimeout(timer);
        process.off('SIGINT', forward);
        process.off('SIGTERM', forward);
    }
}

;// CONCATENATED MODULE: ./src/commands.ts
/**
 * Running a user's shell command: the deploy and rollback commands, the pre-deploy and cleanup
 * hooks, the traffic command and the post step's switch-back all go through `runCommand`. Each runs
 * as `bash -eo pipefail -c` in a process group of its own (process-group.ts: whatever it leaves
 * running ends with it), with the ship's facts in its environment (SHIP_VERSION, SHIP_TAG,
 * SHIP_SHA, SHIP_ENVIRONMENT, SHIP_PREVIOUS_VERSION, plus what the caller adds, e.g. SHIP_TRAFFIC)
 * and nothing interpolated into the command text. The environment is the runner's, without the
 * action's own `INPUT_*` variables (the token, the webhook URLs and the deploy inputs among them).
 * Its exit code decides; its output goes to the log.
 */



/** The command's environment (pure): the runner's without INPUT_*, then the SHIP_* facts, then `extra`. */
function commandEnv(base, facts, extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !/^INPUT_/i.test(k))
            env[k] = v;
    return {
        ...env,
        SHIP_VERSION: facts.version,
        SHIP_TAG: facts.tag,
        SHIP_SHA: facts.sha,
        SHIP_ENVIRONMENT: facts.environment,
        SHIP_PREVIOUS_VERSION: facts.previousVersion,
        ...extra
    };
}
async function runCommand(command, input) {
    const env = commandEnv(process.env, input.facts, input.env);
    core/* info */.pq(`[command]bash -eo pipefail -c ${command}`);
    const started = Date.now();
    const { exitCode, timedOut } = await runInGroup(command, { cwd: input.cwd, env, timeoutMs: input.timeoutMs, ...(input.killGraceMs !== undefined ? { killGraceMs: input.killGraceMs } : {}) });
    const durationMs = Date.now() - started;
    if (timedOut) {
        return { ok: false, exitCode, durationMs, summary: `${input.label} command did not finish within ${(0,durations/* formatDuration */.a3)(input.timeoutMs)} and was stopped` };
    }
    if (exitCode === 0)
        return { ok: true, exitCode, durationMs, summary: `${input.label} command succeeded in ${(0,durations/* formatDuration */.a3)(durationMs)}` };
    return { ok: false, exitCode, durationMs, summary: `${input.label} command exited ${exitCode}` };
}
/** Runs a command and records it with its start time. */
async function recordCommand(command, input, clock) {
    const at = new Date(clock.now()).toISOString();
    const result = await runCommand(command, input);
    return { ...result, at };
}


/***/ }),

/***/ 1757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ saveTrafficState),
/* harmony export */   MY: () => (/* binding */ switchBackAfterCancel)
/* harmony export */ });
/* unused harmony exports TRAFFIC_STATE_KEY, readTrafficState */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9373);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7932);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1161);
/**
 * A job cancelled in the middle of the traffic steps must not leave production on a partial split
 * without saying so. Main saves the percent it is moving to before each traffic command (its own
 * state key, beside the ship state); the post step (runPost, `post-if: cancelled()`) then moves
 * all the traffic back to the previous version (`SHIP_TRAFFIC=0`), checks production with the
 * health checks when it can, and says what it did in the job summary.
 */




const TRAFFIC_STATE_KEY = 'traffic';
let lastSaved;
/** Saves the split main is moving to, before it moves it. */
function saveTrafficState(state) {
    const text = JSON.stringify(state);
    if (text === lastSaved)
        return;
    lastSaved = text;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(TRAFFIC_STATE_KEY, text);
}
function readTrafficState(raw) {
    try {
        const parsed = JSON.parse(raw);
        const f = parsed.facts;
        if (typeof parsed.percent !== 'number' || !f || typeof f.version !== 'string')
            return undefined;
        return {
            percent: parsed.percent,
            facts: { version: f.version, tag: String(f.tag ?? ''), sha: String(f.sha ?? ''), environment: String(f.environment ?? ''), previousVersion: String(f.previousVersion ?? '') }
        };
    }
    catch {
        return undefined;
    }
}
/**
 * In the post step of a cancelled job: when main had moved (or was moving) traffic to the new
 * version, move it all back and verify. Returns lines for the post summary and whether the traffic
 * command moved it back (and the environment it was in), or undefined when no traffic had moved. Never throws. `settings`: the
 * inputs as the post step read them (the same reader as main).
 */
async function switchBackAfterCancel(settings, env = process.env) {
    const state = readTrafficState(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(TRAFFIC_STATE_KEY));
    if (!state || state.percent <= 0)
        return undefined;
    const { facts } = state;
    const previous = facts.previousVersion || 'the previous version';
    const command = settings.progressive?.trafficCommand ?? '';
    if (!command)
        return undefined;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`ship-prod was cancelled with ${state.percent}% of the traffic on ${facts.tag}: moving it all back to ${previous} (SHIP_TRAFFIC=0).`);
    const result = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d1)(command, {
        facts,
        timeoutMs: settings.rollback.timeoutMs,
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
        label: 'switch-back',
        env: { SHIP_TRAFFIC: '0' }
    }).catch((error) => ({ ok: false, summary: `switch-back command could not run: ${error.message}` }));
    const lines = [`The job was cancelled during the traffic steps, with ${state.percent}% of the traffic on ${facts.tag || facts.version}.`];
    if (!result.ok) {
        lines.push(`The post step ran the traffic command with SHIP_TRAFFIC=0 to move it back to ${previous}, and it failed (${result.summary}): **production may still be split. Move the traffic back by hand now.**`);
        return { movedBack: false, lines, environment: facts.environment };
    }
    lines.push(`The post step moved all the traffic back to ${previous} (traffic command with SHIP_TRAFFIC=0: ${result.summary}).`);
    if (settings.health.checks.length === 0) {
        lines.push('No health checks are configured, so production was not verified: check it yourself.');
        return { movedBack: true, lines, environment: facts.environment };
    }
    const healthy = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_3__/* .waitHealthy */ .hq)(settings.health.checks, {
        timeoutMs: Math.min(settings.health.timeoutMs, settings.rollback.timeoutMs),
        intervalMs: settings.health.intervalMs,
        ...(facts.previousVersion ? { expectVersion: facts.previousVersion } : {}),
        probe: (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_3__/* .makeProbe */ .lH)({ clock: _clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m }),
        clock: _clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m
    });
    lines.push(healthy.verdict === 'passed'
        ? `Production verified on ${previous}: ${healthy.reason}.`
        : `Production did **not** verify on ${previous}: ${healthy.reason}. Check it now.`);
    return { movedBack: true, lines, environment: facts.environment };
}


/***/ }),

/***/ 8320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ readWorkflowFile),
/* harmony export */   ML: () => (/* binding */ pendingApprovals),
/* harmony export */   Mf: () => (/* binding */ failedJobs),
/* harmony export */   Mh: () => (/* binding */ getRun),
/* harmony export */   PZ: () => (/* binding */ listDispatchRuns),
/* harmony export */   Su: () => (/* binding */ cancelRun),
/* harmony export */   cI: () => (/* binding */ readRun),
/* harmony export */   "in": () => (/* binding */ dispatchWorkflow)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2396);
/* harmony import */ var _contents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3113);
/* harmony import */ var _writes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7443);



/** The workflow's file at a commit: by file name directly, by numeric id through the workflow record. */
async function readWorkflowFile(client, workflow, ref) {
    let path = `.github/workflows/${workflow}`;
    if (/^\d+$/.test(workflow)) {
        const { data } = await client.octokit.rest.actions.getWorkflow({ owner: client.owner, repo: client.repo, workflow_id: Number(workflow) });
        path = data.path;
    }
    return { id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, path, text: await (0,_contents_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileAt */ ._)(client, path, ref) };
}
/**
 * Dispatches the workflow. Asks for run details; when GitHub (Enterprise Server 3.20 and older, or
 * API version 2026-03-10) refuses the field, dispatches again without it. A lost answer is never
 * followed by a second dispatch before `look` (the runs at the ref since the ship's deployment)
 * has found nothing (writes.ts).
 */
async function dispatchWorkflow(client, input, look) {
    const send = (withDetails) => (0,_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .lookFirst */ .S)(client, `dispatching ${input.workflow} at ${input.ref}`, async (request) => read(await client.octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner: client.owner,
        repo: client.repo,
        workflow_id: input.workflow,
        ref: input.ref,
        inputs: input.inputs,
        ...(withDetails ? { return_run_details: true } : {}),
        request
    })), look);
    const read = (response) => {
        const data = response.data;
        if (response.status === 200 && data?.workflow_run_id !== undefined) {
            return { kind: 'run', runId: Number(data.workflow_run_id), htmlUrl: data.html_url };
        }
        return { kind: 'no-details' };
    };
    try {
        return await send(true);
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error);
        if ((status === 400 || status === 422) && /return_run_details/.test((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)))
            return send(false);
        throw error;
    }
}
/** Runs of a workflow started by workflow_dispatch (at `branch` when given; a tag name works too), newest first. */
async function listDispatchRuns(client, input) {
    const { data } = await client.octokit.rest.actions.listWorkflowRuns({
        owner: client.owner,
        repo: client.repo,
        workflow_id: input.workflow,
        event: 'workflow_dispatch',
        ...(input.branch ? { branch: input.branch } : {}),
        ...(input.createdAfter ? { created: `>=${input.createdAfter}` } : {}),
        per_page: 100
    });
    return data.workflow_runs.map(toRunSummary);
}
/** A run, read once (no cache). */
async function getRun(client, runId) {
    const { data } = await client.octokit.rest.actions.getWorkflowRun({ owner: client.owner, repo: client.repo, run_id: runId });
    return toRunSummary(data);
}
/** A run, read conditionally: an unchanged run answers 304 from the cache. */
async function readRun(client, runId, cache) {
    const { data } = await cache.get(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { run_id: runId });
    return toRunSummary(data);
}
/** The environments a run waits on for reviewers (GET …/runs/{id}/pending_deployments). */
async function pendingApprovals(client, runId) {
    const { data } = await client.octokit.rest.actions.getPendingDeploymentsForRun({ owner: client.owner, repo: client.repo, run_id: runId });
    return data.map((p) => ({
        environment: p.environment.name ?? '',
        reviewers: (p.reviewers ?? []).map((r) => {
            const who = r.reviewer;
            if (r.type === 'Team')
                return `team ${who?.slug ?? '?'}`;
            return `@${who?.login ?? '?'}`;
        })
    }));
}
async function failedJobs(client, runId) {
    const jobs = await client.octokit.paginate(client.octokit.rest.actions.listJobsForWorkflowRun, {
        owner: client.owner,
        repo: client.repo,
        run_id: runId,
        filter: 'latest',
        per_page: 100
    });
    return jobs
        .filter((j) => j.conclusion && !['success', 'skipped', 'neutral'].includes(j.conclusion))
        .map((j) => ({
        name: j.name,
        conclusion: j.conclusion ?? '',
        url: j.html_url ?? '',
        steps: (j.steps ?? []).filter((s) => s.conclusion === 'failure' || s.conclusion === 'cancelled').map((s) => s.name)
    }));
}
/**
 * Cancels a run; a run that completed meanwhile (409) is fine. When the answer is lost, the run is
 * read: completed (cancelled or not) means there is nothing more to send.
 */
async function cancelRun(client, runId) {
    try {
        return await (0,_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .lookFirst */ .S)(client, `cancelling run ${runId}`, async (request) => {
            await client.octokit.rest.actions.cancelWorkflowRun({ owner: client.owner, repo: client.repo, run_id: runId, request });
            return 'cancelled';
        }, async () => {
            const { data } = await client.octokit.rest.actions.getWorkflowRun({ owner: client.owner, repo: client.repo, run_id: runId });
            if (data.status !== 'completed')
                return undefined;
            return data.conclusion === 'cancelled' ? 'cancelled' : 'already-completed';
        });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 409)
            return 'already-completed';
        throw error;
    }
}
function toRunSummary(r) {
    return {
        id: r.id,
        status: r.status,
        conclusion: r.conclusion,
        htmlUrl: r.html_url,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        displayTitle: r.display_title,
        headBranch: r.head_branch,
        runStartedAt: r.run_started_at
    };
}


/***/ }),

/***/ 3113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readFileAt),
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workspace_checkout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3889);
/* harmony import */ var _workspace_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7513);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2396);
/**
 * Files of the shipped commit: from the workspace when it is checked out at that very commit
 * (no request), else through the contents API at the commit.
 */




/** A reader of the shipped commit's files; null for a file that does not exist. */
async function commitFiles(client, workspace, sha) {
    if ((await (0,_workspace_checkout_js__WEBPACK_IMPORTED_MODULE_1__/* .checkedOut */ .M)(workspace))?.head === sha) {
        return {
            source: 'workspace',
            read: async (file) => {
                try {
                    return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,_workspace_confine_js__WEBPACK_IMPORTED_MODULE_2__/* .confinedPath */ .OR)(workspace, file, file), 'utf8');
                }
                catch (error) {
                    if (error.code === 'ENOENT')
                        return null;
                    throw error;
                }
            }
        };
    }
    return { source: 'api', read: (file) => readFileAt(client, file, sha) };
}
async function readFileAt(client, file, ref) {
    try {
        const { data } = await client.octokit.rest.repos.getContent({ owner: client.owner, repo: client.repo, path: file, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return null;
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(error) === 404)
            return null;
        throw error;
    }
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lh: () => (/* binding */ deployRunMarker),
/* harmony export */   UJ: () => (/* binding */ createShipDeployment),
/* harmony export */   X_: () => (/* binding */ latestDeploymentStatus),
/* harmony export */   bo: () => (/* binding */ findShipDeployment),
/* harmony export */   e9: () => (/* binding */ setDeploymentStatus),
/* harmony export */   gq: () => (/* binding */ latestShipProdDeployment)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _writes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7443);
/**
 * GitHub deployments of a ship: find this ship's deployment (a re-run reuses it), create it,
 * and set its statuses. Creating a deployment and adding a status are writes a repeat would
 * duplicate, so both look first when their answer is lost (writes.ts).
 */


/** The marker a status description carries once the deploy run is known: `deploy run 123`. */
const RUN_MARKER = /\bdeploy run (\d+)\b/;
function deployRunMarker(runId) {
    return `deploy run ${runId}`;
}
function payloadOf(d) {
    return (typeof d.payload === 'string' ? safeJson(d.payload) : d.payload);
}
/**
 * This ship's newest deployment (payload.ship_prod.ship_id; a re-run after a failed deploy makes
 * a new one), with the deploy run its statuses name and its latest state.
 */
async function findShipDeployment(client, input) {
    const { owner, repo } = client;
    const { data } = await client.octokit.rest.repos.listDeployments({ owner, repo, environment: input.environment, ref: input.ref, per_page: 100 });
    const mine = data.filter((d) => payloadOf(d)?.ship_prod?.ship_id === input.shipId).sort((a, b) => b.id - a.id)[0];
    return mine ? withStatuses(client, mine) : undefined;
}
/** A deployment with the deploy run its statuses name and its latest state. */
async function withStatuses(client, d) {
    const { data: statuses } = await client.octokit.rest.repos.listDeploymentStatuses({ owner: client.owner, repo: client.repo, deployment_id: d.id, per_page: 100 });
    const withRun = statuses.map((s) => RUN_MARKER.exec(s.description ?? '')).find(Boolean);
    return { id: d.id, createdAt: d.created_at, runId: withRun ? Number(withRun[1]) : undefined, state: statuses[0]?.state };
}
/**
 * The environment's latest deployment made by ship-prod (a ship's or a rollback's; deployments a
 * deploy workflow's job makes for itself are passed over), with its ref, latest state and run.
 */
async function latestShipProdDeployment(client, environment) {
    const { owner, repo } = client;
    const { data } = await client.octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: 30 });
    const latest = data.filter((d) => payloadOf(d)?.ship_prod).sort((a, b) => b.id - a.id)[0];
    if (!latest)
        return undefined;
    const shipId = payloadOf(latest)?.ship_prod?.ship_id;
    return { ...(await withStatuses(client, latest)), ref: latest.ref, ...(shipId ? { shipId } : {}) };
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * Creates a deployment. Its payload carries a fresh write id, so that when the answer is lost the
 * deployment GitHub made (if it did) is found by it, and not made a second time.
 */
async function createShipDeployment(client, input) {
    const { owner, repo } = client;
    const writeId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const payload = { ...input.payload, ship_prod: { ...input.payload.ship_prod, write_id: writeId } };
    return (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .lookFirst */ .S)(client, `creating the ${input.environment} deployment of ${input.ref}`, async (request) => {
        const { data } = await client.octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: input.ref,
            environment: input.environment,
            description: input.description.slice(0, 140),
            payload,
            // The action gates itself; GitHub must neither re-check contexts nor merge the default branch in.
            required_contexts: [],
            auto_merge: false,
            production_environment: input.production,
            transient_environment: false,
            request
        });
        if (!('id' in data))
            throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no id in the answer'}`);
        return { id: data.id, createdAt: data.created_at };
    }, async () => {
        const { data } = await client.octokit.rest.repos.listDeployments({ owner, repo, environment: input.environment, ref: input.ref, per_page: 100 });
        const made = data.find((d) => payloadOf(d)?.ship_prod?.write_id === writeId);
        return made ? { id: made.id, createdAt: made.created_at } : undefined;
    });
}
/** Adds a status; when the answer is lost, the newest status is read: the same state and words mean it was added. */
async function setDeploymentStatus(client, deploymentId, input) {
    const { owner, repo } = client;
    const description = input.description.slice(0, 140);
    await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .lookFirst */ .S)(client, `setting deployment ${deploymentId} ${input.state}`, async (request) => {
        await client.octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: deploymentId,
            state: input.state,
            description,
            ...(input.logUrl ? { log_url: input.logUrl } : {}),
            ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
            auto_inactive: input.state === 'success',
            request
        });
        return true;
    }, async () => {
        const latest = await latestDeploymentStatus(client, deploymentId);
        return latest?.state === input.state && latest.description === description ? true : undefined;
    });
}
/** A deployment's newest status (GitHub lists them newest first), or undefined when it has none. */
async function latestDeploymentStatus(client, deploymentId) {
    const { data } = await client.octokit.rest.repos.listDeploymentStatuses({ owner: client.owner, repo: client.repo, deployment_id: deploymentId, per_page: 1 });
    return data[0] ? { state: data[0].state, description: data[0].description ?? '' } : undefined;
}


/***/ }),

/***/ 7443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ harmless),
/* harmony export */   S: () => (/* binding */ lookFirst)
/* harmony export */ });
/* unused harmony export outcomeUnknown */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2396);
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9959);
/**
 * The one way ship-prod writes to GitHub. Every write is declared once, where it is made, as one
 * of two kinds, and goes out through here, one at a time:
 *
 * - harmless: sending it twice leaves GitHub as sending it once. Git blobs, trees, commits and
 *   tag objects (content-addressed: a repeat makes at most an unreferenced object) and a PATCH to
 *   a state (a ref to a SHA, a release to published). plugin-retry may re-send these after a 5xx
 *   or a reset connection, as it would any request.
 * - look-first: a repeat would make a second thing (a ref, a release, a deployment, a deployment
 *   status, a workflow run) or act twice (a cancel). It is sent with plugin-retry switched off for
 *   it (`retries: 0`). When its answer is lost (a 5xx, a reset connection, no answer), GitHub
 *   may or may not have applied it, so the write's `look` reads what is there: what it finds is
 *   used as the answer; only when it finds nothing is the write sent again, after the back-off
 *   plugin-retry would have waited. A definite answer (2xx, 4xx) is never second-guessed.
 *
 * Rate-limit answers (403/429 secondary limits, the primary limit) mean GitHub did not apply the
 * write; plugin-throttling waits as told and sends it again, for both kinds.
 *
 * Writes wait for each other in the client's WriteLine, so `send` makes exactly one write and
 * `look` only reads (a write inside either would wait for itself). The line has two lanes: the
 * main one, and a side lane for a chain that does not depend on it (the branch's fast-forward or
 * merge-back pull request, beside the draft release and the deployment: inSideLane), so at most
 * two writes are in flight. One write may go beside both (`beside`): the release of an
 * environment's lock, sent with a ship's last write so that it adds no round trip; it creates
 * nothing and notifies no one. All draw from the write bucket (pacing.ts).
 */



/** A lost answer: the write may have been applied. Anything else is GitHub's word on it. */
function outcomeUnknown(error) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    return status === 0 || status >= 500;
}
/** A write that may be repeated as it is. */
function harmless(client, send) {
    return client.writes.run(() => send({ shipWrite: 'harmless' }));
}
/**
 * A write that must look before it is repeated. `look` answers what the write would have
 * answered when GitHub has applied it, or undefined when it has not.
 */
function lookFirst(client, what, send, look, opts = {}) {
    const write = async () => {
        let lastError;
        for (let attempt = 0; attempt <= _pacing_js__WEBPACK_IMPORTED_MODULE_2__/* .RETRIES */ .Zs; attempt++) {
            if (attempt > 0) {
                // Wait as plugin-retry would (GitHub's lists may lag a write), then look.
                await sleep((0,_pacing_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffMs */ .jo)(attempt, client.timeScale));
                const found = await look();
                if (found !== undefined) {
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${what}: the answer was lost, but GitHub had applied it; using what it made`);
                    return found;
                }
            }
            try {
                return await send({ shipWrite: 'look-first', retries: 0 });
            }
            catch (error) {
                if (!outcomeUnknown(error))
                    throw error;
                lastError = error;
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${what}: no answer (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) || 'connection'}: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}); looking before sending it again`);
            }
        }
        const found = await look();
        if (found !== undefined)
            return found;
        throw lastError;
    };
    return opts.beside ? write() : client.writes.run(write);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* reexport safe */ _rounds_js__WEBPACK_IMPORTED_MODULE_1__.Ym),
/* harmony export */   _Z: () => (/* reexport safe */ _rounds_js__WEBPACK_IMPORTED_MODULE_1__._Z),
/* harmony export */   h0: () => (/* reexport safe */ _rounds_js__WEBPACK_IMPORTED_MODULE_1__.h0),
/* harmony export */   hq: () => (/* reexport safe */ _rounds_js__WEBPACK_IMPORTED_MODULE_1__.hq),
/* harmony export */   lH: () => (/* reexport safe */ _probe_js__WEBPACK_IMPORTED_MODULE_0__.lH),
/* harmony export */   mG: () => (/* reexport safe */ _window_js__WEBPACK_IMPORTED_MODULE_2__.mG)
/* harmony export */ });
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4119);
/* harmony import */ var _rounds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4532);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8375);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(776);
/** The health-check core: probes, waiting for healthy, the monitoring window, metric sources. */






/***/ }),

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ confinedPath),
/* harmony export */   v$: () => (/* binding */ OutsideWorkspaceError),
/* harmony export */   vt: () => (/* binding */ symlinkTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Workspace confinement: every file the action reads or writes in the workspace (state file,
 * version files, changelog, report file) must stay in it. A path is resolved the way the system
 * will follow it (symlinks on the way, a dangling symlink at the end included); when that leads
 * outside the workspace, the path is refused with the link that leads out.
 */


class OutsideWorkspaceError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutsideWorkspaceError';
    }
}
/** Symlinks followed at most (as the system does, ELOOP beyond it). */
const MAX_LINKS = 40;
/**
 * Where `target` (absolute) really leads: existing parts resolved by realpath, a missing tail kept
 * as written, a dangling symlink followed to its target. `via` is the first symlink met.
 */
function follow(target) {
    let current = target;
    let via;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        // The longest existing prefix, resolved; the rest appended.
        const rest = [];
        let probe = current;
        for (;;) {
            try {
                const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(probe);
                if (!via && real !== probe)
                    via = firstLink(probe);
                return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, ...rest.reverse()), via };
            }
            catch (error) {
                const code = error.code;
                if (code === 'ELOOP')
                    throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
                if (code !== 'ENOENT' && code !== 'ENOTDIR')
                    throw error;
            }
            // A dangling symlink: follow it by hand (realpath refuses it).
            let isLink = false;
            try {
                isLink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(probe).isSymbolicLink();
            }
            catch {
                isLink = false;
            }
            if (isLink) {
                const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(probe), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(probe));
                via ??= { link: probe, to };
                current = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(to, ...rest.reverse());
                break;
            }
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(probe);
            if (parent === probe)
                return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(probe, ...rest.reverse()), via };
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(probe));
            probe = parent;
        }
    }
    throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
}
/** The first symlink on the way to `target` (whose parts all exist). */
function firstLink(target) {
    const parts = target.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    for (let i = 2; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(prefix).isSymbolicLink())
                return { link: prefix, to: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(prefix), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(prefix)) };
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function inside(root, real) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * The absolute path of `relative` in `workspace`, once checked to stay inside it (through any
 * symlink). Throws OutsideWorkspaceError naming `what` (an input's name) and the link that leads out.
 */
function confinedPath(workspace, relative, what) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, relative);
    const { real, via } = follow(absolute);
    if (inside(root, real))
        return absolute;
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    const how = via
        ? ` through the symlink ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, via.link).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')}, which points outside it`
        : '';
    throw new OutsideWorkspaceError(`${what} ${shown} leads outside the workspace${how}; expected a file inside the workspace (symlinks out of it are refused)`);
}
/** The workspace-relative target of `relative` when the file itself is a symlink; undefined otherwise. */
function symlinkTarget(workspace, relative) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, relative);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute).isSymbolicLink())
            return undefined;
    }
    catch {
        return undefined;
    }
    const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolute));
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, to).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ })

};

//# sourceMappingURL=192.index.js.map