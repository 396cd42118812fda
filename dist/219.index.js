export const id = 219;
export const ids = [219];
export const modules = {

/***/ 219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   announceRefusals: () => (/* binding */ announceRefusals),
/* harmony export */   checkBeforeWrite: () => (/* binding */ checkBeforeWrite)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _github_git_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8932);
/* harmony import */ var _release_reuse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1605);
/* harmony import */ var _version_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6427);
/**
 * The last checks before the first write, once the version is known: what the version stage
 * refused (version files, an explicit version going backwards), a tag name git would refuse, a
 * tag already held by another commit, and each deploy strategy's own checks of the versions it
 * would put in place (the new one, and the previous one for a rollback: its workflow must exist
 * at the previous tag). Any failed verdict blocks the ship with nothing written.
 */




/** Logs each refusal as an ::error titled with its input, on its file and line when known. */
function announceRefusals(verdicts) {
    for (const v of verdicts) {
        const [file, line, col] = v.where.split(':');
        const at = line && /^\d+$/.test(line) ? { file, startLine: Number(line), ...(col ? { startColumn: Number(col) } : {}) } : {};
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(v.reason, { title: v.name, ...at });
    }
}
async function checkBeforeWrite(env, input) {
    const { settings, context, client } = env;
    const { version, release, strategies } = input;
    const facts = { next: version.next, tag: version.tag, previousTag: release.previousTag, ...(release.changed ? { changed: release.changed } : {}) };
    const newVersion = { version: version.next, tag: version.tag, sha: '' };
    const previous = release.previousTag ? { version: version.previous, tag: release.previousTag, sha: '' } : undefined;
    const checks = [
        ...strategies.deploy.map((step) => [step, newVersion]),
        ...(previous ? strategies.rollback.map((step) => [step, previous]) : [])
    ];
    // A redeploy shares its deploy step's configuration: check each configuration once per target.
    const checked = new Map();
    const targetChecks = checks.filter(([step, target]) => {
        const tags = checked.get(step.config) ?? checked.set(step.config, new Set()).get(step.config);
        return !tags.has(target.tag) && Boolean(tags.add(target.tag));
    });
    const existingRef = release.fromReleaseEvent ? undefined : release.tagRefs.find((t) => t.name === version.tag);
    const [strategyVerdicts, existing] = await Promise.all([
        Promise.all(targetChecks.map(([{ strategy, config }, target]) => strategy.preflightTarget?.(env, config, target, facts) ?? Promise.resolve([]))),
        existingRef ? (0,_github_git_data_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectTag */ .Vm)(client, existingRef) : Promise.resolve(undefined)
    ]);
    const verdicts = [];
    if (!release.fromReleaseEvent) {
        const badTag = (0,_version_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .tagNameVerdict */ .XR)(version.tag, settings.tagPrefix, settings.version ? 'version' : 'tag-prefix');
        if (badTag)
            verdicts.push(badTag);
    }
    verdicts.push(...strategyVerdicts.flat());
    const decision = release.fromReleaseEvent ? { action: 'reuse', commitSha: context.sha, why: 'the release that triggered this run' } : (0,_release_reuse_js__WEBPACK_IMPORTED_MODULE_3__/* .decideTag */ .BF)(existing, context.sha, version.next);
    if (decision.action === 'fail') {
        verdicts.push({
            name: 'tag',
            expected: `${version.tag} free, or at this ship's commit (a re-run)`,
            found: `at ${existing?.commitSha.slice(0, 7) ?? 'another commit'}`,
            where: `refs/tags/${version.tag}`,
            passed: false,
            reason: decision.reason
        });
    }
    const blockers = verdicts.filter((v) => !v.passed);
    announceRefusals(blockers);
    return { verdicts, blockers, tag: { decision, ...(existing ? { existing } : {}) } };
}


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


/***/ })

};

//# sourceMappingURL=219.index.js.map