/**
 * What every state file that parses must show after a production ship is recorded in it, in its
 * own layout: comments, order, quoting and line endings kept, only the changed values differ, the
 * new values readable where `changed` says, idempotent; a rolled-back or failed ship records the
 * attempt only. Shared by the project's own fixtures (state-update.test.ts) and the real-file
 * corpus (__tests__/corpus/spec-flow.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { isProductionPhase, normalizePhase } from '../../src/state-file/find.js';
import { StateUpdateError, updateStateFile, type ProductionFacts } from '../../src/state-file/update.js';

export const SHIPPED: ProductionFacts = {
  version: '1.5.0',
  tag: 'v1.5.0',
  tagCreatedAt: '2025-11-02T10:12:08Z',
  deployedAt: '2025-11-02T10:15:43Z',
  releaseUrl: 'https://github.com/acme/checkout-api/releases/tag/v1.5.0',
  deploymentId: 2417730915,
  runId: 11873466012,
  runUrl: 'https://github.com/acme/checkout-api/actions/runs/11873466012',
  productionUrl: 'https://api.acme.example',
  status: 'shipped'
};
export const ROLLED_BACK: ProductionFacts = { ...SHIPPED, status: 'rolled-back' };
export const FAILED: ProductionFacts = { ...SHIPPED, status: 'failed' };

export function get(root: unknown, dotted: string): unknown {
  let at = root;
  for (const key of dotted.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const commentLines = (text: string) => text.split(/\r?\n/).filter((l) => /^\s*#/.test(l)).length;
const commentsIn = (text: string) => [...text.matchAll(/(^|\s)#.*$/gm)].map((m) => m[0].trim());

/** Lines of `a` outside a longest common subsequence with `b` (what was not kept, in order). */
function linesNotKept(a: string[], b: string[]): string[] {
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && dp[i]![j + 1]! >= dp[i + 1]![j]!) {
      j++;
    } else {
      out.push(a[i]!);
      i++;
    }
  }
  return out;
}

/** The key a line sets (`  deployed_at: null` → deployed_at), if any. */
function keyOf(line: string): string | undefined {
  return /^\s*(?:-\s+)?["']?([\w.-]+)["']?\s*:/.exec(line)?.[1];
}

/** What a changed value must read, by its key. */
function expectedAt(dotted: string, facts: ProductionFacts): (v: unknown) => boolean {
  const key = dotted.split('.').pop()!.toLowerCase().replace(/[_-]/g, '');
  const attempt = dotted.includes('last_attempt') || dotted.includes('lastAttempt');
  const eq = (want: unknown) => (v: unknown) => String(v) === String(want);
  switch (key) {
    case 'version':
    case 'releaseversion':
      return eq(facts.version);
    case 'tag':
      return eq(facts.tag);
    case 'tagcreatedat':
      return eq(facts.tagCreatedAt);
    case 'deployedat':
    case 'timestamp':
    case 'attemptedat':
      return eq(facts.deployedAt);
    case 'url':
      return eq(facts.productionUrl);
    case 'deploymentid':
      return eq(facts.deploymentId);
    case 'githubreleaseurl':
      return eq(facts.releaseUrl);
    case 'runid':
      return eq(facts.runId);
    case 'runurl':
      return eq(facts.runUrl);
    case 'deployed':
      return (v) => v === true;
    case 'status':
      return eq(attempt ? facts.status : 'shipped');
    case 'phase':
    case 'currentphase':
      return (v) => typeof v === 'string' && normalizePhase(v) === 'finalize';
    case 'completedphases':
    case 'phasescompleted':
      return (v) => Array.isArray(v) && v.some((x) => typeof x === 'string' && isProductionPhase(x));
    default:
      return () => false;
  }
}

/** The checks every fixture must pass after an update. */
export function checkUpdate(file: string, original: string, facts: ProductionFacts): { before: unknown; after: unknown; changed: string[]; text: string } {
  const { text, changed } = updateStateFile(file, original, facts);
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  const after = doc.toJS() as unknown;
  const before = parseDocument(original).toJS() as unknown;

  // Comments: the same number of comment lines, and every comment still there, in order.
  expect(commentLines(text)).toBe(commentLines(original));
  expect(commentsIn(text)).toEqual(commentsIn(original));

  // Line endings kept: a CRLF file stays CRLF throughout.
  if (original.includes('\r\n')) expect(text.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);

  // Every original line that is not a changed value is still there, byte for byte, in order.
  const changedKeys = new Set(changed.map((c) => c.split('.').pop()!));
  // (In JSON, a member added after the last one puts a comma after it: that line counts as kept.)
  const lines = (t: string) => t.split('\n').map((l) => (file.endsWith('.json') ? l.replace(/,(\r?)$/, '$1') : l));
  const rewritten = linesNotKept(lines(original), lines(text));
  for (const line of rewritten) expect({ line, key: keyOf(line) !== undefined && changedKeys.has(keyOf(line)!) }).toEqual({ line, key: true });
  expect(rewritten.length).toBeLessThanOrEqual(changed.length);

  // The new values are readable where `changed` says.
  for (const dotted of changed) {
    const value = get(after, dotted);
    expect({ dotted, ok: expectedAt(dotted, facts)(value), value }).toEqual({ dotted, ok: true, value });
  }
  return { before, after, changed, text };
}

export const PRODUCTION_PATHS = ['deployment.production', 'deployment_state.production', 'deployment.environment.production', 'deployment.environments.production', 'production_deployment'];

export function describeStateUpdates(title: string, files: readonly string[], read: (file: string) => string, minParsing: number): void {
  const parsing = files.filter((f) => parseDocument(read(f), { uniqueKeys: true }).errors.length === 0);
  describe(title, () => {
    it('there are enough of them to mean something', () => {
      expect(parsing.length).toBeGreaterThanOrEqual(minParsing);
      expect(files.length - parsing.length).toBe(2);
    });

    it.each(parsing)('shipped: %s', (file) => {
      const { before, after, changed } = checkUpdate(file, read(file), SHIPPED);
      const production = PRODUCTION_PATHS.map((p) => get(after, p)).find((m) => typeof m === 'object' && m !== null) as Record<string, unknown>;
      expect(production).toBeDefined();
      const version = production.version ?? production.release_version;
      expect(String(version)).toBe('1.5.0');
      expect(String(production.tag)).toBe('v1.5.0');
      expect(String(production.deployment_id)).toBe('2417730915');
      // The phase advances to finalize (keeping a `ship:` prefix) wherever the file keeps a named phase.
      for (const p of ['current_phase', 'phase', 'workflow.phase']) {
        const was = get(before, p);
        if (typeof was === 'string' && was.trim()) {
          expect(normalizePhase(String(get(after, p)))).toBe('finalize');
          if (was.includes(':')) expect(String(get(after, p))).toBe(`${was.slice(0, was.lastIndexOf(':') + 1)}finalize`);
          break;
        }
        if (typeof was === 'number') {
          expect(get(after, p)).toBe(was);
          break;
        }
      }
      // Updating again changes nothing (idempotent).
      const once = updateStateFile(file, read(file), SHIPPED).text;
      expect(updateStateFile(file, once, SHIPPED)).toEqual({ text: once, changed: [] });
      expect(changed.length).toBeGreaterThan(0);
    });

    it.each(parsing)('rolled back: %s', (file) => {
      const { before, after, changed } = checkUpdate(file, read(file), ROLLED_BACK);
      for (const p of ['current_phase', 'phase', 'workflow.phase', 'workflow.completed_phases', 'completed_phases']) expect(get(after, p)).toEqual(get(before, p));
      const attempt = PRODUCTION_PATHS.map((p) => get(after, `${p}.last_attempt`)).find(Boolean) as Record<string, unknown>;
      expect(attempt).toMatchObject({ version: '1.5.0', tag: 'v1.5.0', status: 'rolled-back', attempted_at: '2025-11-02T10:15:43Z' });
      expect(changed.every((c) => c.includes('.last_attempt.'))).toBe(true);
    });

    it.each(parsing)('failed: %s', (file) => {
      const { after } = checkUpdate(file, read(file), FAILED);
      const attempt = PRODUCTION_PATHS.map((p) => get(after, `${p}.last_attempt`)).find(Boolean) as Record<string, unknown>;
      expect(attempt.status).toBe('failed');
    });

    it('the two that do not parse are refused, naming file, line and column', () => {
      const bad = files.filter((f) => !parsing.includes(f));
      for (const file of bad) {
        expect(() => updateStateFile(file, read(file), SHIPPED)).toThrow(StateUpdateError);
        expect(() => updateStateFile(file, read(file), SHIPPED)).toThrow(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ does not parse`));
      }
    });
  });
}
