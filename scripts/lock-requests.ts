/**
 * Which requests of a sandbox request log are the environment lock's own (the lock commit, the
 * lock ref's creation or take-over, its release): the measurements count them, and the tests
 * tell them from a ship's other writes.
 */
import type { RequestLogEntry } from '../sandbox/github/types.js';

export const LOCK_REFS = 'refs/ship-prod/locks/';

export function isLockRequest(r: RequestLogEntry): boolean {
  const body = r.requestBody as { message?: string; ref?: string } | undefined;
  if (r.operationId === 'git/create-commit') return Boolean(body?.message?.startsWith('ship-prod lock:'));
  if (r.operationId === 'git/create-ref') return Boolean(body?.ref?.startsWith(LOCK_REFS));
  return /^git\/(get|update|delete)-ref$/.test(r.operationId ?? '') && decodeURIComponent(r.path).includes(`/git/${r.operationId === 'git/get-ref' ? 'ref' : 'refs'}/${LOCK_REFS.slice('refs/'.length)}`);
}
