export const id = 280;
export const ids = [280];
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

/***/ 7280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_DEPLOY: () => (/* binding */ NO_DEPLOY),
  STRATEGIES: () => (/* binding */ STRATEGIES),
  chooseStrategies: () => (/* binding */ chooseStrategies),
  distinctSteps: () => (/* binding */ distinctSteps),
  registered: () => (/* binding */ registered)
});

// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/deploy/strategies/branch.ts
/**
 * Deploy by branch: point the production branch at the target's commit. Created when missing,
 * fast-forwarded otherwise; never forced on a deploy. Putting the previous version back is not a
 * fast-forward, so a redeploy of the previous version forces it (and says so).
 */


const branchStrategy = {
    name: 'branch',
    deploysVersion: true,
    deploys: (s) => (s.deploy.branch ? { branch: s.deploy.branch, force: false } : undefined),
    redeploys: (config) => ({ ...config, force: true }),
    describe: (c) => `branch ${c.branch}`,
    plan: (c, move) => ({ what: `point ${c.branch} at ${move.target.sha.slice(0, 7)} (${move.target.tag}), fast-forward only` }),
    async run(c, move) {
        const { env, target } = move;
        const short = target.sha.slice(0, 7);
        if (move.first)
            await move.status(`${move.name}: moving ${c.branch} to ${target.tag}`);
        const done = (summary) => ({ ok: true, summary, detail: [summary] });
        const refused = (summary) => ({ ok: false, untouched: true, summary, detail: [summary] });
        if (c.force) {
            await (0,git_data/* moveRef */.LH)(env.client, `heads/${c.branch}`, target.sha, true);
            return done(`${c.branch} forced back to ${short} (${target.tag})`);
        }
        switch (await (0,git_data/* fastForwardBranch */.k7)(env.client, c.branch, target.sha, { create: true })) {
            case 'moved':
                return done(`${c.branch} fast-forwarded to ${short} (${target.tag})`);
            case 'created':
                return done(`${c.branch} created at ${short} (${target.tag})`);
            case 'not-fast-forward':
                return refused(`${c.branch} has diverged from ${short}: it holds commits the release does not, so moving it would drop them; ship-prod never force-pushes a deploy. Merge or reset ${c.branch} by hand, then re-run`);
            case 'refused':
                return refused(`GitHub refused to update ${c.branch} (branch rules or permissions): the token needs \`contents: write\` and a rule that lets it push`);
        }
    },
    manual: (c, { shq, target }) => ({
        what: `Point ${(0,markdown/* code */.aY)(c.branch)} back at ${(0,markdown/* code */.aY)(target.tag)} (a forced update, guarded by what the branch holds now):`,
        commands: [
            `git fetch origin --tags ${shq(`+refs/heads/${c.branch}:refs/remotes/origin/${c.branch}`)}`,
            `git push --force-with-lease=${shq(c.branch)} origin ${shq(`${target.tag}^{commit}:refs/heads/${c.branch}`)}`
        ]
    })
};

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/commands.ts + 1 modules
var commands = __webpack_require__(7932);
;// CONCATENATED MODULE: ./src/deploy/strategies/command.ts
/**
 * Deploy by command: `deploy-command` (or `rollback-command`) run in bash with the target's facts
 * in its environment (commands.ts). Its exit code decides; its output goes to the log.
 */


const commandStrategy = {
    name: 'command',
    deploysVersion: true,
    deploys: (s) => (s.deploy.command ? { command: s.deploy.command, input: 'deploy-command' } : undefined),
    rollsBack: (s) => (s.rollback.command ? { command: s.rollback.command, input: 'rollback-command' } : undefined),
    redeploys: (config) => config,
    describe: (c) => c.input,
    plan: (c, move) => ({
        what: `run the ${move.name} command`,
        detail: `${c.command}\n# environment: SHIP_VERSION=${move.target.version} SHIP_TAG=${move.target.tag} SHIP_SHA=${move.target.sha} SHIP_ENVIRONMENT=${move.environment}`
    }),
    async run(c, move) {
        const { env, target } = move;
        if (move.first)
            await move.status(`${move.name}: running the ${move.name} command for ${target.tag}`);
        const progress = env.progress(`${move.name} command for ${target.tag}`, env.context.runUrl || undefined);
        const result = await core/* group */.Os(`${move.name} command`, () => progress.watch((0,commands/* runCommand */.d1)(c.command, {
            facts: { version: target.version, tag: target.tag, sha: target.sha, environment: move.environment, previousVersion: move.from.version },
            timeoutMs: move.timeoutMs,
            cwd: env.context.workspace,
            label: move.name
        })));
        return { ok: result.ok, summary: result.summary, detail: [result.summary] };
    },
    manual: (c, f) => commandByHand(c.command, c.input === 'rollback-command' ? 'rollback command' : 'deploy command', f)
};
/** The command run by hand with the target's facts in its environment, as ship-prod runs it. */
function commandByHand(command, label, f) {
    const { shq, target } = f;
    const sha = `"$(git rev-parse ${shq(`${target.tag}^{commit}`)})"`;
    const env = [`SHIP_VERSION=${shq(target.version)}`, `SHIP_TAG=${shq(target.tag)}`, `SHIP_SHA=${sha}`, `SHIP_ENVIRONMENT=${shq(f.environment)}`, `SHIP_PREVIOUS_VERSION=${shq(f.from)}`];
    return {
        what: `Run the ${label} with the previous version's facts in its environment (as ship-prod runs it):`,
        commands: ['git fetch origin --tags', `${env.join(' \\\n  ')} \\\n  bash -eo pipefail -c ${shq(command)}`]
    };
}

;// CONCATENATED MODULE: ./src/deploy/progressive-settings.ts
/** True when traffic is moved by ship-prod (blue-green or canary). */
function usesTraffic(settings) {
    return Boolean(settings.progressive?.trafficCommand);
}

// EXTERNAL MODULE: ./src/deploy/cancel-traffic.ts
var cancel_traffic = __webpack_require__(1757);
;// CONCATENATED MODULE: ./src/deploy/strategies/traffic.ts
/**
 * The switch-back of a blue-green or canary ship: `traffic-command` with SHIP_TRAFFIC=0 moves all
 * the traffic back to the version that was there, which never stopped running beside the new one.
 * No redeploy: it only routes. The command gets the new version's facts, as at every traffic step
 * (SHIP_TRAFFIC is the share of SHIP_VERSION), so to put the previous version back it runs with
 * the facts of the version being moved away from.
 */



const trafficStrategy = {
    name: 'traffic',
    deploysVersion: false,
    deploys: () => undefined,
    rollsBack: (s) => (usesTraffic(s) ? { command: s.progressive.trafficCommand } : undefined),
    describe: () => 'traffic-command with SHIP_TRAFFIC=0 (all traffic back to the previous version; no redeploy)',
    rollbackWords: {
        restored: (toTag) => `all traffic back on ${toTag || 'the previous version'}`,
        failed: (_toTag, why, facts) => `moving the traffic back failed: ${why}; production may still send ${facts.trafficPercent ?? 0}% to ${facts.fromTag}`,
        unhealthy: (toTag, why) => `the traffic was moved back to ${toTag || 'the previous version'}, but production is not healthy: ${why}`
    },
    plan: (c) => ({ what: 'move all traffic back to the previous version', detail: `${c.command}\n# environment: SHIP_TRAFFIC=0 plus the SHIP_* variables` }),
    async run(c, move) {
        const { env, from, target } = move;
        const facts = { version: from.version, tag: from.tag, sha: from.sha, environment: move.environment, previousVersion: target.version };
        const command = await (0,commands/* recordCommand */.t6)(c.command, { facts, timeoutMs: move.timeoutMs, cwd: env.context.workspace, label: 'switch-back', env: { SHIP_TRAFFIC: '0' } }, env.clock);
        const traffic = move.traffic;
        const switchBack = { ok: command.ok, verified: false, summary: command.summary, at: command.at, commandMs: command.durationMs };
        if (traffic)
            traffic.switchBack = switchBack;
        const detail = [`traffic command with SHIP_TRAFFIC=0: ${command.summary}`];
        if (!command.ok)
            return { ok: false, summary: command.summary, detail };
        if (traffic)
            traffic.percent = 0;
        (0,cancel_traffic/* saveTrafficState */.Iw)({ percent: 0, facts });
        return { ok: true, summary: command.summary, detail, onVerified: (verified) => (switchBack.verified = verified) };
    },
    manual: (c, { shq, from, environment, target }) => ({
        what: 'Move all the traffic back to the previous version with the traffic command (SHIP_TRAFFIC=0), as ship-prod does:',
        commands: [`SHIP_TRAFFIC=0 SHIP_VERSION=${shq(from)} SHIP_PREVIOUS_VERSION=${shq(target.version)} SHIP_ENVIRONMENT=${shq(environment)} \\\n  bash -eo pipefail -c ${shq(c.command)}`]
    })
};

// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/github/actions.ts
var actions = __webpack_require__(8320);
// EXTERNAL MODULE: ./src/deploy/dispatch-plan.ts
var dispatch_plan = __webpack_require__(4277);
;// CONCATENATED MODULE: ./src/gates/workflow-dispatch.ts
/**
 * Before anything is written: can the deploy (and rollback) workflow be dispatched with what the
 * ship would send, where it will run?
 *
 * - At the gates, the workflow file is read at the shipped commit (the release commit changes
 *   only version files, so the new tag holds the same file) and its declared workflow_dispatch
 *   inputs checked against the environment and `deploy-inputs` (placeholders stand for the
 *   version, tag, sha and ids, not known yet).
 * - Once the version is known, the real version and tag are checked against the declared types
 *   and options (a `choice` of versions, a `number`).
 * - A rollback dispatches its workflow at the previous tag, so that it runs as it was when that
 *   version shipped. A workflow added in the release being shipped is not there: the first check
 *   passes, and the rollback would fail in the middle of an incident. The file is read at the
 *   previous tag (or known unchanged since, from the compare the bump reads anyway), and the ship
 *   is blocked instead, saying why and what to do.
 *
 * The declared inputs read here are kept in a `WorkflowFiles` cache by ref, so the deploy and
 * the rollback dispatch without reading the file again.
 */


/** A workflow's declared inputs by the ref they were read at (null: the file is not there, or not dispatchable). */
class WorkflowFiles {
    workflow;
    byRef = new Map();
    constructor(workflow) {
        this.workflow = workflow;
    }
    get(ref) {
        return this.byRef.get(ref);
    }
    /** Reads (once) and parses the file at `ref`. */
    async read(client, ref) {
        const known = this.byRef.get(ref);
        if (known)
            return known;
        const file = await (0,actions/* readWorkflowFile */.AO)(client, this.workflow, ref);
        const parsed = (0,dispatch_plan/* declaredDispatchInputs */.aY)(file.path, file.text);
        const entry = parsed.ok
            ? { plan: { id: file.id, path: file.path, declared: parsed.inputs }, path: file.path }
            : { path: file.path, problem: parsed.reason, missing: file.text === null };
        this.byRef.set(ref, entry);
        return entry;
    }
    /** `ref` holds the same file as `as` (a tag of the release commit, a file unchanged since a tag). */
    alias(ref, as) {
        const known = this.byRef.get(as);
        if (known)
            this.byRef.set(ref, known);
    }
}
/** The facts a dispatch sends, with placeholders of the right shape where they are not known yet. */
function sampleFacts(environment, known = {}) {
    return { version: known.version ?? '0.0.0', tag: known.tag ?? 'v0.0.0', environment, sha: '0'.repeat(40), deployment_id: '1', ship_id: 'ship' };
}
/** At the gates: the workflow at the shipped commit, checked with the ship's inputs. One verdict per problem. */
async function dispatchableAtShippedCommit(client, files, input) {
    const { workflow } = files;
    const file = await files.read(client, input.sha);
    const base = { name: input.input, expected: `${workflow} can be dispatched with the ship's inputs`, where: `${file.path} at ${input.sha.slice(0, 7)}` };
    if (!file.plan)
        return [{ ...base, found: 'not dispatchable', passed: false, reason: file.problem ?? `${file.path} does not exist at the shipped commit` }];
    const built = (0,dispatch_plan/* buildDispatchInputs */.oL)(workflow, file.plan.declared, sampleFacts(input.environment), input.deployInputs);
    // One verdict per problem, named after the input to fix (environment, deploy-inputs, ...).
    if (built.problems.length) {
        return built.problems.map((reason, i) => ({ ...base, name: built.problemInputs[i] ?? input.input, found: 'input problems', passed: false, reason }));
    }
    const names = Object.keys(built.inputs);
    return [
        {
            ...base,
            found: names.length ? `inputs ${names.join(', ')}` : 'no inputs',
            passed: true,
            reason: `${workflow} declares workflow_dispatch${built.correlation ? `; runs are correlated through '${built.correlation}'` : ''}`
        }
    ];
}
/**
 * Once the version is known (still before any write): the values it gives the workflow, checked
 * against the declared types and options. Verdicts name the input to fix.
 */
function versionFactsVerdicts(files, input) {
    const plan = files.get(input.sha)?.plan;
    if (!plan)
        return [];
    const built = (0,dispatch_plan/* buildDispatchInputs */.oL)(files.workflow, plan.declared, sampleFacts(input.environment, input), input.deployInputs);
    const verdicts = [];
    built.problems.forEach((reason, i) => {
        if (built.problemInputs[i] !== 'deploy-workflow')
            return;
        verdicts.push({ name: input.input, expected: `${files.workflow} takes the ship's version and tag`, found: `version ${input.version}, tag ${input.tag}`, where: plan.path, passed: false, reason });
    });
    return verdicts;
}
/** Why a rollback would fail when its workflow is missing at the previous tag, and what to do (pure). */
function missingAtTagReason(workflow, input, tag, path) {
    const instead = input === 'rollback-workflow'
        ? 'leave rollback-workflow empty for this ship (the rollback then dispatches deploy-workflow at that tag) or use rollback-command'
        : 'set rollback-command for this ship, or rollback: never if you accept no automatic rollback';
    return `${workflow} (${input}) does not exist at ${tag}, the previous release, and a rollback dispatches it there: a rollback would fail. To ship this release, ${instead}; from the next release on, ${path} exists at the previous tag`;
}
/**
 * The rollback workflow checked at the previous release's tag: one verdict. The files changed
 * since that tag answer without a request when the workflow was added (missing there) or not
 * touched (there, as the gate read it at the shipped commit).
 */
async function dispatchableAtPreviousTag(client, files, input) {
    const { workflow } = files;
    const { previousTag, changed } = input;
    const known = files.get(input.sha)?.plan;
    const status = known && changed ? changed.files.get(known.path) : undefined;
    const verdict = (path, found, passed, reason) => [
        { name: `rollback at ${previousTag}`, expected: `${workflow} can be dispatched at ${previousTag}`, where: `${path} at ${previousTag}`, found, passed, reason }
    ];
    if (known && (status === 'added' || status === 'renamed' || status === 'copied')) {
        return verdict(known.path, `${status} since ${previousTag}`, false, missingAtTagReason(workflow, input.input, previousTag, known.path));
    }
    if (known && changed?.complete && status === undefined) {
        files.alias(previousTag, input.sha);
        return verdict(known.path, `unchanged since ${previousTag}`, true, `a rollback can dispatch ${workflow} at ${previousTag}: the file is as the deploy gate read it`);
    }
    const file = await files.read(client, previousTag);
    if (file.missing)
        return verdict(file.path, 'no such file', false, missingAtTagReason(workflow, input.input, previousTag, file.path));
    if (!file.plan)
        return verdict(file.path, 'not dispatchable', false, `at ${previousTag}: ${file.problem}; a rollback would fail`);
    const sample = { version: '0.0.0', tag: previousTag, environment: input.environment, sha: '0'.repeat(40), deployment_id: '0', ship_id: 'ship' };
    const built = (0,dispatch_plan/* buildDispatchInputs */.oL)(workflow, file.plan.declared, sample, input.deployInputs);
    if (built.problems.length)
        return verdict(file.path, 'input problems', false, `at ${previousTag}: ${built.problems.join('; ')}; a rollback would fail`);
    return verdict(file.path, 'dispatchable', true, `a rollback can dispatch ${workflow} at ${previousTag}`);
}

// EXTERNAL MODULE: ./src/deploy/workflow-run.ts
var workflow_run = __webpack_require__(9930);
;// CONCATENATED MODULE: ./src/deploy/strategies/workflow.ts
/**
 * Deploy by workflow: dispatch `deploy-workflow` (or `rollback-workflow`) at the target's tag with
 * the inputs it declares there, and wait for the run (workflow-run.ts). The declared inputs come
 * from the file as the gates read it (gates/workflow-dispatch.ts); a tag the gates did not read
 * (a rollback's previous tag, when they could not check it) is read now.
 */







/** Correlation inputs the action fills with its ship id: meaningless for a dispatch by hand. */
const CORRELATION_INPUTS = new Set(['ship_id', 'correlation_id', 'distinct_id']);
/**
 * A check run for every environment the ship dispatches to (the first alone, then the others at
 * once, so the workflow file is read once): the problems of every one, each naming its
 * environment, or the first one's verdicts when none has a problem.
 */
async function everyTarget(settings, check) {
    const fromWaves = settings.waves?.list.flatMap((w) => w.environments.map((e) => ({ environment: e.name, deployInputs: e.deployInputs, wave: w.name }))) ?? [];
    const targets = fromWaves.length ? fromWaves : [{ environment: settings.environment, deployInputs: settings.deploy.inputs }];
    const first = await check(targets[0]);
    const rest = await Promise.all(targets.slice(1).map(check));
    const named = [first, ...rest].flatMap((verdicts, i) => {
        const t = targets[i];
        return verdicts.filter((v) => !v.passed).map((v) => (t.wave ? { ...v, reason: `environment ${t.environment} (wave ${t.wave}): ${v.reason}` } : v));
    });
    return named.length ? named : first;
}
const workflowStrategy = {
    name: 'workflow',
    deploysVersion: true,
    deploys: (s) => (s.deploy.workflow ? { workflow: s.deploy.workflow, input: 'deploy-workflow', files: new WorkflowFiles(s.deploy.workflow) } : undefined),
    rollsBack: (s) => (s.rollback.workflow ? { workflow: s.rollback.workflow, input: 'rollback-workflow', files: new WorkflowFiles(s.rollback.workflow) } : undefined),
    redeploys: (config) => config,
    describe: (c) => (c.input === 'rollback-workflow' ? `rollback-workflow ${c.workflow}` : 'workflow'),
    preflight: (env, c) => everyTarget(env.settings, (t) => dispatchableAtShippedCommit(env.client, c.files, { sha: env.context.sha, input: c.input, environment: t.environment, deployInputs: t.deployInputs })),
    async preflightTarget(env, c, target, version) {
        if (target.tag === version.tag) {
            // The new tag holds the release commit, whose workflow file is the shipped commit's.
            c.files.alias(target.tag, env.context.sha);
        }
        return everyTarget(env.settings, async (t) => {
            const facts = { sha: env.context.sha, input: c.input, environment: t.environment, deployInputs: t.deployInputs };
            if (target.tag === version.tag)
                return versionFactsVerdicts(c.files, { ...facts, version: target.version, tag: target.tag });
            return dispatchableAtPreviousTag(env.client, c.files, { ...facts, previousTag: target.tag, ...(version.changed ? { changed: version.changed } : {}) });
        });
    },
    plan(c, move) {
        const plan = c.files.get(move.target.tag)?.plan;
        const built = plan
            ? (0,dispatch_plan/* buildDispatchInputs */.oL)(c.workflow, plan.declared, { ...move.target, environment: move.environment, deployment_id: '(new deployment id)', ship_id: move.shipId }, move.deployInputs)
            : undefined;
        const inputs = built ? (0,dispatch_plan/* shownInputs */.BX)(built.inputs, move.deployInputs) : undefined;
        return {
            what: `dispatch ${c.workflow} at ${move.target.tag} and wait for it (deploy-timeout ${(0,durations/* formatDuration */.a3)(move.timeoutMs)})`,
            detail: inputs ? Object.entries(inputs).map(([k, v]) => `${k}=${v}`).join('\n') || 'no inputs' : undefined,
            ...(inputs ? { inputs } : {})
        };
    },
    async run(c, move) {
        const { env, target } = move;
        const at = c.files.get(target.tag) ?? (await c.files.read(env.client, target.tag));
        if (at.missing)
            return { ok: false, summary: missingAtTagReason(c.workflow, c.input, target.tag, at.path), detail: [] };
        if (!at.plan)
            return { ok: false, summary: at.problem ?? `${c.workflow} cannot be dispatched at ${target.tag}`, detail: [] };
        const shipId = `${move.shipId}:${move.name}`;
        const built = (0,dispatch_plan/* buildDispatchInputs */.oL)(c.workflow, at.plan.declared, { ...target, environment: move.environment, deployment_id: String(move.deploymentId ?? ''), ship_id: shipId }, move.deployInputs);
        if (built.problems.length)
            return { ok: false, summary: built.problems.join('; '), detail: [] };
        const inputs = (0,dispatch_plan/* shownInputs */.BX)(built.inputs, move.deployInputs);
        core/* info */.pq(`${move.name}: dispatching ${c.workflow} at ${target.tag} with inputs ${JSON.stringify(inputs)}`);
        const result = await (0,workflow_run/* deployByWorkflow */.ok)(env.client, env.clock, {
            workflow: at.plan.id,
            workflowName: c.workflow,
            ref: target.tag,
            inputs: built.inputs,
            shipId,
            timeoutMs: move.timeoutMs,
            approvalTimeoutMs: env.settings.deploy.approvalTimeoutMs,
            environment: move.environment,
            existingRunId: move.resume?.runId,
            progress: env.progress(`${move.name} run of ${c.workflow} (${target.tag})`),
            recordExisting: move.resume?.recordExisting,
            since: move.resume?.since,
            known: move.resume?.known,
            onRun: async (run) => {
                await move.onRun?.(run);
                await move.status(`${move.name === 'rollback' ? 'rolling back: ' : ''}${(0,deployments/* deployRunMarker */.Lh)(run.id)} (${target.tag})`);
            }
        });
        return { ...result, inputs };
    },
    dispatches: (c, tag) => c.files.get(tag)?.plan?.id,
    manual: (c, facts) => manualDispatch(c, facts)
};
/** The dispatch by hand at the target's tag, then watching the run it starts. */
function manualDispatch(c, f) {
    const { shq } = f;
    const label = c.input === 'rollback-workflow' ? 'rollback-workflow' : 'deploy workflow';
    const tag = f.target.tag;
    const facts = { version: f.target.version, tag, environment: f.environment, sha: `$(git rev-parse ${shq(`${tag}^{commit}`)})` };
    const value = (key, v) => (key === 'sha' ? `"${v}"` : shq(v));
    const flags = [];
    let note;
    if (f.sentInputs && c.input === 'deploy-workflow') {
        for (const [key, v] of Object.entries(f.sentInputs)) {
            if (CORRELATION_INPUTS.has(key) || key === 'deployment_id')
                continue;
            flags.push(`-f ${shq(key)}=${key in facts ? value(key, facts[key]) : shq(v)}`);
        }
    }
    else {
        for (const key of ['version', 'tag', 'environment', 'sha'])
            flags.push(`-f ${key}=${value(key, facts[key])}`);
        if (c.input === 'deploy-workflow')
            for (const [key, v] of Object.entries(f.settings.deploy.inputs))
                flags.push(`-f ${shq(key)}=${shq(v)}`);
        note = `ship-prod passes \`version\`, \`tag\`, \`environment\` and \`sha\` only where ${(0,markdown/* code */.aY)(c.workflow)} declares them: drop the \`-f\` flags it does not declare at ${(0,markdown/* code */.aY)(tag)}.`;
    }
    if (Object.keys(f.settings.deploy.inputs).length) {
        note = `${note ? `${note} ` : ''}The values of deploy-inputs are secrets, shown as \`***\`: put them in before running.`;
    }
    return {
        what: `Dispatch the ${label} ${(0,markdown/* code */.aY)(c.workflow)} at ${(0,markdown/* code */.aY)(tag)}, then watch the run it starts:`,
        commands: [
            `gh workflow run ${shq(c.workflow)} --repo ${shq(f.ghRepo)} --ref ${shq(tag)}${flags.length ? ' \\\n  ' + flags.join(' \\\n  ') : ''}`,
            `gh run list --repo ${shq(f.ghRepo)} --workflow ${shq(c.workflow)} --branch ${shq(tag)} --limit 1`,
            `gh run watch RUN_ID --repo ${shq(f.ghRepo)} --exit-status`
        ],
        ...(note ? { note } : {})
    };
}

;// CONCATENATED MODULE: ./src/deploy/strategies/registry.ts
/**
 * The deploy strategies, by name. The order matters twice: a ship deploys with every strategy
 * whose inputs are set, in this order (workflow, then branch, then command); and it rolls back
 * with the first one that is a way back of its own (the traffic switch-back, rollback-workflow,
 * rollback-command), else by redeploying the previous version with its deploy strategies.
 *
 * A new strategy: one file in this folder, one line here (and its inputs in config/).
 */




/**
 * A strategy in a list of strategies of any configuration. Safe because a configuration is only
 * ever handed back to the strategy that made it (a StrategyStep keeps the two together).
 */
function registered(strategy) {
    return strategy;
}
const STRATEGIES = [registered(trafficStrategy), registered(workflowStrategy), registered(branchStrategy), registered(commandStrategy)];
const NO_DEPLOY = 'no deploy-workflow, deploy-branch or deploy-command: nothing deployed by the action (a release-triggered pipeline or a tag-push workflow deploys)';
function chooseStrategies(settings, all = STRATEGIES) {
    const deploy = [];
    for (const strategy of all) {
        const config = strategy.deploys(settings);
        if (config !== undefined)
            deploy.push({ strategy, config });
    }
    if (settings.rollback.mode === 'never')
        return { deploy, rollback: [], rollbackDescribed: 'nothing: rollback is never' };
    for (const strategy of all) {
        const config = strategy.rollsBack?.(settings);
        if (config !== undefined)
            return { deploy, rollback: [{ strategy, config }], rollbackDescribed: strategy.describe(config) };
    }
    const redeploy = deploy.flatMap(({ strategy, config }) => {
        const again = strategy.redeploys?.(config);
        return again === undefined ? [] : [{ strategy, config: again }];
    });
    if (!redeploy.length)
        return { deploy, rollback: [], rollbackDescribed: 'nothing: no deploy strategy and no rollback-workflow or rollback-command' };
    return { deploy, rollback: redeploy, rollbackDescribed: `the deploy (${redeploy.map((s) => s.strategy.name).join(', ')}) with the previous version` };
}
/** Every distinct step of the ship (a redeploy shares its deploy step's configuration), for the checks before any write. */
function distinctSteps(strategies) {
    const seen = new Set();
    return [...strategies.deploy, ...strategies.rollback].filter((step) => !seen.has(step.config) && seen.add(step.config));
}


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ createAnnotatedTag),
/* harmony export */   LH: () => (/* binding */ moveRef),
/* harmony export */   P: () => (/* binding */ branchHead),
/* harmony export */   Vm: () => (/* binding */ inspectTag),
/* harmony export */   hq: () => (/* binding */ createCommitOnTree),
/* harmony export */   k7: () => (/* binding */ fastForwardBranch),
/* harmony export */   kN: () => (/* binding */ readCommit),
/* harmony export */   t: () => (/* binding */ listTagRefs),
/* harmony export */   x$: () => (/* binding */ createCommitWithFiles)
/* harmony export */ });
/* unused harmony export readRef */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _writes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7443);


/** Every tag of the repository in one request (matching-refs is not paginated by GitHub). */
async function listTagRefs(client) {
    const { data } = await client.octokit.rest.git.listMatchingRefs({ owner: client.owner, repo: client.repo, ref: 'tags/' });
    return data.map((r) => ({ name: r.ref.replace(/^refs\/tags\//, ''), sha: r.object.sha, type: r.object.type }));
}
/**
 * Reads an existing tag down to its commit (peeling annotated tag objects), with the commit's
 * parents and message, so a re-run can tell whether it belongs to this ship.
 */
async function inspectTag(client, ref) {
    const { owner, repo } = client;
    let sha = ref.sha;
    let type = ref.type;
    let tagObjectSha;
    for (let depth = 0; type === 'tag' && depth < 5; depth++) {
        const { data } = await client.octokit.rest.git.getTag({ owner, repo, tag_sha: sha });
        tagObjectSha ??= sha;
        sha = data.object.sha;
        type = data.object.type;
    }
    if (type !== 'commit')
        return { tag: ref.name, commitSha: sha, tagObjectSha };
    const { data: commit } = await client.octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
    return { tag: ref.name, commitSha: sha, tagObjectSha, parents: commit.parents.map((p) => p.sha), message: commit.message };
}
/** A commit whose parent is `parentSha` and whose tree differs from the parent's only in `files`. */
async function createCommitWithFiles(client, input) {
    const { owner, repo } = client;
    // Content-addressed: a repeat makes the same tree, or at worst a commit nothing points at.
    const { data: tree } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .harmless */ .Is)(client, (request) => client.octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: input.parentTreeSha,
        tree: input.files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content })),
        request
    }));
    const { data: commit } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .harmless */ .Is)(client, (request) => client.octokit.rest.git.createCommit({ owner, repo, message: input.message, tree: tree.sha, parents: [input.parentSha], request }));
    return { sha: commit.sha, treeSha: tree.sha };
}
/**
 * Creates the annotated tag (tag object, then the ref). When the ref appears in between (another
 * run racing for it), answers `exists` so the caller can inspect and decide, and moves nothing.
 */
async function createAnnotatedTag(client, input) {
    const { owner, repo } = client;
    const { data: tagObject } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .harmless */ .Is)(client, (request) => client.octokit.rest.git.createTag({ owner, repo, tag: input.tag, message: input.message, object: input.commitSha, type: 'commit', request }));
    try {
        return await createRefOnce(client, `refs/tags/${input.tag}`, tagObject.sha, (at) => at === tagObject.sha ? { created: true, tagObjectSha: tagObject.sha } : { created: false });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 422)
            return { created: false };
        throw error;
    }
}
/**
 * Creates a ref, looking first when the answer is lost: a ref that exists now is read, and `seen`
 * says what its SHA means (ours, or someone else's).
 */
async function createRefOnce(client, ref, sha, seen) {
    const { owner, repo } = client;
    return (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .lookFirst */ .S)(client, `creating ${ref}`, async (request) => {
        await client.octokit.rest.git.createRef({ owner, repo, ref, sha, request });
        return seen(sha);
    }, async () => {
        const at = await readRef(client, ref.replace(/^refs\//, ''));
        return at === undefined ? undefined : seen(at);
    });
}
/** What a ref (`heads/x`, `tags/y`) points at, or undefined when it does not exist. */
async function readRef(client, ref) {
    try {
        const { data } = await client.octokit.rest.git.getRef({ owner: client.owner, repo: client.repo, ref });
        return data.object.sha;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 404)
            return undefined;
        throw error;
    }
}
/** The commit a branch points at, or undefined when the branch does not exist. */
function branchHead(client, branch) {
    return readRef(client, `heads/${branch}`);
}
/** Creates or fast-forwards a branch; never forces. Answers what happened. */
async function fastForwardBranch(client, branch, sha, opts = {}) {
    // A branch that is usually new (ship-prod's merge-back branch of a version) is created first:
    // the common case is one request, and only a branch that exists costs the move as well.
    if (opts.create === 'first') {
        try {
            return await createBranch(client, branch, sha);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) !== 422)
                throw error;
        }
    }
    try {
        await moveRef(client, `heads/${branch}`, sha, false);
        return 'moved';
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error);
        if (status === 422 && opts.create === true) {
            try {
                return await createBranch(client, branch, sha);
            }
            catch (createError) {
                if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(createError) === 422)
                    return 'not-fast-forward';
                throw createError;
            }
        }
        if (status === 422)
            return 'not-fast-forward';
        if (status === 403 || status === 409)
            return 'refused';
        throw error;
    }
}
function createBranch(client, branch, sha) {
    return createRefOnce(client, `refs/heads/${branch}`, sha, (at) => (at === sha ? 'created' : 'not-fast-forward'));
}
/** Points a ref at a SHA: the same PATCH twice leaves the ref where one leaves it. */
async function moveRef(client, ref, sha, force) {
    await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .harmless */ .Is)(client, (request) => client.octokit.rest.git.updateRef({ owner: client.owner, repo: client.repo, ref, sha, force, request }));
}
/** A commit's tree, parents and message. */
async function readCommit(client, sha) {
    const { data } = await client.octokit.rest.git.getCommit({ owner: client.owner, repo: client.repo, commit_sha: sha });
    return { sha: data.sha, treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}
/** A commit of an existing tree (a merge when given two parents). Content-addressed enough: a repeat makes at most a commit nothing points at. */
async function createCommitOnTree(client, input) {
    const { data } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .harmless */ .Is)(client, (request) => client.octokit.rest.git.createCommit({ owner: client.owner, repo: client.repo, message: input.message, tree: input.treeSha, parents: input.parents, request }));
    return data.sha;
}


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






/***/ })

};

//# sourceMappingURL=280.index.js.map