export const id = 592;
export const ids = [592];
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

/***/ 5592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  announceRefusals: () => (/* reexport */ announceRefusals),
  checkBeforeWrite: () => (/* reexport */ checkBeforeWrite),
  deploymentFactsOf: () => (/* reexport */ deploymentFactsOf),
  ensureShipDeployment: () => (/* reexport */ ensureShipDeployment),
  lookupShipDeployment: () => (/* reexport */ lookupShipDeployment),
  markVerified: () => (/* reexport */ markVerified),
  publishShipRelease: () => (/* reexport */ publishShipRelease),
  readAhead: () => (/* reexport */ readAhead),
  runCleanup: () => (/* reexport */ runCleanup),
  runPreDeploy: () => (/* reexport */ runPreDeploy),
  runRelease: () => (/* reexport */ runRelease),
  runVersion: () => (/* reexport */ runVersion),
  runWaves: () => (/* reexport */ runWaves),
  shipIdOf: () => (/* reexport */ shipIdOf),
  takeLocks: () => (/* reexport */ takeLocks)
});

// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/github/actions.ts
var actions = __webpack_require__(8320);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(2396);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/deploy/workflow-run.ts
var workflow_run = __webpack_require__(9930);
;// CONCATENATED MODULE: ./src/deploy/deployment.ts
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
    return (0,deployments/* findShipDeployment */.bo)(facts.client, { environment: facts.environment, ref: facts.version.tag, shipId: facts.shipId });
}
/**
 * The run an earlier attempt dispatched for `existing`: the one its statuses name, else (killed
 * right after the dispatch, before anything recorded it) a workflow_dispatch run of the deploy
 * workflow at the tag created since the deployment.
 */
async function earlierRun(facts, existing) {
    // A run deleted since (404) is as good as none: the decision falls back on the deployment's state.
    if (existing.runId)
        return (0,actions/* getRun */.Mh)(facts.client, existing.runId).catch((error) => ((0,github_client/* statusOf */.c2)(error) === 404 ? undefined : Promise.reject(error)));
    if (facts.workflowId === undefined || existing.state === 'success')
        return undefined;
    return (0,workflow_run/* findRunSince */.P8)(facts.client, { workflow: facts.workflowId, ref: facts.version.tag, since: existing.createdAt, shipId: `${facts.shipId}:deploy` });
}
async function ensureShipDeployment(facts, lookup) {
    const existing = await lookup;
    const earlier = existing ? await earlierRun(facts, existing) : undefined;
    const decision = decideResume(existing, earlier);
    const known = new Set(earlier ? [earlier.id] : []);
    if (existing && decision.action !== 'create')
        return { id: existing.id, createdAt: existing.createdAt, existing, decision, run: earlier, known };
    const { version, environment } = facts;
    const created = await (0,deployments/* createShipDeployment */.UJ)(facts.client, {
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
    return { environment, runId: c.runId, runAttempt: c.runAttempt, runUrl: c.runUrl, shipId: shipIdOf(c.runId, c.sha), since: new Date(env.clock.now()).toISOString() };
}
/** Takes the environment's lock, waiting for it up to lock-timeout. Without `held`, the record says who blocked it. */
async function acquireLock(env, environment) {
    const { client, clock, context, settings } = env;
    const ref = lockRefName(environment);
    const me = thisShip(env, environment);
    const record = { environment, ref, state: 'held', waitedMs: 0, summary: '' };
    const started = clock.now();
    const deadlineMs = started + settings.lockTimeoutMs;
    const treeSha = await env.tree();
    const mine = await (0,locks/* createLockCommit */.NL)(client, { treeSha, message: lockMessage(me) });
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
                const over = await (0,locks/* createLockCommit */.NL)(client, { treeSha, message: lockMessage({ ...me, takenOverFrom: dead.holder?.runUrl || `run ${dead.holder?.runId}` }), parent: dead.commitSha });
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

// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(3113);
// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
// EXTERNAL MODULE: ./src/github/writes.ts
var writes = __webpack_require__(7443);
;// CONCATENATED MODULE: ./src/github/releases.ts

/**
 * The newest 100 releases, drafts included: `GET releases/tags/{tag}` does not see drafts, so a
 * re-run looks for its release in this list (drafts are listed first).
 */
async function listRecentReleases(client) {
    const { data } = await client.octokit.rest.repos.listReleases({ owner: client.owner, repo: client.repo, per_page: 100 });
    return data.map(toExisting);
}
async function createDraftRelease(client, input) {
    // A lost answer may hide a draft GitHub made: the tag's release, drafts included, is looked for.
    return (0,writes/* lookFirst */.S)(client, `creating the ${input.tag} release`, async (request) => {
        const { data } = await client.octokit.rest.repos.createRelease({
            owner: client.owner,
            repo: client.repo,
            tag_name: input.tag,
            name: input.name,
            body: input.body || undefined,
            generate_release_notes: !input.body,
            draft: true,
            prerelease: input.prerelease,
            target_commitish: input.targetSha,
            request
        });
        return toExisting(data);
    }, async () => (await listRecentReleases(client)).find((r) => r.tag_name === input.tag));
}
async function updateReleaseNotes(client, id, input) {
    const { data } = await (0,writes/* harmless */.Is)(client, (request) => client.octokit.rest.repos.updateRelease({ owner: client.owner, repo: client.repo, release_id: id, name: input.name, body: input.body, request }));
    return toExisting(data);
}
/** Publishes a draft; marks it latest unless it is a prerelease (GitHub refuses latest prereleases). */
async function publishRelease(client, id, prerelease) {
    const { data } = await (0,writes/* harmless */.Is)(client, (request) => client.octokit.rest.repos.updateRelease({
        owner: client.owner,
        repo: client.repo,
        release_id: id,
        draft: false,
        make_latest: prerelease ? 'false' : 'true',
        request
    }));
    return toExisting(data);
}
function toExisting(r) {
    return { id: r.id, tag_name: r.tag_name, draft: r.draft, prerelease: r.prerelease, html_url: r.html_url, body: r.body, name: r.name };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/config/ref-name.ts
var ref_name = __webpack_require__(459);
;// CONCATENATED MODULE: ./src/version/changelog-links.ts
/**
 * The link definitions at the end of a Keep a Changelog file (`[unreleased]: <base>/compare/v1.1.0...HEAD`,
 * `[1.1.0]: <base>/releases/tag/v1.1.0`): on a release the Unreleased link moves to compare from the
 * new tag, and a link for the new version is added below it, in the style the file uses (angle
 * brackets kept). Pure: link definitions in, text edits out.
 *
 * The base URL of a link is everything before the route GitHub (or GitLab, `.../-/compare/...`)
 * puts after a repository, found from the right, so a repository or group whose name is itself
 * `tree`, `releases`, `tags`, `commit(s)` or `compare` keeps its name in the base:
 * `https://github.com/acme/tree/compare/v1...HEAD` has the base `https://github.com/acme/tree`.
 */

/** The link definition on a line of text (`[label]: url`, up to 3 spaces of indent), or null. */
function linkDefOn(text, lineStart, lineEnd, index) {
    const m = /^ {0,3}\[([^\]]+)\]:[ \t]*(<[^>]*>|\S+)/.exec(text.slice(lineStart, lineEnd));
    if (!m)
        return null;
    const urlStart = lineStart + m[0].length - m[2].length;
    return { index, label: m[1], url: m[2], urlStart, urlEnd: urlStart + m[2].length, lineStart, lineEnd };
}
function unangled(url) {
    const m = /^<(.*)>$/.exec(url);
    return m ? { url: m[1], angled: true } : { url, angled: false };
}
/** `<base>/compare/<from>...<to>`, the last `/compare/` whose rest holds `...`. */
function compareParts(url) {
    for (let at = url.lastIndexOf('/compare/'); at > 0; at = url.lastIndexOf('/compare/', at - 1)) {
        const rest = url.slice(at + '/compare/'.length);
        const dots = rest.indexOf('...');
        if (dots > 0 && dots + 3 < rest.length)
            return { base: url.slice(0, at), from: rest.slice(0, dots), to: rest.slice(dots + 3) };
    }
    return null;
}
/** The repository's base URL of a changelog link, or null when the link has no known route. */
function linkBase(written) {
    const { url } = unangled(written);
    const compare = compareParts(url);
    if (compare)
        return compare.base;
    const releaseTag = url.lastIndexOf('/releases/tag/');
    if (releaseTag > 0 && releaseTag + '/releases/tag/'.length < url.length)
        return url.slice(0, releaseTag);
    const releases = /^(.+)\/releases\/?$/.exec(url);
    if (releases)
        return releases[1];
    let best = -1;
    for (const route of ['/tree/', '/commits/', '/commit/', '/tags/', '/tag/']) {
        const at = url.lastIndexOf(route);
        if (at > 0 && at + route.length < url.length)
            best = Math.max(best, at);
    }
    return best > 0 ? url.slice(0, best) : null;
}
/**
 * The edits that move the Unreleased link and add the new version's link; none when the file has
 * no such links. An existing definition for the new version is kept as it is (not added twice),
 * and the Unreleased link moves all the same.
 */
function releaseLinkEdits(links, opts) {
    const unreleasedLink = links.find((l) => /^unreleased$/i.test(l.label.trim()));
    const versionLinks = links.filter((l) => /^[vV]?\d/.test(l.label.trim()) && semver_default().valid(l.label.trim().replace(/^[vV]/, '')));
    if (!unreleasedLink && versionLinks.length === 0)
        return [];
    const hasOwnLink = links.some((l) => l.label.trim().toLowerCase() === opts.label.toLowerCase());
    const sample = unreleasedLink ?? versionLinks[0];
    const angled = unangled(sample.url).angled;
    const wrap = (url) => (angled ? `<${url}>` : url);
    const base = linkBase(sample.url) ?? opts.repoUrl.replace(/\/+$/, '');
    const compare = unreleasedLink ? compareParts(unangled(unreleasedLink.url).url) : null;
    const from = opts.previousTag ?? compare?.from ?? null;
    const line = `[${opts.label}]: ${wrap(from ? `${base}/compare/${from}...${opts.tag}` : `${base}/releases/tag/${opts.tag}`)}`;
    const edits = [];
    if (unreleasedLink) {
        // The Unreleased link now compares from the new tag (to the same head, HEAD by default).
        const unreleasedBase = compare ? compare.base : linkBase(unreleasedLink.url);
        if (unreleasedBase !== null) {
            const moved = `${unreleasedBase}/compare/${opts.tag}...${compare ? compare.to : 'HEAD'}`;
            const own = unangled(unreleasedLink.url).angled;
            edits.push({ at: unreleasedLink.urlStart, remove: unreleasedLink.urlEnd - unreleasedLink.urlStart, insert: own ? `<${moved}>` : moved });
        }
        if (!hasOwnLink)
            edits.push({ at: unreleasedLink.lineEnd, remove: 0, insert: `${opts.eol}${line}` });
    }
    else if (!hasOwnLink) {
        edits.push({ at: versionLinks[0].lineStart, remove: 0, insert: `${line}${opts.eol}` });
    }
    return edits;
}

;// CONCATENATED MODULE: ./src/version/changelog-lines.ts
/**
 * A changelog's lines, with fenced code blocks marked (a heading or a link definition inside a
 * fence is text), and the Markdown headings among them. Pure.
 */
/**
 * The lines with their fences. A fence left open to the end of the file is not taken as a fence
 * (its opening line is then plain text), so a stray ``` cannot swallow the older sections and the
 * link lines: the section still ends at the next version heading (unclosedFences says where).
 */
function scanLines(text) {
    const ignored = new Set();
    for (;;) {
        const { lines, openAt } = scanOnce(text, ignored);
        if (openAt === undefined)
            return lines;
        ignored.add(openAt);
    }
}
/** 1-based lines of fences opened and never closed (ignored as fences by the changelog reader). */
function unclosedFences(text) {
    const ignored = new Set();
    for (;;) {
        const { openAt } = scanOnce(text, ignored);
        if (openAt === undefined)
            return [...ignored].map((i) => i + 1);
        ignored.add(openAt);
    }
}
function scanOnce(text, ignored) {
    const lines = [];
    let fence = null;
    let openAt;
    // A byte order mark is not part of the first line (a heading may follow it).
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < text.length) {
        const nl = text.indexOf('\n', pos);
        const next = nl === -1 ? text.length : nl + 1;
        let end = nl === -1 ? text.length : nl;
        if (nl !== -1 && end > pos && text[end - 1] === '\r')
            end--;
        const content = text.slice(pos, end);
        const marker = ignored.has(lines.length) ? null : /^ {0,3}(`{3,}|~{3,})/.exec(content);
        let fenced = fence !== null;
        if (marker) {
            if (fence === null) {
                fence = marker[1];
                openAt = lines.length;
                fenced = true;
            }
            else if (marker[1][0] === fence[0] && marker[1].length >= fence.length && content.trim() === marker[1]) {
                fence = null;
                fenced = true;
            }
        }
        lines.push({ start: pos, end, next, text: content, fenced });
        pos = next;
    }
    return fence === null ? { lines } : { lines, openAt };
}
function headingOf(line) {
    if (line.fenced)
        return null;
    const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line.text);
    return m ? { level: m[1].length, title: (m[2] ?? '').trim() } : null;
}

// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(5614);
// EXTERNAL MODULE: ./src/version/version-files-input.ts
var version_files_input = __webpack_require__(6160);
;// CONCATENATED MODULE: ./src/version/toml-version.ts
/**
 * The version of a Cargo.toml or pyproject.toml, found by a TOML 1.0 parser that gives positions
 * (toml-eslint-parser) and edited in place: nothing re-serialises the file, so comments, order,
 * quoting and line endings stay byte for byte, and only the characters of the version change.
 *
 * Every way TOML can define `<table>.version` is read as a parser reads it: a `[package]` header
 * (`[ workspace . "package" ]` too), dotted keys (`package.version = "1.4.0"`, or `poetry.version`
 * under `[tool]`), inline tables (`package = { version = "1.4.0" }`). Text inside a string (a
 * multi-line string holding `[package]`, a comment holding `"""`) is never taken for a table or a
 * key. A file that is not valid TOML is refused with the parser's line and column. The version
 * must be a one-line string written without escapes, so that editing its characters is editing
 * the value.
 */

const keyName = (k) => (k.type === 'TOMLBare' ? k.name : k.value);
/** A path as a map key (a quoted `"a.b"` key is not `a.b`). */
const dotted = (path) => JSON.stringify(path);
/** Every key-value of the document with its full path (array tables and arrays left out). */
function collect(ast) {
    const entries = [];
    const tables = new Map();
    const table = (path, line) => {
        for (let n = 1; n <= path.length; n++)
            if (!tables.has(dotted(path.slice(0, n))))
                tables.set(dotted(path.slice(0, n)), line);
    };
    const keyValues = (prefix, body) => {
        for (const kv of body) {
            const path = [...prefix, ...kv.key.keys.map(keyName)];
            if (path.length > 1)
                table(path.slice(0, -1), kv.loc.start.line);
            entries.push({ path, value: kv.value });
            if (kv.value.type === 'TOMLInlineTable') {
                table(path, kv.loc.start.line);
                keyValues(path, kv.value.body);
            }
        }
    };
    for (const node of ast.body[0].body) {
        if (node.type === 'TOMLKeyValue')
            keyValues([], [node]);
        else if (node.kind === 'standard') {
            const path = node.resolvedKey.map(String);
            table(path, node.loc.start.line);
            keyValues(path, node.body);
        }
    }
    return { entries, tables };
}
/** The parsed document, or why the file is not TOML (file, line and column). */
function parse(file, text) {
    // A byte order mark becomes a space of the same length, so offsets still point into `text`.
    const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
    try {
        return collect((0,lib/* parseTOML */.MD)(source, { tomlVersion: '1.0.0' }));
    }
    catch (error) {
        const e = error;
        const at = e.lineNumber ? ` line ${e.lineNumber}, column ${(e.column ?? 0) + 1}` : '';
        return { problem: `${file}${at}: not valid TOML (${e.message})` };
    }
}
const isTrue = (v) => v?.type === 'TOMLValue' && v.kind === 'boolean' && v.value === true;
/** Why the version is defined elsewhere (Cargo's workspace inheritance, pyproject's dynamic), or undefined. */
function inherited(entries, table) {
    const at = (path) => entries.find((e) => dotted(e.path) === dotted(path));
    const workspace = at([...table, 'version', 'workspace']);
    if (isTrue(workspace?.value))
        return `version.workspace = true (line ${workspace.value.loc.start.line})`;
    const dynamic = at([...table, 'dynamic']);
    if (dynamic?.value.type === 'TOMLArray' && dynamic.value.elements.some((v) => v.type === 'TOMLValue' && v.kind === 'string' && v.value === 'version')) {
        return `dynamic = ["version"] (line ${dynamic.value.loc.start.line})`;
    }
    return undefined;
}
/** The spot of a version value, or why it cannot be edited in place. */
function spotOf(file, text, value) {
    const line = value.loc.start.line;
    const expected = 'expected a one-line string such as "1.4.0"';
    if (value.type !== 'TOMLValue' || value.kind !== 'string')
        return { problem: `${file} line ${line}: version is not a string; ${expected}` };
    if (value.multiline)
        return { problem: `${file} line ${line}: version is a multi-line string; ${expected}` };
    const start = value.range[0] + 1;
    const end = value.range[1] - 1;
    if (text.slice(start, end) !== value.value)
        return { problem: `${file} line ${line}: version is written with escapes; write it plainly, e.g. "1.4.0"` };
    return { start, end, version: value.value, line };
}
/**
 * The version of the first of `tables` that holds one literally, or why none does. `file` names
 * the file in the reason.
 */
function findTomlVersion(file, text, tables) {
    const parsed = parse(file, text);
    if ('problem' in parsed)
        return parsed;
    const seen = [];
    for (const table of tables) {
        const path = table.split('.');
        const headerLine = parsed.tables.get(dotted(path));
        if (headerLine === undefined) {
            seen.push(`no [${table}] table`);
            continue;
        }
        const elsewhere = inherited(parsed.entries, path);
        if (elsewhere) {
            seen.push(`[${table}] (line ${headerLine}) takes it from elsewhere: ${elsewhere}`);
            continue;
        }
        const version = parsed.entries.find((e) => dotted(e.path) === dotted([...path, 'version']));
        if (version)
            return spotOf(file, text, version.value);
        seen.push(`[${table}] (line ${headerLine}) has no version key`);
    }
    return { problem: `${file}: no version = "…" found: ${seen.join('; ')}` };
}


// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/version/files.ts
/**
 * Version files: read the current version, write the new one. Pure text in, text out: the file is
 * edited where the version sits, never re-serialized, so indentation, key order, CRLF line endings
 * and the presence or absence of a final newline are kept. Every error names the file and line.
 *
 * Formats:
 * - `*.json` (package.json and friends): the top-level `"version"` string.
 * - `Cargo.toml`, `pyproject.toml`: the `[package]` / `[workspace.package]`, or `[project]` /
 *   `[tool.poetry]` `version` (toml-version.ts), edited in place.
 * - anything else (VERSION, version.txt): a plain text file holding one version on one line;
 *   blank lines and `#` comment lines are allowed around it, and a leading `v` is accepted
 *   (and kept on write).
 */



/** Strict semantic version (no leading `v` or `=`, no surrounding space); build metadata allowed. */
function isStrictSemver(value) {
    return /^\d/.test(value) && !/\s/.test(value) && semver_default().valid(value) !== null && semver_default().parse(value)?.raw === value;
}
function requireVersion(version) {
    if (!isStrictSemver(version))
        throw new Error(`new version ${JSON.stringify(version)} is not a semantic version`);
}
/** 1-based line and column of an offset. */
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
function lineOf(text, offset) {
    return lineAndColumn(text, offset).line;
}
/** Strict JSON (no comments, no trailing commas), as npm writes it; errors name line and column. */
function parseOrExplain(file, text) {
    const errors = [];
    // A byte order mark becomes a space of the same length, so offsets still point into `text`.
    const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
    const root = (0,main.parseTree)(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first || !root) {
        const at = lineAndColumn(text, first?.offset ?? 0);
        // PropertyNameExpected -> "property name expected"
        const what = first ? (0,main.printParseErrorCode)(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty file';
        throw new Error(`${file} line ${at.line}, column ${at.column}: not valid JSON (${what})`);
    }
    return root;
}
/** A member's value node of an object node (keys compared exactly). */
function memberOf(owner, key) {
    return owner.type === 'object' ? (0,main.findNodeAtLocation)(owner, [key]) : undefined;
}
/** The string node of `owner.version`, checked to hold a semantic version. */
function versionNode(file, text, owner, where) {
    const members = (owner.children ?? []).filter((p) => p.children?.[0]?.value === 'version');
    if (members.length > 1) {
        const lines = members.map((p) => lineOf(text, p.offset));
        throw new Error(`${file} line ${lines[1]}: "version" appears twice in ${where} (lines ${lines.join(' and ')}); JSON.parse and npm read the last one: keep one`);
    }
    const node = memberOf(owner, 'version');
    if (!node)
        throw new Error(`${file} line ${lineOf(text, owner.offset)}: no "version" field in ${where}`);
    if (node.type !== 'string') {
        throw new Error(`${file} line ${lineOf(text, node.offset)}: "version" in ${where} is ${text.slice(node.offset, Math.min(node.offset + node.length, node.offset + 40))}, not a string`);
    }
    const value = node.value;
    if (!isStrictSemver(value)) {
        throw new Error(`${file} line ${lineOf(text, node.offset)}: "version" in ${where} is ${JSON.stringify(value)}, not a semantic version (e.g. 1.4.2)`);
    }
    return { start: node.offset, end: node.offset + node.length, value };
}
function rootObject(file, text) {
    const root = parseOrExplain(file, text);
    if (root.type !== 'object')
        throw new Error(`${file} line ${lineOf(text, root.offset)}: expected a JSON object at the top level`);
    return root;
}
function replaceRanges(text, ranges, replacement) {
    let out = text;
    for (const r of [...ranges].sort((a, b) => b.start - a.start))
        out = out.slice(0, r.start) + replacement + out.slice(r.end);
    return out;
}
/** package.json (or any JSON file): sets the top-level `version`. */
function bumpPackageJson(text, version, file = 'package.json') {
    requireVersion(version);
    const root = rootObject(file, text);
    const node = versionNode(file, text, root, 'the top-level object');
    return replaceRanges(text, [node], JSON.stringify(version));
}
/**
 * package-lock.json: sets the top-level `version` and, when the lock has a `packages` map
 * (lockfileVersion 2 and 3), `packages[""].version`. Both must be present where expected: a lock
 * without them is out of step with package.json, and a release commit should not paper over that.
 */
function bumpPackageLock(text, version, file = 'package-lock.json') {
    requireVersion(version);
    const root = rootObject(file, text);
    const targets = [versionNode(file, text, root, 'the top-level object')];
    const packages = memberOf(root, 'packages');
    const self = packages ? memberOf(packages, '') : undefined;
    if (self)
        targets.push(versionNode(file, text, self, 'packages[""]'));
    return replaceRanges(text, targets, JSON.stringify(version));
}
function findPlainVersion(path, text) {
    let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let found;
    const lines = text.slice(offset).split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const lineStart = offset;
        offset += line.length + 1;
        const content = line.replace(/\r$/, '');
        const trimmed = content.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        if (found) {
            throw new Error(`${path} line ${i + 1}: unexpected second line ${JSON.stringify(trimmed)}; a version file holds only the version`);
        }
        const bare = trimmed.startsWith('v') || trimmed.startsWith('V') ? trimmed.slice(1) : trimmed;
        if (!isStrictSemver(bare)) {
            throw new Error(`${path} line ${i + 1}: ${JSON.stringify(trimmed)} is not a semantic version (e.g. 1.4.2)`);
        }
        const start = lineStart + content.indexOf(trimmed) + (trimmed.length - bare.length);
        found = { line: i + 1, start, end: start + bare.length, version: bare };
    }
    if (!found)
        throw new Error(`${path} line 1: no version found; expected a line such as 1.4.2`);
    return found;
}
function isJsonPath(path) {
    return /\.json$/i.test(path);
}
/** The version of a Cargo.toml or pyproject.toml, checked to be a semantic version (undefined for other files). */
function tomlVersion(path, text) {
    const tables = (0,version_files_input/* tomlTablesFor */.r)(path);
    if (!tables)
        return undefined;
    const spot = findTomlVersion(path, text, tables);
    if ('problem' in spot)
        throw new Error(spot.problem);
    if (!isStrictSemver(spot.version))
        throw new Error(`${path} line ${spot.line}: version ${JSON.stringify(spot.version)} is not a semantic version (e.g. 1.4.2)`);
    return spot;
}
/** The current version held by a version file (see the formats above). */
function readVersionFile(path, text) {
    const toml = tomlVersion(path, text);
    if (toml)
        return toml.version;
    if (isJsonPath(path)) {
        const root = rootObject(path, text);
        return versionNode(path, text, root, 'the top-level object').value;
    }
    return findPlainVersion(path, text).version;
}
/** The version file's text with `version` in place of the current one. */
function writeVersionFile(path, text, version) {
    requireVersion(version);
    if (/(^|[\\/])package-lock\.json$/i.test(path))
        return bumpPackageLock(text, version, path);
    if (isJsonPath(path))
        return bumpPackageJson(text, version, path);
    return replaceRanges(text, [tomlVersion(path, text) ?? findPlainVersion(path, text)], version);
}

;// CONCATENATED MODULE: ./src/version/changelog.ts
/**
 * The changelog (Keep a Changelog 1.1.0, https://keepachangelog.com/en/1.1.0/): read the
 * Unreleased section, and turn it into the new version's section. Pure: text in, text out.
 *
 * The rewrite is an insertion, not a re-render: everything the release does not have to change
 * (other sections, wording, spacing, CRLF line endings, a missing final newline) stays byte for
 * byte. What changes:
 * - a version heading `## [1.2.0] - 2024-05-01` is inserted right under the Unreleased heading,
 *   so the Unreleased body becomes the new version's body and an empty Unreleased stays on top;
 * - when the file has link definitions (`[unreleased]: .../compare/v1.1.0...HEAD`), the
 *   Unreleased link is moved to compare from the new tag, and a link for the new version is added
 *   below it in the same style (labels keep the case found in the file).
 * Version headings copy the style of the newest existing one (brackets, `v`, date separator).
 */





const KEEP_A_CHANGELOG_HEADER = [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).'
];
const UNRELEASED_TITLE = /^(\[)?\s*unreleased\s*(\])?(?:\s*(?:\(.*\)|[-–—:].*))?$/i;
const VERSION_TITLE = /^(\[)?([vV])?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(\])?(\([^)]*\))?(.*)$/;
function linkDefOf(text, line, index) {
    return line.fenced ? null : linkDefOn(text, line.start, line.end, index);
}
function analyze(text) {
    const lines = scanLines(text);
    const eol = /\r\n/.test(text.slice(0, (text.indexOf('\n') + 1) || text.length)) ? '\r\n' : '\n';
    const headings = [];
    const links = [];
    lines.forEach((line, index) => {
        const h = headingOf(line);
        if (h && h.level <= 2)
            headings.push({ index, ...h });
        const link = linkDefOf(text, line, index);
        if (link)
            links.push(link);
    });
    const lastHeading = headings.length ? headings[headings.length - 1].index : -1;
    let linkBlockStart = lines.length;
    for (let i = lines.length - 1; i > lastHeading; i--) {
        if (lines[i].text.trim() === '')
            continue;
        if (linkDefOf(text, lines[i], i))
            linkBlockStart = i;
        else
            break;
    }
    const bodyEnd = (k) => (k + 1 < headings.length ? headings[k + 1].index : linkBlockStart);
    let unreleased = null;
    const versions = [];
    headings.forEach((h, k) => {
        if (h.level !== 2)
            return;
        const u = UNRELEASED_TITLE.exec(h.title);
        if (u && Boolean(u[1]) === Boolean(u[2])) {
            unreleased ??= { index: h.index, bracketed: Boolean(u[1]), bodyEnd: bodyEnd(k) };
            return;
        }
        const v = VERSION_TITLE.exec(h.title);
        if (v && Boolean(v[1]) === Boolean(v[4]) && semver_default().valid(v[3])) {
            versions.push({
                index: h.index,
                version: v[3],
                bracketed: Boolean(v[1]),
                vPrefix: Boolean(v[2]),
                rest: v[6],
                bodyEnd: bodyEnd(k)
            });
        }
    });
    return { lines, eol, unreleased, versions, links, linkBlockStart };
}
/** Removes HTML comments (which may span lines) but keeps the line structure. */
function withoutComments(bodyLines) {
    return bodyLines
        .join('\n')
        .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''))
        .split('\n');
}
function bodyLinesOf(a, from, to) {
    return a.lines.slice(from, to).map((l) => l.text);
}
/** The notes text of a section body (see ReleasedChangelog.section). */
function sectionText(bodyLines) {
    const scanned = scanLines(withoutComments(bodyLines).join('\n'));
    const lines = scanned.map((l) => l.text.replace(/[ \t]+$/, ''));
    const level = (i) => {
        const h = headingOf(scanned[i]);
        return h ? h.level : 0;
    };
    const keep = lines.map(() => true);
    for (let i = 0; i < lines.length; i++) {
        const own = level(i);
        if (own === 0)
            continue;
        let hasContent = false;
        for (let j = i + 1; j < lines.length; j++) {
            const l = level(j);
            if (l !== 0 && l <= own)
                break;
            if (l === 0 && lines[j].trim() !== '') {
                hasContent = true;
                break;
            }
        }
        keep[i] = hasContent;
    }
    const out = [];
    lines.forEach((line, i) => {
        if (!keep[i])
            return;
        if (line.trim() === '' && (out.length === 0 || out[out.length - 1] === ''))
            return;
        out.push(line.trim() === '' ? '' : line);
    });
    while (out.length && out[out.length - 1] === '')
        out.pop();
    return out.join('\n');
}
const BREAKING_ENTRY = [
    /^[*_\s]*breaking(?:[ -]changes?)?[*_]*\s*[:!—–-]/i,
    /^[*_]*[[(]breaking(?:[ -]changes?)?[\])]/i
];
function parseBody(bodyLines) {
    const lines = withoutComments(bodyLines);
    const scanned = scanLines(lines.join('\n'));
    const headings = {};
    let current = '';
    const state = { entry: null, list: null };
    let prevBlank = true;
    const flush = () => {
        if (state.entry && state.list)
            state.list.push(state.entry.join('\n'));
        state.entry = null;
    };
    const start = (heading, first) => {
        flush();
        state.list = headings[heading] ??= [];
        state.entry = [first];
    };
    for (const line of scanned) {
        const h = headingOf(line);
        if (h && h.level >= 3) {
            flush();
            if (h.level === 3) {
                current = h.title;
                headings[current] ??= [];
            }
            prevBlank = true;
            continue;
        }
        if (line.text.trim() === '') {
            prevBlank = true;
            if (state.entry && line.fenced)
                state.entry.push('');
            continue;
        }
        const bullet = /^( *)(?:[-*+]|\d+[.)])[ \t]+(.*)$/.exec(line.text);
        const indent = /^ */.exec(line.text)?.[0].length ?? 0;
        if (bullet && !line.fenced && bullet[1].length < 2)
            start(current, bullet[2].trim());
        else if (state.entry && (indent > 0 || !prevBlank || line.fenced))
            state.entry.push(line.text.trim());
        else
            start(current, line.text.trim());
        prevBlank = false;
    }
    flush();
    const breaking = Object.entries(headings).some(([title, list]) => (list.length > 0 && /breaking/i.test(title)) || list.some((e) => BREAKING_ENTRY.some((re) => re.test(e))));
    return { headings, breaking };
}
/** The Unreleased section (`## [Unreleased]` or `## Unreleased`), or null when there is none. */
function parseUnreleased(text) {
    const a = analyze(text);
    if (!a.unreleased)
        return null;
    const from = a.unreleased.index + 1;
    const to = a.unreleased.bodyEnd;
    const raw = from < to ? text.slice(a.lines[from].start, a.lines[to - 1].next) : '';
    return { ...parseBody(bodyLinesOf(a, from, to)), raw };
}
function versionHeadingText(a, version, date) {
    const model = a.versions[0];
    const bracketed = model ? model.bracketed : a.unreleased ? a.unreleased.bracketed : true;
    const label = `${model?.vPrefix ? 'v' : ''}${version}`;
    let dated = ` - ${date}`;
    if (model) {
        const dash = /^(\s*[-–—]\s*)\d{4}-\d{2}-\d{2}/.exec(model.rest);
        const paren = /^(\s*)\(\d{4}-\d{2}-\d{2}\)/.exec(model.rest);
        if (dash)
            dated = `${dash[1]}${date}`;
        else if (paren)
            dated = `${paren[1]}(${date})`;
    }
    return { heading: `## ${bracketed ? `[${label}]` : label}${dated}`, label };
}
function newFile(opts, tag) {
    const repo = opts.repoUrl.replace(/\/+$/, '');
    const lines = [...KEEP_A_CHANGELOG_HEADER, '', '## [Unreleased]', '', `## [${opts.version}] - ${opts.date}`];
    if (repo !== '') {
        lines.push('', `[unreleased]: ${repo}/compare/${tag}...HEAD`, opts.previousTag
            ? `[${opts.version}]: ${repo}/compare/${opts.previousTag}...${tag}`
            : `[${opts.version}]: ${repo}/releases/tag/${tag}`);
    }
    return { text: `${lines.join('\n')}\n`, section: '', created: true };
}
/**
 * Turns the Unreleased section into the section of `opts.version` (see the file comment).
 * - `text` null (no file): a new Keep a Changelog file with the header, an empty Unreleased
 *   section, an empty section for the version and, given a repoUrl, the links.
 * - no Unreleased section: an empty section for the version is inserted above the newest
 *   version section (or at the end of the text); no Unreleased section is added.
 * - a section for the version already exists (a re-run): the text is returned unchanged, with
 *   that section's notes.
 */
function releaseChangelog(text, opts) {
    if (!semver_default().valid(opts.version) || /^[vV=]/.test(opts.version)) {
        throw new Error(`changelog: ${JSON.stringify(opts.version)} is not a semantic version`);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new Error(`changelog: date ${JSON.stringify(opts.date)} is not YYYY-MM-DD`);
    const tag = `${opts.tagPrefix}${opts.version}`;
    if (text === null)
        return newFile(opts, tag);
    if (text.trim() === '')
        return { ...newFile(opts, tag), created: false };
    const a = analyze(text);
    const existing = a.versions.find((v) => v.version === opts.version);
    if (existing) {
        return { text, section: sectionText(bodyLinesOf(a, existing.index + 1, existing.bodyEnd)), created: false };
    }
    const edits = [];
    const { heading, label } = versionHeadingText(a, opts.version, opts.date);
    const eol = a.eol;
    let section = '';
    if (a.unreleased) {
        const u = a.lines[a.unreleased.index];
        edits.push({ at: u.end, remove: 0, insert: `${eol}${eol}${heading}` });
        section = sectionText(bodyLinesOf(a, a.unreleased.index + 1, a.unreleased.bodyEnd));
    }
    else if (a.versions.length > 0) {
        edits.push({ at: a.lines[a.versions[0].index].start, remove: 0, insert: `${heading}${eol}${eol}` });
    }
    else if (a.linkBlockStart < a.lines.length) {
        edits.push({ at: a.lines[a.linkBlockStart].start, remove: 0, insert: `${heading}${eol}${eol}` });
    }
    else {
        const endsWithNewline = /\n$/.test(text);
        edits.push({ at: text.length, remove: 0, insert: endsWithNewline ? `${eol}${heading}${eol}` : `${eol}${eol}${heading}` });
    }
    // Links: only when the file already uses them.
    edits.push(...releaseLinkEdits(a.links, { label, tag, previousTag: opts.previousTag, repoUrl: opts.repoUrl, eol }));
    // Apply from the end; at equal offsets the later edit goes first so the earlier one ends up in front.
    let out = text;
    const order = edits.map((e, i) => ({ ...e, i })).sort((x, y) => y.at - x.at || y.i - x.i);
    for (const e of order)
        out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
    return { text: out, section, created: false };
}
function changelogOutline(text) {
    const a = analyze(text);
    const at = (index) => (index < a.lines.length ? a.lines[index].start : text.length);
    return {
        eol: a.eol,
        unreleased: a.unreleased ? { bodyStart: a.lines[a.unreleased.index].next, bodyEnd: at(a.unreleased.bodyEnd) } : null,
        versions: a.versions.map((v) => ({ version: v.version, start: a.lines[v.index].start, end: at(v.bodyEnd) })),
        links: a.links
    };
}

;// CONCATENATED MODULE: ./src/version/checks.ts
/**
 * What the version stage can refuse before anything is written (status `blocked`, as a failed
 * gate that names the input): a version file that is missing or holds no version, a tag name git
 * would refuse, an explicit version below the current one. Pure: text in, verdicts out. Each
 * verdict is named after the input to fix; `where` carries the file and line when there is one.
 * Reusable for any list of version files: call versionFileCheck once per file.
 */



/**
 * Reads a version file's version. `required`: a missing file blocks (a typo in the input would
 * otherwise ship without the file ever being bumped); otherwise a missing file is allowed.
 */
function versionFileCheck(input, file, text, required) {
    const base = { name: input, expected: `${file} holds the current version`, where: file, passed: false };
    if (text === null) {
        if (!required)
            return { version: null };
        return {
            version: null,
            verdict: {
                ...base,
                found: 'no such file',
                reason: `Input '${input}': ${file} does not exist at the shipped commit; expected the path of the file that holds the version (e.g. package.json, VERSION)`
            }
        };
    }
    try {
        return { version: readVersionFile(file, text) };
    }
    catch (error) {
        const message = error.message;
        const line = /^.*? line (\d+)(?:, column (\d+))?:/.exec(message);
        return {
            version: null,
            verdict: { ...base, found: 'no version', where: line ? `${file}:${line[1]}${line[2] ? `:${line[2]}` : ''}` : file, reason: `Input '${input}': ${message}` }
        };
    }
}
/**
 * A tag git would refuse (`git check-ref-format refs/tags/<tag>`), or one that names a full ref.
 * `input`: what to fix, `version` when it was given explicitly (`1.0.0-x.lock`), else `tag-prefix`.
 */
function tagNameVerdict(tag, tagPrefix, input = 'tag-prefix') {
    const problem = tag.startsWith('refs/')
        ? "it starts with 'refs/': the tag would be refs/tags/refs/…; tag-prefix is the start of the tag's own name"
        : tag.startsWith('-')
            ? "it starts with '-', which git reads as an option"
            : (0,ref_name/* refNameProblem */.C)(tag);
    if (!problem)
        return undefined;
    return {
        name: input,
        expected: 'a tag name git accepts',
        found: tag,
        where: `tag-prefix ${JSON.stringify(tagPrefix)}`,
        passed: false,
        reason: `Input '${input}': the tag ${JSON.stringify(tag)} is not a valid tag name (${problem}); expected ${input === 'version' ? 'a version whose tag git accepts, e.g. 1.5.0 or 2.0.0-rc.1' : "e.g. v, release/ or '' for none"}`
    };
}
/** An explicit version below the current one (equal is a re-run: the tag is reused). */
function explicitVersionVerdict(version, current, versionFile) {
    if (!version || !semver_default().valid(current) || semver_default().gte(version, current))
        return undefined;
    return {
        name: 'version',
        expected: `a version above the current ${current}`,
        found: version,
        where: `current version from ${versionFile} or the tags`,
        passed: false,
        reason: `Input 'version': ${version} is lower than the current version ${current}; a release must move forward: expected a version above ${current}`
    };
}

;// CONCATENATED MODULE: ./src/version/reads.ts
/**
 * What the version is computed from that GitHub answers: the tags, the newest releases, and the
 * commits since a release tag; and the shipped commit's files. Each read is sent once (the first
 * ask sends it, later asks share its answer), so the pipeline can start them ahead of the stage:
 * beside the lock's writes (readAhead), and use them only when those reads cannot be older than
 * the lock (pipeline.ts: the lock was free at the first try).
 */





class VersionReads {
    env;
    memo = new Map();
    constructor(env) {
        this.env = env;
    }
    once(key, read) {
        let promise = this.memo.get(key);
        if (!promise) {
            promise = read();
            promise.catch(() => undefined); // an answer read ahead and never asked for is not an error
            this.memo.set(key, promise);
        }
        return promise;
    }
    files() {
        return this.once('files', () => (0,contents/* commitFiles */.z)(this.env.client, this.env.context.workspace, this.env.context.sha));
    }
    /** The version file at the shipped commit, and what it says (a version-file other than the default must exist: a typo would ship without bumping it). */
    versionFile() {
        const { settings } = this.env;
        return this.once('version-file', async () => {
            const text = await (await this.files()).read(settings.versionFile);
            return { text, check: versionFileCheck('version-file', settings.versionFile, text, settings.versionFile !== 'package.json') };
        });
    }
    tagRefs() {
        return this.once('tags', () => (0,git_data/* listTagRefs */.t)(this.env.client));
    }
    releases() {
        return this.once('releases', () => listRecentReleases(this.env.client));
    }
    /** Commits since the tag (the last 100 for none), and the files they changed. */
    commitsSince(tag) {
        return this.once(`since:${tag ?? ''}`, () => commitsSince(this.env, tag));
    }
    /** commitsSince, null for a tag GitHub does not have. */
    commitsSinceIfTagged(tag) {
        return this.commitsSince(tag).catch((error) => ((0,github_client/* statusOf */.c2)(error) === 404 ? null : Promise.reject(error)));
    }
}
/**
 * The tag of the release before this one, as the version file names it (its commits since are
 * read with the tags); null when the ship keeps its version (bump none, or that version given).
 */
function likelyPreviousTag(settings, fileVersion) {
    return fileVersion && !keepsVersion(settings, fileVersion) ? `${settings.tagPrefix}${fileVersion}` : null;
}
/**
 * Whether the ship keeps the version `current` (bump none, or that version given: a release taken
 * further by a later job, `ref` = its tag): it follows the release before it.
 */
function keepsVersion(settings, current) {
    return settings.version ? settings.version === current : settings.bump === 'none';
}
/** Starts the version stage's reads now (the version file, then the tags, releases and commits since its tag). */
function readAhead(env) {
    const reads = new VersionReads(env);
    const { settings } = env;
    // Each read's failure is the stage's to report, when it asks (once() keeps it from going unhandled).
    void reads.tagRefs();
    void reads.releases();
    void reads.versionFile().then(({ check }) => {
        const tag = likelyPreviousTag(settings, check.version);
        if (tag)
            void reads.commitsSinceIfTagged(tag);
    }, () => undefined);
    return reads;
}
async function commitsSince(env, previousTag) {
    const { client, context } = env;
    const { owner, repo } = client;
    const shape = (c) => ({ sha: c.sha, message: c.commit.message, date: c.commit.committer?.date });
    if (previousTag) {
        const { data } = await client.octokit.rest.repos.compareCommits({ owner, repo, base: previousTag, head: context.sha, per_page: 100 });
        const files = data.files ?? [];
        const relation = { status: data.status, mergeBaseSha: data.merge_base_commit.sha, tagCommitParents: data.base_commit.parents.map((p) => p.sha) };
        return { commits: data.commits.map(shape), changed: { files: new Map(files.map((f) => [f.filename, f.status])), complete: files.length < 300 }, relation };
    }
    const { data } = await client.octokit.rest.repos.listCommits({ owner, repo, sha: context.sha, per_page: 100 });
    return { commits: data.map(shape) };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
;// CONCATENATED MODULE: ./src/version/commits.ts
/**
 * One commit message read by Conventional Commits 1.0.0 (https://www.conventionalcommits.org/en/v1.0.0/),
 * and the reverts of a range paired up. Pure.
 *
 * Where the spec decides (its numbered items):
 * - §1, §5: the header is a type, an optional `(scope)`, an optional `!`, then a colon AND a space,
 *   then the description. `feat:add x`, `feat:\tx`, `feat(api)!:x` and a header with leading
 *   white space are not conventional (they ask for nothing). More than one space after the colon
 *   is accepted (the description starts at the first non-space).
 * - §15: types are not case sensitive (`FEAT:` is a feature); only BREAKING CHANGE must be upper case.
 * - §8-§12, §16: a breaking change in the footer is a line that starts with the upper-case token
 *   `BREAKING CHANGE` or `BREAKING-CHANGE`, a colon, and a space and its description (or the end of
 *   the line, the description following on the next lines: §10). Never the first line:
 *   `BREAKING CHANGE: remove x` as a header has no type and is not a footer. A space before the
 *   colon, a bullet (`* BREAKING CHANGE:`), an indented or lower-case token are not footers.
 *   The footer counts for any header, conventional or not (as conventional-commits-parser reads it).
 * - §13: `type!:` (or `type(scope)!:`) is breaking.
 * - Reverts (not in the spec; git's own messages): `Revert "<header>"` and, as some tools write it,
 *   `Revert <header>` unquoted; `Reapply "<header>"` (git's revert of a revert); and the
 *   conventional `revert: <header>`. The target is the `This reverts commit <sha>` line, else the
 *   header.
 * Merge commits count for nothing: the commits they bring in are in the range themselves.
 */
const MERGE_HEADER = /^Merge (?:pull request #\d+|branch |remote-tracking branch |tags? |commit |[0-9a-f]{7,40}\b|['"])/;
const CONVENTIONAL_HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:(?: |$)/;
const GIT_REVERT = /^(Revert|Reapply) "(.*)"$/;
const UNQUOTED_REVERT = /^Revert (?!")(\S.*)$/;
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,40})\b/im;
/** The header (first non-blank line, trailing white space removed) and the lines after it. */
function split(message) {
    const lines = message.replace(/\r\n?/g, '\n').split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    if (first < 0)
        return { header: '', rest: [] };
    return { header: lines[first].replace(/\s+$/, ''), rest: lines.slice(first + 1) };
}
/** What a revert header says it reverts, or null when the header is not a revert. */
function revertTarget(header, conventional, sha) {
    const git = GIT_REVERT.exec(header);
    if (git)
        return git[1] === 'Reapply' ? `Revert "${git[2]}"` : git[2];
    if (conventional && conventional[1].toLowerCase() === 'revert')
        return conventional[4].replace(/^"(.*)"$/, '$1');
    // Unquoted: a revert when git's line names the commit, or when it names a conventional header
    // ("Revert the cache change" stays an ordinary message).
    const unquoted = UNQUOTED_REVERT.exec(header);
    return unquoted && (sha !== null || CONVENTIONAL_HEADER.test(unquoted[1])) ? unquoted[1] : null;
}
/** One commit on its own (see the file comment for the rules). */
function classifyCommit(message) {
    const { header, rest } = split(message);
    if (MERGE_HEADER.test(header))
        return { header, level: null, label: 'merge', revert: null };
    const conventional = CONVENTIONAL_HEADER.exec(header);
    const type = conventional ? conventional[1].toLowerCase() : null;
    const sha = REVERTS_COMMIT.exec(rest.join('\n'))?.[1].toLowerCase() ?? null;
    const target = revertTarget(header, conventional, sha);
    const revert = target === null ? null : { sha, header: target.trim() || null };
    const breaking = Boolean(conventional?.[3]) || rest.some((line) => BREAKING_FOOTER.test(line));
    if (breaking)
        return { header, level: 'major', label: 'breaking', revert };
    if (revert)
        return { header, level: 'patch', label: 'revert', revert };
    if (type === 'feat')
        return { header, level: 'minor', label: 'feat', revert };
    if (type === 'fix' || type === 'perf')
        return { header, level: 'patch', label: type, revert };
    return { header, level: null, label: type ?? 'non-conventional', revert };
}
/**
 * Reverts: a revert whose target is also in the list cancels out with it (the change never
 * shipped); the outermost revert of a chain is matched first, so reverting a revert brings the
 * original back. Returns revert index → reverted index. Targets are found by the
 * `This reverts commit <sha>` line, else by the reverted header.
 */
function cancelReverts(commits, classes) {
    const targetOf = (i) => {
        const r = classes[i].revert;
        if (!r)
            return -1;
        if (r.sha) {
            const sha = r.sha;
            const j = commits.findIndex((c, k) => k !== i && c.sha.length >= 7 && (c.sha.toLowerCase().startsWith(sha) || sha.startsWith(c.sha.toLowerCase())));
            if (j >= 0)
                return j;
        }
        if (r.header)
            return classes.findIndex((c, k) => k !== i && c.header === r.header);
        return -1;
    };
    const targets = classes.map((_, i) => targetOf(i));
    const pairs = new Map();
    const cancelled = new Set();
    for (let changed = true; changed;) {
        changed = false;
        for (let i = 0; i < classes.length; i++) {
            const t = targets[i];
            if (t < 0 || classes[i].level === 'major' || cancelled.has(i) || cancelled.has(t))
                continue;
            if (targets.some((tk, k) => tk === i && !cancelled.has(k)))
                continue;
            cancelled.add(i).add(t);
            pairs.set(i, t);
            changed = true;
        }
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/version/bump.ts
/**
 * The version decision: which bump a release takes and what the new version is. Pure: data in,
 * data plus a reason out (the reason is shown in the log and the report).
 *
 * Decisions (also in docs/versioning.md):
 * - Explicit bump kinds (`major`, `minor`, ..., `prerelease`) follow `semver.inc` literally,
 *   0.x included: `bump: major` on 0.4.2 gives 1.0.0. Leaving 0.x is a person's decision.
 * - `auto` treats 0.x the way npm and Cargo caret ranges do (`^0.4.2` means `>=0.4.2 <0.5.0`):
 *   while the major version is 0, a breaking change bumps minor (0.4.2 → 0.5.0) and a feature
 *   bumps patch (0.4.2 → 0.4.3). `auto` therefore never leaves 0.x on its own.
 * - `auto` with a preid, on a prerelease of the same preid whose release already covers the
 *   change (2.0.0-rc.1 and a feature: 2.0.0 is past any minor of 1.x), continues the prerelease
 *   (2.0.0-rc.2). A change the prerelease does not cover starts a new one (1.2.4-rc.0 and a
 *   feature: 1.3.0-rc.0). A different preid continues on the same release when it sorts later
 *   (2.0.0-beta.1 with rc: 2.0.0-rc.0) and is an error when it would go backwards.
 *   `auto` without a preid on a prerelease graduates it (2.0.0-rc.1 → 2.0.0).
 * - An explicit `version` must be greater than the current one (a release moves forward). Equal
 *   is returned as `unchanged` for the caller to treat as a re-run (an existing tag is reused)
 *   or refuse. Lower is an error.
 * - Every computed version must be greater than the current one (e.g. `bump: prerelease` with
 *   preid `beta` on 1.2.3-rc.0 would give 1.2.3-beta.0, which sorts lower: an error).
 */





const RANK = { patch: 1, minor: 2, major: 3 };
const KINDS = settings/* BUMP_KINDS */.Z.filter((k) => k !== 'auto');
function requireSemver(what, value) {
    if (!isStrictSemver(value))
        throw new Error(`${what} ${JSON.stringify(value)} is not a semantic version (e.g. 1.4.2)`);
}
function requirePreid(preid) {
    if (preid !== '' && !preid.split('.').every((id) => /^[0-9A-Za-z-]+$/.test(id))) {
        throw new Error(`preid ${JSON.stringify(preid)} is not a prerelease identifier (e.g. rc, beta)`);
    }
}
/** `semver.inc` for one bump kind; `none` returns `current`. */
function nextVersion(current, bump, preid) {
    requireSemver('current version', current);
    requirePreid(preid);
    if (!KINDS.includes(bump))
        throw new Error(`bump ${JSON.stringify(bump)} is not one of ${KINDS.join(', ')}`);
    if (bump === 'none')
        return current;
    const next = preid === '' ? semver_default().inc(current, bump) : semver_default().inc(current, bump, preid);
    if (next === null)
        throw new Error(`cannot apply bump ${bump} to ${current}`);
    return next;
}
// ---------------------------------------------------------------------------------------------
// Commits (commits.ts)
function bump_short(sha) {
    return sha.slice(0, 7);
}
function quoted(header) {
    return `"${header.length > 100 ? `${header.slice(0, 97)}...` : header}"`;
}
// ---------------------------------------------------------------------------------------------
// Changelog
/** The level a Keep a Changelog sub-heading asks for (null: none, or not a Keep a Changelog type). */
function changelogHeadingLevel(title) {
    const key = title.toLowerCase().replace(/[^a-z]/g, '');
    if (key === 'removed' || key.startsWith('breaking'))
        return 'major';
    if (key === 'added' || key === 'changed' || key === 'deprecated')
        return 'minor';
    if (key === 'fixed' || key === 'security')
        return 'patch';
    return null;
}
function listAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function prereleaseIds(preid) {
    return preid.split('.');
}
/** Does the release a prerelease leads to already include a change of this level? */
function covers(current, level) {
    const v = semver_default().parse(current);
    if (!v || v.prerelease.length === 0)
        return false;
    if (level === 'major')
        return v.minor === 0 && v.patch === 0;
    if (level === 'minor')
        return v.patch === 0;
    return true;
}
/** The bump `auto` takes (see the file comment for the rules). */
function decideBump(input) {
    const { current, commits, unreleased, preid } = input;
    requireSemver('current version', current);
    requirePreid(preid);
    const evidence = [];
    const reasons = [];
    // (a) commits
    const classes = commits.map((c) => classifyCommit(c.message));
    const pairs = cancelReverts(commits, classes);
    const paired = new Set([...pairs.keys(), ...pairs.values()]);
    const quiet = {};
    classes.forEach((c, i) => {
        const sha = bump_short(commits[i].sha);
        if (pairs.has(i)) {
            const t = pairs.get(i);
            evidence.push(`commit ${sha} ${quoted(c.header)} reverts commit ${bump_short(commits[t].sha)} ${quoted(classes[t].header)}: both left out`);
            return;
        }
        if (paired.has(i))
            return;
        if (c.level === null) {
            quiet[c.label] = (quiet[c.label] ?? 0) + 1;
            return;
        }
        const why = c.label === 'revert' ? 'revert of an earlier release' : c.label;
        evidence.push(`commit ${sha} ${quoted(c.header)} → ${c.level} (${why})`);
        reasons.push({ level: c.level, text: `${c.label} commit ${sha} ${quoted(c.header)}` });
    });
    const quietCount = Object.values(quiet).reduce((a, b) => a + b, 0);
    if (quietCount > 0) {
        const kinds = Object.entries(quiet).map(([label, n]) => `${n} ${label}`);
        evidence.push(`${quietCount} other commit${quietCount === 1 ? '' : 's'} ask${quietCount === 1 ? 's' : ''} for nothing (${kinds.join(', ')})`);
    }
    const commitReasons = reasons.length;
    // (b) changelog
    if (unreleased === null) {
        evidence.push('changelog: no Unreleased section');
    }
    else {
        for (const [title, entries] of Object.entries(unreleased.headings)) {
            const name = title === '' ? 'Unreleased (no sub-heading)' : `Unreleased ${quoted(title)}`;
            const level = changelogHeadingLevel(title);
            const n = `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`;
            if (entries.length === 0)
                evidence.push(`changelog ${name} has no entries → nothing`);
            else if (level === null || /breaking/i.test(title))
                evidence.push(`changelog ${name} (${n}) → nothing by itself`);
            else {
                evidence.push(`changelog ${name} (${n}) → ${level}`);
                reasons.push({ level, text: quoted(title) });
            }
        }
        if (unreleased.breaking) {
            evidence.push('changelog Unreleased has a breaking note → major');
            reasons.push({ level: 'major', text: 'a breaking note' });
        }
    }
    // The highest level wins; the rule names what asked for it.
    let raw = null;
    for (const r of reasons)
        if (raw === null || RANK[r.level] > RANK[raw])
            raw = r.level;
    let because;
    if (raw === null) {
        const changelog = unreleased === null ? 'no changelog Unreleased section' : 'no changelog Unreleased entry that calls for one';
        because = `no feat, fix, perf or breaking commit among ${commits.length} commit${commits.length === 1 ? '' : 's'} and ${changelog}; patch is the least a release takes`;
    }
    else {
        const top = reasons.filter((r) => r.level === raw);
        const fromCommits = top.filter((r) => reasons.indexOf(r) < commitReasons);
        const fromChangelog = top.filter((r) => reasons.indexOf(r) >= commitReasons);
        const parts = [];
        if (fromCommits.length > 0) {
            parts.push(`${fromCommits[0].text}${fromCommits.length > 1 ? ` (and ${fromCommits.length - 1} more)` : ''}`);
        }
        if (fromChangelog.length > 0)
            parts.push(`changelog Unreleased has ${listAnd(fromChangelog.map((r) => r.text))}`);
        because = parts.join(' and ');
    }
    let bump = raw ?? 'patch';
    if (semver_default().major(current) === 0 && bump !== 'patch') {
        bump = bump === 'major' ? 'minor' : 'patch';
        because +=
            raw === 'major'
                ? ' (0.x: while the major version is 0, a breaking change bumps minor)'
                : ' (0.x: while the major version is 0, a feature bumps patch)';
    }
    const pre = semver_default().prerelease(current);
    if (preid === '') {
        if (pre)
            because += `; ${current} is a prerelease and no preid is set, so this release graduates to ${semver_default().inc(current, bump)}`;
        return { bump, kind: bump, rule: `${bump}: ${because}`, evidence };
    }
    if (pre && covers(current, bump)) {
        const ids = prereleaseIds(preid);
        const release = `${semver_default().major(current)}.${semver_default().minor(current)}.${semver_default().patch(current)}`;
        const same = ids.every((id, i) => String(pre[i]) === id);
        if (same) {
            return {
                bump,
                kind: 'prerelease',
                rule: `prerelease: ${because} calls for a ${bump} release, which ${current} already leads to (${release}), so the ${preid} prerelease continues`,
                evidence
            };
        }
        const next = semver_default().inc(current, 'prerelease', preid);
        if (next !== null && semver_default().gt(next, current)) {
            return {
                bump,
                kind: 'prerelease',
                rule: `prerelease: ${because} calls for a ${bump} release, which ${current} already leads to (${release}), so the prerelease moves on to ${preid}`,
                evidence
            };
        }
        throw new Error(`preid ${JSON.stringify(preid)} would move ${current} backwards (to ${next}); use a preid that sorts after ${JSON.stringify(String(pre[0]))}, or set version`);
    }
    const kind = `pre${bump}`;
    return { bump, kind, rule: `${kind}: ${because}; preid ${JSON.stringify(preid)} makes it a prerelease`, evidence };
}
// ---------------------------------------------------------------------------------------------
// Inputs → the new version
/**
 * The new version from the inputs: an explicit `version` wins over `bump` (see the file comment
 * for the rules), then an explicit bump kind, then `auto` through `decide` (called only then).
 */
function resolveVersion(settings, current, decide) {
    requireSemver('current version', current);
    const { version, bump, preid } = settings;
    if (version !== '') {
        requireSemver('version input', version);
        const ignored = bump !== 'auto' ? ` (bump ${JSON.stringify(bump)} ignored: version overrides it)` : '';
        const order = semver_default().compare(version, current);
        if (order < 0) {
            throw new Error(`version input ${version} is lower than the current version ${current}: a release must move forward`);
        }
        if (order === 0) {
            return {
                next: current,
                rule: `explicit version ${version} equals the current version: nothing to bump (a re-run when its tag exists)${ignored}`,
                decision: null,
                unchanged: true
            };
        }
        return { next: version, rule: `explicit version input: ${current} → ${version}${ignored}`, decision: null, unchanged: false };
    }
    if (bump === 'none') {
        return { next: current, rule: `bump "none": the version stays ${current}`, decision: null, unchanged: true };
    }
    let next;
    let rule;
    let decision = null;
    if (bump === 'auto') {
        decision = decide();
        next = nextVersion(current, decision.kind, preid);
        rule = decision.rule;
    }
    else {
        next = nextVersion(current, bump, preid);
        rule = `bump input "${bump}"${preid ? ` with preid "${preid}"` : ''}: ${current} → ${next}`;
    }
    if (!semver_default().gt(next, current)) {
        throw new Error(`bump ${decision ? decision.kind : bump} on ${current} gives ${next}, which is not greater: a release must move forward`);
    }
    return { next, rule, decision, unchanged: false };
}
// ---------------------------------------------------------------------------------------------
// Tags
/**
 * The highest tag `<prefix><semver>` (prereleases included, by semver precedence). Tags with
 * another prefix, or whose rest is not a strict semantic version (`v1.2`, `latest`, a `v` left
 * over when the prefix is empty), are ignored.
 */
function latestSemverTag(tagNames, prefix) {
    let best = null;
    for (const tag of tagNames) {
        if (!tag.startsWith(prefix))
            continue;
        const version = tag.slice(prefix.length);
        if (!isStrictSemver(version))
            continue;
        if (best === null || semver_default().gt(version, best.version))
            best = { tag, version };
    }
    return best;
}
/** The newest release tag below `version`: what ran before, when a release is shipped again or taken further. */
function releaseBefore(tagNames, version, prefix) {
    return latestSemverTag(tagNames.filter((t) => t.startsWith(prefix) && semver_default().lt(semver_default().clean(t.slice(prefix.length)) ?? '0.0.0', version)), prefix);
}
/**
 * A warning when the version file and the latest tag disagree (null when they agree or there is
 * no tag yet). Build metadata is ignored, as in semver precedence.
 */
function compareWithTags(fileVersion, latestTagVersion, names = {}) {
    if (latestTagVersion === null)
        return null;
    if (!isStrictSemver(fileVersion) || !isStrictSemver(latestTagVersion)) {
        return `cannot compare ${JSON.stringify(fileVersion)} with ${JSON.stringify(latestTagVersion)}: not both semantic versions`;
    }
    const order = semver_default().compare(fileVersion, latestTagVersion);
    if (order === 0)
        return null;
    const file = names.file ?? 'the version file';
    const tag = names.tag ?? latestTagVersion;
    return order > 0
        ? `${file} says ${fileVersion}, ahead of the latest tag ${tag} (${latestTagVersion}): was it bumped by hand, or did a release stop before tagging?`
        : `${file} says ${fileVersion}, behind the latest tag ${tag} (${latestTagVersion}): the release commit of ${tag} may not be on this branch`;
}

// EXTERNAL MODULE: ./src/config/user-pattern.ts
var user_pattern = __webpack_require__(7140);
;// CONCATENATED MODULE: ./src/version/version-files.ts
/**
 * `version-files`: more files whose version the release commit bumps. Pure: the list is parsed
 * here, and each file's text is checked and edited here (the version stage reads and the release
 * stage writes). Only the version text changes; everything else stays byte for byte.
 *
 * Kinds, by path:
 * - `*.json`: the top-level `version` (files.ts, as for package.json);
 * - `Cargo.toml`: `[package]` or `[workspace.package]` `version`;
 * - `pyproject.toml`: `[project]` or `[tool.poetry]` `version`;
 * - any other file: every line that carries the marker `x-ship-prod-version`, where the current
 *   version (a leading `v` allowed) is replaced;
 * - `path#/regex/flags`: every match's first capture group is the version. The pattern runs in
 *   linear time (config/user-pattern.ts: RE2) or is refused here, before any write.
 * A file that is missing, or where a place named above does not hold the current version, is a
 * problem: the ship blocks before any write.
 */





/** Line number (1-based) of an offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEMVER_LIKE = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?/;
/** Marker lines: each must hold the current version; every occurrence on them is a spot. */
function markerSpots(file, text, current) {
    const own = new RegExp(`(?<![0-9A-Za-z.+-])v?(${escapeRegex(current)})(?![0-9A-Za-z+-]|\\.[0-9A-Za-z])`, 'gd');
    const spots = [];
    let offset = 0;
    let markers = 0;
    for (const [i, line] of text.split('\n').entries()) {
        const lineStart = offset;
        offset += line.length + 1;
        if (!line.includes(version_files_input/* VERSION_MARKER */.yL))
            continue;
        markers++;
        const found = [...line.matchAll(own)].map((m) => m.indices[1]);
        if (!found.length) {
            const other = SEMVER_LIKE.exec(line.replace(version_files_input/* VERSION_MARKER */.yL, ''))?.[0];
            return { problem: `${file} line ${i + 1}: carries the marker ${version_files_input/* VERSION_MARKER */.yL} but not the current version ${current}${other ? ` (it holds ${other})` : ''}` };
        }
        for (const [start, end] of found)
            spots.push({ start: lineStart + start, end: lineStart + end, version: current, line: i + 1 });
    }
    if (!markers)
        return { problem: `${file}: no line carries the marker ${version_files_input/* VERSION_MARKER */.yL}; add it (e.g. in a comment) on the line that holds the version ${current}, or list the file as ${file}#/regex/` };
    return spots;
}
/** Every match of the spec's regex: its first group must be the current version (a leading `v` allowed). */
function regexSpots(file, spec, text, current) {
    const re = (0,user_pattern/* compileUserPattern */.bH)(spec.pattern, spec.flags ?? '');
    if ('problem' in re)
        return { problem: `${file}: ${re.problem}` };
    const spots = [];
    for (const match of re.matchAll(text)) {
        const value = match.group1;
        const line = lineAt(text, match.index);
        if (value === null)
            return { problem: `${file} line ${line}: /${spec.pattern}/ matched, but its first group captured nothing` };
        const bare = value.replace(/^v/, '');
        if (bare !== current)
            return { problem: `${file} line ${line}: /${spec.pattern}/ captured ${JSON.stringify(value)}, not the current version ${current}` };
        const start = match.group1Start + (value.length - bare.length);
        spots.push({ start, end: match.group1End, version: bare, line });
    }
    if (!spots.length)
        return { problem: `${file}: /${spec.pattern}/ matches nothing; expected it to capture the current version ${current}` };
    return spots;
}
function replaceSpots(text, spots, next) {
    let out = text;
    for (const s of [...spots].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + next + out.slice(s.end);
    return out;
}
/** One file's text with `current` replaced by `next` where the spec says, or why it cannot be. */
function bumpVersionFile(spec, text, current, next) {
    const file = spec.path;
    if (spec.kind === 'json') {
        try {
            const held = readVersionFile(file, text);
            if (held !== current)
                return { problem: `${file}: "version" is ${held}, not the current version ${current}` };
            return { text: writeVersionFile(file, text, next) };
        }
        catch (error) {
            return { problem: error.message };
        }
    }
    let spots;
    if (spec.kind === 'toml') {
        const spot = findTomlVersion(file, text, (0,version_files_input/* tomlTablesFor */.r)(file));
        spots = 'problem' in spot ? spot : spot.version === current ? [spot] : { problem: `${file} line ${spot.line}: version is ${JSON.stringify(spot.version)}, not the current version ${current}` };
    }
    else if (spec.kind === 'marker') {
        spots = markerSpots(file, text, current);
    }
    else {
        spots = regexSpots(file, spec, text, current);
    }
    return 'problem' in spots ? spots : { text: replaceSpots(text, spots, next) };
}
/**
 * Checks and edits every listed file. `texts` holds each file's text at the shipped commit (null:
 * missing). Nothing is edited when any file has a problem.
 */
function planVersionFiles(specs, texts, current, next) {
    const contents = new Map();
    const problems = [];
    for (const spec of specs) {
        const text = contents.get(spec.path) ?? texts.get(spec.path) ?? null;
        if (text === null) {
            problems.push(`${spec.path}: listed in version-files, but there is no such file at the shipped commit`);
            continue;
        }
        const result = bumpVersionFile(spec, text, current, next);
        if ('problem' in result)
            problems.push(result.problem);
        else
            contents.set(spec.path, result.text);
    }
    if (problems.length)
        return { edits: [], problems };
    return { edits: [...contents].map(([file, content]) => ({ path: file, content })), problems };
}

;// CONCATENATED MODULE: ./src/version/changelog-released.ts
/**
 * The changelog of a ship whose branch has not taken the previous release commit yet (its
 * merge-back pull request is open): the branch's Unreleased section still lists what that release
 * shipped. With the changelog as the release tag has it, the entries already released leave the
 * Unreleased section, and the released version sections (with their link definitions) are put in
 * below it, as they are at the tag. So the new version's section holds only what was not released
 * yet, and the release commit's changelog is the tag's plus the new section. Pure: texts in, text out.
 *
 * An entry is a list item at the top level of the Unreleased section; it counts as released when
 * its first line is the first line of an entry in a released section (spaces normalised). A
 * sub-heading whose entries were all released goes with them.
 */

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const BULLET = /^ ?(?:[-*+]|\d+[.)])[ \t]+(.*)$/;
const HEADING = /^ {0,3}#{3,6}(?:[ \t]|$)/;
/** First lines of every entry in these version sections. */
function entriesOf(sections) {
    const out = new Set();
    for (const section of sections) {
        const body = section.replace(/^[^\n]*\n?/, '');
        for (const list of Object.values(parseUnreleased(`## [Unreleased]\n${body}`)?.headings ?? {})) {
            for (const entry of list)
                out.add(squash(entry.split('\n')[0]));
        }
    }
    return out;
}
/** The Unreleased body without the released entries (and the sub-headings they leave empty). */
function dropReleased(body, released) {
    const lines = body.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const content = (l) => l.replace(/\r?\n$/, '');
    const keep = lines.map(() => true);
    const dropped = [];
    for (let i = 0; i < lines.length; i++) {
        const bullet = BULLET.exec(content(lines[i]));
        if (!bullet)
            continue;
        let end = i + 1;
        while (end < lines.length) {
            const text = content(lines[end]);
            if (text.trim() === '' || BULLET.test(text) || HEADING.test(text))
                break;
            end++;
        }
        if (released.has(squash(bullet[1]))) {
            dropped.push(squash(bullet[1]));
            for (let k = i; k < end; k++)
                keep[k] = false;
        }
        i = end - 1;
    }
    // Sub-headings left with no entries, where entries were dropped under them.
    for (let i = 0; i < lines.length; i++) {
        if (!HEADING.test(content(lines[i])))
            continue;
        let end = i + 1;
        while (end < lines.length && !HEADING.test(content(lines[end])))
            end++;
        const under = lines.slice(i + 1, end);
        const lost = under.some((_, k) => !keep[i + 1 + k]);
        const left = under.some((l, k) => keep[i + 1 + k] && content(l).trim() !== '');
        if (lost && !left)
            for (let k = i; k < end; k++)
                keep[k] = false;
    }
    // No two blank lines in a row where lines were taken out.
    const out = [];
    lines.forEach((l, i) => {
        if (!keep[i])
            return;
        const blank = content(l).trim() === '';
        if (blank && out.length > 0 && content(out[out.length - 1]).trim() === '')
            return;
        out.push(l);
    });
    return { body: out.join(''), dropped };
}
/** `current`: the changelog at the shipped commit; `released`: at the newest release tag. */
function withoutReleased(current, released) {
    const cur = changelogOutline(current);
    const rel = changelogOutline(released);
    const missing = rel.versions.filter((v) => !cur.versions.some((c) => c.version === v.version));
    if (missing.length === 0)
        return { text: current, dropped: [], added: [] };
    const eol = cur.eol;
    const sections = missing.map((v) => released.slice(v.start, v.end).replace(/\r?\n/g, eol).replace(/\s+$/, ''));
    const edits = [];
    let dropped = [];
    const block = sections.join(`${eol}${eol}`) + `${eol}${eol}`;
    if (cur.unreleased) {
        const { bodyStart, bodyEnd } = cur.unreleased;
        const cleaned = dropReleased(current.slice(bodyStart, bodyEnd), entriesOf(sections));
        dropped = cleaned.dropped;
        const body = cleaned.body.trim() === '' ? eol : cleaned.body.replace(/(\r?\n)*$/, `${eol}${eol}`);
        edits.push({ at: bodyStart, remove: bodyEnd - bodyStart, insert: `${body}${block}` });
    }
    else {
        const at = cur.versions[0]?.start ?? cur.links[0]?.lineStart ?? current.length;
        edits.push({ at, remove: 0, insert: block });
    }
    // The released versions' link definitions, when the file keeps links and lacks theirs.
    const label = (l) => l.trim().toLowerCase().replace(/^v/, '');
    const wanted = new Set(missing.map((v) => v.version));
    const linkLines = rel.links.filter((l) => wanted.has(label(l.label)) && !cur.links.some((c) => label(c.label) === label(l.label)));
    if (linkLines.length && cur.links.length) {
        const text = linkLines.map((l) => released.slice(l.lineStart, l.lineEnd));
        const unreleasedLink = cur.links.find((l) => label(l.label) === 'unreleased');
        if (unreleasedLink)
            edits.push({ at: unreleasedLink.lineEnd, remove: 0, insert: text.map((t) => `${eol}${t}`).join('') });
        else
            edits.push({ at: cur.links[0].lineStart, remove: 0, insert: text.map((t) => `${t}${eol}`).join('') });
    }
    let out = current;
    for (const e of [...edits].sort((a, b) => b.at - a.at))
        out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
    return { text: out, dropped, added: missing.map((v) => v.version) };
}

;// CONCATENATED MODULE: ./src/version/lagging-release.ts
/**
 * Does the version file lag behind a release? On a branch that could not take a release commit
 * (its merge-back pull request still open), the version file says 1.4.0 while the newest release
 * tag is v1.5.0. The next ship continues from 1.5.0 when the tag was released from this line of
 * history: its commit is a release commit (one parent) whose parent is where it and the shipped
 * commit meet (GitHub's compare of the tag and the shipped commit says so). A newer tag made
 * elsewhere (a release of another line of history, a tag by hand) changes nothing: the file
 * decides, and the report warns as before. Pure.
 */

function laggingRelease(file, latest, relation, branch) {
    if (file.version === null || latest === null || relation === null)
        return null;
    if (!semver_default().valid(file.version) || !semver_default().gt(latest.version, file.version))
        return null;
    const releasedHere = relation.status === 'diverged' && relation.tagCommitParents.length === 1 && relation.tagCommitParents[0] === relation.mergeBaseSha;
    if (!releasedHere)
        return null;
    return {
        tag: latest.tag,
        version: latest.version,
        why: `${file.name} says ${file.version}, behind the newest release tag ${latest.tag}, whose release commit is not on ${branch || 'this branch'} yet (a merge-back pull request brings it): this release continues from ${latest.version}`
    };
}

;// CONCATENATED MODULE: ./src/version/stage.ts
/**
 * The version stage: previous version, bump, new version, and the edited version files and
 * changelog. Reads only; the release stage writes. In release-triggered mode the version and tag
 * come from the event's release. What it finds wrong before any write (a version file without
 * the version, an explicit version going backwards) it returns as refusals, which block the ship.
 */











/** The version: `reads` may have been started ahead (reads.ts); by default the stage sends them. */
async function runVersion(env, reads = new VersionReads(env)) {
    const { context, settings } = env;
    const event = env.facts.event.release;
    if (context.eventName === 'release' && event?.tag_name) {
        const tag = event.tag_name;
        const version = semver_default().clean(tag.startsWith(settings.tagPrefix) ? tag.slice(settings.tagPrefix.length) : tag) ?? '';
        if (!version)
            return { state: 'failed', summary: `the release event's tag ${tag} is not ${settings.tagPrefix}<semver>`, refusals: [] };
        const [tagRefs, releases] = await Promise.all([reads.tagRefs(), reads.releases()]);
        const previous = releaseBefore(tagRefs.map((t) => t.name), version, settings.tagPrefix);
        return {
            state: 'done',
            summary: `release-triggered: ${tag} (${version}); no bump, no new tag or release`,
            version: { previous: previous?.version ?? '', next: version, tag, rule: `release event: ${tag} was published`, changelogSection: '' },
            release: { files: [], tagRefs, prerelease: Boolean(event.prerelease), fromReleaseEvent: true, releases, previousTag: previous?.tag ?? null },
            refusals: []
        };
    }
    const files = await reads.files();
    const lockFile = external_node_path_default().posix.join(external_node_path_default().posix.dirname(settings.versionFile), 'package-lock.json');
    const followsLock = external_node_path_default().posix.basename(settings.versionFile) === 'package.json';
    // The version file comes first (from the workspace it costs no request): its version names the
    // previous release's tag, so the commits since it are read alongside the tags and releases.
    const { text: versionText, check: versionFile } = await reads.versionFile();
    if (versionFile.verdict)
        return refused([versionFile.verdict]);
    const fileVersion = versionFile.version;
    const wantCommits = !settings.version && settings.bump === 'auto';
    // A ship that keeps the version follows the release before it; the tag of its own version is not that.
    const likelyTag = likelyPreviousTag(settings, fileVersion);
    const listed = settings.versionFiles ?? [];
    const [lockText, shippedChangelog, tagRefs, releases, commitsSinceLikely, listedTexts] = await Promise.all([
        followsLock ? files.read(lockFile) : Promise.resolve(null),
        files.read(settings.changelogFile),
        reads.tagRefs(),
        reads.releases(),
        likelyTag ? reads.commitsSinceIfTagged(likelyTag) : Promise.resolve(null),
        readListed(files, listed)
    ]);
    core/* info */.pq(`version files read from the ${files.source === 'workspace' ? 'workspace (checked out at the shipped commit)' : 'API at the shipped commit'}`);
    const latestTag = latestSemverTag(tagRefs.map((t) => t.name), settings.tagPrefix);
    // A version file behind a release of this line of history (its merge-back pull request still
    // open): the release continues from the tag (lagging-release.ts), and its changelog section
    // leaves out what the tag released.
    const sinceLatest = fileVersion && latestTag && semver_default().gt(latestTag.version, fileVersion) ? await reads.commitsSinceIfTagged(latestTag.tag) : null;
    const lagging = laggingRelease({ name: settings.versionFile, version: fileVersion }, latestTag, sinceLatest?.relation ?? null, context.branch);
    const current = lagging?.version ?? fileVersion ?? latestTag?.version ?? '0.0.0';
    if (fileVersion === null) {
        env.timeline.warn(`${settings.versionFile} does not exist at the shipped commit; the current version ${current} comes from ${latestTag ? `tag ${latestTag.tag}` : 'nothing (first release)'}`, false);
    }
    else if (lagging) {
        core/* info */.pq(lagging.why);
        env.timeline.warn(lagging.why, false);
    }
    else if (latestTag) {
        const warning = compareWithTags(fileVersion, latestTag.version);
        if (warning)
            env.timeline.warn(warning, false);
    }
    const changelogText = lagging && shippedChangelog !== null ? await changelogWithoutReleased(env, shippedChangelog, lagging.tag) : shippedChangelog;
    // The previous release is the tag of the current version; commits since it decide `auto`.
    const before = keepsVersion(settings, current) ? releaseBefore(tagRefs.map((t) => t.name), current, settings.tagPrefix) : undefined;
    const previousVersion = before === undefined ? current : (before?.version ?? '');
    const previousTagName = before === undefined ? `${settings.tagPrefix}${current}` : before?.tag;
    const previousTag = tagRefs.some((t) => t.name === previousTagName) ? previousTagName : null;
    const sameTag = previousTag !== null && previousTag === likelyTag;
    const range = lagging && sinceLatest ? sinceLatest : sameTag && commitsSinceLikely ? commitsSinceLikely : await reads.commitsSince(previousTag);
    const commits = range.commits;
    const openFences = changelogText === null ? [] : unclosedFences(changelogText);
    if (openFences.length) {
        const warning = `${settings.changelogFile} line ${openFences.join(', ')}: a code fence is opened and never closed; it was read as text, so the release section ends at the next version heading (close the fence)`;
        env.timeline.warn(warning, false);
        core/* warning */.$e(warning, { file: settings.changelogFile, startLine: openFences[0] });
    }
    const explicit = explicitVersionVerdict(settings.version, current, settings.versionFile);
    if (explicit)
        return refused([explicit]);
    const unreleased = changelogText === null ? null : parseUnreleased(changelogText);
    const decided = resolveVersion({ version: settings.version, bump: settings.bump, preid: settings.preid }, current, () => decideBump({ current, commits: wantCommits ? commits : [], unreleased, preid: settings.preid }));
    const next = decided.next;
    const tag = `${settings.tagPrefix}${next}`;
    const planned = new Set([settings.versionFile, ...(lockText !== null ? [lockFile] : []), settings.changelogFile]);
    // The listed files hold what the version file holds (behind the tag when the release lags).
    const listedPlan = planVersionFiles(listed.filter((spec) => !planned.has(spec.path)), listedTexts, lagging && fileVersion ? fileVersion : current, next);
    for (const spec of listed.filter((s) => planned.has(s.path)))
        env.timeline.warn(`version-files lists ${spec.path}, which is bumped already (version-file, its lock, or the changelog): left to that`, false);
    const release = { files: [], tagRefs, prerelease: semver_default().prerelease(next) !== null, fromReleaseEvent: false, releases, previousTag, ...(range.changed ? { changed: range.changed } : {}) };
    // Listed version files must hold the current version: checked before any write.
    const problems = listedPlan.problems.map((problem) => versionFileVerdict(problem, current));
    if (problems.length) {
        return { ...refused(problems), version: { previous: previousVersion, next, tag, rule: decided.rule, changelogSection: '' }, release };
    }
    const planFiles = [];
    let section = '';
    if (next !== current) {
        const date = new Date().toISOString().slice(0, 10);
        const changelog = releaseChangelog(changelogText, {
            version: next,
            date,
            tagPrefix: settings.tagPrefix,
            previousTag,
            repoUrl: `${context.serverUrl}/${context.owner}/${context.repo}`
        });
        section = changelog.section;
        if (versionText !== null)
            planFiles.push({ path: settings.versionFile, content: writeVersionFile(settings.versionFile, versionText, next) });
        if (lockText !== null)
            planFiles.push({ path: lockFile, content: bumpPackageLock(lockText, next, lockFile) });
        planFiles.push(...listedPlan.edits);
        if (changelog.text !== shippedChangelog)
            planFiles.push({ path: settings.changelogFile, content: changelog.text });
    }
    else if (changelogText !== null) {
        section = parseUnreleased(changelogText)?.raw ?? '';
    }
    const version = { previous: previousVersion, next, tag, rule: decided.rule, changelogSection: section, ...oldestCommit(commits) };
    const existing = tagRefs.find((t) => t.name === tag);
    const summary = `${current} → ${next} (${decided.rule})${existing ? `; tag ${tag} already exists (re-run?)` : ''}`;
    if (settings.dryRun) {
        env.timeline.plan({
            what: next === current ? `tag the shipped commit as ${tag}` : `release commit changing ${planFiles.map((f) => f.path).join(', ')}, tagged ${tag}`,
            detail: decided.rule
        });
    }
    return { state: settings.dryRun ? 'planned' : 'done', summary, version, release: { ...release, files: planFiles }, refusals: [] };
}
/** Refused before any write: the verdicts become gates (gates/before-write.ts reports them). */
function refused(verdicts) {
    return { state: 'failed', summary: `refused before any write: ${verdicts.map((v) => v.reason).join('; ')}`, refusals: verdicts };
}
/** The shipped changelog without what the release tag released (changelog-released.ts); as it is when the tag has no changelog. */
async function changelogWithoutReleased(env, text, tag) {
    const atTag = await (0,contents/* readFileAt */._)(env.client, env.settings.changelogFile, tag);
    if (atTag === null)
        return text;
    const reconciled = withoutReleased(text, atTag);
    if (reconciled.dropped.length || reconciled.added.length) {
        core/* info */.pq(`${env.settings.changelogFile}: ${reconciled.dropped.length} entr${reconciled.dropped.length === 1 ? 'y' : 'ies'} already released in ${tag} left out of Unreleased; section${reconciled.added.length === 1 ? '' : 's'} ${reconciled.added.join(', ')} taken from ${tag}`);
    }
    return reconciled.text;
}
/** The listed version files' texts at the shipped commit (null: missing), each read once. */
async function readListed(files, listed) {
    const paths = [...new Set(listed.map((spec) => spec.path))];
    return new Map(await Promise.all(paths.map(async (file) => [file, await files.read(file)])));
}
/** A version-files problem as a gate verdict (it blocks like one, annotated on the file by blockedBy). */
function versionFileVerdict(problem, current) {
    const at = /^(\S+?)(?: line (\d+))?:/.exec(problem);
    return { name: 'version-files', expected: `the current version ${current}`, found: 'not there', where: at ? `${at[1]}${at[2] ? `:${at[2]}` : ''}` : 'version-files', passed: false, reason: problem };
}
/** The committer date of the oldest commit of the release, when the API gave dates. */
function oldestCommit(commits) {
    const times = commits.map((c) => Date.parse(c.date ?? '')).filter(Number.isFinite);
    return times.length ? { oldestCommitAt: new Date(Math.min(...times)).toISOString() } : {};
}

;// CONCATENATED MODULE: ./src/release/reuse.ts
/**
 * Re-run decisions, pure: does what already exists on GitHub belong to this ship?
 * (INTERFACE.md, Re-runs: a tag at this ship's release commit, or at the shipped commit itself,
 * is reused and never moved; a tag anywhere else fails the run with nothing changed.)
 */
/** Whether a commit message is the release commit of `version` (as `releaseCommitMessage` writes it). */
function isReleaseCommitOf(message, version) {
    if (!message)
        return false;
    const first = message.split('\n', 1)[0].trim();
    return first === releaseCommitMessage(version);
}
function releaseCommitMessage(version) {
    return `chore(release): ${version}`;
}
function decideTag(existing, shippedSha, version) {
    if (!existing)
        return { action: 'create' };
    if (existing.commitSha === shippedSha) {
        return { action: 'reuse', commitSha: shippedSha, why: `tag ${existing.tag} already points at the shipped commit ${shippedSha.slice(0, 7)}` };
    }
    const isChild = existing.parents?.length === 1 && existing.parents[0] === shippedSha;
    if (isChild && isReleaseCommitOf(existing.message, version)) {
        return {
            action: 'reuse',
            commitSha: existing.commitSha,
            why: `tag ${existing.tag} already points at this ship's release commit ${existing.commitSha.slice(0, 7)} (a re-run)`
        };
    }
    const what = isChild ? 'a child of the shipped commit that is not its release commit' : 'another commit';
    return {
        action: 'fail',
        reason: `tag ${existing.tag} already exists at ${existing.commitSha.slice(0, 7)}, ${what}; ` +
            `it is never moved. Ship a new version (input \`version\` or \`bump\`), or delete the tag if it was never released.`
    };
}
/** An existing release for the tag is reused (its notes updated when they differ), never duplicated. */
function decideRelease(existing, wanted) {
    if (!existing)
        return { action: 'create' };
    const update = (existing.body ?? '') !== wanted.body || (existing.name ?? '') !== wanted.name;
    const kind = existing.draft ? 'draft release' : 'published release';
    return { action: 'reuse', release: existing, update: existing.draft && update, why: `${kind} ${existing.id} for ${existing.tag_name} already exists` };
}

;// CONCATENATED MODULE: ./src/gates/before-write.ts
/**
 * The last checks before the first write, once the version is known: what the version stage
 * refused (version files, an explicit version going backwards), a tag name git would refuse, a
 * tag already held by another commit, and each deploy strategy's own checks of the versions it
 * would put in place (the new one, and the previous one for a rollback: its workflow must exist
 * at the previous tag). Any failed verdict blocks the ship with nothing written.
 */




/** Logs each refusal as an ::error titled with its input, on its file and line when known. */
function announceRefusals(verdicts) {
    for (const v of verdicts) {
        const [file, line, col] = v.where.split(':');
        const at = line && /^\d+$/.test(line) ? { file, startLine: Number(line), ...(col ? { startColumn: Number(col) } : {}) } : {};
        core/* error */.z3(v.reason, { title: v.name, ...at });
    }
}
async function checkBeforeWrite(env, input) {
    const { settings, context, client } = env;
    const { version, release, strategies } = input;
    const facts = { next: version.next, tag: version.tag, previousTag: release.previousTag, ...(release.changed ? { changed: release.changed } : {}) };
    const newVersion = { version: version.next, tag: version.tag, sha: '' };
    const previous = release.previousTag ? { version: version.previous, tag: release.previousTag, sha: '' } : undefined;
    const checks = [
        ...strategies.deploy.map((step) => [step, newVersion]),
        ...(previous ? strategies.rollback.map((step) => [step, previous]) : [])
    ];
    // A redeploy shares its deploy step's configuration: check each configuration once per target.
    const checked = new Map();
    const targetChecks = checks.filter(([step, target]) => {
        const tags = checked.get(step.config) ?? checked.set(step.config, new Set()).get(step.config);
        return !tags.has(target.tag) && Boolean(tags.add(target.tag));
    });
    const existingRef = release.fromReleaseEvent ? undefined : release.tagRefs.find((t) => t.name === version.tag);
    const [strategyVerdicts, existing] = await Promise.all([
        Promise.all(targetChecks.map(([{ strategy, config }, target]) => strategy.preflightTarget?.(env, config, target, facts) ?? Promise.resolve([]))),
        existingRef ? (0,git_data/* inspectTag */.Vm)(client, existingRef) : Promise.resolve(undefined)
    ]);
    const verdicts = [];
    if (!release.fromReleaseEvent) {
        const badTag = tagNameVerdict(version.tag, settings.tagPrefix, settings.version ? 'version' : 'tag-prefix');
        if (badTag)
            verdicts.push(badTag);
    }
    verdicts.push(...strategyVerdicts.flat());
    const decision = release.fromReleaseEvent ? { action: 'reuse', commitSha: context.sha, why: 'the release that triggered this run' } : decideTag(existing, context.sha, version.next);
    if (decision.action === 'fail') {
        verdicts.push({
            name: 'tag',
            expected: `${version.tag} free, or at this ship's commit (a re-run)`,
            found: `at ${existing?.commitSha.slice(0, 7) ?? 'another commit'}`,
            where: `refs/tags/${version.tag}`,
            passed: false,
            reason: decision.reason
        });
    }
    const blockers = verdicts.filter((v) => !v.passed);
    announceRefusals(blockers);
    return { verdicts, blockers, tag: { decision, ...(existing ? { existing } : {}) } };
}

// EXTERNAL MODULE: ./src/ship-state.ts
var ship_state = __webpack_require__(8913);
// EXTERNAL MODULE: ./src/verify/check-spec.ts
var check_spec = __webpack_require__(3053);
// EXTERNAL MODULE: ./src/verify/index.ts
var verify = __webpack_require__(1161);
;// CONCATENATED MODULE: ./src/verify/analysis/options.ts
function analysisOptions(settings, version) {
    const a = settings.analysis;
    if (!a)
        return {};
    const newChecks = settings.progressive?.smokeChecks ?? [];
    if (a.baselineChecks.length === 0 || newChecks.length !== a.baselineChecks.length)
        return { minSamples: a.minSamples };
    const compare = { newChecks, oldChecks: a.baselineChecks };
    if (version?.next)
        compare.newVersion = version.next;
    if (version?.previous)
        compare.oldVersion = version.previous;
    return { minSamples: a.minSamples, compare };
}

;// CONCATENATED MODULE: ./src/verify/analysis/record.ts
function analysisRecord(window, at, analysis) {
    return { window, at: new Date(at).toISOString(), ...analysis };
}

;// CONCATENATED MODULE: ./src/verify/health.ts
/**
 * Verifying an environment with its health checks: a baseline round before the deploy, then
 * health rounds until healthy or out of time (expecting a version where a check asks for it),
 * then the monitoring window. The deploy unit verifies the new version with these, and the
 * previous one after a rollback. Results go into the environment's HealthRecord.
 */






function emptyHealth() {
    return { verdict: 'skipped', reason: 'no health-urls or health-checks: nothing to verify', checks: [], rounds: 0, detail: [] };
}
function toCheckRecords(checks, ...stats) {
    return checks.map((check) => {
        const merged = stats.map((s) => s[check.name]).filter((s) => Boolean(s));
        const last = merged.at(-1);
        return {
            name: check.name,
            url: check.url,
            samples: merged.reduce((n, s) => n + s.samples, 0),
            failures: merged.reduce((n, s) => n + s.failures, 0),
            p50Ms: last?.p50,
            p95Ms: last?.p95,
            lastReason: last?.lastReason ?? 'not probed'
        };
    });
}
/** One round before the deploy: latency to compare against, and a warning when production is already unhealthy. */
async function probeBaseline(env, checks, health) {
    if (!checks.length)
        return { state: 'skipped', summary: health.reason };
    const result = await (0,verify/* baseline */._Z)(checks, (0,verify/* makeProbe */.lH)({ clock: env.clock }), env.clock);
    health.baseline = { p95Ms: result.p95Ms, ...(result.warning ? { warning: result.warning } : {}) };
    if (result.warning)
        env.timeline.warn(result.warning);
    const summary = result.samples.map((s) => `${s.check}: ${s.reason}`).join('; ');
    return { state: 'done', summary: `before the deploy: ${summary}` };
}
/** Health rounds until healthy or `timeoutMs`. */
async function verifyHealthy(env, checks, opts) {
    const { settings } = env;
    core/* info */.pq(`${opts.label}: probing ${checks.length} check(s) every ${(0,durations/* formatDuration */.a3)(settings.health.intervalMs)} for up to ${(0,durations/* formatDuration */.a3)(opts.timeoutMs)}`);
    const progress = env.progress(`${opts.label}: ${opts.expectVersion || 'production'} healthy (health-timeout ${(0,durations/* formatDuration */.a3)(opts.timeoutMs)})`, (0,check_spec/* originOf */.y)(checks));
    return (0,verify/* waitHealthy */.hq)(checks, {
        timeoutMs: opts.timeoutMs,
        intervalMs: settings.health.intervalMs,
        expectVersion: opts.expectVersion,
        probe: (0,verify/* makeProbe */.lH)({ clock: env.clock }),
        clock: progress.clock,
        onRound: (round) => progress.note(`${opts.label} round ${round.index} (${(0,durations/* formatDuration */.a3)(progress.elapsedMs())} so far): ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
    });
}
/**
 * The monitoring window over the checks, as the settings configure it (also each traffic step's).
 * With `versions` (blue-green, canary) and baseline-checks, the smoke checks and the baseline
 * checks are probed in the same rounds and compared (analysis/); the window's analysis, if any,
 * is added to `health.analysis`.
 */
async function watchHealthWindow(env, checks, opts) {
    const { settings } = env;
    const progress = env.progress(`${opts.label} window of ${opts.expectVersion || 'production'} (monitor-duration ${(0,durations/* formatDuration */.a3)(settings.monitor.durationMs)})`, (0,check_spec/* originOf */.y)(checks));
    const analysis = analysisOptions(opts.versions ? settings : { analysis: settings.analysis }, opts.versions);
    // Comparing, the old version is measured in every round: the one-probe pre-deploy p95 is not used.
    const baselineP95Ms = analysis.compare ? undefined : opts.baselineP95Ms;
    const window = await (0,verify/* watchWindow */.mG)(checks, {
        durationMs: settings.monitor.durationMs,
        intervalMs: settings.monitor.intervalMs,
        errorRateThreshold: settings.monitor.errorRateThreshold,
        latencyThresholdMs: settings.monitor.latencyThresholdMs,
        ...(baselineP95Ms !== undefined ? { baselineP95Ms } : {}),
        ...(settings.monitor.metrics?.length ? { metrics: settings.monitor.metrics } : {}),
        ...(opts.expectVersion !== undefined ? { expectVersion: opts.expectVersion } : {}),
        probe: (0,verify/* makeProbe */.lH)({ clock: env.clock }),
        clock: progress.clock,
        ...analysis,
        onRound: (round) => progress.note(`${opts.label} round (${(0,durations/* formatDuration */.a3)(progress.elapsedMs())} so far): ${[...round.samples, ...(round.compared?.new ?? []), ...(round.compared?.old ?? [])].map((s) => `${s.check} ${s.reason}`).join('; ')}`)
    });
    if (window.analysis && opts.health)
        (opts.health.analysis ??= []).push(analysisRecord(opts.label, window.decidedAt, window.analysis));
    return window;
}
/** A window's result as the ship record keeps it. */
function windowRecord(settings, window) {
    return {
        verdict: window.verdict,
        reason: window.reason,
        durationMs: window.decidedAt - window.startedAt,
        plannedRounds: window.plannedRounds,
        rounds: window.rounds.length,
        errorRate: window.errorRate,
        p95Ms: window.p95Ms,
        stoppedEarly: window.stoppedEarly,
        thresholds: { errorRate: settings.monitor.errorRateThreshold, latencyMs: settings.monitor.latencyThresholdMs }
    };
}
/**
 * After the deploy: healthy (expecting the new version), then the monitoring window. Fills
 * `health`; a failed outcome's verdict time is `health.decidedAt`.
 */
async function verifyDeployed(env, checks, version, health) {
    const { settings } = env;
    if (!checks.length)
        return { state: 'skipped', summary: health.reason };
    const healthy = await verifyHealthy(env, checks, { expectVersion: version, timeoutMs: settings.health.timeoutMs, label: 'health' });
    health.rounds = healthy.rounds.length;
    health.checks = toCheckRecords(checks, healthy.perCheck);
    if (healthy.verdict === 'failed') {
        health.verdict = 'failed';
        health.reason = healthy.reason;
        health.timeToDetectMs = healthy.firstFailureAt !== undefined ? healthy.decidedAt - healthy.firstFailureAt : undefined;
        health.decidedAt = healthy.decidedAt;
        return { state: 'failed', summary: `never healthy: ${healthy.reason}` };
    }
    health.detail.push(healthy.reason);
    if (settings.monitor.durationMs <= 0) {
        health.verdict = 'passed';
        health.reason = healthy.reason;
        return { state: 'done', summary: healthy.reason };
    }
    const window = await watchHealthWindow(env, checks, { expectVersion: version, label: 'monitor', health, ...(health.baseline?.p95Ms !== undefined ? { baselineP95Ms: health.baseline.p95Ms } : {}) });
    health.checks = toCheckRecords(checks, healthy.perCheck, window.perCheck);
    health.window = windowRecord(settings, window);
    if (window.verdict === 'failed') {
        health.verdict = 'failed';
        health.reason = `monitoring window: ${window.reason}`;
        const firstBad = window.rounds.flatMap((r) => r.samples).find((s) => !s.ok)?.at;
        health.timeToDetectMs = firstBad !== undefined ? window.decidedAt - firstBad : undefined;
        health.decidedAt = window.decidedAt;
        return { state: 'failed', summary: health.reason };
    }
    health.verdict = 'passed';
    health.reason = window.reason;
    return { state: 'done', summary: health.reason };
}
/** The dry run's line for verification. */
function planVerify(env, checks) {
    const { settings } = env;
    return {
        what: `probe ${checks.map((c) => c.name).join(', ')} every ${(0,durations/* formatDuration */.a3)(settings.health.intervalMs)} until healthy (health-timeout ${(0,durations/* formatDuration */.a3)(settings.health.timeoutMs)})`,
        detail: settings.monitor.durationMs > 0 ? `then watch for ${(0,durations/* formatDuration */.a3)(settings.monitor.durationMs)} (error rate above ${settings.monitor.errorRateThreshold} or p95 above ${(0,durations/* formatDuration */.a3)(settings.monitor.latencyThresholdMs)} fails)` : undefined
    };
}

;// CONCATENATED MODULE: ./src/deploy/already-deployed.ts
/**
 * A version already deployed by another ship (INTERFACE.md, One ship per environment): when the
 * environment's latest ship-prod deployment is of this very tag and succeeded, a second ship of
 * the same version deploys nothing again; it verifies, and its outputs name that deployment. Only
 * asked when the tag existed before this ship (a ship that made the tag is the only one that
 * could have deployed it).
 */



/** The environment's latest ship-prod deployment, when it is a success of `tag` by another ship (pure). */
function deployedBefore(latest, input) {
    if (!latest || latest.ref !== input.tag || latest.state !== 'success')
        return undefined;
    // This ship's own deployment of an earlier attempt: the resume decision (deployment.ts) has it.
    if (latest.shipId === input.shipId)
        return undefined;
    return {
        deploymentId: latest.id,
        ...(latest.runId ? { runId: latest.runId } : {}),
        why: `${input.tag} is already deployed to ${input.environment} with success by deployment ${latest.id}${latest.shipId ? ` (ship ${latest.shipId})` : ''}, the environment's latest: not deployed again`
    };
}
async function findDeployedBefore(client, input) {
    const found = deployedBefore(await (0,deployments/* latestShipProdDeployment */.gq)(client, input.environment), input);
    if (!found?.runId)
        return found;
    const run = await (0,actions/* getRun */.Mh)(client, found.runId).catch((error) => ((0,github_client/* statusOf */.c2)(error) === 404 ? undefined : Promise.reject(error)));
    return run ? { ...found, runUrl: run.htmlUrl } : found;
}

;// CONCATENATED MODULE: ./src/deploy/move.ts
/**
 * The one executor that puts a version in place in an environment: it runs a move's strategy
 * steps in order, within the move's timeout, and says what happened. A deploy is a move to the
 * new version with the deploy steps; a rollback is a move to the previous version with the
 * rollback steps (registry.ts). Nothing here knows which of the two it is running.
 */


function contextFor(env, move, first, timeoutMs) {
    const logUrl = env.context.runUrl || undefined;
    return {
        env,
        environment: move.environment,
        target: move.target,
        from: move.from,
        name: move.name,
        shipId: move.shipId,
        timeoutMs,
        first,
        deployInputs: move.deployInputs,
        ...(move.deploymentId !== undefined ? { deploymentId: move.deploymentId } : {}),
        status: async (description) => {
            if (move.deploymentId !== undefined) {
                await (0,deployments/* setDeploymentStatus */.e9)(env.client, move.deploymentId, { state: 'in_progress', description, logUrl, environmentUrl: move.environmentUrl });
            }
        },
        ...(move.resume ? { resume: move.resume } : {}),
        ...(move.onRun ? { onRun: move.onRun } : {}),
        ...(move.traffic ? { traffic: move.traffic } : {})
    };
}
async function executeMove(env, move) {
    const { clock } = env;
    const started = clock.now();
    const detail = [];
    const settlers = [];
    // The workflow's run stays the move's run when a branch or command step follows it.
    let run = {};
    let inputs;
    let approval;
    let last = '';
    for (const [i, { strategy, config }] of move.steps.entries()) {
        const remaining = Math.max(1_000, move.timeoutMs - (clock.now() - started));
        const outcome = await strategy.run(config, contextFor(env, move, i === 0, remaining));
        detail.push(...outcome.detail);
        if (outcome.runId !== undefined)
            run = { runId: outcome.runId, runUrl: outcome.runUrl, conclusion: outcome.conclusion };
        if (outcome.inputs)
            inputs = outcome.inputs;
        if (outcome.approval)
            approval = outcome.approval;
        if (outcome.onVerified)
            settlers.push(outcome.onVerified);
        last = outcome.summary;
        if (!outcome.ok) {
            return { ok: false, untouched: Boolean(outcome.untouched) && i === 0, summary: outcome.summary, ...run, inputs, ...(approval ? { approval } : {}), durationMs: clock.now() - started, detail, settle: () => undefined };
        }
    }
    const durationMs = clock.now() - started;
    const names = move.steps.map((s) => s.strategy.name);
    return {
        ok: true,
        untouched: false,
        summary: names.length > 1 ? `${move.target.tag} deployed by ${names.join(', ')} in ${(0,durations/* formatDuration */.a3)(durationMs)}` : last || 'deployed',
        ...run,
        inputs,
        ...(approval ? { approval } : {}),
        durationMs,
        detail,
        settle: (verified) => settlers.forEach((s) => s(verified))
    };
}
/** A dry run's plan for a move: one entry per step. */
function planMove(env, move) {
    return move.steps.map(({ strategy, config }, i) => strategy.plan(config, contextFor(env, move, i === 0, move.timeoutMs)));
}

;// CONCATENATED MODULE: ./src/deploy/put-back.ts
/**
 * Putting the previous version back in one environment after a failure, and verifying it: the
 * same move executor as the deploy (move.ts), called with the previous version and the ship's
 * rollback steps (a dedicated way back, or the deploy strategies redeploying the previous
 * release). A move that puts a version in place gets a GitHub deployment of its own. A rollback
 * is never success: verified → the environment is restored; anything less → it may be wrong.
 */







/** A redeploy's sentences (a strategy that only moves traffic has its own). */
const REDEPLOY_WORDS = {
    restored: (toTag) => `rolled back to ${toTag}`,
    failed: (toTag, why) => `the rollback to ${toTag} failed: ${why}`,
    unhealthy: (toTag, why) => `${toTag} was deployed again but is not healthy: ${why}`
};
async function putBack(env, input, failure) {
    const { settings, client, clock, context } = env;
    const { previous, current, strategies } = input;
    const toTag = previous.version ? previous.tag : '';
    const rollback = { attempted: false, verified: false, trigger: failure.reason, toVersion: previous.version, toTag, strategy: strategies.rollbackDescribed, summary: '', detail: [] };
    const ended = (state, summary) => {
        rollback.summary = summary;
        return { state, summary, rollback };
    };
    if (settings.rollback.mode === 'never') {
        return ended('skipped', input.traffic ? `rollback: never — traffic was left at ${input.traffic.percent}% on ${current.tag}` : 'rollback: never — nothing was rolled back');
    }
    const steps = strategies.rollback;
    if (!steps.length)
        return ended('failed', `cannot roll back: ${strategies.rollbackDescribed}`);
    const deploysVersion = steps.some((s) => s.strategy.deploysVersion);
    const words = steps.find((s) => s.strategy.rollbackWords)?.strategy.rollbackWords ?? REDEPLOY_WORDS;
    // A redeploy needs the previous release's commit; a switch-back routes to what still runs.
    if (deploysVersion && (!previous.version || !previous.ref)) {
        return ended('failed', previous.version ? `cannot roll back: the previous release's tag ${toTag} does not exist` : 'cannot roll back: this was the first release');
    }
    const target = { version: previous.version, tag: toTag, sha: deploysVersion && previous.ref ? (await (0,git_data/* inspectTag */.Vm)(client, previous.ref)).commitSha : '' };
    const started = clock.now();
    rollback.attempted = true;
    core/* warning */.$e(`Rolling back ${input.environment} to ${toTag || 'the previous version'} (${strategies.rollbackDescribed}): ${failure.reason}`);
    let deploymentId;
    let since;
    if (deploysVersion) {
        const made = await (0,deployments/* createShipDeployment */.UJ)(client, {
            ref: toTag,
            environment: input.environment,
            description: `ship-prod rollback to ${toTag}`,
            production: input.environment.toLowerCase().startsWith('prod'),
            payload: { ship_prod: { rollback_of: current.tag, version: previous.version, tag: toTag, run_id: context.runId, run_url: context.runUrl } }
        });
        deploymentId = made.id;
        since = made.createdAt;
        rollback.detail.push(`rollback deployment ${deploymentId} of ${toTag}`);
        (0,ship_state/* saveShipState */.hv)({ environment: input.environment, phase: 'rolling-back', deploymentId, version: current.version, tag: current.tag, previousVersion: previous.version });
    }
    const move = {
        name: 'rollback',
        environment: input.environment,
        target,
        from: current,
        steps,
        timeoutMs: settings.rollback.timeoutMs,
        shipId: input.shipId,
        deployInputs: input.deployInputs,
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        ...(since ? { resume: { since } } : {}),
        onRun: async ({ id, url }) => (0,ship_state/* saveShipState */.hv)({ environment: input.environment, phase: 'rolling-back', ...(deploymentId !== undefined ? { deploymentId } : {}), runId: id, runUrl: url }),
        ...(input.traffic ? { traffic: input.traffic } : {})
    };
    const outcome = await executeMove(env, move);
    rollback.runId = outcome.runId;
    rollback.runUrl = outcome.runUrl;
    if (outcome.approval)
        rollback.approval = outcome.approval;
    rollback.detail.push(...outcome.detail);
    const logUrl = context.runUrl || undefined;
    const mark = async (state, description) => {
        if (deploymentId !== undefined)
            await (0,deployments/* setDeploymentStatus */.e9)(client, deploymentId, { state, description, logUrl });
    };
    if (!outcome.ok) {
        const summary = words.failed(toTag, outcome.summary, { fromTag: current.tag, ...(input.traffic ? { trafficPercent: input.traffic.percent } : {}) });
        await mark('failure', summary);
        return ended('failed', summary);
    }
    if (!input.checks.length) {
        await mark('error', 'rollback deployed, not verified (no health checks)');
        return ended('failed', `${toTag} was deployed again, but there are no health checks to verify it`);
    }
    const remaining = Math.max(settings.health.intervalMs, settings.rollback.timeoutMs - (clock.now() - started));
    const healthy = await verifyHealthy(env, input.checks, { expectVersion: previous.version, timeoutMs: Math.min(settings.health.timeoutMs, remaining), label: 'rollback health' });
    rollback.detail.push(healthy.reason);
    outcome.settle(healthy.verdict === 'passed');
    if (healthy.verdict !== 'passed') {
        const summary = words.unhealthy(toTag, healthy.reason);
        await mark('failure', summary);
        return ended('failed', summary);
    }
    rollback.verified = true;
    rollback.timeToRestoreMs = healthy.decidedAt - failure.at;
    await mark('success', `rolled back to ${toTag}`);
    return ended('done', `${words.restored(toTag)} and verified healthy (${(0,durations/* formatDuration */.a3)(rollback.timeToRestoreMs)} from the failure verdict)`);
}

;// CONCATENATED MODULE: ./src/deploy/smoke.ts
/**
 * Smoke checks (blue-green and canary): `smoke-checks` probe the new version on its own URL,
 * expecting its version, before any traffic moves. A failure moves no traffic: production was
 * never changed, and is only verified, on the previous version.
 */



async function runSmoke(env, checks, version, health) {
    const { settings, clock } = env;
    core/* info */.pq(`smoke: probing ${checks.map((c) => c.name).join(', ')} on ${version} before any traffic moves`);
    const healthy = await (0,verify/* waitHealthy */.hq)(checks, {
        timeoutMs: settings.health.timeoutMs,
        intervalMs: settings.health.intervalMs,
        expectVersion: version,
        probe: (0,verify/* makeProbe */.lH)({ clock }),
        clock,
        onRound: (round) => core/* info */.pq(`smoke round ${round.index}: ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
    });
    const smoke = { verdict: healthy.verdict, reason: healthy.reason, checks: toCheckRecords(checks, healthy.perCheck) };
    if (healthy.verdict === 'failed') {
        Object.assign(health, { verdict: 'failed', reason: `smoke checks: ${healthy.reason}`, decidedAt: healthy.decidedAt });
        return { state: 'failed', summary: `${version} failed its smoke checks: ${healthy.reason}`, smoke };
    }
    return { state: 'done', summary: `${version} passed its smoke checks: ${healthy.reason}`, smoke };
}
/** After a smoke failure no traffic moved: check that production still serves the previous version. */
async function verifyProductionUnchanged(env, checks, previous, traffic) {
    const healthy = await verifyHealthy(env, checks, { expectVersion: previous, timeoutMs: env.settings.health.timeoutMs, label: 'production health' });
    const summary = healthy.verdict === 'passed'
        ? `no traffic moved; production verified on ${previous || 'the previous version'}: ${healthy.reason}`
        : `no traffic moved, but production did not verify on ${previous || 'the previous version'}: ${healthy.reason}`;
    traffic.productionVerified = { verified: healthy.verdict === 'passed', summary };
    return { state: healthy.verdict === 'passed' ? 'done' : 'failed', summary };
}

// EXTERNAL MODULE: ./src/deploy/strategies/registry.ts + 6 modules
var registry = __webpack_require__(7280);
// EXTERNAL MODULE: ./src/commands.ts + 1 modules
var commands = __webpack_require__(7932);
// EXTERNAL MODULE: ./src/deploy/cancel-traffic.ts
var cancel_traffic = __webpack_require__(1757);
;// CONCATENATED MODULE: ./src/deploy/traffic-steps.ts
/**
 * Blue-green and canary (with `traffic-command`): the deploy has put the new version beside the
 * old one and moved no traffic. For each of `traffic-steps`, the traffic command runs with
 * SHIP_TRAFFIC, then the health checks and the monitoring window must pass. Below 100% the
 * answers may come from either version, so the version is read (to show the split) but not
 * required; at 100% every answer must carry the new version. A failing step is the failure the
 * deploy unit rolls back from (by the traffic switch-back, strategies/traffic.ts).
 */






function newTrafficRecord(steps) {
    return { steps: steps.map((percent) => ({ percent, at: '', verdict: 'not reached', reason: 'not reached' })), percent: 0 };
}
function planTraffic(env, steps, command) {
    const window = env.settings.monitor.durationMs > 0 ? ` and a ${(0,durations/* formatDuration */.a3)(env.settings.monitor.durationMs)} monitoring window` : '';
    return {
        what: `move traffic in ${steps.length} step${steps.length === 1 ? '' : 's'} (${steps.map((s) => `${s}%`).join(', ')}), each followed by the health checks${window}`,
        detail: `${command}\n# environment: SHIP_TRAFFIC=<step> plus the SHIP_* variables; on any failure SHIP_TRAFFIC=0 moves it all back`
    };
}
async function moveTrafficInSteps(env, input) {
    const { settings, clock } = env;
    const { traffic, health, checks, facts } = input;
    const probe = (0,verify/* makeProbe */.lH)({ clock });
    const stats = [];
    const fail = (step, reason, at) => {
        step.verdict = 'failed';
        step.reason = reason;
        const summary = `traffic step ${step.percent}%: ${reason}`;
        Object.assign(health, { verdict: 'failed', reason: summary, decidedAt: at });
        return { state: 'failed', summary, failure: { reason: summary, at } };
    };
    for (const step of traffic.steps) {
        const { percent } = step;
        // Saved before the command runs: a cancel during it still moves the traffic back.
        (0,cancel_traffic/* saveTrafficState */.Iw)({ percent, facts });
        step.at = new Date(clock.now()).toISOString();
        const command = await (0,commands/* recordCommand */.t6)(input.command, { facts, timeoutMs: settings.deploy.timeoutMs, cwd: env.context.workspace, label: `traffic ${percent}%`, env: { SHIP_TRAFFIC: String(percent) } }, clock);
        step.commandMs = command.durationMs;
        traffic.percent = percent;
        if (!command.ok)
            return fail(step, command.summary, clock.now());
        core/* info */.pq(`traffic ${percent}%: ${command.summary}; probing`);
        // Below 100% either version may answer: read the version, require it only at 100%.
        const expectVersion = percent === 100 ? facts.version : undefined;
        const samples = [];
        const healthy = await (0,verify/* waitHealthy */.hq)(checks, {
            timeoutMs: settings.health.timeoutMs,
            intervalMs: settings.health.intervalMs,
            ...(expectVersion !== undefined ? { expectVersion } : {}),
            probe,
            clock,
            onRound: (round) => core/* info */.pq(`traffic ${percent}% health round ${round.index}: ${round.samples.map((s) => `${s.check} ${s.reason}`).join('; ')}`)
        });
        samples.push(...healthy.rounds.flatMap((r) => r.samples));
        stats.push(healthy.perCheck);
        health.rounds += healthy.rounds.length;
        if (healthy.verdict === 'failed') {
            fillStats(step, samples);
            health.timeToDetectMs = healthy.firstFailureAt !== undefined ? healthy.decidedAt - healthy.firstFailureAt : undefined;
            health.checks = toCheckRecords(checks, ...stats);
            return fail(step, `never healthy: ${healthy.reason}`, healthy.decidedAt);
        }
        if (settings.monitor.durationMs > 0) {
            const window = await watchHealthWindow(env, checks, {
                ...(expectVersion !== undefined ? { expectVersion } : {}),
                label: `traffic ${percent}% monitor`,
                versions: { next: facts.version, previous: facts.previousVersion },
                health,
                ...(health.baseline?.p95Ms !== undefined ? { baselineP95Ms: health.baseline.p95Ms } : {})
            });
            const windowSamples = window.rounds.flatMap((r) => r.samples);
            stats.push(window.perCheck);
            health.window = windowRecord(settings, window);
            // The step's figures are the window's: what the traffic did once healthy.
            fillStats(step, windowSamples, samples);
            if (window.verdict === 'failed') {
                const firstBad = windowSamples.find((s) => !s.ok)?.at;
                health.timeToDetectMs = firstBad !== undefined ? window.decidedAt - firstBad : undefined;
                health.checks = toCheckRecords(checks, ...stats);
                return fail(step, window.reason, window.decidedAt);
            }
        }
        else {
            fillStats(step, samples);
        }
        step.verdict = 'passed';
        step.reason = settings.monitor.durationMs > 0 ? health.window.reason : healthy.reason;
        health.checks = toCheckRecords(checks, ...stats);
    }
    health.verdict = 'passed';
    health.reason = `every traffic step passed (${traffic.steps.map((s) => `${s.percent}%`).join(', ')}); ${traffic.steps.at(-1).reason}`;
    return { state: 'done', summary: `traffic moved through ${traffic.steps.map((s) => `${s.percent}%`).join(', ')}, each step healthy` };
}
/** Error rate and p95 over the step's samples; versions over every probe of the step. */
function fillStats(step, samples, alsoForVersions = []) {
    step.probes = samples.length;
    if (samples.length)
        step.errorRate = samples.filter((s) => !s.ok).length / samples.length;
    const p95 = (0,verify/* percentile */.Ym)((0,verify/* latencies */.h0)(samples), 95);
    if (p95 !== undefined)
        step.p95Ms = p95;
    const versions = {};
    for (const s of [...alsoForVersions, ...samples])
        if (s.version)
            versions[s.version] = (versions[s.version] ?? 0) + 1;
    if (Object.keys(versions).length)
        step.versions = versions;
}

;// CONCATENATED MODULE: ./src/deploy/unit.ts











/** Where an environment answers (its deployments' environment URL): its `url`, else the origin of its checks. */
function environmentUrlOf(environment) {
    return environment.url ?? (0,check_spec/* originOf */.y)(environment.checks);
}
function deploymentFactsOf(env, input) {
    const workflowId = input.strategies.deploy.map(({ strategy, config }) => strategy.dispatches?.(config, input.release.tag)).find((id) => id !== undefined);
    return {
        client: env.client,
        environment: input.environment.name,
        version: { next: input.release.version, previous: input.previous.version, tag: input.release.tag },
        shipId: input.shipId,
        runId: env.context.runId,
        runUrl: env.context.runUrl,
        ...(workflowId !== undefined ? { workflowId } : {}),
        ...(input.freezeOverride ? { freezeOverride: input.freezeOverride } : {})
    };
}
async function shipEnvironment(env, input) {
    const started = env.clock.now();
    const result = await shipUnit(env, input);
    return { ...result, startedAt: new Date(started).toISOString(), durationMs: env.clock.now() - started };
}
/** The environment's RunEnv with its window: the wave's bake, or none for what an earlier attempt verified. */
function withWindow(env, input, deploy) {
    if (!input.window)
        return env;
    const ms = deploy.alreadySucceeded && input.window.skipWhenDeployedBefore ? 0 : input.window.ms;
    if (ms === env.settings.monitor.durationMs)
        return env;
    return { ...env, settings: { ...env.settings, monitor: { ...env.settings.monitor, durationMs: ms } } };
}
async function shipUnit(outer, input) {
    let env = outer;
    const { timeline, settings } = env;
    const { environment, release } = input;
    const checks = environment.checks;
    const health = emptyHealth();
    const deploy = { strategy: input.strategies.deploy.map((s) => s.strategy.name).join('+') || 'none', detail: [] };
    const traffic = input.traffic ? newTrafficRecord(input.traffic.steps) : undefined;
    const result = { name: environment.name, outcome: settings.dryRun ? 'planned' : 'shipped', deploy, health, ...(traffic ? { traffic } : {}) };
    const environmentUrl = environmentUrlOf(environment);
    const move = {
        name: 'deploy',
        environment: environment.name,
        target: release,
        from: { version: input.previous.version, tag: input.previous.tag, sha: '' },
        steps: input.strategies.deploy,
        timeoutMs: settings.deploy.timeoutMs,
        shipId: input.shipId,
        deployInputs: environment.deployInputs,
        ...(environmentUrl ? { environmentUrl } : {}),
        ...(traffic ? { traffic } : {})
    };
    await timeline.stage('baseline', () => probeBaseline(env, checks, health));
    const deployed = await timeline.stage('deploy', () => deployStage(env, input, move, deploy));
    env = withWindow(env, input, deploy);
    if (settings.dryRun) {
        await timeline.stage(traffic ? 'traffic' : 'verify', async () => planAfterDeploy(env, input, checks));
        return result;
    }
    let failure;
    if (deployed.state === 'failed') {
        failure = { reason: `the deploy failed: ${deployed.summary}`, at: env.clock.now() };
        // Blue-green / canary: the deploy only put the new version beside the old one, with no traffic.
        if (traffic)
            deploy.untouched = true;
    }
    else if (traffic) {
        if (deploy.deploymentId)
            (0,ship_state/* saveShipState */.hv)({ environment: environment.name, phase: 'verifying' });
        if (environment.smokeChecks.length) {
            const smoke = await timeline.stage('smoke', () => runSmoke(env, environment.smokeChecks, release.version, health));
            if ('smoke' in smoke)
                result.smoke = smoke.smoke;
            if (smoke.state === 'failed') {
                await markFailed(env, deploy, `smoke checks failed: ${smoke.summary}`, environmentUrl);
                await timeline.stage('verify', () => verifyProductionUnchanged(env, checks, input.previous.version, traffic));
                return { ...result, outcome: 'untouched', failure: smoke.summary };
            }
        }
        const steps = await timeline.stage('traffic', () => moveTrafficInSteps(env, { command: input.traffic.command, checks, traffic, health, facts: commandFacts(environment.name, release, input.previous.version) }));
        if (steps.state === 'failed')
            failure = 'failure' in steps && steps.failure ? steps.failure : { reason: steps.summary, at: env.clock.now() };
    }
    else {
        if (deploy.deploymentId)
            (0,ship_state/* saveShipState */.hv)({ environment: environment.name, phase: 'verifying' });
        const verified = await timeline.stage('verify', () => verifyDeployed(env, checks, release.version, health));
        if (verified.state === 'failed')
            failure = { reason: verified.summary, at: health.decidedAt ?? env.clock.now() };
    }
    if (!failure)
        return result;
    result.failure = failure.reason;
    if (deploy.untouched) {
        await markFailed(env, deploy, failure.reason, environmentUrl);
        return { ...result, outcome: 'untouched' };
    }
    return putBackEnvironment(env, input, result, failure);
}
/**
 * Puts the previous version back on an environment that got the new one, and verifies it: after
 * its own failure, or (waves) when the line stopped elsewhere. Its deployment is marked failed.
 */
async function putBackEnvironment(env, input, result, failure) {
    const { environment } = input;
    const environmentUrl = environmentUrlOf(environment);
    const traffic = result.traffic;
    // Production first: the bookkeeping on GitHub goes out while the previous version is put back.
    const [, back] = await Promise.all([
        markFailed(env, result.deploy, failure.reason, environmentUrl),
        env.timeline.stage('rollback', () => putBack(env, {
            environment: environment.name,
            checks: environment.checks,
            deployInputs: environment.deployInputs,
            ...(environmentUrl ? { environmentUrl } : {}),
            current: input.release,
            previous: input.previous,
            strategies: input.strategies,
            shipId: input.shipId,
            ...(traffic ? { traffic } : {})
        }, failure))
    ]);
    const rollback = 'rollback' in back ? back.rollback : result.rollback;
    return { ...result, failure: result.failure ?? failure.reason, ...(rollback ? { rollback } : {}), outcome: back.state === 'done' && rollback?.verified ? 'restored' : 'unknown' };
}
function commandFacts(environment, release, previous) {
    return { version: release.version, tag: release.tag, sha: release.sha, environment, previousVersion: previous };
}
/** The deploy stage: the environment's GitHub deployment (reused on a re-run), then the move. */
async function deployStage(env, input, move, deploy) {
    const { settings } = env;
    const { release } = input;
    const names = move.steps.map((s) => s.strategy.name);
    if (!names.length)
        return { state: 'skipped', summary: registry/* NO_DEPLOY */.m };
    if (settings.dryRun) {
        env.timeline.plan({ what: `create a GitHub deployment of ${release.tag} to ${move.environment}`, detail: 'required_contexts: [] (ship-prod gates itself), auto_merge: false' });
        for (const { inputs, ...entry } of planMove(env, move)) {
            if (inputs)
                deploy.inputs = inputs;
            env.timeline.plan(entry);
        }
        return { state: 'planned', summary: `would deploy ${release.tag} to ${move.environment} by ${names.join(', then ')}` };
    }
    if (input.tagExisted && !input.deployment) {
        const before = await findDeployedBefore(env.client, { tag: release.tag, shipId: input.shipId, environment: move.environment });
        if (before) {
            Object.assign(deploy, { deploymentId: before.deploymentId, runId: before.runId, runUrl: before.runUrl, conclusion: 'success', alreadySucceeded: true });
            deploy.detail.push(before.why);
            return { state: 'done', summary: before.why };
        }
    }
    const facts = deploymentFactsOf(env, input);
    const prepared = await (input.deployment ?? ensureShipDeployment(facts, lookupShipDeployment(facts)));
    const { existing, decision } = prepared;
    const deploymentId = prepared.id;
    const earlier = prepared.run;
    (0,ship_state/* saveShipState */.hv)({ environment: move.environment, phase: 'deploying', deploymentId, version: release.version, tag: release.tag, previousVersion: input.previous.version, runId: decision.action === 'wait' ? earlier?.id : undefined });
    deploy.deploymentId = deploymentId;
    if (existing)
        deploy.detail.push(decision.why);
    if (decision.action === 'done') {
        deploy.alreadySucceeded = true;
        // The outputs name what the ship made, as a first run would.
        deploy.runId = earlier?.id;
        deploy.runUrl = earlier?.htmlUrl;
        deploy.conclusion = earlier?.conclusion ?? undefined;
        return { state: 'done', summary: `deployment ${deploymentId} of ${release.tag} had already succeeded in an earlier attempt: not deployed again` };
    }
    const outcome = await executeMove(env, {
        ...move,
        deploymentId,
        resume: {
            ...(decision.action === 'wait' && earlier ? { runId: earlier.id } : {}),
            recordExisting: !(existing?.runId && existing.state === 'in_progress'),
            since: prepared.createdAt,
            known: prepared.known
        },
        onRun: async ({ id, url }) => (0,ship_state/* saveShipState */.hv)({ environment: move.environment, phase: 'deploying', deploymentId, runId: id, runUrl: url })
    });
    Object.assign(deploy, { runId: outcome.runId, runUrl: outcome.runUrl, conclusion: outcome.conclusion, durationMs: outcome.durationMs, untouched: outcome.untouched });
    if (outcome.inputs)
        deploy.inputs = outcome.inputs;
    if (outcome.approval)
        deploy.approval = outcome.approval;
    deploy.detail.push(...outcome.detail);
    if (!outcome.ok) {
        await markFailed(env, deploy, outcome.summary, move.environmentUrl);
        return { state: 'failed', summary: outcome.summary };
    }
    return { state: 'done', summary: outcome.summary };
}
/** Marks the environment's deployment `failure`, once (a warning when GitHub refuses). */
async function markFailed(env, deploy, reason, environmentUrl) {
    const id = deploy.deploymentId;
    if (!id || marked.has(deploy))
        return;
    marked.add(deploy);
    await (0,deployments/* setDeploymentStatus */.e9)(env.client, id, { state: 'failure', description: reason, logUrl: env.context.runUrl || undefined, environmentUrl }).catch((error) => env.timeline.warn(`could not mark deployment ${id} failed: ${error.message}`, false));
}
const marked = new WeakSet();
/** A dry run: what would follow the deploy. */
function planAfterDeploy(env, input, checks) {
    if (input.traffic) {
        const smoke = input.environment.smokeChecks;
        if (smoke.length)
            env.timeline.plan({ what: `probe the smoke checks ${smoke.map((c) => c.name).join(', ')} on the new version before any traffic moves` });
        env.timeline.plan(planTraffic(env, input.traffic.steps, input.traffic.command));
        return { state: 'planned', summary: `would move traffic through ${input.traffic.steps.map((s) => `${s}%`).join(', ')}` };
    }
    if (!checks.length)
        return { state: 'skipped', summary: emptyHealth().reason };
    env.timeline.plan(planVerify(env, checks));
    return { state: 'planned', summary: 'would verify health after the deploy' };
}

;// CONCATENATED MODULE: ./src/github/pulls.ts

function toOpenPull(p) {
    return { number: p.number, title: p.title, body: p.body ?? '', headRef: p.head.ref, headSha: p.head.sha, headRepo: p.head.repo?.full_name ?? null, htmlUrl: p.html_url };
}
/** The open pull requests into `base` (the first 100, oldest first), optionally from one head branch of this repository. */
async function listOpenPulls(client, base, headBranch) {
    const { data } = await client.octokit.rest.pulls.list({
        owner: client.owner,
        repo: client.repo,
        state: 'open',
        base,
        ...(headBranch ? { head: `${client.owner}:${headBranch}` } : {}),
        sort: 'created',
        direction: 'asc',
        per_page: 100
    });
    return data.map(toOpenPull);
}
/** Opens a pull request from `head` (a branch of this repository) into `base`. */
function createPull(client, input) {
    return (0,writes/* lookFirst */.S)(client, `opening the pull request from ${input.head} into ${input.base}`, async (request) => {
        const { data } = await client.octokit.rest.pulls.create({ owner: client.owner, repo: client.repo, head: input.head, base: input.base, title: input.title, body: input.body, request });
        return toOpenPull(data);
    }, async () => (await listOpenPulls(client, input.base, input.head))[0]);
}
/** Sets a pull request's title and body. */
async function updatePull(client, pullNumber, input) {
    const { data } = await (0,writes/* harmless */.Is)(client, (request) => client.octokit.rest.pulls.update({ owner: client.owner, repo: client.repo, pull_number: pullNumber, title: input.title, body: input.body, request }));
    return toOpenPull(data);
}

;// CONCATENATED MODULE: ./src/release/branch-policy.ts
/**
 * May the action move the branch to the release commit itself? Only as a fast-forward, and only
 * when no rule would refuse a direct update (a pull request, status checks or deployments the new
 * commit cannot have yet, restricted updates). Pure: decided from the rules the gates stage read.
 */
const RULES_THAT_REFUSE_A_DIRECT_UPDATE = {
    pull_request: 'changes must come through a pull request',
    update: 'updates to the branch are restricted',
    required_status_checks: 'the new commit would need status checks it cannot have yet',
    required_deployments: 'the new commit would need deployments it cannot have yet',
    merge_queue: 'changes must go through the merge queue'
};
function branchMovePolicy(branch, rules, protection) {
    for (const rule of rules ?? []) {
        const type = rule?.type;
        if (typeof type === 'string' && Object.hasOwn(RULES_THAT_REFUSE_A_DIRECT_UPDATE, type)) {
            return { allowed: false, reason: `the ${type} rule on ${branch}: ${RULES_THAT_REFUSE_A_DIRECT_UPDATE[type]}` };
        }
    }
    const p = (protection ?? {});
    if (p.required_pull_request_reviews)
        return { allowed: false, reason: `classic protection of ${branch} requires pull request reviews` };
    if (p.required_status_checks)
        return { allowed: false, reason: `classic protection of ${branch} requires status checks the new commit cannot have yet` };
    if (p.restrictions)
        return { allowed: false, reason: `classic protection of ${branch} restricts who may push` };
    return { allowed: true, reason: `no rule on ${branch} refuses a fast-forward` };
}

;// CONCATENATED MODULE: ./src/release/merge-back-plan.ts
/**
 * The merge-back pull request, decided: when the branch cannot take the release commit (its rules
 * ask for a pull request, or it moved on), ONE pull request brings the release commits back into
 * it. Pure: the open pull requests and the head commit of ship-prod's one in, the plan out.
 *
 * - Its branch is `ship-prod/release-<version>`, made at the release commit (the tag's commit) of
 *   the release that opened the pull request.
 * - A later release, while that pull request is open, is added to it: a merge commit on its branch
 *   whose parents are the branch head and the new release commit and whose tree is the new release
 *   commit's (the newest version files and changelog win; the older release commits stay in the
 *   history, so merging keeps every tag on the branch). The branch only moves forward, never forced.
 * - Its title and body list every release it carries (a marker in the body keeps the list).
 * - A branch head that ship-prod did not make (someone pushed a fix of a conflict, say) is left
 *   alone, with a warning: the release is not added, and no second pull request is opened.
 */
const MERGE_BACK_PREFIX = 'ship-prod/release-';
function mergeBackBranch(version) {
    return `${MERGE_BACK_PREFIX}${version}`;
}
/** ship-prod's open merge-back pull request into the target (the oldest, should there be several). */
function choosePull(pulls, repository) {
    return pulls.find((p) => p.headRef.startsWith(MERGE_BACK_PREFIX) && p.headRepo === repository);
}
const MARKER = /<!-- ship-prod:merge-back ([^>]*) -->/;
/** The releases a pull request body says it carries: tag → release commit. */
function carriedReleases(body) {
    const m = MARKER.exec(body);
    if (!m)
        return [];
    return m[1]
        .split(/\s+/)
        .map((pair) => /^(.+)=([0-9a-f]{7,40})$/.exec(pair))
        .filter((x) => x !== null)
        .map((x) => ({ tag: x[1], sha: x[2] }));
}
function listed(tags) {
    if (tags.length <= 3)
        return tags.length === 1 ? tags[0] : `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
    return `${tags[0]} … ${tags[tags.length - 1]} (${tags.length} releases)`;
}
/** Title and body for the releases carried (oldest first). */
function pullText(target, reason, releases) {
    const tags = releases.map((r) => r.tag);
    const one = releases.length === 1;
    return {
        title: `chore(release): bring ${listed(tags)} back into ${target}`,
        body: [
            `The release commit${one ? '' : 's'} of ${listed(tags)} ${one ? 'was' : 'were'} tagged, but ${target} could not take ${one ? 'it' : 'them'} directly: ${reason}.`,
            `This pull request brings ${one ? 'it' : 'them'} back, so that ${target} holds the released version files and changelog.`,
            '',
            ...releases.map((r) => `- ${r.tag}: release commit ${r.sha.slice(0, 12)}`),
            '',
            `ship-prod adds each later release to this pull request while it is open (a merge commit on its branch; the newest release's files win). ` +
                `Merge it with a merge commit to keep the tags in ${target}'s history. Until it is merged, ship-prod takes the next version from the newest release tag, and each changelog section holds only what was not released yet.`,
            '',
            `<!-- ship-prod:merge-back ${releases.map((r) => `${r.tag}=${r.sha}`).join(' ')} -->`
        ].join('\n')
    };
}
/** Whether a commit is one ship-prod puts on a merge-back branch: a release commit, or its merge of one. */
function madeByShipProd(head) {
    const first = head.message.split('\n', 1)[0].trim();
    return /^chore\(release\): (?:\d\S*|merge \S+ into \S+)$/.test(first);
}
function mergeMessage(tag, branch) {
    return `chore(release): merge ${tag} into ${branch}`;
}
function planMergeBack(facts) {
    const release = { tag: facts.tag, sha: facts.releaseSha };
    const pull = choosePull(facts.pulls, facts.repository);
    if (!pull)
        return { action: 'open', branch: mergeBackBranch(facts.version), ...pullText(facts.target, facts.reason, [release]) };
    const carried = carriedReleases(pull.body);
    const withThis = carried.some((r) => r.tag === facts.tag) ? carried : [...carried, release];
    const text = pullText(facts.target, facts.reason, withThis);
    const head = facts.head;
    const holds = pull.headSha === facts.releaseSha || (head !== undefined && head.sha === pull.headSha && head.parents.includes(facts.releaseSha));
    if (holds) {
        // A re-run, or a lost answer after the branch moved: only the text may lag behind.
        return carried.some((r) => r.tag === facts.tag) ? { action: 'found', pull } : { action: 'found', pull, update: text };
    }
    if (!head || head.sha !== pull.headSha || !madeByShipProd(head)) {
        return {
            action: 'leave',
            pull,
            why: `its branch ${pull.headRef} has commits ship-prod did not make (head ${pull.headSha.slice(0, 7)}), so ${facts.tag} was not added to it: merge or close it, and the next ship adds its release`
        };
    }
    return { action: 'extend', pull, mergeMessage: mergeMessage(facts.tag, pull.headRef), ...text };
}

;// CONCATENATED MODULE: ./src/release/merge-back.ts
/**
 * The merge-back pull request, made: when the branch could not take the release commit, open
 * ship-prod's one pull request that brings it back, or add this release to the one already open
 * (merge-back-plan.ts decides). Every write looks first: the open pull requests are read before
 * anything is written, the branch is created or moved forward only (never forced), the pull request
 * is created through a look-first write, and its title and body are set with a harmless PATCH.
 */





/**
 * Opens or updates the merge-back pull request; answers the note for the stage summary. Never
 * throws for GitHub's refusals. `openPulls`: the branch's open pull requests, when they were read
 * ahead (the release stage does, while the release commit and tag are made).
 */
async function mergeBack(env, version, release, releaseSha, reason, openPulls) {
    const { client, context, timeline } = env;
    const left = `${context.branch} was left at ${context.sha.slice(0, 7)}: ${reason}. Tag ${version.tag} holds the release commit`;
    try {
        const pulls = await (openPulls ?? listOpenPulls(client, context.branch));
        const repository = `${client.owner}/${client.repo}`;
        const chosen = choosePull(pulls, repository);
        const head = chosen ? await (0,git_data/* readCommit */.kN)(client, chosen.headSha) : undefined;
        const plan = planMergeBack({ target: context.branch, repository, version: version.next, tag: version.tag, releaseSha, reason, pulls, head });
        const done = await carryOut(env, plan, releaseSha);
        release.mergeBack = done;
        const what = { opened: 'opened', updated: 'updated to bring it too', found: 'already brings it', left: 'was left alone' }[done.action];
        const note = `${left}; merge-back pull request #${done.number} ${what}.`;
        if (plan.action === 'leave') {
            timeline.warn(`${note} The pull request ${plan.why}.`, false);
            core/* warning */.$e(`merge-back pull request #${done.number} ${plan.why}`);
        }
        else {
            timeline.warn(`${note} Merge it to bring ${version.tag} into ${context.branch}.`, false);
        }
        return `${context.branch} left alone; merge-back pull request #${done.number} ${done.action}`;
    }
    catch (error) {
        // A token without the permission: say which one (the pull request's, or the branch's).
        const pulls = /\/pulls\b/.test(error.request?.url ?? '');
        const why = (0,github_client/* explainGitHubError */.Pm)(error, pulls ? 'opening or updating the pull request' : 'writing its branch', pulls ? 'pull-requests: write' : 'contents: write');
        timeline.warn(`${left}; the merge-back pull request could not be made (${why}): bring ${version.tag} into ${context.branch} through a pull request by hand.`, false);
        core/* warning */.$e(`merge-back pull request not made: ${why}`);
        return `${context.branch} left alone`;
    }
}
async function carryOut(env, plan, releaseSha) {
    const { client, context } = env;
    switch (plan.action) {
        case 'open': {
            const moved = await (0,git_data/* fastForwardBranch */.k7)(client, plan.branch, releaseSha, { create: 'first' });
            if (moved !== 'moved' && moved !== 'created')
                throw new Error(`branch ${plan.branch} exists at another commit and is not behind the release commit`);
            const pull = await createPull(client, { head: plan.branch, base: context.branch, title: plan.title, body: plan.body });
            return { number: pull.number, url: pull.htmlUrl, branch: plan.branch, action: 'opened' };
        }
        case 'extend': {
            const release = await (0,git_data/* readCommit */.kN)(client, releaseSha);
            const merge = await (0,git_data/* createCommitOnTree */.hq)(client, { treeSha: release.treeSha, parents: [plan.pull.headSha, releaseSha], message: plan.mergeMessage });
            const moved = await (0,git_data/* fastForwardBranch */.k7)(client, plan.pull.headRef, merge);
            if (moved !== 'moved')
                throw new Error(`branch ${plan.pull.headRef} moved while the merge was made`);
            await updatePull(client, plan.pull.number, { title: plan.title, body: plan.body });
            return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: 'updated' };
        }
        case 'found':
            if (plan.update)
                await updatePull(client, plan.pull.number, plan.update);
            return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: plan.update ? 'updated' : 'found' };
        case 'leave':
            return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: 'left' };
    }
}

;// CONCATENATED MODULE: ./src/release/stage.ts
/**
 * The release stage: the release commit (parent: the shipped commit; only the version files
 * differ), the annotated tag, the branch fast-forward when allowed, and the draft release.
 * Every write first looks: what already exists for this ship is reused, never duplicated; a tag
 * at any other commit fails the run with nothing changed.
 */








function tagMessage(version, section) {
    return section.trim() ? `Release ${version}\n\n${section.trim()}\n` : `Release ${version}\n`;
}
async function runRelease(env, input) {
    const { settings, context, client, timeline } = env;
    const { version, inputs: plan } = input;
    const release = { reused: [] };
    if (plan.fromReleaseEvent) {
        const event = env.facts.event.release;
        release.commitSha = context.sha;
        release.releaseId = event?.id;
        release.releaseUrl = event?.html_url;
        release.draft = Boolean(event?.draft);
        release.reused.push(`the ${version.tag} release that triggered this run`);
        await input.alongside?.();
        return { state: 'skipped', summary: `release-triggered: tag and release ${version.tag} already exist`, release };
    }
    let decision = input.tag.decision;
    if (decision.action === 'fail')
        return { state: 'failed', summary: decision.reason, release };
    const releaseBody = version.changelogSection.trim();
    let releases = plan.releases;
    let releaseDecision = decideRelease(releases.find((r) => r.tag_name === version.tag), { body: releaseBody, name: version.tag });
    const policy = branchMovePolicy(context.branch, input.branch?.rules ?? null, input.branch?.protection ?? null);
    if (settings.dryRun) {
        if (decision.action === 'reuse')
            timeline.plan({ what: `reuse tag ${version.tag}`, detail: decision.why });
        else
            timeline.plan({ what: `create annotated tag ${version.tag} with this message`, detail: tagMessage(version.next, releaseBody) });
        if (plan.files.length) {
            timeline.plan({
                what: policy.allowed ? `fast-forward ${context.branch} to the release commit` : `leave ${context.branch} alone; open or update the merge-back pull request`,
                detail: policy.reason
            });
        }
        if (settings.release) {
            timeline.plan({
                what: `${releaseDecision.action === 'create' ? 'create draft' : 'reuse'} release ${version.tag}${plan.prerelease ? ' (prerelease)' : ''} with these notes`,
                detail: releaseBody ? releaseBody : 'notes generated by GitHub (the changelog section is empty)'
            });
        }
        return { state: 'planned', summary: `would ${decision.action === 'reuse' ? 'reuse' : 'create'} tag ${version.tag}${settings.release ? ' and a draft release' : ''}`, release };
    }
    // A branch the rules keep the release commit out of gets the merge-back pull request: its open
    // pull requests are read while the release commit and the tag are made.
    const openPulls = !policy.allowed && plan.files.length && context.branch ? listOpenPulls(client, context.branch) : undefined;
    openPulls?.catch(() => undefined); // awaited by the merge-back, which reports its errors
    if (decision.action === 'create') {
        const commitSha = plan.files.length
            ? (await (0,git_data/* createCommitWithFiles */.x$)(client, {
                parentSha: context.sha,
                parentTreeSha: await env.tree(),
                files: plan.files,
                message: releaseCommitMessage(version.next)
            })).sha
            : context.sha;
        const created = await (0,git_data/* createAnnotatedTag */.Bw)(client, { tag: version.tag, commitSha, message: tagMessage(version.next, releaseBody) });
        if (created.created) {
            release.tagSha = created.tagObjectSha;
            decision = { action: 'reuse', commitSha, why: 'created' };
        }
        else {
            // Another run created the tag in between: decide again from what is there now.
            const raced = (await (0,git_data/* listTagRefs */.t)(client)).find((t) => t.name === version.tag);
            decision = decideTag(raced ? await (0,git_data/* inspectTag */.Vm)(client, raced) : undefined, context.sha, version.next);
            if (decision.action !== 'reuse') {
                return { state: 'failed', summary: decision.action === 'fail' ? decision.reason : `tag ${version.tag} could not be created`, release };
            }
            release.reused.push(`tag ${version.tag} (created by a concurrent run)`);
            // That run may have made the release too: look again before creating one.
            releases = await listRecentReleases(client);
            releaseDecision = decideRelease(releases.find((r) => r.tag_name === version.tag), { body: releaseBody, name: version.tag });
        }
    }
    else {
        release.reused.push(`tag ${version.tag}: ${decision.why}`);
        release.tagSha = input.tag.existing?.tagObjectSha;
    }
    release.commitSha = decision.commitSha;
    const resumed = decision.why !== 'created';
    // Once the tag is ours: the branch (its fast-forward, or the merge-back pull request) in the side
    // lane, beside the draft release and then the deployment in the main one.
    const [branchNote, releaseRecord] = await Promise.all([
        (0,github_client/* inSideLane */.Vb)(() => moveBranch(env, version, release, decision.commitSha, policy, resumed, openPulls)),
        settings.release ? ensureDraftRelease(env, { version, release, decision: releaseDecision, body: releaseBody, commitSha: decision.commitSha, prerelease: plan.prerelease }) : Promise.resolve(undefined),
        input.alongside?.()
    ]);
    if (releaseRecord) {
        release.releaseId = releaseRecord.id;
        release.releaseUrl = releaseRecord.html_url;
        release.draft = releaseRecord.draft;
    }
    const parts = [
        decision.why === 'created' ? `tag ${version.tag} created at ${decision.commitSha.slice(0, 7)}` : `tag ${version.tag} reused`,
        branchNote,
        releaseRecord ? `release ${releaseRecord.draft ? 'draft' : ''} ${releaseRecord.id}`.replace('  ', ' ') : 'no release (release: false)'
    ];
    return { state: 'done', summary: parts.filter(Boolean).join('; '), release };
}
async function moveBranch(env, version, release, commitSha, policy, resumed, openPulls) {
    const { context, client } = env;
    if (commitSha === context.sha || !context.branch)
        return '';
    // A resumed ship may have moved the branch already: look before writing.
    if (resumed && (await (0,git_data/* branchHead */.P)(client, context.branch)) === commitSha)
        return `${context.branch} already at the release commit`;
    // A branch that cannot take the release commit gets it back through one pull request (merge-back.ts).
    if (!policy.allowed)
        return mergeBack(env, version, release, commitSha, policy.reason, openPulls);
    const result = await (0,git_data/* fastForwardBranch */.k7)(client, context.branch, commitSha);
    if (result === 'moved')
        return `${context.branch} fast-forwarded`;
    const why = result === 'not-fast-forward' ? `it moved on since ${context.sha.slice(0, 7)}, so the release commit is not a fast-forward` : 'GitHub refused the update';
    core/* warning */.$e(`${context.branch} was left alone: ${why}`);
    return mergeBack(env, version, release, commitSha, why);
}
async function ensureDraftRelease(env, input) {
    const { version, decision, body } = input;
    if (decision.action === 'reuse') {
        input.release.reused.push(decision.why);
        if (decision.update)
            return updateReleaseNotes(env.client, decision.release.id, { name: version.tag, body });
        return decision.release;
    }
    return createDraftRelease(env.client, { tag: version.tag, name: version.tag, body, prerelease: input.prerelease, targetSha: input.commitSha });
}
/** At the end of a successful ship: publish the draft (latest unless a prerelease). */
async function publishShipRelease(env, release, prerelease) {
    if (!release.releaseId || release.draft === false)
        return;
    const published = await publishRelease(env.client, release.releaseId, prerelease);
    release.draft = published.draft;
    release.releaseUrl = published.html_url;
}

;// CONCATENATED MODULE: ./src/hooks/pre-deploy.ts
/**
 * The pre-deploy hook (`pre-deploy-command`): after the release stage, before any deployment is
 * created. Backups, configuration and secret checks. A non-zero exit stops the ship before
 * production is touched: nothing deployed, nothing to roll back.
 */

async function runPreDeploy(env, command, facts) {
    const { settings } = env;
    if (settings.dryRun) {
        env.timeline.plan({ what: 'run the pre-deploy command before creating the deployment', detail: command });
        return { state: 'planned', summary: 'would run the pre-deploy command' };
    }
    const record = await (0,commands/* recordCommand */.t6)(command, { facts, timeoutMs: settings.deploy.timeoutMs, cwd: env.context.workspace, label: 'pre-deploy' }, env.clock);
    if (!record.ok)
        return { state: 'failed', summary: `${record.summary}: nothing was deployed`, record };
    return { state: 'done', summary: record.summary, record };
}

// EXTERNAL MODULE: ./src/deploy/waves.ts
var waves = __webpack_require__(3737);
;// CONCATENATED MODULE: ./src/deploy/waves-run.ts
/**
 * Waves (INTERFACE.md, Waves): one release promoted through the ship's waves in order, every
 * environment of a wave at once through the deploy unit, the wave's window (`bake`) watching all
 * of them together. The next wave starts only when every environment of the wave verified; its
 * deployments are marked `success` then (a re-run finds them and does not deploy them again).
 *
 * A failure stops the line: no later wave starts, the failing wave's environments that got the
 * new version are put back and verified (the failed one already put itself back), and with
 * `rollback-scope: all` every earlier wave too, newest first. A ship of one environment is one
 * wave of one: the unit runs on the ship's own timeline, with monitor-duration as its window.
 */



/** The RunEnv of one environment of a fleet: its stages, warnings and progress lines name it. */
function environmentEnv(env, name) {
    return { ...env, timeline: env.timeline.forEnvironment(name), progress: (what, link) => env.progress(`[${name}] ${what}`, link) };
}
async function runWaves(env, input) {
    const fleet = (0,waves/* isFleet */.xP)(input.waves);
    const envOf = (name) => (fleet ? environmentEnv(env, name) : env);
    const runs = [];
    const verified = [];
    const all = () => runs.flatMap((r) => r.results);
    for (const [index, wave] of input.waves.entries()) {
        const units = wave.environments.map((environment) => ({
            ...input.unit,
            environment,
            // Each environment's deployment and deploy run carry their own ship id: the runs of a wave,
            // dispatched at once from one workflow, are told apart by it (a re-run finds its own).
            ...(fleet ? { shipId: `${input.unit.shipId}@${environment.name}` } : {}),
            ...(fleet ? { window: { ms: wave.bakeMs, skipWhenDeployedBefore: true } } : {}),
            ...(!fleet && input.deployment ? { deployment: input.deployment } : {})
        }));
        const results = (await Promise.all(units.map((unit) => shipEnvironment(envOf(unit.environment.name), unit)))).map((r) => ({ ...r, wave: wave.name }));
        const run = { wave, units, results };
        runs.push(run);
        if (env.settings.dryRun)
            continue;
        const failed = results.find((r) => r.outcome !== 'shipped');
        if (!failed) {
            verified.push(wave.name);
            // The last wave's deployments are marked beside the publishing of the release (the pipeline).
            if (index < input.waves.length - 1)
                await markVerified(env, run);
            continue;
        }
        const failure = { reason: `the line stopped at ${failed.name} (wave ${wave.name}): ${failed.failure ?? 'it failed'}`, at: env.clock.now() };
        await putBackWave(envOf, run, failure);
        if (input.scope === 'all') {
            for (const earlier of runs.slice(0, -1).reverse())
                await putBackWave(envOf, earlier, failure);
        }
        return { environments: all(), stoppedAt: { wave: wave.name, environment: failed.name }, verified };
    }
    return { environments: all(), verified, ...(runs.length ? { last: runs.at(-1) } : {}) };
}
/** Every environment of the wave still on the new version, put back at once and verified. */
async function putBackWave(envOf, run, failure) {
    await Promise.all(run.results.map(async (result, k) => {
        if (result.outcome !== 'shipped')
            return;
        const back = await putBackEnvironment(envOf(result.name), run.units[k], result, failure);
        run.results[k] = { ...back, wave: run.wave.name };
    }));
}
/** A verified wave's deployments marked `success` (not those an earlier attempt already marked): the ids marked. */
async function markVerified(env, run) {
    const marked = await Promise.all(run.results.map((result, k) => markSucceeded(env, result, run.units[k])));
    return marked.filter((id) => id !== undefined);
}
/** One environment's deployment marked `success`: the next ship (and a re-run) reads it. Its id, when it was marked. */
async function markSucceeded(env, result, unit) {
    const id = result.deploy.deploymentId;
    if (!id || result.deploy.alreadySucceeded)
        return undefined;
    await (0,deployments/* setDeploymentStatus */.e9)(env.client, id, {
        state: 'success',
        description: `${unit.release.tag} shipped`,
        logUrl: env.context.runUrl || undefined,
        environmentUrl: environmentUrlOf(unit.environment)
    });
    return id;
}

;// CONCATENATED MODULE: ./src/hooks/cleanup.ts
/**
 * `cleanup-command`: once, after a successful ship (release published, deployment `success`), to
 * decommission the old (blue) environment. Never after a failed or rolled-back ship: the pipeline
 * runs it on the shipped path only. A failure is a warning in the log and the report; the ship
 * stays `shipped`.
 */

async function runCleanup(env, command, facts, published) {
    if (!published) {
        const skipped = 'the release or the deployment could not be marked shipped, so the old environment is kept';
        const record = { ok: false, summary: `cleanup not run: ${skipped}`, exitCode: -1, durationMs: 0, at: new Date(env.clock.now()).toISOString(), skipped };
        env.timeline.warn(record.summary);
        return { state: 'skipped', summary: record.summary, record };
    }
    const record = await (0,commands/* recordCommand */.t6)(command, { facts, timeoutMs: env.settings.deploy.timeoutMs, cwd: env.context.workspace, label: 'cleanup' }, env.clock);
    if (!record.ok) {
        const warning = `${record.summary}: the old environment may not be decommissioned; the ship stays shipped`;
        env.timeline.warn(warning);
        return { state: 'done', summary: `⚠️ ${warning}`, record };
    }
    return { state: 'done', summary: record.summary, record };
}

;// CONCATENATED MODULE: ./src/pipeline-stages.ts
/**
 * The stages after the gates, as one module: ncc makes one chunk of it, loaded once the gates'
 * requests are out (pipeline.ts). One chunk, not one per stage: code two chunks share (the deploy
 * unit, the commands, the records) is copied into each and compiled twice.
 */












/***/ })

};

//# sourceMappingURL=592.index.js.map