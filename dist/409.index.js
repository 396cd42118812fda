export const id = 409;
export const ids = [409,488,814];
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

/***/ 814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploymentFactsOf: () => (/* binding */ deploymentFactsOf),
  environmentUrlOf: () => (/* binding */ environmentUrlOf),
  putBackEnvironment: () => (/* binding */ putBackEnvironment),
  shipEnvironment: () => (/* binding */ shipEnvironment)
});

// EXTERNAL MODULE: ./src/ship-state.ts
var ship_state = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/verify/check-spec.ts
var check_spec = __webpack_require__(3053);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
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

// EXTERNAL MODULE: ./src/github/actions.ts
var actions = __webpack_require__(8320);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
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
    const run = await (0,actions/* getRun */.Mh)(client, found.runId).catch((error) => ((0,github_client.statusOf)(error) === 404 ? undefined : Promise.reject(error)));
    return run ? { ...found, runUrl: run.htmlUrl } : found;
}

// EXTERNAL MODULE: ./src/deploy/deployment.ts
var deployment = __webpack_require__(4488);
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

// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
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
        return { state: 'skipped', summary: registry.NO_DEPLOY };
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
    const prepared = await (input.deployment ?? (0,deployment.ensureShipDeployment)(facts, (0,deployment.lookupShipDeployment)(facts)));
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


/***/ }),

/***/ 4409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   markVerified: () => (/* binding */ markVerified),
/* harmony export */   runWaves: () => (/* binding */ runWaves)
/* harmony export */ });
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6887);
/* harmony import */ var _unit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(814);
/* harmony import */ var _waves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3737);
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
    const fleet = (0,_waves_js__WEBPACK_IMPORTED_MODULE_2__/* .isFleet */ .xP)(input.waves);
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
        const results = (await Promise.all(units.map((unit) => (0,_unit_js__WEBPACK_IMPORTED_MODULE_1__.shipEnvironment)(envOf(unit.environment.name), unit)))).map((r) => ({ ...r, wave: wave.name }));
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
        const back = await (0,_unit_js__WEBPACK_IMPORTED_MODULE_1__.putBackEnvironment)(envOf(result.name), run.units[k], result, failure);
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
    await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .setDeploymentStatus */ .e9)(env.client, id, {
        state: 'success',
        description: `${unit.release.tag} shipped`,
        logUrl: env.context.runUrl || undefined,
        environmentUrl: (0,_unit_js__WEBPACK_IMPORTED_MODULE_1__.environmentUrlOf)(unit.environment)
    });
    return id;
}


/***/ })

};

//# sourceMappingURL=409.index.js.map