export const id = 890;
export const ids = [890];
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

/***/ 1605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ decideTag),
/* harmony export */   co: () => (/* binding */ decideRelease),
/* harmony export */   ul: () => (/* binding */ releaseCommitMessage)
/* harmony export */ });
/* unused harmony export isReleaseCommitOf */
/**
 * Re-run decisions, pure: does what already exists on GitHub belong to this ship?
 * (INTERFACE.md, Re-runs: a tag at this ship's release commit, or at the shipped commit itself,
 * is reused and never moved; a tag anywhere else fails the run with nothing changed.)
 */
/** Whether a commit message is the release commit of `version` (as `releaseCommitMessage` writes it). */
function isReleaseCommitOf(message, version) {
    if (!message)
        return false;
    const first = message.split('\n', 1)[0].trim();
    return first === releaseCommitMessage(version);
}
function releaseCommitMessage(version) {
    return `chore(release): ${version}`;
}
function decideTag(existing, shippedSha, version) {
    if (!existing)
        return { action: 'create' };
    if (existing.commitSha === shippedSha) {
        return { action: 'reuse', commitSha: shippedSha, why: `tag ${existing.tag} already points at the shipped commit ${shippedSha.slice(0, 7)}` };
    }
    const isChild = existing.parents?.length === 1 && existing.parents[0] === shippedSha;
    if (isChild && isReleaseCommitOf(existing.message, version)) {
        return {
            action: 'reuse',
            commitSha: existing.commitSha,
            why: `tag ${existing.tag} already points at this ship's release commit ${existing.commitSha.slice(0, 7)} (a re-run)`
        };
    }
    const what = isChild ? 'a child of the shipped commit that is not its release commit' : 'another commit';
    return {
        action: 'fail',
        reason: `tag ${existing.tag} already exists at ${existing.commitSha.slice(0, 7)}, ${what}; ` +
            `it is never moved. Ship a new version (input \`version\` or \`bump\`), or delete the tag if it was never released.`
    };
}
/** An existing release for the tag is reused (its notes updated when they differ), never duplicated. */
function decideRelease(existing, wanted) {
    if (!existing)
        return { action: 'create' };
    const update = (existing.body ?? '') !== wanted.body || (existing.name ?? '') !== wanted.name;
    const kind = existing.draft ? 'draft release' : 'published release';
    return { action: 'reuse', release: existing, update: existing.draft && update, why: `${kind} ${existing.id} for ${existing.tag_name} already exists` };
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishShipRelease: () => (/* binding */ publishShipRelease),
  runRelease: () => (/* binding */ runRelease),
  tagMessage: () => (/* binding */ tagMessage)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/writes.ts
var writes = __webpack_require__(7443);
;// CONCATENATED MODULE: ./src/github/pulls.ts

function toOpenPull(p) {
    return { number: p.number, title: p.title, body: p.body ?? '', headRef: p.head.ref, headSha: p.head.sha, headRepo: p.head.repo?.full_name ?? null, htmlUrl: p.html_url };
}
/** The open pull requests into `base` (the first 100, oldest first), optionally from one head branch of this repository. */
async function listOpenPulls(client, base, headBranch) {
    const { data } = await client.octokit.rest.pulls.list({
        owner: client.owner,
        repo: client.repo,
        state: 'open',
        base,
        ...(headBranch ? { head: `${client.owner}:${headBranch}` } : {}),
        sort: 'created',
        direction: 'asc',
        per_page: 100
    });
    return data.map(toOpenPull);
}
/** Opens a pull request from `head` (a branch of this repository) into `base`. */
function createPull(client, input) {
    return (0,writes/* lookFirst */.S)(client, `opening the pull request from ${input.head} into ${input.base}`, async (request) => {
        const { data } = await client.octokit.rest.pulls.create({ owner: client.owner, repo: client.repo, head: input.head, base: input.base, title: input.title, body: input.body, request });
        return toOpenPull(data);
    }, async () => (await listOpenPulls(client, input.base, input.head))[0]);
}
/** Sets a pull request's title and body. */
async function updatePull(client, pullNumber, input) {
    const { data } = await (0,writes/* harmless */.Is)(client, (request) => client.octokit.rest.pulls.update({ owner: client.owner, repo: client.repo, pull_number: pullNumber, title: input.title, body: input.body, request }));
    return toOpenPull(data);
}

// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
// EXTERNAL MODULE: ./src/github/releases.ts
var github_releases = __webpack_require__(3425);
;// CONCATENATED MODULE: ./src/release/branch-policy.ts
/**
 * May the action move the branch to the release commit itself? Only as a fast-forward, and only
 * when no rule would refuse a direct update (a pull request, status checks or deployments the new
 * commit cannot have yet, restricted updates). Pure: decided from the rules the gates stage read.
 */
const RULES_THAT_REFUSE_A_DIRECT_UPDATE = {
    pull_request: 'changes must come through a pull request',
    update: 'updates to the branch are restricted',
    required_status_checks: 'the new commit would need status checks it cannot have yet',
    required_deployments: 'the new commit would need deployments it cannot have yet',
    merge_queue: 'changes must go through the merge queue'
};
function branchMovePolicy(branch, rules, protection) {
    for (const rule of rules ?? []) {
        const type = rule?.type;
        if (typeof type === 'string' && Object.hasOwn(RULES_THAT_REFUSE_A_DIRECT_UPDATE, type)) {
            return { allowed: false, reason: `the ${type} rule on ${branch}: ${RULES_THAT_REFUSE_A_DIRECT_UPDATE[type]}` };
        }
    }
    const p = (protection ?? {});
    if (p.required_pull_request_reviews)
        return { allowed: false, reason: `classic protection of ${branch} requires pull request reviews` };
    if (p.required_status_checks)
        return { allowed: false, reason: `classic protection of ${branch} requires status checks the new commit cannot have yet` };
    if (p.restrictions)
        return { allowed: false, reason: `classic protection of ${branch} restricts who may push` };
    return { allowed: true, reason: `no rule on ${branch} refuses a fast-forward` };
}

;// CONCATENATED MODULE: ./src/release/merge-back-plan.ts
/**
 * The merge-back pull request, decided: when the branch cannot take the release commit (its rules
 * ask for a pull request, or it moved on), ONE pull request brings the release commits back into
 * it. Pure: the open pull requests and the head commit of ship-prod's one in, the plan out.
 *
 * - Its branch is `ship-prod/release-<version>`, made at the release commit (the tag's commit) of
 *   the release that opened the pull request.
 * - A later release, while that pull request is open, is added to it: a merge commit on its branch
 *   whose parents are the branch head and the new release commit and whose tree is the new release
 *   commit's (the newest version files and changelog win; the older release commits stay in the
 *   history, so merging keeps every tag on the branch). The branch only moves forward, never forced.
 * - Its title and body list every release it carries (a marker in the body keeps the list).
 * - A branch head that ship-prod did not make (someone pushed a fix of a conflict, say) is left
 *   alone, with a warning: the release is not added, and no second pull request is opened.
 */
const MERGE_BACK_PREFIX = 'ship-prod/release-';
function mergeBackBranch(version) {
    return `${MERGE_BACK_PREFIX}${version}`;
}
/** ship-prod's open merge-back pull request into the target (the oldest, should there be several). */
function choosePull(pulls, repository) {
    return pulls.find((p) => p.headRef.startsWith(MERGE_BACK_PREFIX) && p.headRepo === repository);
}
const MARKER = /<!-- ship-prod:merge-back ([^>]*) -->/;
/** The releases a pull request body says it carries: tag → release commit. */
function carriedReleases(body) {
    const m = MARKER.exec(body);
    if (!m)
        return [];
    return m[1]
        .split(/\s+/)
        .map((pair) => /^(.+)=([0-9a-f]{7,40})$/.exec(pair))
        .filter((x) => x !== null)
        .map((x) => ({ tag: x[1], sha: x[2] }));
}
function listed(tags) {
    if (tags.length <= 3)
        return tags.length === 1 ? tags[0] : `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
    return `${tags[0]} … ${tags[tags.length - 1]} (${tags.length} releases)`;
}
/** Title and body for the releases carried (oldest first). */
function pullText(target, reason, releases) {
    const tags = releases.map((r) => r.tag);
    const one = releases.length === 1;
    return {
        title: `chore(release): bring ${listed(tags)} back into ${target}`,
        body: [
            `The release commit${one ? '' : 's'} of ${listed(tags)} ${one ? 'was' : 'were'} tagged, but ${target} could not take ${one ? 'it' : 'them'} directly: ${reason}.`,
            `This pull request brings ${one ? 'it' : 'them'} back, so that ${target} holds the released version files and changelog.`,
            '',
            ...releases.map((r) => `- ${r.tag}: release commit ${r.sha.slice(0, 12)}`),
            '',
            `ship-prod adds each later release to this pull request while it is open (a merge commit on its branch; the newest release's files win). ` +
                `Merge it with a merge commit to keep the tags in ${target}'s history. Until it is merged, ship-prod takes the next version from the newest release tag, and each changelog section holds only what was not released yet.`,
            '',
            `<!-- ship-prod:merge-back ${releases.map((r) => `${r.tag}=${r.sha}`).join(' ')} -->`
        ].join('\n')
    };
}
/** Whether a commit is one ship-prod puts on a merge-back branch: a release commit, or its merge of one. */
function madeByShipProd(head) {
    const first = head.message.split('\n', 1)[0].trim();
    return /^chore\(release\): (?:\d\S*|merge \S+ into \S+)$/.test(first);
}
function mergeMessage(tag, branch) {
    return `chore(release): merge ${tag} into ${branch}`;
}
function planMergeBack(facts) {
    const release = { tag: facts.tag, sha: facts.releaseSha };
    const pull = choosePull(facts.pulls, facts.repository);
    if (!pull)
        return { action: 'open', branch: mergeBackBranch(facts.version), ...pullText(facts.target, facts.reason, [release]) };
    const carried = carriedReleases(pull.body);
    const withThis = carried.some((r) => r.tag === facts.tag) ? carried : [...carried, release];
    const text = pullText(facts.target, facts.reason, withThis);
    const head = facts.head;
    const holds = pull.headSha === facts.releaseSha || (head !== undefined && head.sha === pull.headSha && head.parents.includes(facts.releaseSha));
    if (holds) {
        // A re-run, or a lost answer after the branch moved: only the text may lag behind.
        return carried.some((r) => r.tag === facts.tag) ? { action: 'found', pull } : { action: 'found', pull, update: text };
    }
    if (!head || head.sha !== pull.headSha || !madeByShipProd(head)) {
        return {
            action: 'leave',
            pull,
            why: `its branch ${pull.headRef} has commits ship-prod did not make (head ${pull.headSha.slice(0, 7)}), so ${facts.tag} was not added to it: merge or close it, and the next ship adds its release`
        };
    }
    return { action: 'extend', pull, mergeMessage: mergeMessage(facts.tag, pull.headRef), ...text };
}

;// CONCATENATED MODULE: ./src/release/merge-back.ts
/**
 * The merge-back pull request, made: when the branch could not take the release commit, open
 * ship-prod's one pull request that brings it back, or add this release to the one already open
 * (merge-back-plan.ts decides). Every write looks first: the open pull requests are read before
 * anything is written, the branch is created or moved forward only (never forced), the pull request
 * is created through a look-first write, and its title and body are set with a harmless PATCH.
 */





/**
 * Opens or updates the merge-back pull request; answers the note for the stage summary. Never
 * throws for GitHub's refusals. `openPulls`: the branch's open pull requests, when they were read
 * ahead (the release stage does, while the release commit and tag are made).
 */
async function mergeBack(env, version, release, releaseSha, reason, openPulls) {
    const { client, context, timeline } = env;
    const left = `${context.branch} was left at ${context.sha.slice(0, 7)}: ${reason}. Tag ${version.tag} holds the release commit`;
    try {
        const pulls = await (openPulls ?? listOpenPulls(client, context.branch));
        const repository = `${client.owner}/${client.repo}`;
        const chosen = choosePull(pulls, repository);
        const head = chosen ? await (0,git_data/* readCommit */.kN)(client, chosen.headSha) : undefined;
        const plan = planMergeBack({ target: context.branch, repository, version: version.next, tag: version.tag, releaseSha, reason, pulls, head });
        const done = await carryOut(env, plan, releaseSha);
        release.mergeBack = done;
        const what = { opened: 'opened', updated: 'updated to bring it too', found: 'already brings it', left: 'was left alone' }[done.action];
        const note = `${left}; merge-back pull request #${done.number} ${what}.`;
        if (plan.action === 'leave') {
            timeline.warn(`${note} The pull request ${plan.why}.`, false);
            core/* warning */.$e(`merge-back pull request #${done.number} ${plan.why}`);
        }
        else {
            timeline.warn(`${note} Merge it to bring ${version.tag} into ${context.branch}.`, false);
        }
        return `${context.branch} left alone; merge-back pull request #${done.number} ${done.action}`;
    }
    catch (error) {
        // A token without the permission: say which one (the pull request's, or the branch's).
        const pulls = /\/pulls\b/.test(error.request?.url ?? '');
        const why = (0,github_client.explainGitHubError)(error, pulls ? 'opening or updating the pull request' : 'writing its branch', pulls ? 'pull-requests: write' : 'contents: write');
        timeline.warn(`${left}; the merge-back pull request could not be made (${why}): bring ${version.tag} into ${context.branch} through a pull request by hand.`, false);
        core/* warning */.$e(`merge-back pull request not made: ${why}`);
        return `${context.branch} left alone`;
    }
}
async function carryOut(env, plan, releaseSha) {
    const { client, context } = env;
    switch (plan.action) {
        case 'open': {
            const moved = await (0,git_data/* fastForwardBranch */.k7)(client, plan.branch, releaseSha, { create: 'first' });
            if (moved !== 'moved' && moved !== 'created')
                throw new Error(`branch ${plan.branch} exists at another commit and is not behind the release commit`);
            const pull = await createPull(client, { head: plan.branch, base: context.branch, title: plan.title, body: plan.body });
            return { number: pull.number, url: pull.htmlUrl, branch: plan.branch, action: 'opened' };
        }
        case 'extend': {
            const release = await (0,git_data/* readCommit */.kN)(client, releaseSha);
            const merge = await (0,git_data/* createCommitOnTree */.hq)(client, { treeSha: release.treeSha, parents: [plan.pull.headSha, releaseSha], message: plan.mergeMessage });
            const moved = await (0,git_data/* fastForwardBranch */.k7)(client, plan.pull.headRef, merge);
            if (moved !== 'moved')
                throw new Error(`branch ${plan.pull.headRef} moved while the merge was made`);
            await updatePull(client, plan.pull.number, { title: plan.title, body: plan.body });
            return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: 'updated' };
        }
        case 'found':
            if (plan.update)
                await updatePull(client, plan.pull.number, plan.update);
            return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: plan.update ? 'updated' : 'found' };
        case 'leave':
            return { number: plan.pull.number, url: plan.pull.htmlUrl, branch: plan.pull.headRef, action: 'left' };
    }
}

// EXTERNAL MODULE: ./src/release/reuse.ts
var reuse = __webpack_require__(1605);
;// CONCATENATED MODULE: ./src/release/stage.ts
/**
 * The release stage: the release commit (parent: the shipped commit; only the version files
 * differ), the annotated tag, the branch fast-forward when allowed, and the draft release.
 * Every write first looks: what already exists for this ship is reused, never duplicated; a tag
 * at any other commit fails the run with nothing changed.
 */








function tagMessage(version, section) {
    return section.trim() ? `Release ${version}\n\n${section.trim()}\n` : `Release ${version}\n`;
}
async function runRelease(env, input) {
    const { settings, context, client, timeline } = env;
    const { version, inputs: plan } = input;
    const release = { reused: [] };
    if (plan.fromReleaseEvent) {
        const event = env.facts.event.release;
        release.commitSha = context.sha;
        release.releaseId = event?.id;
        release.releaseUrl = event?.html_url;
        release.draft = Boolean(event?.draft);
        release.reused.push(`the ${version.tag} release that triggered this run`);
        await input.alongside?.();
        return { state: 'skipped', summary: `release-triggered: tag and release ${version.tag} already exist`, release };
    }
    let decision = input.tag.decision;
    if (decision.action === 'fail')
        return { state: 'failed', summary: decision.reason, release };
    const releaseBody = version.changelogSection.trim();
    let releases = plan.releases;
    let releaseDecision = (0,reuse/* decideRelease */.co)(releases.find((r) => r.tag_name === version.tag), { body: releaseBody, name: version.tag });
    const policy = branchMovePolicy(context.branch, input.branch?.rules ?? null, input.branch?.protection ?? null);
    if (settings.dryRun) {
        if (decision.action === 'reuse')
            timeline.plan({ what: `reuse tag ${version.tag}`, detail: decision.why });
        else
            timeline.plan({ what: `create annotated tag ${version.tag} with this message`, detail: tagMessage(version.next, releaseBody) });
        if (plan.files.length) {
            timeline.plan({
                what: policy.allowed ? `fast-forward ${context.branch} to the release commit` : `leave ${context.branch} alone; open or update the merge-back pull request`,
                detail: policy.reason
            });
        }
        if (settings.release) {
            timeline.plan({
                what: `${releaseDecision.action === 'create' ? 'create draft' : 'reuse'} release ${version.tag}${plan.prerelease ? ' (prerelease)' : ''} with these notes`,
                detail: releaseBody ? releaseBody : 'notes generated by GitHub (the changelog section is empty)'
            });
        }
        return { state: 'planned', summary: `would ${decision.action === 'reuse' ? 'reuse' : 'create'} tag ${version.tag}${settings.release ? ' and a draft release' : ''}`, release };
    }
    // A branch the rules keep the release commit out of gets the merge-back pull request: its open
    // pull requests are read while the release commit and the tag are made.
    const openPulls = !policy.allowed && plan.files.length && context.branch ? listOpenPulls(client, context.branch) : undefined;
    openPulls?.catch(() => undefined); // awaited by the merge-back, which reports its errors
    if (decision.action === 'create') {
        const commitSha = plan.files.length
            ? (await (0,git_data/* createCommitWithFiles */.x$)(client, {
                parentSha: context.sha,
                parentTreeSha: context.treeSha,
                files: plan.files,
                message: (0,reuse/* releaseCommitMessage */.ul)(version.next)
            })).sha
            : context.sha;
        const created = await (0,git_data/* createAnnotatedTag */.Bw)(client, { tag: version.tag, commitSha, message: tagMessage(version.next, releaseBody) });
        if (created.created) {
            release.tagSha = created.tagObjectSha;
            decision = { action: 'reuse', commitSha, why: 'created' };
        }
        else {
            // Another run created the tag in between: decide again from what is there now.
            const raced = (await (0,git_data/* listTagRefs */.t)(client)).find((t) => t.name === version.tag);
            decision = (0,reuse/* decideTag */.BF)(raced ? await (0,git_data/* inspectTag */.Vm)(client, raced) : undefined, context.sha, version.next);
            if (decision.action !== 'reuse') {
                return { state: 'failed', summary: decision.action === 'fail' ? decision.reason : `tag ${version.tag} could not be created`, release };
            }
            release.reused.push(`tag ${version.tag} (created by a concurrent run)`);
            // That run may have made the release too: look again before creating one.
            releases = await (0,github_releases/* listRecentReleases */.qS)(client);
            releaseDecision = (0,reuse/* decideRelease */.co)(releases.find((r) => r.tag_name === version.tag), { body: releaseBody, name: version.tag });
        }
    }
    else {
        release.reused.push(`tag ${version.tag}: ${decision.why}`);
        release.tagSha = input.tag.existing?.tagObjectSha;
    }
    release.commitSha = decision.commitSha;
    const resumed = decision.why !== 'created';
    // Once the tag is ours: the branch (its fast-forward, or the merge-back pull request) in the side
    // lane, beside the draft release and then the deployment in the main one.
    const [branchNote, releaseRecord] = await Promise.all([
        (0,github_client.inSideLane)(() => moveBranch(env, version, release, decision.commitSha, policy, resumed, openPulls)),
        settings.release ? ensureDraftRelease(env, { version, release, decision: releaseDecision, body: releaseBody, commitSha: decision.commitSha, prerelease: plan.prerelease }) : Promise.resolve(undefined),
        input.alongside?.()
    ]);
    if (releaseRecord) {
        release.releaseId = releaseRecord.id;
        release.releaseUrl = releaseRecord.html_url;
        release.draft = releaseRecord.draft;
    }
    const parts = [
        decision.why === 'created' ? `tag ${version.tag} created at ${decision.commitSha.slice(0, 7)}` : `tag ${version.tag} reused`,
        branchNote,
        releaseRecord ? `release ${releaseRecord.draft ? 'draft' : ''} ${releaseRecord.id}`.replace('  ', ' ') : 'no release (release: false)'
    ];
    return { state: 'done', summary: parts.filter(Boolean).join('; '), release };
}
async function moveBranch(env, version, release, commitSha, policy, resumed, openPulls) {
    const { context, client } = env;
    if (commitSha === context.sha || !context.branch)
        return '';
    // A resumed ship may have moved the branch already: look before writing.
    if (resumed && (await (0,git_data/* branchHead */.P)(client, context.branch)) === commitSha)
        return `${context.branch} already at the release commit`;
    // A branch that cannot take the release commit gets it back through one pull request (merge-back.ts).
    if (!policy.allowed)
        return mergeBack(env, version, release, commitSha, policy.reason, openPulls);
    const result = await (0,git_data/* fastForwardBranch */.k7)(client, context.branch, commitSha);
    if (result === 'moved')
        return `${context.branch} fast-forwarded`;
    const why = result === 'not-fast-forward' ? `it moved on since ${context.sha.slice(0, 7)}, so the release commit is not a fast-forward` : 'GitHub refused the update';
    core/* warning */.$e(`${context.branch} was left alone: ${why}`);
    return mergeBack(env, version, release, commitSha, why);
}
async function ensureDraftRelease(env, input) {
    const { version, decision, body } = input;
    if (decision.action === 'reuse') {
        input.release.reused.push(decision.why);
        if (decision.update)
            return (0,github_releases/* updateReleaseNotes */.ev)(env.client, decision.release.id, { name: version.tag, body });
        return decision.release;
    }
    return (0,github_releases/* createDraftRelease */.nv)(env.client, { tag: version.tag, name: version.tag, body, prerelease: input.prerelease, targetSha: input.commitSha });
}
/** At the end of a successful ship: publish the draft (latest unless a prerelease). */
async function publishShipRelease(env, release, prerelease) {
    if (!release.releaseId || release.draft === false)
        return;
    const published = await (0,github_releases/* publishRelease */.Dl)(env.client, release.releaseId, prerelease);
    release.draft = published.draft;
    release.releaseUrl = published.html_url;
}


/***/ })

};

//# sourceMappingURL=890.index.js.map