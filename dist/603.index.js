export const id = 603;
export const ids = [603];
export const modules = {

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


/***/ }),

/***/ 1726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeReportFile: () => (/* binding */ writeReportFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(8019);
// EXTERNAL MODULE: ./src/workspace/confine.ts
var confine = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/report/dora-report.ts
var dora_report = __webpack_require__(9991);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/deploy/strategies/registry.ts + 6 modules
var registry = __webpack_require__(7280);
;// CONCATENATED MODULE: ./src/report/views/facts.ts

/** A word safe for POSIX shells as is, or single-quoted. */
function shq(value) {
    if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function factsOf(record) {
    const c = record.context;
    const s = record.settings;
    const repoUrl = c ? `${c.serverUrl.replace(/\/+$/, '')}/${c.owner}/${c.repo}` : '';
    let host = 'github.com';
    try {
        if (c)
            host = new URL(c.serverUrl).host;
    }
    catch {
        // keep github.com
    }
    const onDotCom = host === 'github.com';
    const tagPrefix = s?.tagPrefix ?? 'v';
    const previous = record.version?.previous ?? '';
    const deployStage = record.stages.find((st) => st.name === 'deploy');
    const deployStarted = Boolean(record.deploy?.deploymentId) && !record.deploy?.untouched && deployStage?.state !== 'planned';
    return {
        repoUrl,
        ghRepo: c ? (onDotCom ? `${c.owner}/${c.repo}` : `${host}/${c.owner}/${c.repo}`) : 'OWNER/REPO',
        ghApiHost: onDotCom ? '' : `--hostname ${shq(host)} `,
        environment: s?.environment ?? 'production',
        tagPrefix,
        previous,
        previousTag: previous ? `${tagPrefix}${previous}` : '',
        next: record.version?.next ?? '',
        tag: record.version?.tag ?? '',
        productionUrl: (0,format/* productionUrlOf */.YO)(record.settings ?? {}, record.health),
        deployStarted,
        deployedAt: deployStage && deployStage.state === 'done' && record.deploy?.strategy !== 'none' ? endOf(deployStage) : undefined
    };
}
function endOf(stage) {
    return new Date(Date.parse(stage.startedAt) + stage.durationMs).toISOString();
}
/** `2025-11-02 10:15:42 UTC` from an ISO time (the input unchanged when it is not one). */
function utc(iso) {
    if (!iso)
        return '';
    const ms = Date.parse(iso);
    if (!Number.isFinite(ms))
        return iso;
    return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/** A sentence from a summary line: its first letter capitalised. */
function sentence(s) {
    // `v1.4.2 was ...` and `deploy.yml ...` stay as they are: only a word is capitalised.
    return /^[a-z][a-z]*\b(?![.\-/_])/.test(s) ? s[0].toUpperCase() + s.slice(1) : s;
}
function percent(fraction) {
    if (fraction === undefined || !Number.isFinite(fraction))
        return 'n/a';
    const p = fraction * 100;
    return `${Number.isInteger(p) ? p : Number(p.toPrecision(3))}%`;
}

;// CONCATENATED MODULE: ./src/report/procedure.ts
/**
 * The report file's rollback procedure: the commands a person runs to put the previous version
 * back by hand, built from the record. Each step is what the ship's way back would do (the
 * deploy strategies' `manual`, registry.ts), then checking production, retiring the deployment,
 * and what to do with the tag and the release.
 */



function rollbackProcedureSection(record, f) {
    const title = '## Rollback procedure';
    const s = record.settings;
    if (record.status === 'blocked' || (record.status === 'failed' && !f.deployStarted)) {
        return `${title}\n\nNothing was deployed, so there is nothing to roll back.`;
    }
    if (record.status === 'aborted')
        return `${title}\n\nProduction was not changed, so there is nothing to roll back.`;
    if (!s || !record.version)
        return `${title}\n\nThe run stopped before a version was decided: nothing to roll back.`;
    const intro = {
        shipped: `If ${(0,markdown/* text */.Qq)(f.next)} misbehaves later, this puts ${(0,markdown/* text */.Qq)(f.previous)} back in ${(0,markdown/* text */.Qq)(f.environment)} by hand.`,
        'rolled-back': `ship-prod already rolled back (see Rollback below). To do it again by hand:`,
        failed: `Production may need this now. To put ${(0,markdown/* text */.Qq)(f.previous)} back in ${(0,markdown/* text */.Qq)(f.environment)} by hand:`,
        'dry-run': `Had this ship gone out, rolling it back by hand would be:`,
        blocked: '',
        aborted: ''
    };
    const lines = [title, ''];
    let n = 1;
    if (!f.previous) {
        lines.push(`${(0,markdown/* text */.Qq)(f.next)} is the first release: there is no previous version to roll back to. Fix forward (ship a new version), or take the service out of ${(0,markdown/* text */.Qq)(f.environment)} the way your platform does.`);
    }
    else {
        lines.push(intro[record.status]);
        const steps = manualSteps(record, f);
        lines.push('', `Run these from a clone of the repository with \`gh\` signed in${f.ghApiHost ? ` to ${(0,markdown/* text */.Qq)(f.ghApiHost.replace('--hostname ', '').trim())}` : ''}; they need tag ${(0,markdown/* code */.aY)(f.previousTag)}.`);
        for (const step of steps) {
            lines.push('', `${n++}. ${step.what}`, '', (0,markdown/* fenced */.OF)(step.commands.join('\n'), '   '));
            if (step.note)
                lines.push('', `   ${step.note}`);
        }
        const checks = s.health.checks;
        if (checks.length) {
            const curls = checks.map((c) => `curl -fsS ${c.method && c.method !== 'GET' ? `-X ${shq(c.method)} ` : ''}${shq(c.url)}${Object.keys(c.headers).length ? '  # plus its headers (secrets, not shown)' : ''}`);
            lines.push('', `${n++}. Check that production answers, and with ${(0,markdown/* text */.Qq)(f.previous)} where a check shows the version:`, '', (0,markdown/* fenced */.OF)(curls.join('\n'), '   '));
        }
        else {
            lines.push('', `${n++}. Check production by hand: no health checks are configured for this ship.`);
        }
    }
    const deploymentId = record.deploy?.deploymentId;
    const step = (body) => lines.push('', f.previous ? `${n++}. ${body}` : body);
    const dryDeployment = record.status === 'dry-run' && record.deploy && record.deploy.strategy !== 'none';
    if (deploymentId || dryDeployment) {
        step(`Mark this ship's deployment ${deploymentId ?? 'DEPLOYMENT_ID (the `deployment-id` output of the real ship)'} as no longer live${record.status === 'rolled-back' ? ' (ship-prod marked it `failure`; this retires it)' : ''}:`);
        lines.push('', (0,markdown/* fenced */.OF)(`gh api ${f.ghApiHost}repos/${f.ghRepo.split('/').slice(-2).join('/')}/deployments/${deploymentId ?? 'DEPLOYMENT_ID'}/statuses -f state=inactive -f description=${shq(f.previousTag ? `rolled back to ${f.previousTag} by hand` : `${f.tag} taken out by hand`)}`, f.previous ? '   ' : ''));
    }
    else {
        step('This ship made no GitHub deployment, so there is no deployment status to change.');
    }
    step(tagAndReleaseNote(record, f, f.previous ? '   ' : ''));
    return lines.join('\n');
}
function tagAndReleaseNote(record, f, indent) {
    const keep = `Keep the tag ${(0,markdown/* code */.aY)(f.tag)}: it is never moved or deleted (a re-run of this job reuses it).`;
    const r = record.release;
    const dryRelease = record.status === 'dry-run' && record.settings?.release !== false;
    if (!r?.releaseId && !dryRelease)
        return `${keep} This ship has no GitHub release.`;
    if ((record.status === 'shipped' && !r?.draft) || dryRelease) {
        return (`${keep} The release ${(0,markdown/* code */.aY)(f.tag)} ${dryRelease ? 'would be' : 'is'} published; after ${f.previousTag ? 'rolling back' : 'taking it out'}, turn it back into a draft${f.previousTag ? ` and make ${(0,markdown/* code */.aY)(f.previousTag)} the latest again` : ''}:\n\n` +
            (0,markdown/* fenced */.OF)([`gh release edit ${shq(f.tag)} --repo ${shq(f.ghRepo)} --draft=true`, ...(f.previousTag ? [`gh release edit ${shq(f.previousTag)} --repo ${shq(f.ghRepo)} --latest`] : [])].join('\n'), indent));
    }
    return `${keep} The release ${(0,markdown/* code */.aY)(f.tag)} stays a draft: do not publish it while ${(0,markdown/* text */.Qq)(f.previous || 'the previous version')} is what production runs.`;
}
/** What a person runs to put the previous version back: the ship's way back, by hand (`rollback: never` included). */
function manualSteps(record, f) {
    const settings = record.settings;
    const strategies = (0,registry/* chooseStrategies */.Xx)({ ...settings, rollback: { ...settings.rollback, mode: 'auto' } });
    const facts = {
        settings,
        target: { version: f.previous, tag: f.previousTag, sha: '' },
        from: f.next,
        environment: f.environment,
        ghRepo: f.ghRepo,
        ...(record.deploy?.inputs ? { sentInputs: record.deploy.inputs } : {}),
        shq: shq
    };
    const steps = strategies.rollback.map(({ strategy, config }) => strategy.manual(config, facts));
    if (steps.length)
        return steps;
    return [
        {
            what: `ship-prod did not deploy this ship (no deploy-workflow, deploy-branch or deploy-command): redeploy ${(0,markdown/* code */.aY)(f.previousTag)} the way your release pipeline deploys, for example by re-running its run for that tag:`,
            commands: [`gh run list --repo ${shq(f.ghRepo)} --branch ${shq(f.previousTag)} --limit 5`, `gh run rerun RUN_ID --repo ${shq(f.ghRepo)}`]
        }
    ];
}

// EXTERNAL MODULE: ./src/report/progressive.ts
var progressive = __webpack_require__(621);
// EXTERNAL MODULE: ./src/report/analysis-section.ts
var analysis_section = __webpack_require__(4796);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/report/views/deploy.ts
var deploy = __webpack_require__(544);
// EXTERNAL MODULE: ./src/report/views/health.ts
var health = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/ending.ts
var ending = __webpack_require__(880);
;// CONCATENATED MODULE: ./src/report/views/next-steps.ts
/**
 * The report's "What to do next": where production stands (ending.ts decides it, this words it),
 * then the ship's own next steps.
 */



function productionLines(record, f) {
    const state = (0,ending/* productionState */.HI)(record);
    switch (state.kind) {
        case 'new-version': {
            const lines = [
                `Nothing. Production runs ${f.next ? `**${(0,markdown/* text */.Qq)(f.next)}**` : 'this ship'}${state.verified ? ' and passed its health checks' : ''}.` +
                    (f.previous ? ` If it misbehaves later, the rollback procedure below puts ${(0,markdown/* text */.Qq)(f.previous)} back.` : '')
            ];
            if (!state.verified)
                lines.push('No health check verified production after the deploy: check it yourself.');
            return lines;
        }
        case 'dry-run':
            return ['Nothing was changed: no commit, tag, release, deployment or dispatch. Re-run without `dry-run` to ship what is planned below.'];
        case 'blocked':
            return [
                `Nothing was changed on GitHub or in production${f.previous ? `: production still runs what it ran before (last release ${(0,markdown/* text */.Qq)(f.previous)})` : ''}.`,
                ...record.gates.filter((x) => !x.passed).map((g) => `Gate **${(0,markdown/* text */.Qq)(g.name)}** failed: ${(0,markdown/* text */.Qq)(g.reason)}`)
            ];
        case 'restored':
            return [
                `Production is back on **${(0,markdown/* text */.Qq)(state.toVersion)}**${state.restoredInMs !== undefined ? ` (restored and verified ${(0,durations/* formatDuration */.a3)(state.restoredInMs)} after the failure)` : ''}. ` +
                    `${(0,markdown/* text */.Qq)(f.next)} is not live: the tag ${(0,markdown/* code */.aY)(f.tag)} is kept and the release stays a draft.`,
                ...(state.trigger ? [`What failed: ${(0,markdown/* text */.Qq)(state.trigger)}`] : [])
            ];
        case 'unchanged':
            return [
                state.checked
                    ? `Production was not changed: no traffic reached ${(0,markdown/* text */.Qq)(f.next) || 'the new version'}. ${(0,markdown/* text */.Qq)(state.checked)}.`
                    : 'Production was not changed: the ship stopped before the deploy changed anything.'
            ];
        case 'unknown':
            return [`Production state is unknown: the rollback to ${(0,markdown/* text */.Qq)(state.toVersion)} did not verify (${(0,markdown/* text */.Qq)(state.rollback)}). Check production now.`];
        case 'mixed':
            return [
                `Production may be running ${(0,markdown/* text */.Qq)(f.next) || 'the new version'}, ${f.previous ? (0,markdown/* text */.Qq)(f.previous) : 'the previous version'}, or a mix of both: check it now${f.productionUrl ? ` (${(0,markdown/* link */.nf)(f.productionUrl, f.productionUrl)})` : ''}.`
            ];
    }
}
function nextStepsSection(record, f) {
    // The lead already says nothing was changed; the pipeline's steps often open with it too.
    const said = record.status === 'blocked' || record.status === 'dry-run';
    const own = record.nextSteps.map((step) => (said ? step.replace(/^Nothing was changed\.\s*/, '') : step)).filter(Boolean);
    const steps = [...productionLines(record, f), ...own.map(markdown/* text */.Qq)];
    return `## What to do next\n\n${steps.map((s) => `- ${s}`).join('\n')}`;
}

// EXTERNAL MODULE: ./src/report/report-path.ts
var report_path = __webpack_require__(376);
;// CONCATENATED MODULE: ./src/report/report-file.ts
/**
 * The report file (`production-ship-report.md`): what a release engineer reads at 2 a.m. and an
 * auditor reads later. Drawn from the ship record alone, the same way on every path (blocked and
 * dry-run included), and deterministic for a given record and `now`: no clock, no environment.
 * Every string that came from outside (gate reasons, check names, URLs, commands, changelogs,
 * API answers) goes through the helpers of markdown.ts; shell commands are shell-quoted and fenced.
 */












const VERDICTS = {
    shipped: '✅ Shipped',
    blocked: '⛔ Blocked',
    'rolled-back': '↩️ Rolled back',
    aborted: '⏹️ Aborted',
    failed: '❌ Failed',
    'dry-run': '🧪 Dry run'
};

function renderReportFile(record, opts) {
    const facts = factsOf(record);
    const parts = [
        headerSection(record, facts),
        nextStepsSection(record, facts),
        summarySection(record, facts),
        (0,dora_report/* doraReportSection */.wW)(record),
        gatesSection(record),
        healthSection(record),
        monitoringSection(record),
        (0,progressive/* progressiveSection */.p)(record, '##'),
        (0,analysis_section/* analysisSection */.Q)(record, '##'),
        artifactsSection(record, facts),
        rollbackProcedureSection(record, facts),
        rollbackSection(record),
        planSection(record),
        warningsSection(record),
        timelineSection(record),
        footer(record, opts.now)
    ].filter(Boolean);
    return parts.join('\n\n') + '\n';
}
const ms = (value) => (0,format/* durationOr */.Cm)(value, 'n/a');
// ---------------------------------------------------------------------------------------------
// Sections
function headerSection(record, f) {
    const c = record.context;
    const what = c ? `${c.owner}/${c.repo}${f.tag ? ` ${f.tag}` : ''} to ${f.environment}` : 'ship-prod';
    const lines = [`# ${VERDICTS[record.status]}: ${(0,markdown/* text */.Qq)(what)}`, '', `**${(0,markdown/* text */.Qq)(record.headline)}**`];
    if (c) {
        const bits = [
            `workflow ${(0,markdown/* code */.aY)(c.workflow || 'unknown')}, ${(0,markdown/* link */.nf)(`run ${c.runId}${c.runAttempt && c.runAttempt !== '1' ? ` attempt ${c.runAttempt}` : ''}`, c.runUrl || undefined)}`,
            `commit ${(0,markdown/* code */.aY)(c.sha.slice(0, 12))}${c.branch ? ` on ${(0,markdown/* code */.aY)(c.branch)}` : ''}`,
            `started ${utc(record.startedAt)}`
        ];
        if (c.actor)
            bits.push(`by ${(0,markdown/* text */.Qq)(c.actor)}`);
        lines.push('', bits.join(' · '));
    }
    return lines.join('\n');
}
function summarySection(record, f) {
    const v = record.version;
    const d = record.deploy;
    const r = record.release;
    const rows = [];
    rows.push(['Status', (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(record.status))]);
    rows.push(['Version', v ? `${v.previous || 'first release'} → ${v.next}${v.rule ? ` (${v.rule})` : ''}` : 'not decided']);
    rows.push(['Deployed at', deployedAtText(record, f)]);
    rows.push(['Environment', (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(f.environment))]);
    const dry = record.status === 'dry-run';
    rows.push([
        'Deployment',
        d?.deploymentId
            ? (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`${d.deploymentId}`, f.repoUrl ? `${f.repoUrl}/deployments/${encodeURIComponent(f.environment)}` : undefined))
            : dry && d && d.strategy !== 'none'
                ? 'would be created'
                : 'none'
    ]);
    rows.push(['Deploy', d ? deployText(record) : 'not reached']);
    rows.push(['Production URL', f.productionUrl ? (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(f.productionUrl, f.productionUrl)) : 'unknown (no health checks)']);
    rows.push([
        'Release',
        r?.releaseId
            ? (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`${r.draft ? 'draft ' : ''}release ${v?.tag ?? r.releaseId}`, r.releaseUrl))
            : record.settings?.release === false
                ? 'none (release: false)'
                : dry
                    ? 'would be created as a draft, published once the ship succeeds'
                    : 'none'
    ]);
    rows.push(['Tag', v?.tag ? (0,markdown/* raw */.lS)(r?.tagSha || r?.commitSha ? (0,markdown/* link */.nf)(v.tag, f.repoUrl ? `${f.repoUrl}/tree/${v.tag}` : undefined) : `${(0,markdown/* code */.aY)(v.tag)} (not created)`) : 'none']);
    const parts = [`## Deployment summary\n\n${(0,markdown/* table */.tp)(['', ''], rows)}`];
    if (v?.changelogSection.trim())
        parts.push((0,markdown/* details */.zH)(`What changed in ${v.next}`, (0,markdown/* fenced */.OF)(v.changelogSection)));
    return parts.join('\n\n');
}
function deployedAtText(record, f) {
    const rollback = record.stages.find((s) => s.name === 'rollback');
    if (f.deployedAt && record.rollback?.attempted && rollback)
        return `${utc(f.deployedAt)}; rolled back ${utc(endOf(rollback))}`;
    if (f.deployedAt)
        return utc(f.deployedAt);
    if (record.status === 'dry-run')
        return 'not deployed (dry run)';
    if (record.status === 'blocked')
        return 'not deployed (blocked)';
    if (record.deploy?.strategy === 'none')
        return 'not deployed by ship-prod (no deploy strategy)';
    const stage = record.stages.find((s) => s.name === 'deploy');
    if (stage?.state === 'failed')
        return `not completed: the deploy started ${utc(stage.startedAt)} and failed`;
    return 'not deployed';
}
function deployText(record) {
    const d = (0,deploy/* deployView */.ny)(record);
    const tail = [d.conclusion ? `conclusion ${d.conclusion}` : '', d.durationMs !== undefined ? `took ${(0,durations/* formatDuration */.a3)(d.durationMs)}` : '', d.alreadySucceeded ? 'already succeeded in an earlier attempt' : '']
        .filter(Boolean)
        .join(', ');
    return `${d.how}${tail ? ` (${tail})` : ''}`;
}
function gatesSection(record) {
    if (!record.gates.length)
        return '## Gates\n\nNo gates were evaluated (the run stopped before them).';
    const passed = record.gates.filter((g) => g.passed).length;
    return (`## Gates\n\n${passed} of ${record.gates.length} passed.\n\n` + (0,sections/* gatesTable */.vF)(record));
}
function healthSection(record) {
    if (!record.settings)
        return '## Health checks\n\nNot run: the run stopped before its inputs were read.';
    const view = (0,health/* healthView */.g)(record);
    const h = view.record;
    if (view.planned && view.configured) {
        const s = record.settings;
        return (`## Health checks\n\nNot run: this was a dry run. After a real deploy these would be probed every ${(0,durations/* formatDuration */.a3)(s.health.intervalMs)} until healthy (health-timeout ${(0,durations/* formatDuration */.a3)(s.health.timeoutMs)}):\n\n` +
            (0,markdown/* table */.tp)(['check', 'method', 'URL', 'latency limit'], view.planned.map((c) => [c.name, c.method, c.url, c.maxLatencyMs !== undefined ? `${(0,durations/* formatDuration */.a3)(c.maxLatencyMs)} per probe` : 'none'])));
    }
    if (!h || (h.verdict === 'skipped' && !h.checks.length)) {
        const why = !view.configured
            ? 'Not configured: no `health-urls` or `health-checks`, so nothing verified production after the deploy.'
            : `Not run${h?.reason ? `: ${(0,markdown/* text */.Qq)(h.reason)}` : ' (the ship stopped before the deploy)'}.`;
        return `## Health checks\n\n${why}`;
    }
    const lines = [`## Health checks`, '', `**Verdict: ${h.verdict}.** ${(0,markdown/* text */.Qq)(sentence(h.reason))}`];
    const facts = [];
    if (h.rounds)
        facts.push(`${h.rounds} probe round${h.rounds === 1 ? '' : 's'} until the verdict`);
    if (h.baseline) {
        facts.push(h.baseline.p95Ms !== undefined
            ? `baseline before the deploy: p95 ${(0,durations/* formatDuration */.a3)(h.baseline.p95Ms)}${h.baseline.warning ? ` (${(0,markdown/* text */.Qq)(h.baseline.warning)})` : ''}`
            : `no baseline before the deploy${h.baseline.warning ? `: ${(0,markdown/* text */.Qq)(h.baseline.warning)}` : ''}`);
    }
    if (h.timeToDetectMs !== undefined)
        facts.push(`time to detect: ${(0,durations/* formatDuration */.a3)(h.timeToDetectMs)} from the first failing probe to the verdict`);
    if (facts.length)
        lines.push('', facts.map((x) => `- ${x[0].toUpperCase()}${x.slice(1)}`).join('\n'));
    if (view.checks.length) {
        lines.push('', (0,markdown/* table */.tp)(['check', 'URL', 'samples', 'failures', 'p50', 'p95', 'latency limit', 'last result'], view.checks.map((c) => [
            c.name,
            c.url,
            c.samples,
            c.failures,
            ms(c.p50Ms),
            `${ms(c.p95Ms)}${c.over ? ' ⚠️ over' : ''}`,
            c.limit ? `${(0,durations/* formatDuration */.a3)(c.limit.ms)} ${c.limit.per === 'probe' ? 'per probe' : 'p95'}` : 'none',
            c.lastReason
        ])));
    }
    if (h.detail.length)
        lines.push('', (0,markdown/* details */.zH)('Health details', h.detail.map((l) => `- ${(0,markdown/* text */.Qq)(l)}`).join('\n')));
    return lines.join('\n');
}
function monitoringSection(record) {
    const w = (0,health/* healthView */.g)(record).window;
    const m = record.settings?.monitor;
    if (!m)
        return '## Monitoring\n\nNot run: the run stopped before its inputs were read.';
    if (!w) {
        if (m.durationMs <= 0)
            return '## Monitoring\n\nNo monitoring window (`monitor-duration` is 0).';
        const why = record.status === 'dry-run'
            ? ' (dry run)'
            : record.status === 'blocked'
                ? ' (blocked)'
                : record.health?.verdict === 'failed'
                    ? ': production never became healthy'
                    : record.stages.some((st) => st.name === 'deploy' && st.state === 'failed')
                        ? ': the deploy failed'
                        : '';
        return `## Monitoring\n\nThe ${(0,durations/* formatDuration */.a3)(m.durationMs)} monitoring window (error rate above ${percent(m.errorRateThreshold)} or p95 above ${(0,durations/* formatDuration */.a3)(m.latencyThresholdMs)} fails) did not run${why}.`;
    }
    const rows = [
        ['Verdict', `${w.verdict === 'passed' ? '✅' : w.verdict === 'failed' ? '❌' : '⏭️'} ${w.verdict}: ${w.reason}`],
        ['Watched', `${(0,durations/* formatDuration */.a3)(w.durationMs)}, ${w.rounds} of ${w.plannedRounds} planned rounds`],
        ['Error rate', `${percent(w.errorRate)} (threshold ${percent(w.thresholds.errorRate)})${w.rateOver ? ' ❌' : ''}`],
        ['p95 latency', `${ms(w.p95Ms)} (threshold ${(0,durations/* formatDuration */.a3)(w.thresholds.latencyMs)})${w.p95Over ? ' ❌' : ''}`],
        ['Stopped early', w.stoppedEarly ? 'yes: the breach was decisive before the planned end' : 'no']
    ];
    return `## Monitoring\n\n${(0,markdown/* table */.tp)(['', ''], rows)}`;
}
function artifactsSection(record, f) {
    const c = record.context;
    const r = record.release;
    const v = record.version;
    const d = record.deploy;
    const rows = [];
    if (v?.tag)
        rows.push(['Tag', (0,markdown/* raw */.lS)(r?.tagSha || r?.commitSha ? (0,markdown/* link */.nf)(v.tag, f.repoUrl ? `${f.repoUrl}/tree/${v.tag}` : undefined) : `${(0,markdown/* code */.aY)(v.tag)} (not created)`)]);
    if (r?.commitSha)
        rows.push(['Release commit', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(r.commitSha, f.repoUrl ? `${f.repoUrl}/commit/${r.commitSha}` : undefined))]);
    if (c?.sha)
        rows.push(['Shipped commit', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(c.sha, f.repoUrl ? `${f.repoUrl}/commit/${c.sha}` : undefined))]);
    if (r?.releaseId)
        rows.push(['Release', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`${r.draft ? 'draft ' : ''}release ${r.releaseId}`, r.releaseUrl))]);
    if (r?.mergeBack)
        rows.push(['Merge-back pull request', (0,markdown/* raw */.lS)(`${(0,markdown/* link */.nf)(`#${r.mergeBack.number}`, r.mergeBack.url)} from ${(0,markdown/* code */.aY)(r.mergeBack.branch)} (${r.mergeBack.action})`)]);
    if (c?.runId)
        rows.push(['Workflow run', (0,markdown/* raw */.lS)(`${(0,markdown/* code */.aY)(c.workflow || 'workflow')} ${(0,markdown/* link */.nf)(`run ${c.runId}, attempt ${c.runAttempt || '1'}`, c.runUrl || undefined)}`)]);
    if (d?.runId)
        rows.push(['Deploy run', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`run ${d.runId}`, d.runUrl))]);
    if (d?.deploymentId)
        rows.push(['Deployment', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`deployment ${d.deploymentId}`, f.repoUrl ? `${f.repoUrl}/deployments/${encodeURIComponent(f.environment)}` : undefined))]);
    if (record.rollback?.runId)
        rows.push(['Rollback run', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`run ${record.rollback.runId}`, record.rollback.runUrl))]);
    if (record.stateFile)
        rows.push(['State file', (0,markdown/* raw */.lS)(`${(0,markdown/* code */.aY)(record.stateFile.path)} (feature ${(0,markdown/* code */.aY)(record.stateFile.feature)})`)]);
    if (!rows.length)
        return '## Artifacts\n\nNone: the run stopped before it knew what to ship.';
    return `## Artifacts\n\n${(0,markdown/* table */.tp)(['', ''], rows)}`;
}
function rollbackSection(record) {
    const r = (0,deploy/* rollbackView */.yK)(record);
    if (!r)
        return '';
    const rows = [
        ['Trigger', r.trigger],
        ['Attempted', r.attempted ? 'yes' : 'no'],
        ['To', `${r.toVersion || 'none'}${r.toTag ? ` (${r.toTag})` : ''}`],
        ['Strategy', r.strategy],
        ['Verified', r.verified ? '✅ yes: deployed again and healthy' : r.attempted ? '❌ no' : 'no (not attempted)'],
        ['Time to restore', r.timeToRestoreMs !== undefined ? `${(0,durations/* formatDuration */.a3)(r.timeToRestoreMs)} from the failure verdict to the verified rollback` : 'n/a']
    ];
    if (r.timeToDetectMs !== undefined)
        rows.push(['Time to detect', (0,durations/* formatDuration */.a3)(r.timeToDetectMs)]);
    if (r.runId)
        rows.push(['Rollback run', (0,markdown/* raw */.lS)((0,markdown/* link */.nf)(`run ${r.runId}`, r.runUrl))]);
    const parts = [`## Rollback\n\n${(0,markdown/* text */.Qq)(sentence(r.summary))}\n\n${(0,markdown/* table */.tp)(['', ''], rows)}`];
    if (r.detail.length)
        parts.push((0,markdown/* details */.zH)('Rollback details', r.detail.map((l) => `- ${(0,markdown/* text */.Qq)(l)}`).join('\n')));
    return parts.join('\n\n');
}
function planSection(record) {
    if (!record.plan.length)
        return '';
    return `## What would have happened\n\n${(0,sections/* planList */.i7)(record)}`;
}
function warningsSection(record) {
    if (!record.warnings.length)
        return '';
    return `## Warnings\n\n${(0,sections/* warningsList */.e)(record)}`;
}
function timelineSection(record) {
    if (!record.stages.length)
        return '';
    return (`## Timeline\n\n` +
        (0,markdown/* table */.tp)(['stage', 'started', 'took', 'result', 'what happened'], record.stages.map((s) => [s.name, utc(s.startedAt).replace(' UTC', ''), (0,durations/* formatDuration */.a3)(s.durationMs), `${format/* STAGE_ICONS */.iu[s.state] ?? ''} ${s.state}`, s.summary])) +
        `\n\nTimes are UTC. ${record.api.requests} GitHub API request${record.api.requests === 1 ? '' : 's'}.`);
}
function footer(record, now) {
    const c = record.context;
    return `---\n\n_Written by ship-prod at ${utc(now.toISOString())}${c?.runId ? ` in run ${(0,markdown/* cell */.Hn)(c.runId)}` : ''}. Report schema \`${record.schema}\`; the \`report-json\` output holds the whole record._`;
}

;// CONCATENATED MODULE: ./src/report/artifacts.ts
/**
 * The report file (`production-ship-report.md`), written on every path, dry run and blocked
 * included: the one thing a dry run writes. Never committed.
 */






/** Writes the report file; answers its workspace-relative path, or '' when `report-file: none`. */
function writeReportFile(record, workspace, now = new Date()) {
    const relative = (0,report_path/* reportFilePath */.K)(record);
    if (!relative)
        return '';
    const file = (0,confine/* confinedPath */.OR)(workspace, relative, 'report-file');
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, (0,secrets/* redactSecrets */.fp)(renderReportFile(record, { now })));
    return relative;
}


/***/ }),

/***/ 376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ reportFilePath)
/* harmony export */ });
/* unused harmony export REPORT_FILE_NAME */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** Where the report file goes (the `report-file` input), decided before any write by the gates too. */

const REPORT_FILE_NAME = 'production-ship-report.md';
/**
 * Workspace-relative with `/`: `auto` puts it beside the state file (the workspace root without
 * one), a path is taken as given, `none` writes no report (null).
 */
function reportFilePath(record) {
    const choice = record.settings?.reportFile ?? { mode: 'auto' };
    if (choice.mode === 'none')
        return null;
    if (choice.mode === 'path')
        return choice.path;
    const state = record.stateFile?.path;
    if (!state)
        return REPORT_FILE_NAME;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(state.replace(/\\/g, '/'));
    return dir === '.' ? REPORT_FILE_NAME : `${dir}/${REPORT_FILE_NAME}`;
}


/***/ })

};

//# sourceMappingURL=603.index.js.map