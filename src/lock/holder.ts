/**
 * Who holds an environment's lock, as written in the lock commit's message (pure). The lock is the
 * ref `refs/ship-prod/locks/<environment>` pointing at a commit whose message names its holder:
 *
 *   ship-prod lock: production
 *
 *   environment: production
 *   run-id: 11873466012
 *   run-attempt: 1
 *   run-url: https://github.com/acme/shop/actions/runs/11873466012
 *   ship-id: 11873466012:3f2a…
 *   since: 2026-11-21T16:30:00.000Z
 *
 * A commit a person can open on GitHub (by its SHA) and read; `parseLockMessage` reads it back.
 */

/** The namespace of ship-prod's locks: refs outside heads/ and tags/ start no workflow. */
export const LOCK_NAMESPACE = 'refs/ship-prod/locks/';

export interface LockHolder {
  environment: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  shipId: string;
  /** When it took the lock (ISO). */
  since: string;
  /** The run it took the lock over from (its run had completed), when it did. */
  takenOverFrom?: string;
}

/**
 * The lock's ref for an environment. GitHub compares environment names without case, so the name
 * is lower-cased; every character but a-z, 0-9 and `-` is written `_xx` (its UTF-8 bytes in hex),
 * so any environment name gives a ref git accepts, and two names never share one.
 */
export function lockRefName(environment: string): string {
  const bytes = Buffer.from(environment.toLowerCase(), 'utf8');
  let out = '';
  for (const byte of bytes) {
    const c = String.fromCharCode(byte);
    out += /[a-z0-9-]/.test(c) ? c : `_${byte.toString(16).padStart(2, '0')}`;
  }
  return `${LOCK_NAMESPACE}${out}`;
}

const FIELDS: Array<[keyof LockHolder, string]> = [
  ['environment', 'environment'],
  ['runId', 'run-id'],
  ['runAttempt', 'run-attempt'],
  ['runUrl', 'run-url'],
  ['shipId', 'ship-id'],
  ['since', 'since'],
  ['takenOverFrom', 'taken-over-from']
];

export function lockMessage(holder: LockHolder): string {
  const lines = FIELDS.filter(([key]) => holder[key] !== undefined && holder[key] !== '').map(([key, name]) => `${name}: ${oneLine(holder[key]!)}`);
  return `ship-prod lock: ${oneLine(holder.environment)}\n\n${lines.join('\n')}\n`;
}

/** The holder a lock commit names, or undefined when the message is not a ship-prod lock's. */
export function parseLockMessage(message: string): LockHolder | undefined {
  if (!message.startsWith('ship-prod lock:')) return undefined;
  const values = new Map<string, string>();
  for (const line of message.split('\n').slice(1)) {
    const at = line.indexOf(': ');
    if (at > 0) values.set(line.slice(0, at).trim(), line.slice(at + 2).trim());
  }
  const runId = values.get('run-id') ?? '';
  if (!/^\d+$/.test(runId)) return undefined;
  const holder: LockHolder = {
    environment: values.get('environment') ?? '',
    runId,
    runAttempt: values.get('run-attempt') ?? '',
    runUrl: values.get('run-url') ?? '',
    shipId: values.get('ship-id') ?? '',
    since: values.get('since') ?? ''
  };
  const from = values.get('taken-over-from');
  if (from) holder.takenOverFrom = from;
  return holder;
}

/** `run 123 (attempt 2)`, the words the log and the summary name a holder with. */
export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'something that is not a ship-prod run (the lock commit does not name one)';
  return `run ${holder.runId}${holder.runAttempt && holder.runAttempt !== '1' ? ` (attempt ${holder.runAttempt})` : ''}`;
}

function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}
