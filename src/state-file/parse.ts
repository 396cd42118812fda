/**
 * The workflow state file, parsed: YAML or JSON, strict on duplicate keys, with line and column
 * on failure, bounded in size and alias expansion; and values read out of it with their lines.
 */
import * as nodeFs from 'node:fs';
import type { Document, LineCounter, Node as YamlNode, Pair } from 'yaml';
import { isMap, isPair, isScalar, isSeq, yamlLibrary } from '../config/yaml-engine.js';
import { aliasExpansionProblem } from '../config/yaml-bounds.js';

/** A state file is a few kilobytes; a larger one is refused (parsing it could take gigabytes). */
export const MAX_STATE_FILE_BYTES = 1024 * 1024;

/**
 * The text of a file, read up to one byte past MAX_STATE_FILE_BYTES (so an oversized file costs
 * no more memory than that, and parseStateFile still sees that it is too large).
 */
export function readStateText(file: string): string {
  const fd = nodeFs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(nodeFs.fstatSync(fd).size, MAX_STATE_FILE_BYTES + 1));
    const read = nodeFs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    nodeFs.closeSync(fd);
  }
}

/** A parsed state file. JSON files are read through the YAML parser too (JSON is YAML 1.2), so
 * every value has a line. */
export interface StateDoc {
  file: string;
  format: 'yaml' | 'json';
  document: Document.Parsed;
  lineCounter: LineCounter;
}

export interface StateParseError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

export type ParseResult = { ok: true; doc: StateDoc } | { ok: false; error: StateParseError };

function posToLineCol(text: string, pos: number): { line: number; column: number } {
  const p = Math.max(0, Math.min(pos, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < p; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: p - lineStart + 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

function parseYaml(file: string, text: string, format: 'yaml' | 'json'): ParseResult {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (document.errors.length > 0) {
    const e = document.errors[0];
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return { ok: false, error: { file, line, column: col, message: firstLine(e.message) } };
  }
  const aliases = aliasExpansionProblem(document);
  if (aliases) return { ok: false, error: { file, line: 1, column: 1, message: `refused: ${aliases}` } };
  return { ok: true, doc: { file, format, document, lineCounter } };
}

/**
 * Parses a state file. `.json` files must be strict JSON (JSON.parse); the position of a JSON
 * error becomes line and column. YAML is parsed with duplicate keys as errors. The first error
 * is reported (1-based line and column).
 */
export function parseStateFile(path: string, text: string): ParseResult {
  if (Buffer.byteLength(text) > MAX_STATE_FILE_BYTES) {
    return { ok: false, error: { file: path, line: 1, column: 1, message: `refused: larger than 1 MiB (a state file is a few kilobytes)` } };
  }
  if (path.toLowerCase().endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      let where: { line: number; column: number } | undefined;
      const lc = /\(line (\d+) column (\d+)\)/.exec(message);
      const at = /at position (\d+)/.exec(message);
      if (lc) where = { line: Number(lc[1]), column: Number(lc[2]) };
      else if (at) where = posToLineCol(text, Number(at[1]));
      else where = posToLineCol(text, text.length);
      return { ok: false, error: { file: path, ...where, message: message.replace(/\s*\(line \d+ column \d+\)/, '') } };
    }
    return parseYaml(path, text, 'json');
  }
  return parseYaml(path, text, 'yaml');
}

// ---------------------------------------------------------------------------------------------
// Reading values

/** Keys that name an entry in a list of phase/step entries (`- name: validate-staging`). */
const ENTRY_NAME_KEYS = ['name', 'id', 'phase', 'step'];

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? undefined : String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

/** The value node of `key` in a map node: undefined when absent (an empty value is a null scalar). */
export function mapGet(node: unknown, key: string): YamlNode | null | undefined {
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && keyText(item.key) === key) return (item.value as YamlNode | null) ?? null;
  }
  return undefined;
}

/**
 * Follows dotted-path segments. On a map: the key. On a list: a numeric index, or the entry (a
 * map) whose name/id/phase/step equals the segment. Returns undefined when absent; an empty
 * value (`key:` or `key: null`) is a null scalar (or null).
 */
export function getIn(doc: StateDoc, segments: string[]): YamlNode | null | undefined {
  return locate(doc, segments)?.node;
}

/** Like getIn, with the node that names it (the map key, or the list entry) for its line. */
export function locate(doc: StateDoc, segments: string[]): { node: YamlNode | null; label?: unknown } | undefined {
  let node: YamlNode | null | undefined = doc.document.contents as YamlNode | null;
  let label: unknown;
  for (const seg of segments) {
    if (node === null || node === undefined) return undefined;
    if (isMap(node)) {
      const items: unknown[] = node.items;
      const pair = items.find((item): item is Pair<unknown, unknown> => isPair(item) && keyText(item.key) === seg);
      if (!pair) return undefined;
      label = pair.key;
      node = (pair.value as YamlNode | null) ?? null;
    } else if (isSeq(node)) {
      let entry: unknown;
      if (/^\d+$/.test(seg)) {
        entry = node.items[Number(seg)];
      } else {
        entry = node.items.find((item) =>
          ENTRY_NAME_KEYS.some((k) => {
            const v = mapGet(item, k);
            return isScalar(v) && v.value !== null && String(v.value).trim() === seg;
          })
        );
      }
      if (entry === undefined) return undefined;
      label = entry;
      node = (entry as YamlNode | null) ?? null;
    } else {
      return undefined;
    }
  }
  if (node === undefined) return undefined;
  return { node, label };
}

/** 1-based line of a node, when it has a position. */
export function lineOf(doc: StateDoc, node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) return undefined;
  return doc.lineCounter.linePos(range[0]).line;
}
