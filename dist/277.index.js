export const id = 277;
export const ids = [277];
export const modules = {

/***/ 3113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* unused harmony export workspaceHead */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _workspace_confine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7513);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6584);
/**
 * Files of the shipped commit: from the workspace when it is checked out at that very commit
 * (no request), else through the contents API at the commit.
 */





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The commit the workspace has checked out, or undefined when it is not a git checkout. */
async function workspaceHead(workspace) {
    try {
        const { stdout } = await run('git', ['-C', workspace, 'rev-parse', 'HEAD'], { timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** A reader of the shipped commit's files; null for a file that does not exist. */
async function commitFiles(client, workspace, sha) {
    const head = await workspaceHead(workspace);
    if (head === sha) {
        return {
            source: 'workspace',
            read: async (file) => {
                try {
                    return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_workspace_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confinedPath */ .OR)(workspace, file, file), 'utf8');
                }
                catch (error) {
                    if (error.code === 'ENOENT')
                        return null;
                    throw error;
                }
            }
        };
    }
    return { source: 'api', read: (file) => readFileAt(client, file, sha) };
}
async function readFileAt(client, file, ref) {
    try {
        const { data } = await client.octokit.rest.repos.getContent({ owner: client.owner, repo: client.repo, path: file, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return null;
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_4__.statusOf)(error) === 404)
            return null;
        throw error;
    }
}


/***/ }),

/***/ 3425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   ev: () => (/* binding */ updateReleaseNotes),
/* harmony export */   nv: () => (/* binding */ createDraftRelease),
/* harmony export */   qS: () => (/* binding */ listRecentReleases)
/* harmony export */ });
/* harmony import */ var _writes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7443);

/**
 * The newest 100 releases, drafts included: `GET releases/tags/{tag}` does not see drafts, so a
 * re-run looks for its release in this list (drafts are listed first).
 */
async function listRecentReleases(client) {
    const { data } = await client.octokit.rest.repos.listReleases({ owner: client.owner, repo: client.repo, per_page: 100 });
    return data.map(toExisting);
}
async function createDraftRelease(client, input) {
    // A lost answer may hide a draft GitHub made: the tag's release, drafts included, is looked for.
    return (0,_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .lookFirst */ .S)(client, `creating the ${input.tag} release`, async (request) => {
        const { data } = await client.octokit.rest.repos.createRelease({
            owner: client.owner,
            repo: client.repo,
            tag_name: input.tag,
            name: input.name,
            body: input.body || undefined,
            generate_release_notes: !input.body,
            draft: true,
            prerelease: input.prerelease,
            target_commitish: input.targetSha,
            request
        });
        return toExisting(data);
    }, async () => (await listRecentReleases(client)).find((r) => r.tag_name === input.tag));
}
async function updateReleaseNotes(client, id, input) {
    const { data } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .harmless */ .Is)(client, (request) => client.octokit.rest.repos.updateRelease({ owner: client.owner, repo: client.repo, release_id: id, name: input.name, body: input.body, request }));
    return toExisting(data);
}
/** Publishes a draft; marks it latest unless it is a prerelease (GitHub refuses latest prereleases). */
async function publishRelease(client, id, prerelease) {
    const { data } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .harmless */ .Is)(client, (request) => client.octokit.rest.repos.updateRelease({
        owner: client.owner,
        repo: client.repo,
        release_id: id,
        draft: false,
        make_latest: prerelease ? 'false' : 'true',
        request
    }));
    return toExisting(data);
}
function toExisting(r) {
    return { id: r.id, tag_name: r.tag_name, draft: r.draft, prerelease: r.prerelease, html_url: r.html_url, body: r.body, name: r.name };
}


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VersionReads: () => (/* binding */ VersionReads),
/* harmony export */   likelyPreviousTag: () => (/* binding */ likelyPreviousTag),
/* harmony export */   readAhead: () => (/* binding */ readAhead)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _github_contents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3113);
/* harmony import */ var _github_git_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8932);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3425);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6427);
/**
 * What the version is computed from that GitHub answers: the tags, the newest releases, and the
 * commits since a release tag; and the shipped commit's files. Each read is sent once (the first
 * ask sends it, later asks share its answer), so the pipeline can start them ahead of the stage:
 * beside the lock's writes (readAhead), and use them only when those reads cannot be older than
 * the lock (pipeline.ts: the lock was free at the first try).
 */





class VersionReads {
    env;
    memo = new Map();
    constructor(env) {
        this.env = env;
    }
    once(key, read) {
        let promise = this.memo.get(key);
        if (!promise) {
            promise = read();
            promise.catch(() => undefined); // an answer read ahead and never asked for is not an error
            this.memo.set(key, promise);
        }
        return promise;
    }
    files() {
        return this.once('files', () => (0,_github_contents_js__WEBPACK_IMPORTED_MODULE_1__/* .commitFiles */ .zu)(this.env.client, this.env.context.workspace, this.env.context.sha));
    }
    tagRefs() {
        return this.once('tags', () => (0,_github_git_data_js__WEBPACK_IMPORTED_MODULE_2__/* .listTagRefs */ .t)(this.env.client));
    }
    releases() {
        return this.once('releases', () => (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_3__/* .listRecentReleases */ .qS)(this.env.client));
    }
    /** Commits since the tag (the last 100 for none), and the files they changed. */
    commitsSince(tag) {
        return this.once(`since:${tag ?? ''}`, () => commitsSince(this.env, tag));
    }
    /** commitsSince, null for a tag GitHub does not have. */
    commitsSinceIfTagged(tag) {
        return this.commitsSince(tag).catch((error) => ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(error) === 404 ? null : Promise.reject(error)));
    }
}
/**
 * The tag of the release before this one, as the version file names it (its commits since are
 * read with the tags); null when the ship keeps its version (bump none, or that version given).
 */
function likelyPreviousTag(settings, fileVersion) {
    const keeps = (current) => (settings.version ? settings.version === current : settings.bump === 'none');
    return fileVersion && !keeps(fileVersion) ? `${settings.tagPrefix}${fileVersion}` : null;
}
/** Starts the version stage's reads now (the version file, then the tags, releases and commits since its tag). */
function readAhead(env) {
    const reads = new VersionReads(env);
    const { settings } = env;
    void reads.tagRefs().catch(() => undefined);
    void reads.releases().catch(() => undefined);
    void (async () => {
        const text = await (await reads.files()).read(settings.versionFile);
        const version = (0,_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .versionFileCheck */ .d1)('version-file', settings.versionFile, text, settings.versionFile !== 'package.json').version;
        const tag = likelyPreviousTag(settings, version);
        if (tag)
            await reads.commitsSinceIfTagged(tag);
    })().catch(() => undefined);
    return reads;
}
async function commitsSince(env, previousTag) {
    const { client, context } = env;
    const { owner, repo } = client;
    const shape = (c) => ({ sha: c.sha, message: c.commit.message, date: c.commit.committer?.date });
    if (previousTag) {
        const { data } = await client.octokit.rest.repos.compareCommits({ owner, repo, base: previousTag, head: context.sha, per_page: 100 });
        const files = data.files ?? [];
        const relation = { status: data.status, mergeBaseSha: data.merge_base_commit.sha, tagCommitParents: data.base_commit.parents.map((p) => p.sha) };
        return { commits: data.commits.map(shape), changed: { files: new Map(files.map((f) => [f.filename, f.status])), complete: files.length < 300 }, relation };
    }
    const { data } = await client.octokit.rest.repos.listCommits({ owner, repo, sha: context.sha, per_page: 100 });
    return { commits: data.map(shape) };
}


/***/ }),

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ confinedPath),
/* harmony export */   v$: () => (/* binding */ OutsideWorkspaceError),
/* harmony export */   vt: () => (/* binding */ symlinkTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Workspace confinement: every file the action reads or writes in the workspace (state file,
 * version files, changelog, report file) must stay in it. A path is resolved the way the system
 * will follow it (symlinks on the way, a dangling symlink at the end included); when that leads
 * outside the workspace, the path is refused with the link that leads out.
 */


class OutsideWorkspaceError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutsideWorkspaceError';
    }
}
/** Symlinks followed at most (as the system does, ELOOP beyond it). */
const MAX_LINKS = 40;
/**
 * Where `target` (absolute) really leads: existing parts resolved by realpath, a missing tail kept
 * as written, a dangling symlink followed to its target. `via` is the first symlink met.
 */
function follow(target) {
    let current = target;
    let via;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        // The longest existing prefix, resolved; the rest appended.
        const rest = [];
        let probe = current;
        for (;;) {
            try {
                const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(probe);
                if (!via && real !== probe)
                    via = firstLink(probe);
                return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, ...rest.reverse()), via };
            }
            catch (error) {
                const code = error.code;
                if (code === 'ELOOP')
                    throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
                if (code !== 'ENOENT' && code !== 'ENOTDIR')
                    throw error;
            }
            // A dangling symlink: follow it by hand (realpath refuses it).
            let isLink = false;
            try {
                isLink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(probe).isSymbolicLink();
            }
            catch {
                isLink = false;
            }
            if (isLink) {
                const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(probe), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(probe));
                via ??= { link: probe, to };
                current = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(to, ...rest.reverse());
                break;
            }
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(probe);
            if (parent === probe)
                return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(probe, ...rest.reverse()), via };
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(probe));
            probe = parent;
        }
    }
    throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
}
/** The first symlink on the way to `target` (whose parts all exist). */
function firstLink(target) {
    const parts = target.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    for (let i = 2; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(prefix).isSymbolicLink())
                return { link: prefix, to: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(prefix), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(prefix)) };
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function inside(root, real) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * The absolute path of `relative` in `workspace`, once checked to stay inside it (through any
 * symlink). Throws OutsideWorkspaceError naming `what` (an input's name) and the link that leads out.
 */
function confinedPath(workspace, relative, what) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, relative);
    const { real, via } = follow(absolute);
    if (inside(root, real))
        return absolute;
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    const how = via
        ? ` through the symlink ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, via.link).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')}, which points outside it`
        : '';
    throw new OutsideWorkspaceError(`${what} ${shown} leads outside the workspace${how}; expected a file inside the workspace (symlinks out of it are refused)`);
}
/** The workspace-relative target of `relative` when the file itself is a symlink; undefined otherwise. */
function symlinkTarget(workspace, relative) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, relative);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute).isSymbolicLink())
            return undefined;
    }
    catch {
        return undefined;
    }
    const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolute));
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, to).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ })

};

//# sourceMappingURL=277.index.js.map