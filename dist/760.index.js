export const id = 760;
export const ids = [760];
export const modules = {

/***/ 4379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chooseStrategies: () => (/* reexport */ registry/* chooseStrategies */.Xx),
  distinctSteps: () => (/* reexport */ registry/* distinctSteps */.eO),
  runGates: () => (/* reexport */ runGates)
});

// EXTERNAL MODULE: ./src/deploy/strategies/registry.ts + 6 modules
var registry = __webpack_require__(7280);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/config/yaml-engine.ts
var yaml_engine = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/state-file/find.ts
var find = __webpack_require__(2691);
// EXTERNAL MODULE: ./src/state-file/parse.ts
var parse = __webpack_require__(5837);
;// CONCATENATED MODULE: ./src/gates/checks.ts
const PASSING_CONCLUSIONS = ['success', 'neutral', 'skipped'];
const FAILING_CONCLUSIONS = ['failure', 'cancelled', 'timed_out', 'action_required', 'stale', 'startup_failure'];
function checks_short(sha) {
    if (!sha)
        return 'the commit';
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function whereOf(o, sha) {
    const kind = o.source === 'status' ? 'commit status' : 'check run';
    const app = o.app ? ` (${o.app})` : '';
    return `${kind} "${o.name}"${app} on ${checks_short(sha)}${o.url ? ` ${o.url}` : ''}`;
}
function judge(o, sha) {
    const name = `check ${o.name}`;
    const where = whereOf(o, sha);
    const on = checks_short(sha);
    if (o.source === 'status') {
        const state = (o.conclusion ?? o.status).trim().toLowerCase();
        const expected = 'success';
        if (state === 'success') {
            return { pending: false, verdict: { name, expected, found: state, where, passed: true, reason: `status "${o.name}" is success on ${on}` } };
        }
        if (state === 'pending' || o.status !== 'completed') {
            return {
                pending: true,
                verdict: { name, expected, found: 'pending', where, passed: false, reason: `status "${o.name}" is still pending on ${on}; wait for it (checks-timeout) or re-run it` }
            };
        }
        return {
            pending: false,
            verdict: { name, expected, found: state, where, passed: false, reason: `status "${o.name}" is ${state} on ${on}; fix it and re-run before shipping` }
        };
    }
    const expected = 'success (or neutral/skipped)';
    if (o.status !== 'completed') {
        return {
            pending: true,
            verdict: { name, expected, found: o.status, where, passed: false, reason: `check "${o.name}" is still ${o.status.replace('_', ' ')} on ${on}; wait for it (checks-timeout) or re-run it` }
        };
    }
    const c = (o.conclusion ?? '').trim().toLowerCase();
    if (c === 'success') {
        return { pending: false, verdict: { name, expected, found: c, where, passed: true, reason: `check "${o.name}" succeeded on ${on}` } };
    }
    if (PASSING_CONCLUSIONS.includes(c)) {
        return {
            pending: false,
            verdict: { name, expected, found: c, where, passed: true, reason: `check "${o.name}" concluded ${c} on ${on}, which GitHub counts as passing for a required check` }
        };
    }
    const what = c === '' ? 'completed without a conclusion' : FAILING_CONCLUSIONS.includes(c) ? `concluded ${c}` : `concluded "${c}" (not a passing conclusion)`;
    return {
        pending: false,
        verdict: { name, expected, found: c || 'no conclusion', where, passed: false, reason: `check "${o.name}" ${what} on ${on}; fix it and re-run before shipping` }
    };
}
/**
 * Evaluates required checks against what the commit reported. `observed` is newest first: the
 * first observation of a name is the one that counts. Observations for which `opts.ignore`
 * is true (the job running this action) are dropped; a required name seen only there is not
 * waited for (the job cannot wait for itself) and passes with a reason saying so.
 * `'all'` requires every observed name (after ignoring) and passes when there is none.
 */
function evaluateRequiredChecks(required, observed, opts) {
    const latest = new Map();
    const ignoredNames = new Set();
    for (const o of observed) {
        if (opts.ignore(o)) {
            ignoredNames.add(o.name);
            continue;
        }
        if (!latest.has(o.name))
            latest.set(o.name, o);
    }
    const on = checks_short(opts.sha);
    const names = required === 'all' ? [...latest.keys()] : [...new Set(required)];
    const result = { verdicts: [], pending: [], missing: [] };
    if (required === 'all' && names.length === 0) {
        result.verdicts.push({
            name: 'checks',
            expected: 'every check on the commit green',
            found: 'no checks',
            where: `check runs and statuses of ${on}`,
            passed: true,
            reason: `no check run or commit status (other than this job) has reported on ${on}; required-checks all has nothing to require`
        });
        return result;
    }
    for (const name of names) {
        const o = latest.get(name);
        if (!o) {
            if (ignoredNames.has(name)) {
                result.verdicts.push({
                    name: `check ${name}`,
                    expected: 'success (or neutral/skipped)',
                    found: 'this job',
                    where: `check run "${name}" on ${on}`,
                    passed: true,
                    reason: `required check "${name}" is the job running ship-prod itself; it cannot wait for itself, so it is not evaluated`
                });
                continue;
            }
            result.missing.push(name);
            result.verdicts.push({
                name: `check ${name}`,
                expected: 'success (or neutral/skipped)',
                found: 'missing',
                where: `check runs and statuses of ${on}`,
                passed: false,
                reason: `required check "${name}" has not reported on ${on}; make sure it runs on this commit (name spelled exactly, case-sensitive)`
            });
            continue;
        }
        const { verdict, pending } = judge(o, opts.sha);
        if (pending)
            result.pending.push(name);
        result.verdicts.push(verdict);
    }
    return result;
}
function asRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function asArray(v) {
    return Array.isArray(v) ? v : [];
}
/**
 * What the branch requires, from `GET /repos/{o}/{r}/rules/branches/{branch}` (an array of rules)
 * and, when readable, classic branch protection (either the whole protection object or its
 * `required_status_checks` part). Contexts are the union (first-seen order, no duplicates);
 * the approval count is the highest. Integration (app) bindings of contexts are not enforced.
 */
function requiredFromRules(rulesAnswer, protectionAnswer) {
    const contexts = [];
    const sources = [];
    let approvingReviews = 0;
    const addContext = (c) => {
        if (typeof c !== 'string' || c.trim() === '')
            return false;
        if (!contexts.includes(c))
            contexts.push(c);
        return true;
    };
    for (const item of asArray(rulesAnswer)) {
        const rule = asRecord(item);
        if (!rule)
            continue;
        const params = asRecord(rule.parameters) ?? {};
        const origin = rule.ruleset_id !== undefined ? ` (ruleset ${String(rule.ruleset_id)})` : '';
        if (rule.type === 'required_status_checks') {
            const found = asArray(params.required_status_checks)
                .map((c) => asRecord(c)?.context)
                .filter((c) => addContext(c));
            sources.push(`rules: required_status_checks${origin}: ${found.join(', ') || 'none'}`);
        }
        else if (rule.type === 'pull_request') {
            const n = Number(params.required_approving_review_count ?? 0);
            if (Number.isFinite(n)) {
                approvingReviews = Math.max(approvingReviews, n);
                sources.push(`rules: pull_request${origin}: ${n} approving review${n === 1 ? '' : 's'}`);
            }
        }
    }
    const prot = asRecord(protectionAnswer);
    if (prot) {
        const rsc = asRecord(prot.required_status_checks) ?? ('contexts' in prot || 'checks' in prot ? prot : undefined);
        if (rsc) {
            const found = [
                ...asArray(rsc.contexts),
                ...asArray(rsc.checks).map((c) => asRecord(c)?.context)
            ].filter((c) => addContext(c));
            sources.push(`branch protection: required_status_checks: ${[...new Set(found)].join(', ') || 'none'}`);
        }
        const reviews = asRecord(prot.required_pull_request_reviews);
        if (reviews) {
            const n = Number(reviews.required_approving_review_count ?? 0);
            if (Number.isFinite(n)) {
                approvingReviews = Math.max(approvingReviews, n);
                sources.push(`branch protection: required_pull_request_reviews: ${n} approving review${n === 1 ? '' : 's'}`);
            }
        }
    }
    return { contexts, approvingReviews, sources };
}
/**
 * Counts approvals as GitHub does: each reviewer's latest deciding review counts. APPROVED
 * approves; CHANGES_REQUESTED replaces an earlier approval (and blocks while it stands);
 * DISMISSED cancels the reviewer's earlier verdict; COMMENTED (and PENDING) change nothing.
 * Reviewers are matched case-insensitively (GitHub logins are). Reviews are ordered by
 * submitted_at; the input order breaks ties.
 */
function evaluateApprovals(reviews, required) {
    const ordered = reviews
        .map((r, i) => ({ r, i, t: Date.parse(r.submitted_at) }))
        .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) || a.t === b.t ? a.i - b.i : a.t - b.t));
    const state = new Map();
    for (const { r } of ordered) {
        const key = r.user.toLowerCase();
        const s = r.state.trim().toUpperCase();
        if (s === 'APPROVED')
            state.set(key, { user: r.user, verdict: 'approved' });
        else if (s === 'CHANGES_REQUESTED')
            state.set(key, { user: r.user, verdict: 'changes' });
        else if (s === 'DISMISSED')
            state.set(key, { user: r.user, verdict: 'none' });
    }
    const approvers = [...state.values()].filter((v) => v.verdict === 'approved').map((v) => v.user);
    const changes = [...state.values()].filter((v) => v.verdict === 'changes').map((v) => v.user);
    const expected = `${required} approving review${required === 1 ? '' : 's'}`;
    const found = `${approvers.length} approving${approvers.length ? ` (${approvers.join(', ')})` : ''}${changes.length ? `, changes requested by ${changes.join(', ')}` : ''}`;
    const verdict = (passed, reason, expectedText = expected) => ({
        name: 'approvals',
        expected: expectedText,
        found,
        where: 'pull request reviews',
        passed,
        reason
    });
    if (required <= 0)
        return verdict(true, 'the branch rules require no approving reviews', 'none required');
    if (changes.length > 0) {
        return verdict(false, `changes requested by ${changes.join(', ')} still stand; address them and get a new approval (or have the review dismissed)`);
    }
    if (approvers.length < required) {
        const more = required - approvers.length;
        return verdict(false, `${approvers.length} of ${required} required approving review${required === 1 ? '' : 's'}; get ${more} more approval${more === 1 ? '' : 's'} on the pull request`);
    }
    return verdict(true, `${approvers.length} approving review${approvers.length === 1 ? '' : 's'} (${approvers.join(', ')}), ${required} required`);
}

;// CONCATENATED MODULE: ./src/gates/rules.ts
const STAGING_GATE = 'staging-validation';
const ROLLBACK_GATE = 'rollback-proven';
/** Every spelling seen in Spec-Flow state files, most authoritative (the manual gate) first. */
const STAGING_PATHS = [
    'manual_gates.staging_validation',
    'workflow.manual_gates.staging_validation',
    'manual_gates.validate_staging',
    'manual_gates.validate-staging',
    'workflow.manual_gates.validate_staging',
    'workflow.manual_gates.validate-staging',
    'phases.validate-staging',
    'phases.validate_staging',
    'workflow.phases.validate-staging',
    'workflow.phases.validate_staging',
    'steps.validate-staging',
    'steps.validate_staging',
    'workflow.steps.validate-staging',
    'workflow.steps.validate_staging'
];
const ROLLBACK_PATHS = [
    'quality_gates.rollback',
    'quality_gates.rollback_capability',
    'quality_gates.rollback_test'
];
/**
 * Only `approved` (or an `approved: true` flag) passes staging validation. `validated`,
 * `completed`, `passed`, `not_applicable`, `not_required`, `skipped` all block, each with a
 * reason (see STAGING_TEXT): a gate that passes wrongly is the worst failure of this action.
 */
const BUILT_IN_GATES = Object.freeze([
    { name: STAGING_GATE, paths: STAGING_PATHS, accept: ['approved', 'true'] },
    { name: ROLLBACK_GATE, paths: ROLLBACK_PATHS, accept: ['passed', 'true'] }
]);
/** Fresh copies of the built-ins (callers may mutate their arrays). */
function builtInGates() {
    return BUILT_IN_GATES.map((r) => ({ ...r, paths: [...r.paths], accept: [...r.accept] }));
}
const NOT_APPLICABLE = ['not_applicable', 'not-applicable', 'n/a', 'na', 'skipped', 'not_required', 'not-required', 'none'];
const NOT_YET = ['pending', 'not_started', 'not-started', 'in_progress', 'in-progress', 'waiting', 'ready', 'false', 'todo'];
const FAILED = ['rejected', 'failed', 'failure', 'blocked', 'changes_requested'];
function staging(found, notRequired) {
    if (NOT_APPLICABLE.includes(found) || notRequired) {
        return ('a direct-to-production feature has no staging validation, and ship-prod only ships a build ' +
            'that was validated and approved on staging; deploy it to staging, validate and approve it, ' +
            `or skip the ${STAGING_GATE} gate through the gates input`);
    }
    if (FAILED.includes(found)) {
        return 'staging validation did not pass; fix the problems, redeploy to staging, validate again and approve';
    }
    if (NOT_YET.includes(found))
        return 'approve it after validating on staging';
    if (['validated', 'completed', 'complete', 'passed', 'done', 'success', 'true'].includes(found)) {
        return ('only "approved" counts as a person\'s approval of the staging build; set the status to approved ' +
            `once someone has approved it (or accept "${found}" with a custom ${STAGING_GATE} gate)`);
    }
    return 'expected approved; approve it after validating on staging';
}
function rollback(found) {
    if (NOT_APPLICABLE.includes(found)) {
        return ('a production ship needs a rollback that has been proven to work; test the rollback and record ' +
            `status: passed, or skip the ${ROLLBACK_GATE} gate through the gates input`);
    }
    if (FAILED.includes(found))
        return 'the rollback test failed; fix the rollback path and test it again';
    return 'prove the rollback (deploy the previous version and back, on staging) and record status: passed';
}
const GATE_TEXT = {
    [STAGING_GATE]: {
        label: 'staging validation',
        expected: 'approved',
        defaultAccept: ['approved', 'true'],
        explain: staging,
        missing: 'record the approval, e.g. manual_gates.staging_validation.status: approved'
    },
    [ROLLBACK_GATE]: {
        label: 'rollback proof',
        expected: 'passed',
        defaultAccept: ['passed', 'true'],
        explain: (found) => rollback(found),
        missing: 'prove the rollback and record it, e.g. quality_gates.rollback.status: passed'
    }
};
function normName(name) {
    return name.trim().toLowerCase();
}
/**
 * Merges the `gates` input into the built-ins:
 * - a rule named like a built-in (case-insensitive) replaces it, in the built-in's place;
 * - `skip: true` keeps the rule in the list, flagged `skip`, so the verdicts still show it
 *   (as skipped by configuration, not evaluated) and gateWarnings() warns about it;
 * - other rules are added after the built-ins, in input order; a later rule of the same name
 *   replaces an earlier one.
 */
function mergeGateRules(builtIns, fromInput) {
    const out = builtIns.map((r) => ({ ...r, paths: [...r.paths], accept: [...r.accept] }));
    for (const rule of fromInput) {
        const copy = { ...rule, name: rule.name.trim(), paths: [...rule.paths], accept: [...rule.accept] };
        if (rule.skip) {
            copy.skip = true;
        }
        else {
            delete copy.skip;
        }
        const i = out.findIndex((r) => normName(r.name) === normName(rule.name));
        if (i >= 0) {
            // A skip keeps the built-in's paths and accept (shown in the verdict); a replacement brings its own.
            // Empty paths or accept (a built-in given only `accept`, or only `path`) keep the built-in's (settings.ts).
            const paths = copy.paths.length ? copy.paths : out[i].paths;
            const accept = copy.accept.length ? copy.accept : out[i].accept;
            out[i] = rule.skip ? { ...out[i], skip: true } : { ...copy, name: out[i].name, paths, accept };
        }
        else {
            out.push(copy);
        }
    }
    return out;
}
/** Warnings about a merged rule list: every skipped gate, and skips of gates that do not exist. */
function gateWarnings(builtIns, merged) {
    const warnings = [];
    for (const r of merged) {
        if (!r.skip)
            continue;
        const known = builtIns.some((b) => normName(b.name) === normName(r.name));
        warnings.push(known
            ? `gate ${r.name} is skipped by the gates input: it is not evaluated for this ship`
            : `gates input skips "${r.name}", which is not a built-in gate (${builtIns.map((b) => b.name).join(', ')}); nothing to skip`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/gates/evaluate.ts



/** Flags that, when explicitly `false`, contradict an accepted status. */
const CONTRA_FLAGS = ['approved', 'passed', 'tested'];
/** Flags that decide when a map has no status, in order. */
const DECIDING_FLAGS = ['approved', 'passed'];
function scalarValue(node) {
    if (!(0,yaml_engine/* isScalar */.jn)(node))
        return undefined;
    const v = node.value;
    if (typeof v === 'string')
        return v.trim() === '' ? undefined : v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (typeof v === 'bigint')
        return v.toString();
    return undefined;
}
function show(v) {
    return typeof v === 'string' ? v.trim() : String(v);
}
/** Normalised form for matching: trimmed, lower case; booleans and numbers as text. */
function normalizeValue(v) {
    return show(v).toLowerCase();
}
/** Does the value match one of the accepted values? */
function valueMatches(v, accept) {
    const n = normalizeValue(v);
    return accept.some((a) => a.trim().toLowerCase() === n);
}
function resolve(doc, path) {
    const found = (0,parse/* locate */.x5)(doc, path.split('.').filter((s) => s !== ''));
    const node = found?.node;
    if (node === undefined || node === null)
        return undefined;
    const keyLine = (0,parse/* lineOf */.cA)(doc, found?.label) ?? (0,parse/* lineOf */.cA)(doc, node);
    if ((0,yaml_engine/* isScalar */.jn)(node)) {
        const v = scalarValue(node);
        if (v === undefined)
            return undefined;
        return { kind: 'value', path, value: v, shown: show(v), line: (0,parse/* lineOf */.cA)(doc, node), falseFlags: [], notRequired: false };
    }
    if ((0,yaml_engine/* isMap */.jh)(node)) {
        const falseFlags = [];
        for (const key of CONTRA_FLAGS) {
            const f = (0,parse/* mapGet */.ZX)(node, key);
            if ((0,yaml_engine/* isScalar */.jn)(f) && f.value === false)
                falseFlags.push({ key, line: (0,parse/* lineOf */.cA)(doc, f) });
        }
        const req = (0,parse/* mapGet */.ZX)(node, 'required');
        const notRequired = (0,yaml_engine/* isScalar */.jn)(req) && req.value === false;
        const status = (0,parse/* mapGet */.ZX)(node, 'status');
        const sv = scalarValue(status);
        if (sv !== undefined) {
            return { kind: 'value', path: `${path}.status`, value: sv, shown: show(sv), line: (0,parse/* lineOf */.cA)(doc, status), falseFlags, notRequired };
        }
        for (const key of DECIDING_FLAGS) {
            const f = (0,parse/* mapGet */.ZX)(node, key);
            const fv = scalarValue(f);
            if (fv !== undefined) {
                return {
                    kind: 'value',
                    path: `${path}.${key}`,
                    value: fv,
                    shown: `${key}: ${show(fv)}`,
                    line: (0,parse/* lineOf */.cA)(doc, f),
                    falseFlags: falseFlags.filter((x) => x.key !== key),
                    notRequired
                };
            }
        }
        const keys = node.items.map((p) => String(p.key?.value ?? p.key)).join(', ');
        return { kind: 'shapeless', path, line: keyLine, what: `has no status, approved or passed field (keys: ${keys || 'none'})` };
    }
    if ((0,yaml_engine/* isSeq */.oP)(node))
        return { kind: 'shapeless', path, line: keyLine, what: 'is a list, not a status' };
    return undefined;
}
function at(file, line) {
    return line === undefined ? file : `${file}:${line}`;
}
function expectedText(rule) {
    const text = GATE_TEXT[rule.name];
    const acc = rule.accept.map((a) => a.trim().toLowerCase());
    if (text && acc.length === text.defaultAccept.length && acc.every((a) => text.defaultAccept.includes(a))) {
        return text.expected;
    }
    return rule.accept.join(' or ');
}
function skippedVerdict(rule) {
    return {
        name: rule.name,
        expected: expectedText(rule),
        found: 'skipped',
        where: 'gates input (skip: true)',
        passed: true,
        reason: `gate ${rule.name} is skipped by the gates input (skip: true) and was not evaluated`
    };
}
function evaluateRule(doc, rule, file) {
    const text = GATE_TEXT[rule.name];
    const label = text ? text.label : `gate ${rule.name}`;
    const expected = expectedText(rule);
    const shapeless = [];
    for (const path of rule.paths) {
        const r = resolve(doc, path);
        if (r === undefined)
            continue;
        if (r.kind === 'shapeless') {
            shapeless.push(r);
            continue;
        }
        const where = `${at(file, r.line)} ${r.path}`;
        const matched = valueMatches(r.value, rule.accept);
        if (matched && r.falseFlags.length > 0) {
            const flags = r.falseFlags.map((f) => `${f.key}: false${f.line ? ` (line ${f.line})` : ''}`).join(', ');
            return {
                name: rule.name,
                expected,
                found: `${r.shown} (contradicted by ${r.falseFlags.map((f) => `${f.key}: false`).join(', ')})`,
                where,
                passed: false,
                reason: `${label} says "${r.shown}" at ${at(file, r.line)} (${r.path}) but ${flags} beside it says otherwise; make the state file consistent before shipping`
            };
        }
        if (matched) {
            return { name: rule.name, expected, found: r.shown, where, passed: true, reason: `${label} is "${r.shown}" at ${at(file, r.line)} (${r.path})` };
        }
        const hint = text
            ? text.explain(normalizeValue(r.value), r.notRequired)
            : `expected ${rule.accept.map((a) => `"${a}"`).join(' or ')}`;
        const notReq = r.notRequired && text ? ' (marked required: false)' : '';
        return {
            name: rule.name,
            expected,
            found: r.shown,
            where,
            passed: false,
            reason: `${label} is "${r.shown}"${notReq} at ${at(file, r.line)} (${r.path}); ${hint}`
        };
    }
    const looked = rule.paths.join(', ');
    const odd = shapeless.map((s) => `${s.path} (line ${s.line ?? '?'}) ${s.what}`).join('; ');
    const todo = text ? text.missing : `add one of ${expected} at one of these paths`;
    return {
        name: rule.name,
        expected,
        found: 'missing',
        where: `${file}: looked at ${looked}`,
        passed: false,
        reason: `no ${label} found in ${file}${odd ? ` (${odd})` : ''}; looked at ${looked}; ${todo}`
    };
}
/**
 * Evaluates every rule (skipped rules give a passing "skipped" verdict). `file` is the path to
 * show (workspace-relative).
 */
function evaluateGates(doc, rules, file) {
    return rules.map((rule) => (rule.skip ? skippedVerdict(rule) : evaluateRule(doc, rule, file)));
}
/** The single blocking verdict for a state file that does not parse. */
function evaluateParseFailure(error) {
    const where = `${error.file}:${error.line}:${error.column}`;
    return {
        name: 'state-file',
        expected: 'a state file that parses',
        found: 'parse error',
        where,
        passed: false,
        reason: `${where}: the state file does not parse (${error.message}); fix it, or point the state-file input at the right file`
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/report-path.ts
var report_path = __webpack_require__(376);
// EXTERNAL MODULE: ./src/workspace/confine.ts
var confine = __webpack_require__(7513);
;// CONCATENATED MODULE: ./src/gates/workspace-files.ts
/**
 * The workspace-files gate: every file the ship will read or write stays in the workspace, and a
 * file the release commit rewrites (version-file, its lock, the changelog, every version-files
 * entry) is a file: not a folder, and not a symlink (the commit would replace the link with a
 * regular file holding the target's content). Checked before any write, dry runs included.
 */




/** A failed verdict for `input` when `file` leads outside the workspace; undefined when it stays in. */
function confinementVerdict(workspace, input, file) {
    try {
        (0,confine/* confinedPath */.OR)(workspace, file, input);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof confine/* OutsideWorkspaceError */.v$))
            throw error;
        return { name: input, expected: 'a file inside the workspace', found: 'a path leading outside', where: file, passed: false, reason: `Input '${input}': ${error.message}` };
    }
}
function isFolder(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
function workspaceFileGates(env, stateFile) {
    const { settings, context } = env;
    const workspace = context.workspace;
    if (!workspace || !(0,external_node_fs_.existsSync)(workspace))
        return [];
    const verdicts = [];
    const report = (0,report_path/* reportFilePath */.K)({ settings, ...(stateFile ? { stateFile } : {}) });
    const written = [[settings.versionFile, 'version-file'], [settings.changelogFile, 'changelog-file']];
    if (external_node_path_default().posix.basename(settings.versionFile) === 'package.json') {
        written.push([external_node_path_default().posix.join(external_node_path_default().posix.dirname(settings.versionFile), 'package-lock.json'), 'version-file']);
    }
    for (const spec of settings.versionFiles ?? [])
        if (!written.some(([file]) => file === spec.path))
            written.push([spec.path, 'version-files']);
    const files = [...(report ? [[report, 'report-file']] : []), ...written];
    for (const [file, input] of files) {
        const outside = confinementVerdict(workspace, input, file);
        if (outside)
            verdicts.push(outside);
    }
    for (const [file, input] of written) {
        if (verdicts.some((v) => v.where === file) || !isFolder(external_node_path_default().join(workspace, file)))
            continue;
        verdicts.push({
            name: input,
            expected: 'a file',
            found: 'a folder',
            where: file,
            passed: false,
            reason: `Input '${input}': ${file} is a folder, not a file; expected ${input} to name a file (the release commit edits files)`
        });
    }
    for (const [file, input] of written) {
        if (verdicts.some((v) => v.where === file))
            continue;
        const target = (0,confine/* symlinkTarget */.vt)(workspace, file);
        if (target === undefined)
            continue;
        verdicts.push({
            name: input,
            expected: 'a regular file',
            found: `a symlink to ${target}`,
            where: file,
            passed: false,
            reason: `Input '${input}': ${file} is a symlink (to ${target}); the release commit would replace it with a regular file: expected ${input} to name the file itself (e.g. ${target})`
        });
    }
    return verdicts;
}

// EXTERNAL MODULE: ./src/gates/freeze.ts
var gates_freeze = __webpack_require__(4545);
// EXTERNAL MODULE: ./src/once.ts
var once = __webpack_require__(8094);
;// CONCATENATED MODULE: ./src/gates/stage.ts
/**
 * The gates stage: every gate evaluated (no stopping at the first), each with a reason.
 * State file gates, required checks (waiting up to checks-timeout for pending ones, polling with
 * conditional requests), review approvals when the branch rules require them, and optionally a
 * successful deployment of this commit to the staging environment. Reads only; writes nothing.
 */












/**
 * Every gate (no stopping at the first): the state file, required checks and approvals, staging,
 * the workspace's files, and each deploy strategy's own checks. `reads`: the first reads, sent
 * before this code was loaded (reads-ahead.ts).
 */
async function runGates(env, steps, reads) {
    const found = {};
    // Awaited after the state file's gates: a failure before then is not an unhandled rejection.
    const asked = (0,once/* started */.A)(Promise.all([
        checkGates(env, reads),
        stagingGates(env, reads),
        Promise.all(steps.map(({ strategy, config }) => strategy.preflight?.(env, config) ?? Promise.resolve([])))
    ]));
    // The state file is found, read and parsed (work on this thread, no request) once the gates'
    // requests are on their way (the deploy workflow's inputs are parsed then too, see
    // WorkflowFiles.read): done first, it held them up.
    await env.client.requestsWritten();
    const stateVerdicts = await stateFileGates(env, found);
    const [checks, stagingVerdicts, strategyVerdicts] = await asked;
    // The freeze once every other gate answered (waits for checks included): the moment the ship starts writing.
    const { settings } = env;
    const freeze = (0,gates_freeze/* checkFreeze */.Ex)(settings.freeze ?? [], env.clock.now(), settings.freezeOverride ? { reason: settings.freezeOverride, by: env.context.actor } : undefined);
    if (freeze.warning)
        env.timeline.warn(freeze.warning);
    // After the state file is found: an auto report file sits beside it.
    const verdicts = [...stateVerdicts, ...workspaceFileGates(env, found.stateFile), ...checks.verdicts, ...stagingVerdicts, ...strategyVerdicts.flat(), ...freeze.verdicts];
    const result = { verdicts, ...found, ...(checks.branch ? { branch: checks.branch } : {}), ...(freeze.record ? { freeze: freeze.record } : {}) };
    const failed = verdicts.filter((g) => !g.passed);
    if (failed.length) {
        // Each failed gate in the log too, titled with its name (an input's name where an input is at fault).
        for (const g of failed)
            core/* error */.z3(g.reason.startsWith('Input ') ? g.reason : `${g.name}: ${g.reason}`, { title: g.name });
        return { ...result, state: 'failed', summary: `${failed.length} of ${verdicts.length} gates failed: ${failed.map((g) => g.name).join(', ')}` };
    }
    return { ...result, state: 'done', summary: `all ${verdicts.length} gates passed` };
}
async function stateFileGates(env, found) {
    const { settings, context, timeline } = env;
    // Finding the file (auto) parses the candidates: the YAML library first.
    if (settings.stateFile.mode !== 'none')
        await (0,yaml_engine/* loadYaml */.yv)();
    const located = (0,find/* resolveStateFile */.YM)(context.workspace, settings.stateFile);
    if ('skipped' in located) {
        timeline.warn(`${located.reason}: staging validation and rollback are not checked from a state file`, false);
        return [];
    }
    if ('error' in located) {
        return [
            {
                name: 'state file',
                expected: 'a workflow state file',
                found: 'none',
                where: settings.stateFile.mode === 'path' ? settings.stateFile.path : 'specs/*/, epics/*/',
                passed: false,
                reason: located.error
            }
        ];
    }
    const outside = confinementVerdict(context.workspace, 'state-file', located.path);
    if (outside)
        return [outside];
    found.stateFile = { path: located.path, feature: located.feature, reason: located.reason };
    core/* info */.pq(`state file: ${located.path} (${located.reason})`);
    const parsed = (0,parse/* parseStateFile */.ne)(located.path, (0,parse/* readStateText */.Rw)(located.absolutePath));
    if (!parsed.ok) {
        const e = parsed.error;
        core/* error */.z3(`${e.message}`, { title: 'ship-prod: state file does not parse', file: e.file, startLine: e.line, startColumn: e.column });
        return [evaluateParseFailure(e)];
    }
    const rules = mergeGateRules(builtInGates(), settings.gates);
    for (const warning of gateWarnings(builtInGates(), rules))
        timeline.warn(warning, false);
    return evaluateGates(parsed.doc, rules, located.path);
}
/** Polling interval for pending checks: a tenth of the wait, between 1 s and 15 s. */
function checksPollInterval(timeoutMs) {
    return Math.min(15_000, Math.max(1_000, Math.round(timeoutMs / 10)));
}
async function checkGates(env, reads) {
    const { settings } = env;
    const mode = settings.requiredChecks;
    // The checks on the commit were read alongside the rules that say which of them are required; so
    // was the pull request that brought the commit (one read more when the rules require no review,
    // one round trip less when they do: its reviews are read next).
    const { pull } = reads;
    const { cache } = reads.checks;
    const [requirements, firstObservations] = await Promise.all([reads.requirements, reads.checks.first]);
    for (const note of requirements?.notes ?? [])
        env.timeline.warn(note, false);
    const fromRules = requirements ? requiredFromRules(requirements.rules ?? [], requirements.protection ?? undefined) : undefined;
    const approvals = fromRules?.approvingReviews ?? 0;
    const [checks, approval] = await Promise.all([
        mode.mode === 'none'
            ? Promise.resolve([])
            : requiredCheckGates(env, mode.mode === 'all' ? 'all' : mode.mode === 'list' ? mode.names : (fromRules?.contexts ?? []), fromRules?.sources ?? [], {
                cache,
                first: firstObservations
            }),
        approvals > 0 ? approvalGate(env, approvals, pull ?? Promise.resolve(null)) : Promise.resolve(undefined)
    ]);
    return { verdicts: approval ? [...checks, approval] : checks, ...(requirements ? { branch: requirements } : {}) };
}
/** Required checks, waiting up to checks-timeout for pending or not yet reported ones; a failure ends the wait. */
async function requiredCheckGates(env, required, sources, read) {
    const { settings, context, client, clock } = env;
    const { cache } = read;
    const ownRun = context.runId ? `/actions/runs/${context.runId}/` : undefined;
    // This job's own check run: an Actions check's details URL is …/actions/runs/<run id>/job/<job id>.
    const ignore = (o) => Boolean(ownRun && (o.detailsUrl ?? o.url)?.includes(ownRun));
    const judge = (observed) => evaluateRequiredChecks(required, observed, { ignore, sha: context.sha });
    const evaluate = async () => judge(await (0,checks/* readCheckObservations */.iM)(client, context.sha, cache));
    const deadline = clock.now() + settings.checksTimeoutMs;
    const interval = checksPollInterval(settings.checksTimeoutMs);
    let result = judge(read.first);
    const waitingFor = () => result.pending.length + result.missing.length;
    const finalFailures = () => result.verdicts.filter((v) => !v.passed).length - waitingFor();
    const progress = env.progress(`required checks of ${context.sha.slice(0, 7)} (checks-timeout ${(0,durations/* formatDuration */.a3)(settings.checksTimeoutMs)})`, `${context.serverUrl}/${context.owner}/${context.repo}/commit/${context.sha}/checks`);
    while (waitingFor() > 0 && finalFailures() === 0 && clock.now() + interval <= deadline) {
        progress.update(`waiting for ${[...result.pending, ...result.missing].join(', ')}`);
        await progress.sleep(interval);
        result = await evaluate();
    }
    if (cache.requests > 2)
        core/* info */.pq(`checks polled ${cache.requests} times, ${cache.notModified} answered 304`);
    const verdicts = [];
    if (required !== 'all' && required.length === 0) {
        verdicts.push({
            name: 'required checks',
            expected: 'the checks the branch rules require',
            found: 'none required',
            where: `rules and protection of ${context.branch || 'the branch'}${sources.length ? ` (${sources.join(', ')})` : ''}`,
            passed: true,
            reason: 'the branch rules require no status checks'
        });
    }
    verdicts.push(...result.verdicts);
    return verdicts;
}
async function approvalGate(env, required, found) {
    const { client, context } = env;
    const pull = await (0,checks/* readPullReviews */.J3)(client, found);
    if (!pull) {
        return {
            name: 'approvals',
            expected: `${required} approving review${required > 1 ? 's' : ''}`,
            found: 'no pull request',
            where: `pull requests associated with ${context.sha.slice(0, 7)}`,
            passed: false,
            reason: `the rules of ${context.branch} require ${required} approving review(s), but no pull request into ${context.branch} brought ${context.sha.slice(0, 7)}`
        };
    }
    const verdict = evaluateApprovals(pull.reviews, required);
    return { ...verdict, where: `${verdict.where} · pull request #${pull.number} ${pull.url}` };
}
/** Staging provenance: the commit's latest deployment to each listed environment succeeded. */
async function stagingGates(run, reads) {
    const list = reads.staging;
    return Promise.all(list.map(({ environment, deployment }) => stagingGate(run, environment, deployment, list.length > 1 ? `staging provenance (${environment})` : 'staging provenance')));
}
async function stagingGate(run, staging, read, name) {
    const { context } = run;
    const deployment = await read;
    const base = { name, expected: `a successful deployment of ${context.sha.slice(0, 7)} to ${staging}` };
    if (!deployment) {
        return { ...base, found: 'none', where: `deployments of ${context.sha.slice(0, 7)} to ${staging}`, passed: false, reason: `${context.sha.slice(0, 7)} was never deployed to ${staging}; deploy and validate it there first` };
    }
    const passed = deployment.state === 'success';
    return {
        ...base,
        found: deployment.state ?? 'no status',
        where: `deployment ${deployment.id} (${deployment.createdAt})${deployment.url ? ` ${deployment.url}` : ''}`,
        passed,
        reason: passed
            ? `deployment ${deployment.id} to ${staging} succeeded`
            : `the latest deployment of ${context.sha.slice(0, 7)} to ${staging} is ${deployment.state ?? 'without a status'}, not success`
    };
}

;// CONCATENATED MODULE: ./src/pipeline-gates.ts
/**
 * What the pipeline runs up to the gates, as one module: ncc makes one chunk of it, loaded as the
 * pipeline starts (pipeline.ts). One chunk, not one per module: code two chunks share is copied
 * into each and compiled twice.
 */




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


/***/ }),

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ normalizePhase),
/* harmony export */   YM: () => (/* binding */ resolveStateFile),
/* harmony export */   pw: () => (/* binding */ isProductionPhase)
/* harmony export */ });
/* unused harmony exports FEATURE_ROOTS, STATE_FILE_NAMES, PHASE_PATHS, PRODUCTION_PHASES, nodeStateFs, readPhase, findStateFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5210);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5837);
/**
 * Finding the workflow state file (`state-file: auto`, `none`, or a path), and its phase.
 *
 * File access goes through a small injected `StateFs` so the logic is pure and testable; the
 * default reads the real disk synchronously (a handful of small files).
 */




/** Feature roots searched by `auto`, one level of feature folders under each. */
const FEATURE_ROOTS = ['specs', 'epics'];
/** State file names, most preferred first (newest format first). */
const STATE_FILE_NAMES = ['state.yaml', 'workflow-state.yaml', 'workflow-state.json'];
/** Where the phase is read from, first present scalar wins. */
const PHASE_PATHS = ['current_phase', 'phase', 'workflow.phase'];
/**
 * Phases that say "this feature is shipping to production", after normalising: trimmed,
 * lower-cased, the part after the last `:` (`ship:ship-prod` -> `ship-prod`), `_` and spaces
 * turned into `-`. Plain `ship`, `finalize`, `validate-staging`, `ship-staging` do not count:
 * they are before (or after) the production step, or ambiguous.
 */
const PRODUCTION_PHASES = [
    'ship-prod',
    'ship-production',
    'deploy-prod',
    'deploy-production',
    'prod-deploy',
    'production-deploy',
    'production-deployment',
    'ship-to-production'
];
const nodeStateFs = {
    list(dir) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => e.name);
        }
        catch {
            return [];
        }
    },
    read(file) {
        try {
            if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).isFile())
                return undefined;
            return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .readStateText */ .Rw)(file);
        }
        catch {
            return undefined;
        }
    }
};
/** Normalise a phase value for comparison with PRODUCTION_PHASES. */
function normalizePhase(raw) {
    const lower = raw.trim().toLowerCase();
    const last = lower.slice(lower.lastIndexOf(':') + 1);
    return last.replace(/[_\s]+/g, '-');
}
function isProductionPhase(raw) {
    return PRODUCTION_PHASES.includes(normalizePhase(raw));
}
/** The phase of a parsed state file: first of PHASE_PATHS holding a scalar string or number. */
function readPhase(doc) {
    for (const path of PHASE_PATHS) {
        const node = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .getIn */ .O6)(doc, path.split('.'));
        if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
            const value = String(node.value).trim();
            if (value !== '')
                return { value, path };
        }
    }
    return undefined;
}
function toRel(workspace, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspace, abs);
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** Higher number first; folders without a number last; then by name, then by path. */
function byNumberThenName(a, b) {
    const an = a.number ?? -1;
    const bn = b.number ?? -1;
    if (an !== bn)
        return bn - an;
    if (a.folder !== b.folder)
        return a.folder < b.folder ? -1 : 1;
    return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}
/**
 * `state-file: auto`. Looks in specs/* and epics/* for a state file (state.yaml, then
 * workflow-state.yaml, then workflow-state.json within a folder). Picks the folder whose phase
 * says it is shipping to production (several: highest number, then name); otherwise the highest
 * `NNN-` number (folders without a number rank lowest); ties go to the first by name. File times
 * are never used.
 */
function findStateFile(workspace, fs = nodeStateFs) {
    const candidates = [];
    for (const root of FEATURE_ROOTS) {
        const rootDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(workspace, root);
        for (const folder of [...fs.list(rootDir)].sort()) {
            for (const file of STATE_FILE_NAMES) {
                const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(rootDir, folder, file);
                const text = fs.read(abs);
                if (text === undefined)
                    continue;
                const m = /^(\d+)-/.exec(folder);
                const cand = { root, folder, file, abs, rel: toRel(workspace, abs) };
                if (m) {
                    cand.digits = m[1];
                    cand.number = Number.parseInt(m[1], 10);
                }
                const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStateFile */ .ne)(cand.rel, text);
                if (parsed.ok)
                    cand.phase = readPhase(parsed.doc);
                candidates.push(cand);
                break;
            }
        }
    }
    if (candidates.length === 0) {
        return {
            error: `no state file found: looked for ${STATE_FILE_NAMES.join(', ')} in ` +
                `${FEATURE_ROOTS.map((r) => `${r}/*/`).join(' and ')} of ${workspace}; ` +
                'set the state-file input to its path, or to none to skip the state-file gates'
        };
    }
    const of = `${candidates.length} candidate${candidates.length === 1 ? '' : 's'}`;
    const found = (c, reason) => ({
        path: c.rel,
        absolutePath: c.abs,
        feature: c.folder,
        reason
    });
    const shipping = candidates.filter((c) => c.phase && isProductionPhase(c.phase.value)).sort(byNumberThenName);
    if (shipping.length > 0) {
        const c = shipping[0];
        const phase = c.phase;
        let reason = `phase ${phase.value} (${phase.path}) of ${of}`;
        if (shipping.length > 1) {
            reason += `; ${shipping.length} folders are shipping to production (${shipping
                .map((s) => s.folder)
                .join(', ')}), chose the highest number then first by name`;
        }
        return found(c, reason);
    }
    const ranked = [...candidates].sort(byNumberThenName);
    const c = ranked[0];
    if (candidates.length === 1)
        return found(c, 'the only feature folder with a state file (no production phase)');
    if (c.number === undefined) {
        return found(c, `no folder is numbered or shipping to production; first by name of ${of}`);
    }
    const ties = ranked.filter((r) => r !== c && r.number === c.number);
    let reason = `highest number ${c.digits} of ${of} (none has a production phase)`;
    if (ties.length > 0)
        reason += `; tie with ${ties.map((t) => t.folder).join(', ')}, first by name`;
    return found(c, reason);
}
/** Resolves the state-file input: auto (discovery), none (skip) or an explicit path that must exist. */
function resolveStateFile(workspace, choice, fs = nodeStateFs) {
    if (choice.mode === 'none')
        return { skipped: true, reason: 'state-file is none: state-file gates skipped' };
    if (choice.mode === 'auto')
        return findStateFile(workspace, fs);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, choice.path);
    if (fs.read(abs) === undefined) {
        return { error: `state-file "${choice.path}" does not exist (looked at ${abs})` };
    }
    return {
        path: toRel(workspace, abs),
        absolutePath: abs,
        feature: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs)),
        reason: 'set by the state-file input'
    };
}


/***/ }),

/***/ 5837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ getIn),
/* harmony export */   Rw: () => (/* binding */ readStateText),
/* harmony export */   ZX: () => (/* binding */ mapGet),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   ne: () => (/* binding */ parseStateFile),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export MAX_STATE_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5210);
/* harmony import */ var _config_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2881);
/**
 * The workflow state file, parsed: YAML or JSON, strict on duplicate keys, with line and column
 * on failure, bounded in size and alias expansion; and values read out of it with their lines.
 */



/** A state file is a few kilobytes; a larger one is refused (parsing it could take gigabytes). */
const MAX_STATE_FILE_BYTES = 1024 * 1024;
/**
 * The text of a file, read up to one byte past MAX_STATE_FILE_BYTES (so an oversized file costs
 * no more memory than that, and parseStateFile still sees that it is too large).
 */
function readStateText(file) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'r');
    try {
        const buffer = Buffer.alloc(Math.min(node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size, MAX_STATE_FILE_BYTES + 1));
        const read = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, 0, buffer.length, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
function posToLineCol(text, pos) {
    const p = Math.max(0, Math.min(pos, text.length));
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < p; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: p - lineStart + 1 };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
function parseYaml(file, text, format) {
    const { LineCounter, parseDocument } = (0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlLibrary */ .Tj)();
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    if (document.errors.length > 0) {
        const e = document.errors[0];
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { ok: false, error: { file, line, column: col, message: firstLine(e.message) } };
    }
    const aliases = (0,_config_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .aliasExpansionProblem */ .d)(document);
    if (aliases)
        return { ok: false, error: { file, line: 1, column: 1, message: `refused: ${aliases}` } };
    return { ok: true, doc: { file, format, document, lineCounter } };
}
/**
 * Parses a state file. `.json` files must be strict JSON (JSON.parse); the position of a JSON
 * error becomes line and column. YAML is parsed with duplicate keys as errors. The first error
 * is reported (1-based line and column).
 */
function parseStateFile(path, text) {
    if (Buffer.byteLength(text) > MAX_STATE_FILE_BYTES) {
        return { ok: false, error: { file: path, line: 1, column: 1, message: `refused: larger than 1 MiB (a state file is a few kilobytes)` } };
    }
    if (path.toLowerCase().endsWith('.json')) {
        try {
            JSON.parse(text);
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            let where;
            const lc = /\(line (\d+) column (\d+)\)/.exec(message);
            const at = /at position (\d+)/.exec(message);
            if (lc)
                where = { line: Number(lc[1]), column: Number(lc[2]) };
            else if (at)
                where = posToLineCol(text, Number(at[1]));
            else
                where = posToLineCol(text, text.length);
            return { ok: false, error: { file: path, ...where, message: message.replace(/\s*\(line \d+ column \d+\)/, '') } };
        }
        return parseYaml(path, text, 'json');
    }
    return parseYaml(path, text, 'yaml');
}
// ---------------------------------------------------------------------------------------------
// Reading values
/** Keys that name an entry in a list of phase/step entries (`- name: validate-staging`). */
const ENTRY_NAME_KEYS = ['name', 'id', 'phase', 'step'];
function keyText(key) {
    if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key))
        return key.value === null ? undefined : String(key.value);
    if (typeof key === 'string' || typeof key === 'number')
        return String(key);
    return undefined;
}
/** The value node of `key` in a map node: undefined when absent (an empty value is a null scalar). */
function mapGet(node, key) {
    if (!(0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        return undefined;
    for (const item of node.items) {
        if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && keyText(item.key) === key)
            return item.value ?? null;
    }
    return undefined;
}
/**
 * Follows dotted-path segments. On a map: the key. On a list: a numeric index, or the entry (a
 * map) whose name/id/phase/step equals the segment. Returns undefined when absent; an empty
 * value (`key:` or `key: null`) is a null scalar (or null).
 */
function getIn(doc, segments) {
    return locate(doc, segments)?.node;
}
/** Like getIn, with the node that names it (the map key, or the list entry) for its line. */
function locate(doc, segments) {
    let node = doc.document.contents;
    let label;
    for (const seg of segments) {
        if (node === null || node === undefined)
            return undefined;
        if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const items = node.items;
            const pair = items.find((item) => (0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && keyText(item.key) === seg);
            if (!pair)
                return undefined;
            label = pair.key;
            node = pair.value ?? null;
        }
        else if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            let entry;
            if (/^\d+$/.test(seg)) {
                entry = node.items[Number(seg)];
            }
            else {
                entry = node.items.find((item) => ENTRY_NAME_KEYS.some((k) => {
                    const v = mapGet(item, k);
                    return (0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v) && v.value !== null && String(v.value).trim() === seg;
                }));
            }
            if (entry === undefined)
                return undefined;
            label = entry;
            node = entry ?? null;
        }
        else {
            return undefined;
        }
    }
    if (node === undefined)
        return undefined;
    return { node, label };
}
/** 1-based line of a node, when it has a position. */
function lineOf(doc, node) {
    const range = node?.range;
    if (!range)
        return undefined;
    return doc.lineCounter.linePos(range[0]).line;
}


/***/ })

};

//# sourceMappingURL=760.index.js.map