/**
 * The stages after the gates, as one module: ncc makes one chunk of it, loaded once the gates'
 * requests are out (pipeline.ts). One chunk, not one per stage: code two chunks share (the deploy
 * unit, the commands, the records) is copied into each and compiled twice.
 */
export { takeLocks } from './lock/stage.js';
export { readAhead } from './version/reads.js';
export { runVersion } from './version/stage.js';
export { announceRefusals, checkBeforeWrite } from './gates/before-write.js';
export { ensureShipDeployment, lookupShipDeployment, shipIdOf } from './deploy/deployment.js';
export { deploymentFactsOf } from './deploy/unit.js';
export { publishShipRelease, runRelease } from './release/stage.js';
export { runPreDeploy } from './hooks/pre-deploy.js';
export { markVerified, runWaves } from './deploy/waves-run.js';
export { runCleanup } from './hooks/cleanup.js';
