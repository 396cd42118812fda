export const id = 450;
export const ids = [450];
export const modules = {

/***/ 3737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gt: () => (/* binding */ wavesOf),
/* harmony export */   qf: () => (/* binding */ lockOrder),
/* harmony export */   xP: () => (/* binding */ isFleet)
/* harmony export */ });
function wavesOf(settings) {
    if (settings.waves?.list.length) {
        return settings.waves.list.map((wave) => ({
            name: wave.name,
            bakeMs: wave.bakeMs,
            environments: wave.environments.map((e) => ({ name: e.name, checks: e.checks, smokeChecks: e.smokeChecks, deployInputs: e.deployInputs, ...(e.url ? { url: e.url } : {}) }))
        }));
    }
    const name = settings.environment;
    const only = { name, checks: settings.health.checks, smokeChecks: settings.progressive?.smokeChecks ?? [], deployInputs: settings.deploy.inputs };
    return [{ name, environments: [only], bakeMs: settings.monitor.durationMs }];
}
/** Every environment the ship deploys, in the order their locks are taken (by name: two ships never wait on each other crosswise). */
function lockOrder(waves) {
    return waves.flatMap((w) => w.environments.map((e) => e.name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** More than one environment: each runs on its own timeline, with its wave's window. */
function isFleet(waves) {
    return waves.length > 1 || (waves[0]?.environments.length ?? 0) > 1;
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ findPullForCommit),
/* harmony export */   J3: () => (/* binding */ readPullReviews),
/* harmony export */   RQ: () => (/* binding */ readLatestDeployment),
/* harmony export */   VU: () => (/* binding */ readBranchRequirements),
/* harmony export */   iM: () => (/* binding */ readCheckObservations)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2396);

async function readBranchRequirements(client, branch) {
    const { owner, repo } = client;
    const notes = [];
    const [rules, protection] = await Promise.all([
        client.octokit.rest.repos
            .getBranchRules({ owner, repo, branch, per_page: 100 })
            .then((r) => r.data)
            .catch((error) => {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 404)
                return [];
            notes.push(`branch rules of ${branch} could not be read (${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) || 'error'}); rulesets were not considered`);
            return null;
        }),
        client.octokit.rest.repos
            .getBranchProtection({ owner, repo, branch })
            .then((r) => r.data)
            .catch((error) => {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error);
            if (status === 404)
                return null; // not protected (or protection hidden): rulesets still apply
            if (status === 403) {
                notes.push(`classic branch protection of ${branch} needs admin rights to read (403); only rulesets were considered`);
                return null;
            }
            throw error;
        })
    ]);
    return { rules, protection, notes };
}
/**
 * Check runs and commit statuses on a commit, newest first, as observations. Polls through the
 * given conditional cache, so a repeated read that changed nothing is a 304.
 */
async function readCheckObservations(client, sha, cache) {
    const [runs, combined] = await Promise.all([
        cache.get(client, 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: sha, filter: 'latest', per_page: 100 }),
        cache.get(client, 'GET /repos/{owner}/{repo}/commits/{ref}/status', { ref: sha, per_page: 100 })
    ]);
    const checkRuns = [...runs.data.check_runs].sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id);
    const observations = checkRuns.map((r) => ({
        name: r.name,
        source: 'check-run',
        status: r.status,
        conclusion: r.conclusion,
        url: r.html_url ?? r.details_url ?? undefined,
        detailsUrl: r.details_url ?? undefined,
        app: r.app?.slug
    }));
    const statuses = [...combined.data.statuses].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
    for (const s of statuses) {
        observations.push({
            name: s.context,
            source: 'status',
            status: s.state === 'pending' ? 'pending' : 'completed',
            conclusion: s.state,
            url: s.target_url ?? undefined
        });
    }
    return observations;
}
/** The pull request that brought the commit into the branch; null when none did. */
async function findPullForCommit(client, sha, branch) {
    const { owner, repo } = client;
    const { data: pulls } = await client.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
    const pull = pulls.find((p) => p.merge_commit_sha === sha && p.base.ref === branch) ??
        pulls.find((p) => p.merged_at && p.base.ref === branch) ??
        pulls.find((p) => p.base.ref === branch);
    return pull ? { number: pull.number, url: pull.html_url } : null;
}
/** The pull request that brought the commit into the branch (found by findPullForCommit), with its reviews; null when none did. */
async function readPullReviews(client, found) {
    const pull = await found;
    if (!pull)
        return null;
    const { owner, repo } = client;
    const reviews = await client.octokit.paginate(client.octokit.rest.pulls.listReviews, { owner, repo, pull_number: pull.number, per_page: 100 });
    return { ...pull, reviews: reviews.map((r) => ({ user: r.user?.login ?? '', state: r.state, submitted_at: r.submitted_at ?? '' })) };
}
/** The newest deployment of `sha` to `environment` with its latest status, or null when there is none. */
async function readLatestDeployment(client, sha, environment) {
    const { owner, repo } = client;
    const { data: deployments } = await client.octokit.rest.repos.listDeployments({ owner, repo, sha, environment, per_page: 1 });
    const latest = deployments[0];
    if (!latest)
        return null;
    const { data: statuses } = await client.octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: latest.id, per_page: 1 });
    return { id: latest.id, createdAt: latest.created_at, state: statuses[0]?.state ?? null, url: statuses[0]?.log_url ?? statuses[0]?.target_url ?? undefined };
}


/***/ }),

/***/ 5450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* reexport */ github_client/* createClient */.UU),
  runPipeline: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: conclude, newRecord

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
;// CONCATENATED MODULE: ./src/deploy/environment-record.ts
/** The version an environment runs after the ship: the new one once verified, the previous one where it was never changed or was put back. */
function versionAfter(outcome, versions) {
    switch (outcome) {
        case 'shipped':
            return versions.next;
        case 'planned':
        case 'untouched':
        case 'restored':
            return versions.previous || undefined;
        case 'unknown':
            return undefined;
    }
}
function environmentRecordOf(result, versions) {
    const { deploy, health } = result;
    const version = versionAfter(result.outcome, versions);
    const approval = deploy.approval;
    return {
        ...(result.wave !== undefined ? { wave: result.wave } : {}),
        name: result.name,
        outcome: result.outcome,
        ...(result.failure ? { failure: result.failure } : {}),
        ...(deploy.deploymentId !== undefined ? { deploymentId: deploy.deploymentId } : {}),
        ...(deploy.runId !== undefined ? { runId: deploy.runId } : {}),
        ...(deploy.runUrl ? { runUrl: deploy.runUrl } : {}),
        ...(version ? { version } : {}),
        ...(result.outcome !== 'planned' ? { health: health.verdict } : {}),
        ...(health.window ? { window: { verdict: health.window.verdict, durationMs: health.window.durationMs } } : {}),
        ...(deploy.alreadySucceeded ? { deployedBefore: true } : {}),
        ...(approval ? { approval: { reviewers: approval.reviewers, waitedMs: approval.waitedMs, outcome: approval.outcome } } : {}),
        ...(result.startedAt ? { startedAt: result.startedAt } : {}),
        ...(result.durationMs !== undefined ? { durationMs: result.durationMs } : {})
    };
}

// EXTERNAL MODULE: ./src/deploy/waves.ts
var deploy_waves = __webpack_require__(3737);
// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/github/conditional.ts
var conditional = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/once.ts
var once = __webpack_require__(8094);
;// CONCATENATED MODULE: ./src/gates/reads-ahead.ts
/**
 * The gates' first reads, sent as soon as the commit is resolved: before the gates' own code is
 * loaded and started, which takes the thread for about 20 ms that would otherwise hold them up.
 * Which reads go is decided by the settings and the context alone: the pull request behind the
 * commit and the branch's rules and protection (when the branch is known), the commit's checks
 * (unless required-checks is none), and its latest deployment to each staging environment. The
 * gates stage (stage.ts) takes their answers from here, and reads nothing of these again.
 */



function readGatesAhead(env) {
    const { settings, context, client } = env;
    const cache = new conditional/* ConditionalCache */.X();
    return {
        ...(context.branch ? { pull: (0,once/* started */.A)((0,checks/* findPullForCommit */.J)(client, context.sha, context.branch)) } : {}),
        requirements: (0,once/* started */.A)(context.branch ? (0,checks/* readBranchRequirements */.VU)(client, context.branch) : Promise.resolve(undefined)),
        checks: { cache, first: (0,once/* started */.A)(settings.requiredChecks.mode === 'none' ? Promise.resolve([]) : (0,checks/* readCheckObservations */.iM)(client, context.sha, cache)) },
        staging: settings.stagingEnvironment.map((environment) => ({ environment, deployment: (0,once/* started */.A)((0,checks/* readLatestDeployment */.RQ)(client, context.sha, environment)) }))
    };
}

// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(2396);
// EXTERNAL MODULE: ./src/progress.ts
var progress = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/run-env.ts

function createRunEnv(parts) {
    return {
        ...parts,
        progress: (what, link) => new progress/* Progress */.k({ what, clock: parts.clock, ...(link ? { link } : {}), ...(parts.facts.progressEveryMs ? { everyMs: parts.facts.progressEveryMs } : {}) })
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/request-scope.ts
var request_scope = __webpack_require__(2715);
;// CONCATENATED MODULE: ./src/timeline.ts
/**
 * The ship's timeline: each stage in order, with its verdict, time and API requests. The
 * pipeline and the deploy unit run their stages through `Timeline.stage`, which puts each inside
 * a log group and turns an unexpected error into a failed stage with its message: no stage throws
 * past it. This file knows no feature: stages are names and one-line summaries.
 */


function crashed(outcome) {
    return outcome.crashed === true;
}
class Timeline {
    journal;
    clock;
    requests;
    explain;
    environment;
    constructor(journal, clock, requests, explain, 
    /** The environment of a child timeline (forEnvironment). */
    environment) {
        this.journal = journal;
        this.clock = clock;
        this.requests = requests;
        this.explain = explain;
        this.environment = environment;
    }
    /**
     * The timeline of one environment among several running at once (a wave): the same journal,
     * its stages and warnings named for the environment, its log lines prefixed with it. Log groups
     * cannot interleave, so its stages log a line when they start and one when they end.
     */
    forEnvironment(environment) {
        return new Timeline(this.journal, this.clock, this.requests, this.explain, environment);
    }
    /** Requests of work started ahead of a stage (`ahead`), counted in that stage when it runs. */
    early = new Map();
    /** Runs `body`, work started ahead for the stage `name` (its reads), with its requests counted in that stage. */
    ahead(name, body) {
        const scope = this.early.get(name) ?? { requests: 0 };
        this.early.set(name, scope);
        return (0,request_scope/* inRequestScope */.v)(scope, body);
    }
    /** Runs one stage inside a log group, timing it and counting its API requests. */
    async stage(name, body) {
        const started = this.clock.now();
        // Its own requests only, not those of stages running beside it (request-scope.ts).
        const scope = { requests: 0 };
        const prefix = this.environment ? `[${this.environment}] ` : '';
        const run = async () => {
            try {
                const result = await (0,request_scope/* inRequestScope */.v)(scope, body);
                core/* info */.pq(`${prefix}${name}: ${result.state}: ${result.summary}`);
                return result;
            }
            catch (error) {
                const summary = this.explain(error, `The ${name} stage${this.environment ? ` of ${this.environment}` : ''}`, name);
                core/* error */.z3(`${prefix}${summary}`);
                const status = error?.status;
                return { state: 'failed', summary, crashed: true, ...(typeof status === 'number' ? { httpStatus: status } : {}) };
            }
        };
        let outcome;
        if (this.environment) {
            core/* info */.pq(`ship-prod: [${this.environment}] ${name}`);
            outcome = await run();
        }
        else {
            outcome = await core/* group */.Os(`ship-prod: ${name}`, run);
        }
        this.journal.stages.push({
            name,
            state: outcome.state,
            summary: outcome.summary,
            startedAt: new Date(started).toISOString(),
            durationMs: this.clock.now() - started,
            ...(this.environment ? { environment: this.environment } : {})
        });
        const used = scope.requests + (this.early.get(name)?.requests ?? 0);
        this.early.delete(name);
        if (used > 0)
            this.journal.api.byStage[name] = (this.journal.api.byStage[name] ?? 0) + used;
        this.journal.api.requests = this.requests.length;
        return outcome;
    }
    /** A warning for the log and the report. */
    warn(message, log = true) {
        if (this.environment)
            message = `${this.environment}: ${message}`;
        this.journal.warnings.push(message);
        if (log)
            core/* warning */.$e(message);
    }
    /** A line of the dry-run plan. */
    plan(entry) {
        this.journal.plan.push(entry);
    }
}

// EXTERNAL MODULE: ./src/record.ts + 1 modules
var src_record = __webpack_require__(5892);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * One ship, top to bottom: resolve, gates, the environment lock, version (and the checks before any write), release,
 * the pre-deploy hook, the deploy unit for the environment, publish, cleanup. Each stage returns
 * its own typed result; this file hands them on and puts them in the record, from which the
 * ending (ending.ts) and the report are drawn. No stage throws past here: the timeline turns an
 * unexpected error into a failed stage, and the run still reaches its ending.
 */










// The record's start and ending live in record.ts: main reaches them without loading the stages.

// main loads the client with the pipeline, in one chunk (two would each hold the client's code).

/**
 * The stages' code, in two chunks (ncc makes a chunk of each dynamic import): the gates' loads as
 * the pipeline starts, the later stages' once the gates' first round of requests is written
 * (compiling it then holds none of them up). Each is awaited where the pipeline reaches it; a ship
 * that stops early never waits for the rest, and a load it never awaits is not an unhandled rejection.
 */
const gateStages = (0,once/* once */.O)(() => Promise.all(/* import() */[__webpack_require__.e(192), __webpack_require__.e(280), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 4379)));
const stages = (0,once/* once */.O)(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(405), __webpack_require__.e(192), __webpack_require__.e(280), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 5592)));
/**
 * Where a stage that threw stops the ship. A token GitHub refuses (401) is one halt whichever stage
 * sent the first request (resolve with a `ref`, else the gates): not a commit that cannot be
 * resolved, nor a gate that failed.
 */
function crashHalt(at, outcome) {
    return { at: outcome.httpStatus === 401 ? 'token' : at, reason: outcome.summary };
}
/** The `permissions:` a stage's writes need, named when GitHub answers 403. */
function permissionFor(stage) {
    switch (stage) {
        case 'lock':
            // The lock is a ref (contents); in a command deploy, looking for the run that holds it reads Actions.
            return 'contents: write (and actions: read)';
        case 'version':
        case 'release':
        case 'publish':
            return 'contents: write';
        case 'deploy':
        case 'rollback':
            return 'deployments: write and actions: write';
        default:
            return undefined;
    }
}
async function runPipeline(settings, facts, client, clock = src_clock/* systemClock */.m) {
    const record = (0,src_record/* newRecord */.M)(settings, clock);
    const timeline = new Timeline(record, clock, client.account, (error, doing, stage) => (0,github_client/* explainGitHubError */.Pm)(error, doing, permissionFor(stage)));
    // The gates' code loads once the first requests are written: resolve's read of a `ref` input,
    // else the gates' reads ahead (below).
    void client.requestsWritten().then(gateStages);
    const resolved = await timeline.stage('resolve', async () => {
        const { context, tree } = await (0,src_context/* resolveContext */.wK)(client, facts, settings.ref);
        return { state: 'done', summary: `shipping ${context.sha.slice(0, 7)} (${context.ref}${context.branch ? ` on ${context.branch}` : ''}), event ${context.eventName || 'unknown'}`, context, tree };
    });
    if (crashed(resolved))
        return (0,src_record/* conclude */.E)(record, crashHalt('resolve', resolved));
    record.context = resolved.context;
    const env = createRunEnv({ settings, client, context: resolved.context, tree: resolved.tree, clock, facts, timeline });
    // The gates' first reads go out before their code is loaded and started (gates/reads-ahead.ts),
    // counted in the gates stage; the code loads once they are written.
    const reads = timeline.ahead('gates', () => readGatesAhead(env));
    await client.requestsWritten();
    const { chooseStrategies, distinctSteps, runGates } = await gateStages();
    const strategies = chooseStrategies(settings);
    const gatesRun = timeline.stage('gates', () => runGates(env, distinctSteps(strategies), reads));
    // The later stages load, and git is asked for the tree the lock commit needs, once the rest of
    // the gates' first round (a deploy strategy's reads) is written (client.requestsWritten: compiling
    // or spawning before would hold it up), while its answers are awaited.
    void client.requestsWritten().then(() => {
        void stages();
        void resolved.tree();
    });
    const gates = await gatesRun;
    if (!crashed(gates)) {
        record.gates.push(...gates.verdicts);
        if (gates.stateFile)
            record.stateFile = gates.stateFile;
        if (gates.freeze)
            record.freeze = gates.freeze;
    }
    if (crashed(gates))
        return (0,src_record/* conclude */.E)(record, crashHalt('gates', gates));
    if (gates.state === 'failed')
        return (0,src_record/* conclude */.E)(record, { at: 'gates', reason: gates.summary });
    // One ship per environment: the locks are held from here (before the version is computed and
    // the first write) to the end, released on every path (beside the last write when it ships).
    // With waves, every environment's, in name order.
    const waves = (0,deploy_waves/* wavesOf */.gt)(settings);
    const { takeLocks, readAhead } = await stages();
    // The version's reads go out beside the lock's writes. They are used only when they cannot be
    // older than the lock: every lock was free at the first try (made, no refusal, no lost answer).
    // Another ship that released a lock just before then had tagged its release several round trips
    // earlier, so the tags read here hold it; otherwise the version stage reads them again.
    const sent = client.account.length;
    const ahead = timeline.ahead('version', () => readAhead(env));
    const { locks, failed } = await takeLocks(env, (0,deploy_waves/* lockOrder */.qf)(waves));
    const firstTry = locks.records.every((r) => r.how === 'created') && client.account.slice(sent).every((r) => !(0,github_client/* isWrite */.ao)(r.method) || (r.status > 0 && r.status < 400));
    record.lock = (failed && 'record' in failed ? failed.record : undefined) ?? locks.records[0];
    if ((0,deploy_waves/* isFleet */.xP)(waves))
        record.locks = locks.records;
    if (failed)
        return (0,src_record/* conclude */.E)(record, { at: 'lock', reason: failed.summary });
    try {
        return await shipLocked(env, record, { strategies, waves, branch: gates.branch, locks, ...(settings.dryRun || firstTry ? { reads: ahead } : {}) });
    }
    finally {
        await locks.release();
    }
}
/** The ship once its environment is locked: version, release, pre-deploy, the deploy unit, publish, cleanup. */
async function shipLocked(env, record, input) {
    const { settings, timeline, client } = env;
    const { strategies, waves } = input;
    const fleet = (0,deploy_waves/* isFleet */.xP)(waves);
    let beforeWrite;
    const { runVersion, announceRefusals, checkBeforeWrite } = await stages();
    const version = await timeline.stage('version', async () => {
        const decided = await runVersion(env, input.reads);
        if (decided.state === 'failed' || !decided.version || !decided.release) {
            announceRefusals(decided.refusals);
            return decided;
        }
        beforeWrite = await checkBeforeWrite(env, { version: decided.version, release: decided.release, strategies });
        // The gates this stage adds to the gates table (the gates stage counted only its own).
        const added = beforeWrite.verdicts.filter((v) => v.passed).map((v) => v.name);
        if (!beforeWrite.blockers.length)
            return added.length ? { ...decided, summary: `${decided.summary}; gate ${added.join(', ')} passed` } : decided;
        return { ...decided, state: 'failed', summary: `refused before any write: ${beforeWrite.blockers.map((v) => v.reason).join('; ')}` };
    });
    if (!crashed(version)) {
        record.gates.push(...version.refusals, ...(beforeWrite?.verdicts ?? []));
        if (version.version)
            record.version = beforeWrite?.blockers.length ? { ...version.version, changelogSection: '', oldestCommitAt: undefined } : version.version;
    }
    if (crashed(version) || version.state === 'failed' || !version.version || !version.release || !beforeWrite) {
        return (0,src_record/* conclude */.E)(record, { at: 'version', reason: version.summary });
    }
    const v = version.version;
    const { lookupShipDeployment, ensureShipDeployment, shipIdOf, deploymentFactsOf, runRelease } = await stages();
    const shipId = shipIdOf(env.context.runId, v.tag);
    const previousTag = `${settings.tagPrefix}${v.previous}`;
    const unit = {
        environment: waves[0].environments[0],
        release: { version: v.next, tag: v.tag, sha: env.context.sha },
        previous: { version: v.previous, tag: previousTag, ref: version.release.tagRefs.find((t) => t.name === previousTag) },
        strategies,
        shipId,
        ...(record.freeze?.override ? { freezeOverride: record.freeze.override } : {}),
        ...(settings.progressive?.trafficCommand ? { traffic: { command: settings.progressive.trafficCommand, steps: settings.progressive.trafficSteps } } : {})
    };
    // The deployment needs only the tag: it is looked for while the release commit is made, and
    // created alongside the branch move and the draft release (not before a pre-deploy command).
    let deployment;
    const preDeploy = settings.progressive?.preDeployCommand;
    // A tag that existed may have been deployed by another ship: the unit looks before it prepares one.
    const tagExisted = beforeWrite.tag.decision.action === 'reuse';
    if (tagExisted)
        unit.tagExisted = true;
    const lookup = strategies.deploy.length && !settings.dryRun && !preDeploy && !tagExisted && !fleet ? (0,once/* started */.A)(lookupShipDeployment(deploymentFactsOf(env, unit))) : undefined;
    const release = await timeline.stage('release', () => runRelease(env, {
        version: v,
        inputs: version.release,
        tag: beforeWrite.tag,
        ...(input.branch ? { branch: input.branch } : {}),
        ...(lookup ? { alongside: () => (deployment = (0,once/* started */.A)(ensureShipDeployment(deploymentFactsOf(env, unit), lookup))) } : {})
    }));
    if (!crashed(release))
        record.release = release.release;
    if (crashed(release) || release.state === 'failed') {
        return (0,src_record/* conclude */.E)(record, { at: 'release', reason: release.summary, wrote: client.account.some((r) => (0,github_client/* isWrite */.ao)(r.method) && r.status < 400) });
    }
    unit.release.sha = release.release.commitSha ?? env.context.sha;
    const shipFacts = commandFacts(unit, fleet ? (0,deploy_waves/* lockOrder */.qf)(waves).join(',') : unit.environment.name);
    if (preDeploy) {
        const { runPreDeploy } = await stages();
        const pre = await timeline.stage('pre-deploy', () => runPreDeploy(env, preDeploy, shipFacts));
        if ('record' in pre && pre.record)
            record.delivery = { ...record.delivery, preDeploy: pre.record };
        if (pre.state === 'failed')
            return (0,src_record/* conclude */.E)(record, { at: 'pre-deploy', reason: pre.summary });
    }
    const { environment: _first, ...shared } = unit;
    const scope = settings.waves?.rollbackScope ?? 'wave';
    const { runWaves } = await stages();
    const result = await runWaves(env, { unit: shared, waves, scope, ...(deployment ? { deployment } : {}) });
    recordEnvironments(record, result, v, fleet ? { names: waves.map((w) => w.name), scope } : undefined);
    if (result.stoppedAt || result.environments.some((e) => e.outcome !== 'shipped')) {
        if (settings.dryRun && settings.progressive?.cleanupCommand)
            timeline.plan({ what: 'after a successful ship, run the cleanup command', detail: settings.progressive.cleanupCommand });
        return (0,src_record/* conclude */.E)(record);
    }
    const cleanup = settings.progressive?.cleanupCommand;
    // Without a cleanup command, publishing is the ship's last write: the lock goes beside it.
    const publish = await timeline.stage('publish', () => publishShip(env, record, result.last, version.release.prerelease, cleanup ? undefined : input.locks));
    if (cleanup) {
        const { runCleanup } = await stages();
        const done = await timeline.stage('cleanup', () => runCleanup(env, cleanup, shipFacts, publish.state === 'done'));
        if ('record' in done)
            record.delivery = { ...record.delivery, cleanup: done.record };
    }
    return (0,src_record/* conclude */.E)(record);
}
/** The `SHIP_*` facts of this ship's own commands: the new version, its tag and release commit, the previous version. */
function commandFacts(unit, environment) {
    return { version: unit.release.version, tag: unit.release.tag, sha: unit.release.sha, environment, previousVersion: unit.previous.version };
}
/**
 * The environments' records, in the ship record. The single-environment sections (deploy, health,
 * rollback, delivery) show the environment that stopped the line, else the last one.
 */
function recordEnvironments(record, result, versions, waves) {
    const envs = result.environments;
    const focus = envs.find((e) => e.name === result.stoppedAt?.environment) ?? envs.at(-1);
    if (focus) {
        record.deploy = focus.deploy;
        record.health = focus.health;
        if (focus.rollback)
            record.rollback = focus.rollback;
        if (focus.smoke || focus.traffic)
            record.delivery = { ...record.delivery, ...(focus.smoke ? { smoke: focus.smoke } : {}), ...(focus.traffic ? { traffic: focus.traffic } : {}) };
    }
    record.environments = [...(record.environments ?? []), ...envs.map((e) => environmentRecordOf(waves ? e : { ...e, wave: undefined }, versions))];
    if (waves)
        record.waves = { ...waves, verified: result.verified, ...(result.stoppedAt ? { stoppedAt: result.stoppedAt } : {}) };
}
/** The last wave's deployments marked `success`, then the release published beside the locks' release. */
async function publishShip(env, record, last, prerelease, locks) {
    const release = record.release;
    // The deployments' success first (the next ship reads them), then the release beside the locks' release.
    const { markVerified, publishShipRelease } = await stages();
    const marked = last ? await markVerified(env, last) : [];
    await Promise.all([publishShipRelease(env, release, prerelease), locks?.release({ beside: true })]);
    const done = [release.releaseId ? `release ${record.version?.tag} published` : '', marked.length ? `deployment${marked.length > 1 ? 's' : ''} ${marked.join(', ')} success` : ''].filter(Boolean);
    return { state: 'done', summary: done.join('; ') || 'nothing to publish' };
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ Progress)
/* harmony export */ });
/* unused harmony export PROGRESS_EVERY_MS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6503);
/**
 * Progress during long waits (pending checks, the deploy run, health rounds, the monitoring
 * window, the rollback): a log line whenever what is awaited changes state, and a heartbeat when
 * nothing was said for a while, so that a 20-minute deploy never looks hung. Every line says what
 * is awaited, in which state, for how long so far, and the link to follow.
 *
 * Time comes from an injected clock. Waits that poll sleep through `progress.sleep` (or hand
 * `progress.clock` to code that sleeps), which wakes up in time for the next heartbeat; a single
 * long piece of work (a command) is wrapped in `progress.watch`.
 *
 *   const progress = new Progress({ what: `deploy run ${id}`, link: url, clock });
 *   progress.update('queued');          // logged at once: a new state
 *   await progress.sleep(10_000);       // a heartbeat if 20 s passed without a line
 */


/** Silence longer than this gets a heartbeat line (a slow probe or request after it stays under 30 s). */
const PROGRESS_EVERY_MS = 20_000;
class Progress {
    opts;
    started;
    lastLineAt;
    state = '';
    link;
    everyMs;
    log;
    constructor(opts) {
        this.opts = opts;
        this.started = opts.clock.now();
        this.lastLineAt = this.started;
        this.link = opts.link;
        this.everyMs = Math.max(1, opts.everyMs ?? PROGRESS_EVERY_MS);
        this.log = opts.log ?? ((line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line));
    }
    /** How long the wait has lasted. */
    elapsedMs() {
        return this.opts.clock.now() - this.started;
    }
    /** The line that says where the wait stands. */
    line() {
        const state = this.state ? ` (${this.state})` : '';
        return `⏳ ${this.opts.what}${state}: ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.elapsedMs())} so far${this.link ? ` · ${this.link}` : ''}`;
    }
    /** A new state (or link): logged at once when it changed. */
    update(state, link) {
        const changed = state !== this.state || (link !== undefined && link !== this.link);
        this.state = state;
        if (link !== undefined)
            this.link = link;
        if (changed)
            this.say(this.line());
    }
    /** A line of the wait's own (a health round's result): it counts as progress. */
    note(line) {
        this.say(line);
    }
    /** Logs the heartbeat when the silence has lasted long enough. */
    heartbeat() {
        if (this.opts.clock.now() - this.lastLineAt >= this.everyMs)
            this.say(this.line());
    }
    /** Sleeps `ms`, waking up for each heartbeat that falls due meanwhile. */
    async sleep(ms) {
        const { clock } = this.opts;
        const until = clock.now() + Math.max(0, ms);
        for (;;) {
            this.heartbeat();
            const left = until - clock.now();
            if (left <= 0)
                return;
            await clock.sleep(Math.min(left, this.lastLineAt + this.everyMs - clock.now()));
        }
    }
    /** A clock whose sleeps are this wait's (heartbeats included): for code that takes a clock. */
    get clock() {
        return { now: () => this.opts.clock.now(), sleep: (ms) => this.sleep(ms) };
    }
    /**
     * Waits for `work` (a command, one long request), with heartbeats while it runs. A real timer,
     * cleared as soon as the work ends, so nothing is left pending; the clock still tells the time.
     */
    async watch(work) {
        let timer;
        const schedule = () => {
            timer = setTimeout(() => {
                this.heartbeat();
                schedule();
            }, Math.max(10, this.lastLineAt + this.everyMs - this.opts.clock.now()));
        };
        schedule();
        try {
            return await work;
        }
        finally {
            clearTimeout(timer);
        }
    }
    say(line) {
        this.lastLineAt = this.opts.clock.now();
        this.log(line);
    }
}


/***/ })

};

//# sourceMappingURL=450.index.js.map