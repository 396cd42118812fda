export const id = 488;
export const ids = [488];
export const modules = {

/***/ 4488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decideResume: () => (/* binding */ decideResume),
/* harmony export */   ensureShipDeployment: () => (/* binding */ ensureShipDeployment),
/* harmony export */   lookupShipDeployment: () => (/* binding */ lookupShipDeployment),
/* harmony export */   shipIdOf: () => (/* binding */ shipIdOf),
/* harmony export */   started: () => (/* binding */ started)
/* harmony export */ });
/* harmony import */ var _github_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8320);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6887);
/* harmony import */ var _workflow_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9930);
/**
 * The ship's GitHub deployment of one environment, found or created once. The pipeline starts
 * this work alongside the release stage's own writes (the deployment needs only the tag), so the
 * deploy unit finds the deployment ready; a release-triggered run, which has no release writes,
 * prepares it in the unit.
 *
 * A re-run decides from this ship's newest deployment and the deploy run it dispatched
 * (INTERFACE.md, Re-runs): see `decideResume`.
 */




/** What a re-run does with the ship's newest deployment and the run it dispatched (pure). */
function decideResume(existing, run) {
    if (!existing)
        return { action: 'create', why: 'no deployment of this ship yet' };
    const at = `deployment ${existing.id}`;
    if (existing.state === 'success')
        return { action: 'done', why: `${at} of this ship already succeeded: not deployed again` };
    if (run && run.status !== 'completed')
        return { action: 'wait', why: `run ${run.id}, dispatched for ${at}, is ${run.status}: waiting for it, not dispatching again` };
    if (existing.state === 'failure') {
        return { action: 'create', why: `${at} of this ship ended in failure${run ? ` (run ${run.id} ${run.conclusion})` : ''}: deploying again with a new deployment` };
    }
    if (run?.conclusion === 'success')
        return { action: 'wait', why: `run ${run.id}, dispatched for ${at}, already succeeded: not dispatching again` };
    if (run)
        return { action: 'create', why: `run ${run.id}, dispatched for ${at}, ended ${run.conclusion}: deploying again with a new deployment` };
    return { action: 'deploy', why: `${at} of this ship exists (a re-run) and nothing was dispatched for it yet: reused` };
}
/** The ship's identity across attempts of the same job: the workflow run and the tag (or the commit before there is one). */
function shipIdOf(runId, tagOrSha) {
    return `${runId || 'local'}:${tagOrSha}`;
}
function lookupShipDeployment(facts) {
    return (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .findShipDeployment */ .bo)(facts.client, { environment: facts.environment, ref: facts.version.tag, shipId: facts.shipId });
}
/**
 * The run an earlier attempt dispatched for `existing`: the one its statuses name, else (killed
 * right after the dispatch, before anything recorded it) a workflow_dispatch run of the deploy
 * workflow at the tag created since the deployment.
 */
async function earlierRun(facts, existing) {
    // A run deleted since (404) is as good as none: the decision falls back on the deployment's state.
    if (existing.runId)
        return (0,_github_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .getRun */ .Mh)(facts.client, existing.runId).catch((error) => ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error) === 404 ? undefined : Promise.reject(error)));
    if (facts.workflowId === undefined || existing.state === 'success')
        return undefined;
    return (0,_workflow_run_js__WEBPACK_IMPORTED_MODULE_3__/* .findRunSince */ .P8)(facts.client, { workflow: facts.workflowId, ref: facts.version.tag, since: existing.createdAt, shipId: `${facts.shipId}:deploy` });
}
async function ensureShipDeployment(facts, lookup) {
    const existing = await lookup;
    const earlier = existing ? await earlierRun(facts, existing) : undefined;
    const decision = decideResume(existing, earlier);
    const known = new Set(earlier ? [earlier.id] : []);
    if (existing && decision.action !== 'create')
        return { id: existing.id, createdAt: existing.createdAt, existing, decision, run: earlier, known };
    const { version, environment } = facts;
    const created = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .createShipDeployment */ .UJ)(facts.client, {
        ref: version.tag,
        environment,
        description: `ship-prod ${version.tag}`,
        production: environment.toLowerCase().startsWith('prod'),
        payload: {
            ship_prod: {
                ship_id: facts.shipId,
                version: version.next,
                tag: version.tag,
                previous_version: version.previous,
                run_id: facts.runId,
                run_url: facts.runUrl,
                ...(facts.freezeOverride ? { freeze_override: facts.freezeOverride } : {})
            }
        }
    });
    return { ...created, existing, decision, known };
}
/** Marks a promise as handled now (it is awaited later), so a rejection in between is not fatal. */
function started(promise) {
    promise.catch(() => undefined);
    return promise;
}


/***/ })

};

//# sourceMappingURL=488.index.js.map