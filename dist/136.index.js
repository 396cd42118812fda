export const id = 136;
export const ids = [136,277];
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

/***/ 6755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVersion: () => (/* binding */ runVersion)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(3113);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/version/files.ts
var files = __webpack_require__(19);
;// CONCATENATED MODULE: ./src/version/commits.ts
/**
 * One commit message read by Conventional Commits 1.0.0 (https://www.conventionalcommits.org/en/v1.0.0/),
 * and the reverts of a range paired up. Pure.
 *
 * Where the spec decides (its numbered items):
 * - §1, §5: the header is a type, an optional `(scope)`, an optional `!`, then a colon AND a space,
 *   then the description. `feat:add x`, `feat:\tx`, `feat(api)!:x` and a header with leading
 *   white space are not conventional (they ask for nothing). More than one space after the colon
 *   is accepted (the description starts at the first non-space).
 * - §15: types are not case sensitive (`FEAT:` is a feature); only BREAKING CHANGE must be upper case.
 * - §8-§12, §16: a breaking change in the footer is a line that starts with the upper-case token
 *   `BREAKING CHANGE` or `BREAKING-CHANGE`, a colon, and a space and its description (or the end of
 *   the line, the description following on the next lines: §10). Never the first line:
 *   `BREAKING CHANGE: remove x` as a header has no type and is not a footer. A space before the
 *   colon, a bullet (`* BREAKING CHANGE:`), an indented or lower-case token are not footers.
 *   The footer counts for any header, conventional or not (as conventional-commits-parser reads it).
 * - §13: `type!:` (or `type(scope)!:`) is breaking.
 * - Reverts (not in the spec; git's own messages): `Revert "<header>"` and, as some tools write it,
 *   `Revert <header>` unquoted; `Reapply "<header>"` (git's revert of a revert); and the
 *   conventional `revert: <header>`. The target is the `This reverts commit <sha>` line, else the
 *   header.
 * Merge commits count for nothing: the commits they bring in are in the range themselves.
 */
const MERGE_HEADER = /^Merge (?:pull request #\d+|branch |remote-tracking branch |tags? |commit |[0-9a-f]{7,40}\b|['"])/;
const CONVENTIONAL_HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:(?: |$)/;
const GIT_REVERT = /^(Revert|Reapply) "(.*)"$/;
const UNQUOTED_REVERT = /^Revert (?!")(\S.*)$/;
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,40})\b/im;
/** The header (first non-blank line, trailing white space removed) and the lines after it. */
function split(message) {
    const lines = message.replace(/\r\n?/g, '\n').split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    if (first < 0)
        return { header: '', rest: [] };
    return { header: lines[first].replace(/\s+$/, ''), rest: lines.slice(first + 1) };
}
/** What a revert header says it reverts, or null when the header is not a revert. */
function revertTarget(header, conventional, sha) {
    const git = GIT_REVERT.exec(header);
    if (git)
        return git[1] === 'Reapply' ? `Revert "${git[2]}"` : git[2];
    if (conventional && conventional[1].toLowerCase() === 'revert')
        return conventional[4].replace(/^"(.*)"$/, '$1');
    // Unquoted: a revert when git's line names the commit, or when it names a conventional header
    // ("Revert the cache change" stays an ordinary message).
    const unquoted = UNQUOTED_REVERT.exec(header);
    return unquoted && (sha !== null || CONVENTIONAL_HEADER.test(unquoted[1])) ? unquoted[1] : null;
}
/** One commit on its own (see the file comment for the rules). */
function classifyCommit(message) {
    const { header, rest } = split(message);
    if (MERGE_HEADER.test(header))
        return { header, level: null, label: 'merge', revert: null };
    const conventional = CONVENTIONAL_HEADER.exec(header);
    const type = conventional ? conventional[1].toLowerCase() : null;
    const sha = REVERTS_COMMIT.exec(rest.join('\n'))?.[1].toLowerCase() ?? null;
    const target = revertTarget(header, conventional, sha);
    const revert = target === null ? null : { sha, header: target.trim() || null };
    const breaking = Boolean(conventional?.[3]) || rest.some((line) => BREAKING_FOOTER.test(line));
    if (breaking)
        return { header, level: 'major', label: 'breaking', revert };
    if (revert)
        return { header, level: 'patch', label: 'revert', revert };
    if (type === 'feat')
        return { header, level: 'minor', label: 'feat', revert };
    if (type === 'fix' || type === 'perf')
        return { header, level: 'patch', label: type, revert };
    return { header, level: null, label: type ?? 'non-conventional', revert };
}
/**
 * Reverts: a revert whose target is also in the list cancels out with it (the change never
 * shipped); the outermost revert of a chain is matched first, so reverting a revert brings the
 * original back. Returns revert index → reverted index. Targets are found by the
 * `This reverts commit <sha>` line, else by the reverted header.
 */
function cancelReverts(commits, classes) {
    const targetOf = (i) => {
        const r = classes[i].revert;
        if (!r)
            return -1;
        if (r.sha) {
            const sha = r.sha;
            const j = commits.findIndex((c, k) => k !== i && c.sha.length >= 7 && (c.sha.toLowerCase().startsWith(sha) || sha.startsWith(c.sha.toLowerCase())));
            if (j >= 0)
                return j;
        }
        if (r.header)
            return classes.findIndex((c, k) => k !== i && c.header === r.header);
        return -1;
    };
    const targets = classes.map((_, i) => targetOf(i));
    const pairs = new Map();
    const cancelled = new Set();
    for (let changed = true; changed;) {
        changed = false;
        for (let i = 0; i < classes.length; i++) {
            const t = targets[i];
            if (t < 0 || classes[i].level === 'major' || cancelled.has(i) || cancelled.has(t))
                continue;
            if (targets.some((tk, k) => tk === i && !cancelled.has(k)))
                continue;
            cancelled.add(i).add(t);
            pairs.set(i, t);
            changed = true;
        }
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/version/bump.ts
/**
 * The version decision: which bump a release takes and what the new version is. Pure: data in,
 * data plus a reason out (the reason is shown in the log and the report).
 *
 * Decisions (also in docs/versioning.md):
 * - Explicit bump kinds (`major`, `minor`, ..., `prerelease`) follow `semver.inc` literally,
 *   0.x included: `bump: major` on 0.4.2 gives 1.0.0. Leaving 0.x is a person's decision.
 * - `auto` treats 0.x the way npm and Cargo caret ranges do (`^0.4.2` means `>=0.4.2 <0.5.0`):
 *   while the major version is 0, a breaking change bumps minor (0.4.2 → 0.5.0) and a feature
 *   bumps patch (0.4.2 → 0.4.3). `auto` therefore never leaves 0.x on its own.
 * - `auto` with a preid, on a prerelease of the same preid whose release already covers the
 *   change (2.0.0-rc.1 and a feature: 2.0.0 is past any minor of 1.x), continues the prerelease
 *   (2.0.0-rc.2). A change the prerelease does not cover starts a new one (1.2.4-rc.0 and a
 *   feature: 1.3.0-rc.0). A different preid continues on the same release when it sorts later
 *   (2.0.0-beta.1 with rc: 2.0.0-rc.0) and is an error when it would go backwards.
 *   `auto` without a preid on a prerelease graduates it (2.0.0-rc.1 → 2.0.0).
 * - An explicit `version` must be greater than the current one (a release moves forward). Equal
 *   is returned as `unchanged` for the caller to treat as a re-run (an existing tag is reused)
 *   or refuse. Lower is an error.
 * - Every computed version must be greater than the current one (e.g. `bump: prerelease` with
 *   preid `beta` on 1.2.3-rc.0 would give 1.2.3-beta.0, which sorts lower: an error).
 */





const RANK = { patch: 1, minor: 2, major: 3 };
const KINDS = settings/* BUMP_KINDS */.Z.filter((k) => k !== 'auto');
function requireSemver(what, value) {
    if (!(0,files/* isStrictSemver */.iS)(value))
        throw new Error(`${what} ${JSON.stringify(value)} is not a semantic version (e.g. 1.4.2)`);
}
function requirePreid(preid) {
    if (preid !== '' && !preid.split('.').every((id) => /^[0-9A-Za-z-]+$/.test(id))) {
        throw new Error(`preid ${JSON.stringify(preid)} is not a prerelease identifier (e.g. rc, beta)`);
    }
}
/** `semver.inc` for one bump kind; `none` returns `current`. */
function nextVersion(current, bump, preid) {
    requireSemver('current version', current);
    requirePreid(preid);
    if (!KINDS.includes(bump))
        throw new Error(`bump ${JSON.stringify(bump)} is not one of ${KINDS.join(', ')}`);
    if (bump === 'none')
        return current;
    const next = preid === '' ? semver_default().inc(current, bump) : semver_default().inc(current, bump, preid);
    if (next === null)
        throw new Error(`cannot apply bump ${bump} to ${current}`);
    return next;
}
// ---------------------------------------------------------------------------------------------
// Commits (commits.ts)
function bump_short(sha) {
    return sha.slice(0, 7);
}
function quoted(header) {
    return `"${header.length > 100 ? `${header.slice(0, 97)}...` : header}"`;
}
// ---------------------------------------------------------------------------------------------
// Changelog
/** The level a Keep a Changelog sub-heading asks for (null: none, or not a Keep a Changelog type). */
function changelogHeadingLevel(title) {
    const key = title.toLowerCase().replace(/[^a-z]/g, '');
    if (key === 'removed' || key.startsWith('breaking'))
        return 'major';
    if (key === 'added' || key === 'changed' || key === 'deprecated')
        return 'minor';
    if (key === 'fixed' || key === 'security')
        return 'patch';
    return null;
}
function listAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function prereleaseIds(preid) {
    return preid.split('.');
}
/** Does the release a prerelease leads to already include a change of this level? */
function covers(current, level) {
    const v = semver_default().parse(current);
    if (!v || v.prerelease.length === 0)
        return false;
    if (level === 'major')
        return v.minor === 0 && v.patch === 0;
    if (level === 'minor')
        return v.patch === 0;
    return true;
}
/** The bump `auto` takes (see the file comment for the rules). */
function decideBump(input) {
    const { current, commits, unreleased, preid } = input;
    requireSemver('current version', current);
    requirePreid(preid);
    const evidence = [];
    const reasons = [];
    // (a) commits
    const classes = commits.map((c) => classifyCommit(c.message));
    const pairs = cancelReverts(commits, classes);
    const paired = new Set([...pairs.keys(), ...pairs.values()]);
    const quiet = {};
    classes.forEach((c, i) => {
        const sha = bump_short(commits[i].sha);
        if (pairs.has(i)) {
            const t = pairs.get(i);
            evidence.push(`commit ${sha} ${quoted(c.header)} reverts commit ${bump_short(commits[t].sha)} ${quoted(classes[t].header)}: both left out`);
            return;
        }
        if (paired.has(i))
            return;
        if (c.level === null) {
            quiet[c.label] = (quiet[c.label] ?? 0) + 1;
            return;
        }
        const why = c.label === 'revert' ? 'revert of an earlier release' : c.label;
        evidence.push(`commit ${sha} ${quoted(c.header)} → ${c.level} (${why})`);
        reasons.push({ level: c.level, text: `${c.label} commit ${sha} ${quoted(c.header)}` });
    });
    const quietCount = Object.values(quiet).reduce((a, b) => a + b, 0);
    if (quietCount > 0) {
        const kinds = Object.entries(quiet).map(([label, n]) => `${n} ${label}`);
        evidence.push(`${quietCount} other commit${quietCount === 1 ? '' : 's'} ask${quietCount === 1 ? 's' : ''} for nothing (${kinds.join(', ')})`);
    }
    const commitReasons = reasons.length;
    // (b) changelog
    if (unreleased === null) {
        evidence.push('changelog: no Unreleased section');
    }
    else {
        for (const [title, entries] of Object.entries(unreleased.headings)) {
            const name = title === '' ? 'Unreleased (no sub-heading)' : `Unreleased ${quoted(title)}`;
            const level = changelogHeadingLevel(title);
            const n = `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`;
            if (entries.length === 0)
                evidence.push(`changelog ${name} has no entries → nothing`);
            else if (level === null || /breaking/i.test(title))
                evidence.push(`changelog ${name} (${n}) → nothing by itself`);
            else {
                evidence.push(`changelog ${name} (${n}) → ${level}`);
                reasons.push({ level, text: quoted(title) });
            }
        }
        if (unreleased.breaking) {
            evidence.push('changelog Unreleased has a breaking note → major');
            reasons.push({ level: 'major', text: 'a breaking note' });
        }
    }
    // The highest level wins; the rule names what asked for it.
    let raw = null;
    for (const r of reasons)
        if (raw === null || RANK[r.level] > RANK[raw])
            raw = r.level;
    let because;
    if (raw === null) {
        const changelog = unreleased === null ? 'no changelog Unreleased section' : 'no changelog Unreleased entry that calls for one';
        because = `no feat, fix, perf or breaking commit among ${commits.length} commit${commits.length === 1 ? '' : 's'} and ${changelog}; patch is the least a release takes`;
    }
    else {
        const top = reasons.filter((r) => r.level === raw);
        const fromCommits = top.filter((r) => reasons.indexOf(r) < commitReasons);
        const fromChangelog = top.filter((r) => reasons.indexOf(r) >= commitReasons);
        const parts = [];
        if (fromCommits.length > 0) {
            parts.push(`${fromCommits[0].text}${fromCommits.length > 1 ? ` (and ${fromCommits.length - 1} more)` : ''}`);
        }
        if (fromChangelog.length > 0)
            parts.push(`changelog Unreleased has ${listAnd(fromChangelog.map((r) => r.text))}`);
        because = parts.join(' and ');
    }
    let bump = raw ?? 'patch';
    if (semver_default().major(current) === 0 && bump !== 'patch') {
        bump = bump === 'major' ? 'minor' : 'patch';
        because +=
            raw === 'major'
                ? ' (0.x: while the major version is 0, a breaking change bumps minor)'
                : ' (0.x: while the major version is 0, a feature bumps patch)';
    }
    const pre = semver_default().prerelease(current);
    if (preid === '') {
        if (pre)
            because += `; ${current} is a prerelease and no preid is set, so this release graduates to ${semver_default().inc(current, bump)}`;
        return { bump, kind: bump, rule: `${bump}: ${because}`, evidence };
    }
    if (pre && covers(current, bump)) {
        const ids = prereleaseIds(preid);
        const release = `${semver_default().major(current)}.${semver_default().minor(current)}.${semver_default().patch(current)}`;
        const same = ids.every((id, i) => String(pre[i]) === id);
        if (same) {
            return {
                bump,
                kind: 'prerelease',
                rule: `prerelease: ${because} calls for a ${bump} release, which ${current} already leads to (${release}), so the ${preid} prerelease continues`,
                evidence
            };
        }
        const next = semver_default().inc(current, 'prerelease', preid);
        if (next !== null && semver_default().gt(next, current)) {
            return {
                bump,
                kind: 'prerelease',
                rule: `prerelease: ${because} calls for a ${bump} release, which ${current} already leads to (${release}), so the prerelease moves on to ${preid}`,
                evidence
            };
        }
        throw new Error(`preid ${JSON.stringify(preid)} would move ${current} backwards (to ${next}); use a preid that sorts after ${JSON.stringify(String(pre[0]))}, or set version`);
    }
    const kind = `pre${bump}`;
    return { bump, kind, rule: `${kind}: ${because}; preid ${JSON.stringify(preid)} makes it a prerelease`, evidence };
}
// ---------------------------------------------------------------------------------------------
// Inputs → the new version
/**
 * The new version from the inputs: an explicit `version` wins over `bump` (see the file comment
 * for the rules), then an explicit bump kind, then `auto` through `decide` (called only then).
 */
function resolveVersion(settings, current, decide) {
    requireSemver('current version', current);
    const { version, bump, preid } = settings;
    if (version !== '') {
        requireSemver('version input', version);
        const ignored = bump !== 'auto' ? ` (bump ${JSON.stringify(bump)} ignored: version overrides it)` : '';
        const order = semver_default().compare(version, current);
        if (order < 0) {
            throw new Error(`version input ${version} is lower than the current version ${current}: a release must move forward`);
        }
        if (order === 0) {
            return {
                next: current,
                rule: `explicit version ${version} equals the current version: nothing to bump (a re-run when its tag exists)${ignored}`,
                decision: null,
                unchanged: true
            };
        }
        return { next: version, rule: `explicit version input: ${current} → ${version}${ignored}`, decision: null, unchanged: false };
    }
    if (bump === 'none') {
        return { next: current, rule: `bump "none": the version stays ${current}`, decision: null, unchanged: true };
    }
    let next;
    let rule;
    let decision = null;
    if (bump === 'auto') {
        decision = decide();
        next = nextVersion(current, decision.kind, preid);
        rule = decision.rule;
    }
    else {
        next = nextVersion(current, bump, preid);
        rule = `bump input "${bump}"${preid ? ` with preid "${preid}"` : ''}: ${current} → ${next}`;
    }
    if (!semver_default().gt(next, current)) {
        throw new Error(`bump ${decision ? decision.kind : bump} on ${current} gives ${next}, which is not greater: a release must move forward`);
    }
    return { next, rule, decision, unchanged: false };
}
// ---------------------------------------------------------------------------------------------
// Tags
/**
 * The highest tag `<prefix><semver>` (prereleases included, by semver precedence). Tags with
 * another prefix, or whose rest is not a strict semantic version (`v1.2`, `latest`, a `v` left
 * over when the prefix is empty), are ignored.
 */
function latestSemverTag(tagNames, prefix) {
    let best = null;
    for (const tag of tagNames) {
        if (!tag.startsWith(prefix))
            continue;
        const version = tag.slice(prefix.length);
        if (!(0,files/* isStrictSemver */.iS)(version))
            continue;
        if (best === null || semver_default().gt(version, best.version))
            best = { tag, version };
    }
    return best;
}
/** The newest release tag below `version`: what ran before, when a release is shipped again or taken further. */
function releaseBefore(tagNames, version, prefix) {
    return latestSemverTag(tagNames.filter((t) => t.startsWith(prefix) && semver_default().lt(semver_default().clean(t.slice(prefix.length)) ?? '0.0.0', version)), prefix);
}
/**
 * A warning when the version file and the latest tag disagree (null when they agree or there is
 * no tag yet). Build metadata is ignored, as in semver precedence.
 */
function compareWithTags(fileVersion, latestTagVersion, names = {}) {
    if (latestTagVersion === null)
        return null;
    if (!(0,files/* isStrictSemver */.iS)(fileVersion) || !(0,files/* isStrictSemver */.iS)(latestTagVersion)) {
        return `cannot compare ${JSON.stringify(fileVersion)} with ${JSON.stringify(latestTagVersion)}: not both semantic versions`;
    }
    const order = semver_default().compare(fileVersion, latestTagVersion);
    if (order === 0)
        return null;
    const file = names.file ?? 'the version file';
    const tag = names.tag ?? latestTagVersion;
    return order > 0
        ? `${file} says ${fileVersion}, ahead of the latest tag ${tag} (${latestTagVersion}): was it bumped by hand, or did a release stop before tagging?`
        : `${file} says ${fileVersion}, behind the latest tag ${tag} (${latestTagVersion}): the release commit of ${tag} may not be on this branch`;
}

// EXTERNAL MODULE: ./src/version/changelog.ts + 2 modules
var version_changelog = __webpack_require__(2044);
// EXTERNAL MODULE: ./src/version/checks.ts
var checks = __webpack_require__(6427);
// EXTERNAL MODULE: ./src/config/user-pattern.ts
var user_pattern = __webpack_require__(7140);
// EXTERNAL MODULE: ./src/version/toml-version.ts
var toml_version = __webpack_require__(5363);
// EXTERNAL MODULE: ./src/version/version-files-input.ts
var version_files_input = __webpack_require__(6160);
;// CONCATENATED MODULE: ./src/version/version-files.ts
/**
 * `version-files`: more files whose version the release commit bumps. Pure: the list is parsed
 * here, and each file's text is checked and edited here (the version stage reads and the release
 * stage writes). Only the version text changes; everything else stays byte for byte.
 *
 * Kinds, by path:
 * - `*.json`: the top-level `version` (files.ts, as for package.json);
 * - `Cargo.toml`: `[package]` or `[workspace.package]` `version`;
 * - `pyproject.toml`: `[project]` or `[tool.poetry]` `version`;
 * - any other file: every line that carries the marker `x-ship-prod-version`, where the current
 *   version (a leading `v` allowed) is replaced;
 * - `path#/regex/flags`: every match's first capture group is the version. The pattern runs in
 *   linear time (config/user-pattern.ts: RE2) or is refused here, before any write.
 * A file that is missing, or where a place named above does not hold the current version, is a
 * problem: the ship blocks before any write.
 */





/** Line number (1-based) of an offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEMVER_LIKE = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?/;
/** Marker lines: each must hold the current version; every occurrence on them is a spot. */
function markerSpots(file, text, current) {
    const own = new RegExp(`(?<![0-9A-Za-z.+-])v?(${escapeRegex(current)})(?![0-9A-Za-z+-]|\\.[0-9A-Za-z])`, 'gd');
    const spots = [];
    let offset = 0;
    let markers = 0;
    for (const [i, line] of text.split('\n').entries()) {
        const lineStart = offset;
        offset += line.length + 1;
        if (!line.includes(version_files_input/* VERSION_MARKER */.yL))
            continue;
        markers++;
        const found = [...line.matchAll(own)].map((m) => m.indices[1]);
        if (!found.length) {
            const other = SEMVER_LIKE.exec(line.replace(version_files_input/* VERSION_MARKER */.yL, ''))?.[0];
            return { problem: `${file} line ${i + 1}: carries the marker ${version_files_input/* VERSION_MARKER */.yL} but not the current version ${current}${other ? ` (it holds ${other})` : ''}` };
        }
        for (const [start, end] of found)
            spots.push({ start: lineStart + start, end: lineStart + end, version: current, line: i + 1 });
    }
    if (!markers)
        return { problem: `${file}: no line carries the marker ${version_files_input/* VERSION_MARKER */.yL}; add it (e.g. in a comment) on the line that holds the version ${current}, or list the file as ${file}#/regex/` };
    return spots;
}
/** Every match of the spec's regex: its first group must be the current version (a leading `v` allowed). */
function regexSpots(file, spec, text, current) {
    const re = (0,user_pattern/* compileUserPattern */.b)(spec.pattern, spec.flags ?? '');
    if ('problem' in re)
        return { problem: `${file}: ${re.problem}` };
    const spots = [];
    for (const match of re.matchAll(text)) {
        const value = match.group1;
        const line = lineAt(text, match.index);
        if (value === null)
            return { problem: `${file} line ${line}: /${spec.pattern}/ matched, but its first group captured nothing` };
        const bare = value.replace(/^v/, '');
        if (bare !== current)
            return { problem: `${file} line ${line}: /${spec.pattern}/ captured ${JSON.stringify(value)}, not the current version ${current}` };
        const start = match.group1Start + (value.length - bare.length);
        spots.push({ start, end: match.group1End, version: bare, line });
    }
    if (!spots.length)
        return { problem: `${file}: /${spec.pattern}/ matches nothing; expected it to capture the current version ${current}` };
    return spots;
}
function replaceSpots(text, spots, next) {
    let out = text;
    for (const s of [...spots].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + next + out.slice(s.end);
    return out;
}
/** One file's text with `current` replaced by `next` where the spec says, or why it cannot be. */
function bumpVersionFile(spec, text, current, next) {
    const file = spec.path;
    if (spec.kind === 'json') {
        try {
            const held = (0,files/* readVersionFile */.fb)(file, text);
            if (held !== current)
                return { problem: `${file}: "version" is ${held}, not the current version ${current}` };
            return { text: (0,files/* writeVersionFile */.ON)(file, text, next) };
        }
        catch (error) {
            return { problem: error.message };
        }
    }
    let spots;
    if (spec.kind === 'toml') {
        const spot = (0,toml_version/* findTomlVersion */.Y)(file, text, (0,version_files_input/* tomlTablesFor */.r)(file));
        spots = 'problem' in spot ? spot : spot.version === current ? [spot] : { problem: `${file} line ${spot.line}: version is ${JSON.stringify(spot.version)}, not the current version ${current}` };
    }
    else if (spec.kind === 'marker') {
        spots = markerSpots(file, text, current);
    }
    else {
        spots = regexSpots(file, spec, text, current);
    }
    return 'problem' in spots ? spots : { text: replaceSpots(text, spots, next) };
}
/**
 * Checks and edits every listed file. `texts` holds each file's text at the shipped commit (null:
 * missing). Nothing is edited when any file has a problem.
 */
function planVersionFiles(specs, texts, current, next) {
    const contents = new Map();
    const problems = [];
    for (const spec of specs) {
        const text = contents.get(spec.path) ?? texts.get(spec.path) ?? null;
        if (text === null) {
            problems.push(`${spec.path}: listed in version-files, but there is no such file at the shipped commit`);
            continue;
        }
        const result = bumpVersionFile(spec, text, current, next);
        if ('problem' in result)
            problems.push(result.problem);
        else
            contents.set(spec.path, result.text);
    }
    if (problems.length)
        return { edits: [], problems };
    return { edits: [...contents].map(([file, content]) => ({ path: file, content })), problems };
}

;// CONCATENATED MODULE: ./src/version/changelog-released.ts
/**
 * The changelog of a ship whose branch has not taken the previous release commit yet (its
 * merge-back pull request is open): the branch's Unreleased section still lists what that release
 * shipped. With the changelog as the release tag has it, the entries already released leave the
 * Unreleased section, and the released version sections (with their link definitions) are put in
 * below it, as they are at the tag. So the new version's section holds only what was not released
 * yet, and the release commit's changelog is the tag's plus the new section. Pure: texts in, text out.
 *
 * An entry is a list item at the top level of the Unreleased section; it counts as released when
 * its first line is the first line of an entry in a released section (spaces normalised). A
 * sub-heading whose entries were all released goes with them.
 */

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const BULLET = /^ ?(?:[-*+]|\d+[.)])[ \t]+(.*)$/;
const HEADING = /^ {0,3}#{3,6}(?:[ \t]|$)/;
/** First lines of every entry in these version sections. */
function entriesOf(sections) {
    const out = new Set();
    for (const section of sections) {
        const body = section.replace(/^[^\n]*\n?/, '');
        for (const list of Object.values((0,version_changelog/* parseUnreleased */.s9)(`## [Unreleased]\n${body}`)?.headings ?? {})) {
            for (const entry of list)
                out.add(squash(entry.split('\n')[0]));
        }
    }
    return out;
}
/** The Unreleased body without the released entries (and the sub-headings they leave empty). */
function dropReleased(body, released) {
    const lines = body.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const content = (l) => l.replace(/\r?\n$/, '');
    const keep = lines.map(() => true);
    const dropped = [];
    for (let i = 0; i < lines.length; i++) {
        const bullet = BULLET.exec(content(lines[i]));
        if (!bullet)
            continue;
        let end = i + 1;
        while (end < lines.length) {
            const text = content(lines[end]);
            if (text.trim() === '' || BULLET.test(text) || HEADING.test(text))
                break;
            end++;
        }
        if (released.has(squash(bullet[1]))) {
            dropped.push(squash(bullet[1]));
            for (let k = i; k < end; k++)
                keep[k] = false;
        }
        i = end - 1;
    }
    // Sub-headings left with no entries, where entries were dropped under them.
    for (let i = 0; i < lines.length; i++) {
        if (!HEADING.test(content(lines[i])))
            continue;
        let end = i + 1;
        while (end < lines.length && !HEADING.test(content(lines[end])))
            end++;
        const under = lines.slice(i + 1, end);
        const lost = under.some((_, k) => !keep[i + 1 + k]);
        const left = under.some((l, k) => keep[i + 1 + k] && content(l).trim() !== '');
        if (lost && !left)
            for (let k = i; k < end; k++)
                keep[k] = false;
    }
    // No two blank lines in a row where lines were taken out.
    const out = [];
    lines.forEach((l, i) => {
        if (!keep[i])
            return;
        const blank = content(l).trim() === '';
        if (blank && out.length > 0 && content(out[out.length - 1]).trim() === '')
            return;
        out.push(l);
    });
    return { body: out.join(''), dropped };
}
/** `current`: the changelog at the shipped commit; `released`: at the newest release tag. */
function withoutReleased(current, released) {
    const cur = (0,version_changelog/* changelogOutline */.Hp)(current);
    const rel = (0,version_changelog/* changelogOutline */.Hp)(released);
    const missing = rel.versions.filter((v) => !cur.versions.some((c) => c.version === v.version));
    if (missing.length === 0)
        return { text: current, dropped: [], added: [] };
    const eol = cur.eol;
    const sections = missing.map((v) => released.slice(v.start, v.end).replace(/\r?\n/g, eol).replace(/\s+$/, ''));
    const edits = [];
    let dropped = [];
    const block = sections.join(`${eol}${eol}`) + `${eol}${eol}`;
    if (cur.unreleased) {
        const { bodyStart, bodyEnd } = cur.unreleased;
        const cleaned = dropReleased(current.slice(bodyStart, bodyEnd), entriesOf(sections));
        dropped = cleaned.dropped;
        const body = cleaned.body.trim() === '' ? eol : cleaned.body.replace(/(\r?\n)*$/, `${eol}${eol}`);
        edits.push({ at: bodyStart, remove: bodyEnd - bodyStart, insert: `${body}${block}` });
    }
    else {
        const at = cur.versions[0]?.start ?? cur.links[0]?.lineStart ?? current.length;
        edits.push({ at, remove: 0, insert: block });
    }
    // The released versions' link definitions, when the file keeps links and lacks theirs.
    const label = (l) => l.trim().toLowerCase().replace(/^v/, '');
    const wanted = new Set(missing.map((v) => v.version));
    const linkLines = rel.links.filter((l) => wanted.has(label(l.label)) && !cur.links.some((c) => label(c.label) === label(l.label)));
    if (linkLines.length && cur.links.length) {
        const text = linkLines.map((l) => released.slice(l.lineStart, l.lineEnd));
        const unreleasedLink = cur.links.find((l) => label(l.label) === 'unreleased');
        if (unreleasedLink)
            edits.push({ at: unreleasedLink.lineEnd, remove: 0, insert: text.map((t) => `${eol}${t}`).join('') });
        else
            edits.push({ at: cur.links[0].lineStart, remove: 0, insert: text.map((t) => `${t}${eol}`).join('') });
    }
    let out = current;
    for (const e of [...edits].sort((a, b) => b.at - a.at))
        out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
    return { text: out, dropped, added: missing.map((v) => v.version) };
}

;// CONCATENATED MODULE: ./src/version/lagging-release.ts
/**
 * Does the version file lag behind a release? On a branch that could not take a release commit
 * (its merge-back pull request still open), the version file says 1.4.0 while the newest release
 * tag is v1.5.0. The next ship continues from 1.5.0 when the tag was released from this line of
 * history: its commit is a release commit (one parent) whose parent is where it and the shipped
 * commit meet (GitHub's compare of the tag and the shipped commit says so). A newer tag made
 * elsewhere (a release of another line of history, a tag by hand) changes nothing: the file
 * decides, and the report warns as before. Pure.
 */

function laggingRelease(file, latest, relation, branch) {
    if (file.version === null || latest === null || relation === null)
        return null;
    if (!semver_default().valid(file.version) || !semver_default().gt(latest.version, file.version))
        return null;
    const releasedHere = relation.status === 'diverged' && relation.tagCommitParents.length === 1 && relation.tagCommitParents[0] === relation.mergeBaseSha;
    if (!releasedHere)
        return null;
    return {
        tag: latest.tag,
        version: latest.version,
        why: `${file.name} says ${file.version}, behind the newest release tag ${latest.tag}, whose release commit is not on ${branch || 'this branch'} yet (a merge-back pull request brings it): this release continues from ${latest.version}`
    };
}

// EXTERNAL MODULE: ./src/version/reads.ts
var version_reads = __webpack_require__(7277);
;// CONCATENATED MODULE: ./src/version/stage.ts
/**
 * The version stage: previous version, bump, new version, and the edited version files and
 * changelog. Reads only; the release stage writes. In release-triggered mode the version and tag
 * come from the event's release. What it finds wrong before any write (a version file without
 * the version, an explicit version going backwards) it returns as refusals, which block the ship.
 */











/** The version: `reads` may have been started ahead (reads.ts); by default the stage sends them. */
async function runVersion(env, reads = new version_reads.VersionReads(env)) {
    const { context, settings } = env;
    const event = env.facts.event.release;
    if (context.eventName === 'release' && event?.tag_name) {
        const tag = event.tag_name;
        const version = semver_default().clean(tag.startsWith(settings.tagPrefix) ? tag.slice(settings.tagPrefix.length) : tag) ?? '';
        if (!version)
            return { state: 'failed', summary: `the release event's tag ${tag} is not ${settings.tagPrefix}<semver>`, refusals: [] };
        const [tagRefs, releases] = await Promise.all([reads.tagRefs(), reads.releases()]);
        const previous = releaseBefore(tagRefs.map((t) => t.name), version, settings.tagPrefix);
        return {
            state: 'done',
            summary: `release-triggered: ${tag} (${version}); no bump, no new tag or release`,
            version: { previous: previous?.version ?? '', next: version, tag, rule: `release event: ${tag} was published`, changelogSection: '' },
            release: { files: [], tagRefs, prerelease: Boolean(event.prerelease), fromReleaseEvent: true, releases, previousTag: previous?.tag ?? null },
            refusals: []
        };
    }
    const files = await reads.files();
    const lockFile = external_node_path_default().posix.join(external_node_path_default().posix.dirname(settings.versionFile), 'package-lock.json');
    const followsLock = external_node_path_default().posix.basename(settings.versionFile) === 'package.json';
    // The version file comes first (from the workspace it costs no request): its version names the
    // previous release's tag, so the commits since it are read alongside the tags and releases.
    const versionText = await files.read(settings.versionFile);
    // A version-file other than the default must exist: a typo would ship without bumping it.
    const versionFile = (0,checks/* versionFileCheck */.d1)('version-file', settings.versionFile, versionText, settings.versionFile !== 'package.json');
    if (versionFile.verdict)
        return refused([versionFile.verdict]);
    const fileVersion = versionFile.version;
    const wantCommits = !settings.version && settings.bump === 'auto';
    // A ship that keeps the version (bump none, or that version given: a release taken further by a
    // later job, `ref` = its tag) follows the release before it; the tag of its own version is not that.
    const keeps = (current) => (settings.version ? settings.version === current : settings.bump === 'none');
    const likelyTag = (0,version_reads.likelyPreviousTag)(settings, fileVersion);
    const listed = settings.versionFiles ?? [];
    const [lockText, shippedChangelog, tagRefs, releases, commitsSinceLikely, listedTexts] = await Promise.all([
        followsLock ? files.read(lockFile) : Promise.resolve(null),
        files.read(settings.changelogFile),
        reads.tagRefs(),
        reads.releases(),
        likelyTag ? reads.commitsSinceIfTagged(likelyTag) : Promise.resolve(null),
        readListed(files, listed)
    ]);
    core/* info */.pq(`version files read from the ${files.source === 'workspace' ? 'workspace (checked out at the shipped commit)' : 'API at the shipped commit'}`);
    const latestTag = latestSemverTag(tagRefs.map((t) => t.name), settings.tagPrefix);
    // A version file behind a release of this line of history (its merge-back pull request still
    // open): the release continues from the tag (lagging-release.ts), and its changelog section
    // leaves out what the tag released.
    const sinceLatest = fileVersion && latestTag && semver_default().gt(latestTag.version, fileVersion) ? await reads.commitsSinceIfTagged(latestTag.tag) : null;
    const lagging = laggingRelease({ name: settings.versionFile, version: fileVersion }, latestTag, sinceLatest?.relation ?? null, context.branch);
    const current = lagging?.version ?? fileVersion ?? latestTag?.version ?? '0.0.0';
    if (fileVersion === null) {
        env.timeline.warn(`${settings.versionFile} does not exist at the shipped commit; the current version ${current} comes from ${latestTag ? `tag ${latestTag.tag}` : 'nothing (first release)'}`, false);
    }
    else if (lagging) {
        core/* info */.pq(lagging.why);
        env.timeline.warn(lagging.why, false);
    }
    else if (latestTag) {
        const warning = compareWithTags(fileVersion, latestTag.version);
        if (warning)
            env.timeline.warn(warning, false);
    }
    const changelogText = lagging && shippedChangelog !== null ? await changelogWithoutReleased(env, shippedChangelog, lagging.tag) : shippedChangelog;
    // The previous release is the tag of the current version; commits since it decide `auto`.
    const before = keeps(current) ? releaseBefore(tagRefs.map((t) => t.name), current, settings.tagPrefix) : undefined;
    const previousVersion = before === undefined ? current : (before?.version ?? '');
    const previousTagName = before === undefined ? `${settings.tagPrefix}${current}` : before?.tag;
    const previousTag = tagRefs.some((t) => t.name === previousTagName) ? previousTagName : null;
    const sameTag = previousTag !== null && previousTag === likelyTag;
    const range = lagging && sinceLatest ? sinceLatest : sameTag && commitsSinceLikely ? commitsSinceLikely : await reads.commitsSince(previousTag);
    const commits = range.commits;
    const openFences = changelogText === null ? [] : (0,version_changelog/* unclosedFences */.I3)(changelogText);
    if (openFences.length) {
        const warning = `${settings.changelogFile} line ${openFences.join(', ')}: a code fence is opened and never closed; it was read as text, so the release section ends at the next version heading (close the fence)`;
        env.timeline.warn(warning, false);
        core/* warning */.$e(warning, { file: settings.changelogFile, startLine: openFences[0] });
    }
    const explicit = (0,checks/* explicitVersionVerdict */.gz)(settings.version, current, settings.versionFile);
    if (explicit)
        return refused([explicit]);
    const unreleased = changelogText === null ? null : (0,version_changelog/* parseUnreleased */.s9)(changelogText);
    const decided = resolveVersion({ version: settings.version, bump: settings.bump, preid: settings.preid }, current, () => decideBump({ current, commits: wantCommits ? commits : [], unreleased, preid: settings.preid }));
    const next = decided.next;
    const tag = `${settings.tagPrefix}${next}`;
    const planned = new Set([settings.versionFile, ...(lockText !== null ? [lockFile] : []), settings.changelogFile]);
    // The listed files hold what the version file holds (behind the tag when the release lags).
    const listedPlan = planVersionFiles(listed.filter((spec) => !planned.has(spec.path)), listedTexts, lagging && fileVersion ? fileVersion : current, next);
    for (const spec of listed.filter((s) => planned.has(s.path)))
        env.timeline.warn(`version-files lists ${spec.path}, which is bumped already (version-file, its lock, or the changelog): left to that`, false);
    const release = { files: [], tagRefs, prerelease: semver_default().prerelease(next) !== null, fromReleaseEvent: false, releases, previousTag, ...(range.changed ? { changed: range.changed } : {}) };
    // Listed version files must hold the current version: checked before any write.
    const problems = listedPlan.problems.map((problem) => versionFileVerdict(problem, current));
    if (problems.length) {
        return { ...refused(problems), version: { previous: previousVersion, next, tag, rule: decided.rule, changelogSection: '' }, release };
    }
    const planFiles = [];
    let section = '';
    if (next !== current) {
        const date = new Date().toISOString().slice(0, 10);
        const changelog = (0,version_changelog/* releaseChangelog */.y0)(changelogText, {
            version: next,
            date,
            tagPrefix: settings.tagPrefix,
            previousTag,
            repoUrl: `${context.serverUrl}/${context.owner}/${context.repo}`
        });
        section = changelog.section;
        if (versionText !== null)
            planFiles.push({ path: settings.versionFile, content: (0,version_changelog/* writeVersionFile */.ON)(settings.versionFile, versionText, next) });
        if (lockText !== null)
            planFiles.push({ path: lockFile, content: (0,version_changelog/* bumpPackageLock */.cx)(lockText, next, lockFile) });
        planFiles.push(...listedPlan.edits);
        if (changelog.text !== shippedChangelog)
            planFiles.push({ path: settings.changelogFile, content: changelog.text });
    }
    else if (changelogText !== null) {
        section = (0,version_changelog/* parseUnreleased */.s9)(changelogText)?.raw ?? '';
    }
    const version = { previous: previousVersion, next, tag, rule: decided.rule, changelogSection: section, ...oldestCommit(commits) };
    const existing = tagRefs.find((t) => t.name === tag);
    const summary = `${current} → ${next} (${decided.rule})${existing ? `; tag ${tag} already exists (re-run?)` : ''}`;
    if (settings.dryRun) {
        env.timeline.plan({
            what: next === current ? `tag the shipped commit as ${tag}` : `release commit changing ${planFiles.map((f) => f.path).join(', ')}, tagged ${tag}`,
            detail: decided.rule
        });
    }
    return { state: settings.dryRun ? 'planned' : 'done', summary, version, release: { ...release, files: planFiles }, refusals: [] };
}
/** Refused before any write: the verdicts become gates (gates/before-write.ts reports them). */
function refused(verdicts) {
    return { state: 'failed', summary: `refused before any write: ${verdicts.map((v) => v.reason).join('; ')}`, refusals: verdicts };
}
/** The shipped changelog without what the release tag released (changelog-released.ts); as it is when the tag has no changelog. */
async function changelogWithoutReleased(env, text, tag) {
    const atTag = await (0,contents/* readFileAt */._T)(env.client, env.settings.changelogFile, tag);
    if (atTag === null)
        return text;
    const reconciled = withoutReleased(text, atTag);
    if (reconciled.dropped.length || reconciled.added.length) {
        core/* info */.pq(`${env.settings.changelogFile}: ${reconciled.dropped.length} entr${reconciled.dropped.length === 1 ? 'y' : 'ies'} already released in ${tag} left out of Unreleased; section${reconciled.added.length === 1 ? '' : 's'} ${reconciled.added.join(', ')} taken from ${tag}`);
    }
    return reconciled.text;
}
/** The listed version files' texts at the shipped commit (null: missing), each read once. */
async function readListed(files, listed) {
    const paths = [...new Set(listed.map((spec) => spec.path))];
    return new Map(await Promise.all(paths.map(async (file) => [file, await files.read(file)])));
}
/** A version-files problem as a gate verdict (it blocks like one, annotated on the file by blockedBy). */
function versionFileVerdict(problem, current) {
    const at = /^(\S+?)(?: line (\d+))?:/.exec(problem);
    return { name: 'version-files', expected: `the current version ${current}`, found: 'not there', where: at ? `${at[1]}${at[2] ? `:${at[2]}` : ''}` : 'version-files', passed: false, reason: problem };
}
/** The committer date of the oldest commit of the release, when the API gave dates. */
function oldestCommit(commits) {
    const times = commits.map((c) => Date.parse(c.date ?? '')).filter(Number.isFinite);
    return times.length ? { oldestCommitAt: new Date(Math.min(...times)).toISOString() } : {};
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

//# sourceMappingURL=136.index.js.map