export const id = 6;
export const ids = [6,372];
export const modules = {

/***/ 880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ productionState),
/* harmony export */   cc: () => (/* binding */ decideEnding)
/* harmony export */ });
/* unused harmony exports describeShip, fleetSentence */
const NOTHING_CHANGED_GATES = 'Nothing was changed. Fix what the gates table names, then re-run.';
const RESUMES = 'Fix the cause, then re-run this job: it resumes from the existing tag and release.';
/** `v1.5.0 (1.4.0 → 1.5.0)`, or the commit before a version was decided. */
function describeShip(record) {
    const v = record.version;
    if (!v)
        return record.context?.sha.slice(0, 7) ?? 'the commit';
    return `${v.tag} (${v.previous || 'first release'} → ${v.next})`;
}
function decideEnding(record) {
    const halt = record.halt;
    if (halt) {
        switch (halt.at) {
            case 'inputs':
                return { status: 'blocked', headline: `Invalid inputs${halt.inputs.length ? ` (${[...new Set(halt.inputs)].join(', ')})` : ''}: nothing was done`, nextSteps: halt.problems };
            case 'runner':
                return { status: 'failed', headline: `Cannot run here: ${halt.reason}`, nextSteps: ['Nothing was changed.'] };
            case 'token':
                return { status: 'failed', headline: `GitHub refused the token: ${halt.reason}`, nextSteps: ['Check `github-token` (a token of this repository that has not expired), then re-run. Nothing was changed.'] };
            case 'bug':
                return {
                    status: 'failed',
                    headline: `Unexpected error: ${halt.reason}`,
                    nextSteps: ['This is a bug in ship-prod; the log has the stack trace. Check the release and deployment state before re-running.']
                };
            case 'resolve':
                return { status: 'failed', headline: `Could not resolve what to ship: ${halt.reason}`, nextSteps: ['Check the `ref` input and the token, then re-run. Nothing was changed.'] };
            case 'gates': {
                const failed = record.gates.filter((g) => !g.passed);
                const headline = failed.length
                    ? `${failed.length} gate${failed.length === 1 ? '' : 's'} failed. ${failed.map((g) => `${g.name}: ${g.reason}`).join('; ')}`
                    : `The gates could not be evaluated: ${halt.reason}`;
                return { status: 'blocked', headline, nextSteps: [NOTHING_CHANGED_GATES] };
            }
            case 'lock': {
                const lock = record.lock;
                if (lock?.state !== 'blocked')
                    return { status: 'failed', headline: `The lock could not be taken: ${halt.reason}`, nextSteps: ['Nothing but the lock commit was written (nothing points at it). Re-run the job.'] };
                const holder = lock.holder;
                return {
                    status: 'blocked',
                    headline: `Blocked: ${halt.reason}`,
                    nextSteps: [
                        `Nothing was changed. ${holder ? `Run ${holder.runId}${holder.runUrl ? ` (${holder.runUrl})` : ''} is shipping to ${lock.environment}: let it end, then re-run this job.` : `Re-run this job once the ship that holds ${lock.ref} has ended.`}`,
                        `If no ship is running, delete the lock by hand: gh api -X DELETE repos/${record.context ? `${record.context.owner}/${record.context.repo}` : '{owner}/{repo}'}/git/${lock.ref}`
                    ]
                };
            }
            case 'version': {
                const refused = record.gates.filter((g) => !g.passed);
                if (refused.length)
                    return { status: 'blocked', headline: refused.map((g) => g.reason).join('; '), nextSteps: [NOTHING_CHANGED_GATES] };
                return { status: 'failed', headline: `Version: ${halt.reason}`, nextSteps: ['Nothing was changed. Fix the version inputs or files, then re-run.'] };
            }
            case 'release':
                return {
                    status: 'failed',
                    headline: `Release: ${halt.reason}`,
                    nextSteps: [halt.wrote ? 'Some writes were made (see the timeline); a re-run resumes from what exists.' : 'Nothing was changed.']
                };
            case 'pre-deploy':
                return {
                    status: 'aborted',
                    headline: `Not shipped: ${halt.reason}. Production was not changed.`,
                    nextSteps: ['Fix what the pre-deploy command reported, then re-run this job: it resumes from the existing tag and release.']
                };
            default:
                return { status: 'failed', headline: `${halt.at}: ${halt.reason}`, nextSteps: [] };
        }
    }
    const environments = record.environments ?? [];
    const worst = ['unknown', 'restored', 'untouched'].map((outcome) => environments.find((e) => e.outcome === outcome)).find(Boolean);
    if (worst) {
        const ending = environmentEnding(record, worst);
        if (!record.waves)
            return ending;
        // A fleet: name what was put back (the rest of the fleet may still run the new version), and every environment's version.
        const restored = environments.filter((e) => e.outcome === 'restored').map((e) => e.name);
        const headline = restored.length ? ending.headline.replace(/^Rolled back to /, `Rolled back ${restored.join(', ')} to `) : ending.headline;
        return { ...ending, headline: `${headline} ${fleetSentence(environments, notStarted(record))}` };
    }
    if (environments.some((e) => e.outcome === 'planned') || record.settings?.dryRun) {
        return { status: 'dry-run', headline: `Dry run: ${describeShip(record)} would ship; nothing was changed`, nextSteps: [] };
    }
    const fleet = record.waves ? ` to ${environments.length} environments in ${record.waves.names.length} wave${record.waves.names.length === 1 ? '' : 's'}` : '';
    return { status: 'shipped', headline: `Shipped ${describeShip(record)}${fleet}`, nextSteps: [] };
}
/** A fleet's truth in one sentence: which environments run which version after the ship, and which this ship never reached (waves). */
function fleetSentence(environments, untouched = []) {
    const byVersion = new Map();
    for (const e of environments) {
        const key = e.version ?? 'an unknown version';
        byVersion.set(key, [...(byVersion.get(key) ?? []), e.name]);
    }
    const parts = [...byVersion].map(([version, names]) => `${names.join(', ')} on ${version}`);
    if (untouched.length)
        parts.push(`${untouched.join(', ')} not deployed (their wave never started)`);
    return `Fleet: ${parts.join('; ')}.`;
}
/** The environments of the waves the line never reached. */
function notStarted(record) {
    const reached = new Set((record.environments ?? []).map((e) => e.name));
    return (record.settings?.waves?.list ?? []).flatMap((w) => w.environments.map((e) => e.name)).filter((name) => !reached.has(name));
}
function environmentEnding(record, env) {
    const tag = record.version?.tag;
    const reason = env.failure ?? 'the ship failed';
    const traffic = record.delivery?.traffic;
    const r = record.rollback;
    const kept = `Tag ${tag} is kept and the release stays a draft.`;
    const keptBeside = `Tag ${tag} is kept and the release stays a draft; the new version is still deployed beside the old one, with no traffic.`;
    switch (env.outcome) {
        case 'untouched': {
            const check = traffic?.productionVerified;
            if (check) {
                const previous = record.version?.previous || 'the previous version';
                return {
                    status: 'aborted',
                    headline: `Not shipped: ${reason}. No traffic was moved; ${check.verified ? `production verified on ${previous}` : 'production did not verify'}.`,
                    nextSteps: [
                        check.verified
                            ? `Production was not changed: it still serves ${previous}, verified healthy. The new version is deployed beside it with no traffic.`
                            : `Production was not changed by this ship (no traffic moved), but it did not verify: ${check.summary}. Check it now.`,
                        'Fix the new version, then re-run this job: it resumes from the existing tag and release.',
                        kept
                    ]
                };
            }
            return { status: 'aborted', headline: `Not shipped: ${reason}. Production was not changed, so nothing was rolled back.`, nextSteps: [RESUMES, kept] };
        }
        case 'restored':
            if (traffic?.switchBack) {
                return {
                    status: 'rolled-back',
                    headline: `Traffic moved back to ${r?.toTag}: ${reason}`,
                    nextSteps: [`Production serves ${r?.toTag} again, verified healthy. Find why ${tag} failed (see Progressive delivery below), fix it, and ship a new version.`, keptBeside]
                };
            }
            return {
                status: 'rolled-back',
                headline: `Rolled back to ${r?.toTag}: ${reason}`,
                nextSteps: [`Production runs ${r?.toTag} again, verified healthy. Find why ${tag} failed (see Verify and Deploy below), fix it, and ship a new version.`, kept]
            };
        default: {
            const never = record.settings?.rollback.mode === 'never';
            if (traffic) {
                const percent = traffic.percent;
                const why = never ? `rollback is never, so ${percent}% of the traffic stays on ${tag}` : (r?.summary ?? 'no rollback was made');
                return {
                    status: 'failed',
                    headline: `Failed: ${reason}; ${why}. A person is needed.`,
                    nextSteps: [`A person is needed: production may send ${percent}% of its traffic to ${tag}. Check the traffic split and production now.`, keptBeside]
                };
            }
            const previous = record.version?.previous ? `${record.settings?.tagPrefix ?? ''}${record.version.previous}` : 'the previous version';
            const why = never ? 'rollback is never, so production was left as it is' : (r?.summary ?? 'no rollback was made');
            return {
                status: 'failed',
                headline: `Failed: ${reason}; ${why}. A person is needed.`,
                nextSteps: [
                    `A person is needed: production may be running ${tag}, ${previous}, or a mix. Check the environment now.`,
                    r?.attempted ? `The rollback to ${r.toTag} did not verify: ${r.summary}` : 'No rollback was made.',
                    kept
                ]
            };
        }
    }
}
function productionState(record) {
    const r = record.rollback;
    switch (record.status) {
        case 'shipped':
            return { kind: 'new-version', verified: record.health?.verdict === 'passed' };
        case 'dry-run':
            return { kind: 'dry-run' };
        case 'blocked':
            return { kind: 'blocked' };
        case 'rolled-back':
            return { kind: 'restored', toVersion: r?.toVersion || record.version?.previous || '', ...(r?.timeToRestoreMs !== undefined ? { restoredInMs: r.timeToRestoreMs } : {}), trigger: r?.trigger ?? '' };
        default: {
            const checked = record.delivery?.traffic?.productionVerified;
            if (checked)
                return { kind: 'unchanged', checked: checked.summary };
            const deployStage = record.stages.find((s) => s.name === 'deploy');
            const started = Boolean(record.deploy?.deploymentId) && !record.deploy?.untouched && deployStage?.state !== 'planned';
            if (!started || record.status === 'aborted')
                return { kind: 'unchanged' };
            if (r?.attempted && !r.verified)
                return { kind: 'unknown', toVersion: r.toVersion, rollback: r.summary };
            return { kind: 'mixed' };
        }
    }
}


/***/ }),

/***/ 2372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readableStack: () => (/* binding */ readableStack)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/**
 * An unexpected error's stack, for the person who reads the log: positions in the bundle
 * (dist/*.js, minified) mapped back to the TypeScript sources through the source maps beside
 * them. The maps are read here, and only here: a run that reports no unexpected error never
 * loads them (they are most of dist/ by size, and parsing them takes longer than starting up).
 */




/** A stack frame's position: `file:///.../x.js:1:2345` or `/.../x.js:1:2345`. */
const POSITION = /(file:\/\/\/[^\s()]+?\.m?js|\/[^\s():]+?\.m?js):(\d+):(\d+)/g;
/** The source map a bundled file names on its last line, parsed; null when it has none. */
function mapOf(file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return null;
    const tail = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').slice(-300);
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(tail)?.[1];
    if (!url || url.startsWith('data:'))
        return null;
    const mapFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), url);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(mapFile))
        return null;
    return { map: new node_module__WEBPACK_IMPORTED_MODULE_1__.SourceMap(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(mapFile, 'utf8'))), dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(mapFile) };
}
/**
 * `error.stack` with every position in a file that has a source map replaced by its place in the
 * sources (`src/main.ts:44:13`, relative to the folder above the bundle's); other frames (Node's
 * own, files without a map) stay as they are. Never throws: a map that cannot be read leaves the
 * stack as it was.
 */
function readableStack(error) {
    if (!(error instanceof Error))
        return String(error);
    const stack = error.stack ?? `${error.name}: ${error.message}`;
    const maps = new Map();
    try {
        return stack.replace(POSITION, (whole, where, line, column) => {
            const file = where.startsWith('file://') ? (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(where) : where;
            if (!maps.has(file))
                maps.set(file, mapOf(file));
            const found = maps.get(file);
            const entry = found?.map.findEntry(Number(line) - 1, Number(column) - 1);
            if (!found || !entry?.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined)
                return whole;
            const source = entry.originalSource.startsWith('file://') ? (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(entry.originalSource) : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(found.dir, entry.originalSource);
            const shown = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(found.dir), source);
            return `${shown}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
        });
    }
    catch {
        return stack;
    }
}


/***/ }),

/***/ 3006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/config/inputs.ts + 12 modules
var inputs = __webpack_require__(324);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(8019);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/record.ts + 1 modules
var src_record = __webpack_require__(5892);
// EXTERNAL MODULE: ./src/error-stack.ts
var error_stack = __webpack_require__(2372);
// EXTERNAL MODULE: ./src/ship-state.ts
var ship_state = __webpack_require__(8913);
;// CONCATENATED MODULE: ./src/report/outputs.ts
/** An environment's outcome in the words of the ship's statuses. */
const ENVIRONMENT_STATUS = { shipped: 'shipped', planned: 'dry-run', untouched: 'aborted', restored: 'rolled-back', unknown: 'failed' };
/** The `environments` output: one key per environment the ship went to. */
function environmentsOutput(record) {
    return Object.fromEntries((record.environments ?? []).map((e) => [e.name, { 'deployment-id': e.deploymentId ?? null, 'deploy-run-id': e.runId ?? null, status: ENVIRONMENT_STATUS[e.outcome], version: e.version ?? null }]));
}
function outputsOf(record, reportFile) {
    const str = (v) => (v === undefined || v === null ? '' : String(v));
    return {
        status: record.status,
        version: str(record.version?.next),
        'previous-version': str(record.version?.previous),
        tag: str(record.version?.tag),
        sha: str(record.release?.commitSha),
        'release-id': str(record.release?.releaseId),
        'release-url': str(record.release?.releaseUrl),
        'deployment-id': str(record.deploy?.deploymentId),
        'deploy-run-id': str(record.deploy?.runId),
        'deploy-run-url': str(record.deploy?.runUrl),
        health: record.health?.verdict ?? 'skipped',
        'rolled-back': String(Boolean(record.rollback?.attempted && record.rollback.verified)),
        'report-file': reportFile,
        'report-json': JSON.stringify(record),
        environments: JSON.stringify(environmentsOutput(record))
    };
}

// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/report/dora-report.ts
var dora_report = __webpack_require__(9991);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/progressive.ts
var report_progressive = __webpack_require__(621);
// EXTERNAL MODULE: ./src/report/analysis-section.ts
var analysis_section = __webpack_require__(4796);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/report/views/deploy.ts
var deploy = __webpack_require__(544);
;// CONCATENATED MODULE: ./src/report/views/lock.ts
const STATES = {
    held: 'held by this run',
    released: 'taken by this run, released when it ended',
    blocked: 'held by another ship: not taken',
    planned: 'not taken (dry run)'
};
function lockView(record) {
    const lock = record.lock;
    if (!lock)
        return undefined;
    const c = record.context;
    const h = lock.holder;
    const label = lock.state === 'blocked' ? 'held by' : lock.how === 'taken-over' ? 'taken over from' : 'held by';
    return {
        ref: lock.ref,
        state: STATES[lock.state],
        summary: lock.summary,
        ...(h ? { holder: `run ${h.runId}${h.runAttempt && h.runAttempt !== '1' ? ` attempt ${h.runAttempt}` : ''}${h.since ? ` since ${h.since}` : ''}`, ...(h.runUrl ? { holderUrl: h.runUrl } : {}) } : {}),
        holderLabel: label,
        ...(lock.commitSha ? { commitSha: lock.commitSha, ...(c ? { commitUrl: `${c.serverUrl}/${c.owner}/${c.repo}/commit/${lock.commitSha}` } : {}) } : {}),
        waitedMs: lock.waitedMs,
        ...(lock.waitedFor ? { waitedFor: `run ${lock.waitedFor.runId}`, ...(lock.waitedFor.runUrl ? { waitedForUrl: lock.waitedFor.runUrl } : {}) } : {})
    };
}

// EXTERNAL MODULE: ./src/report/views/health.ts
var health = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/verify/window.ts + 3 modules
var verify_window = __webpack_require__(8375);
;// CONCATENATED MODULE: ./src/report/waves-section.ts
/**
 * The summary's Waves section (a ship with `waves`): one row per environment, wave by wave, with
 * its version after the ship, deployment, deploy run, health, window (the wave's bake), verdict,
 * times and approval; then where the line stopped, and the locks held.
 */


const VERDICT = {
    shipped: '✅ verified',
    planned: '🧪 planned',
    untouched: '⏹️ not changed',
    restored: '↩️ rolled back',
    unknown: '❌ may be wrong'
};
const ICON = { passed: '✅', failed: '❌', skipped: '–' };
/** `12:04:31 +1m 5s`: when the environment's unit started (UTC time of day) and how long it took. */
function times(e) {
    if (!e.startedAt)
        return '–';
    return `${e.startedAt.slice(11, 19)} +${(0,durations/* formatDuration */.a3)(e.durationMs ?? 0)}`;
}
function approval(e) {
    const a = e.approval;
    if (!a)
        return '–';
    const who = a.reviewers.length ? a.reviewers.join(', ') : 'a reviewer';
    return `${a.outcome === 'approved' ? `approved (${who})` : a.outcome} after ${(0,durations/* formatDuration */.a3)(a.waitedMs)}`;
}
function wavesSection(record) {
    const waves = record.waves;
    if (!waves)
        return '';
    const c = record.context;
    const deployments = c ? `${c.serverUrl}/${c.owner}/${c.repo}/deployments` : undefined;
    const envs = record.environments ?? [];
    const lines = [];
    const stopped = waves.stoppedAt;
    lines.push(stopped
        ? `The line stopped at ${(0,markdown/* code */.aY)(stopped.environment)} in wave ${(0,markdown/* code */.aY)(stopped.wave)}; no later wave started (rollback-scope ${(0,markdown/* code */.aY)(waves.scope)}). Waves verified before it: ${waves.verified.length ? waves.verified.map(markdown/* code */.aY).join(', ') : 'none'}.`
        : `${waves.verified.length} of ${waves.names.length} waves verified: ${waves.names.map(markdown/* code */.aY).join(' → ')}.`);
    lines.push((0,markdown/* table */.tp)(['wave', 'environment', 'version', 'deployment', 'deploy run', 'health', 'window', 'verdict', 'started, took', 'approval'], envs.map((e) => [
        e.wave ?? '',
        e.name,
        e.version ?? '?',
        (0,markdown/* raw */.lS)(e.deploymentId ? (0,markdown/* link */.nf)(`${e.deploymentId}${e.deployedBefore ? ' (before)' : ''}`, deployments ? `${deployments}?environment=${encodeURIComponent(e.name)}` : undefined) : '–'),
        (0,markdown/* raw */.lS)(e.runId ? (0,markdown/* link */.nf)(`run ${e.runId}`, e.runUrl) : '–'),
        e.health ? `${ICON[e.health]} ${e.health}` : '–',
        e.window ? `${ICON[e.window.verdict]} ${(0,durations/* formatDuration */.a3)(e.window.durationMs)}` : '–',
        `${VERDICT[e.outcome]}${e.failure ? `: ${(0,markdown/* cell */.Hn)(e.failure)}` : ''}`,
        times(e),
        approval(e)
    ])));
    const locks = record.locks ?? [];
    if (locks.length)
        lines.push(`Locks: ${locks.map((l) => `${(0,markdown/* code */.aY)(l.ref)} ${(0,markdown/* text */.Qq)(l.state)}`).join(', ')}.`);
    return `### Waves\n${lines.join('\n\n')}`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary, drawn from the ship record alone, the same way on every path.
 */












const ICONS = {
    shipped: '✅',
    blocked: '⛔',
    'rolled-back': '↩️',
    aborted: '⏹️',
    failed: '❌',
    'dry-run': '🧪'
};
/** GitHub refuses job summaries over 1 MiB; stay well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(record) {
    const parts = [];
    parts.push(`## ${ICONS[record.status]} ship-prod: ${record.status}`);
    parts.push(`**${(0,markdown/* text */.Qq)(record.headline)}**`);
    if (record.context) {
        const c = record.context;
        parts.push(`Commit ${(0,markdown/* code */.aY)(c.sha.slice(0, 12))} of \`${c.owner}/${c.repo}\`` +
            (c.branch ? ` (branch ${(0,markdown/* code */.aY)(c.branch)})` : '') +
            ` · environment ${(0,markdown/* code */.aY)(record.settings?.environment ?? '')}` +
            (record.settings?.dryRun ? ' · **dry run**' : ''));
    }
    const dora = (0,dora_report/* doraSummaryLine */.he)(record);
    if (dora)
        parts.push(dora);
    if (record.nextSteps.length) {
        parts.push(`### What to do next\n${record.nextSteps.map((s) => `- ${(0,markdown/* text */.Qq)(s)}`).join('\n')}`);
    }
    if (record.gates.length) {
        parts.push(`### Gates\n${(0,sections/* gatesTable */.vF)(record)}`);
    }
    const waves = wavesSection(record);
    if (waves)
        parts.push(waves);
    const lock = lockSection(record);
    if (lock)
        parts.push(lock);
    const release = releaseSection(record);
    if (release)
        parts.push(release);
    const deploy = deploySection(record);
    if (deploy)
        parts.push(deploy);
    const health = healthSection(record);
    if (health)
        parts.push(health);
    const progressive = (0,report_progressive/* progressiveSection */.p)(record, '###');
    if (progressive)
        parts.push(progressive);
    const analysis = (0,analysis_section/* analysisSection */.Q)(record, '###');
    if (analysis)
        parts.push(analysis);
    const rollback = rollbackSection(record);
    if (rollback)
        parts.push(rollback);
    if (record.plan.length)
        parts.push(`### What would happen\n${(0,sections/* planList */.i7)(record)}`);
    if (record.warnings.length)
        parts.push(`### Warnings\n${(0,sections/* warningsList */.e)(record)}`);
    if (record.stages.length) {
        parts.push(`### Timeline\n` +
            (0,markdown/* table */.tp)(['stage', 'result', 'took', 'what happened'], record.stages.map((s) => [s.environment ? `${s.name} (${s.environment})` : s.name, `${format/* STAGE_ICONS */.iu[s.state] ?? ''} ${s.state}`, (0,durations/* formatDuration */.a3)(s.durationMs), s.summary])));
    }
    const staged = Object.entries(record.api.byStage);
    // Requests made between stages (a deployment status after the rollback) count in the total too.
    const between = record.api.requests - staged.reduce((sum, [, n]) => sum + (n ?? 0), 0);
    const api = [...staged.map(([stage, n]) => `${stage}: ${n}`), ...(between > 0 ? [`between stages: ${between}`] : [])].join(', ');
    parts.push((0,markdown/* details */.zH)('Run details', [
        `API requests: ${record.api.requests}${api ? ` (${(0,markdown/* cell */.Hn)(api)})` : ''}`,
        record.settings ? `Settings:\n\n\`\`\`json\n${JSON.stringify(record.settings, null, 2).replace(/`/g, "'")}\n\`\`\`` : ''
    ]
        .filter(Boolean)
        .join('\n\n')));
    return fitSummary(parts);
}
function lockSection(record) {
    const view = lockView(record);
    if (!view)
        return '';
    const rows = [['ref', (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(view.ref))], ['state', view.state]];
    if (view.holder)
        rows.push([view.holderLabel, (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(view.holder, view.holderUrl))]);
    if (view.commitUrl)
        rows.push(['lock commit', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(view.commitSha.slice(0, 12), view.commitUrl))]);
    if (view.waitedFor)
        rows.push(['waited for', (0,markdown/* raw */.lS)(`${(0,markdown/* link */.nf)(view.waitedFor, view.waitedForUrl)} (${(0,durations/* formatDuration */.a3)(view.waitedMs)})`)]);
    return `### Environment lock\n${(0,markdown/* text */.Qq)(view.summary)}\n\n${(0,markdown/* table */.tp)(['', ''], rows)}`;
}
function releaseSection(record) {
    const v = record.version;
    if (!v)
        return '';
    const c = record.context;
    const repoUrl = c ? `${c.serverUrl}/${c.owner}/${c.repo}` : '';
    const r = record.release;
    const lines = [
        `**${(0,markdown/* text */.Qq)(v.previous || 'first release')} → ${(0,markdown/* text */.Qq)(v.next)}** · ${(0,markdown/* text */.Qq)(v.rule)}`,
        ''
    ];
    const rows = [];
    rows.push(['tag', (0,markdown/* raw */.lS)(repoUrl && r?.commitSha ? (0,markdown/* link */.nf)(v.tag, `${repoUrl}/tree/${v.tag}`) : (0,markdown/* code */.aY)(v.tag))]);
    if (r?.commitSha)
        rows.push(['release commit', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(r.commitSha.slice(0, 12), repoUrl ? `${repoUrl}/commit/${r.commitSha}` : undefined))]);
    if (r?.releaseId)
        rows.push(['release', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`${r.draft ? 'draft ' : ''}release ${r.releaseId}`, r.releaseUrl))]);
    if (r?.mergeBack)
        rows.push(['merge-back pull request', (0,markdown/* raw */.lS)(`${(0,markdown/* link */.nf)(`#${r.mergeBack.number}`, r.mergeBack.url)} from ${(0,markdown/* code */.aY)(r.mergeBack.branch)} (${r.mergeBack.action})`)]);
    if (rows.length)
        lines.push((0,markdown/* table */.tp)(['', ''], rows));
    if (r?.reused.length)
        lines.push('', `Reused (this ship had made them already): ${r.reused.map(markdown/* text */.Qq).join('; ')}`);
    if (v.changelogSection.trim())
        lines.push('', (0,markdown/* details */.zH)(`Changelog section of ${v.next}`, (0,markdown/* fenced */.OF)(v.changelogSection)));
    return `### Version and release\n${lines.join('\n')}`;
}
function deploySection(record) {
    const d = (0,deploy/* deployView */.ny)(record);
    if (!d || d.strategy === 'none')
        return '';
    const rows = [['strategy', d.strategy]];
    if (d.deploymentId)
        rows.push(['deployment', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`${d.deploymentId} (${record.settings?.environment ?? ''})`, d.deploymentsUrl))]);
    if (d.runId)
        rows.push(['deploy run', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`run ${d.runId}`, d.runUrl))]);
    if (d.approval)
        rows.push(['approval', (0,deploy/* approvalWords */.hl)(d.approval)]);
    if (d.conclusion)
        rows.push(['conclusion', d.conclusion]);
    if (d.durationMs !== undefined)
        rows.push(['took', (0,durations/* formatDuration */.a3)(d.durationMs)]);
    const parts = [`### Deploy\n${(0,markdown/* table */.tp)(['', ''], rows)}`];
    if (d.detail.length)
        parts.push((0,markdown/* details */.zH)('Deploy details', d.detail.map((l) => `- ${(0,markdown/* text */.Qq)(l)}`).join('\n')));
    return parts.join('\n\n');
}
const ms = (v) => (0,format/* durationOr */.Cm)(v, '–');
/** The window's p95 limit as the verdict used it: latency-threshold, or lower, from the baseline. */
function p95Limit(latencyThresholdMs, baselineP95Ms) {
    const fromBaseline = (0,verify_window/* regressionLimit */.rS)(baselineP95Ms);
    return fromBaseline !== undefined && fromBaseline < latencyThresholdMs
        ? `threshold ${ms(fromBaseline)} from the baseline p95 ${ms(baselineP95Ms)}; latency-threshold ${ms(latencyThresholdMs)}`
        : `latency-threshold ${ms(latencyThresholdMs)}`;
}
function healthSection(record) {
    const view = (0,health/* healthView */.g)(record);
    const h = view.record;
    if (!h || h.verdict === 'skipped')
        return '';
    const icon = h.verdict === 'passed' ? '✅' : '❌';
    const lines = [`### Verify\n${icon} **${h.verdict}**: ${(0,markdown/* text */.Qq)(h.reason)}`];
    const latencyLimit = view.latencyThresholdMs;
    if (view.checks.length) {
        lines.push((0,markdown/* table */.tp)(['check', 'samples', 'failures', 'p50', 'p95', 'last answer'], view.checks.map((c) => [c.name, c.samples, c.failures, ms(c.p50Ms), ms(c.p95Ms), c.lastReason])));
    }
    const facts = [];
    if (h.baseline)
        facts.push(`baseline before the deploy: p95 ${ms(h.baseline.p95Ms)}${h.baseline.warning ? ` (⚠️ ${(0,markdown/* text */.Qq)(h.baseline.warning)})` : ''}`);
    if (h.window) {
        const w = h.window;
        facts.push(`monitoring window: ${w.verdict === 'passed' ? '✅' : '❌'} ${(0,markdown/* text */.Qq)(w.reason)}; ${w.rounds} of ${w.plannedRounds} rounds in ${ms(w.durationMs)}${w.stoppedEarly ? ' (stopped early on a decisive breach)' : ''}; ` +
            `error rate ${w.errorRate === undefined ? '–' : w.errorRate.toFixed(3)} (error-rate-threshold ${w.thresholds.errorRate}), p95 ${ms(w.p95Ms)} (${p95Limit(latencyLimit ?? w.thresholds.latencyMs, h.baseline?.p95Ms)})`);
    }
    if (h.timeToDetectMs !== undefined)
        facts.push(`time to detect (first failing probe to verdict): ${ms(h.timeToDetectMs)}`);
    if (facts.length)
        lines.push(facts.map((f) => `- ${f}`).join('\n'));
    if (h.detail.length)
        lines.push((0,markdown/* details */.zH)('Verify details', h.detail.map((d) => `- ${(0,markdown/* text */.Qq)(d)}`).join('\n')));
    return lines.join('\n\n');
}
function rollbackSection(record) {
    const r = (0,deploy/* rollbackView */.yK)(record);
    if (!r)
        return '';
    const rows = [
        ['why', r.trigger],
        ['to', `${r.toTag} (${r.toVersion || 'no previous version'})`],
        ['how', r.strategy],
        ['attempted', r.attempted ? 'yes' : 'no'],
        ['verified healthy', r.verified ? '✅ yes' : '❌ no']
    ];
    if (r.runId)
        rows.push(['rollback run', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`run ${r.runId}`, r.runUrl))]);
    if (r.approval)
        rows.push(['approval', (0,deploy/* approvalWords */.hl)(r.approval)]);
    if (r.timeToRestoreMs !== undefined)
        rows.push(['time to restore (verdict to verified rollback)', ms(r.timeToRestoreMs)]);
    const parts = [`### Rollback\n${(0,markdown/* text */.Qq)(r.summary)}\n\n${(0,markdown/* table */.tp)(['', ''], rows)}`];
    if (r.detail.length)
        parts.push((0,markdown/* details */.zH)('Rollback details', r.detail.map((d) => `- ${(0,markdown/* text */.Qq)(d)}`).join('\n')));
    return parts.join('\n\n');
}
/** Drops the longest parts (from the end) until the summary fits, and says so. */
function fitSummary(parts) {
    let out = parts.join('\n\n') + '\n';
    if (Buffer.byteLength(out) <= SUMMARY_LIMIT_BYTES)
        return out;
    const kept = [...parts];
    while (kept.length > 2 && Buffer.byteLength(kept.join('\n\n')) > SUMMARY_LIMIT_BYTES - 200)
        kept.pop();
    out = kept.join('\n\n') + `\n\n_The summary was cut to stay under GitHub's 1 MiB limit; the report file and \`report-json\` hold everything._\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/report/publish.ts
/**
 * Publishes a finished record: job summary, outputs, and the job's verdict. The job fails for
 * blocked, rolled-back and failed; a rollback is never reported as success.
 */




async function publishRecord(record, reportFile = '') {
    const outputs = outputsOf(record, reportFile);
    // Secrets are never put in the record; redacting what is published is the second line of defence.
    for (const [name, value] of Object.entries((0,secrets/* redactOutputs */.US)(outputs)))
        core/* setOutput */.uH(name, value);
    try {
        await core/* summary */.z.addRaw((0,secrets/* redactSecrets */.fp)(renderSummary(record))).write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${error.message}`);
    }
    if (record.status === 'shipped' || record.status === 'dry-run') {
        core/* notice */.lm(record.headline, { title: `ship-prod: ${record.status}` });
    }
    else {
        core/* setFailed */.C1(`ship-prod: ${record.status}: ${record.headline}`);
    }
}

// EXTERNAL MODULE: ./src/notify/settings.ts
var settings = __webpack_require__(1188);
;// CONCATENATED MODULE: ./src/notify/message.ts
/**
 * The end-of-ship notification (pure but for the secrets registry): `text`, one line for
 * Slack-compatible incoming webhooks (status, version, repository, a link to the run), and
 * `ship`, the report-json object, redacted as report-json is (header and deploy-inputs values,
 * webhook URLs, any registered secret).
 *
 * Text from outside (the headline carries gate reasons with state-file values, what a service
 * answered, commit text; the environment and repository names) is shown as text: it cannot ping
 * (`@channel`, `@here`, `<!here>`), link (`<url|text>`, `[text](url)`, a bare URL or domain that
 * the chat would link by itself) or format HTML. The one live link is the run's.
 */

const message_ICONS = {
    shipped: ':white_check_mark:',
    'rolled-back': ':leftwards_arrow_with_hook:',
    aborted: ':stop_button:',
    failed: ':x:',
    blocked: ':no_entry:',
    'dry-run': ':test_tube:'
};
/** Slack's three control characters in message text. */
function slackEscape(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\r\n]+/g, ' ');
}
/** A domain the chat would link by itself (`evil.example`, `www.evil.example/x`, `CHANGELOG.md`): dotted labels ending in letters. */
const DOMAIN = /(?<![\p{L}\p{N}_.-])(?:[\p{L}\p{N}_-]+\.)+\p{L}{2,}(?![\p{L}\p{N}_-])/gu;
/**
 * Untrusted text made inert for Slack, Mattermost, Discord and Teams: Slack's control characters
 * escaped, `@` shown as the full-width `＠` (no mention can form), `](` split so no Markdown
 * link or image forms, and the URLs and domains the chat would auto-link defanged
 * (`https[:]//evil[.]example/x`): the text stays readable and nothing in it is live.
 */
function chatText(value) {
    return slackEscape(value)
        .replace(/@/g, '\uFF20')
        .replace(/\]\(/g, '] (')
        .replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, '$1[:]//')
        .replace(DOMAIN, (domain) => domain.replace(/\./g, '[.]'));
}
/** `:white_check_mark: ship-prod shipped v1.5.0 (1.4.0 → 1.5.0) of acme/app to production: <url|run 42>`. */
function notificationText(record) {
    const c = record.context;
    const v = record.version;
    const what = v ? `${v.tag} (${v.previous || 'first release'} → ${v.next})` : c ? c.sha.slice(0, 7) : 'a commit';
    const repo = c ? `${c.owner}/${c.repo}` : 'the repository';
    const environment = record.settings?.environment ?? 'production';
    const headline = record.headline.length > 300 ? `${record.headline.slice(0, 297)}…` : record.headline;
    const run = c?.runUrl ? ` <${c.runUrl}|run ${slackEscape(c.runId)}>` : '';
    return `${message_ICONS[record.status]} ship-prod ${record.status}: ${chatText(what)} of ${chatText(repo)} to ${chatText(environment)}. ${chatText(headline)}${run}`;
}
/** The JSON body sent to every webhook: every registered secret redacted from the text and the record. */
function notificationBody(record) {
    const shown = (0,secrets/* redactJson */.Kp)(record);
    return JSON.stringify({ text: notificationText(shown), ship: shown });
}

// EXTERNAL MODULE: ./src/verify/probe.ts
var probe = __webpack_require__(4119);
;// CONCATENATED MODULE: ./src/notify/webhook.ts
/**
 * Sends the end-of-ship notification: one JSON POST per `notify-webhook` URL, in parallel. Each
 * attempt has a 5 s timeout, and at most 16 KiB of an answer is read (only its status counts); a 5xx answer or a reset connection is tried again (three attempts in
 * all, a short pause between); a timeout is not (the receiver may have the message already). What
 * still fails is a warning; the ship's status never changes because of it.
 *
 * The URLs are secrets: nothing here ever shows one. Each is named by its position (`webhook 1`),
 * and error texts are reduced to a code (`ECONNRESET`), which never carries the host.
 */




/** The most of a webhook's answer that is read (the rest is discarded): the status is what counts. */
const MAX_ANSWER_BYTES = 16 * 1024;
const NOTIFY_TIMEOUT_MS = 5_000;
const NOTIFY_ATTEMPTS = 3;
/** The code of a failed fetch (`ECONNRESET`, `timeout`), never its message (which names the host). */
function failureCode(error) {
    const e = error;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.cause?.name === 'TimeoutError')
        return { code: 'timeout', retry: false };
    const code = e?.cause?.code ?? e?.code ?? 'network error';
    return { code: String(code).replace(/[^A-Za-z0-9_ -]/g, ''), retry: true };
}
async function sendOne(url, name, body, opts = {}) {
    const doFetch = opts.fetch ?? globalThis.fetch;
    const attempts = Math.max(1, opts.attempts ?? NOTIFY_ATTEMPTS);
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let last = '';
    let tried = 0;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        tried = attempt;
        if (attempt > 1)
            await sleep(opts.pauseMs ? opts.pauseMs(attempt - 1) : 300 * (attempt - 1));
        try {
            const response = await doFetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'user-agent': 'ship-prod' },
                body,
                redirect: 'manual',
                signal: AbortSignal.timeout(opts.timeoutMs ?? NOTIFY_TIMEOUT_MS)
            });
            await (0,probe/* readBody */.x8)(response, MAX_ANSWER_BYTES).catch(() => undefined);
            if (response.status >= 200 && response.status < 300) {
                return { name, ok: true, attempts: attempt, summary: `${name}: delivered (HTTP ${response.status}${attempt > 1 ? `, attempt ${attempt}` : ''})` };
            }
            last = `HTTP ${response.status}`;
            if (response.status < 500)
                break;
        }
        catch (error) {
            const { code, retry } = failureCode(error);
            last = code === 'timeout' ? `no answer within ${(opts.timeoutMs ?? NOTIFY_TIMEOUT_MS) / 1000}s` : code;
            if (!retry)
                return { name, ok: false, attempts: attempt, summary: `${name}: not delivered (${last})` };
        }
    }
    return { name, ok: false, attempts: tried, summary: `${name}: not delivered (${last}${tried > 1 ? ` after ${tried} attempts` : ''})` };
}
/**
 * Notifies every webhook that the ship ended (never in a dry run), records the results and adds a
 * warning for each failure. `urls` come from the settings: the record only holds their names.
 */
async function notifyShipEnd(record, urls, opts = {}) {
    if (!urls.length || record.status === 'dry-run')
        return;
    const body = notificationBody(record);
    const results = await Promise.all(urls.map((url, i) => sendOne(url, (0,settings/* webhookName */.h)(i), body, opts)));
    record.delivery = { ...record.delivery, notifications: results };
    for (const r of results) {
        if (r.ok) {
            core/* info */.pq(`notify: ${r.summary}`);
        }
        else {
            const warning = `notification ${r.summary}; the ship's status is unchanged`;
            record.warnings.push(warning);
            core/* warning */.$e(warning);
        }
    }
}

// EXTERNAL MODULE: ./src/verify/check-spec.ts
var check_spec = __webpack_require__(3053);
// EXTERNAL MODULE: ./src/notify/inputs.ts
var notify_inputs = __webpack_require__(3052);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * Entry: read the inputs and the runner's facts, run the pipeline, and finish the ship (notify,
 * the state file, the report file, the summary and outputs). Nothing else.
 */











async function run(env = process.env) {
    // The cancellation post step (action.yml post-if: cancelled()) runs only when this is saved.
    core/* saveState */.LZ(ship_state/* IS_POST_KEY */.y_, 'true');
    let record;
    let settings;
    try {
        settings = await (0,inputs/* readSettingsLoadingLibraries */.ZB)(env);
        const facts = (0,context/* readRunnerFacts */.cw)(env);
        const [owner, repo] = facts.repository.split('/');
        // Loaded once the inputs are good: a refused input is reported without the client and stages.
        const { createClient, runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(56), __webpack_require__.e(59), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 5450));
        const client = createClient({ token: settings.token, owner, repo, apiUrl: facts.apiUrl, timeScale: facts.timeScale });
        record = await runPipeline(settings, facts, client);
    }
    catch (error) {
        record = (0,src_record/* newRecord */.M)(settings);
        if (error instanceof inputs/* InputError */.dz) {
            // One annotation per bad input, titled with the input's name (the run page shows them).
            error.problems.forEach((problem, i) => core/* error */.z3(problem, { title: error.inputs[i] }));
            (0,src_record/* conclude */.E)(record, { at: 'inputs', inputs: error.inputs, problems: error.problems });
        }
        else if (error instanceof context/* ContextError */.af) {
            (0,src_record/* conclude */.E)(record, { at: 'runner', reason: error.message });
        }
        else {
            core/* error */.z3((0,error_stack.readableStack)(error));
            (0,src_record/* conclude */.E)(record, { at: 'bug', reason: error instanceof Error ? error.message : String(error) });
        }
    }
    // Bad inputs lose the settings, not the webhooks: notify-webhook is read on its own then.
    const webhooks = settings ? (settings.notify?.webhooks ?? []) : (0,notify_inputs/* readWebhooksAlone */.kg)(env[(0,inputs/* inputEnvName */.d_)('notify-webhook')] ?? '');
    // Everything shown from here on is drawn from the record: no secret in it, whatever its shape.
    record = (0,secrets/* redactJson */.Kp)(record);
    await notifyShipEnd(record, webhooks);
    let reportFile = '';
    if (record.settings) {
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const [{ recordInStateFile }, { writeReportFile }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(352)]).then(__webpack_require__.bind(__webpack_require__, 4352)), Promise.all(/* import() */[__webpack_require__.e(56), __webpack_require__.e(192), __webpack_require__.e(280), __webpack_require__.e(59), __webpack_require__.e(603)]).then(__webpack_require__.bind(__webpack_require__, 1726))]);
        await recordInStateFile(record, workspace, { productionUrl: (0,check_spec/* originOf */.y)(record.settings.health.checks) });
        try {
            reportFile = writeReportFile(record, workspace);
        }
        catch (error) {
            core/* warning */.$e(`Could not write the report file: ${error.message}`);
        }
    }
    await publishRecord(record, reportFile);
    (0,ship_state/* saveShipState */.hv)({ phase: 'done' });
}


/***/ }),

/***/ 1188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ webhookName)
/* harmony export */ });
/** The notification settings (`notify-webhook`), read by notify/inputs.ts. A leaf of config/settings.ts. */
/** The only way a notify-webhook URL is ever shown: by its position. */
function webhookName(index) {
    return `webhook ${index + 1}`;
}


/***/ }),

/***/ 5892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ conclude),
  M: () => (/* binding */ newRecord)
});

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/notify/settings.ts
var notify_settings = __webpack_require__(1188);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(8019);
;// CONCATENATED MODULE: ./src/config/public-settings.ts
/**
 * The settings as the report may show them: no token, header and deploy-inputs values replaced
 * by `***`, webhook URLs by their names (`webhook 1`).
 */


const hideHeaders = (checks) => checks.map((c) => ({ ...c, headers: (0,secrets/* hideValues */.X8)(c.headers) }));
function publicSettings(settings) {
    const { token: _token, ...rest } = settings;
    return {
        ...rest,
        deploy: { ...rest.deploy, inputs: (0,secrets/* hideValues */.X8)(rest.deploy.inputs) },
        health: { ...rest.health, checks: hideHeaders(rest.health.checks) },
        monitor: { ...rest.monitor, ...(rest.monitor.metrics ? { metrics: rest.monitor.metrics.map((m) => ({ ...m, ...(m.headers ? { headers: (0,secrets/* hideValues */.X8)(m.headers) } : {}) })) } : {}) },
        ...(rest.progressive ? { progressive: { ...rest.progressive, smokeChecks: hideHeaders(rest.progressive.smokeChecks) } } : {}),
        ...(rest.notify ? { notify: { webhooks: rest.notify.webhooks.map((_, i) => (0,notify_settings/* webhookName */.h)(i)) } } : {}),
        ...(rest.analysis ? { analysis: { ...rest.analysis, baselineChecks: hideHeaders(rest.analysis.baselineChecks) } } : {}),
        ...(rest.waves
            ? {
                waves: {
                    ...rest.waves,
                    list: rest.waves.list.map((wave) => ({
                        ...wave,
                        environments: wave.environments.map((e) => ({ ...e, checks: hideHeaders(e.checks), smokeChecks: hideHeaders(e.smokeChecks), deployInputs: (0,secrets/* hideValues */.X8)(e.deployInputs) }))
                    }))
                }
            }
            : {})
    };
}

// EXTERNAL MODULE: ./src/ending.ts
var src_ending = __webpack_require__(880);
// EXTERNAL MODULE: ./src/gates/freeze.ts
var freeze = __webpack_require__(4545);
// EXTERNAL MODULE: ./src/report/dora.ts
var dora = __webpack_require__(3952);
;// CONCATENATED MODULE: ./src/record.ts
/**
 * A ship record's start and end: `newRecord` (what every path reports from, also a run whose
 * inputs were refused) and `conclude` (where it stopped, then the ending: status, headline, next
 * steps; the DORA figures; a freeze window that opened during the ship). Apart from pipeline.ts
 * so that main can report bad inputs without loading the stages and the GitHub client (start-up;
 * see scripts/measure-startup.ts).
 */





function newRecord(settings, clock = src_clock/* systemClock */.m) {
    return {
        schema: 'ship-prod/report@1',
        startedAt: new Date(clock.now()).toISOString(),
        settings: settings ? publicSettings(settings) : undefined,
        stages: [],
        gates: [],
        plan: [],
        warnings: [],
        api: { requests: 0, byStage: {} },
        status: 'failed',
        headline: '',
        nextSteps: []
    };
}
/** Ends the ship: where it stopped (if it did), then the status, headline and next steps, and the DORA figures. */
function conclude(record, halt) {
    if (halt)
        record.halt = halt;
    const ending = (0,src_ending/* decideEnding */.cc)(record);
    record.status = ending.status;
    record.headline = ending.headline;
    record.nextSteps.push(...ending.nextSteps);
    record.dora = (0,dora/* computeDora */.eJ)(record);
    (0,freeze/* noteFreezeOpened */.JP)(record);
    return record;
}


/***/ }),

/***/ 4796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ analysisSection)
/* harmony export */ });
/* harmony import */ var _verify_analysis_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9461);
/* harmony import */ var _verify_analysis_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2632);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);




const ICONS = { pass: '✅', fail: '❌', inconclusive: '❔' };
const ROLES = { production: 'production (health check)', new: 'new version (smoke check)', old: 'old version (baseline check)' };
const ms = (v) => (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .durationOr */ .Cm)(v, '–');
function windowPart(w, heading) {
    const parts = [`${heading} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(w.window)} window: ${ICONS[w.verdict]} ${w.verdict}${w.verdict === 'inconclusive' ? ' (a failure: only a pass promotes)' : ''}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(w.reason)];
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['series', 'what it probes', 'probes', 'failed', 'p50', 'p95', 'verdict'], w.series.map((s) => [s.name, ROLES[s.role], s.probes, s.errorRate === undefined ? '–' : `${s.errors} (${(0,_verify_analysis_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(s.errorRate)})`, ms(s.p50Ms), ms(s.p95Ms), `${ICONS[s.verdict]} ${s.verdict}`])));
    if (w.comparisons.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['new against old', 'metric', 'test', 'p-value', 'verdict'], w.comparisons.flatMap((c) => c.tests.map((t) => [`${c.newName} against ${c.oldName}`, t.metric, t.test, t.pValue === undefined ? '–' : (0,_verify_analysis_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .formatP */ .MA)(t.pValue).replace(/^p (= )?/, ''), `${ICONS[t.verdict]} ${t.reason}`]))));
    }
    return parts.join('\n\n');
}
function analysisSection(record, heading) {
    const windows = record.health?.analysis ?? [];
    const a = record.settings?.analysis;
    if (!a && windows.length === 0)
        return '';
    const comparing = Boolean(a?.baselineChecks.length);
    const how = [
        'Each window ends `pass`, `fail` or `inconclusive`; only `pass` promotes.',
        `Each series needs at least ${a?.minSamples ?? windows[0]?.minSamples ?? 0} probes.`,
        comparing
            ? `The new version (smoke-checks) is compared with the old one (baseline-checks) probed in the same rounds, one-sided at 95% confidence: failed probes by Boschloo's exact test; latency by the Mann-Whitney U test, failing only with a median at least ${Math.round((_verify_analysis_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LATENCY_MIN_RATIO */ .Cu - 1) * 100)}% and ${_verify_analysis_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LATENCY_MIN_MS */ .Xx} ms above the old one's. The fixed thresholds stay hard limits.`
            : ''
    ]
        .filter(Boolean)
        .join(' ');
    const none = record.status === 'dry-run' ? 'Not run: this was a dry run.' : 'No window was analysed (the ship ended before its first monitoring window).';
    const body = windows.length > 0 ? windows.map((w) => windowPart(w, heading === '##' ? '###' : '####')).join('\n\n') : `_${none}_`;
    return `${heading} Analysis\n\n${how}\n\n${body}`;
}


/***/ }),

/***/ 9991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   he: () => (/* binding */ doraSummaryLine),
/* harmony export */   wW: () => (/* binding */ doraReportSection)
/* harmony export */ });
/* unused harmony export doraLine */
/* harmony import */ var _dora_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3952);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


/** The one summary line: `DORA: lead time 3h 2m · deploy 4m 10s · change failed: no · …`. */
function doraLine(dora) {
    const failed = dora.changeFailed === null ? 'n/a' : dora.changeFailed ? 'yes' : 'no';
    return (`DORA: lead time for changes ${(0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.leadTimeSeconds)} · deploy duration ${(0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.deployDurationSeconds)} · ` +
        `change failed: ${failed} · time to detect ${(0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.timeToDetectSeconds)} · time to restore ${(0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.timeToRestoreSeconds)}`);
}
/** The summary's line, or '' when there is nothing to show (a blocked run). */
function doraSummaryLine(record) {
    return (0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .hasDora */ .BJ)(record.dora) ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(doraLine(record.dora)) : '';
}
/** The report file's section, or '' when there is nothing to show. */
function doraReportSection(record) {
    const dora = record.dora;
    if (!(0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .hasDora */ .BJ)(dora))
        return '';
    const failed = dora.changeFailed === null ? 'n/a (production was not changed)' : dora.changeFailed ? 'yes' : 'no';
    const rows = [
        ['Lead time for changes', (0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.leadTimeSeconds), 'oldest commit of this release to production verified healthy'],
        ['Deploy duration', (0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.deployDurationSeconds), 'the deploy itself (run time of the deploy workflow)'],
        ['Change failed', failed, 'the deploy changed production and the ship then failed'],
        ['Time to detect', (0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.timeToDetectSeconds), 'first failing probe to the failure verdict'],
        ['Time to restore', (0,_dora_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(dora.timeToRestoreSeconds), 'failure verdict to the verified rollback']
    ];
    return `## DORA figures\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['figure', 'value', 'measured as'], rows)}\n\nThe same figures, in seconds, are in \`report-json\` under \`dora\`.`;
}


/***/ }),

/***/ 3952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ hasDora),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   eJ: () => (/* binding */ computeDora)
/* harmony export */ });
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6503);
/**
 * DORA figures of one ship, from the record alone (pure): how long a change took to reach
 * production, how long the deploy took, whether the change failed in production, and how long
 * detecting and restoring took. A figure that does not apply to this ship is null, never 0.
 *
 * - leadTimeSeconds: the oldest commit of this release (committer date; the commits since the
 *   previous tag) to production verified healthy (the end of the verify stage, window included;
 *   with waves, the last wave's).
 *   Without health checks, to the end of the deploy, the latest moment known. Null unless shipped.
 * - deployDurationSeconds: the deploy (run time by GitHub's timestamps for a workflow). Null when
 *   nothing was deployed.
 * - changeFailed: the deploy changed production and the ship then failed (rolled back or failed);
 *   false for a ship; null when production was not changed (blocked, dry run, stopped before).
 * - timeToDetectSeconds: first failing probe to the failure verdict. Null without such a failure.
 * - timeToRestoreSeconds: the failure verdict to the verified rollback. Null unless rolled back.
 */

const seconds = (ms) => (ms === undefined || !Number.isFinite(ms) || ms < 0 ? null : Math.round(ms) / 1000);
function endOf(stage) {
    if (!stage)
        return undefined;
    const start = Date.parse(stage.startedAt);
    return Number.isFinite(start) ? start + stage.durationMs : undefined;
}
/**
 * When production was known to run the new version: verified healthy, else deployed (no checks).
 * With waves, the last environment of the last wave verified (the latest such stage).
 */
function productionSince(record) {
    const latest = (name) => {
        const ends = record.stages.filter((s) => s.name === name && s.state === 'done').map(endOf).filter((t) => t !== undefined);
        return ends.length ? Math.max(...ends) : undefined;
    };
    if (record.health?.verdict === 'passed')
        return latest('verify');
    if (record.deploy && record.deploy.strategy !== 'none')
        return latest('deploy');
    return undefined;
}
function computeDora(record) {
    const deployed = Boolean(record.deploy?.deploymentId) && !record.deploy?.untouched && !record.deploy?.alreadySucceeded;
    const failedAfterDeploy = deployed && (record.status === 'rolled-back' || record.status === 'failed');
    const oldest = Date.parse(record.version?.oldestCommitAt ?? '');
    const since = record.status === 'shipped' ? productionSince(record) : undefined;
    return {
        leadTimeSeconds: since !== undefined && Number.isFinite(oldest) ? seconds(since - oldest) : null,
        deployDurationSeconds: deployed || record.status === 'shipped' ? seconds(record.deploy?.durationMs) : null,
        changeFailed: record.status === 'shipped' ? false : failedAfterDeploy ? true : null,
        timeToDetectSeconds: failedAfterDeploy ? seconds(record.health?.timeToDetectMs) : null,
        timeToRestoreSeconds: record.status === 'rolled-back' ? seconds(record.rollback?.timeToRestoreMs) : null
    };
}
/** A figure for people: `4m 10s`, `1.2s`, or `n/a` (null). */
function formatSeconds(value) {
    return value === null ? 'n/a' : (0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(value * 1000);
}
/** Are there figures worth showing (not all n/a, as for a blocked run)? */
function hasDora(dora) {
    return Boolean(dora) && Object.values(dora).some((v) => v !== null);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ durationOr),
/* harmony export */   YO: () => (/* binding */ productionUrlOf),
/* harmony export */   iu: () => (/* binding */ STAGE_ICONS)
/* harmony export */ });
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6503);
/* harmony import */ var _verify_check_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3053);
/**
 * Helpers the job summary and the report file share, defined once: stage icons, durations that
 * may be missing, and where production answers.
 */


const STAGE_ICONS = { done: '✅', planned: '📝', skipped: '⏭️', failed: '❌' };
/** A duration in ms for people, or `missing` when there is none. */
function durationOr(value, missing) {
    return value === undefined ? missing : (0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(value);
}
/**
 * Where production answers: the origin of the first health check's URL, from the settings (or,
 * for a record, the checks it probed). Undefined without health checks.
 */
function productionUrlOf(source, fallback) {
    return (0,_verify_check_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .originOf */ .y)(source.health?.checks.length ? source.health.checks : (fallback?.checks ?? []));
}


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ progressiveSection)
/* harmony export */ });
/* harmony import */ var _verify_window_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8375);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2011);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



const VERDICT_ICONS = { passed: '✅', failed: '❌', 'not reached': '⏭️' };
const ms = (v) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .durationOr */ .Cm)(v, '–');
function commandLine(label, c) {
    return `- ${label}: ${c.ok ? '✅' : '❌'} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(c.summary)}`;
}
/** `12:03:04.512 UTC` (the day is in the report's header). */
function clockTime(iso) {
    return iso ? `${iso.slice(11, 23)} UTC` : '–';
}
function progressiveSection(record, heading) {
    const d = record.delivery;
    if (!d)
        return '';
    const lines = [];
    if (d.preDeploy) {
        lines.push(commandLine('pre-deploy command', d.preDeploy) + (d.preDeploy.ok ? '' : ' — nothing was deployed, production was not changed'));
    }
    if (d.smoke)
        lines.push(`- smoke checks on the new version: ${d.smoke.verdict === 'passed' ? '✅' : '❌'} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(d.smoke.reason)}`);
    const t = d.traffic;
    if (t?.productionVerified)
        lines.push(`- production: ${t.productionVerified.verified ? '✅' : '❌'} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(t.productionVerified.summary)}`);
    const parts = [];
    if (lines.length)
        parts.push(lines.join('\n'));
    if (t && t.steps.some((s) => s.verdict !== 'not reached')) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['step', 'traffic', 'when', 'error rate', 'p95', 'answers by version', 'verdict'], t.steps.map((s, i) => [
            i + 1,
            `${s.percent}%`,
            clockTime(s.at),
            s.errorRate === undefined ? '–' : `${(0,_verify_window_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(s.errorRate)} of ${s.probes}`,
            ms(s.p95Ms),
            s.versions ? Object.entries(s.versions).map(([v, n]) => `${v}: ${n}`).join(', ') : '–',
            `${VERDICT_ICONS[s.verdict]} ${s.verdict === 'not reached' ? 'not reached' : s.reason}`
        ])));
    }
    const after = [];
    if (t?.switchBack) {
        const sb = t.switchBack;
        after.push(`- switch-back (SHIP_TRAFFIC=0) at ${clockTime(sb.at)}: ${sb.ok && sb.verified ? '✅ all traffic back on the previous version, verified' : sb.ok ? '❌ moved back, not verified' : '❌ the traffic command failed'} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(sb.summary)})`);
        if (record.health?.timeToDetectMs !== undefined)
            after.push(`- time to detect (first failing probe to verdict): ${ms(record.health.timeToDetectMs)}`);
        if (record.rollback?.timeToRestoreMs !== undefined)
            after.push(`- time to restore (verdict to traffic verified on the previous version): ${ms(record.rollback.timeToRestoreMs)}`);
    }
    if (t && !t.switchBack && t.steps.some((s) => s.verdict !== 'not reached'))
        after.push(`- traffic on the new version when the ship ended: ${t.percent}%`);
    if (d.cleanup)
        after.push(d.cleanup.skipped ? `- cleanup command: ⏭️ not run: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(d.cleanup.skipped)}` : commandLine('cleanup command', d.cleanup).replace('❌', '⚠️') + (d.cleanup.ok ? '' : ' (a warning: the ship stays shipped)'));
    for (const n of d.notifications ?? [])
        after.push(`- notification ${n.ok ? '✅' : '⚠️'} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(n.summary)}`);
    if (after.length)
        parts.push(after.join('\n'));
    if (!parts.length)
        return '';
    return `${heading} Progressive delivery\n\n${parts.join('\n\n')}`;
}


/***/ }),

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ warningsList),
/* harmony export */   i7: () => (/* binding */ planList),
/* harmony export */   vF: () => (/* binding */ gatesTable)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

function gatesTable(record) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['gate', 'expected', 'found', 'where', 'verdict'], record.gates.map((g) => [g.name, g.expected, g.found, g.where, g.passed ? '✅ pass' : `❌ ${g.reason}`]));
}
function planList(record) {
    return record.plan
        .map((p) => {
        if (!p.detail)
            return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(p.what)}`;
        if (!p.detail.includes('\n'))
            return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(p.what)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(p.detail)}`;
        return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(p.what)}:\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenced */ .OF)(p.detail, '  ')}\n`;
    })
        .join('\n');
}
function warningsList(record) {
    return record.warnings.map((w) => `- ⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(w)}`).join('\n');
}


/***/ }),

/***/ 544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hl: () => (/* binding */ approvalWords),
/* harmony export */   ny: () => (/* binding */ deployView),
/* harmony export */   yK: () => (/* binding */ rollbackView)
/* harmony export */ });
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6503);
/**
 * The deploy and rollback views of a ship: how it deployed (in words), the deployment and runs
 * with their links, and the rollback's facts. Both renderers draw their sections from them.
 */

function deployView(record) {
    const d = record.deploy;
    if (!d)
        return undefined;
    const s = record.settings;
    const c = record.context;
    const how = d.strategy.split('+').map((part) => {
        if (part === 'workflow')
            return `workflow ${s?.deploy.workflow ?? ''}`.trim();
        if (part === 'branch')
            return `branch ${s?.deploy.branch ?? ''}`.trim();
        if (part === 'command')
            return 'deploy-command';
        if (part === 'none')
            return 'nothing deployed by ship-prod';
        return part;
    });
    return { ...d, how: how.join(', then '), ...(c ? { deploymentsUrl: `${c.serverUrl}/${c.owner}/${c.repo}/deployments` } : {}) };
}
function rollbackView(record) {
    const r = record.rollback;
    if (!r)
        return undefined;
    const detect = record.health?.timeToDetectMs;
    return { ...r, ...(detect !== undefined ? { timeToDetectMs: detect } : {}) };
}
/** `waited 4s for production's reviewers (@alice, team ops): approved`. */
function approvalWords(a) {
    const who = a.reviewers.length ? ` (${a.reviewers.join(', ')})` : '';
    const outcome = a.outcome === 'timed-out' ? 'not approved within approval-timeout: the run was cancelled' : a.outcome;
    return `waited ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(a.waitedMs)} for the reviewers of ${a.environment}${who}: ${outcome}`;
}


/***/ }),

/***/ 6929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ healthView)
/* harmony export */ });
function healthView(record) {
    const s = record.settings;
    const h = record.health;
    const latencyThresholdMs = s?.monitor.latencyThresholdMs;
    const checks = (h?.checks ?? []).map((c) => {
        const own = s?.health.checks.find((spec) => spec.name === c.name)?.maxLatencyMs;
        const limit = own !== undefined ? { ms: own, per: 'probe' } : latencyThresholdMs !== undefined ? { ms: latencyThresholdMs, per: 'p95' } : undefined;
        return { ...c, ...(limit ? { limit } : {}), over: limit !== undefined && c.p95Ms !== undefined && c.p95Ms > limit.ms };
    });
    const w = h?.window;
    return {
        configured: Boolean(s && s.health.checks.length > 0),
        ...(record.status === 'dry-run' && s ? { planned: s.health.checks.map((c) => ({ name: c.name, method: c.method, url: c.url, ...(c.maxLatencyMs !== undefined ? { maxLatencyMs: c.maxLatencyMs } : {}) })) } : {}),
        ...(h ? { record: h } : {}),
        checks,
        ...(w
            ? {
                window: {
                    ...w,
                    rateOver: w.errorRate !== undefined && w.errorRate > w.thresholds.errorRate,
                    p95Over: w.p95Ms !== undefined && w.p95Ms > w.thresholds.latencyMs
                }
            }
            : {}),
        ...(latencyThresholdMs !== undefined ? { latencyThresholdMs } : {})
    };
}


/***/ }),

/***/ 3053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ originOf)
/* harmony export */ });
/** Where production answers: the origin of the first check's URL. */
function originOf(checks) {
    const first = checks[0]?.url;
    if (!first)
        return undefined;
    try {
        return new URL(first).origin;
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=6.index.js.map