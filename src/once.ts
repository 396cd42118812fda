/**
 * Promises started ahead of the code that awaits them.
 */

/** Marks a promise as handled now (it is awaited later), so a rejection in between is not fatal. */
export function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * A promise asked for at most once: the first call starts it, every call gets it. It is marked
 * handled at once, so a rejection before anyone awaits it (or one nobody ever awaits: work
 * started ahead that the ship did not reach) is not an unhandled rejection; whoever awaits it
 * still gets the error.
 */
export function once<T>(start: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= started(start()));
}
