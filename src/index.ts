/**
 * The bundled entry point (dist/index.js), for both steps of action.yml: `main`, and `post`
 * (`post-if: cancelled()`). The runner sets STATE_isPost only for the post step of a run whose
 * main saved it (main does, first thing), so its presence tells the two apart.
 */
import * as core from '@actions/core';
import { installLogRedaction } from './config/log-redaction.js';
import { run } from './main.js';
import { runPost } from './post.js';
import { IS_POST_KEY } from './ship-state.js';

// Every line either step writes goes through the secrets registry first.
installLogRedaction();

if (core.getState(IS_POST_KEY) === 'true') {
  await runPost();
} else {
  await run();
}
