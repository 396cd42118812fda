/**
 * What the pipeline runs up to the gates, as one module: ncc makes one chunk of it, loaded once the
 * gates' first reads are written (pipeline.ts). One chunk, not one per module: code two chunks
 * share is copied into each and compiled twice.
 */
export { chooseStrategies, distinctSteps } from './deploy/strategies/registry.js';
export { runGates } from './gates/stage.js';
