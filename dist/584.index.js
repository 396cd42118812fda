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
/* harmony export */   isWrite: () => (/* binding */ isWrite),
/* harmony export */   messageOf: () => (/* binding */ messageOf),
/* harmony export */   proxyConfigured: () => (/* binding */ proxyConfigured),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1659);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1267);
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9959);
/**
 * The one GitHub client every stage uses: @octokit/rest (the REST methods and pagination, as
 * @actions/github's client has them) with the retry and throttling plugins, pointed at
 * GITHUB_API_URL (github.com or GitHub Enterprise Server). REST only. It also keeps an account of
 * the requests it sent, for the report and the budget. Pacing (write spacing, back-offs, the time
 * scale tests may change) is in pacing.ts; the rule for repeating a write whose answer was lost is
 * in writes.ts.
 *
 * Requests go out through the runtime's own `fetch`, as @octokit/request does by default. Only
 * where the runner has a proxy configured is @actions/github's proxy-aware fetch loaded (it brings
 * undici, about 900 KB of the bundle, which start-up would otherwise compile on every run).
 */





const ShipOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
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
    const timeScale = opts.timeScale ?? (0,_pacing_js__WEBPACK_IMPORTED_MODULE_1__/* .timeScaleFrom */ .M0)();
    const fetchVia = proxyFetch();
    const octokit = new ShipOctokit({
        auth: opts.token,
        baseUrl,
        userAgent: 'ship-prod',
        // @octokit/rest logs each request; a failed one (a 404 looked for, say) is not an error of the
        // ship: those lines go to the debug log, as the action's own detail does.
        log: { debug: () => undefined, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, warn: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, error: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz },
        ...(fetchVia ? { request: { fetch: fetchVia } } : {}),
        retry: { retries: _pacing_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRIES */ .Zs, retryAfterBaseValue: 1000 * timeScale },
        throttle: {
            retryAfterBaseValue: 1000 * timeScale,
            ...(0,_pacing_js__WEBPACK_IMPORTED_MODULE_1__/* .writeGroups */ ._e)(timeScale),
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                const wait = retryAfter <= _pacing_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RATE_LIMIT_WAIT_S */ .CH && retryCount < _pacing_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRIES */ .Zs;
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit hit on ${options.method} ${options.url}; ${wait ? `retrying after the reset, in ${retryAfter}s` : `it resets in ${retryAfter}s: giving up`}`);
                return wait;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < _pacing_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRIES */ .Zs;
            }
        }
    });
    const account = [];
    octokit.hook.wrap('request', async (request, options) => {
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
            return response;
        }
        catch (error) {
            const status = error.status ?? 0;
            account.push({ method: options.method, route, status, durationMs: Date.now() - started });
            throw error;
        }
    });
    return { octokit, owner: opts.owner, repo: opts.repo, account, timeScale, writes: new WriteLine() };
}
function isWrite(method) {
    return method !== undefined && method !== 'GET' && method !== 'HEAD';
}
/** Writes go out one at a time (GitHub asks integrations not to send them concurrently). */
class WriteLine {
    tail = Promise.resolve();
    run(fn) {
        const result = this.tail.then(fn, fn);
        this.tail = result.catch(() => undefined);
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


/***/ })

};

//# sourceMappingURL=584.index.js.map