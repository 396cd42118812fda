export const id = 675;
export const ids = [675];
export const modules = {

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};


/***/ }),

/***/ 324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ config_problems/* InputError */.dz),
  d_: () => (/* binding */ inputEnvName),
  ZB: () => (/* binding */ readSettingsLoadingLibraries)
});

// UNUSED EXPORTS: BUMP_KINDS, DEFAULT_GATE_ACCEPT, DEFAULT_HEALTH_TIMEOUT_MS, GATE_KEYS, HEALTH_CHECK_KEYS, HTTP_METHODS, INPUT_DEFAULTS, INPUT_NAMES, MAX_DURATION_MS, parseJsonPath, readSettings, readSettingsFromEnv, refNameProblem

// EXTERNAL MODULE: ./src/config/yaml-engine.ts
var yaml_engine = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/config/json-path.ts
var json_path = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/config/problems.ts
var config_problems = __webpack_require__(4968);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/config/yaml-list.ts
var yaml_list = __webpack_require__(7600);
;// CONCATENATED MODULE: ./src/gates/gates-input.ts
/** The `gates` input: the state-file gate list language (see docs/gates.md, "Custom gates"). */





const GATE_KEYS = ['name', 'path', 'accept', 'skip'];
const DEFAULT_GATE_ACCEPT = ['approved', 'passed', 'true'];
const GATES_EXPECTED = 'a YAML list of gates, e.g. "- {name: qa-signed-off, path: manual_gates.qa}"';
function readGates(p, value) {
    if (value.trim() === '')
        return [];
    const y = new yaml_list/* YamlReader */.nr(p, 'gates', (0,yaml_list/* parseYaml */.hN)(value));
    const items = y.items(GATES_EXPECTED);
    if (!items)
        return undefined;
    const rules = [];
    const seen = new Map();
    items.forEach((item, index) => {
        const what = `gate ${index + 1}`;
        if (!(0,yaml_engine/* isMap */.jh)(item)) {
            y.add(item, `${what} ${(0,yaml_list/* describe */.q0)(item)} is not a mapping; expected e.g. "- {name: qa-signed-off, path: manual_gates.qa}"`);
            return;
        }
        const pairs = y.pairs(item, GATE_KEYS, what);
        let name;
        const namePair = pairs.get('name');
        if (!namePair) {
            y.add(item, `${what} has no 'name'; expected e.g. "name: qa-signed-off"`);
        }
        else {
            name = y.string(namePair, 'name', 'a gate name, e.g. qa-signed-off', true)?.trim();
            if (name === '') {
                y.add(namePair.value, `'name' is empty; expected a gate name, e.g. qa-signed-off`);
                name = undefined;
            }
            else if (name !== undefined && seen.has(name)) {
                y.add(namePair.value, `gate ${(0,config_problems/* show */.WU)(name)} is given twice (first at ${seen.get(name)}); expected each name once`);
            }
            if (name)
                seen.set(name, y.where(item));
        }
        const builtIn = name !== undefined && settings/* BUILT_IN_GATE_NAMES */.w.includes(name);
        let skip;
        const skipPair = pairs.get('skip');
        if (skipPair)
            skip = y.boolean(skipPair, 'skip');
        if (skip === true && name !== undefined && !builtIn) {
            y.add(skipPair.value, `'skip' removes a built-in gate, and ${(0,config_problems/* show */.WU)(name)} is not one; built-in gates: ${settings/* BUILT_IN_GATE_NAMES */.w.join(', ')}`);
        }
        const paths = [];
        const pathPair = pairs.get('path');
        if (pathPair) {
            const node = y.resolve(pathPair.value);
            const nodes = (0,yaml_engine/* isSeq */.oP)(node) ? node.items.map((n) => y.resolve(n)) : [node];
            if (nodes.length === 0)
                y.add(node, `'path' is an empty list; expected e.g. manual_gates.qa`);
            for (const n of nodes) {
                if (!(0,yaml_engine/* isScalar */.jn)(n) || typeof n.value !== 'string') {
                    y.add(n ?? pathPair.key, `'path' ${(0,yaml_list/* describe */.q0)(n)} is not a field path; expected e.g. ${json_path/* PATH_EXAMPLES */.o3}`);
                    continue;
                }
                for (const alternative of n.value.split(' | ').map((s) => s.trim())) {
                    const { problem } = (0,json_path/* jsonPathProblem */.tX)(alternative);
                    if (problem)
                        y.add(n, `'path' ${problem}`);
                    else
                        paths.push(alternative);
                }
            }
        }
        else if (!builtIn && skip !== true) {
            y.add(item, `${what} has no 'path'; expected e.g. "path: manual_gates.qa" (alternatives: "a.b | c.d")`);
        }
        let accept = builtIn ? [] : [...DEFAULT_GATE_ACCEPT];
        const acceptPair = pairs.get('accept');
        if (acceptPair) {
            const node = y.resolve(acceptPair.value);
            const nodes = (0,yaml_engine/* isSeq */.oP)(node) ? node.items.map((n) => y.resolve(n)) : [node];
            const texts = nodes.map(yaml_list/* scalarText */.ws);
            if (nodes.length === 0 || texts.some((t) => t === undefined)) {
                y.add(node ?? acceptPair.key, `'accept' ${(0,yaml_list/* describe */.q0)(node)} is not a value or list of values; expected e.g. [approved, passed]`);
            }
            else {
                accept = texts.map((t) => t.toLowerCase());
            }
        }
        if (name !== undefined) {
            const rule = { name, paths, accept };
            if (skip !== undefined)
                rule.skip = skip;
            rules.push(rule);
        }
    });
    return y.ok ? rules : undefined;
}

// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
;// CONCATENATED MODULE: ./src/config/line-lists.ts

/** Lines of a list input: 1-based numbers, trimmed, blank lines and `# comments` left out. */
function meaningfulLines(value) {
    return value
        .split(/\r?\n/)
        .map((text, i) => ({ line: i + 1, text: text.trim() }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
}
const REQUIRED_CHECK_MODES = ['required', 'all', 'none'];
function readRequiredChecks(p, value) {
    const lines = meaningfulLines(value);
    if (lines.length === 0)
        return { mode: 'required' };
    if (lines.length === 1 && REQUIRED_CHECK_MODES.includes(lines[0].text)) {
        return { mode: lines[0].text };
    }
    let ok = true;
    const names = [];
    for (const { line, text } of lines) {
        const mode = REQUIRED_CHECK_MODES.find((m) => m === text.toLowerCase());
        if (mode && (lines.length > 1 || text !== mode)) {
            p.add('required-checks', lines.length > 1
                ? `${(0,config_problems/* show */.WU)(text)} is a mode and cannot be combined with check names; expected required, all, none, or only check names`
                : `${(0,config_problems/* show */.WU)(text)} is not a mode (modes are lower case); expected required, all, none, or check names`, `line ${line}`);
            ok = false;
        }
        else if (text.startsWith('- ')) {
            p.add('required-checks', `${(0,config_problems/* show */.WU)(text)} starts with '- '; expected one check name per line, without a list marker`, `line ${line}`);
            ok = false;
        }
        else if (!names.includes(text)) {
            names.push(text);
        }
    }
    return ok ? { mode: 'list', names } : undefined;
}
/** A workflow_dispatch input id: starts with a letter or '_', then letters, digits, '-' or '_'. */
const WORKFLOW_INPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const WORKFLOW_INPUT_NAME_EXPECTED = "expected a letter or '_' then letters, digits, '-' or '_'";
/** `key=value` lines (deploy-inputs, also a waves environment's), pure: the inputs, or the problems by line (values never shown). */
function parseKeyValueLines(value) {
    const inputs = {};
    const problems = [];
    const seen = new Map();
    for (const { line, text } of meaningfulLines(value)) {
        const eq = text.indexOf('=');
        if (eq < 0) {
            problems.push({ line, message: `the line (hidden: deploy-inputs may hold secrets) has no '='; expected key=value, e.g. region=eu-west-1` });
            continue;
        }
        const key = text.slice(0, eq).trim();
        const val = text.slice(eq + 1).trim();
        if (!WORKFLOW_INPUT_NAME.test(key)) {
            problems.push({ line, message: `${(0,config_problems/* show */.WU)(key)} is not a workflow input name; ${WORKFLOW_INPUT_NAME_EXPECTED}` });
            continue;
        }
        const first = seen.get(key.toLowerCase());
        if (first !== undefined) {
            problems.push({ line, message: `key '${key}' is given again (first on line ${first}); expected each key once` });
            continue;
        }
        seen.set(key.toLowerCase(), line);
        inputs[key] = val;
    }
    return { inputs, problems };
}
function readDeployInputs(p, value) {
    const { inputs, problems } = parseKeyValueLines(value);
    for (const { line, message } of problems)
        p.add('deploy-inputs', message, `line ${line}`);
    return problems.length ? undefined : inputs;
}
/** `staging-environment`: one environment name per line, each at most once (names compare case-insensitively, as GitHub's do). */
function readStagingEnvironments(p, value) {
    const names = [];
    let ok = true;
    for (const { line, text } of meaningfulLines(value)) {
        if (text.length > 255 || (0,config_problems/* hasControlChar */.Et)(text)) {
            p.add('staging-environment', `${(0,config_problems/* show */.WU)(text)} is not an environment name; expected one line of at most 255 characters, e.g. staging (one environment per line)`, `line ${line}`);
            ok = false;
        }
        else if (names.some((n) => n.toLowerCase() === text.toLowerCase())) {
            p.add('staging-environment', `${(0,config_problems/* show */.WU)(text)} is listed twice; expected each environment once`, `line ${line}`);
            ok = false;
        }
        else {
            names.push(text);
        }
    }
    return ok ? names : undefined;
}

;// CONCATENATED MODULE: ./src/verify/expectations-input.ts
/** What a health check expects of an answer: statuses and a JSON field (health-checks input). */



const JSON_KEYS = ['path', 'equals', 'one-of'];
const STATUS_EXPECTED = 'a status such as 200, a range such as "200-299" or "2xx", or a list of those';
function readStatuses(y, pair) {
    const node = y.resolve(pair.value);
    const nodes = (0,yaml_engine/* isSeq */.oP)(node) ? node.items.map((n) => y.resolve(n)) : [node];
    if (nodes.length === 0) {
        y.add(node, `'expect-status' is an empty list; expected ${STATUS_EXPECTED}`);
        return undefined;
    }
    const ranges = [];
    for (const item of nodes) {
        const text = (0,yaml_engine/* isScalar */.jn)(item) && ['string', 'number'].includes(typeof item.value) ? String(item.value).trim() : undefined;
        const range = text === undefined ? undefined : statusRange(text);
        if (!range) {
            y.add(item ?? pair.key, `'expect-status' ${(0,yaml_list/* describe */.q0)(item)} is not an HTTP status or range; expected ${STATUS_EXPECTED}`);
            return undefined;
        }
        ranges.push(range);
    }
    return ranges;
}
function statusRange(text) {
    const valid = (n) => n >= 100 && n <= 599;
    let match = /^(\d{3})$/.exec(text);
    if (match) {
        const n = Number(match[1]);
        return valid(n) ? { min: n, max: n } : undefined;
    }
    match = /^(\d{3})\s*-\s*(\d{3})$/.exec(text);
    if (match) {
        const min = Number(match[1]);
        const max = Number(match[2]);
        return valid(min) && valid(max) && min <= max ? { min, max } : undefined;
    }
    match = /^([1-5])[xX]{2}$/.exec(text);
    if (match) {
        const hundred = Number(match[1]) * 100;
        return { min: hundred, max: hundred + 99 };
    }
    return undefined;
}
function readJsonExpectation(y, pair, expectVersion) {
    const node = y.resolve(pair.value);
    const example = '"json: {path: status, equals: ok}" or "json: {path: data.state, one-of: [ok, degraded]}"';
    if (!(0,yaml_engine/* isMap */.jh)(node)) {
        y.add(node ?? pair.key, `'json' ${(0,yaml_list/* describe */.q0)(node)} is not a mapping; expected ${example}`);
        return undefined;
    }
    const pairs = y.pairs(node, JSON_KEYS, "'json'");
    const pathPair = pairs.get('path');
    let path;
    let segments;
    if (!pathPair) {
        y.add(node, `'json' has no 'path'; expected ${example}`);
    }
    else {
        path = y.string(pathPair, 'json.path', `a field path, e.g. ${json_path/* PATH_EXAMPLES */.o3}`, true);
        if (path !== undefined) {
            const result = (0,json_path/* jsonPathProblem */.tX)(path);
            if (result.problem)
                y.add(pathPair.value, `'json.path' ${result.problem}`);
            segments = result.segments;
        }
    }
    const equalsPair = pairs.get('equals');
    const oneOfPair = pairs.get('one-of');
    let oneOf;
    if (equalsPair && oneOfPair) {
        y.add(oneOfPair.key, `'json' has both 'equals' and 'one-of'; expected one of them`);
    }
    else if (equalsPair) {
        const value = y.resolve(equalsPair.value);
        const text = (0,yaml_list/* scalarText */.ws)(value);
        if (text === undefined)
            y.add(value ?? equalsPair.key, `'json.equals' ${(0,yaml_list/* describe */.q0)(value)} is not a single value; expected e.g. ok, 200 or true`);
        else
            oneOf = [text];
    }
    else if (oneOfPair) {
        const value = y.resolve(oneOfPair.value);
        const items = (0,yaml_engine/* isSeq */.oP)(value) ? value.items.map((n) => y.resolve(n)) : undefined;
        const texts = items?.map(yaml_list/* scalarText */.ws);
        if (!items || items.length === 0 || !texts || texts.some((t) => t === undefined)) {
            y.add(value ?? oneOfPair.key, `'json.one-of' ${(0,yaml_list/* describe */.q0)(value)} is not a list of values; expected e.g. [ok, degraded]`);
        }
        else {
            oneOf = texts;
        }
    }
    else if (expectVersion) {
        oneOf = [];
    }
    else {
        y.add(node, `'json' has neither 'equals' nor 'one-of' (nor 'expect-version: true'); expected ${example}`);
    }
    if (path === undefined || segments === undefined || oneOf === undefined)
        return undefined;
    return { path, oneOf, segments };
}

// EXTERNAL MODULE: ./src/config/user-pattern.ts
var user_pattern = __webpack_require__(7140);
;// CONCATENATED MODULE: ./src/verify/health-checks-input.ts
/**
 * The `health-urls` and `health-checks` inputs: the health-check list language (see
 * docs/input-syntax.md). Read by config/inputs.ts; the checks run in this stage.
 */







const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const HEALTH_CHECK_KEYS = [
    'name',
    'url',
    'method',
    'headers',
    'expect-status',
    'body-contains',
    'body-matches',
    'json',
    'expect-version',
    'max-latency',
    'timeout'
];
const DEFAULT_HEALTH_TIMEOUT_MS = 10_000;
const URL_EXAMPLE = 'https://example.com/healthz';
/** An http(s) URL without credentials; a reason otherwise. */
function urlProblem(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'is not a URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return 'is not an http(s) URL';
    if (url.username || url.password)
        return 'has credentials in it; put them in a header (health-checks) instead';
    if (/\s/.test(value))
        return 'contains spaces';
    return undefined;
}
function nameFromUrl(value) {
    const url = new URL(value);
    const pathname = url.pathname === '/' ? '' : url.pathname;
    return `${url.host}${pathname}`;
}
function urlCheck(url) {
    return {
        name: nameFromUrl(url),
        url,
        method: 'GET',
        headers: {},
        expectStatus: [{ min: 200, max: 299 }],
        timeoutMs: DEFAULT_HEALTH_TIMEOUT_MS
    };
}
/**
 * A check's request never outlasts health-timeout: a `timeout` longer than it is refused, and the
 * default (10s) is cut to it (a host that never answers cannot stall the baseline or a round).
 */
function boundCheckTimeouts(p, checks, healthTimeoutMs, healthTimeout) {
    if (!checks || healthTimeoutMs === undefined)
        return;
    for (const entry of checks) {
        if (entry.check.timeoutMs <= healthTimeoutMs)
            continue;
        if (entry.timeoutGiven) {
            p.add(entry.input, `check ${(0,config_problems/* show */.WU)(entry.check.name)} has 'timeout' ${(0,durations/* formatDuration */.a3)(entry.check.timeoutMs)}, longer than health-timeout ${(0,config_problems/* show */.WU)(healthTimeout)}; expected a timeout no longer than health-timeout`, entry.where);
        }
        else {
            entry.check.timeoutMs = healthTimeoutMs;
        }
    }
}
function readHealthUrls(p, value) {
    const checks = [];
    let ok = true;
    for (const { line, text } of meaningfulLines(value)) {
        const problem = urlProblem(text);
        if (problem) {
            const shown = problem.startsWith('has credentials') ? 'the URL' : (0,config_problems/* show */.WU)(text);
            p.add('health-urls', `${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`, `line ${line}`);
            ok = false;
            continue;
        }
        checks.push({ check: urlCheck(text), input: 'health-urls', where: `line ${line}` });
    }
    return ok ? checks : undefined;
}
function uniqueCheckNames(p, urlChecks, detailed) {
    if (!urlChecks || !detailed)
        return undefined;
    const all = [...urlChecks, ...detailed];
    const firstByName = new Map();
    let ok = true;
    for (const entry of all) {
        const first = firstByName.get(entry.check.name);
        if (first) {
            p.add(entry.input, `a health check named ${(0,config_problems/* show */.WU)(entry.check.name)} is already given (input '${first.input}', ${first.where}); ` +
                'expected a distinct name for each check (set `name` in health-checks)', entry.where);
            ok = false;
        }
        else {
            firstByName.set(entry.check.name, entry);
        }
    }
    return ok ? all.map((e) => e.check) : undefined;
}
const HEALTH_CHECKS_EXPECTED = 'a YAML list of checks, e.g. "- url: https://example.com/healthz"';
function readHealthChecks(p, parsed, input = 'health-checks') {
    const y = new yaml_list/* YamlReader */.nr(p, input, parsed);
    const items = y.items(HEALTH_CHECKS_EXPECTED);
    if (!items)
        return undefined;
    const checks = readCheckItems(y, items, input);
    return y.ok ? checks : undefined;
}
/** Checks from YAML list items (each a URL or a mapping), problems reported through `y` (a waves environment's checks too). */
function readCheckItems(y, items, input) {
    const checks = [];
    items.forEach((item, index) => {
        const where = y.where(item) ?? `check ${index + 1}`;
        if ((0,yaml_engine/* isScalar */.jn)(item) && typeof item.value === 'string') {
            const problem = urlProblem(item.value);
            if (problem) {
                const shown = problem.startsWith('has credentials') ? 'the URL' : (0,config_problems/* show */.WU)(item.value);
                y.add(item, `check ${index + 1}: ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
            }
            else {
                checks.push({ check: urlCheck(item.value), input, where });
            }
            return;
        }
        if (!(0,yaml_engine/* isMap */.jh)(item)) {
            y.add(item, `check ${index + 1} ${(0,yaml_list/* describe */.q0)(item)} is not a mapping; expected e.g. "url: ${URL_EXAMPLE}" under "- "`);
            return;
        }
        const check = readHealthCheck(y, item, index + 1);
        if (check)
            checks.push({ check, input, where, timeoutGiven: item.has('timeout') });
    });
    return checks;
}
function readHealthCheck(y, map, number) {
    const what = `check ${number}`;
    const okBefore = y.ok;
    y.ok = true;
    const pairs = y.pairs(map, HEALTH_CHECK_KEYS, what);
    const get = (key) => pairs.get(key);
    let url;
    const urlPair = get('url');
    if (!urlPair) {
        y.add(map, `${what} has no 'url'; expected e.g. "url: ${URL_EXAMPLE}"`);
    }
    else {
        const text = y.string(urlPair, 'url', `an http(s) URL, e.g. ${URL_EXAMPLE}`);
        if (text !== undefined) {
            const problem = urlProblem(text);
            if (problem) {
                const shown = problem.startsWith('has credentials') ? 'the URL' : (0,config_problems/* show */.WU)(text);
                y.add(urlPair.value, `'url' ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
            }
            else {
                url = text;
            }
        }
    }
    let name;
    const namePair = get('name');
    if (namePair) {
        name = y.string(namePair, 'name', 'a short name for the report, e.g. api', true)?.trim();
        if (name === '')
            y.add(namePair.value, `'name' is empty; expected a short name for the report, e.g. api`);
    }
    let method = 'GET';
    const methodPair = get('method');
    if (methodPair) {
        const text = y.string(methodPair, 'method', HTTP_METHODS.join(', '));
        if (text !== undefined) {
            if (HTTP_METHODS.includes(text.toUpperCase()))
                method = text.toUpperCase();
            else
                y.add(methodPair.value, `'method' ${(0,config_problems/* show */.WU)(text)} is not an HTTP method; expected one of ${HTTP_METHODS.join(', ')}`);
        }
    }
    const headers = {};
    const headersPair = get('headers');
    if (headersPair) {
        const node = y.resolve(headersPair.value);
        if (!(0,yaml_engine/* isMap */.jh)(node)) {
            y.add(node ?? headersPair.key, `'headers' is not a mapping; expected e.g. "headers: {Authorization: Bearer …}"`);
        }
        else {
            const seen = new Set();
            for (const pair of node.items) {
                const key = (0,yaml_engine/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
                if (typeof key !== 'string' || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(key)) {
                    y.add(pair.key, `'headers' has a key ${(0,yaml_list/* describe */.q0)(pair.key)} that is not a header name; expected e.g. Authorization`);
                    continue;
                }
                if (seen.has(key.toLowerCase())) {
                    y.add(pair.key, `'headers' gives ${key} twice (names are case-insensitive); expected each header once`);
                    continue;
                }
                seen.add(key.toLowerCase());
                const value = y.resolve(pair.value);
                // As written: `0012345` is sent as 0012345, not as the number YAML reads (12345).
                const text = (0,yaml_list/* scalarSource */.aO)(value);
                if (text === undefined) {
                    y.add(value ?? pair.key, `'headers.${key}' (value hidden) is not text; expected a string`);
                }
                else if ((0,config_problems/* hasControlChar */.Et)(text, true)) {
                    y.add(value, `'headers.${key}' (value hidden) contains a line break or control character; expected one line`);
                }
                else {
                    headers[key] = text;
                }
            }
        }
    }
    let expectStatus = [{ min: 200, max: 299 }];
    const statusPair = get('expect-status');
    if (statusPair) {
        const parsed = readStatuses(y, statusPair);
        if (parsed)
            expectStatus = parsed;
    }
    let bodyContains;
    const containsPair = get('body-contains');
    if (containsPair) {
        bodyContains = y.string(containsPair, 'body-contains', 'text the body must contain', true);
        if (bodyContains === '')
            y.add(containsPair.value, `'body-contains' is empty; expected text the body must contain`);
    }
    let bodyMatches;
    const matchesPair = get('body-matches');
    if (matchesPair) {
        const text = y.string(matchesPair, 'body-matches', 'a regular expression, e.g. "status.*ok"');
        if (text !== undefined) {
            // Run in linear time (RE2) or refused here, before any write: a service's body cannot hold the run.
            const pattern = (0,user_pattern/* compileUserPattern */.bH)(text);
            if ('problem' in pattern) {
                y.add(matchesPair.value, `'body-matches' ${(0,config_problems/* show */.WU)(text)} ${pattern.why}; expected e.g. "status.*ok"`);
            }
            else {
                bodyMatches = text;
            }
        }
    }
    let expectVersion;
    const versionPair = get('expect-version');
    if (versionPair)
        expectVersion = y.boolean(versionPair, 'expect-version');
    let json;
    const jsonPair = get('json');
    if (jsonPair)
        json = readJsonExpectation(y, jsonPair, expectVersion === true);
    let maxLatencyMs;
    const latencyPair = get('max-latency');
    if (latencyPair)
        maxLatencyMs = y.duration(latencyPair, 'max-latency');
    let timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS;
    const timeoutPair = get('timeout');
    if (timeoutPair)
        timeoutMs = y.duration(timeoutPair, 'timeout') ?? timeoutMs;
    const ok = y.ok;
    y.ok = okBefore && ok;
    if (!ok || url === undefined)
        return undefined;
    const check = {
        name: name || nameFromUrl(url),
        url,
        method,
        headers,
        expectStatus,
        timeoutMs
    };
    if (bodyContains !== undefined)
        check.bodyContains = bodyContains;
    if (bodyMatches !== undefined)
        check.bodyMatches = bodyMatches;
    if (json)
        check.json = json;
    if (expectVersion !== undefined)
        check.expectVersion = expectVersion;
    if (maxLatencyMs !== undefined)
        check.maxLatencyMs = maxLatencyMs;
    return check;
}

;// CONCATENATED MODULE: ./src/verify/metrics-input.ts
/** The `metrics` input: the metric-source list language (see docs/verify.md, "Metrics"). */





const METRIC_KEYS = ['name', 'kind', 'url', 'query', 'path', 'threshold', 'comparison', 'no-data', 'headers'];
const METRICS_EXPECTED = 'a YAML list of metric sources, e.g. "- {name: errors, kind: prometheus, url: https://prom.example.com, query: \'sum(rate(http_errors[5m]))\', threshold: 0.05}"';
/** The `metrics` input: Prometheus queries and JSON endpoints read each monitoring round. */
function readMetrics(p, parsed) {
    const y = new yaml_list/* YamlReader */.nr(p, 'metrics', parsed);
    const items = y.items(METRICS_EXPECTED);
    if (!items)
        return undefined;
    const sources = [];
    items.forEach((item, index) => {
        const what = `metric ${index + 1}`;
        if (!(0,yaml_engine/* isMap */.jh)(item)) {
            y.add(item, `${what} ${(0,yaml_list/* describe */.q0)(item)} is not a mapping; expected ${METRICS_EXPECTED}`);
            return;
        }
        const pairs = y.pairs(item, METRIC_KEYS, what);
        const get = (key, expected, required) => {
            const pair = pairs.get(key);
            if (!pair) {
                if (required)
                    y.add(item, `${what} has no '${key}'; expected ${expected}`);
                return undefined;
            }
            return y.string(pair, key, expected, true)?.trim();
        };
        const name = get('name', 'a name, e.g. error-rate', true);
        const kind = get('kind', 'prometheus or json', true);
        const url = get('url', `an http(s) URL, e.g. ${URL_EXAMPLE}`, true);
        if (url !== undefined && !/^https?:\/\/[^\s/@]+(\/|$)/.test(url))
            y.add(pairs.get('url').value, `'url' ${(0,config_problems/* show */.WU)(url)} is not an http(s) URL without credentials; expected e.g. ${URL_EXAMPLE}`);
        const thresholdText = get('threshold', 'a number, e.g. 0.05', true);
        const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
        if (thresholdText !== undefined && !Number.isFinite(threshold))
            y.add(pairs.get('threshold').value, `'threshold' ${(0,config_problems/* show */.WU)(thresholdText)} is not a number; expected e.g. 0.05`);
        const comparison = get('comparison', 'above or below', false);
        if (comparison !== undefined && comparison !== 'above' && comparison !== 'below')
            y.add(pairs.get('comparison').value, `'comparison' ${(0,config_problems/* show */.WU)(comparison)} is not above or below`);
        const noData = get('no-data', 'fail or pass', false);
        if (noData !== undefined && noData !== 'fail' && noData !== 'pass')
            y.add(pairs.get('no-data').value, `'no-data' ${(0,config_problems/* show */.WU)(noData)} is not fail or pass`);
        const headers = {};
        const headersPair = pairs.get('headers');
        if (headersPair) {
            const node = y.resolve(headersPair.value);
            if (!(0,yaml_engine/* isMap */.jh)(node))
                y.add(node ?? headersPair.key, `'headers' is not a mapping of name: value`);
            else
                for (const h of node.items)
                    headers[String((0,yaml_list/* scalarText */.ws)(y.resolve(h.key)) ?? '')] = (0,yaml_list/* scalarSource */.aO)(y.resolve(h.value)) ?? '';
        }
        const common = {
            name: name ?? '',
            url: url ?? '',
            threshold: threshold ?? 0,
            ...(comparison === 'above' || comparison === 'below' ? { comparison: comparison } : {}),
            ...(noData === 'fail' || noData === 'pass' ? { noData: noData } : {}),
            ...(Object.keys(headers).length ? { headers } : {})
        };
        if (kind === 'prometheus') {
            const query = get('query', "a PromQL query, e.g. 'sum(rate(http_errors[5m]))'", true);
            if (pairs.has('path'))
                y.add(pairs.get('path').key, `'path' belongs to kind json; a prometheus source takes 'query'`);
            sources.push({ ...common, kind: 'prometheus', query: query ?? '' });
        }
        else if (kind === 'json') {
            const path = get('path', `a field path, e.g. ${json_path/* PATH_EXAMPLES */.o3}`, true);
            if (path !== undefined) {
                const { problem } = (0,json_path/* jsonPathProblem */.tX)(path);
                if (problem)
                    y.add(pairs.get('path').value, `'path' ${problem}`);
            }
            if (pairs.has('query'))
                y.add(pairs.get('query').key, `'query' belongs to kind prometheus; a json source takes 'path'`);
            sources.push({ ...common, kind: 'json', path: path ?? '' });
        }
        else if (kind !== undefined) {
            y.add(pairs.get('kind').value, `'kind' ${(0,config_problems/* show */.WU)(kind)} is not prometheus or json`);
        }
    });
    return y.ok ? sources : undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/config/paths.ts
/** Path inputs: a workspace-relative file, or `auto` / `none`. */


/** A workspace-relative file path, normalised with '/' separators; undefined (and a problem) otherwise. */
function readFilePath(p, name, value) {
    const expected = 'expected a path relative to the workspace, e.g. docs/CHANGELOG.md';
    if ((0,config_problems/* hasControlChar */.Et)(value)) {
        p.add(name, `${(0,config_problems/* show */.WU)(value)} contains a line break or control character; ${expected}`);
        return undefined;
    }
    const slashed = value.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
        p.add(name, `${(0,config_problems/* show */.WU)(value)} is an absolute path; ${expected}`);
        return undefined;
    }
    if (slashed.startsWith('~')) {
        p.add(name, `${(0,config_problems/* show */.WU)(value)} starts with '~', which is not expanded; ${expected}`);
        return undefined;
    }
    const normalized = external_node_path_default().posix.normalize(slashed);
    if (normalized === '..' || normalized.startsWith('../')) {
        p.add(name, `${(0,config_problems/* show */.WU)(value)} leads outside the workspace; ${expected}`);
        return undefined;
    }
    if (normalized === '.' || normalized.endsWith('/') || normalized.endsWith('/.') || normalized.endsWith('/..')) {
        p.add(name, `${(0,config_problems/* show */.WU)(value)} names a folder, not a file; ${expected}`);
        return undefined;
    }
    return normalized;
}
function readPathChoice(p, name, value) {
    if (value === 'auto')
        return { mode: 'auto' };
    if (value === 'none')
        return { mode: 'none' };
    const file = readFilePath(p, name, value);
    return file === undefined ? undefined : { mode: 'path', path: file };
}

// EXTERNAL MODULE: ./src/version/version-files-input.ts
var version_files_input = __webpack_require__(6160);
;// CONCATENATED MODULE: ./src/deploy/progressive-inputs.ts
const PROGRESSIVE_INPUTS = ['pre-deploy-command', 'smoke-checks', 'traffic-command', 'traffic-steps', 'cleanup-command'];
const DEFAULT_TRAFFIC_STEPS = '100';
/** The most steps `traffic-steps` may list: each step costs a health round and a monitoring window. */
const MAX_TRAFFIC_STEPS = 20;
/**
 * Parses `traffic-steps`: percents separated by commas or line breaks (`10, 50, 100`, or one a
 * line), each a whole number from 1 to 100 with an optional `%` (`25%`), strictly ascending, the
 * last one 100, at most MAX_TRAFFIC_STEPS. Blank lines and a comma at the start or end of a line
 * are ignored (`10,\n50,\n100`; a YAML block ends with a line break); nothing between two commas
 * (`10,,100`) is refused: it usually is a step that was meant to be there (an expression that
 * came out empty), and shipping in fewer steps than written is not what the author asked. Pure.
 */
function parseTrafficSteps(text) {
    const expected = 'expected ascending percents ending at 100, e.g. "10, 50, 100"';
    const parts = [];
    for (const line of text.split(/\r?\n|\r/)) {
        const items = line.split(',').map((s) => s.trim());
        // A comma next to a line break or an end separates nothing more: `10,\n50,\n100` is fine.
        const empty = items.findIndex((item, i) => item === '' && i > 0 && i < items.length - 1);
        if (empty >= 0)
            return { problem: `step ${parts.length + empty + 1} is empty (two commas with nothing between them); ${expected}` };
        parts.push(...items.filter((item) => item !== ''));
    }
    if (parts.length === 0)
        return { problem: `is empty; ${expected}` };
    if (parts.length > MAX_TRAFFIC_STEPS)
        return { problem: `has ${parts.length} steps; expected at most ${MAX_TRAFFIC_STEPS} (each step is a health round and a monitoring window)` };
    const steps = [];
    for (const [i, part] of parts.entries()) {
        const m = /^(\d{1,3})\s*%?$/.exec(part);
        const value = m ? Number(m[1]) : NaN;
        if (!Number.isInteger(value) || value < 1 || value > 100) {
            return { problem: `step ${i + 1} ${JSON.stringify(part.slice(0, 20))} is not a whole percent from 1 to 100; ${expected}` };
        }
        const before = steps.at(-1);
        if (before !== undefined && value <= before) {
            return { problem: `step ${i + 1} (${value}) is not above step ${i} (${before}); ${expected}` };
        }
        steps.push(value);
    }
    if (steps.at(-1) !== 100)
        return { problem: `ends at ${steps.at(-1)}, so the new version would never get all the traffic; ${expected}` };
    return { steps };
}
/** Reads the five inputs; undefined when none is set (the ship has no progressive delivery). */
function readProgressiveInputs(read, r) {
    const text = (name) => read(name).trim();
    const stepsText = text('traffic-steps') || DEFAULT_TRAFFIC_STEPS;
    const given = PROGRESSIVE_INPUTS.some((name) => (name === 'traffic-steps' ? stepsText !== DEFAULT_TRAFFIC_STEPS : text(name) !== ''));
    if (!given)
        return undefined;
    const trafficCommand = text('traffic-command');
    const parsedSteps = parseTrafficSteps(stepsText);
    if (parsedSteps.problem)
        r.problem('traffic-steps', parsedSteps.problem);
    else if (!trafficCommand && stepsText !== DEFAULT_TRAFFIC_STEPS) {
        r.problem('traffic-steps', 'given, but traffic-command is empty; expected a traffic-command that moves SHIP_TRAFFIC percent of the traffic to the new version');
    }
    if (trafficCommand && !read('health-urls').trim() && !read('health-checks').trim()) {
        r.problem('traffic-command', 'given without health-urls or health-checks; expected health checks, which verify every traffic step and the switch-back');
    }
    const smokeText = read('smoke-checks');
    const smokeChecks = smokeText.trim() === '' ? [] : r.checks('smoke-checks', smokeText);
    if (smokeChecks?.length && !trafficCommand) {
        r.problem('smoke-checks', 'given, but traffic-command is empty; smoke checks probe the new version before traffic moves to it, so expected a traffic-command too');
    }
    return {
        preDeployCommand: text('pre-deploy-command'),
        smokeChecks: smokeChecks ?? [],
        trafficCommand,
        trafficSteps: parsedSteps.steps ?? [100],
        cleanupCommand: text('cleanup-command')
    };
}

// EXTERNAL MODULE: ./src/notify/inputs.ts
var inputs = __webpack_require__(3052);
// EXTERNAL MODULE: ./src/verify/analysis/compare.ts + 3 modules
var compare = __webpack_require__(2632);
// EXTERNAL MODULE: ./src/verify/window.ts + 3 modules
var verify_window = __webpack_require__(8375);
;// CONCATENATED MODULE: ./src/verify/analysis-input.ts
/**
 * The analysis inputs: `baseline-checks` (the previous version's checks on its own URL, the
 * health-checks syntax) and `analysis-min-samples` (probes a window needs per series). Called
 * from config/inputs.ts, which owns the problem list and the health-check YAML reader.
 *
 * Rules, all checked before any write:
 * - analysis-min-samples is a whole number from 0 to 10000; with baseline-checks, 0 (the
 *   default) means 20, and 1 to 19 are refused: fewer probes cannot show a difference at 95%
 *   confidence (against 0 failures of 20, 4 of 20 are the fewest that can);
 * - baseline-checks pairs, in order, with smoke-checks (the new version's checks): as many
 *   checks in each, names distinct within each list;
 * - the comparison is made in the monitoring window (and each traffic step's), so
 *   monitor-duration must not be 0, and a window must fit the samples it needs:
 *   monitor-duration / monitor-interval rounds, one probe per series each (windowSampleProblem).
 */




const ANALYSIS_INPUTS = (/* unused pure expression or super */ null && (['baseline-checks', 'analysis-min-samples']));
const MAX_MIN_SAMPLES = 10_000;
/** Parses analysis-min-samples. Pure. */
function parseMinSamples(text) {
    const value = text.trim() === '' ? 0 : /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (!Number.isInteger(value) || value > MAX_MIN_SAMPLES) {
        return { problem: `${(0,config_problems/* show */.WU)(text)} is not a whole number from 0 to ${MAX_MIN_SAMPLES}; expected e.g. 20` };
    }
    return { value };
}
/**
 * Why a window of `durationMs` probed every `intervalMs` cannot take `minSamples` probes per
 * series, or undefined when it can. Pure: for the monitoring window, each traffic step, a bake.
 */
function windowSampleProblem(durationMs, intervalMs, minSamples, names = { duration: 'monitor-duration', interval: 'monitor-interval' }) {
    const rounds = (0,verify_window/* plannedRounds */.O4)(durationMs, intervalMs);
    if (minSamples <= 0 || rounds >= minSamples)
        return undefined;
    return (`${(0,durations/* formatDuration */.a3)(durationMs)} at ${names.interval} ${(0,durations/* formatDuration */.a3)(intervalMs)} takes ${rounds} probe${rounds === 1 ? '' : 's'} per series, ` +
        `fewer than the ${minSamples} the analysis needs (analysis-min-samples); expected a ${names.duration} of at least ${(0,durations/* formatDuration */.a3)(minSamples * intervalMs)}, or a shorter ${names.interval}`);
}
/** Reads the two inputs; undefined when neither is given. */
function readAnalysisInputs(read, r, context) {
    const baselineText = read('baseline-checks');
    const minText = read('analysis-min-samples').trim();
    const comparing = baselineText.trim() !== '';
    if (!comparing && (minText === '' || minText === '0'))
        return undefined;
    const min = parseMinSamples(minText);
    if (min.problem)
        r.problem('analysis-min-samples', min.problem);
    let minSamples = min.value ?? 0;
    if (comparing && minSamples === 0)
        minSamples = compare/* MIN_COMPARE_SAMPLES */.D2;
    else if (comparing && minSamples < compare/* MIN_COMPARE_SAMPLES */.D2) {
        r.problem('analysis-min-samples', `${minSamples} with baseline-checks; expected at least ${compare/* MIN_COMPARE_SAMPLES */.D2} when comparing (fewer probes cannot show a difference at 95% confidence)`);
    }
    const baselineChecks = comparing ? r.checks('baseline-checks', baselineText) : [];
    const smoke = context.smokeChecks;
    if (comparing && baselineChecks && smoke) {
        if (smoke.length === 0) {
            r.problem('baseline-checks', "given, but smoke-checks is empty; expected smoke-checks too: the new version's checks, compared in order with these");
        }
        else if (smoke.length !== baselineChecks.length) {
            r.problem('baseline-checks', `has ${baselineChecks.length} check${baselineChecks.length === 1 ? '' : 's'} and smoke-checks ${smoke.length}; expected one baseline check for each smoke check, in the same order (check 1 beside check 1, ...)`);
        }
        for (const [input, list] of [
            ['baseline-checks', baselineChecks],
            ['smoke-checks', smoke]
        ]) {
            const twice = list.map((c) => c.name).find((name, i, all) => all.indexOf(name) !== i);
            if (twice !== undefined)
                r.problem(input === 'smoke-checks' ? 'baseline-checks' : input, `${input} has two checks named ${(0,config_problems/* show */.WU)(twice)}; expected a distinct name for each check, to tell their series apart (set \`name\`)`);
        }
    }
    const { monitorDurationMs: duration, monitorIntervalMs: interval } = context;
    if (duration === 0) {
        const what = comparing ? 'the comparison is made in the monitoring window' : 'the samples are counted in the monitoring window';
        r.problem(comparing ? 'baseline-checks' : 'analysis-min-samples', `given, and monitor-duration is 0, but ${what}; expected a monitor-duration such as 10m`);
    }
    else if (duration !== undefined && interval !== undefined && !min.problem) {
        const problem = windowSampleProblem(duration, interval, minSamples);
        if (problem)
            r.problem('monitor-duration', problem);
    }
    return { baselineChecks: baselineChecks ?? [], minSamples };
}

;// CONCATENATED MODULE: ./src/deploy/waves-input.ts
/**
 * The `waves` input (docs/waves.md): a YAML list of waves, each a set of environments deployed at
 * once. An environment is a name, or a mapping that sets its own checks, deploy inputs and URL,
 * merged over the global inputs. Every problem names its line and column. Read by config/inputs.ts,
 * which masks the secrets in it (headers, deploy-inputs values) before this reads anything.
 */






const WAVE_KEYS = ['name', 'environments', 'bake'];
const WAVE_ENVIRONMENT_KEYS = ['name', 'health-urls', 'health-checks', 'smoke-checks', 'deploy-inputs', 'url'];
const MAX_WAVES = 50;
const MAX_WAVE_ENVIRONMENTS = 100;
const EXPECTED = 'a YAML list of waves, e.g. "- {name: canary, environments: [prod-canary], bake: 10m}"';
function readWaves(p, parsed, base) {
    const y = new yaml_list/* YamlReader */.nr(p, 'waves', parsed);
    const items = y.itemsUpTo(EXPECTED, MAX_WAVES, 'waves');
    if (!items)
        return undefined;
    const waves = [];
    const seen = new Map();
    const waveNames = new Map();
    items.forEach((item, i) => {
        if (!(0,yaml_engine/* isMap */.jh)(item)) {
            y.add(item, `wave ${i + 1} ${(0,yaml_list/* describe */.q0)(item)} is not a mapping; expected keys ${WAVE_KEYS.join(', ')}, e.g. "- {name: canary, environments: [prod-canary]}"`);
            return;
        }
        const wave = readWave(y, item, i + 1, base, seen);
        if (!wave)
            return;
        const first = waveNames.get(wave.name.toLowerCase());
        if (first)
            y.add(item.get('name', true) ?? item, `wave ${i + 1}: the name ${(0,config_problems/* show */.WU)(wave.name)} is already the name of a wave (${first}); expected each wave's name once`);
        else
            waveNames.set(wave.name.toLowerCase(), y.where(item) ?? `wave ${i + 1}`);
        waves.push(wave);
    });
    const count = waves.reduce((n, w) => n + w.environments.length, 0);
    if (count > MAX_WAVE_ENVIRONMENTS)
        p.add('waves', `${count} environments; expected at most ${MAX_WAVE_ENVIRONMENTS}`);
    return y.ok && count <= MAX_WAVE_ENVIRONMENTS ? waves : undefined;
}
function readWave(y, map, number, base, seen) {
    const pairs = y.pairs(map, WAVE_KEYS, `wave ${number}`);
    let name = `wave ${number}`;
    const namePair = pairs.get('name');
    if (namePair) {
        const text = y.string(namePair, 'name', 'a short name, e.g. canary', true)?.trim();
        if (text === undefined)
            return undefined;
        if (text === '' || (0,config_problems/* hasControlChar */.Et)(text) || text.length > 100) {
            y.add(namePair.value, `wave ${number}: 'name' ${(0,config_problems/* show */.WU)(text)} is not a short one-line name; expected e.g. canary`);
            return undefined;
        }
        name = text;
    }
    const what = `wave ${(0,config_problems/* show */.WU)(name)}`;
    let bakeMs = base.monitorDurationMs ?? 0;
    const bakePair = pairs.get('bake');
    if (bakePair) {
        const node = y.resolve(bakePair.value);
        const text = (0,yaml_engine/* isScalar */.jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
        const { ms, problem } = text === undefined ? { ms: undefined, problem: `${(0,yaml_list/* describe */.q0)(node)} is not a duration` } : (0,durations/* durationProblem */.YV)(text, true);
        if (problem || ms === undefined) {
            y.add(node ?? bakePair.key, `${what}: 'bake' ${problem ?? 'is not a duration'}; expected e.g. 10m, or 0 for no window`);
            return undefined;
        }
        bakeMs = ms;
    }
    if (bakeMs > 0 && base.monitorIntervalMs !== undefined && base.monitorIntervalMs > bakeMs) {
        y.add(bakePair?.value ?? map, `${what}: its window (bake ${(0,durations/* formatDuration */.a3)(bakeMs)}) is shorter than monitor-interval ${(0,durations/* formatDuration */.a3)(base.monitorIntervalMs)}; expected a bake of at least one interval, or 0 for no window`);
    }
    const envPair = pairs.get('environments');
    if (!envPair) {
        y.add(map, `${what} has no 'environments'; expected e.g. "environments: [prod-eu, prod-us]"`);
        return undefined;
    }
    const node = y.resolve(envPair.value);
    const items = (0,yaml_engine/* isSeq */.oP)(node) ? node.items.map((n) => y.resolve(n)) : (0,yaml_engine/* isScalar */.jn)(node) && node.value !== null && node.value !== '' ? [node] : [];
    if (!items.length) {
        y.add(node ?? envPair.key, `${what} has no environment; expected at least one, e.g. "environments: [prod-eu]"`);
        return undefined;
    }
    const environments = [];
    for (const item of items) {
        const environment = readEnvironment(y, item, what, base);
        if (!environment)
            continue;
        const first = seen.get(environment.name.toLowerCase());
        if (first) {
            y.add(item, `${what}: environment ${(0,config_problems/* show */.WU)(environment.name)} is already in ${first}; expected each environment in one wave, once (names compare case-insensitively, as GitHub's do)`);
            continue;
        }
        seen.set(environment.name.toLowerCase(), `${what} (${y.where(item) ?? 'above'})`);
        environments.push(environment);
    }
    return { name, environments, bakeMs };
}
function readEnvironment(y, item, what, base) {
    if ((0,yaml_engine/* isScalar */.jn)(item)) {
        const name = environmentName(y, item, what);
        return name === undefined ? undefined : { name, checks: base.checks ?? [], smokeChecks: base.smokeChecks ?? [], deployInputs: { ...base.deployInputs } };
    }
    if (!(0,yaml_engine/* isMap */.jh)(item)) {
        y.add(item, `${what}: an environment ${(0,yaml_list/* describe */.q0)(item)} is neither a name nor a mapping; expected e.g. prod-eu or "{name: prod-eu, health-urls: ${URL_EXAMPLE}}"`);
        return undefined;
    }
    const namePair = item.items.find((pair) => (0,yaml_engine/* isScalar */.jn)(pair.key) && pair.key.value === 'name');
    const named = namePair ? environmentName(y, y.resolve(namePair.value), what) : undefined;
    if (!namePair)
        y.add(item, `${what}: an environment has no 'name'; expected e.g. "name: prod-eu"`);
    const where = named ? `${what}, environment ${(0,config_problems/* show */.WU)(named)}` : what;
    const pairs = y.pairs(item, WAVE_ENVIRONMENT_KEYS, `${where}`);
    const get = (key) => pairs.get(key);
    const own = [...(get('health-urls') ? urlChecks(y, get('health-urls'), where) : []), ...(get('health-checks') ? checkList(y, get('health-checks'), where) : [])];
    const smoke = get('smoke-checks') ? checkList(y, get('smoke-checks'), where) : [];
    for (const list of [own, smoke])
        boundCheckTimeouts(y.problems, list, base.healthTimeoutMs, base.healthTimeout);
    const inputsPair = get('deploy-inputs');
    const deployInputs = inputsPair ? readInputs(y, inputsPair, where) : {};
    if (inputsPair && !base.hasDeployWorkflow) {
        y.add(inputsPair.key, `${where}: 'deploy-inputs' given, but deploy-workflow is empty; expected deploy-workflow to name the workflow these inputs are for`);
    }
    if (smoke.length && !base.hasTrafficCommand) {
        y.add(get('smoke-checks').key, `${where}: 'smoke-checks' given, but traffic-command is empty; smoke checks probe the new version before traffic moves to it, so expected a traffic-command too`);
    }
    let url;
    const urlPair = get('url');
    if (urlPair) {
        const text = y.string(urlPair, 'url', `an http(s) URL, e.g. ${URL_EXAMPLE}`)?.trim();
        const problem = text === undefined ? undefined : urlProblem(text);
        if (problem)
            y.add(urlPair.value, `${where}: 'url' ${problem.startsWith('has credentials') ? 'the URL' : (0,config_problems/* show */.WU)(text)} ${problem}; expected e.g. https://eu.shop.example`);
        else
            url = text;
    }
    if (named === undefined || !deployInputs)
        return undefined;
    const checks = mergeChecks(y, base.checks, own, where, 'health');
    const smokeChecks = mergeChecks(y, base.smokeChecks, smoke, where, 'smoke');
    if (!checks || !smokeChecks)
        return undefined;
    return { name: named, checks, smokeChecks, deployInputs: mergeInputs(base.deployInputs ?? {}, deployInputs), ...(url ? { url } : {}) };
}
function environmentName(y, node, what) {
    const text = (0,yaml_engine/* isScalar */.jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value).trim() : undefined;
    if (text === undefined || text === '' || text.length > 255 || (0,config_problems/* hasControlChar */.Et)(text)) {
        y.add(node, `${what}: ${(0,yaml_list/* describe */.q0)(node)} is not an environment name; expected one line of at most 255 characters, e.g. prod-eu`);
        return undefined;
    }
    return text;
}
/** `health-urls`: a newline list (as the input) or a YAML list of URLs. */
function urlChecks(y, pair, where) {
    const node = y.resolve(pair.value);
    const entries = (0,yaml_engine/* isSeq */.oP)(node)
        ? node.items.map((n) => ({ node: y.resolve(n), text: scalarString(y.resolve(n)) }))
        : meaningfulLines(scalarString(node) ?? '').map(({ text }) => ({ node, text }));
    if (!(0,yaml_engine/* isSeq */.oP)(node) && scalarString(node) === undefined) {
        y.add(node ?? pair.key, `${where}: 'health-urls' ${(0,yaml_list/* describe */.q0)(node)} is not a list of URLs; expected one URL per line, or a YAML list`);
        return [];
    }
    const checks = [];
    for (const entry of entries) {
        const problem = entry.text === undefined ? 'is not text' : urlProblem(entry.text);
        if (problem) {
            const shown = problem.startsWith('has credentials') || entry.text === undefined ? 'the URL' : (0,config_problems/* show */.WU)(entry.text);
            y.add(entry.node, `${where}: 'health-urls' ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
        }
        else {
            checks.push({ check: urlCheck(entry.text), input: 'waves', where: y.where(entry.node) ?? where });
        }
    }
    return checks;
}
function checkList(y, pair, where) {
    const node = y.resolve(pair.value);
    if (!(0,yaml_engine/* isSeq */.oP)(node)) {
        const key = (0,yaml_engine/* isScalar */.jn)(pair.key) ? String(pair.key.value) : 'checks';
        y.add(node ?? pair.key, `${where}: '${key}' ${(0,yaml_list/* describe */.q0)(node)} is not a YAML list; expected checks as in health-checks, e.g. "- url: ${URL_EXAMPLE}"`);
        return [];
    }
    return readCheckItems(y, node.items.map((n) => y.resolve(n)), 'waves');
}
/** `deploy-inputs`: `key=value` lines (as the input) or a mapping; values are never shown. */
function readInputs(y, pair, where) {
    const node = y.resolve(pair.value);
    if ((0,yaml_engine/* isScalar */.jn)(node) && typeof node.value === 'string') {
        const { inputs, problems } = parseKeyValueLines(node.value);
        for (const { line, message } of problems)
            y.add(node, `${where}: 'deploy-inputs' line ${line}: ${message}`);
        return problems.length ? undefined : inputs;
    }
    if (!(0,yaml_engine/* isMap */.jh)(node)) {
        y.add(node ?? pair.key, `${where}: 'deploy-inputs' ${(0,yaml_list/* describe */.q0)(node)} is neither key=value lines nor a mapping; expected e.g. "deploy-inputs: region=eu-west-1"`);
        return undefined;
    }
    const inputs = {};
    let ok = true;
    for (const entry of node.items) {
        const key = (0,yaml_engine/* isScalar */.jn)(entry.key) ? String(entry.key.value) : '';
        const value = y.resolve(entry.value);
        if (!WORKFLOW_INPUT_NAME.test(key)) {
            y.add(entry.key, `${where}: 'deploy-inputs' key ${(0,config_problems/* show */.WU)(key)} is not a workflow input name; ${WORKFLOW_INPUT_NAME_EXPECTED}`);
            ok = false;
        }
        else if (Object.keys(inputs).some((k) => k.toLowerCase() === key.toLowerCase())) {
            y.add(entry.key, `${where}: 'deploy-inputs' gives '${key}' twice; expected each key once`);
            ok = false;
        }
        else if (!(0,yaml_engine/* isScalar */.jn)(value) || value.value === null || typeof value.value === 'object') {
            y.add(value ?? entry.key, `${where}: 'deploy-inputs.${key}' (value hidden) is not text; expected a string`);
            ok = false;
        }
        else {
            inputs[key] = String(value.value);
        }
    }
    return ok ? inputs : undefined;
}
function scalarString(node) {
    return (0,yaml_engine/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : undefined;
}
/** The global checks with those of the same name replaced by the environment's, then its other ones; its own names must differ. */
function mergeChecks(y, global, own, where, kind) {
    const byName = new Map();
    let ok = true;
    for (const entry of own) {
        const first = byName.get(entry.check.name);
        if (first) {
            y.problems.add('waves', `${where}: a ${kind} check named ${(0,config_problems/* show */.WU)(entry.check.name)} is given twice (first at ${first.where}); expected a distinct name for each (set 'name')`, entry.where);
            ok = false;
        }
        else {
            byName.set(entry.check.name, entry);
        }
    }
    if (!ok || !global)
        return ok ? own.map((e) => e.check) : undefined;
    const replaced = global.map((check) => byName.get(check.name)?.check ?? check);
    const added = own.filter((e) => !global.some((check) => check.name === e.check.name)).map((e) => e.check);
    return [...replaced, ...added];
}
/** The global deploy inputs with the environment's over them (keys compare case-insensitively, as the input's do). */
function mergeInputs(global, own) {
    const ownKeys = new Set(Object.keys(own).map((k) => k.toLowerCase()));
    return { ...Object.fromEntries(Object.entries(global).filter(([k]) => !ownKeys.has(k.toLowerCase()))), ...own };
}

;// CONCATENATED MODULE: ./src/deploy/waves-settings.ts
/** On a failure in a wave: roll back that wave's environments, or every earlier wave's too (newest first). */
const ROLLBACK_SCOPES = ['wave', 'all'];

// EXTERNAL MODULE: ./src/config/did-you-mean.ts
var did_you_mean = __webpack_require__(9255);
// EXTERNAL MODULE: ./src/gates/freeze-settings.ts
var freeze_settings = __webpack_require__(3603);
// EXTERNAL MODULE: ./src/gates/zoned-time.ts
var zoned_time = __webpack_require__(4874);
// EXTERNAL MODULE: ./src/gates/freeze.ts
var freeze = __webpack_require__(4545);
;// CONCATENATED MODULE: ./src/gates/freeze-input.ts
/**
 * The `freeze` input: a YAML list of freeze windows (docs/freeze.md), each refused with
 * its line and column when it cannot be read, and `freeze-override`. Read by config/inputs.ts.
 */







const FREEZE_KEYS = ['reason', 'days', 'from', 'to', 'timezone'];
/** More windows than anyone writes by hand; each is evaluated at every ship. */
const MAX_FREEZE_WINDOWS = 100;
const MAX_REASON = 300;
const freeze_input_EXPECTED = 'a YAML list of windows, e.g. "- {reason: weekend, days: [fri, sat, sun], from: \'15:00\', to: \'09:00\', timezone: Europe/Berlin}"';
const TIME = /^(\d{1,2}):(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_NAMES = Object.fromEntries(freeze_settings/* WEEKDAYS */.w.flatMap((d, i) => [
    [d, d],
    [['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][i], d]
]));
function readFreeze(p, parsed) {
    const y = new yaml_list/* YamlReader */.nr(p, 'freeze', parsed);
    const items = y.itemsUpTo(freeze_input_EXPECTED, MAX_FREEZE_WINDOWS, 'windows');
    if (!items)
        return undefined;
    const windows = [];
    items.forEach((item, i) => {
        if (!(0,yaml_engine/* isMap */.jh)(item)) {
            y.add(item, `window ${i + 1} ${(0,yaml_list/* describe */.q0)(item)} is not a mapping; expected keys ${FREEZE_KEYS.join(', ')}`);
            return;
        }
        const window = readWindow(y, item, i + 1);
        if (window)
            windows.push(window);
    });
    return y.ok ? windows : undefined;
}
function readWindow(y, map, number) {
    const what = `window ${number}`;
    const okBefore = y.ok;
    y.ok = true;
    const pairs = y.pairs(map, FREEZE_KEYS, what);
    const required = (key, example) => {
        const pair = pairs.get(key);
        if (!pair)
            y.add(map, `${what} has no '${key}'; expected e.g. "${key}: ${example}"`);
        return pair;
    };
    const reasonPair = required('reason', 'weekend');
    let reason;
    if (reasonPair) {
        reason = y.string(reasonPair, 'reason', 'why nothing ships then, e.g. weekend', true)?.trim();
        if (reason === '')
            y.add(reasonPair.value, `${what}: 'reason' is empty; expected why nothing ships then, e.g. weekend`);
        else if (reason !== undefined && ((0,config_problems/* hasControlChar */.Et)(reason) || reason.length > MAX_REASON)) {
            y.add(reasonPair.value, `${what}: 'reason' is not one line of at most ${MAX_REASON} characters`);
        }
    }
    const zonePair = required('timezone', 'Europe/Berlin');
    let timezone;
    if (zonePair) {
        const name = y.string(zonePair, 'timezone', 'an IANA time zone, e.g. Europe/Berlin or UTC')?.trim();
        if (name !== undefined) {
            timezone = (0,zoned_time/* canonicalZone */.RF)(name);
            if (!timezone) {
                const offset = /^[+-]|^(UTC|GMT)[+-]/i.test(name) ? ': an offset has no daylight saving; name the place' : '';
                y.add(zonePair.value, `${what}: 'timezone' ${(0,config_problems/* show */.WU)(name)} is not an IANA time zone${offset}${(0,did_you_mean/* didYouMean */.a)(name, (0,zoned_time/* knownZones */.RH)())}; expected e.g. Europe/Berlin, America/New_York or UTC`);
            }
        }
    }
    const fromPair = required('from', "'15:00' or 2026-12-21T00:00");
    const toPair = required('to', "'09:00' or 2027-01-04T09:00");
    const from = fromPair ? readMoment(y, fromPair, 'from', what) : undefined;
    const to = toPair ? readMoment(y, toPair, 'to', what) : undefined;
    const daysPair = pairs.get('days');
    const days = daysPair ? readDays(y, daysPair, what) : undefined;
    const ok = y.ok;
    y.ok = okBefore && ok;
    if (!ok || reason === undefined || timezone === undefined || !from || !to)
        return undefined;
    if (from.kind !== to.kind) {
        y.add(map, `${what}: 'from' is a ${from.kind} and 'to' a ${to.kind}; expected two times of day ('15:00', recurring) or two date-times (2026-12-21T00:00, once)`);
        return undefined;
    }
    if (from.kind === 'date-time') {
        if (daysPair) {
            y.add(daysPair.key, `${what}: 'days' is for windows that come back (times of day); this one has dates, so it happens once. Expected no 'days', or times such as '15:00'`);
            return undefined;
        }
        const opens = (0,zoned_time/* instantOf */.B9)((0,freeze/* parseLocalDateTime */.AE)(from.text), timezone, 'first');
        const closes = (0,zoned_time/* instantOf */.B9)((0,freeze/* parseLocalDateTime */.AE)(to.text), timezone, 'last');
        if (closes <= opens) {
            y.add(toPair.value, `${what}: 'to' ${to.text} is not after 'from' ${from.text} (${timezone}); expected the end after the start`);
            return undefined;
        }
        return { kind: 'one-off', reason, timezone, from: from.text, to: to.text };
    }
    if (from.minutes === 1440) {
        y.add(fromPair.value, `${what}: 'from' is 24:00; expected a time from 00:00 to 23:59 (24:00 can only end a window)`);
        return undefined;
    }
    const toMinutes = to.minutes;
    if ((days?.length ?? 1) === 1 && toMinutes === from.minutes) {
        y.add(toPair.value, `${what}: 'from' and 'to' are both ${from.text}; expected different times (a whole day is from '00:00' to '24:00')`);
        return undefined;
    }
    return { kind: 'recurring', reason, timezone, ...(days ? { days } : {}), from: from.text, to: to.text };
}
function readMoment(y, pair, key, what) {
    const text = y.string(pair, key, `a time such as '15:00' (recurring) or a date-time such as 2026-12-21T00:00 (once)`)?.trim();
    if (text === undefined)
        return undefined;
    const time = TIME.exec(text);
    if (time) {
        const [h, m] = [Number(time[1]), Number(time[2])];
        if ((h < 24 && m < 60) || (h === 24 && m === 0)) {
            return { kind: 'time', text: `${String(h).padStart(2, '0')}:${time[2]}`, minutes: h * 60 + m };
        }
    }
    const dateTime = DATE_TIME.exec(text);
    if (dateTime) {
        const [year, month, day, hour, minute, second] = dateTime.slice(1).map((v) => Number(v ?? 0));
        const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
        const real = wall.getUTCFullYear() === year && wall.getUTCMonth() === month - 1 && wall.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
        if (real)
            return { kind: 'date-time', text: `${text.slice(0, 10)}T${text.slice(11)}` };
        y.add(pair.value, `${what}: '${key}' ${(0,config_problems/* show */.WU)(text)} is not a real date and time; expected e.g. 2026-12-21T00:00`);
        return undefined;
    }
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) && /^\d{4}-/.test(text);
    y.add(pair.value, zoned
        ? `${what}: '${key}' ${(0,config_problems/* show */.WU)(text)} carries an offset; expected the local time without one (the window's timezone gives the offset, daylight saving included)`
        : `${what}: '${key}' ${(0,config_problems/* show */.WU)(text)} is not a time of day or a date-time; expected e.g. '15:00' (quoted; recurring) or 2026-12-21T00:00 (once)`);
    return undefined;
}
function readDays(y, pair, what) {
    const node = y.resolve(pair.value);
    const nodes = (0,yaml_engine/* isSeq */.oP)(node) ? node.items.map((n) => y.resolve(n)) : [node];
    const days = [];
    for (const n of nodes) {
        const name = (0,yaml_engine/* isScalar */.jn)(n) && typeof n.value === 'string' ? n.value.trim().toLowerCase() : undefined;
        const day = name === undefined ? undefined : DAY_NAMES[name];
        if (!day) {
            y.add(n ?? pair.key, `${what}: 'days' has ${(0,yaml_list/* describe */.q0)(n)}, not a day; expected days such as mon, tue … sun${name ? (0,did_you_mean/* didYouMean */.a)(name, freeze_settings/* WEEKDAYS */.w) : ''}`);
            return undefined;
        }
        if (days.includes(day)) {
            y.add(n, `${what}: 'days' lists ${day} twice; expected each day once`);
            return undefined;
        }
        days.push(day);
    }
    if (!days.length) {
        y.add(node ?? pair.key, `${what}: 'days' is empty; expected days such as [fri, sat, sun], or no 'days' for every day`);
        return undefined;
    }
    for (let i = 1; i < days.length; i++) {
        if (freeze_settings/* WEEKDAYS */.w.indexOf(days[i]) !== (freeze_settings/* WEEKDAYS */.w.indexOf(days[i - 1]) + 1) % 7) {
            y.add(node, `${what}: 'days' ${days.join(', ')} are not consecutive days in order; a window runs from 'from' on its first day to 'to' on its last, ` +
                'so expected days in a row such as [fri, sat, sun] or [sun, mon] (write one window per run of days)');
            return undefined;
        }
    }
    return days;
}
/** `freeze-override`: one line saying why this ship goes through a freeze window ('' = none). */
function readFreezeOverride(p, value) {
    const text = value.trim();
    if ((0,config_problems/* hasControlChar */.Et)(text) || text.length > MAX_REASON) {
        p.add('freeze-override', `is not one line of at most ${MAX_REASON} characters; expected why this ship goes through a freeze window, e.g. "hotfix for INC-123"`);
        return undefined;
    }
    return text;
}

// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(8780);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./src/config/ref-name.ts
var ref_name = __webpack_require__(459);
;// CONCATENATED MODULE: ./src/config/scalars.ts
/** Readers for one-value inputs: booleans, choices, durations, fractions, names, versions. */
// semver's `valid` alone: the settings (read on every path, a refused input's too) need no more of it.





// YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
function readBoolean(p, name, value) {
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    p.add(name, `${(0,config_problems/* show */.WU)(value)} is not a boolean; expected true or false`);
    return undefined;
}
function readEnum(p, name, value, allowed) {
    if (allowed.includes(value))
        return value;
    p.add(name, `${(0,config_problems/* show */.WU)(value)} is not one of ${allowed.join(', ')}${(0,did_you_mean/* didYouMean */.a)(value, allowed)}`);
    return undefined;
}
function readDuration(p, name, value, allowZero) {
    const { ms, problem } = (0,durations/* durationProblem */.YV)(value, allowZero);
    if (problem)
        p.add(name, problem);
    return ms;
}
function readFraction(p, name, value) {
    const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(value) ? Number(value) : NaN;
    if (Number.isFinite(number) && number >= 0 && number <= 1)
        return number;
    p.add(name, `${(0,config_problems/* show */.WU)(value)} is not a number from 0 to 1; expected e.g. 0.01 (1%), 0.05 or 0`);
    return undefined;
}
function scalars_readEnvironment(p, name, value) {
    if ((0,config_problems/* hasControlChar */.Et)(value) || value.length > 255) {
        p.add(name, `${(0,config_problems/* show */.WU)(value)} is not an environment name; expected one line of at most 255 characters, e.g. production`);
        return undefined;
    }
    return value;
}
function readRef(p, value) {
    if (value === '')
        return '';
    const problem = (0,ref_name/* refNameProblem */.C)(value);
    if (!problem)
        return value;
    p.add('ref', `${(0,config_problems/* show */.WU)(value)} is not a commit SHA, branch or tag (${problem}); expected e.g. main, v1.2.0 or a commit SHA`);
    return undefined;
}
function readBranch(p, name, value) {
    if (value === '')
        return '';
    const branch = value.startsWith('refs/heads/') ? value.slice('refs/heads/'.length) : value;
    const problem = (0,ref_name/* refNameProblem */.C)(branch);
    if (!problem)
        return branch;
    p.add(name, `${(0,config_problems/* show */.WU)(value)} is not a branch name (${problem}); expected e.g. production`);
    return undefined;
}
function readTagPrefix(p, value) {
    const problem = value.startsWith('refs/')
        ? "it starts with 'refs/': the tag would be refs/tags/refs/…; tag-prefix is the start of the tag's own name"
        : value.startsWith('-')
            ? "it starts with '-', which git reads as an option"
            : (0,ref_name/* refNameProblem */.C)(`${value}1.0.0`);
    if (!problem)
        return value;
    p.add('tag-prefix', `${(0,config_problems/* show */.WU)(value)} cannot start a tag name (${problem}); expected e.g. v, release/ or '' for none`);
    return undefined;
}
function readPreid(p, value) {
    if (value === '')
        return '';
    const identifiers = value.split('.');
    const bad = identifiers.find((id) => !/^[0-9A-Za-z-]+$/.test(id) || /^0\d+$/.test(id));
    if (bad === undefined && valid_default()(`1.0.0-${value}.0`))
        return value;
    p.add('preid', `${(0,config_problems/* show */.WU)(value)} is not a prerelease identifier; expected letters, digits and '-' (dot-separated parts allowed), e.g. rc, beta`);
    return undefined;
}
function readVersion(p, value, tagPrefix) {
    if (value === '')
        return '';
    let bare = value.startsWith('refs/tags/') ? value.slice('refs/tags/'.length) : value;
    if (tagPrefix !== '' && bare.startsWith(tagPrefix))
        bare = bare.slice(tagPrefix.length);
    else if (/^[vV]\d/.test(bare))
        bare = bare.slice(1);
    // semver.valid would also take a leading 'v' or '=' and drop build metadata: check, keep as written.
    if (/^\d/.test(bare) && valid_default()(bare))
        return bare;
    p.add('version', `${(0,config_problems/* show */.WU)(value)} is not a semantic version; expected e.g. 1.4.2, 2.0.0-rc.1 or v1.4.2`);
    return undefined;
}
function readWorkflow(p, name, value) {
    if (value === '')
        return '';
    const file = value.startsWith('.github/workflows/') ? value.slice('.github/workflows/'.length) : value;
    if (/^\d+$/.test(file))
        return file;
    if (/\.ya?ml$/.test(file) && !/[/\\]/.test(file) && !(0,config_problems/* hasControlChar */.Et)(file) && file.length > 5)
        return file;
    p.add(name, `${(0,config_problems/* show */.WU)(value)} is not a workflow file name or id; expected e.g. deploy.yml or 161335`);
    return undefined;
}

// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(8019);
;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * The one place that reads inputs. Every input of action.yml is parsed and validated here, all
 * problems are collected and thrown together (InputError), before anything is changed.
 *
 * Empty values: an input given as '' (or only spaces) takes its action.yml default, except
 * `github-token` (required) and `tag-prefix` ('' means tags without a prefix, e.g. `1.2.3`).
 * The runner passes action.yml's defaults for inputs a workflow does not set.
 *
 * Secrets: the token and every `health-checks` header value are passed to core.setSecret as soon
 * as they are read, never appear in a problem message, and are redacted from all messages.
 */

























/** action.yml's defaults (github-token's is the expression `${{ github.token }}`). */
const INPUT_DEFAULTS = {
    'github-token': '',
    'dry-run': 'false',
    environment: 'production',
    ref: '',
    'state-file': 'auto',
    gates: '',
    'required-checks': 'required',
    'checks-timeout': '0',
    'staging-environment': '',
    version: '',
    bump: 'auto',
    preid: '',
    'tag-prefix': 'v',
    'version-file': 'package.json',
    'changelog-file': 'CHANGELOG.md',
    release: 'true',
    'deploy-workflow': '',
    'deploy-inputs': '',
    'deploy-branch': '',
    'deploy-command': '',
    'deploy-timeout': '30m',
    'health-urls': '',
    'health-checks': '',
    metrics: '',
    'health-timeout': '5m',
    'health-interval': '10s',
    'monitor-duration': '0',
    'monitor-interval': '30s',
    'error-rate-threshold': '0.01',
    'latency-threshold': '500ms',
    rollback: 'auto',
    'rollback-workflow': '',
    'rollback-command': '',
    'rollback-timeout': '10m',
    'report-file': 'auto',
    'version-files': '',
    'pre-deploy-command': '',
    'smoke-checks': '',
    'traffic-command': '',
    'traffic-steps': '100',
    'cleanup-command': '',
    'notify-webhook': '',
    'baseline-checks': '',
    'analysis-min-samples': '0',
    waves: '',
    'rollback-scope': 'wave',
    freeze: '',
    'freeze-override': '',
    'lock-timeout': '30m',
    'approval-timeout': '1h'
};
const INPUT_NAMES = Object.keys(INPUT_DEFAULTS);

/** Reads the inputs through `read`, validates them all, and throws InputError listing every problem. */
function readSettings(read) {
    const problems = new config_problems/* Problems */.Zw(INPUT_NAMES);
    const raw = (name) => read(name) ?? '';
    const text = (name) => raw(name).trim();
    const orDefault = (name) => text(name) || INPUT_DEFAULTS[name];
    // Secrets first, before anything can fail.
    const token = text('github-token');
    if (token !== '')
        (0,secrets/* maskSecret */.$l)(token, problems.secrets);
    const healthChecksText = raw('health-checks');
    const healthDoc = healthChecksText.trim() === '' ? undefined : (0,yaml_list/* parseYaml */.hN)(healthChecksText);
    if (healthDoc)
        (0,secrets/* maskHeaderValues */.k6)(healthDoc.doc, problems.secrets);
    const metricsText = raw('metrics');
    const metricsDoc = metricsText.trim() === '' ? undefined : (0,yaml_list/* parseYaml */.hN)(metricsText);
    if (metricsDoc)
        (0,secrets/* maskHeaderValues */.k6)(metricsDoc.doc, problems.secrets);
    (0,secrets/* maskKeyValueLines */.Iz)(raw('deploy-inputs'), problems.secrets);
    const wavesDoc = raw('waves').trim() === '' ? undefined : (0,yaml_list/* parseYaml */.hN)(raw('waves'));
    if (wavesDoc) {
        (0,secrets/* maskHeaderValues */.k6)(wavesDoc.doc, problems.secrets);
        (0,secrets/* maskDeployInputValues */.aM)(wavesDoc.doc, problems.secrets);
    }
    const notify = (0,inputs/* readNotifyInput */.uc)(raw('notify-webhook'), {
        problem: (input, message, where) => problems.add(input, message, where),
        secret: (value) => problems.secrets.push(value)
    });
    if (token === '') {
        problems.addSentence('github-token', "Input 'github-token' is empty: pass ${{ github.token }} or a PAT");
    }
    else if (/\s/.test(token)) {
        problems.add('github-token', 'the token (value hidden) contains spaces or line breaks; expected a single token');
    }
    // An empty dry-run is not read as its default: the runner passes action.yml's 'false' when the
    // input is unset, so '' means an expression evaluated to nothing, and guessing 'a real ship'
    // would be unsafe. Only an input not passed at all (outside a runner) takes the default.
    const dryRun = readBoolean(problems, 'dry-run', read('dry-run') === undefined ? INPUT_DEFAULTS['dry-run'] : text('dry-run'));
    const release = readBoolean(problems, 'release', orDefault('release'));
    const environment = scalars_readEnvironment(problems, 'environment', orDefault('environment'));
    const stagingEnvironment = readStagingEnvironments(problems, raw('staging-environment'));
    const ref = readRef(problems, text('ref'));
    const stateFile = readPathChoice(problems, 'state-file', orDefault('state-file'));
    const reportFile = readPathChoice(problems, 'report-file', orDefault('report-file'));
    const versionFile = readFilePath(problems, 'version-file', orDefault('version-file'));
    const changelogFile = readFilePath(problems, 'changelog-file', orDefault('changelog-file'));
    const versionFiles = (0,version_files_input/* parseVersionFiles */.z2)(raw('version-files'));
    for (const { line, message } of versionFiles.problems)
        problems.add('version-files', message, `line ${line}`);
    const gates = readGates(problems, raw('gates'));
    const requiredChecks = readRequiredChecks(problems, raw('required-checks'));
    const tagPrefix = readTagPrefix(problems, read('tag-prefix') === undefined ? INPUT_DEFAULTS['tag-prefix'] : text('tag-prefix'));
    const bump = readEnum(problems, 'bump', orDefault('bump'), settings/* BUMP_KINDS */.Z);
    const preid = readPreid(problems, text('preid'));
    const version = readVersion(problems, text('version'), tagPrefix ?? '');
    const deployWorkflow = readWorkflow(problems, 'deploy-workflow', text('deploy-workflow'));
    const deployInputs = readDeployInputs(problems, raw('deploy-inputs'));
    const deployBranch = readBranch(problems, 'deploy-branch', text('deploy-branch'));
    const deployCommand = text('deploy-command');
    const rollbackWorkflow = readWorkflow(problems, 'rollback-workflow', text('rollback-workflow'));
    const rollbackCommand = text('rollback-command');
    const rollbackMode = readEnum(problems, 'rollback', orDefault('rollback'), ['auto', 'never']);
    const duration = (name, allowZero) => readDuration(problems, name, orDefault(name), allowZero);
    const checksTimeoutMs = duration('checks-timeout', true);
    const deployTimeoutMs = duration('deploy-timeout', false);
    const healthTimeoutMs = duration('health-timeout', false);
    const healthIntervalMs = duration('health-interval', false);
    const monitorDurationMs = duration('monitor-duration', true);
    const monitorIntervalMs = duration('monitor-interval', false);
    const latencyThresholdMs = duration('latency-threshold', false);
    const rollbackTimeoutMs = duration('rollback-timeout', false);
    const lockTimeoutMs = duration('lock-timeout', true);
    const approvalTimeoutMs = duration('approval-timeout', false);
    const errorRateThreshold = readFraction(problems, 'error-rate-threshold', orDefault('error-rate-threshold'));
    const urlChecks = readHealthUrls(problems, raw('health-urls'));
    const detailedChecks = healthDoc ? readHealthChecks(problems, healthDoc) : [];
    for (const list of [urlChecks, detailedChecks])
        boundCheckTimeouts(problems, list, healthTimeoutMs, orDefault('health-timeout'));
    const checks = uniqueCheckNames(problems, urlChecks, detailedChecks);
    const metrics = metricsDoc ? readMetrics(problems, metricsDoc) : [];
    if (metrics?.length && monitorDurationMs === 0) {
        problems.add('metrics', 'metric sources are read in the monitoring window, and monitor-duration is 0; expected a monitor-duration such as 10m');
    }
    // Cross-input rules.
    if (healthIntervalMs !== undefined && healthTimeoutMs !== undefined && healthIntervalMs > healthTimeoutMs) {
        problems.add('health-interval', `${(0,config_problems/* show */.WU)(orDefault('health-interval'))} is longer than health-timeout ${(0,config_problems/* show */.WU)(orDefault('health-timeout'))}; ` +
            'expected an interval no longer than the timeout');
    }
    if (monitorIntervalMs !== undefined &&
        monitorDurationMs !== undefined &&
        monitorDurationMs > 0 &&
        monitorIntervalMs > monitorDurationMs) {
        problems.add('monitor-interval', `${(0,config_problems/* show */.WU)(orDefault('monitor-interval'))} is longer than monitor-duration ${(0,config_problems/* show */.WU)(orDefault('monitor-duration'))}; ` +
            'expected an interval no longer than the window (or monitor-duration 0 to skip the window)');
    }
    if (deployInputs && Object.keys(deployInputs).length > 0 && deployWorkflow === '') {
        problems.add('deploy-inputs', 'given, but deploy-workflow is empty; expected deploy-workflow to name the workflow these inputs are for');
    }
    // smoke-checks and baseline-checks: the health-checks syntax, header values masked.
    const checkList = (input, yaml) => {
        const parsed = (0,yaml_list/* parseYaml */.hN)(yaml);
        (0,secrets/* maskHeaderValues */.k6)(parsed.doc, problems.secrets);
        const list = readHealthChecks(problems, parsed, input);
        boundCheckTimeouts(problems, list, healthTimeoutMs, orDefault('health-timeout'));
        return list?.map((c) => c.check);
    };
    const progressive = readProgressiveInputs(raw, { problem: (input, message, where) => problems.add(input, message, where), checks: checkList });
    const analysis = readAnalysisInputs(raw, { problem: (input, message, where) => problems.add(input, message, where), checks: checkList }, {
        smokeChecks: raw('smoke-checks').trim() === '' ? [] : progressive?.smokeChecks.length ? progressive.smokeChecks : undefined,
        monitorDurationMs,
        monitorIntervalMs
    });
    const rollbackScope = readEnum(problems, 'rollback-scope', orDefault('rollback-scope'), ROLLBACK_SCOPES);
    const waves = wavesDoc
        ? readWaves(problems, wavesDoc, {
            ...(checks ? { checks } : {}),
            smokeChecks: progressive?.smokeChecks ?? [],
            ...(deployInputs ? { deployInputs } : {}),
            ...(monitorDurationMs !== undefined ? { monitorDurationMs } : {}),
            ...(monitorIntervalMs !== undefined ? { monitorIntervalMs } : {}),
            ...(healthTimeoutMs !== undefined ? { healthTimeoutMs } : {}),
            healthTimeout: orDefault('health-timeout'),
            hasDeployWorkflow: Boolean(deployWorkflow),
            hasTrafficCommand: Boolean(progressive?.trafficCommand)
        })
        : [];
    const freeze = raw('freeze').trim() === '' ? [] : readFreeze(problems, (0,yaml_list/* parseYaml */.hN)(raw('freeze')));
    const freezeOverride = readFreezeOverride(problems, raw('freeze-override'));
    const notes = [];
    if (version) {
        if (bump !== undefined && bump !== 'auto')
            notes.push(`version ${version} is given, so bump '${bump}' is ignored.`);
        if (preid)
            notes.push(`version ${version} is given, so preid '${preid}' is ignored.`);
    }
    else if (preid && bump !== undefined && ['major', 'minor', 'patch', 'none'].includes(bump)) {
        notes.push(`preid '${preid}' is only used by auto and pre* bumps; bump is '${bump}'.`);
    }
    if (rollbackMode === 'never' && (rollbackWorkflow || rollbackCommand)) {
        notes.push('rollback is never, so rollback-workflow and rollback-command are not used.');
    }
    if (waves?.length && environment && environment !== INPUT_DEFAULTS.environment)
        notes.push(`waves name the environments, so environment '${environment}' is not used.`);
    if (!waves?.length && rollbackScope === 'all')
        notes.push('rollback-scope is all, but there are no waves: the one environment is rolled back as always.');
    if (freezeOverride && !freeze?.length)
        notes.push('freeze-override is given, but no freeze window is set: it has no effect.');
    problems.throwIfAny();
    // Past throwIfAny every reader returned a value; the `!` assertions only narrow the types.
    return {
        token,
        dryRun: dryRun,
        environment: environment,
        ref: ref,
        stateFile: stateFile,
        gates: gates,
        requiredChecks: requiredChecks,
        checksTimeoutMs: checksTimeoutMs,
        stagingEnvironment: stagingEnvironment,
        version: version,
        bump: bump,
        preid: preid,
        tagPrefix: tagPrefix,
        versionFile: versionFile,
        changelogFile: changelogFile,
        ...(versionFiles.specs.length ? { versionFiles: versionFiles.specs } : {}),
        release: release,
        deploy: {
            workflow: deployWorkflow,
            inputs: deployInputs,
            branch: deployBranch,
            command: deployCommand,
            timeoutMs: deployTimeoutMs,
            approvalTimeoutMs: approvalTimeoutMs
        },
        lockTimeoutMs: lockTimeoutMs,
        health: { checks: checks, timeoutMs: healthTimeoutMs, intervalMs: healthIntervalMs },
        monitor: {
            durationMs: monitorDurationMs,
            intervalMs: monitorIntervalMs,
            errorRateThreshold: errorRateThreshold,
            latencyThresholdMs: latencyThresholdMs,
            metrics: metrics
        },
        rollback: {
            mode: rollbackMode,
            workflow: rollbackWorkflow,
            command: rollbackCommand,
            timeoutMs: rollbackTimeoutMs
        },
        reportFile: reportFile,
        ...(progressive ? { progressive } : {}),
        ...(notify ? { notify } : {}),
        ...(analysis ? { analysis } : {}),
        ...(waves?.length ? { waves: { list: waves, rollbackScope: rollbackScope } } : {}),
        ...(freeze?.length ? { freeze } : {}),
        ...(freezeOverride ? { freezeOverride } : {}),
        notes
    };
}
/**
 * readSettings over the environment, as @actions/core names inputs: `INPUT_` + the name in upper
 * case with spaces as `_` (dashes stay: `INPUT_DRY-RUN`); values are trimmed like core.getInput.
 */
function readSettingsFromEnv(env = process.env) {
    return readSettings((name) => env[inputEnvName(name)]?.trim());
}
/**
 * readSettingsFromEnv, with the libraries only some inputs need loaded first, and only then: the
 * YAML library when one of YAML_INPUTS is given (yaml-engine.ts), the pattern engine when an
 * input holds a pattern (`body-matches`, a `version-files` regex; user-pattern.ts). Should the
 * reader meet YAML or a pattern this first look missed, it says so (YamlNeeded,
 * PatternEngineNeeded), and the inputs are read again with that library loaded.
 */
async function readSettingsLoadingLibraries(env = process.env) {
    const given = (name) => Boolean(env[inputEnvName(name)]?.trim());
    const holdsPattern = Object.entries(env).some(([name, value]) => name.startsWith('INPUT_') && value && (value.includes('body-matches') || (name === inputEnvName('version-files') && value.includes('#'))));
    await Promise.all([yaml_engine/* YAML_INPUTS */.W7.some(given) ? (0,yaml_engine/* loadYaml */.yv)() : undefined, holdsPattern ? (0,user_pattern/* loadPatternEngine */.J9)() : undefined]);
    for (let attempt = 1;; attempt++) {
        try {
            return readSettingsFromEnv(env);
        }
        catch (error) {
            if (attempt > 2 || !(error instanceof user_pattern/* PatternEngineNeeded */.A_ || error instanceof yaml_engine/* YamlNeeded */.zU))
                throw error;
            await (error instanceof yaml_engine/* YamlNeeded */.zU ? (0,yaml_engine/* loadYaml */.yv)() : (0,user_pattern/* loadPatternEngine */.J9)());
        }
    }
}
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}


/***/ }),

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   o3: () => (/* binding */ PATH_EXAMPLES),
/* harmony export */   tX: () => (/* binding */ jsonPathProblem)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4968);
/** The field-path syntax shared by health checks, metrics and gates. */

const PATH_EXAMPLES = 'status, data.version, checks[0].state, ["app.version"]';
/**
 * Parses a field path: names joined by dots, `[n]` array indices, quoted keys `["a.b"]` or
 * `['a.b']` (backslash escapes the quote). Names are letters, digits, `_`, `$` and `-`, not starting
 * with a digit or '-'. A leading `$` (JSONPath root) is allowed: `$.data.version`.
 * Examples: `status`, `data.version`, `checks[0].state`, `["app.version"]`, `a[1][2]`.
 * Throws an Error whose message says where and why.
 */
function parseJsonPath(text) {
    const segments = [];
    let i = 0;
    if (text === '$' || text === '')
        throw new Error('it is empty');
    if (text.startsWith('$.') || text.startsWith('$['))
        i = text.startsWith('$.') ? 2 : 1;
    const fail = (what) => {
        throw new Error(`at character ${i + 1}: ${what}`);
    };
    const NAME = /[A-Za-z_$][A-Za-z0-9_$-]*/y;
    let expectName = !text.startsWith('[', i);
    for (;;) {
        if (expectName) {
            NAME.lastIndex = i;
            const match = NAME.exec(text);
            if (!match)
                fail('expected a name');
            segments.push(match[0]);
            i = NAME.lastIndex;
        }
        else {
            // text[i] === '['
            i++;
            if (/\d/.test(text[i] ?? '')) {
                const digits = /\d+/y;
                digits.lastIndex = i;
                const match = digits.exec(text);
                i = digits.lastIndex;
                if (text[i] !== ']')
                    fail("expected ']' after the index");
                segments.push(Number(match[0]));
                i++;
            }
            else if (text[i] === '"' || text[i] === "'") {
                const quote = text[i];
                let key = '';
                i++;
                while (i < text.length && text[i] !== quote) {
                    if (text[i] === '\\' && i + 1 < text.length)
                        i++;
                    key += text[i];
                    i++;
                }
                if (i >= text.length)
                    fail(`expected a closing ${quote}`);
                i++;
                if (text[i] !== ']')
                    fail("expected ']' after the quoted key");
                i++;
                segments.push(key);
            }
            else {
                fail("expected a number or a quoted key after '['");
            }
        }
        if (i >= text.length)
            return segments;
        if (text[i] === '.') {
            i++;
            expectName = true;
        }
        else if (text[i] === '[') {
            expectName = false;
        }
        else {
            fail("expected '.', '[' or the end");
        }
    }
}
function jsonPathProblem(text) {
    try {
        return { segments: parseJsonPath(text) };
    }
    catch (error) {
        return {
            problem: `${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(text)} is not a field path (${error.message}); expected e.g. ${PATH_EXAMPLES}`
        };
    }
}


/***/ }),

/***/ 459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ refNameProblem)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4968);

/** Why `name` is not a valid git ref name (git check-ref-format rules), or undefined. */
function refNameProblem(name) {
    if (name === '')
        return 'it is empty';
    if (name === '@')
        return "'@' alone is not a ref name";
    if ((0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .hasControlChar */ .Et)(name) || /[ ~^:?*[\\]/.test(name)) {
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    }
    if (name.includes('..'))
        return "it contains '..'";
    if (name.includes('@{'))
        return "it contains '@{'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
        return "it starts or ends with '/' or contains '//'";
    }
    if (name.endsWith('.'))
        return "it ends with '.'";
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return "a part of it starts with '.'";
        if (part.endsWith('.lock'))
            return "a part of it ends with '.lock'";
    }
    return undefined;
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ BUMP_KINDS),
/* harmony export */   w: () => (/* binding */ BUILT_IN_GATE_NAMES)
/* harmony export */ });
/**
 * Settings: every input of action.yml, parsed and validated once (see inputs.ts).
 * Durations are milliseconds. Nothing else in the action reads inputs.
 */
/** Every value the `bump` input takes. */
const BUMP_KINDS = ['auto', 'major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'none'];
/** Names of the built-in state-file gates (a `gates` entry with one of these names changes it). */
const BUILT_IN_GATE_NAMES = ['staging-validation', 'rollback-proven'];


/***/ }),

/***/ 7140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ PatternEngineNeeded),
/* harmony export */   J9: () => (/* binding */ loadPatternEngine),
/* harmony export */   bH: () => (/* binding */ compileUserPattern)
/* harmony export */ });
/* unused harmony export toRe2Syntax */
let engine;
/** Thrown by compileUserPattern before loadPatternEngine has settled: load it, then read again. */
class PatternEngineNeeded extends Error {
    constructor() {
        super('a pattern was compiled before the pattern engine was loaded (loadPatternEngine)');
        this.name = 'PatternEngineNeeded';
    }
}
async function loadPatternEngine() {
    engine ??= (await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856))).RE2JS;
}
const NOT_LINEAR = 'which the linear-time engine (RE2) does not run';
/** Why a construct at `at` is refused, or undefined. */
function refusal(source, at) {
    const rest = source.slice(at);
    if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
        return `uses a lookahead ${rest.slice(0, 3)}, ${NOT_LINEAR}: match the text itself, and capture only the version (e.g. /version: (\\S+)/)`;
    }
    if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
        return `uses a lookbehind ${rest.slice(0, 4)}, ${NOT_LINEAR}: match the text before it too, outside the capture group (e.g. /@v(\\S+)/)`;
    }
    if (/^\\[1-9]/.test(rest) || rest.startsWith('\\k<')) {
        return `uses a backreference ${/^\\(?:[1-9]\d*|k<[^>]*>)/.exec(rest)?.[0] ?? '\\k'}, ${NOT_LINEAR}: write the repeated text out`;
    }
    if (rest.startsWith('\\c'))
        return `uses a control escape ${rest.slice(0, 3)}: write the character as \\xHH`;
    return undefined;
}
/** The pattern in RE2's syntax with JavaScript's meaning (see the file comment), or why not. */
function toRe2Syntax(source, flags) {
    const dotAll = flags.includes('s');
    const multiline = flags.includes('m');
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        const refused = c === '\\' || (c === '(' && !inClass) ? refusal(source, i) : undefined;
        if (refused)
            return { problem: refused };
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            const unicode = /^u(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{4}))/.exec(source.slice(i + 1));
            if (unicode) {
                out += `\\x{${unicode[1] ?? unicode[2]}}`;
                i += unicode[0].length;
            }
            else {
                out += `\\${next}`;
                i++;
            }
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[') {
            if (source.startsWith('[^]', i))
                return { problem: 'uses [^] (any character): write [\\s\\S] instead' };
            if (source.startsWith('[]', i))
                return { problem: 'has an empty class [], which matches nothing' };
            inClass = true;
            // `]` or `^]` right after the opening bracket is a literal in RE2; JavaScript has no such rule, see above.
            out += c;
            continue;
        }
        if (c === '.' && !dotAll)
            out += '[^\\n\\r\\x{2028}\\x{2029}]';
        else if (c === '$' && multiline)
            out += '(?:\\r?$)';
        else
            out += c;
    }
    return { re2: out };
}
const FLAGS = ['i', 'm', 's', 'u'];
function flagBits(re2, flags) {
    const bits = { i: re2.CASE_INSENSITIVE, m: re2.MULTILINE, s: re2.DOTALL, u: 0 };
    return [...flags].reduce((all, f) => all | bits[f], 0);
}
function refused(source, why) {
    return { problem: `/${source}/ ${why}`, why };
}
/** Compiles a user pattern, or says why it cannot run (the caller names the input). */
function compileUserPattern(source, flags = '') {
    const unknown = [...flags].filter((f) => !FLAGS.includes(f));
    if (unknown.length)
        return { problem: `flags ${JSON.stringify(flags)} of /${source}/ are not among i, m, s, u`, why: `flags ${JSON.stringify(flags)} are not among i, m, s, u` };
    const syntax = toRe2Syntax(source, flags);
    if ('problem' in syntax)
        return refused(source, syntax.problem);
    if (!engine)
        throw new PatternEngineNeeded();
    let re;
    try {
        re = engine.compile(syntax.re2, flagBits(engine, flags));
    }
    catch (error) {
        const message = error.message.replace(/^error parsing regexp: /, '');
        return refused(source, `is not a valid regular expression for the linear-time engine (RE2): ${message}`);
    }
    return {
        source,
        flags,
        groups: re.groupCount(),
        test: (text) => re.test(text),
        matchAll(text) {
            const found = [];
            const m = re.matcher(text);
            while (m.find()) {
                const has = re.groupCount() >= 1 && m.start(1) >= 0;
                found.push({ index: m.start(), group1Start: has ? m.start(1) : -1, group1End: has ? m.end(1) : -1, group1: has ? m.group(1) : null });
            }
            return found;
        }
    };
}


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qm: () => (/* binding */ runUrlOf),
/* harmony export */   af: () => (/* binding */ ContextError),
/* harmony export */   cw: () => (/* binding */ readRunnerFacts),
/* harmony export */   wK: () => (/* binding */ resolveContext)
/* harmony export */ });
/* unused harmony exports chooseRef, isEventCommit, checkedOutEventTree */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_time_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9025);
/* harmony import */ var _once_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8094);
/* harmony import */ var _workspace_checkout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3889);
/**
 * Resolve: who runs us (the event and the runner's variables) and which commit ships.
 * Reading the environment is separated from the one API call, so the decision is testable. The
 * call is skipped when the runner already says it all: the event's own commit is GITHUB_SHA, and
 * its tree (which only the lock and the release commit need) comes from git when the workspace
 * has it checked out (content-addressed as on GitHub), asked once the gates' first requests are
 * out: spawning git takes the thread for about 15 ms, which would hold those requests up.
 */




class ContextError extends Error {
}
function readRunnerFacts(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new ContextError(`GITHUB_REPOSITORY is "${repository}"; expected owner/name (is this running inside GitHub Actions?)`);
    }
    let event = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(eventPath)) {
        try {
            event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        }
        catch (error) {
            throw new ContextError(`GITHUB_EVENT_PATH ${eventPath} is not valid JSON: ${error.message}`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return {
        repository,
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        eventName: env.GITHUB_EVENT_NAME ?? '',
        eventSha: env.GITHUB_SHA ?? '',
        eventRef: env.GITHUB_REF ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        event,
        timeScale: (0,_github_time_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .timeScaleFrom */ .M)(env),
        ...(Number(env.SHIP_PROD_PROGRESS_MS) > 0 ? { progressEveryMs: Number(env.SHIP_PROD_PROGRESS_MS) } : {})
    };
}
/** This workflow run's page, or '' outside a run. */
function runUrlOf(facts) {
    return facts.runId ? `${facts.serverUrl}/${facts.repository}/actions/runs/${facts.runId}` : '';
}
/** Which ref to ship and which branch it belongs to, before asking the API. */
function chooseRef(facts, refInput) {
    const defaultBranch = facts.event.repository?.default_branch ?? '';
    const branchOfEvent = facts.eventRef.startsWith('refs/heads/') ? facts.eventRef.slice('refs/heads/'.length) : '';
    if (refInput) {
        const looksLikeSha = /^[0-9a-f]{7,40}$/i.test(refInput);
        const branch = refInput.startsWith('refs/heads/')
            ? refInput.slice('refs/heads/'.length)
            : looksLikeSha || refInput.startsWith('refs/tags/')
                ? branchOfEvent || defaultBranch
                : refInput;
        return { ref: refInput, branch };
    }
    if (facts.eventName === 'release' && facts.event.release?.tag_name) {
        const target = facts.event.release.target_commitish ?? '';
        const branch = target && !/^[0-9a-f]{40}$/i.test(target) ? target : defaultBranch;
        return { ref: `refs/tags/${facts.event.release.tag_name}`, branch };
    }
    if (!facts.eventSha)
        throw new ContextError('no `ref` input and no GITHUB_SHA: nothing says which commit to ship');
    return { ref: facts.eventSha, branch: branchOfEvent || defaultBranch };
}
/** The ship is of the event's own commit (no `ref`, not a release): GITHUB_SHA says which, no question asked. */
function isEventCommit(facts, refInput) {
    return !refInput && !(facts.eventName === 'release' && facts.event.release?.tag_name) && /^[0-9a-f]{40}$/i.test(facts.eventSha);
}
/** The tree of the event's commit, from the workspace when it has that commit checked out; else undefined (ask the API). */
async function checkedOutEventTree(facts) {
    const local = await (0,_workspace_checkout_js__WEBPACK_IMPORTED_MODULE_1__/* .checkedOut */ .M)(facts.workspace);
    return local && local.head.toLowerCase() === facts.eventSha.toLowerCase() ? local.tree : undefined;
}
/**
 * Resolve the ref to a full commit SHA and the branch when unknown. The event's own commit needs
 * no request; another ref is read through the API (one request, which gives its tree too).
 */
async function resolveContext(client, facts, refInput) {
    const { ref, branch: guessedBranch } = chooseRef(facts, refInput);
    const { owner, repo } = client;
    const shaRef = ref.replace(/^refs\/(heads|tags)\//, '');
    const readCommit = async () => {
        const { data } = await client.octokit.rest.repos.getCommit({ owner, repo, ref: shaRef, per_page: 1 }).catch((error) => {
            const status = error.status;
            if (status === 404 || status === 422) {
                const what = refInput ? `Input 'ref': "${ref}"` : `The event's commit ${shaRef}`;
                throw new ContextError(`${what} is not a commit, branch or tag of ${owner}/${repo}`);
            }
            throw error;
        });
        return { sha: data.sha, treeSha: data.commit.tree.sha };
    };
    const commit = isEventCommit(facts, refInput)
        ? Promise.resolve({ sha: facts.eventSha, tree: (0,_once_js__WEBPACK_IMPORTED_MODULE_3__/* .once */ .O)(async () => (await checkedOutEventTree(facts)) ?? (await readCommit()).treeSha) })
        : readCommit().then(({ sha, treeSha }) => ({ sha, tree: () => Promise.resolve(treeSha) }));
    const [{ sha, tree }, branch] = await Promise.all([
        commit,
        guessedBranch
            ? Promise.resolve(guessedBranch)
            : client.octokit.rest.repos.get({ owner, repo }).then((r) => r.data.default_branch)
    ]);
    const context = {
        owner,
        repo,
        serverUrl: facts.serverUrl,
        apiUrl: facts.apiUrl,
        eventName: facts.eventName,
        sha,
        ref,
        branch,
        runId: facts.runId,
        runAttempt: facts.runAttempt,
        runUrl: runUrlOf(facts),
        workflow: facts.workflow,
        job: facts.job,
        actor: facts.actor,
        workspace: facts.workspace
    };
    return { context, tree };
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ WEEKDAYS)
/* harmony export */ });
/**
 * Freeze windows as the `freeze` input gives them (read by gates/freeze-input.ts), and what the
 * freeze gate records in the ship record. A leaf: config/settings.ts and ship.ts import it.
 */
/** Days of the week, Sunday first (as `Date.getUTCDay` numbers them). */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];


/***/ }),

/***/ 4545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ parseLocalDateTime),
/* harmony export */   Ex: () => (/* binding */ checkFreeze),
/* harmony export */   JP: () => (/* binding */ noteFreezeOpened)
/* harmony export */ });
/* unused harmony exports minutesOf, occurrencesNear, evaluateFreeze, describeWindow, occurrenceOf */
/* harmony import */ var _freeze_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3603);
/* harmony import */ var _zoned_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4874);
/**
 * The freeze gate, pure: from the windows of the `freeze` input and the moment the ship starts,
 * is it inside one, until when, and which window opens next. Evaluated once, when the other gates
 * have answered (just before the first write): a ship that started before a window opened goes
 * on to the end (a half-shipped fleet is worse), and the report says the window opened.
 *
 * Edges: a window contains its opening moment and not its closing one. Time zones through Intl
 * (zoned-time.ts): a time the clock skips opens or closes a window at the jump; a time it shows
 * twice opens at its first showing and closes at its last, so the window covers every moment the
 * clock shows a time inside it.
 */


const MINUTE = 60_000;
const DAY = 86_400_000;
/** Windows that run into each other are followed this many times to find when the freeze ends. */
const MAX_CHAIN = 20;
/** `HH:MM` → minutes of the day (`24:00` → 1440). */
function minutesOf(hhmm) {
    const [h, m] = hhmm.split(':').map(Number);
    return h * 60 + m;
}
/** `YYYY-MM-DDTHH:MM[:SS]` → its parts. */
function parseLocalDateTime(text) {
    const [date, time] = text.split('T');
    const [year, month, day] = date.split('-').map(Number);
    const [hour, minute, second] = time.split(':').map(Number);
    return { year: year, month: month, day: day, hour: hour, minute: minute, second: second ?? 0 };
}
/** How many days after its first day a recurring window closes. */
function spanDays(days, from, to) {
    return days > 1 ? days - 1 : to <= from ? 1 : 0;
}
function rememberedInstants() {
    const known = new Map();
    return (local, zone, which) => {
        const key = `${zone} ${JSON.stringify(local)} ${which}`;
        let instant = known.get(key);
        if (instant === undefined)
            known.set(key, (instant = (0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .instantOf */ .B9)(local, zone, which)));
        return instant;
    };
}
/** The occurrences of a window that may hold `at` or open in the week after it. */
function occurrencesNear(window, index, at, instant = _zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .instantOf */ .B9) {
    const zone = window.timezone;
    if (window.kind === 'one-off') {
        return [{ window, index, opensAt: instant(parseLocalDateTime(window.from), zone, 'first'), closesAt: instant(parseLocalDateTime(window.to), zone, 'last') }];
    }
    const from = minutesOf(window.from);
    const to = minutesOf(window.to);
    const firstDay = window.days ? _freeze_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .WEEKDAYS */ .w.indexOf(window.days[0]) : undefined;
    const length = spanDays(window.days?.length ?? 1, from, to);
    const local = (0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .localOf */ .Fc)(at, zone);
    const today = Date.UTC(local.year, local.month - 1, local.day);
    const spans = [];
    // An occurrence holding `at` opened at most its length (and a day for the zone) before; one comes
    // back within a week: from there on, days in order up to the first that opens after `at`.
    for (let d = -(length + 2); d <= 8; d++) {
        const day = today + d * DAY;
        if (firstDay !== undefined && new Date(day).getUTCDay() !== firstDay)
            continue;
        const opensAt = instant((0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .fromWall */ .bv)(day + from * MINUTE), zone, 'first');
        const closesAt = instant((0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .fromWall */ .bv)(day + length * DAY + to * MINUTE), zone, 'last');
        // On the day the clock skips both ends, the occurrence has no length.
        if (closesAt <= opensAt)
            continue;
        spans.push({ window, index, opensAt, closesAt });
        if (opensAt > at)
            break;
    }
    return spans;
}
function containing(windows, at, instant) {
    return windows.flatMap((w, i) => occurrencesNear(w, i + 1, at, instant)).filter((s) => s.opensAt <= at && at < s.closesAt);
}
/** Is a ship starting at `now` inside a window; until when; which window opens next. */
function evaluateFreeze(windows, now) {
    const instant = rememberedInstants();
    const near = windows.flatMap((w, i) => occurrencesNear(w, i + 1, now, instant));
    const inside = near.filter((s) => s.opensAt <= now && now < s.closesAt).sort((a, b) => a.index - b.index);
    const next = near.filter((s) => s.opensAt > now).sort((a, b) => a.opensAt - b.opensAt || a.index - b.index)[0];
    const decision = { inside, ...(next ? { next } : {}) };
    if (!inside.length)
        return decision;
    let endsAt = Math.max(...inside.map((s) => s.closesAt));
    for (let i = 0; i < MAX_CHAIN; i++) {
        const holding = containing(windows, endsAt, instant);
        if (!holding.length)
            return { ...decision, endsAt };
        endsAt = Math.max(...holding.map((s) => s.closesAt));
    }
    return { ...decision, endsAt, endless: true };
}
/** `fri–sun 15:00–09:00 Europe/Berlin`, `every day 22:00–06:00 UTC`, `2026-12-21T00:00 – 2027-01-04T09:00 America/New_York`. */
function describeWindow(window) {
    if (window.kind === 'one-off')
        return `${window.from} – ${window.to} ${window.timezone}`;
    const days = !window.days ? 'every day' : window.days.length === 1 ? window.days[0] : `${window.days[0]}–${window.days.at(-1)}`;
    return `${days} ${window.from}–${window.to} ${window.timezone}`;
}
function occurrenceOf(span) {
    const zone = span.window.timezone;
    return {
        reason: span.window.reason,
        timezone: zone,
        window: span.index,
        opensAt: new Date(span.opensAt).toISOString(),
        closesAt: new Date(span.closesAt).toISOString(),
        opens: (0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInZone */ .FL)(span.opensAt, zone),
        closes: (0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInZone */ .FL)(span.closesAt, zone)
    };
}
const quote = (reason) => `'${reason}'`;
/** The freeze gate: blocked inside a window unless `override` gives a reason (who and why are recorded). */
function checkFreeze(windows, now, override) {
    if (!windows.length)
        return { verdicts: [] };
    const decision = evaluateFreeze(windows, now);
    const record = {
        checkedAt: new Date(now).toISOString(),
        windows: windows.length,
        inside: decision.inside.map(occurrenceOf),
        ...(decision.next ? { next: occurrenceOf(decision.next) } : {})
    };
    const base = { name: 'freeze', expected: 'no freeze window in effect' };
    if (!decision.inside.length) {
        const next = record.next ? `; the next, ${quote(record.next.reason)}, opens ${record.next.opens}` : '';
        const unused = override ? ' (freeze-override is not needed and not recorded)' : '';
        return {
            verdicts: [{ ...base, found: 'none in effect', where: `freeze: ${windows.length} window${windows.length === 1 ? '' : 's'}`, passed: true, reason: `no freeze window is in effect${next}${unused}` }],
            record
        };
    }
    if (decision.endsAt !== undefined)
        record.endsAt = new Date(decision.endsAt).toISOString();
    const windowsText = record.inside.map((o) => `${quote(o.reason)} (until ${o.closes})`).join(' and ');
    const latest = Math.max(...decision.inside.map((s) => s.closesAt));
    const zone = decision.inside[0].window.timezone;
    const chained = decision.endsAt !== undefined && decision.endsAt > latest
        ? `; windows that follow on keep the freeze until ${decision.endless ? 'at least ' : ''}${(0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInZone */ .FL)(decision.endsAt, zone)}`
        : '';
    const where = decision.inside.map((s) => `freeze window ${s.index}: ${describeWindow(s.window)}`).join('; ');
    const found = decision.inside.map((s) => quote(s.window.reason)).join(', ');
    if (override) {
        record.override = override;
        return {
            verdicts: [{ ...base, found: `inside ${found}, overridden`, where, passed: true, reason: `inside the freeze window ${windowsText}${chained}; shipped on freeze-override by ${override.by || 'an unknown actor'}: ${override.reason}` }],
            record,
            warning: `Shipping inside the freeze window ${windowsText} on freeze-override by ${override.by || 'an unknown actor'}: "${override.reason}"`
        };
    }
    return {
        verdicts: [
            {
                ...base,
                found: `inside ${found}`,
                where,
                passed: false,
                reason: `the ship would start inside the freeze window ${windowsText}${chained}. Ship after it ends, or set freeze-override to a reason to ship anyway`
            }
        ],
        record
    };
}
/** Notes (in the record and its warnings) that the next freeze window opened before the ship ended. */
function noteFreezeOpened(ship) {
    const next = ship.freeze?.next;
    if (!next || ship.status === 'blocked' || !ship.stages.length)
        return;
    const ended = Math.max(...ship.stages.map((s) => Date.parse(s.startedAt) + s.durationMs));
    if (!(ended > Date.parse(next.opensAt)))
        return;
    ship.freeze.openedDuringShip = true;
    ship.warnings.push(`The freeze window ${quote(next.reason)} opened during this ship, ${next.opens}; the ship had started before it, so it went on to the end rather than leave production half-shipped.`);
}


/***/ }),

/***/ 4874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ instantOf),
/* harmony export */   FL: () => (/* binding */ formatInZone),
/* harmony export */   Fc: () => (/* binding */ localOf),
/* harmony export */   RF: () => (/* binding */ canonicalZone),
/* harmony export */   RH: () => (/* binding */ knownZones),
/* harmony export */   bv: () => (/* binding */ fromWall)
/* harmony export */ });
/* unused harmony exports wallOf, offsetAt, formatWall */
/**
 * Wall-clock time in IANA time zones, through `Intl` alone: no offset or daylight-saving rule is
 * written here, the runtime's time zone data decides. Pure (no clock): the local date and time of
 * an instant, and the instant of a local date and time.
 *
 * A local time the clock shows twice (the repeated hour when daylight saving ends) has two
 * instants: callers choose the first or the last. A local time the clock skips (the hour lost
 * when daylight saving starts, or a whole day, as in Pacific/Kiritimati at the end of 1994)
 * resolves to the moment the clock jumps over it.
 */
const HOUR = 3_600_000;
/** Far enough either side of a local time to see the offsets before and after a transition near it. */
const AROUND = 26 * HOUR;
const formatters = new Map();
function formatter(zone) {
    let f = formatters.get(zone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        formatters.set(zone, f);
    }
    return f;
}
/**
 * The zone's canonical IANA name (`europe/berlin` → `Europe/Berlin`), or undefined when the
 * runtime does not know it. Offsets (`+02:00`, which newer runtimes accept) are not zones: they
 * have no daylight saving, so they are refused too.
 */
function canonicalZone(name) {
    if (!/^[A-Za-z]/.test(name))
        return undefined;
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    }
    catch {
        return undefined;
    }
}
/** Every zone name the runtime lists (for "did you mean" hints). */
function knownZones() {
    const intl = Intl;
    return [...(intl.supportedValuesOf?.('timeZone') ?? []), 'UTC'];
}
/** The wall clock in `zone` at `instant` (whole seconds). */
function localOf(instant, zone) {
    const parts = {};
    for (const part of formatter(zone).formatToParts(new Date(instant))) {
        if (part.type !== 'literal')
            parts[part.type] = Number(part.value);
    }
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}
/** A local date-time as if it were UTC: a number to compare and add to, with no zone in it. */
function wallOf(local) {
    return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second ?? 0);
}
/** The local date-time of a wall number (days and minutes past their range roll over). */
function fromWall(wall) {
    const d = new Date(wall);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}
/** The zone's offset from UTC at `instant`, in milliseconds (east positive). */
function offsetAt(instant, zone) {
    const whole = Math.floor(instant / 1000) * 1000;
    return wallOf(localOf(whole, zone)) - whole;
}
/**
 * The instant the wall clock of `zone` shows `local`: the first or the last of two in a repeated
 * hour; in a skipped hour (or day), the moment the clock jumps over it.
 */
function instantOf(local, zone, which) {
    const wall = wallOf(local);
    const before = offsetAt(wall - AROUND, zone);
    const after = offsetAt(wall + AROUND, zone);
    const offsets = [...new Set([before, offsetAt(wall, zone), after])];
    const matches = offsets.map((o) => wall - o).filter((t) => wallOf(localOf(t, zone)) === wall);
    if (matches.length)
        return which === 'first' ? Math.min(...matches) : Math.max(...matches);
    // Skipped: between the two offsets' readings of it lies the jump; find its second.
    let lo = Math.floor((wall - Math.max(before, after)) / 1000);
    let hi = Math.ceil((wall - Math.min(before, after)) / 1000);
    if (wallOf(localOf(hi * 1000, zone)) <= wall)
        return wall - offsetAt(wall, zone);
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (wallOf(localOf(mid * 1000, zone)) > wall)
            hi = mid;
        else
            lo = mid;
    }
    return hi * 1000;
}
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n) => String(n).padStart(2, '0');
/** `Mon 2026-03-30 09:00` (seconds shown when not zero). */
function formatWall(local) {
    const weekday = WEEKDAY_NAMES[new Date(wallOf(local)).getUTCDay()];
    const seconds = local.second ? `:${pad(local.second)}` : '';
    return `${weekday} ${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}${seconds}`;
}
/** `Mon 2026-03-30 09:00 Europe/Berlin (07:00 UTC)`: an instant in its zone and in UTC. */
function formatInZone(instant, zone) {
    const local = formatWall(localOf(instant, zone));
    if (zone === 'UTC' || zone === 'Etc/UTC')
        return `${local} UTC`;
    const utc = formatWall(localOf(instant, 'UTC'));
    const sameDay = utc.slice(0, 14) === local.slice(0, 14);
    return `${local} ${zone} (${sameDay ? utc.slice(15) : utc} UTC)`;
}


/***/ }),

/***/ 9025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ timeScaleFrom)
/* harmony export */ });
/** The time scale of every wait ship-prod makes (pacing.ts), in a file of its own: reading the runner's facts needs it, not the rest of pacing (Bottleneck). */
/**
 * The time scale, from SHIP_PROD_TIME_SCALE: 1 in production; tests shorten every back-off,
 * spacing and retry-after wait with e.g. 0.01. It changes how long, never what: the same plugins,
 * the same groups, the same retry decisions. Anything not in (0, 1] is 1.
 */
function timeScaleFrom(env = process.env) {
    const raw = env.SHIP_PROD_TIME_SCALE;
    const scale = raw === undefined || raw.trim() === '' ? 1 : Number(raw);
    return Number.isFinite(scale) && scale > 0 && scale <= 1 ? scale : 1;
}


/***/ }),

/***/ 3052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ readWebhooksAlone),
/* harmony export */   uc: () => (/* binding */ readNotifyInput)
/* harmony export */ });
/* unused harmony exports NOTIFY_INPUT, parseWebhooks, registerWebhookLines */
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8019);
/**
 * Reads `notify-webhook`: one http(s) URL a line. The URLs are secrets: registered (masked, redacted)
 * as soon as they are read and never put in a problem message; a bad line is named by its line
 * number only. Called from config/inputs.ts, which owns the problem list.
 */

const NOTIFY_INPUT = 'notify-webhook';
/** Parses `notify-webhook`: one http(s) URL a line. Values are never echoed. Pure but for the caller's masking. */
function parseWebhooks(text) {
    const urls = [];
    const problems = [];
    text.split(/\r?\n/).forEach((rawLine, i) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        let url;
        try {
            url = new URL(line);
        }
        catch {
            url = undefined;
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || /\s/.test(line)) {
            problems.push({ line: i + 1, message: 'is not an http(s) URL (value hidden: webhook URLs are secrets); expected one URL a line, e.g. https://hooks.slack.com/services/…' });
            return;
        }
        // fetch refuses credentials in a URL: such a webhook could never be delivered.
        if (url.username || url.password) {
            problems.push({ line: i + 1, message: 'has credentials in it (user:password@; value hidden: webhook URLs are secrets), which cannot be sent; expected the URL the chat gives, with its secret in the path' });
            return;
        }
        urls.push(line);
    });
    return { urls, problems };
}
/** Registers every line of `notify-webhook` as a secret (masked, redacted everywhere), whether it parses or not. */
function registerWebhookLines(text, also = () => undefined) {
    for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
        if (line === '' || line.startsWith('#'))
            continue;
        (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(line);
        also(line);
    }
}
/**
 * The webhook URLs alone, for a run whose other inputs are bad: the ship ends `blocked` and the
 * webhooks still hear of it. Lines that are not valid URLs are left out (their problem is
 * reported with the other inputs').
 */
function readWebhooksAlone(text) {
    registerWebhookLines(text);
    return parseWebhooks(text).urls;
}
/** Registers every line as a secret first, then parses; undefined when the input is empty. */
function readNotifyInput(text, r) {
    registerWebhookLines(text, r.secret);
    const webhooks = parseWebhooks(text);
    for (const p of webhooks.problems)
        r.problem(NOTIFY_INPUT, p.message, `line ${p.line}`);
    return webhooks.urls.length ? { webhooks: webhooks.urls } : undefined;
}


/***/ }),

/***/ 8094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ started),
/* harmony export */   O: () => (/* binding */ once)
/* harmony export */ });
/**
 * Promises started ahead of the code that awaits them.
 */
/** Marks a promise as handled now (it is awaited later), so a rejection in between is not fatal. */
function started(promise) {
    promise.catch(() => undefined);
    return promise;
}
/**
 * A promise asked for at most once: the first call starts it, every call gets it. It is marked
 * handled at once, so a rejection before anyone awaits it (or one nobody ever awaits: work
 * started ahead that the ship did not reach) is not an unhandled rejection; whoever awaits it
 * still gets the error.
 */
function once(start) {
    let promise;
    return () => (promise ??= started(start()));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Markdown building blocks for the summary and the report file. Text that comes from outside
 * (changelogs, commit messages, state files, branch and environment names, API answers) goes
 * through `text`/`cell`, so it can neither break a table nor form HTML, a link or an image: `[`
 * and `]` are escaped, and a URL in it is not turned into a link (a zero-width space after its
 * scheme or `www`, invisible when read). Links are made only by `link`, from URLs we build.
 */
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ZERO_WIDTH_SPACE = '\u200b';
/** Inline text: HTML escaped (so it cannot open a tag), no link or image syntax, no autolinks, newlines folded. */
function text(value) {
    return String(value ?? '')
        .replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c)
        .replace(/[[\]]/g, '\\$&')
        .replace(/\b(https?|ftp)(?=:\/\/)|\b(www)(?=\.)/gi, `$&${ZERO_WIDTH_SPACE}`)
        .replace(/\r\n?|\n/g, ' ');
}
/** A table cell: inline text with pipes escaped. */
function cell(value) {
    return text(value).replace(/\|/g, '\\|');
}
/** Inline code that survives backticks inside it. */
function code(value) {
    const s = String(value ?? '').replace(/\r\n?|\n/g, ' ');
    const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${longest ? ` ${s} ` : s}${fence}`;
}
function table(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `|${headers.map(() => '---').join('|')}|`;
    const body = rows.map((row) => `| ${row.map((v) => (typeof v === 'string' && RAW_CELLS.has(v) ? v.slice(1) : cell(v))).join(' | ')} |`);
    return [head, rule, ...body].join('\n');
}
/** What `raw` made: outside text that merely starts with the marker is still escaped. */
const RAW_CELLS = new Set();
/** A table cell that is already safe Markdown (a link we built); `table` does not escape it. */
function raw(markdown) {
    const marked = `\u0000${markdown}`;
    RAW_CELLS.add(marked);
    return marked;
}
function link(label, url) {
    if (!url)
        return cell(label);
    // Encode what needs it without encoding an existing %XX escape twice (a stray % becomes %25);
    // parentheses too, so an unbalanced one cannot end the destination early.
    const href = encodeURI(url)
        .replace(/%25([0-9A-Fa-f]{2})/g, '%$1')
        .replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
    // Inside a link's text nothing is autolinked, so the label keeps its URLs as written.
    return `[${cell(label).replace(new RegExp(ZERO_WIDTH_SPACE, 'g'), '')}](${href})`;
}
function details(summary, body) {
    return `<details><summary>${text(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced block of literal text; the fence is longer than any backtick run inside it. */
function fenced(body, indent = '') {
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return [fence + 'text', ...body.replace(/\r\n?/g, '\n').trimEnd().split('\n'), fence].map((l) => indent + l).join('\n');
}


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hv: () => (/* binding */ saveShipState),
/* harmony export */   l2: () => (/* reexport safe */ _ship_state_keys_js__WEBPACK_IMPORTED_MODULE_1__.l),
/* harmony export */   sf: () => (/* binding */ readShipState),
/* harmony export */   y_: () => (/* reexport safe */ _ship_state_keys_js__WEBPACK_IMPORTED_MODULE_1__.y)
/* harmony export */ });
/* unused harmony exports resetShipState, applyShipUpdate */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _ship_state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9134);
/**
 * The ship state the post step reads: every GitHub deployment main made, per environment (several
 * at once with waves), with what main was doing there (deploying, verifying, rolling back) and the
 * run and versions involved, saved with core.saveState at each phase. The runner hands it to the
 * post step (`post-if: cancelled()`) as STATE_ship; post.ts reads it back to clean up after a
 * cancelled job. Saved by the deploy unit and the rollback; main saves `done` when it finishes.
 *
 * The state lives from a run's main step to the post step of the same job, which runs the same
 * copy of the action: a shape saved by another version of ship-prod never reaches this reader.
 */



const EMPTY = { done: false, deployments: [] };
let saved = EMPTY;
/**
 * Saves what main is doing, for the post step. Call it at each phase of each environment; every
 * call rewrites the whole state (all the environments), so the post step sees the latest of each.
 */
function saveShipState(update) {
    saved = applyShipUpdate(saved, update);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_ship_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .SHIP_STATE_KEY */ .l, JSON.stringify(saved));
}
/** Forgets what saveShipState accumulated (tests run several ships in one process). */
function resetShipState() {
    saved = EMPTY;
}
/**
 * The state after an update (pure). Facts given replace the saved ones and facts left out keep
 * their earlier value, in the environment's deployment the update names, else its latest one (so
 * `{ environment, phase: 'verifying' }` alone keeps the deployment and run). A deployment not
 * saved yet (the environment's first, or a rollback's) starts an entry of its own, with only the
 * facts given. An update naming no deployment for an environment that has none changes nothing.
 */
function applyShipUpdate(state, update) {
    if (!('environment' in update))
        return { ...state, done: true };
    const given = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined && v !== ''));
    const { deployments } = state;
    const at = deployments.findLastIndex((d) => (given.deploymentId !== undefined ? d.deploymentId === given.deploymentId : d.environment === update.environment));
    if (at >= 0)
        return { ...state, deployments: deployments.map((d, k) => (k === at ? { ...d, ...given } : d)) };
    if (given.deploymentId === undefined)
        return state;
    return { ...state, deployments: [...deployments, given] };
}
const PHASES = ['deploying', 'verifying', 'rolling-back'];
const num = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** The state main saved, or undefined when it saved none (or something unreadable); unreadable deployments are left out. */
function readShipState(raw) {
    if (!raw)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const o = parsed;
    if (!Array.isArray(o.deployments))
        return o.done === true ? { done: true, deployments: [] } : undefined;
    return { done: o.done === true, deployments: o.deployments.map(readDeployment).filter((d) => d !== undefined) };
}
function readDeployment(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const o = value;
    const phase = PHASES.find((p) => p === o.phase);
    const environment = str(o.environment);
    const deploymentId = num(o.deploymentId);
    if (!phase || !environment || !deploymentId)
        return undefined;
    const d = { environment, phase, deploymentId };
    const assign = (key, v) => {
        if (v !== undefined)
            d[key] = v;
    };
    assign('runId', num(o.runId));
    assign('runUrl', str(o.runUrl));
    assign('version', str(o.version));
    assign('tag', str(o.tag));
    assign('previousVersion', str(o.previousVersion));
    return d;
}


/***/ }),

/***/ 2632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ DEFAULT_ALPHA),
  Xx: () => (/* binding */ DEFAULT_LATENCY_MIN_MS),
  Cu: () => (/* binding */ DEFAULT_LATENCY_MIN_RATIO),
  D2: () => (/* binding */ MIN_COMPARE_SAMPLES),
  J4: () => (/* binding */ compareSeries),
  MA: () => (/* binding */ formatP)
});

// UNUSED EXPORTS: ERRORS_TEST, LATENCY_TEST, compareErrors, compareLatency

// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/verify/rounds.ts
var rounds = __webpack_require__(4532);
;// CONCATENATED MODULE: ./src/verify/analysis/distributions.ts
/**
 * The few distribution functions the analysis needs, written out (no statistics package on npm
 * does the exact tests below correctly; see docs/verify.md, "Analysis"):
 *
 * - `normalUpperTail(z)`: P(Z ≥ z) for a standard normal Z, by Abramowitz & Stegun 26.2.17
 *   (absolute error under 7.5e-8, far below any significance level we compare with).
 * - `logChoose(n, k)`: ln C(n, k) from a table of ln k! (exact sums of logs; no Stirling).
 * - `binomialPmf(k, n, p)`: P(X = k) for X ~ Binomial(n, p), through logs so that n in the
 *   thousands neither overflows nor underflows to a wrong 0 where the value matters.
 */
const A_S_P = 0.2316419;
const A_S_B = [0.31938153, -0.356563782, 1.781477937, -1.821255978, 1.330274429];
const INV_SQRT_2PI = 0.3989422804014327;
/** P(Z ≥ z), Z standard normal. */
function normalUpperTail(z) {
    if (Number.isNaN(z))
        return NaN;
    if (z === Infinity)
        return 0;
    if (z === -Infinity)
        return 1;
    const x = Math.abs(z);
    const t = 1 / (1 + A_S_P * x);
    let poly = 0;
    for (let i = A_S_B.length - 1; i >= 0; i--)
        poly = (poly + A_S_B[i]) * t;
    const upper = INV_SQRT_2PI * Math.exp((-x * x) / 2) * poly;
    return z >= 0 ? upper : 1 - upper;
}
const logFactorials = [0];
/** ln n! for a whole n ≥ 0. */
function logFactorial(n) {
    if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`logFactorial needs a whole number ≥ 0, got ${n}`);
    for (let k = logFactorials.length; k <= n; k++)
        logFactorials.push(logFactorials[k - 1] + Math.log(k));
    return logFactorials[n];
}
/** ln C(n, k); -Infinity when k is outside 0..n. */
function logChoose(n, k) {
    if (k < 0 || k > n)
        return -Infinity;
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
/** P(X = k) for X ~ Binomial(n, p). */
function binomialPmf(k, n, p) {
    if (k < 0 || k > n)
        return 0;
    if (p <= 0)
        return k === 0 ? 1 : 0;
    if (p >= 1)
        return k === n ? 1 : 0;
    return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

;// CONCATENATED MODULE: ./src/verify/analysis/mann-whitney.ts
/**
 * The one-sided Mann-Whitney U test (Wilcoxon rank-sum): is the first sample (the new version's
 * latencies) stochastically greater than the second (the old version's)?
 *
 * - U = R₁ − n₁(n₁+1)/2, R₁ the sum of the first sample's ranks in the pooled sample, tied values
 *   taking the mean of the ranks they span (mid-ranks). U counts the pairs (x, y) with x > y, a
 *   tie counting one half; a large U means the first sample tends to be greater.
 * - p = P(U ≥ U_observed) when both samples come from one distribution.
 * - Exact distribution when there are no ties and both samples have fewer than 50 values (as R's
 *   wilcox.test does), by the recurrence on probabilities
 *   P_{m,n}(u) = m/(m+n)·P_{m−1,n}(u−n) + n/(m+n)·P_{m,n−1}(u), which only adds positive terms
 *   (no cancellation, no overflow). Cached per (n₁, n₂).
 * - Otherwise the normal approximation with the tie correction of the variance,
 *   σ² = n₁n₂/12 · ((N+1) − Σ(t³−t)/(N(N−1))), t the size of each group of tied values, and a
 *   continuity correction of ½. All values tied (σ = 0): no evidence either way, p = 1.
 *
 * Latencies here are whole milliseconds, so ties are the rule, not the exception: a test that
 * ignored them would understate the variance and raise false alarms.
 */

/** Below this size of each sample (and with no ties) the exact distribution is used. */
const EXACT_LIMIT = 50;
/** Mid-ranks of `values` (1-based), and the sizes of the tied groups. */
function midRanks(values) {
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
    const ranks = new Array(values.length);
    const tieGroups = [];
    for (let start = 0; start < order.length;) {
        let end = start + 1;
        while (end < order.length && order[end].v === order[start].v)
            end++;
        const rank = (start + 1 + end) / 2;
        for (let k = start; k < end; k++)
            ranks[order[k].i] = rank;
        if (end - start > 1)
            tieGroups.push(end - start);
        start = end;
    }
    return { ranks, tieGroups };
}
/** One-sided test that `x` tends to be greater than `y`. Both need at least one value. */
function mannWhitneyGreater(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('mannWhitneyGreater needs at least one value in each sample');
    if ([...x, ...y].some((v) => !Number.isFinite(v)))
        throw new RangeError('mannWhitneyGreater needs finite values');
    const { ranks, tieGroups } = midRanks([...x, ...y]);
    let r1 = 0;
    for (let i = 0; i < n1; i++)
        r1 += ranks[i];
    const u = r1 - (n1 * (n1 + 1)) / 2;
    if (tieGroups.length === 0 && n1 < EXACT_LIMIT && n2 < EXACT_LIMIT) {
        return { u, pValue: exactUpperTail(n1, n2, u), method: 'exact', ties: 0 };
    }
    const n = n1 + n2;
    const tieSum = tieGroups.reduce((s, t) => s + (t * t * t - t), 0);
    const variance = ((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1)));
    const mean = (n1 * n2) / 2;
    if (!(variance > 0))
        return { u, pValue: 1, method: 'normal', z: 0, ties: tieGroups.length };
    const z = (u - mean - 0.5) / Math.sqrt(variance);
    return { u, pValue: Math.min(1, normalUpperTail(z)), method: 'normal', z, ties: tieGroups.length };
}
const upperTails = new Map();
/** P(U ≥ u) for samples of n1 and n2 values without ties (exact). */
function exactUpperTail(n1, n2, u) {
    const tail = exactTailTable(n1, n2);
    if (u <= 0)
        return 1;
    const k = Math.ceil(u);
    return k >= tail.length ? 0 : tail[k];
}
/** P(U ≤ u): the lower tail, for tables of critical values (reject when U ≤ the critical value). */
function exactLowerTail(n1, n2, u) {
    // U and n1·n2 − U have the same distribution.
    return exactUpperTail(n1, n2, n1 * n2 - u);
}
function exactTailTable(n1, n2) {
    const key = `${n1}x${n2}`;
    const cached = upperTails.get(key);
    if (cached)
        return cached;
    // row[n] = distribution of U for samples of m and n values; m grows from 0 to n1.
    let row = [];
    for (let n = 0; n <= n2; n++)
        row.push(Float64Array.of(1)); // m = 0: U = 0 surely
    for (let m = 1; m <= n1; m++) {
        const next = [Float64Array.of(1)]; // n = 0: U = 0 surely
        for (let n = 1; n <= n2; n++) {
            const dist = new Float64Array(m * n + 1);
            const a = m / (m + n);
            const b = n / (m + n);
            const fromM = row[n]; // m−1, n: the largest value is in the first sample, adding n pairs
            const fromN = next[n - 1]; // m, n−1: the largest value is in the second sample
            for (let k = 0; k < fromM.length; k++)
                dist[k + n] += a * fromM[k];
            for (let k = 0; k < fromN.length; k++)
                dist[k] += b * fromN[k];
            next.push(dist);
        }
        row = next;
    }
    const dist = row[n2];
    const tail = new Float64Array(dist.length);
    let sum = 0;
    for (let k = dist.length - 1; k >= 0; k--) {
        sum += dist[k];
        tail[k] = Math.min(1, sum);
    }
    upperTails.set(key, tail);
    return tail;
}

;// CONCATENATED MODULE: ./src/verify/analysis/proportions.ts
/**
 * One-sided exact tests that the first proportion (the new version's failed probes, x₁ of n₁) is
 * greater than the second (the old version's, x₀ of n₀).
 *
 * - `fisherGreater`: Fisher's exact test, P(A ≥ x₁) for A hypergeometric given the total
 *   x₁ + x₀. It conditions on the total number of failures, which our design does not fix (the
 *   number of probes is fixed, the number of failures is not), and so it is conservative: its
 *   real false-alarm rate is well under the level asked for, and it misses regressions.
 * - `boschlooGreater`: Boschloo's exact unconditional test (Boschloo 1970, Statistica
 *   Neerlandica 24(1)): Fisher's p-value ordered the tables, and the p-value is the largest
 *   probability, over every common failure rate π, that the two series give a table at least as
 *   extreme. It is exact (its false-alarm rate never exceeds the level) and uniformly more
 *   powerful than Fisher's test; at 20 to 80 probes per series it needs one failure fewer to
 *   see a difference (0 of 40 against 4 of 40: Boschloo p = 0.041, Fisher p = 0.058). This is
 *   the test the analysis uses.
 *
 * Computation: for a total t of failures, the tables at least as extreme as the observed one
 * are those with a Fisher p-value no greater than the observed one; their conditional
 * probability r_t is one of the hypergeometric upper tails of that total. So the probability of
 * the region at rate π is Σ_t r_t·Binomial(t; N, π), evaluated on a grid of π and refined around
 * the best grid points by golden-section search.
 */

function checkCounts(x1, n1, x0, n0) {
    for (const [x, n] of [
        [x1, n1],
        [x0, n0]
    ]) {
        if (!Number.isInteger(x) || !Number.isInteger(n) || n < 1 || x < 0 || x > n) {
            throw new RangeError(`a proportion needs whole counts with 0 ≤ x ≤ n and n ≥ 1, got ${x} of ${n}`);
        }
    }
}
/** The hypergeometric probabilities of A = lo..hi given t failures in all (A: failures in the first series). */
function hypergeometric(t, n1, n0) {
    const lo = Math.max(0, t - n0);
    const hi = Math.min(n1, t);
    const total = logChoose(n1 + n0, t);
    const pmf = [];
    for (let a = lo; a <= hi; a++)
        pmf.push(Math.exp(logChoose(n1, a) + logChoose(n0, t - a) - total));
    return { lo, pmf };
}
/** Fisher's exact test, one-sided: the first proportion greater than the second. */
function fisherGreater(x1, n1, x0, n0) {
    checkCounts(x1, n1, x0, n0);
    const { lo, pmf } = hypergeometric(x1 + x0, n1, n0);
    let tail = 0;
    for (let i = pmf.length - 1; i >= x1 - lo; i--)
        tail += pmf[i];
    return Math.min(1, tail);
}
const cache = new Map();
const CACHE_LIMIT = 4096;
/** Boschloo's exact unconditional test, one-sided: the first proportion greater than the second. */
function boschlooGreater(x1, n1, x0, n0) {
    checkCounts(x1, n1, x0, n0);
    // Windows see few distinct tables (counts of failures); a bounded cache spares recomputing them.
    const key = `${x1}/${n1}:${x0}/${n0}`;
    const known = cache.get(key);
    if (known)
        return known;
    const fisherP = fisherGreater(x1, n1, x0, n0);
    const result = fisherP >= 1 ? { pValue: 1, fisherP } : { pValue: Math.min(1, regionSize(n1, n0, fisherP * (1 + 1e-9) + 1e-15)), fisherP };
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(key, result);
    return result;
}
/**
 * The largest probability, over every common failure rate, of a table whose Fisher p-value is at
 * most `limit`. Each r_t (the region's conditional probability at t failures in all) is at most
 * `limit`, so this never exceeds it: Boschloo's p-value is never above Fisher's.
 */
function regionSize(n1, n0, limit) {
    const n = n1 + n0;
    const weights = [];
    for (let t = 0; t <= n; t++) {
        // The upper tail of this total, from the most extreme table down, while it stays in the region.
        const lo = Math.max(0, t - n0);
        const total = logChoose(n, t);
        let tail = 0;
        let r = 0;
        for (let a = Math.min(n1, t); a >= lo; a--) {
            tail += Math.exp(logChoose(n1, a) + logChoose(n0, t - a) - total);
            if (tail > limit)
                break;
            r = tail;
        }
        if (r > 0)
            weights.push({ t, r });
    }
    const logWeights = weights.map((w) => ({ t: w.t, logR: Math.log(w.r) + logChoose(n, w.t) }));
    const regionAt = (pi) => {
        if (pi <= 0 || pi >= 1)
            return weights.reduce((sum, w) => sum + w.r * binomialPmf(w.t, n, pi), 0);
        const lp = Math.log(pi);
        const lq = Math.log1p(-pi);
        let sum = 0;
        for (const w of logWeights)
            sum += Math.exp(w.logR + w.t * lp + (n - w.t) * lq);
        return sum;
    };
    return supremum(regionAt, n);
}
/**
 * Boschloo's test at level `alpha` as a threshold on Fisher's p-value: it rejects exactly the
 * tables whose Fisher p-value is at most the returned value (-1: none). For exact power
 * calculations (the benchmark) without a p-value per table.
 */
function boschlooFisherThreshold(n1, n0, alpha) {
    checkCounts(0, n1, 0, n0);
    // Every table's Fisher p-value, total by total: the upper tails of each hypergeometric.
    const candidates = [];
    for (let t = 0; t <= n1 + n0; t++) {
        const { pmf } = hypergeometric(t, n1, n0);
        let tail = 0;
        for (let i = pmf.length - 1; i >= 0; i--) {
            tail += pmf[i];
            candidates.push(Math.min(1, tail));
        }
    }
    const sorted = Float64Array.from(candidates).sort();
    // The region grows with the threshold, and so does its size: bisect for the last one within alpha.
    let lo = -1;
    let hi = sorted.length;
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (regionSize(n1, n0, sorted[mid] * (1 + 1e-9) + 1e-15) <= alpha)
            lo = mid;
        else
            hi = mid;
    }
    return lo < 0 ? -1 : sorted[lo];
}
/** The largest value of a smooth f on [0, 1]: a grid fine enough for N trials, then golden-section search around the best points. */
function supremum(f, n) {
    const steps = 100 + 2 * n;
    const grid = [];
    for (let i = 0; i <= steps; i++) {
        const pi = i / steps;
        grid.push({ pi, value: f(pi) });
    }
    let best = Math.max(...grid.map((g) => g.value));
    const peaks = grid
        .map((g, i) => ({ ...g, i }))
        .filter((g) => (g.i === 0 || g.value >= grid[g.i - 1].value) && (g.i === steps || g.value >= grid[g.i + 1].value))
        .sort((a, b) => b.value - a.value)
        .slice(0, 3);
    for (const peak of peaks) {
        best = Math.max(best, goldenMax(f, Math.max(0, (peak.i - 1) / steps), Math.min(1, (peak.i + 1) / steps)));
    }
    return best;
}
const GOLDEN = (Math.sqrt(5) - 1) / 2;
function goldenMax(f, lo, hi) {
    let a = lo;
    let b = hi;
    let c = b - GOLDEN * (b - a);
    let d = a + GOLDEN * (b - a);
    let fc = f(c);
    let fd = f(d);
    for (let i = 0; i < 60 && b - a > 1e-12; i++) {
        if (fc >= fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - GOLDEN * (b - a);
            fc = f(c);
        }
        else {
            a = c;
            c = d;
            fc = fd;
            d = a + GOLDEN * (b - a);
            fd = f(d);
        }
    }
    return Math.max(fc, fd, f(lo), f(hi));
}

// EXTERNAL MODULE: ./src/verify/analysis/verdict.ts
var verdict = __webpack_require__(9461);
;// CONCATENATED MODULE: ./src/verify/analysis/compare.ts
/**
 * New against old: one new series (a smoke check) beside one old series (its baseline check),
 * probed in the same rounds. Two one-sided tests, each at the window's confidence:
 *
 * - errors: Boschloo's exact test (proportions.ts) that the new version fails a larger share of
 *   its probes. Any significant excess fails: 0 of 40 against 4 of 40 (p = 0.041) fails, a series
 *   of zeros against a series with errors is judged like any other pair (the exact test needs no
 *   ratio, so nothing divides by zero and nothing passes by default).
 * - latency: the Mann-Whitney U test (mann-whitney.ts) that the new version's latencies tend to
 *   be greater. It fails only when significant AND the new median is at least `latencyMinRatio`
 *   (1.2: 20%) times and `latencyMinMs` (25 ms) above the old one's: a fast service's jitter
 *   (11 ms against 13 ms) is not a regression, however many probes show it.
 *
 * Either series with fewer than `minSamples` probes (or latencies, for the latency test) makes the
 * test inconclusive, never a pass.
 */





const DEFAULT_ALPHA = 0.05;
const DEFAULT_LATENCY_MIN_RATIO = 1.2;
const DEFAULT_LATENCY_MIN_MS = 25;
/** The fewest probes per series a comparison accepts (analysis-min-samples when comparing). */
const MIN_COMPARE_SAMPLES = 20;
const ERRORS_TEST = "Boschloo's exact test, one-sided";
const LATENCY_TEST = 'Mann-Whitney U test, one-sided, tie-corrected';
/** `p = 0.030`, `p < 0.001`. */
function formatP(p) {
    return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
function tooFew(what, s, count, min) {
    if (count >= min && count > 0)
        return undefined;
    const lost = what === 'latencies' && s.probes > count ? ` (${s.probes - count} probes had no answer to time)` : '';
    return `${s.name} has ${count} ${what}${lost}, fewer than the ${Math.max(1, min)} a comparison needs`;
}
function compareErrors(next, old, limits) {
    const base = { metric: 'errors', test: ERRORS_TEST };
    const short = [tooFew('probes', next, next.probes, limits.minSamples), tooFew('probes', old, old.probes, limits.minSamples)].filter(Boolean);
    if (short.length > 0)
        return { ...base, verdict: 'inconclusive', reason: `errors: inconclusive: ${short.join('; ')}` };
    const { pValue } = boschlooGreater(next.errors, next.probes, old.errors, old.probes);
    const counts = `${next.name} failed ${next.errors} of ${next.probes} probes (${(0,verdict/* formatRate */.CE)(next.errors / next.probes)}), ${old.name} ${old.errors} of ${old.probes} (${(0,verdict/* formatRate */.CE)(old.errors / old.probes)})`;
    if (pValue <= limits.alpha) {
        return { ...base, pValue, verdict: 'fail', reason: `errors: ${counts}: more with ${formatP(pValue)} ≤ ${limits.alpha} (${ERRORS_TEST})` };
    }
    return { ...base, pValue, verdict: 'pass', reason: `errors: ${counts}: not significantly more (${formatP(pValue)})` };
}
function compareLatency(next, old, limits) {
    const base = { metric: 'latency', test: LATENCY_TEST };
    const short = [tooFew('latencies', next, next.latencies.length, limits.minSamples), tooFew('latencies', old, old.latencies.length, limits.minSamples)].filter(Boolean);
    if (short.length > 0)
        return { ...base, verdict: 'inconclusive', reason: `latency: inconclusive: ${short.join('; ')}` };
    const { pValue } = mannWhitneyGreater(next.latencies, old.latencies);
    const newMedian = (0,rounds/* percentile */.Ym)(next.latencies, 50);
    const oldMedian = (0,rounds/* percentile */.Ym)(old.latencies, 50);
    const diff = newMedian - oldMedian;
    const medians = `${next.name} median ${(0,durations/* formatDuration */.a3)(newMedian)}, ${old.name} ${(0,durations/* formatDuration */.a3)(oldMedian)} (${diff >= 0 ? '+' : '−'}${(0,durations/* formatDuration */.a3)(Math.abs(diff))})`;
    const significant = pValue <= limits.alpha;
    const matters = newMedian >= oldMedian * limits.latencyMinRatio && diff >= limits.latencyMinMs;
    if (significant && matters) {
        return { ...base, pValue, verdict: 'fail', reason: `latency: ${medians}: slower with ${formatP(pValue)} ≤ ${limits.alpha} (${LATENCY_TEST})` };
    }
    const why = significant
        ? `slower with ${formatP(pValue)}, but by less than ${Math.round((limits.latencyMinRatio - 1) * 100)}% and ${(0,durations/* formatDuration */.a3)(limits.latencyMinMs)}, which is not a regression`
        : `not significantly slower (${formatP(pValue)})`;
    return { ...base, pValue, verdict: 'pass', reason: `latency: ${medians}: ${why}` };
}
/** Both tests of one new/old pair. */
function compareSeries(next, old, limits) {
    const tests = [compareErrors(next, old, limits), compareLatency(next, old, limits)];
    const combined = (0,verdict/* combineVerdicts */.aG)(tests);
    return { newName: next.name, oldName: old.name, tests, verdict: combined.verdict, reason: `${next.name} (new) compared with ${old.name} (old): ${combined.reason}` };
}


/***/ }),

/***/ 9461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   aG: () => (/* binding */ combineVerdicts),
/* harmony export */   xU: () => (/* binding */ seriesVerdict)
/* harmony export */ });
/* unused harmony export probeVerdict */
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6503);
/* harmony import */ var _rounds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4532);
/**
 * Verdicts in three levels, each `pass`, `fail` or `inconclusive`:
 *
 * 1. probe: passes when its answer met the check (status, body, version, latency limit); fails
 *    otherwise. A probe always has an answer or a transport error, so on its own it is never
 *    inconclusive; what it may lack is a latency (a refused connection), which its series counts.
 * 2. series (one check's probes in a window): inconclusive with no probe or fewer probes than
 *    `analysis-min-samples`; for the new version's series, a fail when it breaks a fixed limit
 *    (its failed-probe rate above `error-rate-threshold`, its p95 above `latency-threshold`).
 * 3. window: every series and every comparison of new and old (compare.ts) combined by
 *    `combineVerdicts`: any fail fails the window; otherwise any inconclusive makes it
 *    inconclusive; only when every part passed does the window pass.
 *
 * Only `pass` promotes. The caller treats `inconclusive` at the end of a window as a failure whose
 * reason says inconclusive and why ("no data is not success").
 */


/** Level 1. */
function probeVerdict(sample) {
    return sample.ok ? 'pass' : 'fail';
}
/** `1%`, `0.5%`, `33.3%`. */
function formatRate(rate) {
    const pct = Math.round(rate * 1000) / 10;
    return `${pct}%`;
}
/** Level 2. */
function seriesVerdict(series, limits) {
    const { name, probes, errors } = series;
    if (probes === 0)
        return { verdict: 'inconclusive', reason: `${name}: no probe in the window (no data is not success)` };
    if (probes < limits.minSamples) {
        return { verdict: 'inconclusive', reason: `${name}: ${probes} probe${probes === 1 ? '' : 's'}, fewer than the ${limits.minSamples} a series needs (analysis-min-samples)` };
    }
    const failures = [];
    const rate = errors / probes;
    if (limits.errorRateThreshold !== undefined && rate > limits.errorRateThreshold) {
        failures.push(`${errors} of ${probes} probes failed (${formatRate(rate)}, error-rate-threshold ${formatRate(limits.errorRateThreshold)})`);
    }
    const p95 = (0,_rounds_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)(series.latencies, 95);
    if (limits.latencyThresholdMs !== undefined && p95 !== undefined && p95 > limits.latencyThresholdMs) {
        failures.push(`p95 ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(p95)} (latency-threshold ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(limits.latencyThresholdMs)})`);
    }
    if (failures.length > 0)
        return { verdict: 'fail', reason: `${name}: ${failures.join('; ')}` };
    return { verdict: 'pass', reason: `${name}: ${errors} of ${probes} probes failed${p95 !== undefined ? `, p95 ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(p95)}` : ''}` };
}
/** Level 3: fail over inconclusive over pass; the reason lists the parts that decided. */
function combineVerdicts(parts) {
    for (const verdict of ['fail', 'inconclusive']) {
        const deciding = parts.filter((p) => p.verdict === verdict);
        if (deciding.length > 0)
            return { verdict, reason: deciding.map((p) => p.reason).join('; ') };
    }
    if (parts.length === 0)
        return { verdict: 'inconclusive', reason: 'nothing was measured (no data is not success)' };
    return { verdict: 'pass', reason: parts.map((p) => p.reason).join('; ') };
}


/***/ }),

/***/ 4528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Op: () => (/* binding */ describeFetchError),
/* harmony export */   P8: () => (/* binding */ showPath),
/* harmony export */   cn: () => (/* binding */ fieldPath),
/* harmony export */   dR: () => (/* binding */ readField),
/* harmony export */   os: () => (/* binding */ shortText),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _config_json_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2812);
/* harmony import */ var _config_redaction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9627);
/**
 * Small, safe helpers shared by the probe and the metric reader: reading a field out of parsed
 * JSON by path (no eval, no JSONPath library), redacting secrets, and short display of values.
 */


/** Parses a field path (`a.b[0].c`, `["quoted.key"]`; syntax: parseJsonPath). Throws on bad syntax. */
function fieldPath(text) {
    return (0,_config_json_path_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonPath */ .Hf)(text);
}
/**
 * Reads the value at `segments` in a parsed JSON value. Only own properties of plain objects and
 * indices of arrays are followed (a name never reaches a prototype, `length` of an array, or a
 * character of a string). `found: false` when any step is missing.
 */
function readField(root, segments) {
    let value = root;
    for (const segment of segments) {
        if (typeof segment === 'number') {
            if (!Array.isArray(value) || segment < 0 || segment >= value.length)
                return { found: false };
            value = value[segment];
        }
        else {
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return { found: false };
            if (!Object.prototype.hasOwnProperty.call(value, segment))
                return { found: false };
            value = value[segment];
        }
    }
    return { found: true, value };
}
/** Shows a path as written: `a.b[0]["x.y"]`. */
function showPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/** A JSON scalar as the string it is compared as (`true`, `200`, `ok`); undefined for objects and arrays. */
function scalarString(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** A value for a reason: quoted, one line, at most `max` characters. */
function shortText(text, max = 60) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
    return JSON.stringify(cut);
}
/** Parses JSON; undefined when the text is not JSON. */
function parseJson(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}

/**
 * Replaces each secret in `text` by `***` (longest first, so a secret that contains another is
 * replaced whole), in the forms messages show it too (whitespace folded, JSON-escaped): the
 * shared redaction of config/redaction.ts, whose short values are found as whole tokens only.
 */
function redact(text, secrets) {
    return (0,_config_redaction_js__WEBPACK_IMPORTED_MODULE_1__/* .redactWith */ .Q5)(text, secrets);
}
/**
 * Why a fetch failed, in a few words: `ECONNREFUSED 127.0.0.1:8080`, `ENOTFOUND example.invalid`,
 * `CERT_HAS_EXPIRED`. Walks the `cause` chain Node's fetch puts the socket error in.
 */
function describeFetchError(error, secrets = []) {
    const oneLine = (text) => clip(redact(text, secrets));
    const chain = [];
    let current = error;
    for (let i = 0; i < 5 && current !== undefined && current !== null; i++) {
        chain.push(current);
        current = current.cause;
    }
    // The innermost error with a code says the most.
    for (const item of chain.slice().reverse()) {
        const e = item;
        if (typeof e.code !== 'string' || e.code === '')
            continue;
        const message = redact(typeof e.message === 'string' ? e.message : '', secrets);
        const at = message.indexOf(e.code);
        if (at >= 0)
            return oneLine(message.slice(at));
        if (typeof e.address === 'string')
            return oneLine(`${e.code} ${e.address}${typeof e.port === 'number' ? `:${e.port}` : ''}`);
        const inner = Array.isArray(e.errors) ? e.errors[0] : undefined;
        if (inner && typeof inner.address === 'string') {
            return oneLine(`${e.code} ${inner.address}${typeof inner.port === 'number' ? `:${inner.port}` : ''}`);
        }
        return oneLine(e.code);
    }
    const last = chain[chain.length - 1];
    const message = last && typeof last.message === 'string' && last.message !== '' ? last.message : String(error);
    return oneLine(message);
}
function clip(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ readMetric),
/* harmony export */   mg: () => (/* binding */ judgeMetric)
/* harmony export */ });
/* unused harmony export DEFAULT_METRIC_TIMEOUT_MS */
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6503);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4528);
/**
 * Metric sources read during the monitoring window.
 *
 * - `prometheus`: GET `<url>/api/v1/query?query=<query>` (an instant query against the Prometheus
 *   HTTP API). A `vector` answer gives one value per series: with several series the worst one
 *   is judged (the highest for `above`, the lowest for `below`); a `scalar` answer gives one value.
 *   An empty vector, or `NaN`, is no data. `matrix` and `string` answers are errors (use an
 *   instant vector query, e.g. `sum(rate(http_requests_total{code=~"5.."}[5m]))`).
 * - `json`: GET `url`, read the number at `path` (`a.b[0].c`, `["quoted.key"]`; a numeric string
 *   counts). A missing field or `null` is no data.
 *
 * Judging (judgeMetric): `comparison` `above` (default) fails when value > threshold; `below`
 * fails when value < threshold; equal passes. No data fails unless `noData: 'pass'` (an error
 * counter with no series yet). An unreachable source, an HTTP error, an answer that is not what
 * was expected: these are not "no data", they always fail.
 *
 * Header values are secrets: sent, never in a reason.
 */


const DEFAULT_METRIC_TIMEOUT_MS = 10_000;
const MAX_METRIC_BODY = 1024 * 1024;
/** Reads one metric. Never throws. */
async function readMetric(source, doFetch = globalThis.fetch, timeoutMs = DEFAULT_METRIC_TIMEOUT_MS) {
    const secrets = Object.values(source.headers ?? {});
    const read = await readMetricRaw(source, doFetch, timeoutMs);
    return { ...read, reason: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(read.reason, secrets) };
}
async function readMetricRaw(source, doFetch, timeoutMs) {
    let segments;
    if (source.kind === 'json') {
        try {
            segments = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldPath */ .cn)(source.path);
        }
        catch (error) {
            return { reason: `path ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(source.path)} is not a field path (${error.message})` };
        }
    }
    const url = source.kind === 'prometheus' ? `${source.url.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(source.query)}` : source.url;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, Math.max(1, timeoutMs));
    let status;
    let text;
    try {
        const res = await doFetch(url, {
            method: 'GET',
            headers: { accept: 'application/json', ...source.headers },
            signal: controller.signal
        });
        status = res.status;
        text = await res.text();
    }
    catch (error) {
        return { reason: timedOut ? `timeout after ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)}` : (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFetchError */ .Op)(error) };
    }
    finally {
        clearTimeout(timer);
    }
    if (text.length > MAX_METRIC_BODY)
        return { reason: `answer larger than ${MAX_METRIC_BODY / 1024} KiB` };
    const parsed = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text);
    if (source.kind === 'prometheus') {
        const body = parsed?.value;
        if (body && body.status === 'error') {
            return { reason: `prometheus error (HTTP ${status}): ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(String(body.error ?? 'no message'), 120)}` };
        }
        if (status < 200 || status > 299)
            return { reason: `HTTP ${status}` };
        if (!body || typeof body !== 'object' || body.status !== 'success' || !body.data) {
            return { reason: 'not a Prometheus query answer' };
        }
        return prometheusValue(body.data.resultType, body.data.result, source.comparison ?? 'above');
    }
    if (status < 200 || status > 299)
        return { reason: `HTTP ${status}` };
    if (!parsed)
        return { reason: 'answer is not JSON' };
    const field = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readField */ .dR)(parsed.value, segments);
    if (!field.found || field.value === null)
        return { empty: true, reason: `no data (no ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .showPath */ .P8)(segments)} field)` };
    const value = toNumber(field.value);
    if (value === undefined)
        return { reason: `${(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .showPath */ .P8)(segments)} is not a number` };
    if (Number.isNaN(value))
        return { empty: true, reason: `no data (${(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .showPath */ .P8)(segments)} is NaN)` };
    return { value, reason: formatValue(value) };
}
function prometheusValue(resultType, result, comparison) {
    if (resultType === 'scalar') {
        const value = Array.isArray(result) ? toNumber(result[1]) : undefined;
        if (value === undefined)
            return { reason: 'scalar answer without a value' };
        if (Number.isNaN(value))
            return { empty: true, reason: 'no data (NaN)' };
        return { value, reason: formatValue(value) };
    }
    if (resultType !== 'vector') {
        return { reason: `query returned a ${typeof resultType === 'string' ? resultType : 'result'}; expected an instant vector or scalar` };
    }
    if (!Array.isArray(result) || result.length === 0)
        return { empty: true, reason: 'no data (empty result)' };
    const values = [];
    for (const series of result) {
        const pair = series?.value;
        const value = Array.isArray(pair) ? toNumber(pair[1]) : undefined;
        if (value === undefined)
            return { reason: 'vector answer without a value' };
        if (!Number.isNaN(value))
            values.push(value);
    }
    if (values.length === 0)
        return { empty: true, reason: 'no data (NaN)' };
    const worst = comparison === 'below' ? Math.min(...values) : Math.max(...values);
    const note = values.length > 1 ? ` (worst of ${values.length} series)` : '';
    return { value: worst, reason: `${formatValue(worst)}${note}` };
}
function toNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (text === 'NaN')
        return NaN;
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text))
        return undefined;
    return Number(text);
}
function formatValue(value) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}
/** Judges a read against its source's threshold. Pure. */
function judgeMetric(source, read) {
    if (read.value === undefined) {
        if (read.empty && source.noData === 'pass')
            return { ok: true, reason: `${read.reason}, allowed (noData: pass)` };
        return { ok: false, reason: read.reason };
    }
    const comparison = source.comparison ?? 'above';
    const bad = comparison === 'above' ? read.value > source.threshold : read.value < source.threshold;
    const relation = bad ? comparison : comparison === 'above' ? 'not above' : 'not below';
    return { ok: !bad, reason: `${read.reason} ${relation} ${formatValue(source.threshold)}` };
}


/***/ }),

/***/ 4119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ makeProbe),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony exports MAX_BODY_BYTES, normalizeVersion, showStatuses, judgeResponse, probeOnce */
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6503);
/* harmony import */ var _config_user_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7140);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4528);



/** The most body a probe reads. */
const MAX_BODY_BYTES = 64 * 1024;
/** `1.5.0` for `v1.5.0`, ` V1.5.0 `. */
function normalizeVersion(version) {
    return version.trim().replace(/^[vV](?=\d)/, '');
}
/** `200-299`, `200-299, 404`. */
function showStatuses(ranges) {
    return ranges.map((r) => (r.min === r.max ? String(r.min) : `${r.min}-${r.max}`)).join(', ');
}
const DEFAULT_STATUSES = [{ min: 200, max: 299 }];
/** `body-matches` patterns, compiled once each (the input reader refused the ones that do not compile). */
const bodyPatterns = new Map();
function bodyPattern(source) {
    let pattern = bodyPatterns.get(source);
    if (!pattern)
        bodyPatterns.set(source, (pattern = (0,_config_user_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .compileUserPattern */ .bH)(source)));
    return pattern;
}
const VERSION_FIELD = ['version'];
const PLAIN_VERSION = /^[vV]?\d[0-9A-Za-z.+_-]*$/;
/** Judges one answer against a check. Pure. */
function judgeResponse(check, response, expectVersion) {
    if ('error' in response) {
        const reason = response.error === 'timeout'
            ? `timeout after ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(response.timeoutMs ?? check.timeoutMs)}`
            : response.error;
        return { ok: false, reason };
    }
    const { status, body, latencyMs } = response;
    const secrets = Object.values(check.headers ?? {});
    const truncatedNote = response.truncated ? ` (first ${MAX_BODY_BYTES / 1024} KiB read)` : '';
    const read = check.expectVersion ? reportedVersion(check, body) : undefined;
    // Body-derived text is redacted before it is shortened (a cut secret would not be recognised).
    const version = read?.value !== undefined ? { ...read, value: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(read.value, secrets) } : read;
    const withVersion = (j) => (version?.value !== undefined ? { ...j, version: version.value } : j);
    const statuses = check.expectStatus.length > 0 ? check.expectStatus : DEFAULT_STATUSES;
    if (!statuses.some((r) => status >= r.min && status <= r.max)) {
        return withVersion({ ok: false, reason: `${status} (expected ${showStatuses(statuses)})` });
    }
    const problems = [];
    if (check.bodyContains !== undefined && !body.includes(check.bodyContains)) {
        problems.push(`body does not contain ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)(check.bodyContains)}${truncatedNote}`);
    }
    if (check.bodyMatches !== undefined) {
        const pattern = bodyPattern(check.bodyMatches);
        if (!('test' in pattern && pattern.test(body)))
            problems.push(`body does not match /${check.bodyMatches}/${truncatedNote}`);
    }
    if (check.json && check.json.oneOf.length > 0) {
        const problem = jsonProblem(check.json, body, truncatedNote, secrets);
        if (problem)
            problems.push(problem);
    }
    if (check.expectVersion && version && expectVersion !== undefined) {
        if (version.value === undefined) {
            problems.push(`${version.problem}${truncatedNote}`);
        }
        else if (normalizeVersion(version.value) !== normalizeVersion(expectVersion)) {
            problems.push(`version ${shortVersion(version.value)} (expected ${normalizeVersion(expectVersion)})`);
        }
    }
    if (check.maxLatencyMs !== undefined && latencyMs > check.maxLatencyMs) {
        problems.push(`latency ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(latencyMs)} (max ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(check.maxLatencyMs)})`);
    }
    if (problems.length > 0)
        return withVersion({ ok: false, reason: problems.join('; ') });
    const versionNote = version?.value !== undefined ? `, version ${shortVersion(version.value)}` : '';
    return withVersion({ ok: true, reason: `${status} in ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(latencyMs)}${versionNote}` });
}
function shortVersion(value) {
    const one = value.replace(/\s+/g, ' ').trim();
    return one.length > 40 ? (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)(one, 40) : one;
}
function jsonPathOf(json) {
    if (json.segments)
        return json.segments;
    try {
        return (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldPath */ .cn)(json.path);
    }
    catch {
        return undefined;
    }
}
function jsonProblem(json, body, truncatedNote, secrets) {
    const segments = jsonPathOf(json);
    if (!segments)
        return `json path ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)(json.path)} is not a field path`;
    const parsed = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(body);
    if (!parsed)
        return `body is not JSON${truncatedNote}`;
    const field = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readField */ .dR)(parsed.value, segments);
    const expected = json.oneOf.length === 1 ? json.oneOf[0] : `one of ${json.oneOf.join(', ')}`;
    if (!field.found)
        return `no field ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .showPath */ .P8)(segments)} in body (expected ${expected})`;
    const text = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarString */ .Cg)(field.value);
    if (text === undefined)
        return `${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .showPath */ .P8)(segments)} is ${Array.isArray(field.value) ? 'a list' : 'an object'} (expected ${expected})`;
    if (!json.oneOf.includes(text))
        return `${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .showPath */ .P8)(segments)} is ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)((0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(text, secrets), 40)} (expected ${expected})`;
    return undefined;
}
/** The version a body reports, or why none was found. */
function reportedVersion(check, body) {
    const versionField = check.json && check.json.oneOf.length === 0 ? jsonPathOf(check.json) : VERSION_FIELD;
    if (!versionField)
        return { problem: `json path ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)(check.json?.path ?? '')} is not a field path` };
    const parsed = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(body);
    if (parsed && parsed.value !== null && typeof parsed.value === 'object') {
        const field = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readField */ .dR)(parsed.value, versionField);
        if (!field.found)
            return { problem: `no ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .showPath */ .P8)(versionField)} field in body` };
        const text = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarString */ .Cg)(field.value);
        if (text === undefined || field.value === null || text.trim() === '') {
            return { problem: `${(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .showPath */ .P8)(versionField)} field is not a version` };
        }
        return { value: text.trim(), problem: '' };
    }
    // A JSON string (`"1.5.0"`) or a plain-text body that is the version itself.
    const text = (parsed && typeof parsed.value === 'string' ? parsed.value : body).trim();
    if (PLAIN_VERSION.test(text) && text.length <= 100)
        return { value: text, problem: '' };
    return { problem: 'no version in body' };
}
/** Reads a response body, at most `max` bytes; cancels the rest (also used for webhook answers). */
async function readBody(response, max) {
    if (!response.body)
        return { body: '', truncated: false };
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    let truncated = false;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        if (size + value.byteLength > max) {
            chunks.push(value.subarray(0, max - size));
            size = max;
            truncated = true;
            break;
        }
        chunks.push(value);
        size += value.byteLength;
        if (size === max) {
            truncated = !(await isAtEnd(reader));
            break;
        }
    }
    if (truncated)
        await reader.cancel().catch(() => undefined);
    const all = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
        all.set(chunk, at);
        at += chunk.byteLength;
    }
    return { body: new TextDecoder('utf-8').decode(all), truncated };
}
/** True when the stream has nothing more (reads one more chunk to find out). */
async function isAtEnd(reader) {
    const next = await reader.read();
    return next.done || next.value.byteLength === 0;
}
/** One request to `check.url`, judged. Never throws. */
async function probeOnce(check, opts) {
    const doFetch = opts.fetch ?? globalThis.fetch;
    const secrets = Object.values(check.headers ?? {});
    const clean = (text) => (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(text, secrets);
    const at = opts.clock.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, Math.max(1, check.timeoutMs));
    let response;
    try {
        const headers = { 'user-agent': 'ship-prod health check', ...check.headers };
        const res = await doFetch(check.url, {
            method: check.method || 'GET',
            headers,
            redirect: 'manual',
            signal: controller.signal
        });
        const { body, truncated } = await readBody(res, MAX_BODY_BYTES);
        response = { status: res.status, body, latencyMs: opts.clock.now() - at, truncated };
    }
    catch (error) {
        const latencyMs = opts.clock.now() - at;
        response = timedOut
            ? { error: 'timeout', latencyMs, timeoutMs: check.timeoutMs }
            : { error: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFetchError */ .Op)(error, secrets), latencyMs };
    }
    finally {
        clearTimeout(timer);
    }
    const judgement = judgeResponse(check, response, opts.expectVersion);
    const sample = {
        check: check.name,
        at,
        ok: judgement.ok,
        latencyMs: Math.max(0, response.latencyMs ?? opts.clock.now() - at),
        reason: clean(judgement.reason)
    };
    if ('status' in response)
        sample.status = response.status;
    if ('error' in response)
        sample.error = clean(response.error);
    if (judgement.version !== undefined)
        sample.version = clean(judgement.version);
    return sample;
}
/** A Probe bound to a clock (and a fetch), for waitHealthy and watchWindow. */
function makeProbe(opts) {
    return (check, expectVersion) => probeOnce(check, { clock: opts.clock, ...(opts.fetch ? { fetch: opts.fetch } : {}), ...(expectVersion !== undefined ? { expectVersion } : {}) });
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ summarizeByCheck),
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   _Z: () => (/* binding */ baseline),
/* harmony export */   h0: () => (/* binding */ latencies),
/* harmony export */   hq: () => (/* binding */ waitHealthy),
/* harmony export */   rI: () => (/* binding */ probeRound)
/* harmony export */ });
/* unused harmony exports summarize, defaultSuccessThreshold, roundsThatFit, failingReasons */
/* harmony import */ var _config_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6503);

// ---------------------------------------------------------------------------------------------
// Pure helpers
/**
 * Nearest-rank percentile: the smallest value such that at least p% of the values are at most
 * it, i.e. the value at rank ceil(p/100 × n) (1-based) in ascending order; p = 0 gives the
 * minimum. No interpolation: the result is always one of the values. Undefined for no values.
 * Example: p95 of 1..20 is 19, of 1..10 is 10, of [5] is 5.
 */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    if (!(p >= 0 && p <= 100))
        throw new RangeError(`percentile ${p} is not between 0 and 100`);
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
/** The latencies that count for statistics: answered samples, and timeouts at the time waited. */
function latencies(samples) {
    return samples.filter((s) => s.status !== undefined || s.error === 'timeout').map((s) => s.latencyMs);
}
/** Statistics over samples (normally those of one check). */
function summarize(samples) {
    const values = latencies(samples);
    return {
        samples: samples.length,
        failures: samples.filter((s) => !s.ok).length,
        p50: percentile(values, 50),
        p95: percentile(values, 95),
        lastReason: samples.length > 0 ? samples[samples.length - 1].reason : 'no samples'
    };
}
/** summarize, per check name (names in first-seen order). */
function summarizeByCheck(samples, names = []) {
    const groups = new Map();
    for (const name of names)
        groups.set(name, []);
    for (const sample of samples) {
        const list = groups.get(sample.check) ?? [];
        list.push(sample);
        groups.set(sample.check, list);
    }
    const out = {};
    for (const [name, list] of groups)
        out[name] = summarize(list);
    return out;
}
/** The default number of consecutive passing rounds (see the module comment). */
function defaultSuccessThreshold(intervalMs, timeoutMs, initialDelayMs = 0) {
    const wanted = intervalMs >= 60_000 ? 1 : 2;
    return Math.max(1, Math.min(wanted, roundsThatFit(timeoutMs - initialDelayMs, intervalMs)));
}
/** Rounds starting at 0, interval, 2·interval, ... strictly before `budgetMs`. */
function roundsThatFit(budgetMs, intervalMs) {
    if (budgetMs <= 0)
        return 0;
    return Math.ceil(budgetMs / Math.max(1, intervalMs));
}
/** `api: 503 (expected 200-299); web: timeout after 10s` for the failing samples of a round. */
function failingReasons(samples) {
    return samples
        .filter((s) => !s.ok)
        .map((s) => `${s.check}: ${s.reason}`)
        .join('; ');
}
// ---------------------------------------------------------------------------------------------
// Rounds
/** Probes every check at once; a probe that throws becomes a failed sample. */
async function probeRound(checks, probe, clock, expectVersion) {
    return Promise.all(checks.map(async (check) => {
        const at = clock.now();
        try {
            return await probe(check, expectVersion);
        }
        catch (error) {
            const message = error instanceof Error ? error.name : 'error';
            return { check: check.name, at, ok: false, latencyMs: clock.now() - at, error: message, reason: `probe failed (${message})` };
        }
    }));
}
/** Probes in rounds until `successThreshold` consecutive rounds pass, or the budget is spent. */
async function waitHealthy(checks, opts) {
    const { clock, timeoutMs } = opts;
    const intervalMs = Math.max(1, opts.intervalMs);
    const initialDelayMs = Math.max(0, opts.initialDelayMs ?? 0);
    const threshold = Math.max(1, Math.floor(opts.successThreshold ?? defaultSuccessThreshold(intervalMs, timeoutMs, initialDelayMs)));
    const names = checks.map((c) => c.name);
    const start = clock.now();
    const deadline = start + timeoutMs;
    const rounds = [];
    let firstFailureAt;
    const finish = (verdict, reason) => {
        const result = {
            verdict,
            rounds,
            decidedAt: clock.now(),
            reason,
            perCheck: summarizeByCheck(rounds.flatMap((r) => r.samples), names),
            successThreshold: threshold
        };
        if (firstFailureAt !== undefined)
            result.firstFailureAt = firstFailureAt;
        return result;
    };
    if (checks.length === 0)
        return finish('failed', 'no health checks to run: no data is not healthy');
    const budget = (0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs);
    let nextStart = start + initialDelayMs;
    if (nextStart >= deadline) {
        return finish('failed', `not healthy: the initial delay ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(initialDelayMs)} leaves no time for a round within ${budget}`);
    }
    await clock.sleep(nextStart - clock.now());
    let consecutive = 0;
    for (;;) {
        const startedAt = clock.now();
        if (startedAt >= deadline)
            return finish('failed', failedReason(rounds, threshold, budget, false));
        const samples = await probeRound(checks, opts.probe, clock, opts.expectVersion);
        const passed = samples.every((s) => s.ok);
        consecutive = passed ? consecutive + 1 : 0;
        if (!passed && firstFailureAt === undefined)
            firstFailureAt = Math.min(...samples.filter((s) => !s.ok).map((s) => s.at));
        const round = { index: rounds.length + 1, startedAt, endedAt: clock.now(), samples, passed, consecutive };
        rounds.push(round);
        opts.onRound?.(round);
        if (consecutive >= threshold) {
            const first = round.index - threshold + 1;
            const which = threshold === 1 ? `round ${round.index}` : `rounds ${first}-${round.index}`;
            const versionNote = opts.expectVersion !== undefined ? `, version ${opts.expectVersion}` : '';
            return finish('passed', `healthy: ${threshold} consecutive passing round${threshold === 1 ? '' : 's'} (${which}, ${(0,_config_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(clock.now() - start)} after the start${versionNote})`);
        }
        nextStart = Math.max(startedAt + intervalMs, clock.now());
        const left = roundsThatFit(deadline - nextStart, intervalMs);
        if (left < threshold - consecutive)
            return finish('failed', failedReason(rounds, threshold, budget, left > 0));
        await clock.sleep(nextStart - clock.now());
    }
}
function failedReason(rounds, threshold, budget, early) {
    const passedRounds = rounds.filter((r) => r.passed).length;
    const lastFailed = [...rounds].reverse().find((r) => !r.passed);
    const parts = [`not healthy within ${budget}`];
    if (rounds.length === 0) {
        parts.push('no round could run');
    }
    else if (passedRounds === 0) {
        parts.push(`all ${rounds.length} round${rounds.length === 1 ? '' : 's'} failed`);
    }
    else {
        parts.push(`${passedRounds} of ${rounds.length} rounds passed, ${threshold} in a row needed`);
    }
    let reason = parts.join(': ');
    if (early)
        reason += ` (stopped early: the rounds left could not make ${threshold} in a row)`;
    if (lastFailed)
        reason += `; last failure (round ${lastFailed.index}): ${failingReasons(lastFailed.samples)}`;
    return reason;
}
/**
 * One round before deploying, without a version to verify (the old version is expected there).
 * Production failing it does not stop the deploy; it is a warning for the report, because
 * failures after the deploy would then not be the new release's doing alone.
 */
async function baseline(checks, probe, clock) {
    const at = clock.now();
    const samples = await probeRound(checks, probe, clock);
    const result = { at, samples };
    const p95 = percentile(latencies(samples.filter((s) => s.ok)), 95);
    if (p95 !== undefined)
        result.p95Ms = p95;
    const failing = samples.filter((s) => !s.ok);
    if (failing.length > 0) {
        result.warning = `production is already unhealthy before the deploy (${failing.length} of ${samples.length} checks failed): ${failingReasons(samples)}`;
    }
    return result;
}


/***/ }),

/***/ 8375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CE: () => (/* reexport */ verdict/* formatRate */.CE),
  O4: () => (/* binding */ plannedRounds),
  rS: () => (/* binding */ regressionLimit),
  mG: () => (/* binding */ watchWindow)
});

// UNUSED EXPORTS: DEFAULT_CONSECUTIVE_FAILED_ROUNDS, DEFAULT_REGRESSION_MARGIN, REGRESSION_MIN_MS, firstBreach, judgeWindow, roundOffset

// EXTERNAL MODULE: ./src/config/durations.ts
var durations = __webpack_require__(6503);
// EXTERNAL MODULE: ./src/verify/rounds.ts
var verify_rounds = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/verify/metrics.ts
var metrics = __webpack_require__(776);
// EXTERNAL MODULE: ./src/verify/analysis/verdict.ts
var verdict = __webpack_require__(9461);
// EXTERNAL MODULE: ./src/verify/analysis/compare.ts + 3 modules
var compare = __webpack_require__(2632);
;// CONCATENATED MODULE: ./src/verify/analysis/series.ts

/** The series of one check from a window's samples (samples of other checks are left out). */
function seriesOf(name, role, samples) {
    const own = samples.filter((s) => s.check === name);
    return { name, role, probes: own.length, errors: own.filter((s) => !s.ok).length, latencies: (0,verify_rounds/* latencies */.h0)(own) };
}
function figuresOf(series) {
    const figures = { name: series.name, role: series.role, probes: series.probes, errors: series.errors };
    if (series.probes > 0)
        figures.errorRate = series.errors / series.probes;
    const p50 = (0,verify_rounds/* percentile */.Ym)(series.latencies, 50);
    const p95 = (0,verify_rounds/* percentile */.Ym)(series.latencies, 95);
    if (p50 !== undefined)
        figures.p50Ms = p50;
    if (p95 !== undefined)
        figures.p95Ms = p95;
    return figures;
}

;// CONCATENATED MODULE: ./src/verify/analysis/analyze.ts
/**
 * The window's verdict (level 3), pure: any caller (the monitoring window, each traffic step,
 * a wave's bake) hands it the window's series and its limits.
 *
 * - `production` series (health checks) need `minSamples` probes each; their fixed limits are the
 *   window judge's business (verify/window.ts judgeWindow, over all production probes together).
 * - each `pairs` entry puts a new series (a smoke check) beside an old one (its baseline check):
 *   the new series must stay within the fixed limits itself (error-rate-threshold,
 *   latency-threshold: hard limits), and must not be worse than the old one (compare.ts).
 *   With several pairs each is tested at alpha / pairs (Bonferroni), so that the window as a
 *   whole keeps its 95% confidence.
 *
 * The comparison is made once, over the whole window: looking after every round and stopping at
 * the first p under 0.05 would raise many more false alarms than 5%.
 */



function analyzeWindow(input) {
    const { limits, pairs } = input;
    const alpha = (limits.alpha ?? compare/* DEFAULT_ALPHA */.pO) / Math.max(1, pairs.length);
    const compareLimits = {
        alpha,
        minSamples: limits.minSamples,
        latencyMinRatio: limits.latencyMinRatio ?? compare/* DEFAULT_LATENCY_MIN_RATIO */.Cu,
        latencyMinMs: limits.latencyMinMs ?? compare/* DEFAULT_LATENCY_MIN_MS */.Xx
    };
    const hard = { errorRateThreshold: limits.errorRateThreshold, latencyThresholdMs: limits.latencyThresholdMs };
    const judged = [
        ...input.production.map((series) => ({ series, judged: (0,verdict/* seriesVerdict */.xU)(series, { minSamples: limits.minSamples }) })),
        ...pairs.flatMap((pair) => [
            { series: pair.new, judged: (0,verdict/* seriesVerdict */.xU)(pair.new, { minSamples: limits.minSamples, ...hard }) },
            { series: pair.old, judged: (0,verdict/* seriesVerdict */.xU)(pair.old, { minSamples: limits.minSamples }) }
        ])
    ];
    const comparisons = pairs.map((pair) => (0,compare/* compareSeries */.J4)(pair.new, pair.old, compareLimits));
    const window = (0,verdict/* combineVerdicts */.aG)([...judged.map((j) => j.judged), ...comparisons]);
    const reason = window.verdict !== 'pass'
        ? window.reason
        : comparisons.length > 0
            ? comparisons.map((c) => c.reason).join('; ')
            : `${judged.length} series, each with at least ${Math.max(1, limits.minSamples)} probe${limits.minSamples === 1 ? '' : 's'}`;
    return {
        verdict: window.verdict,
        reason,
        minSamples: limits.minSamples,
        alpha,
        series: judged.map((j) => ({ ...figuresOf(j.series), verdict: j.judged.verdict, reason: j.judged.reason })),
        comparisons
    };
}

;// CONCATENATED MODULE: ./src/verify/analysis/conclude.ts

/** The series of a window: one per production check, and one new/old pair per compared check. */
function windowSeries(checks, samples, compare, newSamples, oldSamples) {
    return {
        production: checks.map((c) => seriesOf(c.name, 'production', samples)),
        pairs: (compare?.newChecks ?? []).map((c, i) => ({
            new: seriesOf(c.name, 'new', newSamples),
            old: seriesOf(compare.oldChecks[i].name, 'old', oldSamples)
        }))
    };
}
/**
 * The window's verdict: a fixed-limit breach fails it (its reason as given); otherwise the
 * analysis decides, and only its `pass` passes. `inconclusive` fails, saying so.
 */
function concludeWindow(judgedPassed, judgedReason, analysis) {
    if (!judgedPassed)
        return { verdict: 'failed', reason: judgedReason };
    if (!analysis)
        return { verdict: 'passed', reason: judgedReason };
    switch (analysis.verdict) {
        case 'pass':
            return { verdict: 'passed', reason: `${judgedReason}; analysis passed: ${analysis.reason}` };
        case 'fail':
            return { verdict: 'failed', reason: `monitoring window failed its analysis: ${analysis.reason}` };
        default:
            return { verdict: 'failed', reason: `monitoring window inconclusive, which fails it (only a pass promotes): ${analysis.reason}` };
    }
}

;// CONCATENATED MODULE: ./src/verify/window.ts






const DEFAULT_REGRESSION_MARGIN = 2;
/** A p95 within this much of the baseline is never a regression. */
const REGRESSION_MIN_MS = 100;
const DEFAULT_CONSECUTIVE_FAILED_ROUNDS = 3;
/** Rounds in a window (see the module comment). */
function plannedRounds(durationMs, intervalMs) {
    return Math.max(1, Math.floor(durationMs / Math.max(1, intervalMs)));
}
/** When round k (1-based) starts, from the window's start. */
function roundOffset(k, durationMs, intervalMs) {
    return Math.min(k * Math.max(1, intervalMs), Math.max(0, durationMs));
}
/** The regression limit for a baseline p95, or undefined without a baseline. */
function regressionLimit(baselineP95Ms, margin = DEFAULT_REGRESSION_MARGIN) {
    if (baselineP95Ms === undefined || !Number.isFinite(baselineP95Ms))
        return undefined;
    return Math.max(baselineP95Ms * margin, baselineP95Ms + REGRESSION_MIN_MS);
}

/** Judges the samples so far (in round order) and the metric readings. Pure. */
function judgeWindow(samples, thresholds, elapsedMs, durationMs, metrics = []) {
    const final = elapsedMs >= durationMs;
    const perRound = Math.max(1, thresholds.checksPerRound);
    const planned = Math.max(plannedRounds(durationMs, thresholds.intervalMs) * perRound, samples.length);
    const n = samples.length;
    const failures = samples.filter((s) => !s.ok).length;
    const values = (0,verify_rounds/* latencies */.h0)(samples);
    const p95 = (0,verify_rounds/* percentile */.Ym)(values, 95);
    const base = { failures, samples: n, ...(n > 0 ? { errorRate: failures / n } : {}), ...(p95 !== undefined ? { p95Ms: p95 } : {}) };
    const breached = (reason, decisive) => ({ verdict: 'breached', decisive, reason, ...base });
    const badMetric = metrics.find((m) => !m.ok);
    // A metric with no data leaves the window inconclusive, which fails it: no data is not success.
    if (badMetric)
        return breached(`${badMetric.noData ? 'inconclusive: ' : ''}metric ${badMetric.name}: ${badMetric.reason}`, true);
    if (n === 0) {
        // Metrics alone are data only when there are no checks to probe.
        const metricsOnly = thresholds.checksPerRound === 0 && metrics.length > 0;
        if (!final)
            return { verdict: 'passing', decisive: false, reason: metricsOnly ? 'metrics within thresholds so far' : 'no probes yet', ...base };
        if (metricsOnly) {
            return { verdict: 'passed', decisive: true, reason: `monitoring window passed: ${metrics.length} metric readings within thresholds`, ...base };
        }
        return breached('no data: no probe was made in the monitoring window', true);
    }
    const limitRate = thresholds.errorRateThreshold;
    // "window probes": the check's samples also count the health-check rounds before the window.
    const rateText = `${failures} of ${n} window probes failed (${(0,verdict/* formatRate */.CE)(failures / n)}, threshold ${(0,verdict/* formatRate */.CE)(limitRate)})`;
    const regression = regressionLimit(thresholds.baselineP95Ms, thresholds.regressionMargin);
    const latencyLimit = regression === undefined ? thresholds.latencyThresholdMs : Math.min(thresholds.latencyThresholdMs, regression);
    const latencyBreach = (value) => value > thresholds.latencyThresholdMs
        ? `p95 latency ${(0,durations/* formatDuration */.a3)(value)} (threshold ${(0,durations/* formatDuration */.a3)(thresholds.latencyThresholdMs)})`
        : `p95 latency ${(0,durations/* formatDuration */.a3)(value)} regressed past ${thresholds.regressionMargin ?? DEFAULT_REGRESSION_MARGIN}× the baseline ${(0,durations/* formatDuration */.a3)(thresholds.baselineP95Ms)} (limit ${(0,durations/* formatDuration */.a3)(regression)})`;
    // Production down: every probe failed in K consecutive rounds.
    const k = Math.max(1, thresholds.consecutiveFailedRounds ?? DEFAULT_CONSECUTIVE_FAILED_ROUNDS);
    const downRounds = longestFailedRun(samples, perRound);
    if (downRounds >= k) {
        return breached(`every probe failed in ${downRounds} consecutive rounds (${rateText}): ${lastFailure(samples)}`, true);
    }
    const now = [];
    if (failures / n > limitRate)
        now.push(`error rate: ${rateText}`);
    if (p95 !== undefined && p95 > latencyLimit)
        now.push(latencyBreach(p95));
    if (final) {
        if (now.length > 0)
            return breached(withLast(now.join('; '), samples), true);
        const fromBaseline = latencyLimit < thresholds.latencyThresholdMs ? `, from the baseline p95 ${(0,durations/* formatDuration */.a3)(thresholds.baselineP95Ms)}` : '';
        const p95Text = p95 === undefined ? 'no latency measured' : `p95 ${(0,durations/* formatDuration */.a3)(p95)} (threshold ${(0,durations/* formatDuration */.a3)(latencyLimit)}${fromBaseline})`;
        return { verdict: 'passed', decisive: true, reason: `monitoring window passed: ${rateText}, ${p95Text}`, ...base };
    }
    // Decisive before the end: no outcome of the remaining planned probes can undo it.
    const decisive = [];
    if (failures / planned > limitRate) {
        const plural = failures === 1 ? ' already exceeds' : 's already exceed';
        decisive.push(`error rate: ${failures} failed probe${plural} ${(0,verdict/* formatRate */.CE)(limitRate)} of the ${planned} planned (after ${n})`);
    }
    const slow = values.filter((v) => v > latencyLimit).length;
    const slowNeeded = planned - Math.ceil(0.95 * planned) + 1;
    if (slow >= slowNeeded) {
        decisive.push(`${latencyBreach(p95 ?? latencyLimit)}: ${slow} probes over ${(0,durations/* formatDuration */.a3)(latencyLimit)} already put the p95 of the ${planned} planned over it`);
    }
    if (decisive.length > 0)
        return breached(withLast(decisive.join('; '), samples), true);
    if (now.length > 0)
        return breached(`so far ${now.join('; ')}`, false);
    const p95Text = p95 === undefined ? 'no latency yet' : `p95 ${(0,durations/* formatDuration */.a3)(p95)}`;
    return { verdict: 'passing', decisive: false, reason: `so far ${rateText}, ${p95Text}`, ...base };
}
/**
 * Production's judgement, unless the new version's own series (with `compare`) breached: then
 * its verdict and reason (naming its checks), with production's figures kept.
 */
function firstBreach(production, newSeries) {
    const own = newSeries?.judgement;
    if (!own || own.verdict !== 'breached')
        return production;
    if (production.verdict === 'breached' && (production.decisive || !own.decisive))
        return production;
    return { ...production, verdict: 'breached', decisive: own.decisive, reason: `the new version on its own (${newSeries.names.join(', ')}): ${own.reason}` };
}
/** The longest run of consecutive rounds (chunks of `perRound` samples) in which every probe failed. */
function longestFailedRun(samples, perRound) {
    let longest = 0;
    let run = 0;
    for (let i = 0; i + perRound <= samples.length; i += perRound) {
        const allFailed = samples.slice(i, i + perRound).every((s) => !s.ok);
        run = allFailed ? run + 1 : 0;
        longest = Math.max(longest, run);
    }
    return longest;
}
function lastFailure(samples) {
    const last = [...samples].reverse().find((s) => !s.ok);
    return last ? `${last.check}: ${last.reason}` : '';
}
function withLast(reason, samples) {
    const last = lastFailure(samples);
    return last ? `${reason}; last failure ${last}` : reason;
}
/** Watches production for the window; see the module comment. */
async function watchWindow(checks, opts) {
    const { clock, durationMs } = opts;
    const intervalMs = Math.max(1, opts.intervalMs);
    const planned = plannedRounds(durationMs, intervalMs);
    const sources = opts.metrics ?? [];
    const doFetch = opts.fetch ?? globalThis.fetch;
    const thresholds = {
        errorRateThreshold: opts.errorRateThreshold,
        latencyThresholdMs: opts.latencyThresholdMs,
        intervalMs,
        checksPerRound: checks.length
    };
    if (opts.baselineP95Ms !== undefined)
        thresholds.baselineP95Ms = opts.baselineP95Ms;
    if (opts.regressionMargin !== undefined)
        thresholds.regressionMargin = opts.regressionMargin;
    if (opts.consecutiveFailedRounds !== undefined)
        thresholds.consecutiveFailedRounds = opts.consecutiveFailedRounds;
    const compare = opts.compare?.newChecks.length ? opts.compare : undefined;
    // The new version on its own must stay within the same hard limits (no baseline p95 for it).
    const newThresholds = compare && { ...thresholds, checksPerRound: compare.newChecks.length };
    if (newThresholds)
        delete newThresholds.baselineP95Ms;
    const startedAt = clock.now();
    const rounds = [];
    const samples = [];
    const newSamples = [];
    const oldSamples = [];
    const readings = [];
    let judgement;
    for (let k = 1; k <= planned; k++) {
        await clock.sleep(startedAt + roundOffset(k, durationMs, intervalMs) - clock.now());
        const roundStart = clock.now();
        const [roundSamples, roundMetrics, roundNew, roundOld] = await Promise.all([
            (0,verify_rounds/* probeRound */.rI)(checks, opts.probe, clock, opts.expectVersion),
            Promise.all(sources.map(async (source) => {
                const at = clock.now();
                const read = await (0,metrics/* readMetric */.Nk)(source, doFetch, opts.metricTimeoutMs);
                const judged = (0,metrics/* judgeMetric */.mg)(source, read);
                return { name: source.name, at, ...(read.value !== undefined ? { value: read.value } : {}), ...judged, ...(read.empty && !judged.ok ? { noData: true } : {}) };
            })),
            compare ? (0,verify_rounds/* probeRound */.rI)(compare.newChecks, opts.probe, clock, compare.newVersion) : [],
            compare ? (0,verify_rounds/* probeRound */.rI)(compare.oldChecks, opts.probe, clock, compare.oldVersion) : []
        ]);
        samples.push(...roundSamples);
        readings.push(...roundMetrics);
        newSamples.push(...roundNew);
        oldSamples.push(...roundOld);
        const last = k === planned;
        // The window ends with its last planned round, not before: rounds that ran late (probes
        // slower than the interval, a loaded runner) still all happen, so every series gets its samples.
        const elapsed = last ? durationMs : Math.min(clock.now() - startedAt, durationMs - 1);
        judgement = firstBreach(judgeWindow(samples, thresholds, elapsed, durationMs, readings), newThresholds && { judgement: judgeWindow(newSamples, newThresholds, elapsed, durationMs), names: compare.newChecks.map((c) => c.name) });
        const passed = roundSamples.every((s) => s.ok) && roundMetrics.every((m) => m.ok);
        const previous = rounds[rounds.length - 1];
        const round = {
            index: k,
            startedAt: roundStart,
            endedAt: clock.now(),
            samples: roundSamples,
            passed,
            consecutive: passed ? (previous?.consecutive ?? 0) + 1 : 0,
            metrics: roundMetrics,
            judgement,
            ...(compare ? { compared: { new: roundNew, old: roundOld } } : {})
        };
        rounds.push(round);
        opts.onRound?.(round);
        if (judgement.decisive)
            break;
    }
    // Only reachable without a decisive judgement if planned were 0 (it is at least 1).
    judgement ??= judgeWindow(samples, thresholds, durationMs, durationMs, readings);
    const stoppedEarly = judgement.verdict === 'breached' && rounds.length < planned;
    const elapsed = (0,durations/* formatDuration */.a3)(clock.now() - startedAt);
    const minSamples = opts.minSamples ?? 0;
    const analysis = compare || minSamples > 0
        ? analyzeWindow({
            ...windowSeries(checks, samples, compare, newSamples, oldSamples),
            limits: { minSamples, errorRateThreshold: opts.errorRateThreshold, latencyThresholdMs: opts.latencyThresholdMs }
        })
        : undefined;
    const judged = judgement.verdict === 'passed'
        ? judgement.reason
        : stoppedEarly
            ? `monitoring window failed after ${elapsed} of ${(0,durations/* formatDuration */.a3)(durationMs)} (round ${rounds.length} of ${planned}): ${judgement.reason}`
            : `monitoring window failed: ${judgement.reason}`;
    const { verdict, reason } = concludeWindow(judgement.verdict === 'passed', judged, analysis);
    const result = {
        verdict,
        reason,
        rounds,
        plannedRounds: planned,
        startedAt,
        decidedAt: clock.now(),
        stoppedEarly,
        perCheck: (0,verify_rounds/* summarizeByCheck */.Bo)(samples, checks.map((c) => c.name)),
        metrics: readings
    };
    if (analysis)
        result.analysis = analysis;
    if (judgement.errorRate !== undefined)
        result.errorRate = judgement.errorRate;
    if (judgement.p95Ms !== undefined)
        result.p95Ms = judgement.p95Ms;
    return result;
}


/***/ }),

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ tomlTablesFor),
/* harmony export */   yL: () => (/* binding */ VERSION_MARKER),
/* harmony export */   z2: () => (/* binding */ parseVersionFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_user_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7140);
/**
 * Reading the `version-files` input (pure): one file per line, blank lines and `#` comments
 * skipped; `path#/regex/flags` for a pattern (run in linear time, config/user-pattern.ts, or
 * refused here). Apart from the editors (version-files.ts) so that reading the inputs loads no
 * TOML or JSON parser. A leaf of config/settings.ts (VersionFileSpec).
 */


const VERSION_MARKER = 'x-ship-prod-version';
const REGEX_FORM = /^(.+?)#\/(.+)\/([a-z]*)$/;
const ALLOWED_FLAGS = /^[imsu]*$/;
const EXAMPLE = 'expected a path such as src/version.ts, Cargo.toml or docs/install.md#/ship-prod@v(\\S+)/';
function kindOf(file) {
    if (/\.json$/i.test(file))
        return 'json';
    return tomlTablesFor(file) ? 'toml' : 'marker';
}
/** A workspace-relative file path, or why not. */
function filePathProblem(file) {
    const slashed = file.replace(/\\/g, '/');
    if ([...file].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
        return 'contains a control character';
    if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed))
        return 'is an absolute path';
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(slashed);
    if (normalized === '..' || normalized.startsWith('../'))
        return 'leads outside the workspace';
    if (normalized === '.' || normalized.endsWith('/'))
        return 'names a folder, not a file';
    return undefined;
}
/** Parses the input: one file per line, blank lines and `#` comments skipped. */
function parseVersionFiles(value) {
    const specs = [];
    const problems = [];
    value.split(/\r?\n/).forEach((rawLine, i) => {
        const line = i + 1;
        const entry = rawLine.trim();
        if (entry === '' || entry.startsWith('#'))
            return;
        const regexForm = REGEX_FORM.exec(entry);
        const file = (regexForm ? regexForm[1] : entry).trim();
        const bad = filePathProblem(file);
        if (bad) {
            problems.push({ line, message: `${JSON.stringify(file)} ${bad}; ${EXAMPLE}` });
            return;
        }
        const normalized = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(file.replace(/\\/g, '/'));
        if (!regexForm) {
            specs.push({ path: normalized, kind: kindOf(normalized) });
            return;
        }
        const [, , pattern, flags] = regexForm;
        if (!ALLOWED_FLAGS.test(flags)) {
            problems.push({ line, message: `flags ${JSON.stringify(flags)} of /${pattern}/ are not among i, m, s, u (every match is replaced, so g is implied)` });
            return;
        }
        const re = (0,_config_user_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .compileUserPattern */ .bH)(pattern, flags);
        if ('problem' in re) {
            problems.push({ line, message: re.problem });
            return;
        }
        if (re.groups < 1) {
            problems.push({ line, message: `/${pattern}/ has no capture group; expected the version in the first group, e.g. /version: (\\S+)/` });
            return;
        }
        specs.push({ path: normalized, kind: 'regex', pattern: pattern, flags: flags });
    });
    return { specs, problems };
}
/** The tables a known TOML manifest keeps its version in, most specific first. */
function tomlTablesFor(file) {
    const base = file.split('/').pop().toLowerCase();
    if (base === 'cargo.toml')
        return ['package', 'workspace.package'];
    if (base === 'pyproject.toml')
        return ['project', 'tool.poetry'];
    return undefined;
}


/***/ }),

/***/ 3889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ checkedOut)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What the workspace has checked out: its HEAD commit and that commit's tree, asked of git once
 * per workspace (resolve and the version files both need it; ship-prod never moves HEAD, so the
 * answer holds for the run). Undefined when the workspace is not a git checkout.
 */

/** node:child_process (with net and dgram) is loaded at the first question: a refused input's run asks none. */
async function git(args) {
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(execFile)('git', args, { timeout: 10_000 });
}
const asked = new Map();
function checkedOut(workspace) {
    let answer = asked.get(workspace);
    if (!answer) {
        answer = git(['-C', workspace, 'rev-parse', 'HEAD', 'HEAD^{tree}']).then(({ stdout }) => {
            const [head, tree] = stdout.trim().split('\n');
            return head && tree && /^[0-9a-f]{40}$/i.test(head) && /^[0-9a-f]{40}$/i.test(tree) ? { head, tree } : undefined;
        }, () => undefined);
        asked.set(workspace, answer);
    }
    return answer;
}


/***/ })

};

//# sourceMappingURL=675.index.js.map