// @actions/core imports @actions/exec for core.platform.getDetails alone, which ship-prod never calls.
export function getExecOutput() {
  throw new Error('ship-prod is bundled without @actions/core platform details (core.platform.getDetails)');
}
export function exec() {
  throw new Error('ship-prod is bundled without @actions/exec');
}
