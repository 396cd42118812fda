export const id = 492;
export const ids = [492];
export const modules = {

/***/ 4419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ readLockRef),
/* harmony export */   NL: () => (/* binding */ createLockCommit),
/* harmony export */   UA: () => (/* binding */ readLockCommitMessage),
/* harmony export */   kc: () => (/* binding */ deleteLockRef),
/* harmony export */   tr: () => (/* binding */ createLockRef),
/* harmony export */   ui: () => (/* binding */ takeOverLockRef),
/* harmony export */   xO: () => (/* binding */ holderRunState)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _writes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7443);
/**
 * An environment's lock on GitHub: the ref `refs/ship-prod/locks/<environment>` (lock/holder.ts)
 * at a commit whose message names the holder. Every write goes through writes.ts:
 *
 * - the lock commit: harmless (content-addressed; a repeat makes at most an object nothing
 *   points at);
 * - creating the ref: look-first. GitHub creates a ref atomically and answers 422 when it exists;
 *   after a lost answer the ref is read: at our commit, we hold it;
 * - taking a dead holder's lock over: the ref is moved, without force, to a commit whose parent is
 *   the dead holder's commit. GitHub refuses the move (422) unless the ref still points at that
 *   parent, so two ships taking over at once cannot both win (a compare-and-set); sending it twice
 *   leaves the ref where once does (harmless);
 * - releasing: deleting the ref, look-first: after a lost answer the ref is read, and gone (or at
 *   another commit) means it was released.
 */


/** `refs/x/y` as the git-refs routes take it (`x/y`). */
const short = (ref) => ref.replace(/^refs\//, '');
/** The lock commit: the shipped commit's tree (a harmless choice), the holder in its message. */
async function createLockCommit(client, input) {
    const { data } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .harmless */ .Is)(client, (request) => client.octokit.rest.git.createCommit({ owner: client.owner, repo: client.repo, message: input.message, tree: input.treeSha, parents: input.parent ? [input.parent] : [], request }));
    return data.sha;
}
/** Creates the lock ref at `sha`: `created`, or `exists` (someone holds it; read it to know who). */
async function createLockRef(client, ref, sha) {
    try {
        return await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .lookFirst */ .S)(client, `creating the lock ${ref}`, async (request) => {
            await client.octokit.rest.git.createRef({ owner: client.owner, repo: client.repo, ref, sha, request });
            return 'created';
        }, async () => {
            const at = await readLockRef(client, ref);
            return at === undefined ? undefined : at === sha ? 'created' : 'exists';
        });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 422)
            return 'exists';
        throw error;
    }
}
/** Where the lock ref points, or undefined when it does not exist; conditional with a cache (polling). */
async function readLockRef(client, ref, cache) {
    try {
        if (cache) {
            const { data } = await cache.get(client, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: short(ref) });
            return data.object.sha;
        }
        const { data } = await client.octokit.rest.git.getRef({ owner: client.owner, repo: client.repo, ref: short(ref) });
        return data.object.sha;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 404)
            return undefined;
        throw error;
    }
}
/** A lock commit's message (commits never change: read once per SHA). */
async function readLockCommitMessage(client, sha) {
    const { data } = await client.octokit.rest.git.getCommit({ owner: client.owner, repo: client.repo, commit_sha: sha });
    return data.message;
}
/** Moves the ref from the dead holder's commit to ours (its child), never by force: `taken`, or `moved` when it was not at that commit any more. */
async function takeOverLockRef(client, ref, sha) {
    try {
        await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .harmless */ .Is)(client, (request) => client.octokit.rest.git.updateRef({ owner: client.owner, repo: client.repo, ref: short(ref), sha, force: false, request }));
        return 'taken';
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 422)
            return 'moved';
        throw error;
    }
}
/**
 * Deletes the lock ref, which points at `sha` (ours). `beside`: sent beside the ship's last write
 * (writes.ts). A ref already gone, or at another commit, is released as far as we are concerned.
 */
async function deleteLockRef(client, ref, sha, opts = {}) {
    try {
        await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .lookFirst */ .S)(client, `releasing the lock ${ref}`, async (request) => {
            await client.octokit.rest.git.deleteRef({ owner: client.owner, repo: client.repo, ref: short(ref), request });
            return true;
        }, async () => ((await readLockRef(client, ref)) === sha ? undefined : true), opts);
    }
    catch (error) {
        // 422 "Reference does not exist": released already.
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) !== 422)
            throw error;
    }
}
/** The holder's run: running, completed, or gone (404: deleted, so not running). */
async function holderRunState(client, runId, cache) {
    try {
        const { data } = await cache.get(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { run_id: Number(runId) });
        return data.status === 'completed' ? 'completed' : 'running';
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 404)
            return 'gone';
        throw error;
    }
}


/***/ }),

/***/ 6556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ saveLockHeld),
/* harmony export */   T8: () => (/* binding */ readLockState),
/* harmony export */   or: () => (/* binding */ LOCK_STATE_KEY),
/* harmony export */   uI: () => (/* binding */ saveLockReleased)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1659);
/**
 * The locks a main step holds (one per environment; several with waves), saved for the post step
 * (core.saveState, handed to the post step as STATE_lock): a job cancelled while it held them
 * releases them there (lock/after-cancel.ts). Every change rewrites the whole list.
 */

const LOCK_STATE_KEY = 'lock';
let held = [];
/** Saves a lock taken (added to the list). */
function saveLockHeld(lock) {
    held = [...held.filter((l) => l.ref !== lock.ref), lock];
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(LOCK_STATE_KEY, JSON.stringify(held));
}
/** Saves that a lock was released (taken off the list). */
function saveLockReleased(ref) {
    held = held.filter((l) => l.ref !== ref);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(LOCK_STATE_KEY, held.length ? JSON.stringify(held) : '');
}
const valid = (o) => typeof o?.ref === 'string' && o.ref.startsWith('refs/ship-prod/locks/') && typeof o.sha === 'string' && /^[0-9a-f]{40}$/.test(o.sha);
/** The locks main saved: a list (one object, as earlier versions saved, reads as a list of one); nothing unreadable. */
function readLockState(raw) {
    if (!raw)
        return [];
    try {
        const parsed = JSON.parse(raw);
        const list = (Array.isArray(parsed) ? parsed : [parsed]);
        return list.filter(valid).map((l) => ({ ref: l.ref, sha: l.sha }));
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderPostSummary: () => (/* binding */ renderPostSummary),
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(1659);
// EXTERNAL MODULE: ./src/github/actions.ts
var actions = __webpack_require__(8320);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/conditional.ts
var conditional = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/ship-state.ts
var ship_state = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/config/inputs.ts + 12 modules
var inputs = __webpack_require__(324);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/deploy/cancel-traffic.ts
var cancel_traffic = __webpack_require__(1757);
// EXTERNAL MODULE: ./src/github/locks.ts
var locks = __webpack_require__(4419);
// EXTERNAL MODULE: ./src/lock/saved.ts
var saved = __webpack_require__(6556);
;// CONCATENATED MODULE: ./src/lock/after-cancel.ts
/**
 * The post step's part for the lock: a job cancelled while it held its environment's lock
 * releases it (every one, with waves), so the next ship does not wait for it (or have to take it
 * over). Only a lock this run holds is deleted: the ref must still point at the commit main saved.
 */






async function releaseLockAfterCancel(env = process.env) {
    const locks = (0,saved/* readLockState */.T8)(core/* getState */.Gu(saved/* LOCK_STATE_KEY */.or));
    if (!locks.length)
        return;
    let client;
    try {
        const settings = (0,inputs/* readSettingsFromEnv */.Fr)(env);
        const runner = (0,context/* readRunnerFacts */.cw)(env);
        const [owner = '', repo = ''] = runner.repository.split('/');
        client = (0,github_client.createClient)({ token: settings.token, owner, repo, apiUrl: runner.apiUrl, timeScale: runner.timeScale });
    }
    catch (error) {
        core/* warning */.$e(`ship-prod post: could not release the locks ${locks.map((l) => l.ref).join(', ')}: ${error.message}; the next ship takes them over, since this run has ended.`);
        return;
    }
    await Promise.all(locks.map((lock) => releaseOne(client, lock)));
}
async function releaseOne(client, lock) {
    try {
        if ((await (0,locks/* readLockRef */.Dw)(client, lock.ref)) !== lock.sha) {
            core/* info */.pq(`ship-prod post: the lock ${lock.ref} is no longer this run's: left alone.`);
            return;
        }
        await (0,locks/* deleteLockRef */.kc)(client, lock.ref, lock.sha);
        (0,saved/* saveLockReleased */.uI)(lock.ref);
        core/* info */.pq(`ship-prod post: released the lock ${lock.ref} this cancelled run held.`);
    }
    catch (error) {
        core/* warning */.$e(`ship-prod post: could not release the lock ${lock.ref}: ${error.message}; the next ship takes it over, since this run has ended.`);
    }
}

;// CONCATENATED MODULE: ./src/post.ts
/**
 * The post step (`post-if: cancelled()` in action.yml): when the job is cancelled while ship-prod
 * is deploying, verifying or rolling back, the main step is killed where it stands and cannot say
 * what it left behind. This step runs afterwards: it marks the ship's deployment `error` and writes
 * a job summary saying what state production may be in and what a person should check.
 *
 * It knows what main was doing only from what main saved with `saveShipState` (core.saveState,
 * read back with core.getState): the runner gives the post step main's saved state as STATE_*
 * variables. With phase `done`, or before any deployment exists, there is nothing to clean up.
 */











const DOING = {
    deploying: 'deploying',
    verifying: 'verifying',
    'rolling-back': 'rolling back'
};
/** What main was doing, in a few words: `deploying v1.5.0 to production`. */
function doing(phase, next, previous, environment) {
    if (phase === 'deploying')
        return `deploying ${next} to ${environment}`;
    if (phase === 'verifying')
        return `verifying ${next} in ${environment}`;
    return `rolling ${environment} back from ${next} to ${previous}`;
}
async function runPost(env = process.env) {
    await runPostSteps(env);
    // Production first (above); then the environment's lock, whatever main was doing.
    await releaseLockAfterCancel(env);
}
async function runPostSteps(env) {
    const facts = (0,ship_state/* readShipState */.sf)(core/* getState */.Gu(ship_state/* SHIP_STATE_KEY */.l2));
    if (!facts || facts.phase === 'done' || !facts.deploymentId) {
        const why = !facts ? 'the main step saved no deploy state' : facts.phase === 'done' ? 'the main step had finished' : 'no deployment had been created yet';
        core/* info */.pq(`ship-prod post: nothing to clean up (${why}).`);
        return;
    }
    const phase = facts.phase;
    const deploymentId = facts.deploymentId;
    // The same readers as main: main ran with these inputs and facts, so they read as they did there.
    let settings;
    let runner;
    try {
        settings = (0,inputs/* readSettingsFromEnv */.Fr)(env);
        runner = (0,context/* readRunnerFacts */.cw)(env);
    }
    catch (error) {
        core/* warning */.$e(`ship-prod post: cannot mark deployment ${deploymentId} as error: ${error.message}`);
        return;
    }
    const environmentName = settings.environment;
    const [owner = '', repo = ''] = runner.repository.split('/');
    const serverUrl = runner.serverUrl;
    const jobRunUrl = (0,context/* runUrlOf */.Qm)(runner) || undefined;
    const what = doing(phase, facts.tag ?? (facts.version ? `version ${facts.version}` : 'the new version'), facts.previousVersion ?? 'the previous version', environmentName);
    core/* warning */.$e(`ship-prod was cancelled while ${what}: marking deployment ${deploymentId} as error.`);
    const client = (0,github_client.createClient)({ token: settings.token, owner, repo, apiUrl: runner.apiUrl, timeScale: runner.timeScale });
    // Production first: a traffic split is moved back before anything is recorded.
    const traffic = await (0,cancel_traffic/* switchBackAfterCancel */.MY)(settings, env);
    let marked = '';
    try {
        await (0,deployments/* setDeploymentStatus */.e9)(client, deploymentId, {
            state: 'error',
            description: `job cancelled while ${what}; ${traffic?.movedBack ? 'traffic moved back to the previous version' : 'production state unknown'}${facts.runId ? `, see run ${facts.runId}` : ''}`,
            logUrl: jobRunUrl
        });
    }
    catch (error) {
        marked = (0,github_client.explainGitHubError)(error, `Marking deployment ${deploymentId} as error`, 'deployments: write');
        core/* warning */.$e(marked);
    }
    let runState = '';
    if (facts.runId) {
        try {
            const run = await (0,actions/* readRun */.cI)(client, facts.runId, new conditional/* ConditionalCache */.X());
            runState = run.status === 'completed' ? `completed, ${run.conclusion ?? 'no conclusion'}` : (run.status ?? 'unknown');
        }
        catch (error) {
            core/* info */.pq(`Could not read deploy run ${facts.runId}: ${error.message}`);
        }
    }
    const summary = renderPostSummary({ facts, phase, deploymentId, environmentName, owner, repo, serverUrl, jobRunUrl, marked, runState, ...(traffic ? { traffic: traffic.lines } : {}) });
    try {
        await core/* summary */.z.addRaw(summary).write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${error.message}`);
    }
}
/** The job summary of a cancelled ship (pure). */
function renderPostSummary(i) {
    const { facts } = i;
    const env = (0,markdown/* code */.aY)(i.environmentName);
    const next = facts.tag ? (0,markdown/* code */.aY)(facts.tag) : facts.version ? (0,markdown/* code */.aY)(facts.version) : 'the new version';
    const previous = facts.previousVersion ? (0,markdown/* code */.aY)(facts.previousVersion) : 'the previous version';
    const repoUrl = i.owner ? `${i.serverUrl}/${i.owner}/${i.repo}` : '';
    const run = facts.runId ? (0,markdown/* link */.nf)(`${i.phase === 'rolling-back' ? 'run' : 'deploy run'} ${facts.runId}`, facts.runUrl) : '';
    const lines = [`## ⚠️ ship-prod: cancelled while ${DOING[i.phase]}`, ''];
    lines.push(`The job was cancelled while ship-prod was ${doing(i.phase, next, previous, env)}, so it could not ${i.phase === 'rolling-back' ? 'finish the rollback' : 'finish, roll back'} or report. ` +
        (i.marked
            ? `**Deployment ${i.deploymentId} could not be marked \`error\`:** ${(0,markdown/* text */.Qq)(i.marked)}`
            : `Deployment ${repoUrl ? (0,markdown/* link */.nf)(String(i.deploymentId), `${repoUrl}/deployments/${encodeURIComponent(i.environmentName)}`) : i.deploymentId} is now marked \`error\`.`));
    lines.push('', '### What state production may be in', '');
    const state = [];
    if (i.traffic) {
        state.push(...i.traffic);
    }
    else if (i.phase === 'deploying') {
        state.push(`The deploy of ${next} was under way: production may run ${next}, ${previous}, or a mix of both (${previous} may still be partly live).`);
        if (run) {
            state.push(`${run} is a separate workflow run: cancelling this job did not stop it.` +
                (i.runState ? ` It is ${(0,markdown/* text */.Qq)(i.runState)} now.` : ' Its status could not be read.'));
        }
        else {
            state.push('The deploy run was not known yet (it may not have been dispatched, or may not have been found).');
        }
    }
    else if (i.phase === 'verifying') {
        state.push(`${next} had been deployed and was being health-checked: it is probably live, but it was not verified, and nothing rolled it back if it is unhealthy.`);
        if (run)
            state.push(`The deploy ran in ${run}${i.runState ? ` (${(0,markdown/* text */.Qq)(i.runState)})` : ''}.`);
    }
    else {
        state.push(`A rollback to ${previous} was under way after ${next} failed: production may run either version, or a mix of both.`);
        if (run)
            state.push(`${run}, the last run ship-prod started, is separate from this job and may still be running${i.runState ? `: it is ${(0,markdown/* text */.Qq)(i.runState)} now` : ''}.`);
    }
    lines.push(...state.map((s) => `- ${s}`));
    lines.push('', '### What to check', '');
    const checks = [];
    if (run)
        checks.push(`Open ${run} and let it finish, or cancel it, before anything else deploys.`);
    checks.push(`Check what ${env} serves now (its health endpoint or version) and whether it is healthy.`);
    if (i.phase === 'rolling-back') {
        checks.push(`If ${previous} is not fully back, roll back by hand: the report file of this ship (when written) and the README list the commands.`);
    }
    else {
        checks.push(`Then either re-run this job (it resumes: it reuses the tag, the release and deployment ${i.deploymentId}, and waits for the deploy run it dispatched rather than dispatching again), or roll back to ${previous} by hand.`);
    }
    checks.push(`The tag ${next} is kept and its release stays a draft until a ship of it succeeds.`);
    lines.push(...checks.map((s) => `- ${s}`));
    if (i.jobRunUrl)
        lines.push('', `This job: ${(0,markdown/* link */.nf)('workflow run', i.jobRunUrl)}.`);
    return lines.join('\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=492.index.js.map