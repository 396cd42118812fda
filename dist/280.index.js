export const id = 280;
export const ids = [280];
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
/* harmony import */ var _config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5210);
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
    const doc = (0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlLibrary */ .Tj)().parseDocument(text, { uniqueKeys: true });
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

/***/ 7280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ NO_DEPLOY),
  Xx: () => (/* binding */ chooseStrategies),
  eO: () => (/* binding */ distinctSteps)
});

// UNUSED EXPORTS: STRATEGIES, registered

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
// EXTERNAL MODULE: ./src/config/yaml-engine.ts
var yaml_engine = __webpack_require__(5210);
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
        // Parsed (yaml loaded, perhaps) once the requests sent beside this read are on their way.
        await client.requestsWritten();
        await (0,yaml_engine/* loadYaml */.yv)();
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
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2396);
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
            const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(error);
            if (status >= 400 && status < 500) {
                return { ok: false, untouched: true, summary: (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .explainGitHubError */ .Pm)(error, `Dispatching ${input.workflowName}`, 'actions: write'), detail };
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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2396);
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 422)
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 404)
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
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) !== 422)
                throw error;
        }
    }
    try {
        await moveRef(client, `heads/${branch}`, sha, false);
        return 'moved';
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error);
        if (status === 422 && opts.create === true) {
            try {
                return await createBranch(client, branch, sha);
            }
            catch (createError) {
                if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(createError) === 422)
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


/***/ })

};

//# sourceMappingURL=280.index.js.map