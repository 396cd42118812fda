export const id = 19;
export const ids = [19];
export const modules = {

/***/ 9255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/** "did you mean" hints for names typed almost right (edit distance under 3). */
function didYouMean(word, known) {
    let best;
    let bestDistance = 3;
    for (const candidate of known) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best ? ` (did you mean '${best}'?)` : '';
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 6503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YV: () => (/* binding */ durationProblem),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   rJ: () => (/* binding */ DURATION_EXAMPLES)
/* harmony export */ });
/* unused harmony exports DurationError, parseDuration, MAX_DURATION_MS */
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4968);
/**
 * Durations as written in inputs, and as shown in reports.
 *
 * Accepted forms (surrounding and in-between spaces are allowed):
 * - a bare number means seconds: `90`, `0`, `1.5`
 * - a number with a unit: `500ms`, `90s`, `5m`, `1h`
 * - several units, largest first, each at most once: `1h30m`, `1m 30s`, `2s 500ms`
 * Decimals are allowed (`1.5s`, `0.5h`); the result is rounded to the nearest millisecond.
 * Units are lower case; long forms (`5 minutes`), negative values and days are not accepted.
 */

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const UNIT_ORDER = ['h', 'm', 's', 'ms'];
/** Examples shown in every "expected" hint. */
const DURATION_EXAMPLES = '90, 90s, 5m, 1h';
/** Thrown by parseDuration; the message is a complete sentence naming the bad text. */
class DurationError extends Error {
    text;
    reason;
    constructor(text, reason) {
        super(`${JSON.stringify(text)} is not a duration${reason ? ` (${reason})` : ''}; expected e.g. ${DURATION_EXAMPLES}`);
        this.text = text;
        this.reason = reason;
        this.name = 'DurationError';
    }
}
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const PART = /(\d+(?:\.\d+)?)\s*(ms|h|m|s)\s*/y;
/** Parses a duration (see the module comment) into milliseconds. Throws DurationError. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new DurationError(text, 'it is empty');
    if (trimmed.startsWith('-'))
        throw new DurationError(text, 'it is negative');
    if (BARE_NUMBER.test(trimmed))
        return finish(text, Number(trimmed) * UNIT_MS.s);
    let total = 0;
    let lastUnitIndex = -1;
    PART.lastIndex = 0;
    while (PART.lastIndex < trimmed.length) {
        const at = PART.lastIndex;
        const match = PART.exec(trimmed);
        if (!match) {
            if (/^\d+(?:\.\d+)?\s*$/.test(trimmed.slice(at)) && at > 0) {
                throw new DurationError(text, 'a number after a unit needs its own unit');
            }
            throw new DurationError(text);
        }
        const unit = match[2];
        const index = UNIT_ORDER.indexOf(unit);
        if (index === lastUnitIndex)
            throw new DurationError(text, `unit '${unit}' appears twice`);
        if (index < lastUnitIndex)
            throw new DurationError(text, 'units go from largest to smallest, e.g. 1h30m');
        lastUnitIndex = index;
        total += Number(match[1]) * UNIT_MS[unit];
    }
    return finish(text, total);
}
function finish(text, ms) {
    const rounded = Math.round(ms);
    if (!Number.isSafeInteger(rounded))
        throw new DurationError(text, 'it is too large');
    return rounded;
}
/**
 * A duration for people: `450 ms`, `1.5s`, `59.9s`, `1m 30s`, `2h`, `1h 0m 5s` is shown as `1h 5s`.
 * Under a second: whole milliseconds. Under a minute: seconds with at most one decimal.
 * From a minute on: hours, minutes and seconds, rounded to the second, zero parts left out.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    if (ms < 0)
        return `-${formatDuration(-ms)}`;
    const wholeMs = Math.round(ms);
    if (wholeMs < 1_000)
        return `${wholeMs} ms`;
    const tenths = Math.round(ms / 100);
    if (tenths < 600)
        return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}s`;
    const seconds = Math.round(ms / 1_000);
    const h = Math.floor(seconds / 3_600);
    const m = Math.floor((seconds % 3_600) / 60);
    const s = seconds % 60;
    const parts = [];
    if (h > 0)
        parts.push(`${h}h`);
    if (m > 0)
        parts.push(`${m}m`);
    if (s > 0)
        parts.push(`${s}s`);
    return parts.join(' ');
}
/** No duration input may exceed this (the longest a job can run, on a self-hosted runner). */
const MAX_DURATION_MS = 5 * 24 * 3_600_000;
/** A duration input read: milliseconds, or a problem sentence (zero refused unless allowed; at most 5 days). */
function durationProblem(value, allowZero) {
    let ms;
    try {
        ms = parseDuration(value);
    }
    catch (error) {
        if (error instanceof DurationError)
            return { problem: error.message };
        throw error;
    }
    if (!allowZero && ms === 0) {
        return { problem: `${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value)} is zero; expected a duration greater than 0, e.g. ${DURATION_EXAMPLES}` };
    }
    if (ms > MAX_DURATION_MS) {
        return { problem: `${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value)} is longer than 5 days (120h, the longest a job can run); expected a shorter duration` };
    }
    return { ms };
}


/***/ }),

/***/ 4968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ hasControlChar),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   Zw: () => (/* binding */ Problems),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9627);
/**
 * Input problems: collected one per bad value, each naming its input, thrown together
 * (InputError) before anything is changed. Secret values are redacted from every message.
 */

/** Every input problem at once; the message lists them one per line. */
class InputError extends Error {
    problems;
    /** The input each problem is about (same order as `problems`). */
    inputs;
    constructor(problems, inputs = []) {
        const count = problems.length === 1 ? '1 input problem' : `${problems.length} input problems`;
        super(`${count} (nothing was changed):\n${problems.join('\n')}`);
        this.name = 'InputError';
        this.problems = problems;
        this.inputs = inputs;
    }
}
class Problems {
    order;
    list = [];
    /** Values redacted from every message (defence in depth: messages never show them anyway). */
    secrets = [];
    /** `order`: input names in action.yml's order (problems are listed in that order). */
    constructor(order) {
        this.order = order;
    }
    add(input, message, where) {
        this.list.push({ input, text: `Input '${input}'${where ? ` (${where})` : ''}: ${message}` });
    }
    /** A problem worded in full (it must still name the input). */
    addSentence(input, text) {
        this.list.push({ input, text });
    }
    /** Throws InputError with every problem, in action.yml's input order, secrets redacted. */
    throwIfAny() {
        if (this.list.length === 0)
            return;
        const redact = (0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRedactor */ .iP)(this.secrets);
        const ordered = [...this.list].sort((a, b) => this.order.indexOf(a.input) - this.order.indexOf(b.input));
        throw new InputError(ordered.map(({ text }) => redact(text)), ordered.map(({ input }) => input));
    }
}
/** A value as shown in a message: JSON-quoted (line breaks visible), shortened when long. */
function show(value) {
    const quoted = JSON.stringify(value);
    return quoted.length > 90 ? `${quoted.slice(0, 86)}…"` : quoted;
}
function hasControlChar(value, allowTab = false) {
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if ((code < 0x20 && !(allowTab && code === 0x09)) || code === 0x7f)
            return true;
    }
    return false;
}


/***/ }),

/***/ 9627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ redactWith),
/* harmony export */   eT: () => (/* binding */ redactStrings),
/* harmony export */   iP: () => (/* binding */ compileRedactor),
/* harmony export */   jh: () => (/* binding */ isDistinctive)
/* harmony export */ });
/* unused harmony exports REDACTED, isTooSmall */
/**
 * Redaction (pure): every secret in a text replaced by `***`, whatever its length or shape.
 *
 * How a value is found decides what else it can hit, so there are two ways:
 * - a distinctive value (8 characters or more, not only digits: a token, a webhook URL, most
 *   header values) is replaced wherever it occurs, even inside a longer word;
 * - any other value (`8675309`, `eu`, `true`, `3`) is replaced only where it stands as a whole
 *   token: not touching a letter, a digit or `_`, nor a `.`, `-` or `+` that carries the token on
 *   (so `3` hides `replicas 3` and `x=3` but not `1.3.0`, `v3` or `503`, and `eu` hides `eu` but
 *   not `queue` or `eu-west-1`).
 * The price of the second way: an unrelated word that equals a short secret (a deploy input
 * `dry=true` and the word `true` in a sentence) is hidden too. That is the contract: a value
 * given as a secret is never shown, whatever its shape. One floor: a single character and a
 * number of one or two digits (`x`, `3`, `12`) are not looked for. Hidden, they would take every
 * count, step and line number of the log with them (`line ***`), and a value that small keeps
 * nothing secret anyway.
 *
 * Besides the value itself, the forms it takes when the action shows it are found too: its
 * whitespace runs folded to one space (one-line messages), escaped inside a JSON string, and
 * percent-encoded (inside a URL).
 */
const REDACTED = '***';
/** Too small to look for (see above): one character, or a number of one or two digits. */
function isTooSmall(value) {
    return value.length < 2 || /^\d{1,2}$/.test(value);
}
/** A value matched anywhere (not only as a whole token). */
function isDistinctive(value) {
    return value.length >= 8 && !/^\d+$/.test(value);
}
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A token character, and a `.`/`-`/`+` joining two token characters (`1.3.0`, `eu-west-1`). */
const BEFORE = '(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}_][.+\\-])';
const AFTER = '(?![\\p{L}\\p{N}_])(?![.+\\-][\\p{L}\\p{N}_])';
/** The forms a secret takes in what the action writes. */
function variants(secret) {
    const forms = new Set([secret]);
    const folded = secret.replace(/\s+/g, ' ').trim();
    if (folded !== '')
        forms.add(folded);
    forms.add(JSON.stringify(secret).slice(1, -1));
    try {
        forms.add(encodeURIComponent(secret));
    }
    catch {
        // a lone surrogate: no encoded form
    }
    return [...forms].filter((f) => f !== '');
}
/**
 * A function that redacts every one of `secrets` (empty and blank ones ignored) from a text.
 * Compile it once for many texts.
 */
function compileRedactor(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (isTooSmall(secret.trim()))
            continue;
        for (const form of variants(secret))
            if (!isTooSmall(form))
                forms.add(form);
    }
    if (forms.size === 0)
        return (text) => text;
    // Longest first: at one position, a secret that contains another is replaced whole.
    const alternatives = [...forms]
        .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
        .map((form) => (isDistinctive(form) ? escapeRegex(form) : `${BEFORE}${escapeRegex(form)}${AFTER}`));
    const pattern = new RegExp(alternatives.join('|'), 'gu');
    return (text) => (text === '' ? text : text.replace(pattern, REDACTED));
}
/** `text` with every one of `secrets` redacted (see compileRedactor). */
function redactWith(text, secrets) {
    return compileRedactor(secrets)(text);
}
/**
 * A JSON-shaped value with every string in it redacted (object keys, numbers and booleans kept):
 * what a report-json reader parses stays valid JSON of the same shape.
 */
function redactStrings(value, redact) {
    const walk = (v, depth) => {
        if (typeof v === 'string')
            return redact(v);
        if (v === null || typeof v !== 'object' || depth > 100)
            return v;
        if (Array.isArray(v))
            return v.map((item) => walk(item, depth + 1));
        const out = {};
        for (const [key, item] of Object.entries(v))
            out[key] = walk(item, depth + 1);
        return out;
    };
    return walk(value, 0);
}


/***/ }),

/***/ 8019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Iz: () => (/* binding */ maskKeyValueLines),
/* harmony export */   Kp: () => (/* binding */ redactJson),
/* harmony export */   US: () => (/* binding */ redactOutputs),
/* harmony export */   X8: () => (/* binding */ hideValues),
/* harmony export */   aM: () => (/* binding */ maskDeployInputValues),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   k6: () => (/* binding */ maskHeaderValues)
/* harmony export */ });
/* unused harmony exports MIN_MASK_LENGTH, registeredSecrets */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5210);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9627);
/* harmony import */ var _yaml_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7600);
/**
 * Secrets found in inputs (the token, header values, deploy-inputs values, webhook URLs): kept
 * here as soon as they are read, so that everything the action writes itself (log lines through
 * log-redaction.ts, summary, report file, outputs, notifications) can be redacted, whatever the
 * value's length or shape (redaction.ts says how short values are found). Where a secret is a
 * value of a named thing (a header, a deploy input, a webhook), reports show the name and `***`:
 * see `hideValues`.
 *
 * The runner is told too (core.setSecret, `::add-mask::`), so later steps' logs are masked. The
 * runner replaces a masked value wherever it occurs, even inside other words: values under
 * MIN_MASK_LENGTH characters (`eu`, `3`) are not given to it, as they would garble every line of
 * the job's log; the action still redacts them (as whole tokens) from all it writes.
 */




/** The shortest value the runner is asked to mask (shorter ones are redacted by the action only). */
const MIN_MASK_LENGTH = 4;
const registered = new Set();
let compiled;
function remember(value, secrets) {
    registered.add(value);
    secrets?.push(value);
}
/** Marks a value as secret: redacted by `redactSecrets` whatever its length; masked in the log from MIN_MASK_LENGTH characters. */
function registerSecret(value, secrets) {
    const trimmed = value.trim();
    if (trimmed === '')
        return;
    if (trimmed.length >= MIN_MASK_LENGTH)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(trimmed);
    remember(trimmed, secrets);
}
/** Masks a value in the log whatever its length (header values, the token), and redacts it. */
function maskSecret(value, secrets) {
    if (value === '')
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    remember(value, secrets);
    if (value.trim() !== value && value.trim() !== '')
        remember(value.trim());
}
/** Every secret registered so far (for redactors of their own, e.g. the log's). */
function registeredSecrets() {
    return registered;
}
/** The text with every registered secret replaced by `***` (see redaction.ts). */
function redactSecrets(text) {
    if (registered.size === 0)
        return text;
    if (compiled?.size !== registered.size)
        compiled = { size: registered.size, redact: (0,_redaction_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRedactor */ .iP)(registered) };
    return compiled.redact(text);
}
/** A JSON-shaped value (the record, report-json, a notification) with every registered secret redacted from its strings. */
function redactJson(value) {
    return registered.size === 0 ? value : (0,_redaction_js__WEBPACK_IMPORTED_MODULE_3__/* .redactStrings */ .eT)(value, redactSecrets);
}
/**
 * The step's outputs as they may be published. `report-json` is redacted string by string (it
 * stays valid JSON); the other outputs are facts the action computes (status, ids, version,
 * `rolled-back`): only distinctive secrets are looked for there, as hiding a short value would
 * turn `rolled-back: false` into `***` whenever a deploy input is `false`.
 */
function redactOutputs(outputs) {
    const distinctive = (0,_redaction_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRedactor */ .iP)([...registered].filter(_redaction_js__WEBPACK_IMPORTED_MODULE_3__/* .isDistinctive */ .jh));
    const out = {};
    for (const [name, value] of Object.entries(outputs)) {
        out[name] = name === 'report-json' ? redactReportJson(value) : distinctive(value);
    }
    return out;
}
function redactReportJson(text) {
    try {
        return JSON.stringify(redactJson(JSON.parse(text)));
    }
    catch {
        return redactSecrets(text);
    }
}
/** Registers the values of `key=value` lines (the deploy-inputs input), even on lines that are otherwise wrong. */
function maskKeyValueLines(text, secrets) {
    for (const line of text.split(/\r?\n/)) {
        const eq = line.indexOf('=');
        if (eq >= 0 && !line.trim().startsWith('#'))
            registerSecret(line.slice(eq + 1), secrets);
    }
}
/** A name → value map as reports may show it: the names, every value `***`. */
function hideValues(values) {
    return Object.fromEntries(Object.keys(values).map((name) => [name, '***']));
}
/**
 * Masks the value of every header (scalars directly in a `headers` mapping, at any depth), even in
 * a document with errors or in checks that are otherwise invalid.
 */
function maskHeaderValues(doc, secrets) {
    forEachValueOf(doc, 'headers', (value, resolve) => {
        if (!(0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(value))
            return;
        for (const header of value.items) {
            const secret = (0,_yaml_list_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarSource */ .aO)(resolve(header.value));
            if (secret !== undefined && secret !== '') {
                maskSecret(secret, secrets);
                // `Bearer <token>`, `Basic <credentials>`: the credential alone is a secret too.
                const credential = /^\s*[A-Za-z][\w-]*\s+(\S{4,})\s*$/.exec(secret)?.[1];
                if (credential)
                    maskSecret(credential, secrets);
            }
        }
    });
}
/**
 * Masks the values of every `deploy-inputs` (at any depth: a waves environment's), given as
 * `key=value` lines or as a mapping, as the `deploy-inputs` input's are, even in a document with errors.
 */
function maskDeployInputValues(doc, secrets) {
    forEachValueOf(doc, 'deploy-inputs', (value, resolve) => {
        if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) && typeof value.value === 'string')
            maskKeyValueLines(value.value, secrets);
        if (!(0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(value))
            return;
        for (const pair of value.items) {
            const input = (0,_yaml_list_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarSource */ .aO)(resolve(pair.value));
            if (input !== undefined && input !== '')
                registerSecret(input, secrets);
        }
    });
}
/** Calls `visit` with the value of every mapping key named `key`, at any depth (each node once: aliases cannot multiply the walk). */
function forEachValueOf(doc, key, visit) {
    const resolve = (node) => ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node);
    const seen = new Set();
    const walk = (node, depth) => {
        node = resolve(node);
        if (depth > 50 || seen.has(node))
            return;
        seen.add(node);
        if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                const value = resolve(pair.value);
                if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) && pair.key.value === key)
                    visit(value, resolve);
                walk(value, depth + 1);
            }
        }
        else if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                walk(item, depth + 1);
        }
    };
    walk(doc.contents, 0);
}


/***/ }),

/***/ 2881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ aliasExpansionProblem)
/* harmony export */ });
/* unused harmony export MAX_YAML_ALIAS_COUNT */
/** As the yaml package counts them: how many nodes aliases may stand for, in all. */
const MAX_YAML_ALIAS_COUNT = 100;
/** Why the document's aliases expand too far, or undefined. Call only on a document without errors. */
function aliasExpansionProblem(doc) {
    try {
        doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
        return undefined;
    }
    catch (error) {
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            return `its aliases (*name) expand too far (more than ${MAX_YAML_ALIAS_COUNT} aliased nodes); write the values out or use fewer nested aliases`;
        }
        throw error;
    }
}


/***/ }),

/***/ 5210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ yamlLibrary),
/* harmony export */   Vj: () => (/* binding */ isAlias),
/* harmony export */   W7: () => (/* binding */ YAML_INPUTS),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   tO: () => (/* binding */ isPair),
/* harmony export */   yv: () => (/* binding */ loadYaml),
/* harmony export */   zU: () => (/* binding */ YamlNeeded)
/* harmony export */ });
let library;
/** The inputs whose value is YAML (a list or a map of settings). */
const YAML_INPUTS = ['health-checks', 'smoke-checks', 'baseline-checks', 'metrics', 'gates', 'waves', 'freeze'];
/** Thrown by yamlLibrary before loadYaml has settled: load it, then read again. */
class YamlNeeded extends Error {
    constructor() {
        super('YAML was parsed before the YAML library was loaded (loadYaml)');
        this.name = 'YamlNeeded';
    }
}
async function loadYaml() {
    library ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
}
function yamlLibrary() {
    if (!library)
        throw new YamlNeeded();
    return library;
}
function isAlias(node) {
    return library?.isAlias(node) ?? false;
}
function isMap(node) {
    return library?.isMap(node) ?? false;
}
function isScalar(node) {
    return library?.isScalar(node) ?? false;
}
function isSeq(node) {
    return library?.isSeq(node) ?? false;
}
function isPair(node) {
    return library?.isPair(node) ?? false;
}


/***/ }),

/***/ 7600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aO: () => (/* binding */ scalarSource),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   nr: () => (/* binding */ YamlReader),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5210);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9255);
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6503);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4968);
/* harmony import */ var _yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2881);





/** Parses an input's YAML with positions; throws YamlNeeded before loadYaml (yaml-engine.ts). */
function parseYaml(text) {
    const { LineCounter, parseDocument } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlLibrary */ .Tj)();
    const lines = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, lineCounter: lines, uniqueKeys: true });
    const aliasProblem = doc.errors.length === 0 ? (0,_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .aliasExpansionProblem */ .d)(doc) : undefined;
    return aliasProblem ? { doc, lines, aliasProblem } : { doc, lines };
}
/** Reads one YAML input: position helpers and problem reporting bound to it. */
class YamlReader {
    p;
    input;
    parsed;
    ok = true;
    constructor(p, input, parsed) {
        this.p = p;
        this.input = input;
        this.parsed = parsed;
    }
    /** The problem list this reader adds to (for checks read elsewhere, e.g. timeouts). */
    get problems() {
        return this.p;
    }
    where(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const { line, col } = this.parsed.lines.linePos(range[0]);
        return `line ${line}, column ${col}`;
    }
    add(node, message) {
        this.p.add(this.input, message, this.where(node));
        this.ok = false;
    }
    resolve(node) {
        return (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(this.parsed.doc) : node;
    }
    /** The document's top-level list items, or undefined (with problems) when it is not a list. */
    items(expected) {
        const { doc } = this.parsed;
        if (doc.errors.length > 0) {
            // The first error is the one to fix; the ones after it are mostly its echoes.
            const [first] = doc.errors;
            const { line, col } = this.parsed.lines.linePos(first.pos[0]);
            const more = doc.errors.length - 1;
            const also = more > 0 ? `, and ${more} more YAML error${more === 1 ? '' : 's'} after it` : '';
            this.p.add(this.input, `not valid YAML (${first.message}${also}); expected ${expected}`, `line ${line}, column ${col}`);
            this.ok = false;
            return undefined;
        }
        if (this.parsed.aliasProblem) {
            this.p.add(this.input, `${this.parsed.aliasProblem}; expected ${expected}`);
            this.ok = false;
            return undefined;
        }
        const contents = this.resolve(doc.contents);
        if (contents === null || ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(contents) && (contents.value === null || contents.value === '')))
            return [];
        if (!(0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(contents)) {
            this.add(contents, `the value is not a YAML list; expected ${expected}`);
            return undefined;
        }
        return contents.items.map((item) => this.resolve(item));
    }
    /** The top-level list items, at most `max` of them (more is a problem: `<count> <what>; expected at most <max>`). */
    itemsUpTo(expected, max, what) {
        const items = this.items(expected);
        if (!items || items.length <= max)
            return items;
        this.p.add(this.input, `${items.length} ${what}; expected at most ${max}`);
        this.ok = false;
        return undefined;
    }
    /** The pairs of a mapping by key; unknown keys and non-string keys are problems. */
    pairs(map, known, what) {
        const result = new Map();
        for (const pair of map.items) {
            const key = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string') {
                this.add(pair.key, `${what} has a key that is not a name; expected one of ${known.join(', ')}`);
            }
            else if (!known.includes(key)) {
                this.add(pair.key, `unknown key '${key}' in ${what}${(0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .a)(key, known)}; known keys: ${known.join(', ')}`);
            }
            else {
                result.set(key, pair);
            }
        }
        return result;
    }
    /** A string (numbers allowed when `numbers`), or undefined with a problem. */
    string(pair, key, expected, numbers = false) {
        const node = this.resolve(pair.value);
        if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            if (typeof node.value === 'string')
                return node.value;
            if (numbers && typeof node.value === 'number')
                return String(node.value);
        }
        this.add(node ?? pair.key, `'${key}' ${describe(node)} is not text; expected ${expected}`);
        return undefined;
    }
    boolean(pair, key) {
        const node = this.resolve(pair.value);
        if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'boolean')
            return node.value;
        this.add(node ?? pair.key, `'${key}' ${describe(node)} is not a boolean; expected true or false`);
        return undefined;
    }
    duration(pair, key) {
        const node = this.resolve(pair.value);
        const text = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
        if (text === undefined) {
            this.add(node ?? pair.key, `'${key}' ${describe(node)} is not a duration; expected e.g. ${_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_EXAMPLES */ .rJ}`);
            return undefined;
        }
        const { ms, problem } = (0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .durationProblem */ .YV)(text, false);
        if (problem)
            this.add(node, `'${key}' ${problem}`);
        return ms;
    }
}
/** A YAML value for a message: scalars shown, collections named. */
function describe(node) {
    if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return node.value === null ? 'null' : (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .show */ .WU)(String(node.value));
    if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return '(a mapping)';
    if ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return '(a list)';
    return '(missing)';
}
/**
 * A scalar as its author wrote it, for values sent on as text (header values): a string as parsed
 * (quotes and escapes resolved), and a plain scalar YAML would read as a number or a boolean by
 * its source text, so `0012345`, `0x1F`, `1e3` and `+12` stay as written instead of becoming
 * 12345, 31, 1000 and 12. Undefined for null (`~`, empty) and for anything but a scalar.
 */
function scalarSource(node) {
    if (!(0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null)
        return undefined;
    const v = node.value;
    if (typeof v === 'string')
        return v;
    if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint')
        return undefined;
    return typeof node.source === 'string' && node.source !== '' ? node.source : String(v);
}
/** A scalar usable as a value to compare with (string, number, boolean, null). */
function scalarText(node) {
    if (!(0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    const v = node.value;
    if (v === null)
        return 'null';
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
}


/***/ })

};

//# sourceMappingURL=19.index.js.map