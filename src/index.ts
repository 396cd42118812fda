/**
 * The bundled entry point (dist/index.js), for both steps of action.yml: `main`, and `post`
 * (`post-if: cancelled()`). The runner sets STATE_isPost only for the post step of a run whose
 * main saved it (main does, first thing), so its presence tells the two apart.
 *
 * Start-up: this file loads nothing else until it knows which step it is, and each step's code
 * is a chunk of its own (ncc splits at every dynamic import), so the post step never loads the pipeline. V8's
 * compile cache (Node >= 22.1; the runner's Node 24) is turned on first, so the chunks compiled
 * by the main step are not compiled again by the post step (`NODE_COMPILE_CACHE` picks the
 * folder, else the temporary folder; `NODE_DISABLE_COMPILE_CACHE=1` turns it off).
 */
import module from 'node:module';
import { IS_POST_KEY } from './ship-state-keys.js';

// Optional call: Node 20 has no compile cache (the action may still be run there by hand).
module.enableCompileCache?.();

try {
  // Every line either step writes goes through the secrets registry first.
  (await import('./config/log-redaction.js')).installLogRedaction();
  // core.getState(IS_POST_KEY), without loading @actions/core here.
  if (process.env[`STATE_${IS_POST_KEY}`] === 'true') {
    await (await import('./post.js')).runPost();
  } else {
    await (await import('./main.js')).run();
  }
} catch (error) {
  // Only what escaped main's own handling (which reports in the summary): a chunk that failed to load.
  const { readableStack } = await import('./error-stack.js');
  process.stderr.write(`ship-prod: ${readableStack(error)}\n`);
  process.exitCode = 1;
}
