/**
 * Which stage sent a GitHub request. Stages of one ship run at once (the environments of a wave),
 * so what a stage sent cannot be read off the client's count before and after it: that count
 * holds its siblings' requests too. Instead each stage runs its body in a scope of its own
 * (AsyncLocalStorage: carried through every await, callback and timer the body starts), and the
 * client counts each request it sends in the scope it was sent from. A request is counted once,
 * in the stage (of the environment) that made it; one sent outside every stage, in none.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The requests sent from inside one stage's body. */
export interface RequestScope {
  requests: number;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `body` with `scope` as the scope its requests are counted in. */
export function inRequestScope<T>(scope: RequestScope, body: () => T): T {
  return scopes.run(scope, body);
}

/** The scope a request sent now is counted in (undefined outside every stage). */
export function currentRequestScope(): RequestScope | undefined {
  return scopes.getStore();
}
