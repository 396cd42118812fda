export const id = 952;
export const ids = [952,488];
export const modules = {

/***/ 4488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decideResume: () => (/* binding */ decideResume),
/* harmony export */   ensureShipDeployment: () => (/* binding */ ensureShipDeployment),
/* harmony export */   lookupShipDeployment: () => (/* binding */ lookupShipDeployment),
/* harmony export */   shipIdOf: () => (/* binding */ shipIdOf),
/* harmony export */   started: () => (/* binding */ started)
/* harmony export */ });
/* harmony import */ var _github_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8320);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6887);
/* harmony import */ var _workflow_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9930);
/**
 * The ship's GitHub deployment of one environment, found or created once. The pipeline starts
 * this work alongside the release stage's own writes (the deployment needs only the tag), so the
 * deploy unit finds the deployment ready; a release-triggered run, which has no release writes,
 * prepares it in the unit.
 *
 * A re-run decides from this ship's newest deployment and the deploy run it dispatched
 * (INTERFACE.md, Re-runs): see `decideResume`.
 */




/** What a re-run does with the ship's newest deployment and the run it dispatched (pure). */
function decideResume(existing, run) {
    if (!existing)
        return { action: 'create', why: 'no deployment of this ship yet' };
    const at = `deployment ${existing.id}`;
    if (existing.state === 'success')
        return { action: 'done', why: `${at} of this ship already succeeded: not deployed again` };
    if (run && run.status !== 'completed')
        return { action: 'wait', why: `run ${run.id}, dispatched for ${at}, is ${run.status}: waiting for it, not dispatching again` };
    if (existing.state === 'failure') {
        return { action: 'create', why: `${at} of this ship ended in failure${run ? ` (run ${run.id} ${run.conclusion})` : ''}: deploying again with a new deployment` };
    }
    if (run?.conclusion === 'success')
        return { action: 'wait', why: `run ${run.id}, dispatched for ${at}, already succeeded: not dispatching again` };
    if (run)
        return { action: 'create', why: `run ${run.id}, dispatched for ${at}, ended ${run.conclusion}: deploying again with a new deployment` };
    return { action: 'deploy', why: `${at} of this ship exists (a re-run) and nothing was dispatched for it yet: reused` };
}
/** The ship's identity across attempts of the same job: the workflow run and the tag (or the commit before there is one). */
function shipIdOf(runId, tagOrSha) {
    return `${runId || 'local'}:${tagOrSha}`;
}
function lookupShipDeployment(facts) {
    return (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .findShipDeployment */ .bo)(facts.client, { environment: facts.environment, ref: facts.version.tag, shipId: facts.shipId });
}
/**
 * The run an earlier attempt dispatched for `existing`: the one its statuses name, else (killed
 * right after the dispatch, before anything recorded it) a workflow_dispatch run of the deploy
 * workflow at the tag created since the deployment.
 */
async function earlierRun(facts, existing) {
    // A run deleted since (404) is as good as none: the decision falls back on the deployment's state.
    if (existing.runId)
        return (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getRun */ .Mh)(facts.client, existing.runId).catch((error) => ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error) === 404 ? undefined : Promise.reject(error)));
    if (facts.workflowId === undefined || existing.state === 'success')
        return undefined;
    return (0,_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__/* .findRunSince */ .P8)(facts.client, { workflow: facts.workflowId, ref: facts.version.tag, since: existing.createdAt, shipId: `${facts.shipId}:deploy` });
}
async function ensureShipDeployment(facts, lookup) {
    const existing = await lookup;
    const earlier = existing ? await earlierRun(facts, existing) : undefined;
    const decision = decideResume(existing, earlier);
    const known = new Set(earlier ? [earlier.id] : []);
    if (existing && decision.action !== 'create')
        return { id: existing.id, createdAt: existing.createdAt, existing, decision, run: earlier, known };
    const { version, environment } = facts;
    const created = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .createShipDeployment */ .UJ)(facts.client, {
        ref: version.tag,
        environment,
        description: `ship-prod ${version.tag}`,
        production: environment.toLowerCase().startsWith('prod'),
        payload: {
            ship_prod: {
                ship_id: facts.shipId,
                version: version.next,
                tag: version.tag,
                previous_version: version.previous,
                run_id: facts.runId,
                run_url: facts.runUrl,
                ...(facts.freezeOverride ? { freeze_override: facts.freezeOverride } : {})
            }
        }
    });
    return { ...created, existing, decision, known };
}
/** Marks a promise as handled now (it is awaited later), so a rejection in between is not fatal. */
function started(promise) {
    promise.catch(() => undefined);
    return promise;
}


/***/ }),

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

/***/ 9952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLockStage: () => (/* binding */ runLockStage),
  takeLocks: () => (/* binding */ takeLocks)
});

// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/deploy/deployment.ts
var deployment = __webpack_require__(4488);
// EXTERNAL MODULE: ./src/github/conditional.ts
var conditional = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/github/locks.ts
var locks = __webpack_require__(4419);
;// CONCATENATED MODULE: ./src/lock/holder.ts
/**
 * Who holds an environment's lock, as written in the lock commit's message (pure). The lock is the
 * ref `refs/ship-prod/locks/<environment>` pointing at a commit whose message names its holder:
 *
 *   ship-prod lock: production
 *
 *   environment: production
 *   run-id: 11873466012
 *   run-attempt: 1
 *   run-url: https://github.com/acme/shop/actions/runs/11873466012
 *   ship-id: 11873466012:3f2a…
 *   since: 2026-11-21T16:30:00.000Z
 *
 * A commit a person can open on GitHub (by its SHA) and read; `parseLockMessage` reads it back.
 */
/** The namespace of ship-prod's locks: refs outside heads/ and tags/ start no workflow. */
const LOCK_NAMESPACE = 'refs/ship-prod/locks/';
/**
 * The lock's ref for an environment. GitHub compares environment names without case, so the name
 * is lower-cased; every character but a-z, 0-9 and `-` is written `_xx` (its UTF-8 bytes in hex),
 * so any environment name gives a ref git accepts, and two names never share one.
 */
function lockRefName(environment) {
    const bytes = Buffer.from(environment.toLowerCase(), 'utf8');
    let out = '';
    for (const byte of bytes) {
        const c = String.fromCharCode(byte);
        out += /[a-z0-9-]/.test(c) ? c : `_${byte.toString(16).padStart(2, '0')}`;
    }
    return `${LOCK_NAMESPACE}${out}`;
}
const FIELDS = [
    ['environment', 'environment'],
    ['runId', 'run-id'],
    ['runAttempt', 'run-attempt'],
    ['runUrl', 'run-url'],
    ['shipId', 'ship-id'],
    ['since', 'since'],
    ['takenOverFrom', 'taken-over-from']
];
function lockMessage(holder) {
    const lines = FIELDS.filter(([key]) => holder[key] !== undefined && holder[key] !== '').map(([key, name]) => `${name}: ${oneLine(holder[key])}`);
    return `ship-prod lock: ${oneLine(holder.environment)}\n\n${lines.join('\n')}\n`;
}
/** The holder a lock commit names, or undefined when the message is not a ship-prod lock's. */
function parseLockMessage(message) {
    if (!message.startsWith('ship-prod lock:'))
        return undefined;
    const values = new Map();
    for (const line of message.split('\n').slice(1)) {
        const at = line.indexOf(': ');
        if (at > 0)
            values.set(line.slice(0, at).trim(), line.slice(at + 2).trim());
    }
    const runId = values.get('run-id') ?? '';
    if (!/^\d+$/.test(runId))
        return undefined;
    const holder = {
        environment: values.get('environment') ?? '',
        runId,
        runAttempt: values.get('run-attempt') ?? '',
        runUrl: values.get('run-url') ?? '',
        shipId: values.get('ship-id') ?? '',
        since: values.get('since') ?? ''
    };
    const from = values.get('taken-over-from');
    if (from)
        holder.takenOverFrom = from;
    return holder;
}
/** `run 123 (attempt 2)`, the words the log and the summary name a holder with. */
function describeHolder(holder) {
    if (!holder)
        return 'something that is not a ship-prod run (the lock commit does not name one)';
    return `run ${holder.runId}${holder.runAttempt && holder.runAttempt !== '1' ? ` (attempt ${holder.runAttempt})` : ''}`;
}
function oneLine(value) {
    return value.replace(/[\r\n]+/g, ' ');
}

;// CONCATENATED MODULE: ./src/lock/decide.ts
/**
 * What a ship does with an environment's lock, from what it saw (pure, table-tested):
 *
 * | the lock ref                                   | decision                                  |
 * |------------------------------------------------|-------------------------------------------|
 * | absent                                          | `create` it                               |
 * | at this ship's lock commit                      | `held`: ours (a lost answer, or a look)   |
 * | held by this run id (any attempt: a re-run)     | `carry-on` with it                        |
 * | held by a run that has completed, or is gone    | `take-over`, with a warning naming it     |
 * | held by a live run (or one not known yet)       | `wait`, naming its run                    |
 * | ... and lock-timeout has passed                 | `give-up`: blocked, nothing written       |
 *
 * A lock whose commit names no ship-prod run (made by hand) is never taken over: it is waited
 * for, then blocks with what to do.
 */

function decideLock(seen, self, time) {
    if (seen.kind === 'free')
        return { action: 'create', why: 'the lock is free' };
    const who = describeHolder(seen.holder);
    if (self.commitSha && seen.commitSha === self.commitSha)
        return { action: 'held', why: 'the lock points at this ship\'s lock commit' };
    if (seen.holder && self.runId && seen.holder.runId === self.runId) {
        return { action: 'carry-on', why: `the lock is held by ${who} of this same workflow run (a re-run carries on with it)` };
    }
    if (seen.holder && (seen.holderRun === 'completed' || seen.holderRun === 'gone')) {
        return { action: 'take-over', why: `the lock was left by ${who}, which ${seen.holderRun === 'gone' ? 'no longer exists' : 'has completed'} (a killed or cancelled job)` };
    }
    if (time.nowMs >= time.deadlineMs)
        return { action: 'give-up', why: `the lock is still held by ${who}` };
    return { action: 'wait', why: `the lock is held by ${who}` };
}
/** How often a held lock is read again (a conditional request: an unchanged answer is a free 304). */
const LOCK_POLL_MS = 1_000;
/** How often the holder's run is read while waiting (to take over a lock whose run has ended). */
const HOLDER_CHECK_MS = 15_000;

// EXTERNAL MODULE: ./src/github/actions.ts
var actions = __webpack_require__(8320);
;// CONCATENATED MODULE: ./src/lock/orphans.ts
/**
 * A lock taken over from a run that died may leave that run's deploy (or rollback) run going: a
 * dispatched workflow run is not stopped by the death of the job that dispatched it. Before the
 * ship that took the lock over goes on, it waits for every run of the workflows it dispatches
 * that is not completed yet (so two deploys of one environment never overlap), with a progress
 * line naming them, within what is left of lock-timeout.
 */

/** The runs of `workflows` still going (any status but completed), oldest first. */
async function runsInFlight(client, workflows) {
    const lists = await Promise.all(workflows.map((workflow) => (0,actions/* listDispatchRuns */.PZ)(client, { workflow }).catch(() => [])));
    return lists
        .flat()
        .filter((r) => r.status !== 'completed')
        .sort((a, b) => a.id - b.id);
}
/** Waits until no run of the ship's workflows is in flight; false when the deadline came first. */
async function waitForOrphanRuns(env, deadlineMs) {
    const workflows = [...new Set([env.settings.deploy.workflow, env.settings.rollback.workflow].filter(Boolean))];
    if (!workflows.length)
        return true;
    let going = await runsInFlight(env.client, workflows);
    if (!going.length)
        return true;
    const progress = env.progress(`run ${going[0].id} left going by the run whose lock was taken over`, going[0].htmlUrl);
    while (going.length) {
        progress.update(`${going.map((r) => `run ${r.id} ${r.status}`).join(', ')}: waiting for it before deploying`, going[0].htmlUrl);
        if (env.clock.now() >= deadlineMs)
            return false;
        await progress.sleep(Math.min(2_000, Math.max(0, deadlineMs - env.clock.now())));
        going = await runsInFlight(env.client, workflows);
    }
    return true;
}

// EXTERNAL MODULE: ./src/lock/saved.ts
var saved = __webpack_require__(6556);
;// CONCATENATED MODULE: ./src/lock/acquire.ts
/**
 * Taking an environment's lock (github/locks.ts) before the ship's first write, and letting it go
 * when the ship ends. The lock commit goes first (it names this ship), then the ref is created:
 * GitHub creates a ref atomically, so of two ships one gets it and the other is told it exists.
 * A held lock is read again every second (a conditional request: unchanged, it is a 304 that
 * costs no rate limit) with a progress line naming the run that holds it, until it is free, its
 * holder's run has ended (taken over, with a warning), or lock-timeout passes (blocked).
 */








/** Reads the lock and names its holder (the run it names is read when `runs` is given). */
class LockReader {
    env;
    ref;
    cache = new conditional/* ConditionalCache */.X();
    holders = new Map();
    constructor(env, ref) {
        this.env = env;
        this.ref = ref;
    }
    async look(runs) {
        const { client } = this.env;
        const sha = await (0,locks/* readLockRef */.Dw)(client, this.ref, this.cache);
        if (sha === undefined)
            return { kind: 'free' };
        if (!this.holders.has(sha))
            this.holders.set(sha, parseLockMessage(await (0,locks/* readLockCommitMessage */.UA)(client, sha)));
        const holder = this.holders.get(sha);
        let holderRun = runs?.last.get(sha) ?? 'unknown';
        if (holder && runs?.read(sha, holder)) {
            holderRun = await (0,locks/* holderRunState */.xO)(client, holder.runId, runs.cache);
            runs.last.set(sha, holderRun);
        }
        return { kind: 'held', commitSha: sha, ...(holder ? { holder } : {}), holderRun };
    }
}
function thisShip(env, environment) {
    const c = env.context;
    return { environment, runId: c.runId, runAttempt: c.runAttempt, runUrl: c.runUrl, shipId: (0,deployment.shipIdOf)(c.runId, c.sha), since: new Date(env.clock.now()).toISOString() };
}
/** Takes the environment's lock, waiting for it up to lock-timeout. Without `held`, the record says who blocked it. */
async function acquireLock(env, environment) {
    const { client, clock, context, settings } = env;
    const ref = lockRefName(environment);
    const me = thisShip(env, environment);
    const record = { environment, ref, state: 'held', waitedMs: 0, summary: '' };
    const started = clock.now();
    const deadlineMs = started + settings.lockTimeoutMs;
    const mine = await (0,locks/* createLockCommit */.NL)(client, { treeSha: context.treeSha, message: lockMessage(me) });
    const reader = new LockReader(env, ref);
    const runs = { cache: new conditional/* ConditionalCache */.X(), last: new Map(), checkedAt: new Map() };
    const readRuns = {
        cache: runs.cache,
        last: runs.last,
        // The holder's run is read when its lock is first seen, then every HOLDER_CHECK_MS.
        read: (sha, holder) => {
            if (holder.runId === context.runId)
                return false;
            const at = runs.checkedAt.get(sha);
            if (at !== undefined && clock.now() - at < HOLDER_CHECK_MS)
                return false;
            runs.checkedAt.set(sha, clock.now());
            return true;
        }
    };
    let progress;
    let seen = { kind: 'free' };
    const holding = (how, sha, holder) => {
        record.how = how;
        record.commitSha = sha;
        record.waitedMs = clock.now() - started;
        record.takenAt = new Date(clock.now()).toISOString();
        record.holder = holder ?? me;
        record.summary = heldSummary(record);
        return { held: holdLock(env, record, sha), record };
    };
    for (;;) {
        const decision = decideLock(seen, { runId: context.runId, commitSha: mine }, { nowMs: clock.now(), deadlineMs });
        switch (decision.action) {
            case 'create':
                if ((await (0,locks/* createLockRef */.tr)(client, ref, mine)) === 'created')
                    return holding('created', mine, me);
                seen = await reader.look(readRuns);
                break;
            case 'held':
                return holding('created', mine, me);
            case 'carry-on':
                return holding('carried-on', seen.commitSha, seen.holder);
            case 'take-over': {
                const dead = seen;
                const over = await (0,locks/* createLockCommit */.NL)(client, { treeSha: context.treeSha, message: lockMessage({ ...me, takenOverFrom: dead.holder?.runUrl || `run ${dead.holder?.runId}` }), parent: dead.commitSha });
                if ((await (0,locks/* takeOverLockRef */.ui)(client, ref, over)) === 'taken') {
                    const taken = holding('taken-over', over, dead.holder);
                    env.timeline.warn(`took over the ${environment} lock (${ref}) from ${describeHolder(dead.holder)} (${dead.holder?.runUrl || 'no link'}): ${decision.why}`);
                    // Its deploy run may still be going: never deploy beside it.
                    if (await waitForOrphanRuns(env, deadlineMs))
                        return taken;
                    await taken.held.release();
                    record.state = 'blocked';
                    record.summary = `took ${ref} over from ${describeHolder(dead.holder)}, but a run it dispatched was still going when lock-timeout ${(0,durations/* formatDuration */.a3)(settings.lockTimeoutMs)} ran out`;
                    return { record };
                }
                seen = await reader.look(readRuns);
                break;
            }
            case 'wait': {
                const held = seen;
                if (held.holder)
                    record.waitedFor = held.holder;
                progress ??= env.progress(`lock of ${environment} (${ref})`, held.holder?.runUrl || undefined);
                progress.update(`held by ${describeHolder(held.holder)}${held.holder?.since ? ` since ${held.holder.since}` : ''}; lock-timeout ${(0,durations/* formatDuration */.a3)(settings.lockTimeoutMs)}`, held.holder?.runUrl || undefined);
                await progress.sleep(Math.min(LOCK_POLL_MS, Math.max(0, deadlineMs - clock.now())));
                seen = await reader.look(readRuns);
                break;
            }
            case 'give-up': {
                const held = seen;
                record.state = 'blocked';
                record.waitedMs = clock.now() - started;
                if (held.holder)
                    record.holder = held.holder;
                record.commitSha = held.commitSha;
                record.summary = `${ref} is held by ${describeHolder(held.holder)}${held.holder?.since ? ` since ${held.holder.since}` : ''}; waited lock-timeout ${(0,durations/* formatDuration */.a3)(settings.lockTimeoutMs)}`;
                return { record };
            }
        }
    }
}
function heldSummary(record) {
    const waited = record.waitedFor ? ` after waiting ${(0,durations/* formatDuration */.a3)(record.waitedMs)} for ${describeHolder(record.waitedFor)}` : '';
    switch (record.how) {
        case 'carried-on':
            return `${record.ref} held by ${describeHolder(record.holder)} of this run: carried on with it`;
        case 'taken-over':
            return `${record.ref} taken over from ${describeHolder(record.holder)}, whose run had ended without releasing it${waited}`;
        default:
            return `${record.ref} taken${waited}`;
    }
}
function holdLock(env, record, sha) {
    (0,saved/* saveLockHeld */.EJ)({ ref: record.ref, sha });
    let released;
    return {
        ref: record.ref,
        commitSha: sha,
        record,
        release(opts = {}) {
            released ??= (0,locks/* deleteLockRef */.kc)(env.client, record.ref, sha, opts).then(() => {
                record.state = 'released';
                record.releasedAt = new Date(env.clock.now()).toISOString();
                (0,saved/* saveLockReleased */.uI)(record.ref);
            }, (error) => env.timeline.warn(`could not release the lock ${record.ref}: ${error.message}; the next ship takes it over once this run has completed`));
            return released;
        }
    };
}

;// CONCATENATED MODULE: ./src/lock/stage.ts
/**
 * The lock stage, after the gates and before the version (INTERFACE.md, One ship per environment):
 * a ship takes its environment's lock before its first write, so that a second ship computes its
 * version, tags and deploys only once the first has ended. A dry run takes no lock: it says who
 * holds it now.
 */



async function runLockStage(env, environment) {
    if (env.settings.dryRun)
        return planLock(env, environment);
    const { held, record } = await acquireLock(env, environment);
    if (!held)
        return { state: 'failed', summary: `environment ${environment} is locked: ${record.summary}`, record };
    return { state: 'done', summary: record.summary, record, held };
}
async function planLock(env, environment) {
    const ref = lockRefName(environment);
    const seen = await new LockReader(env, ref).look();
    const record = { environment, ref, state: 'planned', waitedMs: 0, summary: '' };
    if (seen.kind === 'held') {
        if (seen.holder)
            record.holder = seen.holder;
        record.commitSha = seen.commitSha;
        record.summary = `${ref} is held now by ${describeHolder(seen.holder)}${seen.holder?.since ? ` since ${seen.holder.since}` : ''}`;
    }
    else {
        record.summary = `${ref} is free now`;
    }
    env.timeline.plan({
        what: `take the lock of ${environment} (${ref}) before the first write, waiting for it up to lock-timeout ${(0,durations/* formatDuration */.a3)(env.settings.lockTimeoutMs)}`,
        detail: record.summary
    });
    return { state: 'planned', summary: `would take ${ref}; ${seen.kind === 'held' ? record.summary.replace(`${ref} `, 'it ') : 'it is free now'}`, record };
}
/**
 * Takes the lock of every environment, in the order given (name order, so that two ships with
 * environments in common never wait on each other crosswise); one stage per lock. When one is
 * not taken, the ones taken before it are released and `failed` names the environment.
 */
async function takeLocks(env, environments) {
    const held = [];
    const records = [];
    const locks = { records, release: async (opts) => void (await Promise.all(held.map((h) => h.release(opts)))) };
    for (const environment of environments) {
        const lock = await env.timeline.stage('lock', () => runLockStage(env, environment));
        if ('record' in lock)
            records.push(lock.record);
        if ('held' in lock && lock.held)
            held.push(lock.held);
        if (lock.state === 'failed') {
            await locks.release();
            return { locks, failed: lock };
        }
    }
    return { locks };
}


/***/ })

};

//# sourceMappingURL=952.index.js.map