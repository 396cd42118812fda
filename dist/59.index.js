export const id = 59;
export const ids = [59];
export const modules = {

/***/ 2396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UU: () => (/* binding */ createClient),
  Pm: () => (/* binding */ explainGitHubError),
  Vb: () => (/* binding */ inSideLane),
  ao: () => (/* binding */ isWrite),
  bD: () => (/* binding */ messageOf),
  c2: () => (/* binding */ statusOf)
});

// UNUSED EXPORTS: REQUEST_TIMEOUT_MS, WriteLine, proxyConfigured

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 3 modules
var dist_src = __webpack_require__(1267);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: ./src/request-scope.ts
var request_scope = __webpack_require__(2715);
// EXTERNAL MODULE: ./src/github/pacing.ts
var pacing = __webpack_require__(9959);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/github/transport.ts
/**
 * How the GitHub client's requests go out when no proxy is configured: the part of `fetch` that
 * @octokit/request's fetch wrapper uses (method, headers, a string or byte body, `redirect`,
 * `signal`; the answer's status, url, headers and text), on node:http and node:https.
 *
 * Why not the runtime's own `fetch`: its first call loads Node's internal undici, the largest
 * single cost of a run's start-up. Measured on the development machine (Node 24, a local server,
 * spawn to a parsed JSON answer, medians of 15): bare node 31 ms, node:http 46 ms, the runtime's
 * fetch 75 ms; the fetch libraries on node:http cost more than node:http alone (node-fetch 2:
 * 67 ms, and it pulls in the deprecated `punycode` module; minipass-fetch: 65 ms). See
 * docs/performance.md.
 *
 * It behaves as `fetch` does where Octokit (and so the retry decisions) can tell:
 * - a failure to connect or a connection lost rejects with `TypeError('fetch failed')` whose cause
 *   is the socket's error (Octokit makes a 500 of it, with the cause's message);
 * - an aborted signal rejects with the signal's reason (`AbortSignal.timeout`: a TimeoutError);
 * - redirects are followed as fetch follows them (up to 20; 303, and 301/302 after a POST, turn
 *   into a GET without a body; `authorization` is dropped when the redirect leaves the origin);
 *   `redirect: 'manual'` returns the 3xx, `'error'` rejects;
 * - a compressed answer (gzip, deflate, br) is decoded; none is asked for.
 * One difference, on purpose: the answer is read whole before the promise settles, so an answer
 * cut off part-way is a failed request (retried, or a lost answer for a write), never a success
 * whose body came out empty.
 * Connections are kept alive by Node's global agents (their default since Node 19).
 */

/** The answer's headers, as fetch's `Headers` reads them: lower-case names, repeats joined. */
class TransportHeaders {
    map;
    constructor(raw) {
        this.map = new Map(Object.entries(raw)
            .filter((entry) => entry[1] !== undefined)
            .map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value]));
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
    }
}
class TransportResponse {
    status;
    statusText;
    url;
    redirected;
    headers;
    bytes;
    ok;
    /** Octokit reads it only with `parseSuccessResponseBody: false`, which ship-prod never sets. */
    body = null;
    constructor(status, statusText, url, redirected, headers, bytes) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.redirected = redirected;
        this.headers = headers;
        this.bytes = bytes;
        this.ok = status >= 200 && status < 300;
    }
    async text() {
        return new TextDecoder().decode(this.bytes);
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
    }
}
const MAX_REDIRECTS = 20;
/** One request and its whole answer; redirects are the caller's. */
async function exchange(url, method, headers, body, signal, onSent) {
    const send = url.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : url.protocol === 'http:' ? external_node_http_.request : undefined;
    if (!send)
        throw new TypeError('fetch failed', { cause: new Error(`unsupported protocol ${url.protocol}`) });
    const outgoing = { ...headers };
    if (body !== undefined)
        outgoing['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
    const options = { method, headers: outgoing };
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            req.destroy();
            reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
        };
        const onAbort = () => fail(signal?.reason);
        const req = send(url, options, (answer) => {
            answer.on('error', fail);
            readBody(answer).then((bytes) => {
                if (settled)
                    return;
                settled = true;
                signal?.removeEventListener('abort', onAbort);
                resolve({ answer, bytes });
            }, fail);
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        req.on('error', fail);
        if (onSent)
            req.on('finish', () => onSent(signal));
        req.end(body);
    });
}
/** The answer's bytes, decoded when it came compressed. */
async function readBody(answer) {
    const encoding = String(answer.headers['content-encoding'] ?? '').trim().toLowerCase();
    let stream = answer;
    if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate' || encoding === 'br') {
        const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
        const decoder = encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
        stream = answer.pipe(decoder);
        decoder.on('error', (error) => answer.destroy(error));
    }
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    if (!answer.complete)
        throw new Error('the answer ended before its body did');
    return Buffer.concat(chunks);
}
/** @octokit/request's `request.fetch`: see the file comment. */
function transportFetch(input, init = {}) {
    return send(input, init, undefined);
}
/** transportFetch, which also calls `onSent` as each request (a redirect's too) is written. */
function createTransport(onSent) {
    return (input, init = {}) => send(input, init, onSent);
}
async function send(input, init, onSent) {
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
    let body = init.body ?? undefined;
    const signal = init.signal ?? undefined;
    for (let redirects = 0;; redirects++) {
        const { answer, bytes } = await exchange(url, method, headers, body, signal, onSent);
        const status = answer.statusCode ?? 0;
        const location = answer.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location && init.redirect !== 'manual') {
            if (init.redirect === 'error')
                throw new TypeError('fetch failed', { cause: new Error(`redirect to ${location} refused (redirect: error)`) });
            if (redirects >= MAX_REDIRECTS)
                throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
            const next = new URL(location, url);
            if (next.origin !== url.origin) {
                const { authorization: _auth, cookie: _cookie, 'proxy-authorization': _proxy, ...rest } = headers;
                headers = rest;
            }
            if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
                method = 'GET';
                body = undefined;
                const { 'content-type': _type, ...rest } = headers;
                headers = rest;
            }
            url = next;
            continue;
        }
        return new TransportResponse(status, answer.statusMessage ?? '', url.href, redirects > 0, new TransportHeaders(answer.headers), bytes);
    }
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The one GitHub client every stage uses: @octokit/rest (the REST methods and pagination, as
 * @actions/github's client has them) with the retry and throttling plugins, pointed at
 * GITHUB_API_URL (github.com or GitHub Enterprise Server). REST only. It also keeps an account of
 * the requests it sent, for the report and the budget, and counts each in the scope of the stage
 * that sent it (request-scope.ts). Pacing (write spacing, back-offs, the time scale tests may
 * change) is in pacing.ts; the rule for repeating a write whose answer was lost is in writes.ts.
 *
 * Requests go out on node:http and node:https (transport.ts: the part of `fetch` Octokit uses,
 * without the cost of loading the runtime's own fetch at start-up). Only where the runner has a
 * proxy configured is @actions/github's proxy-aware fetch loaded (it brings undici, about 900 KB
 * of the bundle, which start-up would otherwise compile on every run).
 */








const ShipOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** The proxy variables the runner (and @actions/http-client) honour. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** Whether a proxy is configured for the runner: then requests go through it (see proxyFetch). */
function proxyConfigured(env = process.env) {
    return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}
/**
 * Behind a proxy, @actions/github's proxy-aware fetch for GITHUB_API_URL (its `defaults`, which
 * honour `no_proxy` for the API's host), loaded at the first request; elsewhere undefined:
 * transport.ts.
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
    const timeScale = opts.timeScale ?? (0,pacing/* timeScaleFrom */.M0)();
    (0,pacing/* quickenLimiters */.Or)();
    // Requests asked for and not yet written, each known by its signal (see requestsWritten).
    let unwritten = 0;
    const writtenBy = new WeakMap();
    let waiting = [];
    const settle = () => {
        if (unwritten > 0 || !waiting.length)
            return;
        const resolve = waiting;
        waiting = [];
        resolve.forEach((r) => r());
    };
    const sent = (signal) => {
        if (signal)
            writtenBy.get(signal)?.();
        settle();
    };
    const proxied = proxyFetch();
    const fetchVia = proxied
        ? (url, init) => {
            sent(init?.signal);
            return proxied(url, init);
        }
        : createTransport(sent);
    const octokit = new ShipOctokit({
        auth: opts.token,
        baseUrl,
        userAgent: 'ship-prod',
        // @octokit/rest logs each request; a failed one (a 404 looked for, say) is not an error of the
        // ship: those lines go to the debug log, as the action's own detail does.
        log: { debug: () => undefined, info: core/* debug */.Yz, warn: core/* warning */.$e, error: core/* debug */.Yz },
        request: { fetch: fetchVia },
        retry: { retries: pacing/* RETRIES */.Zs, retryAfterBaseValue: 1000 * timeScale },
        throttle: {
            retryAfterBaseValue: 1000 * timeScale,
            ...(0,pacing/* writeGroups */._e)(timeScale),
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                const wait = retryAfter <= pacing/* MAX_RATE_LIMIT_WAIT_S */.CH && retryCount < pacing/* RETRIES */.Zs;
                core/* warning */.$e(`GitHub rate limit hit on ${options.method} ${options.url}; ${wait ? `retrying after the reset, in ${retryAfter}s` : `it resets in ${retryAfter}s: giving up`}`);
                return wait;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                core/* warning */.$e(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < pacing/* RETRIES */.Zs;
            }
        }
    });
    const account = [];
    octokit.hook.wrap('request', async (request, options) => {
        // The stage that sends it (request-scope.ts); read here, in the caller's context.
        const scope = (0,request_scope/* currentRequestScope */.h)();
        // A write that did not come through writes.ts is never re-sent blindly by plugin-retry.
        if (isWrite(options.method) && !options.request?.shipWrite)
            options.request = { ...options.request, retries: 0 };
        const started = Date.now();
        const route = `${options.url}`;
        if (!options.request?.signal)
            options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
        // Counted until its first write (a retry's writes count no more), or its end, whichever comes first.
        const signal = options.request.signal;
        let open = true;
        const written = () => {
            if (!open)
                return;
            open = false;
            unwritten--;
        };
        unwritten++;
        const earlier = writtenBy.get(signal);
        writtenBy.set(signal, earlier ? () => (earlier(), written()) : written);
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
        finally {
            written();
            settle();
        }
    });
    const requestsWritten = () => new Promise((resolve) => {
        // Looked at once this turn's promise callbacks have run (every request asked for in it is
        // counted by then: none is written before a later turn); settle resolves the rest.
        setImmediate(() => (unwritten === 0 ? resolve() : waiting.push(resolve)));
    });
    return { octokit, owner: opts.owner, repo: opts.repo, account, timeScale, writes: new WriteLine(), requestsWritten };
}
function isWrite(method) {
    return method !== undefined && method !== 'GET' && method !== 'HEAD';
}
const lanes = new external_node_async_hooks_.AsyncLocalStorage();
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

/***/ 7059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ ConditionalCache)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2396);

class ConditionalCache {
    entries = new Map();
    /** How many polls were answered 304. */
    notModified = 0;
    requests = 0;
    async get(client, route, params) {
        const key = `${route} ${JSON.stringify(params)}`;
        const cached = this.entries.get(key);
        this.requests++;
        try {
            const response = await client.octokit.request(route, {
                owner: client.owner,
                repo: client.repo,
                ...params,
                headers: cached ? { 'if-none-match': cached.etag } : {}
            });
            const etag = response.headers.etag;
            if (etag)
                this.entries.set(key, { etag, data: response.data });
            return { data: response.data, notModified: false };
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 304 && cached) {
                this.notModified++;
                return { data: cached.data, notModified: true };
            }
            throw error;
        }
    }
}


/***/ }),

/***/ 9959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ MAX_RATE_LIMIT_WAIT_S),
/* harmony export */   M0: () => (/* reexport safe */ _time_scale_js__WEBPACK_IMPORTED_MODULE_1__.M),
/* harmony export */   Or: () => (/* binding */ quickenLimiters),
/* harmony export */   Zs: () => (/* binding */ RETRIES),
/* harmony export */   _e: () => (/* binding */ writeGroups),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports WRITE_BURST, WRITE_REFILL_MS, NOTIFY_BURST, NOTIFY_REFILL_MS, quickYields */
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
function storePrototype() {
    const store = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default())()._store;
    const proto = store && Object.getPrototypeOf(store);
    return proto && typeof proto.yieldLoop === 'function' ? proto : undefined;
}
function yieldAtOnce() {
    return new this.Promise((resolve) => setImmediate(resolve));
}
function quickenLimiters() {
    const proto = storePrototype();
    if (proto && proto.yieldLoop !== yieldAtOnce)
        proto.yieldLoop = yieldAtOnce;
}
/** Whether Bottleneck's store yields without a timer (quickenLimiters took hold). */
function quickYields() {
    return storePrototype()?.yieldLoop === yieldAtOnce;
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

//# sourceMappingURL=59.index.js.map