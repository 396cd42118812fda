/**
 * The names ship-prod saves its state under (core.saveState), apart from ship-state.ts so that
 * the entry point (index.ts) can tell the post step from main without loading @actions/core.
 */

/** The one state key ship-prod keeps its facts under (a JSON object). */
export const SHIP_STATE_KEY = 'ship';
/** Saved by main first thing; the runner sets STATE_isPost only for the post step of such a run. */
export const IS_POST_KEY = 'isPost';
