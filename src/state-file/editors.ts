/**
 * The state file's editors, which never re-serialise: each operation becomes a splice into the
 * original text (YAML through `yaml`'s node ranges, JSON through jsonc-parser's offsets), so
 * comments, key order, quoting, alignment, blank lines and line endings all stay as they were.
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { isMap, isPair, isScalar, isSeq, yamlLibrary } from '../config/yaml-engine.js';

/** The file cannot be updated (it does not parse, or its top level is not a map). */
export class StateUpdateError extends Error {}

export type Scalar = string | number | boolean | null;
export type Value = Scalar | Entries;
/** An ordered map to write. */
export type Entries = Array<[string, Value]>;
export type Path = string[];

export type Op =
  | { kind: 'set'; path: Path; value: Value }
  | { kind: 'add'; map: Path; entries: Entries; after?: string }
  | { kind: 'append'; seq: Path; item: string };

interface Edit {
  at: number;
  end: number;
  text: string;
  seq: number;
}

/**
 * An editor that never re-serialises: operations become splices into the original text, applied
 * from the end so earlier offsets stay valid (equal offsets in the order they were made).
 */
export abstract class SpliceEditor {
  private readonly edits: Edit[] = [];

  constructor(protected readonly text: string) {}

  abstract root(): unknown;
  protected abstract set(path: Path, value: Value): void;
  protected abstract add(path: Path, entries: Entries, after?: string): void;
  protected abstract append(path: Path, item: string): void;

  apply(ops: Op[]): string {
    for (const op of ops) {
      if (op.kind === 'set') this.set(op.path, op.value);
      else if (op.kind === 'add') this.add(op.map, op.entries, op.after);
      else this.append(op.seq, op.item);
    }
    let out = this.text;
    const ordered = [...this.edits].sort((a, b) => b.at - a.at || b.seq - a.seq);
    for (const e of ordered) out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
  }

  protected splice(at: number, end: number, text: string): void {
    this.edits.push({ at, end, text, seq: this.edits.length });
  }
}

export class JsonEditor extends SpliceEditor {
  private readonly tree: JsonNode;
  private readonly eol: string;
  private readonly unit: string;

  constructor(path: string, text: string) {
    super(text);
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length || !tree) {
      const e = errors[0];
      const { line, col } = lineCol(text, e?.offset ?? 0);
      throw new StateUpdateError(`${path}:${line}:${col} does not parse: ${e ? printParseErrorCode(e.error) : 'no JSON value'}`);
    }
    this.tree = tree;
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.unit = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  }

  root(): unknown {
    return getNodeValue(this.tree);
  }

  private indentAt(offset: number): string {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.text.slice(lineStart))![0];
  }

  private sameLine(a: number, b: number): boolean {
    return !this.text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
  }

  /** A value as JSON: on one line (`inline`), or laid out with the file's indentation from `indent`. */
  private render(value: Value | string, indent: string, inline: boolean): string {
    if (!Array.isArray(value)) return JSON.stringify(value);
    if (inline) return `{ ${value.map(([k, v]) => `${JSON.stringify(k)}: ${this.render(v, indent, true)}`).join(', ')} }`;
    if (!value.length) return '{}';
    const inner = indent + this.unit;
    return `{${this.eol}${value.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${this.render(v, inner, false)}`).join(`,${this.eol}`)}${this.eol}${indent}}`;
  }

  protected set(path: Path, value: Value): void {
    const node = findNodeAtLocation(this.tree, path);
    if (!node) return;
    const property = node.parent;
    const indent = property ? this.indentAt(property.offset) : '';
    this.splice(node.offset, node.offset + node.length, this.render(value, indent, false));
  }

  /** Inserts `items` (already rendered by `line`) after the last child of a container, or `after` one. */
  private insertInto(container: JsonNode, afterChild: JsonNode | undefined, line: (indent: string, inline: boolean) => string[]): void {
    const children = container.children ?? [];
    const close = container.offset + container.length - 1;
    if (!children.length) {
      const indent = this.indentAt(container.offset);
      const body = line(indent + this.unit, false);
      this.splice(container.offset + 1, close, `${this.eol}${body.map((l) => indent + this.unit + l).join(`,${this.eol}`)}${this.eol}${indent}`);
      return;
    }
    const anchor = afterChild ?? children[children.length - 1]!;
    const inline = this.sameLine(container.offset, children[0]!.offset);
    const indent = inline ? '' : this.indentAt(children[0]!.offset);
    const body = line(indent, inline);
    const at = anchor.offset + anchor.length;
    const sep = inline ? ', ' : `,${this.eol}${indent}`;
    this.splice(at, at, body.map((l) => sep + l).join(''));
  }

  protected add(path: Path, entries: Entries, after?: string): void {
    const map = path.length ? findNodeAtLocation(this.tree, path) : this.tree;
    if (!map || map.type !== 'object') return;
    const anchor = after === undefined ? undefined : map.children?.find((p) => p.children?.[0]?.value === after);
    this.insertInto(map, anchor, (indent, inline) => entries.map(([k, v]) => `${JSON.stringify(k)}: ${this.render(v, indent, inline)}`));
  }

  protected append(path: Path, item: string): void {
    const seq = findNodeAtLocation(this.tree, path);
    if (!seq || seq.type !== 'array') return;
    if (!seq.children?.length) {
      this.splice(seq.offset + 1, seq.offset + seq.length - 1, JSON.stringify(item));
      return;
    }
    this.insertInto(seq, undefined, () => [JSON.stringify(item)]);
  }
}

type StringStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

export class YamlEditor extends SpliceEditor {
  private readonly doc: Document.Parsed;
  private readonly eol: string;
  private readonly unit: number;

  constructor(path: string, text: string) {
    super(text);
    this.doc = yamlLibrary().parseDocument(text, { uniqueKeys: true });
    const e = this.doc.errors[0];
    if (e) {
      const at = e.linePos?.[0];
      throw new StateUpdateError(`${path}${at ? `:${at.line}:${at.col}` : ''} does not parse: ${e.message.split('\n')[0]}`);
    }
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.unit = this.indentUnit();
  }

  root(): unknown {
    return this.doc.toJS();
  }

  // --- finding things

  private pairAt(path: Path): Pair<YamlNode, YamlNode | null> | undefined {
    let map: unknown = this.doc.contents;
    let pair: Pair<YamlNode, YamlNode | null> | undefined;
    for (const key of path) {
      if (!isMap(map)) return undefined;
      pair = (map as YAMLMap<YamlNode, YamlNode | null>).items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (!pair) return undefined;
      map = pair.value;
    }
    return pair;
  }

  private nodeAt(path: Path): unknown {
    return path.length ? this.pairAt(path)?.value : this.doc.contents;
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  /** The offset just after the line holding `offset` (after its line break), or the end of the text. */
  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** Where a new line may go: at `offset`, with a line break first when the text ends without one. */
  private lineBreakBefore(offset: number): string {
    return offset === this.text.length && offset > 0 && !this.text.endsWith('\n') ? this.eol : '';
  }

  /** The file's indentation step: the first nested block map's indentation relative to its parent. */
  private indentUnit(): number {
    const visit = (map: unknown, col: number): number | undefined => {
      if (!isMap(map) || map.flow) return undefined;
      for (const p of map.items) {
        const v = (p as Pair<YamlNode, YamlNode | null>).value;
        if (isMap(v) && !v.flow && v.items[0] && isScalar(v.items[0].key) && v.items[0].key.range) {
          const inner = this.column(v.items[0].key.range[0]);
          if (inner > col) return inner - col;
        }
      }
      return undefined;
    };
    const root = this.doc.contents;
    const rootCol = isMap(root) && root.items[0] && isScalar(root.items[0].key) && root.items[0].key.range ? this.column(root.items[0].key.range[0]) : 0;
    return visit(root, rootCol) ?? 2;
  }

  /** Quote style for new strings in a map: the one its string values already use, else plain. */
  private styleFor(map: unknown, parent?: unknown): StringStyle {
    for (const m of [map, parent]) {
      if (!isMap(m)) continue;
      const styles = new Set<string>();
      const collect = (node: unknown) => {
        if (isScalar(node) && typeof node.value === 'string' && node.type) styles.add(node.type);
        else if (isMap(node)) for (const p of node.items) collect((p as Pair).value);
      };
      collect(m);
      if (styles.has('QUOTE_DOUBLE')) return 'QUOTE_DOUBLE';
      if (styles.has('QUOTE_SINGLE')) return 'QUOTE_SINGLE';
    }
    return 'PLAIN';
  }

  // --- rendering

  private scalar(value: Scalar, style: StringStyle): string {
    if (typeof value !== 'string') return value === null ? 'null' : String(value);
    return yamlLibrary().stringify(value, { defaultStringType: style, lineWidth: 0 }).replace(/\r?\n$/, '');
  }

  private blockLines(entries: Entries, col: number, style: StringStyle): string {
    const pad = ' '.repeat(col);
    return entries
      .map(([key, value]) =>
        Array.isArray(value)
          ? `${pad}${this.scalar(key, 'PLAIN')}:${this.eol}${this.blockLines(value, col + this.unit, style)}`
          : `${pad}${this.scalar(key, 'PLAIN')}: ${this.scalar(value, style)}${this.eol}`
      )
      .join('');
  }

  private flowEntries(entries: Entries, style: StringStyle): string {
    return entries
      .map(([key, value]) => `${this.scalar(key, 'PLAIN')}: ${Array.isArray(value) ? `{ ${this.flowEntries(value, style)} }` : this.scalar(value, style)}`)
      .join(', ');
  }

  // --- operations

  protected set(path: Path, value: Value): void {
    const pair = this.pairAt(path);
    if (!pair || !isScalar(pair.key) || !pair.key.range) return;
    const node = pair.value;
    const keyCol = this.column(pair.key.range[0]);
    const parent = this.nodeAt(path.slice(0, -1));
    const grandparent = path.length > 1 ? this.nodeAt(path.slice(0, -2)) : undefined;
    if (Array.isArray(value)) {
      // A null (or scalar) becomes a block map under the key.
      let from = node && isScalar(node) && node.range ? node.range[0] : pair.key.range[1];
      const to = node && isScalar(node) && node.range ? node.range[1] : from;
      if (from < to) {
        // `key: null  # note` becomes `key:  # note`; an empty `key:   # note` stays as it is.
        while (from > pair.key.range[1] && /[ \t]/.test(this.text[from - 1]!)) from--;
        this.splice(from, to, '');
      }
      const at = this.lineEnd(to);
      this.splice(at, at, this.lineBreakBefore(at) + this.blockLines(value, keyCol + this.unit, this.styleFor(parent, grandparent)));
      return;
    }
    if (!node || !isScalar(node) || !node.range) return;
    const [start, end] = node.range;
    const own = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.type : undefined;
    // A plain string stays plain; a null (or empty) value takes the style of its neighbours.
    const style: StringStyle = own ?? (typeof node.value === 'string' && node.value !== '' ? 'PLAIN' : this.styleFor(parent, grandparent));
    // A quoted value stays a quoted string (`deployment_id: "9840f0e"` keeps holding a string).
    const rendered = own && value !== null ? this.scalar(String(value), own) : this.scalar(value, style);
    const old = this.text.slice(start, end);
    const tail = /\r?\n$/.exec(old)?.[0] ?? '';
    this.splice(start, end, (start === end && this.text[start - 1] === ':' ? ' ' : '') + rendered + tail);
  }

  protected add(path: Path, entries: Entries, after?: string): void {
    const map = this.nodeAt(path);
    const owner = path.length ? this.pairAt(path) : undefined;
    const parent = path.length ? this.nodeAt(path.slice(0, -1)) : undefined;
    if (!isMap(map)) return;
    const style = this.styleFor(map, parent);
    if (map.flow) {
      if (!map.range) return;
      const [start, end] = map.range;
      if (map.items.length === 0 && owner && isScalar(owner.key) && owner.key.range) {
        // `production: {}` becomes a block map.
        let from = start;
        while (from > owner.key.range[1] && /[ \t]/.test(this.text[from - 1]!)) from--;
        this.splice(from, end, '');
        const at = this.lineEnd(end);
        this.splice(at, at, this.lineBreakBefore(at) + this.blockLines(entries, this.column(owner.key.range[0]) + this.unit, style));
        return;
      }
      let close = end - 1;
      while (close > start && this.text[close] !== '}') close--;
      let at = close;
      while (at > start && /\s/.test(this.text[at - 1]!)) at--;
      const empty = this.text.slice(start + 1, at).trim() === '';
      this.splice(at, at, `${empty ? ' ' : ', '}${this.flowEntries(entries, style)}${empty ? ' ' : ''}`);
      return;
    }
    const first = map.items[0];
    if (!first || !isScalar(first.key) || !first.key.range || !map.range) return;
    const col = this.column(first.key.range[0]);
    let at = map.range[1];
    const anchor = after === undefined ? undefined : map.items.find((p) => isScalar(p.key) && String(p.key.value) === after);
    if (anchor && isScalar(anchor.key) && anchor.key.range) {
      const v = anchor.value as YamlNode | null;
      if (v && (isMap(v) || isSeq(v)) && !v.flow && v.range) at = v.range[1];
      else at = this.lineEnd(v?.range ? v.range[1] : anchor.key.range[1]);
    }
    // A block map's range ends after the line break of its last line (or at the end of the text).
    if (at < this.text.length && this.text[at - 1] !== '\n') at = this.lineEnd(at);
    // A new top-level block is set off by a blank line when the file separates its blocks so.
    const blank = path.length === 0 && /\n\r?\n\S/.test(this.text) && !/\n\r?\n$/.test(this.text.slice(0, at)) ? this.eol : '';
    this.splice(at, at, this.lineBreakBefore(at) + blank + this.blockLines(entries, col, style));
  }

  protected append(path: Path, item: string): void {
    const seq = this.nodeAt(path);
    if (!isSeq(seq) || !seq.range) return;
    const last = seq.items[seq.items.length - 1];
    const style: StringStyle = isScalar(last) && (last.type === 'QUOTE_DOUBLE' || last.type === 'QUOTE_SINGLE') ? last.type : 'PLAIN';
    const rendered = this.scalar(item, style);
    const [start, end] = seq.range;
    if (seq.flow) {
      let close = end - 1;
      while (close > start && this.text[close] !== ']') close--;
      let at = close;
      while (at > start && /\s/.test(this.text[at - 1]!)) at--;
      const empty = this.text.slice(start + 1, at).trim() === '';
      this.splice(at, at, `${empty ? '' : ', '}${rendered}`);
      return;
    }
    if (!isScalar(last) || !last.range) return;
    const lineStart = this.text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const prefix = this.text.slice(lineStart, last.range[0]);
    let at = end;
    if (at < this.text.length && this.text[at - 1] !== '\n') at = this.lineEnd(at);
    this.splice(at, at, `${this.lineBreakBefore(at)}${prefix}${rendered}${this.eol}`);
  }
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}
