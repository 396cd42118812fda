export const id = 417;
export const ids = [417];
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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2396);
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 422)
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 404)
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 422)
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) !== 422)
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 404)
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
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

/***/ 1417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(2396);
// EXTERNAL MODULE: ./src/ship-state.ts
var ship_state = __webpack_require__(8913);
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
        const settings = await (0,inputs/* readSettingsLoadingLibraries */.ZB)(env);
        const runner = (0,context/* readRunnerFacts */.cw)(env);
        const [owner = '', repo = ''] = runner.repository.split('/');
        client = (0,github_client/* createClient */.UU)({ token: settings.token, owner, repo, apiUrl: runner.apiUrl, timeScale: runner.timeScale });
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

// EXTERNAL MODULE: ./src/github/actions.ts
var actions = __webpack_require__(8320);
// EXTERNAL MODULE: ./src/github/conditional.ts
var conditional = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/post-summary.ts
/**
 * The job summary of a cancelled ship (pure): for each deployment the post step marked `error`,
 * what main was doing there, what state the environment may be in and what a person should check;
 * the deployments that had already ended are named, left as they were. One environment reads as
 * it always did; several (waves) get a section each.
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
function renderPostSummary(i) {
    const acted = i.deployments.filter((d) => d.acted);
    const ended = i.deployments.filter((d) => !d.acted);
    const repoUrl = i.owner ? `${i.serverUrl}/${i.owner}/${i.repo}` : '';
    const deploymentLink = (d) => (repoUrl ? (0,markdown/* link */.nf)(String(d.saved.deploymentId), `${repoUrl}/deployments/${encodeURIComponent(d.saved.environment)}`) : String(d.saved.deploymentId));
    const lines = [];
    if (!acted.length) {
        lines.push('## ⚠️ ship-prod: cancelled', '', 'The job was cancelled after every deployment it had made had ended: none was marked `error`.');
    }
    else if (acted.length === 1) {
        const d = acted[0];
        const { next, previous, env, run } = wordsOf(d);
        lines.push(`## ⚠️ ship-prod: cancelled while ${DOING[d.saved.phase]}`, '');
        lines.push(`The job was cancelled while ship-prod was ${doing(d.saved.phase, next, previous, env)}, so it could not ${d.saved.phase === 'rolling-back' ? 'finish the rollback' : 'finish, roll back'} or report. ` +
            (d.refused ? `**Deployment ${d.saved.deploymentId} could not be marked \`error\`:** ${(0,markdown/* text */.Qq)(d.refused)}` : `Deployment ${deploymentLink(d)} is now marked \`error\`.`));
        lines.push('', '### What state production may be in', '', ...stateLines(d, run).map((s) => `- ${s}`));
        lines.push('', '### What to check', '', ...checkLines(d, run).map((s) => `- ${s}`));
    }
    else {
        const names = acted.map((d) => (0,markdown/* code */.aY)(d.saved.environment));
        const marked = acted.filter((d) => !d.refused);
        lines.push(`## ⚠️ ship-prod: cancelled while shipping to ${acted.length} environments`, '');
        lines.push(`The job was cancelled while ship-prod was working in ${names.join(', ')} at once, so it could not finish, roll back or report. ` +
            (marked.length ? `Deployment${marked.length > 1 ? 's' : ''} ${marked.map(deploymentLink).join(', ')} ${marked.length > 1 ? 'are' : 'is'} now marked \`error\`.` : ''));
        for (const d of acted) {
            const { next, previous, env, run } = wordsOf(d);
            const what = d.saved.phase === 'rolling-back' ? `rolling back from ${next} to ${previous}` : `${DOING[d.saved.phase]} ${next}`;
            lines.push('', `### ${env}: ${what}`, '');
            if (d.refused)
                lines.push(`**Deployment ${d.saved.deploymentId} could not be marked \`error\`:** ${(0,markdown/* text */.Qq)(d.refused)}`, '');
            lines.push('What state it may be in:', '', ...stateLines(d, run).map((s) => `- ${s}`));
            lines.push('', 'What to check:', '', ...checkLines(d, run).map((s) => `- ${s}`));
        }
    }
    if (ended.length) {
        lines.push('', `Already ended, left as ${ended.length > 1 ? 'they were' : 'it was'}: ${ended.map((d) => `deployment ${deploymentLink(d)} (${(0,markdown/* code */.aY)(d.saved.environment)}, \`${d.latest || 'no status'}\`)`).join(', ')}.`);
    }
    if (i.jobRunUrl)
        lines.push('', `This job: ${(0,markdown/* link */.nf)('workflow run', i.jobRunUrl)}.`);
    return lines.join('\n') + '\n';
}
function wordsOf(d) {
    const { saved } = d;
    return {
        env: (0,markdown/* code */.aY)(saved.environment),
        next: saved.tag ? (0,markdown/* code */.aY)(saved.tag) : saved.version ? (0,markdown/* code */.aY)(saved.version) : 'the new version',
        previous: saved.previousVersion ? (0,markdown/* code */.aY)(saved.previousVersion) : 'the previous version',
        run: saved.runId ? (0,markdown/* link */.nf)(`${saved.phase === 'rolling-back' ? 'run' : 'deploy run'} ${saved.runId}`, saved.runUrl) : ''
    };
}
/** What state the environment may be in. */
function stateLines(d, run) {
    const { next, previous } = wordsOf(d);
    const phase = d.saved.phase;
    if (d.traffic)
        return [...d.traffic];
    if (phase === 'deploying') {
        return [
            `The deploy of ${next} was under way: production may run ${next}, ${previous}, or a mix of both (${previous} may still be partly live).`,
            run
                ? `${run} is a separate workflow run: cancelling this job did not stop it.` + (d.runState ? ` It is ${(0,markdown/* text */.Qq)(d.runState)} now.` : ' Its status could not be read.')
                : 'The deploy run was not known yet (it may not have been dispatched, or may not have been found).'
        ];
    }
    if (phase === 'verifying') {
        return [
            `${next} had been deployed and was being health-checked: it is probably live, but it was not verified, and nothing rolled it back if it is unhealthy.`,
            ...(run ? [`The deploy ran in ${run}${d.runState ? ` (${(0,markdown/* text */.Qq)(d.runState)})` : ''}.`] : [])
        ];
    }
    return [
        `A rollback to ${previous} was under way after ${next} failed: production may run either version, or a mix of both.`,
        ...(run ? [`${run}, the last run ship-prod started, is separate from this job and may still be running${d.runState ? `: it is ${(0,markdown/* text */.Qq)(d.runState)} now` : ''}.`] : [])
    ];
}
/** What a person should check there. */
function checkLines(d, run) {
    const { next, previous, env } = wordsOf(d);
    const checks = [];
    if (run)
        checks.push(`Open ${run} and let it finish, or cancel it, before anything else deploys.`);
    checks.push(`Check what ${env} serves now (its health endpoint or version) and whether it is healthy.`);
    if (d.saved.phase === 'rolling-back') {
        checks.push(`If ${previous} is not fully back, roll back by hand: the "Rollback procedure" of this ship's report file (when it was written) lists the commands, and the action's docs/deploy.md explains the rollback.`);
    }
    else {
        checks.push(`Then either re-run this job (it resumes: it reuses the tag, the release and deployment ${d.saved.deploymentId}, and waits for the deploy run it dispatched rather than dispatching again), or roll back to ${previous} by hand.`);
    }
    checks.push(`The tag ${next} is kept and its release stays a draft until a ship of it succeeds.`);
    return checks;
}

;// CONCATENATED MODULE: ./src/post-deployments.ts
/**
 * The post step's part for the deployments: every deployment main saved (one per environment,
 * several at once with waves, a rollback's beside its ship's) that had not ended is marked
 * `error`. It looks before it acts: each deployment's newest status is read first, and one that
 * had already ended (a wave verified and marked `success`, an environment marked `failure` and
 * rolled back) is left as it is. The deployments are handled at once; the writes go out one at a
 * time through the client's write line.
 */






/** A deployment status no later status changes: the deployment ended. */
const ENDED = new Set(['success', 'failure', 'error', 'inactive']);
/** Whether the post step marks a deployment whose newest status is `latest` (pure): not when it ended; when unread, it does. */
function needsMarking(latest) {
    return latest === undefined || !ENDED.has(latest);
}
/** Looks at every saved deployment and marks `error` each one that had not ended. Never throws. */
async function markCancelledDeployments(client, saved, opts) {
    const environments = new Set(saved.map((d) => d.environment));
    // The traffic state names its environment; a ship of one environment may have saved it without.
    const trafficOf = (d) => (opts.traffic && (opts.traffic.environment === d.environment || environments.size === 1) ? opts.traffic : undefined);
    return Promise.all(saved.map((d) => markOne(client, d, opts.jobRunUrl, trafficOf(d))));
}
async function markOne(client, saved, jobRunUrl, traffic) {
    const id = saved.deploymentId;
    const latest = await (0,deployments/* latestDeploymentStatus */.X_)(client, id).then((status) => status?.state ?? '', (error) => {
        core/* info */.pq(`ship-prod post: could not read the statuses of deployment ${id} (${error.message}): marking it error anyway.`);
        return undefined;
    });
    if (!needsMarking(latest)) {
        core/* info */.pq(`ship-prod post: deployment ${id} (${saved.environment}) had already ended ${latest}: left as it is.`);
        return { saved, latest: latest ?? '', acted: false, refused: '', runState: '' };
    }
    const what = doing(saved.phase, saved.tag ?? (saved.version ? `version ${saved.version}` : 'the new version'), saved.previousVersion ?? 'the previous version', saved.environment);
    core/* warning */.$e(`ship-prod was cancelled while ${what}: marking deployment ${id} as error.`);
    let refused = '';
    try {
        await (0,deployments/* setDeploymentStatus */.e9)(client, id, {
            state: 'error',
            description: `job cancelled while ${what}; ${traffic?.movedBack ? 'traffic moved back to the previous version' : 'production state unknown'}${saved.runId ? `, see run ${saved.runId}` : ''}`,
            logUrl: jobRunUrl
        });
    }
    catch (error) {
        refused = (0,github_client/* explainGitHubError */.Pm)(error, `Marking deployment ${id} as error`, 'deployments: write');
        core/* warning */.$e(refused);
    }
    return { saved, ...(latest !== undefined ? { latest } : {}), acted: true, refused, runState: await runStateOf(client, saved.runId), ...(traffic ? { traffic: traffic.lines } : {}) };
}
/** A deploy run's status in a few words, or '' when it cannot be read. */
async function runStateOf(client, runId) {
    if (!runId)
        return '';
    try {
        const run = await (0,actions/* readRun */.cI)(client, runId, new conditional/* ConditionalCache */.X());
        return run.status === 'completed' ? `completed, ${run.conclusion ?? 'no conclusion'}` : (run.status ?? 'unknown');
    }
    catch (error) {
        core/* info */.pq(`Could not read deploy run ${runId}: ${error.message}`);
        return '';
    }
}

;// CONCATENATED MODULE: ./src/post.ts
/**
 * The post step (`post-if: cancelled()` in action.yml): when the job is cancelled while ship-prod
 * is deploying, verifying or rolling back, the main step is killed where it stands and cannot say
 * what it left behind. This step runs afterwards: it marks `error` every deployment of the ship
 * that had not ended (each environment's, several with waves; post-deployments.ts looks at each
 * one first) and writes a job summary saying what state each environment may be in and what a
 * person should check (post-summary.ts); then it releases the locks the run held.
 *
 * It knows what main was doing only from what main saved with `saveShipState` (core.saveState,
 * read back with core.getState): the runner gives the post step main's saved state as STATE_*
 * variables. With `done`, or before any deployment exists, there is nothing to clean up.
 */









async function runPost(env = process.env) {
    await runPostSteps(env);
    // Production first (above); then the environments' locks, whatever main was doing.
    await releaseLockAfterCancel(env);
}
async function runPostSteps(env) {
    const state = (0,ship_state/* readShipState */.sf)(core/* getState */.Gu(ship_state/* SHIP_STATE_KEY */.l2));
    if (!state || state.done || !state.deployments.length) {
        const why = !state ? 'the main step saved no deploy state' : state.done ? 'the main step had finished' : 'no deployment had been created yet';
        core/* info */.pq(`ship-prod post: nothing to clean up (${why}).`);
        return;
    }
    const ids = state.deployments.map((d) => d.deploymentId).join(', ');
    // The same readers as main: main ran with these inputs and facts, so they read as they did there.
    let settings;
    let runner;
    try {
        settings = await (0,inputs/* readSettingsLoadingLibraries */.ZB)(env);
        runner = (0,context/* readRunnerFacts */.cw)(env);
    }
    catch (error) {
        core/* warning */.$e(`ship-prod post: cannot mark deployment${state.deployments.length > 1 ? 's' : ''} ${ids} as error: ${error.message}`);
        return;
    }
    const [owner = '', repo = ''] = runner.repository.split('/');
    const jobRunUrl = (0,context/* runUrlOf */.Qm)(runner) || undefined;
    const client = (0,github_client/* createClient */.UU)({ token: settings.token, owner, repo, apiUrl: runner.apiUrl, timeScale: runner.timeScale });
    // Production first: a traffic split is moved back before anything is recorded.
    const traffic = await (0,cancel_traffic/* switchBackAfterCancel */.MY)(settings, env);
    const deployments = await markCancelledDeployments(client, state.deployments, { ...(jobRunUrl ? { jobRunUrl } : {}), ...(traffic ? { traffic } : {}) });
    const summary = renderPostSummary({ deployments, owner, repo, serverUrl: runner.serverUrl, ...(jobRunUrl ? { jobRunUrl } : {}) });
    try {
        await core/* summary */.z.addRaw(summary).write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${error.message}`);
    }
}


/***/ })

};

//# sourceMappingURL=417.index.js.map