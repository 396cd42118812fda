/**
 * Evaluates state-file gates against a parsed state file. Every gate gets a verdict (no stopping
 * at the first failure), each with what was expected, what was found, where, and a reason.
 *
 * How a path is read:
 * - a scalar at the path is the value (`validate_staging: approved`);
 * - a map at the path is read in its object form: `status` when present and not empty,
 *   otherwise the `approved` flag, otherwise the `passed` flag. A map with none of them carries
 *   no verdict and the next path is tried (the verdict mentions it when nothing decides);
 * - absent keys and empty values (`key:` or `null`) are skipped: the next path is tried.
 * The first path holding a value decides. Values match case-insensitively, trimmed; boolean
 * `true` matches an accepted `true`. An accepted value contradicted by a sibling flag that is
 * explicitly false (`status: approved` with `approved: false`, `status: passed` with
 * `tested: false`) blocks.
 */
import type { Node as YamlNode } from 'yaml';
import { isMap, isScalar, isSeq } from '../config/yaml-engine.js';
import type { GateRule } from '../config/settings.js';
import type { GateVerdict } from './verdict.js';
import { GATE_TEXT } from './rules.js';
import { lineOf, locate, mapGet, type StateDoc, type StateParseError } from '../state-file/parse.js';

/** Flags that, when explicitly `false`, contradict an accepted status. */
const CONTRA_FLAGS = ['approved', 'passed', 'tested'];
/** Flags that decide when a map has no status, in order. */
const DECIDING_FLAGS = ['approved', 'passed'];

type Scalar = string | number | boolean;

interface Decided {
  kind: 'value';
  /** Dotted path of the node that decided (`manual_gates.staging_validation.status`). */
  path: string;
  value: Scalar;
  /** Shown as `found`: `pending`, or `approved: false` for a flag. */
  shown: string;
  line?: number;
  /** Sibling flags explicitly false, with their lines. */
  falseFlags: Array<{ key: string; line?: number }>;
  /** The map carried `required: false`. */
  notRequired: boolean;
}

interface Shapeless {
  kind: 'shapeless';
  path: string;
  line?: number;
  what: string;
}

type Resolution = Decided | Shapeless | undefined;

function scalarValue(node: YamlNode | null | undefined): Scalar | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v.toString();
  return undefined;
}

function show(v: Scalar): string {
  return typeof v === 'string' ? v.trim() : String(v);
}

/** Normalised form for matching: trimmed, lower case; booleans and numbers as text. */
export function normalizeValue(v: Scalar): string {
  return show(v).toLowerCase();
}

/** Does the value match one of the accepted values? */
export function valueMatches(v: Scalar, accept: readonly string[]): boolean {
  const n = normalizeValue(v);
  return accept.some((a) => a.trim().toLowerCase() === n);
}

function resolve(doc: StateDoc, path: string): Resolution {
  const found = locate(doc, path.split('.').filter((s) => s !== ''));
  const node = found?.node;
  if (node === undefined || node === null) return undefined;
  const keyLine = lineOf(doc, found?.label) ?? lineOf(doc, node);
  if (isScalar(node)) {
    const v = scalarValue(node);
    if (v === undefined) return undefined;
    return { kind: 'value', path, value: v, shown: show(v), line: lineOf(doc, node), falseFlags: [], notRequired: false };
  }
  if (isMap(node)) {
    const falseFlags: Decided['falseFlags'] = [];
    for (const key of CONTRA_FLAGS) {
      const f = mapGet(node, key);
      if (isScalar(f) && f.value === false) falseFlags.push({ key, line: lineOf(doc, f) });
    }
    const req = mapGet(node, 'required');
    const notRequired = isScalar(req) && req.value === false;
    const status = mapGet(node, 'status');
    const sv = scalarValue(status);
    if (sv !== undefined) {
      return { kind: 'value', path: `${path}.status`, value: sv, shown: show(sv), line: lineOf(doc, status), falseFlags, notRequired };
    }
    for (const key of DECIDING_FLAGS) {
      const f = mapGet(node, key);
      const fv = scalarValue(f);
      if (fv !== undefined) {
        return {
          kind: 'value',
          path: `${path}.${key}`,
          value: fv,
          shown: `${key}: ${show(fv)}`,
          line: lineOf(doc, f),
          falseFlags: falseFlags.filter((x) => x.key !== key),
          notRequired
        };
      }
    }
    const keys = node.items.map((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key)).join(', ');
    return { kind: 'shapeless', path, line: keyLine, what: `has no status, approved or passed field (keys: ${keys || 'none'})` };
  }
  if (isSeq(node)) return { kind: 'shapeless', path, line: keyLine, what: 'is a list, not a status' };
  return undefined;
}

function at(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

function expectedText(rule: GateRule): string {
  const text = GATE_TEXT[rule.name];
  const acc = rule.accept.map((a) => a.trim().toLowerCase());
  if (text && acc.length === text.defaultAccept.length && acc.every((a) => text.defaultAccept.includes(a))) {
    return text.expected;
  }
  return rule.accept.join(' or ');
}

function skippedVerdict(rule: GateRule): GateVerdict {
  return {
    name: rule.name,
    expected: expectedText(rule),
    found: 'skipped',
    where: 'gates input (skip: true)',
    passed: true,
    reason: `gate ${rule.name} is skipped by the gates input (skip: true) and was not evaluated`
  };
}

function evaluateRule(doc: StateDoc, rule: GateRule, file: string): GateVerdict {
  const text = GATE_TEXT[rule.name];
  const label = text ? text.label : `gate ${rule.name}`;
  const expected = expectedText(rule);
  const shapeless: Shapeless[] = [];
  for (const path of rule.paths) {
    const r = resolve(doc, path);
    if (r === undefined) continue;
    if (r.kind === 'shapeless') {
      shapeless.push(r);
      continue;
    }
    const where = `${at(file, r.line)} ${r.path}`;
    const matched = valueMatches(r.value, rule.accept);
    if (matched && r.falseFlags.length > 0) {
      const flags = r.falseFlags.map((f) => `${f.key}: false${f.line ? ` (line ${f.line})` : ''}`).join(', ');
      return {
        name: rule.name,
        expected,
        found: `${r.shown} (contradicted by ${r.falseFlags.map((f) => `${f.key}: false`).join(', ')})`,
        where,
        passed: false,
        reason: `${label} says "${r.shown}" at ${at(file, r.line)} (${r.path}) but ${flags} beside it says otherwise; make the state file consistent before shipping`
      };
    }
    if (matched) {
      return { name: rule.name, expected, found: r.shown, where, passed: true, reason: `${label} is "${r.shown}" at ${at(file, r.line)} (${r.path})` };
    }
    const hint = text
      ? text.explain(normalizeValue(r.value), r.notRequired)
      : `expected ${rule.accept.map((a) => `"${a}"`).join(' or ')}`;
    const notReq = r.notRequired && text ? ' (marked required: false)' : '';
    return {
      name: rule.name,
      expected,
      found: r.shown,
      where,
      passed: false,
      reason: `${label} is "${r.shown}"${notReq} at ${at(file, r.line)} (${r.path}); ${hint}`
    };
  }
  const looked = rule.paths.join(', ');
  const odd = shapeless.map((s) => `${s.path} (line ${s.line ?? '?'}) ${s.what}`).join('; ');
  const todo = text ? text.missing : `add one of ${expected} at one of these paths`;
  return {
    name: rule.name,
    expected,
    found: 'missing',
    where: `${file}: looked at ${looked}`,
    passed: false,
    reason: `no ${label} found in ${file}${odd ? ` (${odd})` : ''}; looked at ${looked}; ${todo}`
  };
}

/**
 * Evaluates every rule (skipped rules give a passing "skipped" verdict). `file` is the path to
 * show (workspace-relative).
 */
export function evaluateGates(doc: StateDoc, rules: readonly GateRule[], file: string): GateVerdict[] {
  return rules.map((rule) => (rule.skip ? skippedVerdict(rule) : evaluateRule(doc, rule, file)));
}

/** The single blocking verdict for a state file that does not parse. */
export function evaluateParseFailure(error: StateParseError): GateVerdict {
  const where = `${error.file}:${error.line}:${error.column}`;
  return {
    name: 'state-file',
    expected: 'a state file that parses',
    found: 'parse error',
    where,
    passed: false,
    reason: `${where}: the state file does not parse (${error.message}); fix it, or point the state-file input at the right file`
  };
}
