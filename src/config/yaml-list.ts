/**
 * The shared reading of YAML list inputs (health-checks, metrics, gates): parsing with positions,
 * and a reader that reports problems at a line and column of the input.
 */
import type { Document, LineCounter, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, yamlLibrary } from './yaml-engine.js';
import { didYouMean } from './did-you-mean.js';
import { DURATION_EXAMPLES, durationProblem } from './durations.js';
import { show, type Problems } from './problems.js';
import { aliasExpansionProblem } from './yaml-bounds.js';

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  /** Set when aliases expand the document too far: nothing may walk it then. */
  aliasProblem?: string;
}

/** Parses an input's YAML with positions; throws YamlNeeded before loadYaml (yaml-engine.ts). */
export function parseYaml(text: string): ParsedYaml {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: lines, uniqueKeys: true });
  const aliasProblem = doc.errors.length === 0 ? aliasExpansionProblem(doc) : undefined;
  return aliasProblem ? { doc, lines, aliasProblem } : { doc, lines };
}

/** Reads one YAML input: position helpers and problem reporting bound to it. */
export class YamlReader {
  ok = true;
  constructor(
    private readonly p: Problems,
    readonly input: string,
    private readonly parsed: ParsedYaml
  ) {}

  /** The problem list this reader adds to (for checks read elsewhere, e.g. timeouts). */
  get problems(): Problems {
    return this.p;
  }

  where(node: unknown): string | undefined {
    const range = (node as YamlNode | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = this.parsed.lines.linePos(range[0]);
    return `line ${line}, column ${col}`;
  }

  add(node: unknown, message: string): void {
    this.p.add(this.input, message, this.where(node));
    this.ok = false;
  }

  resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.parsed.doc) : node;
  }

  /** The document's top-level list items, or undefined (with problems) when it is not a list. */
  items(expected: string): unknown[] | undefined {
    const { doc } = this.parsed;
    if (doc.errors.length > 0) {
      // The first error is the one to fix; the ones after it are mostly its echoes.
      const [first] = doc.errors;
      const { line, col } = this.parsed.lines.linePos(first.pos[0]);
      const more = doc.errors.length - 1;
      const also = more > 0 ? `, and ${more} more YAML error${more === 1 ? '' : 's'} after it` : '';
      this.p.add(this.input, `not valid YAML (${first.message}${also}); expected ${expected}`, `line ${line}, column ${col}`);
      this.ok = false;
      return undefined;
    }
    if (this.parsed.aliasProblem) {
      this.p.add(this.input, `${this.parsed.aliasProblem}; expected ${expected}`);
      this.ok = false;
      return undefined;
    }
    const contents = this.resolve(doc.contents);
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return [];
    if (!isSeq(contents)) {
      this.add(contents, `the value is not a YAML list; expected ${expected}`);
      return undefined;
    }
    return contents.items.map((item) => this.resolve(item));
  }

  /** The top-level list items, at most `max` of them (more is a problem: `<count> <what>; expected at most <max>`). */
  itemsUpTo(expected: string, max: number, what: string): unknown[] | undefined {
    const items = this.items(expected);
    if (!items || items.length <= max) return items;
    this.p.add(this.input, `${items.length} ${what}; expected at most ${max}`);
    this.ok = false;
    return undefined;
  }

  /** The pairs of a mapping by key; unknown keys and non-string keys are problems. */
  pairs(map: YAMLMap, known: readonly string[], what: string): Map<string, Pair> {
    const result = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') {
        this.add(pair.key, `${what} has a key that is not a name; expected one of ${known.join(', ')}`);
      } else if (!known.includes(key)) {
        this.add(pair.key, `unknown key '${key}' in ${what}${didYouMean(key, known)}; known keys: ${known.join(', ')}`);
      } else {
        result.set(key, pair);
      }
    }
    return result;
  }

  /** A string (numbers allowed when `numbers`), or undefined with a problem. */
  string(pair: Pair, key: string, expected: string, numbers = false): string | undefined {
    const node = this.resolve(pair.value);
    if (isScalar(node)) {
      if (typeof node.value === 'string') return node.value;
      if (numbers && typeof node.value === 'number') return String(node.value);
    }
    this.add(node ?? pair.key, `'${key}' ${describe(node)} is not text; expected ${expected}`);
    return undefined;
  }

  boolean(pair: Pair, key: string): boolean | undefined {
    const node = this.resolve(pair.value);
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.add(node ?? pair.key, `'${key}' ${describe(node)} is not a boolean; expected true or false`);
    return undefined;
  }

  duration(pair: Pair, key: string): number | undefined {
    const node = this.resolve(pair.value);
    const text = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
    if (text === undefined) {
      this.add(node ?? pair.key, `'${key}' ${describe(node)} is not a duration; expected e.g. ${DURATION_EXAMPLES}`);
      return undefined;
    }
    const { ms, problem } = durationProblem(text, false);
    if (problem) this.add(node, `'${key}' ${problem}`);
    return ms;
  }
}

/** A YAML value for a message: scalars shown, collections named. */
export function describe(node: unknown): string {
  if (isScalar(node)) return node.value === null ? 'null' : show(String(node.value));
  if (isMap(node)) return '(a mapping)';
  if (isSeq(node)) return '(a list)';
  return '(missing)';
}

/**
 * A scalar as its author wrote it, for values sent on as text (header values): a string as parsed
 * (quotes and escapes resolved), and a plain scalar YAML would read as a number or a boolean by
 * its source text, so `0012345`, `0x1F`, `1e3` and `+12` stay as written instead of becoming
 * 12345, 31, 1000 and 12. Undefined for null (`~`, empty) and for anything but a scalar.
 */
export function scalarSource(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v;
  if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint') return undefined;
  return typeof node.source === 'string' && node.source !== '' ? node.source : String(v);
}

/** A scalar usable as a value to compare with (string, number, boolean, null). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null) return 'null';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
