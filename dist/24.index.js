export const id = 24;
export const ids = [24];
export const modules = {

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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 422)
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 404)
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
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) !== 422)
                throw error;
        }
    }
    try {
        await moveRef(client, `heads/${branch}`, sha, false);
        return 'moved';
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error);
        if (status === 422 && opts.create === true) {
            try {
                return await createBranch(client, branch, sha);
            }
            catch (createError) {
                if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(createError) === 422)
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


/***/ }),

/***/ 7443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ harmless),
/* harmony export */   S: () => (/* binding */ lookFirst)
/* harmony export */ });
/* unused harmony export outcomeUnknown */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9959);
/**
 * The one way ship-prod writes to GitHub. Every write is declared once, where it is made, as one
 * of two kinds, and goes out through here, one at a time:
 *
 * - harmless: sending it twice leaves GitHub as sending it once. Git blobs, trees, commits and
 *   tag objects (content-addressed: a repeat makes at most an unreferenced object) and a PATCH to
 *   a state (a ref to a SHA, a release to published). plugin-retry may re-send these after a 5xx
 *   or a reset connection, as it would any request.
 * - look-first: a repeat would make a second thing (a ref, a release, a deployment, a deployment
 *   status, a workflow run) or act twice (a cancel). It is sent with plugin-retry switched off for
 *   it (`retries: 0`). When its answer is lost (a 5xx, a reset connection, no answer), GitHub
 *   may or may not have applied it, so the write's `look` reads what is there: what it finds is
 *   used as the answer; only when it finds nothing is the write sent again, after the back-off
 *   plugin-retry would have waited. A definite answer (2xx, 4xx) is never second-guessed.
 *
 * Rate-limit answers (403/429 secondary limits, the primary limit) mean GitHub did not apply the
 * write; plugin-throttling waits as told and sends it again, for both kinds.
 *
 * Writes wait for each other in the client's WriteLine, so `send` makes exactly one write and
 * `look` only reads (a write inside either would wait for itself). The line has two lanes: the
 * main one, and a side lane for a chain that does not depend on it (the branch's fast-forward or
 * merge-back pull request, beside the draft release and the deployment: inSideLane), so at most
 * two writes are in flight. One write may go beside both (`beside`): the release of an
 * environment's lock, sent with a ship's last write so that it adds no round trip; it creates
 * nothing and notifies no one. All draw from the write bucket (pacing.ts).
 */



/** A lost answer: the write may have been applied. Anything else is GitHub's word on it. */
function outcomeUnknown(error) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error);
    return status === 0 || status >= 500;
}
/** A write that may be repeated as it is. */
function harmless(client, send) {
    return client.writes.run(() => send({ shipWrite: 'harmless' }));
}
/**
 * A write that must look before it is repeated. `look` answers what the write would have
 * answered when GitHub has applied it, or undefined when it has not.
 */
function lookFirst(client, what, send, look, opts = {}) {
    const write = async () => {
        let lastError;
        for (let attempt = 0; attempt <= _pacing_js__WEBPACK_IMPORTED_MODULE_2__/* .RETRIES */ .Zs; attempt++) {
            if (attempt > 0) {
                // Wait as plugin-retry would (GitHub's lists may lag a write), then look.
                await sleep((0,_pacing_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffMs */ .jo)(attempt, client.timeScale));
                const found = await look();
                if (found !== undefined) {
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${what}: the answer was lost, but GitHub had applied it; using what it made`);
                    return found;
                }
            }
            try {
                return await send({ shipWrite: 'look-first', retries: 0 });
            }
            catch (error) {
                if (!outcomeUnknown(error))
                    throw error;
                lastError = error;
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${what}: no answer (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error) || 'connection'}: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.messageOf)(error)}); looking before sending it again`);
            }
        }
        const found = await look();
        if (found !== undefined)
            return found;
        throw lastError;
    };
    return opts.beside ? write() : client.writes.run(write);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 2044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cx: () => (/* reexport */ files/* bumpPackageLock */.cx),
  Hp: () => (/* binding */ changelogOutline),
  s9: () => (/* binding */ parseUnreleased),
  fb: () => (/* reexport */ files/* readVersionFile */.fb),
  y0: () => (/* binding */ releaseChangelog),
  I3: () => (/* reexport */ unclosedFences),
  ON: () => (/* reexport */ files/* writeVersionFile */.ON)
});

// UNUSED EXPORTS: bumpPackageJson

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/version/changelog-links.ts
/**
 * The link definitions at the end of a Keep a Changelog file (`[unreleased]: <base>/compare/v1.1.0...HEAD`,
 * `[1.1.0]: <base>/releases/tag/v1.1.0`): on a release the Unreleased link moves to compare from the
 * new tag, and a link for the new version is added below it, in the style the file uses (angle
 * brackets kept). Pure: link definitions in, text edits out.
 *
 * The base URL of a link is everything before the route GitHub (or GitLab, `.../-/compare/...`)
 * puts after a repository, found from the right, so a repository or group whose name is itself
 * `tree`, `releases`, `tags`, `commit(s)` or `compare` keeps its name in the base:
 * `https://github.com/acme/tree/compare/v1...HEAD` has the base `https://github.com/acme/tree`.
 */

/** The link definition on a line of text (`[label]: url`, up to 3 spaces of indent), or null. */
function linkDefOn(text, lineStart, lineEnd, index) {
    const m = /^ {0,3}\[([^\]]+)\]:[ \t]*(<[^>]*>|\S+)/.exec(text.slice(lineStart, lineEnd));
    if (!m)
        return null;
    const urlStart = lineStart + m[0].length - m[2].length;
    return { index, label: m[1], url: m[2], urlStart, urlEnd: urlStart + m[2].length, lineStart, lineEnd };
}
function unangled(url) {
    const m = /^<(.*)>$/.exec(url);
    return m ? { url: m[1], angled: true } : { url, angled: false };
}
/** `<base>/compare/<from>...<to>`, the last `/compare/` whose rest holds `...`. */
function compareParts(url) {
    for (let at = url.lastIndexOf('/compare/'); at > 0; at = url.lastIndexOf('/compare/', at - 1)) {
        const rest = url.slice(at + '/compare/'.length);
        const dots = rest.indexOf('...');
        if (dots > 0 && dots + 3 < rest.length)
            return { base: url.slice(0, at), from: rest.slice(0, dots), to: rest.slice(dots + 3) };
    }
    return null;
}
/** The repository's base URL of a changelog link, or null when the link has no known route. */
function linkBase(written) {
    const { url } = unangled(written);
    const compare = compareParts(url);
    if (compare)
        return compare.base;
    const releaseTag = url.lastIndexOf('/releases/tag/');
    if (releaseTag > 0 && releaseTag + '/releases/tag/'.length < url.length)
        return url.slice(0, releaseTag);
    const releases = /^(.+)\/releases\/?$/.exec(url);
    if (releases)
        return releases[1];
    let best = -1;
    for (const route of ['/tree/', '/commits/', '/commit/', '/tags/', '/tag/']) {
        const at = url.lastIndexOf(route);
        if (at > 0 && at + route.length < url.length)
            best = Math.max(best, at);
    }
    return best > 0 ? url.slice(0, best) : null;
}
/**
 * The edits that move the Unreleased link and add the new version's link; none when the file has
 * no such links. An existing definition for the new version is kept as it is (not added twice),
 * and the Unreleased link moves all the same.
 */
function releaseLinkEdits(links, opts) {
    const unreleasedLink = links.find((l) => /^unreleased$/i.test(l.label.trim()));
    const versionLinks = links.filter((l) => /^[vV]?\d/.test(l.label.trim()) && semver_default().valid(l.label.trim().replace(/^[vV]/, '')));
    if (!unreleasedLink && versionLinks.length === 0)
        return [];
    const hasOwnLink = links.some((l) => l.label.trim().toLowerCase() === opts.label.toLowerCase());
    const sample = unreleasedLink ?? versionLinks[0];
    const angled = unangled(sample.url).angled;
    const wrap = (url) => (angled ? `<${url}>` : url);
    const base = linkBase(sample.url) ?? opts.repoUrl.replace(/\/+$/, '');
    const compare = unreleasedLink ? compareParts(unangled(unreleasedLink.url).url) : null;
    const from = opts.previousTag ?? compare?.from ?? null;
    const line = `[${opts.label}]: ${wrap(from ? `${base}/compare/${from}...${opts.tag}` : `${base}/releases/tag/${opts.tag}`)}`;
    const edits = [];
    if (unreleasedLink) {
        // The Unreleased link now compares from the new tag (to the same head, HEAD by default).
        const unreleasedBase = compare ? compare.base : linkBase(unreleasedLink.url);
        if (unreleasedBase !== null) {
            const moved = `${unreleasedBase}/compare/${opts.tag}...${compare ? compare.to : 'HEAD'}`;
            const own = unangled(unreleasedLink.url).angled;
            edits.push({ at: unreleasedLink.urlStart, remove: unreleasedLink.urlEnd - unreleasedLink.urlStart, insert: own ? `<${moved}>` : moved });
        }
        if (!hasOwnLink)
            edits.push({ at: unreleasedLink.lineEnd, remove: 0, insert: `${opts.eol}${line}` });
    }
    else if (!hasOwnLink) {
        edits.push({ at: versionLinks[0].lineStart, remove: 0, insert: `${line}${opts.eol}` });
    }
    return edits;
}

;// CONCATENATED MODULE: ./src/version/changelog-lines.ts
/**
 * A changelog's lines, with fenced code blocks marked (a heading or a link definition inside a
 * fence is text), and the Markdown headings among them. Pure.
 */
/**
 * The lines with their fences. A fence left open to the end of the file is not taken as a fence
 * (its opening line is then plain text), so a stray ``` cannot swallow the older sections and the
 * link lines: the section still ends at the next version heading (unclosedFences says where).
 */
function scanLines(text) {
    const ignored = new Set();
    for (;;) {
        const { lines, openAt } = scanOnce(text, ignored);
        if (openAt === undefined)
            return lines;
        ignored.add(openAt);
    }
}
/** 1-based lines of fences opened and never closed (ignored as fences by the changelog reader). */
function unclosedFences(text) {
    const ignored = new Set();
    for (;;) {
        const { openAt } = scanOnce(text, ignored);
        if (openAt === undefined)
            return [...ignored].map((i) => i + 1);
        ignored.add(openAt);
    }
}
function scanOnce(text, ignored) {
    const lines = [];
    let fence = null;
    let openAt;
    // A byte order mark is not part of the first line (a heading may follow it).
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < text.length) {
        const nl = text.indexOf('\n', pos);
        const next = nl === -1 ? text.length : nl + 1;
        let end = nl === -1 ? text.length : nl;
        if (nl !== -1 && end > pos && text[end - 1] === '\r')
            end--;
        const content = text.slice(pos, end);
        const marker = ignored.has(lines.length) ? null : /^ {0,3}(`{3,}|~{3,})/.exec(content);
        let fenced = fence !== null;
        if (marker) {
            if (fence === null) {
                fence = marker[1];
                openAt = lines.length;
                fenced = true;
            }
            else if (marker[1][0] === fence[0] && marker[1].length >= fence.length && content.trim() === marker[1]) {
                fence = null;
                fenced = true;
            }
        }
        lines.push({ start: pos, end, next, text: content, fenced });
        pos = next;
    }
    return fence === null ? { lines } : { lines, openAt };
}
function headingOf(line) {
    if (line.fenced)
        return null;
    const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line.text);
    return m ? { level: m[1].length, title: (m[2] ?? '').trim() } : null;
}

// EXTERNAL MODULE: ./src/version/files.ts
var files = __webpack_require__(19);
;// CONCATENATED MODULE: ./src/version/changelog.ts
/**
 * The changelog (Keep a Changelog 1.1.0, https://keepachangelog.com/en/1.1.0/): read the
 * Unreleased section, and turn it into the new version's section. Pure: text in, text out.
 *
 * The rewrite is an insertion, not a re-render: everything the release does not have to change
 * (other sections, wording, spacing, CRLF line endings, a missing final newline) stays byte for
 * byte. What changes:
 * - a version heading `## [1.2.0] - 2024-05-01` is inserted right under the Unreleased heading,
 *   so the Unreleased body becomes the new version's body and an empty Unreleased stays on top;
 * - when the file has link definitions (`[unreleased]: .../compare/v1.1.0...HEAD`), the
 *   Unreleased link is moved to compare from the new tag, and a link for the new version is added
 *   below it in the same style (labels keep the case found in the file).
 * Version headings copy the style of the newest existing one (brackets, `v`, date separator).
 */





const KEEP_A_CHANGELOG_HEADER = [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).'
];
const UNRELEASED_TITLE = /^(\[)?\s*unreleased\s*(\])?(?:\s*(?:\(.*\)|[-–—:].*))?$/i;
const VERSION_TITLE = /^(\[)?([vV])?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(\])?(\([^)]*\))?(.*)$/;
function linkDefOf(text, line, index) {
    return line.fenced ? null : linkDefOn(text, line.start, line.end, index);
}
function analyze(text) {
    const lines = scanLines(text);
    const eol = /\r\n/.test(text.slice(0, (text.indexOf('\n') + 1) || text.length)) ? '\r\n' : '\n';
    const headings = [];
    const links = [];
    lines.forEach((line, index) => {
        const h = headingOf(line);
        if (h && h.level <= 2)
            headings.push({ index, ...h });
        const link = linkDefOf(text, line, index);
        if (link)
            links.push(link);
    });
    const lastHeading = headings.length ? headings[headings.length - 1].index : -1;
    let linkBlockStart = lines.length;
    for (let i = lines.length - 1; i > lastHeading; i--) {
        if (lines[i].text.trim() === '')
            continue;
        if (linkDefOf(text, lines[i], i))
            linkBlockStart = i;
        else
            break;
    }
    const bodyEnd = (k) => (k + 1 < headings.length ? headings[k + 1].index : linkBlockStart);
    let unreleased = null;
    const versions = [];
    headings.forEach((h, k) => {
        if (h.level !== 2)
            return;
        const u = UNRELEASED_TITLE.exec(h.title);
        if (u && Boolean(u[1]) === Boolean(u[2])) {
            unreleased ??= { index: h.index, bracketed: Boolean(u[1]), bodyEnd: bodyEnd(k) };
            return;
        }
        const v = VERSION_TITLE.exec(h.title);
        if (v && Boolean(v[1]) === Boolean(v[4]) && semver_default().valid(v[3])) {
            versions.push({
                index: h.index,
                version: v[3],
                bracketed: Boolean(v[1]),
                vPrefix: Boolean(v[2]),
                rest: v[6],
                bodyEnd: bodyEnd(k)
            });
        }
    });
    return { lines, eol, unreleased, versions, links, linkBlockStart };
}
/** Removes HTML comments (which may span lines) but keeps the line structure. */
function withoutComments(bodyLines) {
    return bodyLines
        .join('\n')
        .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''))
        .split('\n');
}
function bodyLinesOf(a, from, to) {
    return a.lines.slice(from, to).map((l) => l.text);
}
/** The notes text of a section body (see ReleasedChangelog.section). */
function sectionText(bodyLines) {
    const scanned = scanLines(withoutComments(bodyLines).join('\n'));
    const lines = scanned.map((l) => l.text.replace(/[ \t]+$/, ''));
    const level = (i) => {
        const h = headingOf(scanned[i]);
        return h ? h.level : 0;
    };
    const keep = lines.map(() => true);
    for (let i = 0; i < lines.length; i++) {
        const own = level(i);
        if (own === 0)
            continue;
        let hasContent = false;
        for (let j = i + 1; j < lines.length; j++) {
            const l = level(j);
            if (l !== 0 && l <= own)
                break;
            if (l === 0 && lines[j].trim() !== '') {
                hasContent = true;
                break;
            }
        }
        keep[i] = hasContent;
    }
    const out = [];
    lines.forEach((line, i) => {
        if (!keep[i])
            return;
        if (line.trim() === '' && (out.length === 0 || out[out.length - 1] === ''))
            return;
        out.push(line.trim() === '' ? '' : line);
    });
    while (out.length && out[out.length - 1] === '')
        out.pop();
    return out.join('\n');
}
const BREAKING_ENTRY = [
    /^[*_\s]*breaking(?:[ -]changes?)?[*_]*\s*[:!—–-]/i,
    /^[*_]*[[(]breaking(?:[ -]changes?)?[\])]/i
];
function parseBody(bodyLines) {
    const lines = withoutComments(bodyLines);
    const scanned = scanLines(lines.join('\n'));
    const headings = {};
    let current = '';
    const state = { entry: null, list: null };
    let prevBlank = true;
    const flush = () => {
        if (state.entry && state.list)
            state.list.push(state.entry.join('\n'));
        state.entry = null;
    };
    const start = (heading, first) => {
        flush();
        state.list = headings[heading] ??= [];
        state.entry = [first];
    };
    for (const line of scanned) {
        const h = headingOf(line);
        if (h && h.level >= 3) {
            flush();
            if (h.level === 3) {
                current = h.title;
                headings[current] ??= [];
            }
            prevBlank = true;
            continue;
        }
        if (line.text.trim() === '') {
            prevBlank = true;
            if (state.entry && line.fenced)
                state.entry.push('');
            continue;
        }
        const bullet = /^( *)(?:[-*+]|\d+[.)])[ \t]+(.*)$/.exec(line.text);
        const indent = /^ */.exec(line.text)?.[0].length ?? 0;
        if (bullet && !line.fenced && bullet[1].length < 2)
            start(current, bullet[2].trim());
        else if (state.entry && (indent > 0 || !prevBlank || line.fenced))
            state.entry.push(line.text.trim());
        else
            start(current, line.text.trim());
        prevBlank = false;
    }
    flush();
    const breaking = Object.entries(headings).some(([title, list]) => (list.length > 0 && /breaking/i.test(title)) || list.some((e) => BREAKING_ENTRY.some((re) => re.test(e))));
    return { headings, breaking };
}
/** The Unreleased section (`## [Unreleased]` or `## Unreleased`), or null when there is none. */
function parseUnreleased(text) {
    const a = analyze(text);
    if (!a.unreleased)
        return null;
    const from = a.unreleased.index + 1;
    const to = a.unreleased.bodyEnd;
    const raw = from < to ? text.slice(a.lines[from].start, a.lines[to - 1].next) : '';
    return { ...parseBody(bodyLinesOf(a, from, to)), raw };
}
function versionHeadingText(a, version, date) {
    const model = a.versions[0];
    const bracketed = model ? model.bracketed : a.unreleased ? a.unreleased.bracketed : true;
    const label = `${model?.vPrefix ? 'v' : ''}${version}`;
    let dated = ` - ${date}`;
    if (model) {
        const dash = /^(\s*[-–—]\s*)\d{4}-\d{2}-\d{2}/.exec(model.rest);
        const paren = /^(\s*)\(\d{4}-\d{2}-\d{2}\)/.exec(model.rest);
        if (dash)
            dated = `${dash[1]}${date}`;
        else if (paren)
            dated = `${paren[1]}(${date})`;
    }
    return { heading: `## ${bracketed ? `[${label}]` : label}${dated}`, label };
}
function newFile(opts, tag) {
    const repo = opts.repoUrl.replace(/\/+$/, '');
    const lines = [...KEEP_A_CHANGELOG_HEADER, '', '## [Unreleased]', '', `## [${opts.version}] - ${opts.date}`];
    if (repo !== '') {
        lines.push('', `[unreleased]: ${repo}/compare/${tag}...HEAD`, opts.previousTag
            ? `[${opts.version}]: ${repo}/compare/${opts.previousTag}...${tag}`
            : `[${opts.version}]: ${repo}/releases/tag/${tag}`);
    }
    return { text: `${lines.join('\n')}\n`, section: '', created: true };
}
/**
 * Turns the Unreleased section into the section of `opts.version` (see the file comment).
 * - `text` null (no file): a new Keep a Changelog file with the header, an empty Unreleased
 *   section, an empty section for the version and, given a repoUrl, the links.
 * - no Unreleased section: an empty section for the version is inserted above the newest
 *   version section (or at the end of the text); no Unreleased section is added.
 * - a section for the version already exists (a re-run): the text is returned unchanged, with
 *   that section's notes.
 */
function releaseChangelog(text, opts) {
    if (!semver_default().valid(opts.version) || /^[vV=]/.test(opts.version)) {
        throw new Error(`changelog: ${JSON.stringify(opts.version)} is not a semantic version`);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new Error(`changelog: date ${JSON.stringify(opts.date)} is not YYYY-MM-DD`);
    const tag = `${opts.tagPrefix}${opts.version}`;
    if (text === null)
        return newFile(opts, tag);
    if (text.trim() === '')
        return { ...newFile(opts, tag), created: false };
    const a = analyze(text);
    const existing = a.versions.find((v) => v.version === opts.version);
    if (existing) {
        return { text, section: sectionText(bodyLinesOf(a, existing.index + 1, existing.bodyEnd)), created: false };
    }
    const edits = [];
    const { heading, label } = versionHeadingText(a, opts.version, opts.date);
    const eol = a.eol;
    let section = '';
    if (a.unreleased) {
        const u = a.lines[a.unreleased.index];
        edits.push({ at: u.end, remove: 0, insert: `${eol}${eol}${heading}` });
        section = sectionText(bodyLinesOf(a, a.unreleased.index + 1, a.unreleased.bodyEnd));
    }
    else if (a.versions.length > 0) {
        edits.push({ at: a.lines[a.versions[0].index].start, remove: 0, insert: `${heading}${eol}${eol}` });
    }
    else if (a.linkBlockStart < a.lines.length) {
        edits.push({ at: a.lines[a.linkBlockStart].start, remove: 0, insert: `${heading}${eol}${eol}` });
    }
    else {
        const endsWithNewline = /\n$/.test(text);
        edits.push({ at: text.length, remove: 0, insert: endsWithNewline ? `${eol}${heading}${eol}` : `${eol}${eol}${heading}` });
    }
    // Links: only when the file already uses them.
    edits.push(...releaseLinkEdits(a.links, { label, tag, previousTag: opts.previousTag, repoUrl: opts.repoUrl, eol }));
    // Apply from the end; at equal offsets the later edit goes first so the earlier one ends up in front.
    let out = text;
    const order = edits.map((e, i) => ({ ...e, i })).sort((x, y) => y.at - x.at || y.i - x.i);
    for (const e of order)
        out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
    return { text: out, section, created: false };
}
function changelogOutline(text) {
    const a = analyze(text);
    const at = (index) => (index < a.lines.length ? a.lines[index].start : text.length);
    return {
        eol: a.eol,
        unreleased: a.unreleased ? { bodyStart: a.lines[a.unreleased.index].next, bodyEnd: at(a.unreleased.bodyEnd) } : null,
        versions: a.versions.map((v) => ({ version: v.version, start: a.lines[v.index].start, end: at(v.bodyEnd) })),
        links: a.links
    };
}


/***/ }),

/***/ 6427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ tagNameVerdict),
/* harmony export */   d1: () => (/* binding */ versionFileCheck),
/* harmony export */   gz: () => (/* binding */ explicitVersionVerdict)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_ref_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(459);
/* harmony import */ var _changelog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2044);
/**
 * What the version stage can refuse before anything is written (status `blocked`, as a failed
 * gate that names the input): a version file that is missing or holds no version, a tag name git
 * would refuse, an explicit version below the current one. Pure: text in, verdicts out. Each
 * verdict is named after the input to fix; `where` carries the file and line when there is one.
 * Reusable for any list of version files: call versionFileCheck once per file.
 */



/**
 * Reads a version file's version. `required`: a missing file blocks (a typo in the input would
 * otherwise ship without the file ever being bumped); otherwise a missing file is allowed.
 */
function versionFileCheck(input, file, text, required) {
    const base = { name: input, expected: `${file} holds the current version`, where: file, passed: false };
    if (text === null) {
        if (!required)
            return { version: null };
        return {
            version: null,
            verdict: {
                ...base,
                found: 'no such file',
                reason: `Input '${input}': ${file} does not exist at the shipped commit; expected the path of the file that holds the version (e.g. package.json, VERSION)`
            }
        };
    }
    try {
        return { version: (0,_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .readVersionFile */ .fb)(file, text) };
    }
    catch (error) {
        const message = error.message;
        const line = /^.*? line (\d+)(?:, column (\d+))?:/.exec(message);
        return {
            version: null,
            verdict: { ...base, found: 'no version', where: line ? `${file}:${line[1]}${line[2] ? `:${line[2]}` : ''}` : file, reason: `Input '${input}': ${message}` }
        };
    }
}
/**
 * A tag git would refuse (`git check-ref-format refs/tags/<tag>`), or one that names a full ref.
 * `input`: what to fix, `version` when it was given explicitly (`1.0.0-x.lock`), else `tag-prefix`.
 */
function tagNameVerdict(tag, tagPrefix, input = 'tag-prefix') {
    const problem = tag.startsWith('refs/')
        ? "it starts with 'refs/': the tag would be refs/tags/refs/…; tag-prefix is the start of the tag's own name"
        : tag.startsWith('-')
            ? "it starts with '-', which git reads as an option"
            : (0,_config_ref_name_js__WEBPACK_IMPORTED_MODULE_1__/* .refNameProblem */ .C)(tag);
    if (!problem)
        return undefined;
    return {
        name: input,
        expected: 'a tag name git accepts',
        found: tag,
        where: `tag-prefix ${JSON.stringify(tagPrefix)}`,
        passed: false,
        reason: `Input '${input}': the tag ${JSON.stringify(tag)} is not a valid tag name (${problem}); expected ${input === 'version' ? 'a version whose tag git accepts, e.g. 1.5.0 or 2.0.0-rc.1' : "e.g. v, release/ or '' for none"}`
    };
}
/** An explicit version below the current one (equal is a re-run: the tag is reused). */
function explicitVersionVerdict(version, current, versionFile) {
    if (!version || !semver__WEBPACK_IMPORTED_MODULE_0___default().valid(current) || semver__WEBPACK_IMPORTED_MODULE_0___default().gte(version, current))
        return undefined;
    return {
        name: 'version',
        expected: `a version above the current ${current}`,
        found: version,
        where: `current version from ${versionFile} or the tags`,
        passed: false,
        reason: `Input 'version': ${version} is lower than the current version ${current}; a release must move forward: expected a version above ${current}`
    };
}


/***/ }),

/***/ 19:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ writeVersionFile),
/* harmony export */   cx: () => (/* binding */ bumpPackageLock),
/* harmony export */   fb: () => (/* binding */ readVersionFile),
/* harmony export */   iS: () => (/* binding */ isStrictSemver)
/* harmony export */ });
/* unused harmony export bumpPackageJson */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _toml_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5363);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Version files: read the current version, write the new one. Pure text in, text out: the file is
 * edited where the version sits, never re-serialized, so indentation, key order, CRLF line endings
 * and the presence or absence of a final newline are kept. Every error names the file and line.
 *
 * Formats:
 * - `*.json` (package.json and friends): the top-level `"version"` string.
 * - `Cargo.toml`, `pyproject.toml`: the `[package]` / `[workspace.package]`, or `[project]` /
 *   `[tool.poetry]` `version` (toml-version.ts), edited in place.
 * - anything else (VERSION, version.txt): a plain text file holding one version on one line;
 *   blank lines and `#` comment lines are allowed around it, and a leading `v` is accepted
 *   (and kept on write).
 */



/** Strict semantic version (no leading `v` or `=`, no surrounding space); build metadata allowed. */
function isStrictSemver(value) {
    return /^\d/.test(value) && !/\s/.test(value) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(value) !== null && semver__WEBPACK_IMPORTED_MODULE_0___default().parse(value)?.raw === value;
}
function requireVersion(version) {
    if (!isStrictSemver(version))
        throw new Error(`new version ${JSON.stringify(version)} is not a semantic version`);
}
/** 1-based line and column of an offset. */
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
function lineOf(text, offset) {
    return lineAndColumn(text, offset).line;
}
/** Strict JSON (no comments, no trailing commas), as npm writes it; errors name line and column. */
function parseOrExplain(file, text) {
    const errors = [];
    // A byte order mark becomes a space of the same length, so offsets still point into `text`.
    const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.parseTree)(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first || !root) {
        const at = lineAndColumn(text, first?.offset ?? 0);
        // PropertyNameExpected -> "property name expected"
        const what = first ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.printParseErrorCode)(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty file';
        throw new Error(`${file} line ${at.line}, column ${at.column}: not valid JSON (${what})`);
    }
    return root;
}
/** A member's value node of an object node (keys compared exactly). */
function memberOf(owner, key) {
    return owner.type === 'object' ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.findNodeAtLocation)(owner, [key]) : undefined;
}
/** The string node of `owner.version`, checked to hold a semantic version. */
function versionNode(file, text, owner, where) {
    const members = (owner.children ?? []).filter((p) => p.children?.[0]?.value === 'version');
    if (members.length > 1) {
        const lines = members.map((p) => lineOf(text, p.offset));
        throw new Error(`${file} line ${lines[1]}: "version" appears twice in ${where} (lines ${lines.join(' and ')}); JSON.parse and npm read the last one: keep one`);
    }
    const node = memberOf(owner, 'version');
    if (!node)
        throw new Error(`${file} line ${lineOf(text, owner.offset)}: no "version" field in ${where}`);
    if (node.type !== 'string') {
        throw new Error(`${file} line ${lineOf(text, node.offset)}: "version" in ${where} is ${text.slice(node.offset, Math.min(node.offset + node.length, node.offset + 40))}, not a string`);
    }
    const value = node.value;
    if (!isStrictSemver(value)) {
        throw new Error(`${file} line ${lineOf(text, node.offset)}: "version" in ${where} is ${JSON.stringify(value)}, not a semantic version (e.g. 1.4.2)`);
    }
    return { start: node.offset, end: node.offset + node.length, value };
}
function rootObject(file, text) {
    const root = parseOrExplain(file, text);
    if (root.type !== 'object')
        throw new Error(`${file} line ${lineOf(text, root.offset)}: expected a JSON object at the top level`);
    return root;
}
function replaceRanges(text, ranges, replacement) {
    let out = text;
    for (const r of [...ranges].sort((a, b) => b.start - a.start))
        out = out.slice(0, r.start) + replacement + out.slice(r.end);
    return out;
}
/** package.json (or any JSON file): sets the top-level `version`. */
function bumpPackageJson(text, version, file = 'package.json') {
    requireVersion(version);
    const root = rootObject(file, text);
    const node = versionNode(file, text, root, 'the top-level object');
    return replaceRanges(text, [node], JSON.stringify(version));
}
/**
 * package-lock.json: sets the top-level `version` and, when the lock has a `packages` map
 * (lockfileVersion 2 and 3), `packages[""].version`. Both must be present where expected: a lock
 * without them is out of step with package.json, and a release commit should not paper over that.
 */
function bumpPackageLock(text, version, file = 'package-lock.json') {
    requireVersion(version);
    const root = rootObject(file, text);
    const targets = [versionNode(file, text, root, 'the top-level object')];
    const packages = memberOf(root, 'packages');
    const self = packages ? memberOf(packages, '') : undefined;
    if (self)
        targets.push(versionNode(file, text, self, 'packages[""]'));
    return replaceRanges(text, targets, JSON.stringify(version));
}
function findPlainVersion(path, text) {
    let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let found;
    const lines = text.slice(offset).split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const lineStart = offset;
        offset += line.length + 1;
        const content = line.replace(/\r$/, '');
        const trimmed = content.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        if (found) {
            throw new Error(`${path} line ${i + 1}: unexpected second line ${JSON.stringify(trimmed)}; a version file holds only the version`);
        }
        const bare = trimmed.startsWith('v') || trimmed.startsWith('V') ? trimmed.slice(1) : trimmed;
        if (!isStrictSemver(bare)) {
            throw new Error(`${path} line ${i + 1}: ${JSON.stringify(trimmed)} is not a semantic version (e.g. 1.4.2)`);
        }
        const start = lineStart + content.indexOf(trimmed) + (trimmed.length - bare.length);
        found = { line: i + 1, start, end: start + bare.length, version: bare };
    }
    if (!found)
        throw new Error(`${path} line 1: no version found; expected a line such as 1.4.2`);
    return found;
}
function isJsonPath(path) {
    return /\.json$/i.test(path);
}
/** The version of a Cargo.toml or pyproject.toml, checked to be a semantic version (undefined for other files). */
function tomlVersion(path, text) {
    const tables = (0,_toml_version_js__WEBPACK_IMPORTED_MODULE_1__/* .tomlTablesFor */ .r)(path);
    if (!tables)
        return undefined;
    const spot = (0,_toml_version_js__WEBPACK_IMPORTED_MODULE_1__/* .findTomlVersion */ .Y)(path, text, tables);
    if ('problem' in spot)
        throw new Error(spot.problem);
    if (!isStrictSemver(spot.version))
        throw new Error(`${path} line ${spot.line}: version ${JSON.stringify(spot.version)} is not a semantic version (e.g. 1.4.2)`);
    return spot;
}
/** The current version held by a version file (see the formats above). */
function readVersionFile(path, text) {
    const toml = tomlVersion(path, text);
    if (toml)
        return toml.version;
    if (isJsonPath(path)) {
        const root = rootObject(path, text);
        return versionNode(path, text, root, 'the top-level object').value;
    }
    return findPlainVersion(path, text).version;
}
/** The version file's text with `version` in place of the current one. */
function writeVersionFile(path, text, version) {
    requireVersion(version);
    if (/(^|[\\/])package-lock\.json$/i.test(path))
        return bumpPackageLock(text, version, path);
    if (isJsonPath(path))
        return bumpPackageJson(text, version, path);
    return replaceRanges(text, [tomlVersion(path, text) ?? findPlainVersion(path, text)], version);
}


/***/ }),

/***/ 5363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ findTomlVersion),
/* harmony export */   r: () => (/* reexport safe */ _version_files_input_js__WEBPACK_IMPORTED_MODULE_1__.r)
/* harmony export */ });
/* harmony import */ var toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5614);
/* harmony import */ var _version_files_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6160);
/**
 * The version of a Cargo.toml or pyproject.toml, found by a TOML 1.0 parser that gives positions
 * (toml-eslint-parser) and edited in place: nothing re-serialises the file, so comments, order,
 * quoting and line endings stay byte for byte, and only the characters of the version change.
 *
 * Every way TOML can define `<table>.version` is read as a parser reads it: a `[package]` header
 * (`[ workspace . "package" ]` too), dotted keys (`package.version = "1.4.0"`, or `poetry.version`
 * under `[tool]`), inline tables (`package = { version = "1.4.0" }`). Text inside a string (a
 * multi-line string holding `[package]`, a comment holding `"""`) is never taken for a table or a
 * key. A file that is not valid TOML is refused with the parser's line and column. The version
 * must be a one-line string written without escapes, so that editing its characters is editing
 * the value.
 */

const keyName = (k) => (k.type === 'TOMLBare' ? k.name : k.value);
/** A path as a map key (a quoted `"a.b"` key is not `a.b`). */
const dotted = (path) => JSON.stringify(path);
/** Every key-value of the document with its full path (array tables and arrays left out). */
function collect(ast) {
    const entries = [];
    const tables = new Map();
    const table = (path, line) => {
        for (let n = 1; n <= path.length; n++)
            if (!tables.has(dotted(path.slice(0, n))))
                tables.set(dotted(path.slice(0, n)), line);
    };
    const keyValues = (prefix, body) => {
        for (const kv of body) {
            const path = [...prefix, ...kv.key.keys.map(keyName)];
            if (path.length > 1)
                table(path.slice(0, -1), kv.loc.start.line);
            entries.push({ path, value: kv.value });
            if (kv.value.type === 'TOMLInlineTable') {
                table(path, kv.loc.start.line);
                keyValues(path, kv.value.body);
            }
        }
    };
    for (const node of ast.body[0].body) {
        if (node.type === 'TOMLKeyValue')
            keyValues([], [node]);
        else if (node.kind === 'standard') {
            const path = node.resolvedKey.map(String);
            table(path, node.loc.start.line);
            keyValues(path, node.body);
        }
    }
    return { entries, tables };
}
/** The parsed document, or why the file is not TOML (file, line and column). */
function parse(file, text) {
    // A byte order mark becomes a space of the same length, so offsets still point into `text`.
    const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
    try {
        return collect((0,toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseTOML */ .MD)(source, { tomlVersion: '1.0.0' }));
    }
    catch (error) {
        const e = error;
        const at = e.lineNumber ? ` line ${e.lineNumber}, column ${(e.column ?? 0) + 1}` : '';
        return { problem: `${file}${at}: not valid TOML (${e.message})` };
    }
}
const isTrue = (v) => v?.type === 'TOMLValue' && v.kind === 'boolean' && v.value === true;
/** Why the version is defined elsewhere (Cargo's workspace inheritance, pyproject's dynamic), or undefined. */
function inherited(entries, table) {
    const at = (path) => entries.find((e) => dotted(e.path) === dotted(path));
    const workspace = at([...table, 'version', 'workspace']);
    if (isTrue(workspace?.value))
        return `version.workspace = true (line ${workspace.value.loc.start.line})`;
    const dynamic = at([...table, 'dynamic']);
    if (dynamic?.value.type === 'TOMLArray' && dynamic.value.elements.some((v) => v.type === 'TOMLValue' && v.kind === 'string' && v.value === 'version')) {
        return `dynamic = ["version"] (line ${dynamic.value.loc.start.line})`;
    }
    return undefined;
}
/** The spot of a version value, or why it cannot be edited in place. */
function spotOf(file, text, value) {
    const line = value.loc.start.line;
    const expected = 'expected a one-line string such as "1.4.0"';
    if (value.type !== 'TOMLValue' || value.kind !== 'string')
        return { problem: `${file} line ${line}: version is not a string; ${expected}` };
    if (value.multiline)
        return { problem: `${file} line ${line}: version is a multi-line string; ${expected}` };
    const start = value.range[0] + 1;
    const end = value.range[1] - 1;
    if (text.slice(start, end) !== value.value)
        return { problem: `${file} line ${line}: version is written with escapes; write it plainly, e.g. "1.4.0"` };
    return { start, end, version: value.value, line };
}
/**
 * The version of the first of `tables` that holds one literally, or why none does. `file` names
 * the file in the reason.
 */
function findTomlVersion(file, text, tables) {
    const parsed = parse(file, text);
    if ('problem' in parsed)
        return parsed;
    const seen = [];
    for (const table of tables) {
        const path = table.split('.');
        const headerLine = parsed.tables.get(dotted(path));
        if (headerLine === undefined) {
            seen.push(`no [${table}] table`);
            continue;
        }
        const elsewhere = inherited(parsed.entries, path);
        if (elsewhere) {
            seen.push(`[${table}] (line ${headerLine}) takes it from elsewhere: ${elsewhere}`);
            continue;
        }
        const version = parsed.entries.find((e) => dotted(e.path) === dotted([...path, 'version']));
        if (version)
            return spotOf(file, text, version.value);
        seen.push(`[${table}] (line ${headerLine}) has no version key`);
    }
    return { problem: `${file}: no version = "…" found: ${seen.join('; ')}` };
}



/***/ })

};

//# sourceMappingURL=24.index.js.map