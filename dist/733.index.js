export const id = 733;
export const ids = [733];
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

/***/ 7733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPreDeploy: () => (/* binding */ runPreDeploy)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7932);
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
    const record = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .recordCommand */ .t6)(command, { facts, timeoutMs: settings.deploy.timeoutMs, cwd: env.context.workspace, label: 'pre-deploy' }, env.clock);
    if (!record.ok)
        return { state: 'failed', summary: `${record.summary}: nothing was deployed`, record };
    return { state: 'done', summary: record.summary, record };
}


/***/ })

};

//# sourceMappingURL=733.index.js.map