export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   WriteLine: () => (/* binding */ WriteLine),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   explainGitHubError: () => (/* binding */ explainGitHubError),
/* harmony export */   inSideLane: () => (/* binding */ inSideLane),
/* harmony export */   isWrite: () => (/* binding */ isWrite),
/* harmony export */   messageOf: () => (/* binding */ messageOf),
/* harmony export */   proxyConfigured: () => (/* binding */ proxyConfigured),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1267);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _request_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2715);
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9959);
/**
 * The one GitHub client every stage uses: @octokit/rest (the REST methods and pagination, as
 * @actions/github's client has them) with the retry and throttling plugins, pointed at
 * GITHUB_API_URL (github.com or GitHub Enterprise Server). REST only. It also keeps an account of
 * the requests it sent, for the report and the budget, and counts each in the scope of the stage
 * that sent it (request-scope.ts). Pacing (write spacing, back-offs, the time scale tests may
 * change) is in pacing.ts; the rule for repeating a write whose answer was lost is in writes.ts.
 *
 * Requests go out through the runtime's own `fetch`, as @octokit/request does by default. Only
 * where the runner has a proxy configured is @actions/github's proxy-aware fetch loaded (it brings
 * undici, about 900 KB of the bundle, which start-up would otherwise compile on every run).
 */







const ShipOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_4__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
/** The proxy variables the runner (and @actions/http-client) honour. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** Whether a proxy is configured for the runner: then requests go through it (see proxyFetch). */
function proxyConfigured(env = process.env) {
    return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}
/**
 * Behind a proxy, @actions/github's proxy-aware fetch for GITHUB_API_URL (its `defaults`, which
 * honour `no_proxy` for the API's host), loaded at the first request; elsewhere undefined: the
 * runtime's own fetch.
 */
function proxyFetch() {
    if (!proxyConfigured())
        return undefined;
    let loading;
    return async (url, init) => {
        loading ??= __webpack_require__.e(/* import() */ 175).then(__webpack_require__.bind(__webpack_require__, 5175)).then(({ defaults }) => defaults.request.fetch);
        return (await loading)(url, init);
    };
}
/** No request waits longer than this for GitHub's answer (every wait has an upper bound). */
const REQUEST_TIMEOUT_MS = 100_000;
function createClient(opts) {
    const baseUrl = (opts.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const timeScale = opts.timeScale ?? (0,_pacing_js__WEBPACK_IMPORTED_MODULE_3__/* .timeScaleFrom */ .M0)();
    const fetchVia = proxyFetch();
    const octokit = new ShipOctokit({
        auth: opts.token,
        baseUrl,
        userAgent: 'ship-prod',
        // @octokit/rest logs each request; a failed one (a 404 looked for, say) is not an error of the
        // ship: those lines go to the debug log, as the action's own detail does.
        log: { debug: () => undefined, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, warn: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, error: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz },
        ...(fetchVia ? { request: { fetch: fetchVia } } : {}),
        retry: { retries: _pacing_js__WEBPACK_IMPORTED_MODULE_3__/* .RETRIES */ .Zs, retryAfterBaseValue: 1000 * timeScale },
        throttle: {
            retryAfterBaseValue: 1000 * timeScale,
            ...(0,_pacing_js__WEBPACK_IMPORTED_MODULE_3__/* .writeGroups */ ._e)(timeScale),
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                const wait = retryAfter <= _pacing_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RATE_LIMIT_WAIT_S */ .CH && retryCount < _pacing_js__WEBPACK_IMPORTED_MODULE_3__/* .RETRIES */ .Zs;
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit hit on ${options.method} ${options.url}; ${wait ? `retrying after the reset, in ${retryAfter}s` : `it resets in ${retryAfter}s: giving up`}`);
                return wait;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < _pacing_js__WEBPACK_IMPORTED_MODULE_3__/* .RETRIES */ .Zs;
            }
        }
    });
    const account = [];
    octokit.hook.wrap('request', async (request, options) => {
        // The stage that sends it (request-scope.ts); read here, in the caller's context.
        const scope = (0,_request_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .currentRequestScope */ .h)();
        // A write that did not come through writes.ts is never re-sent blindly by plugin-retry.
        if (isWrite(options.method) && !options.request?.shipWrite)
            options.request = { ...options.request, retries: 0 };
        const started = Date.now();
        const route = `${options.url}`;
        if (!options.request?.signal)
            options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
        try {
            const response = await request(options);
            account.push({ method: options.method, route, status: response.status, durationMs: Date.now() - started });
            if (scope)
                scope.requests++;
            return response;
        }
        catch (error) {
            const status = error.status ?? 0;
            account.push({ method: options.method, route, status, durationMs: Date.now() - started });
            if (scope)
                scope.requests++;
            throw error;
        }
    });
    return { octokit, owner: opts.owner, repo: opts.repo, account, timeScale, writes: new WriteLine() };
}
function isWrite(method) {
    return method !== undefined && method !== 'GET' && method !== 'HEAD';
}
const lanes = new node_async_hooks__WEBPACK_IMPORTED_MODULE_1__.AsyncLocalStorage();
/**
 * Runs `body` with its writes in the side lane: a chain that does not depend on the main line's
 * writes (the branch's fast-forward or merge-back pull request, beside the draft release and the
 * deployment). Each lane sends one write at a time, so at most two are in flight.
 */
function inSideLane(body) {
    return lanes.run('side', body);
}
/**
 * Writes go out one at a time in each lane (GitHub asks integrations not to send them
 * concurrently; two independent chains of a ship may overlap, see inSideLane).
 */
class WriteLine {
    tails = { main: Promise.resolve(), side: Promise.resolve() };
    run(fn) {
        const lane = lanes.getStore() ?? 'main';
        const result = this.tails[lane].then(fn, fn);
        this.tails[lane] = result.catch(() => undefined);
        return result;
    }
}
/** HTTP status of an Octokit error, or 0 when it is not an HTTP error. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : 0;
}
/** The message GitHub gave, without Octokit's decorations. */
function messageOf(error) {
    const data = error?.response?.data;
    if (data && typeof data.message === 'string')
        return data.message;
    return error instanceof Error ? error.message : String(error);
}
/**
 * A sentence a person can act on for a failed request: a 403 "Resource not accessible by
 * integration" names the `permissions:` the job needs for what was being done.
 */
function explainGitHubError(error, doing, permission) {
    const status = statusOf(error);
    const message = messageOf(error);
    if (status === 403 && /not accessible by integration/i.test(message) && permission) {
        return `${doing} was refused (403 ${message}): give the job \`permissions: ${permission}\` (and check the repository's Actions settings allow it).`;
    }
    if (status === 401)
        return `${doing} failed: the token was refused (401 ${message}); check github-token.`;
    return `${doing} failed${status ? ` (${status})` : ''}: ${message}`;
}


/***/ }),

/***/ 9959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ MAX_RATE_LIMIT_WAIT_S),
/* harmony export */   M0: () => (/* reexport safe */ _time_scale_js__WEBPACK_IMPORTED_MODULE_1__.M),
/* harmony export */   Zs: () => (/* binding */ RETRIES),
/* harmony export */   _e: () => (/* binding */ writeGroups),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports WRITE_BURST, WRITE_REFILL_MS, NOTIFY_BURST, NOTIFY_REFILL_MS */
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9025);
/**
 * How fast ship-prod may talk to GitHub, decided once for every client: the spacing of writes,
 * the back-offs, and the one thing tests may change, the time scale.
 *
 * GitHub's documented secondary limits: no concurrent requests from one integration (writes are
 * made one at a time, see writes.ts), at most 80 content-creating requests a minute and 500 an
 * hour, and `retry-after` / `x-ratelimit-reset` honoured. A ship makes about a dozen writes (a
 * fleet of six environments in waves, about fifty), so instead of a fixed second before every
 * write (plugin-throttling's default), writes draw from a bucket: a burst of WRITE_BURST writes
 * goes out unspaced, after which one write is let through every WRITE_REFILL_MS. Whatever the
 * code does, a minute holds at most WRITE_BURST + 60 000 / WRITE_REFILL_MS = 75 writes, under 80. Writes that notify people
 * (releases) have their own smaller bucket. Rate-limit answers are waited out by
 * plugin-throttling (retry-after, else the reset time), back-offs after errors by plugin-retry.
 */

// The time scale is read apart (time-scale.ts): the runner's facts need it without Bottleneck.

/** Writes that go out unspaced: a fleet's ship fits in it (a burst of 15 spaced a six-environment ship's waves by 2 s a write). */
const WRITE_BURST = 45;
/** After the burst: one write per this many ms (30 a minute). */
const WRITE_REFILL_MS = 2_000;
/** Writes that notify (POST /releases): a burst of 3, then one per 3 s (plugin-throttling's own spacing). */
const NOTIFY_BURST = 3;
const NOTIFY_REFILL_MS = 3_000;
/** Retries of a failed request (plugin-retry waits 1, 4, 9 s) and of a rate-limited one. */
const RETRIES = 3;
/** A primary rate limit that resets later than this is not waited for: the run fails and says so. */
const MAX_RATE_LIMIT_WAIT_S = 15 * 60;
/** The throttling plugin's write and notification groups: token buckets, scaled in time. */
function writeGroups(timeScale) {
    const bucket = (burst, refillMs) => {
        const interval = Math.max(1, Math.round(refillMs * timeScale));
        return new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({
            maxConcurrent: 1,
            minTime: 0,
            reservoir: burst,
            reservoirIncreaseAmount: 1,
            reservoirIncreaseInterval: interval,
            reservoirIncreaseMaximum: burst,
            // The bucket is refilled on Bottleneck's heartbeat (250 ms by default): keep up with a scaled interval.
            heartbeatInterval: Math.min(250, interval)
        });
    };
    return { write: bucket(WRITE_BURST, WRITE_REFILL_MS), notifications: bucket(NOTIFY_BURST, NOTIFY_REFILL_MS) };
}
/** plugin-retry's wait after the n-th failure (1-based): n² seconds, scaled. */
function backoffMs(attempt, timeScale) {
    return attempt * attempt * 1000 * timeScale;
}


/***/ }),

/***/ 2715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ currentRequestScope),
/* harmony export */   v: () => (/* binding */ inRequestScope)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which stage sent a GitHub request. Stages of one ship run at once (the environments of a wave),
 * so what a stage sent cannot be read off the client's count before and after it: that count
 * holds its siblings' requests too. Instead each stage runs its body in a scope of its own
 * (AsyncLocalStorage: carried through every await, callback and timer the body starts), and the
 * client counts each request it sends in the scope it was sent from. A request is counted once,
 * in the stage (of the environment) that made it; one sent outside every stage, in none.
 */

const scopes = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `body` with `scope` as the scope its requests are counted in. */
function inRequestScope(scope, body) {
    return scopes.run(scope, body);
}
/** The scope a request sent now is counted in (undefined outside every stage). */
function currentRequestScope() {
    return scopes.getStore();
}


/***/ })

};

//# sourceMappingURL=584.index.js.map