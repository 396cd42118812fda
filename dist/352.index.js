export const id = 352;
export const ids = [352];
export const modules = {

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ normalizePhase),
/* harmony export */   YM: () => (/* binding */ resolveStateFile),
/* harmony export */   pw: () => (/* binding */ isProductionPhase)
/* harmony export */ });
/* unused harmony exports FEATURE_ROOTS, STATE_FILE_NAMES, PHASE_PATHS, PRODUCTION_PHASES, nodeStateFs, readPhase, findStateFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5210);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5837);
/**
 * Finding the workflow state file (`state-file: auto`, `none`, or a path), and its phase.
 *
 * File access goes through a small injected `StateFs` so the logic is pure and testable; the
 * default reads the real disk synchronously (a handful of small files).
 */




/** Feature roots searched by `auto`, one level of feature folders under each. */
const FEATURE_ROOTS = ['specs', 'epics'];
/** State file names, most preferred first (newest format first). */
const STATE_FILE_NAMES = ['state.yaml', 'workflow-state.yaml', 'workflow-state.json'];
/** Where the phase is read from, first present scalar wins. */
const PHASE_PATHS = ['current_phase', 'phase', 'workflow.phase'];
/**
 * Phases that say "this feature is shipping to production", after normalising: trimmed,
 * lower-cased, the part after the last `:` (`ship:ship-prod` -> `ship-prod`), `_` and spaces
 * turned into `-`. Plain `ship`, `finalize`, `validate-staging`, `ship-staging` do not count:
 * they are before (or after) the production step, or ambiguous.
 */
const PRODUCTION_PHASES = [
    'ship-prod',
    'ship-production',
    'deploy-prod',
    'deploy-production',
    'prod-deploy',
    'production-deploy',
    'production-deployment',
    'ship-to-production'
];
const nodeStateFs = {
    list(dir) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => e.name);
        }
        catch {
            return [];
        }
    },
    read(file) {
        try {
            if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).isFile())
                return undefined;
            return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .readStateText */ .Rw)(file);
        }
        catch {
            return undefined;
        }
    }
};
/** Normalise a phase value for comparison with PRODUCTION_PHASES. */
function normalizePhase(raw) {
    const lower = raw.trim().toLowerCase();
    const last = lower.slice(lower.lastIndexOf(':') + 1);
    return last.replace(/[_\s]+/g, '-');
}
function isProductionPhase(raw) {
    return PRODUCTION_PHASES.includes(normalizePhase(raw));
}
/** The phase of a parsed state file: first of PHASE_PATHS holding a scalar string or number. */
function readPhase(doc) {
    for (const path of PHASE_PATHS) {
        const node = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .getIn */ .O6)(doc, path.split('.'));
        if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
            const value = String(node.value).trim();
            if (value !== '')
                return { value, path };
        }
    }
    return undefined;
}
function toRel(workspace, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspace, abs);
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** Higher number first; folders without a number last; then by name, then by path. */
function byNumberThenName(a, b) {
    const an = a.number ?? -1;
    const bn = b.number ?? -1;
    if (an !== bn)
        return bn - an;
    if (a.folder !== b.folder)
        return a.folder < b.folder ? -1 : 1;
    return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}
/**
 * `state-file: auto`. Looks in specs/* and epics/* for a state file (state.yaml, then
 * workflow-state.yaml, then workflow-state.json within a folder). Picks the folder whose phase
 * says it is shipping to production (several: highest number, then name); otherwise the highest
 * `NNN-` number (folders without a number rank lowest); ties go to the first by name. File times
 * are never used.
 */
function findStateFile(workspace, fs = nodeStateFs) {
    const candidates = [];
    for (const root of FEATURE_ROOTS) {
        const rootDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(workspace, root);
        for (const folder of [...fs.list(rootDir)].sort()) {
            for (const file of STATE_FILE_NAMES) {
                const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(rootDir, folder, file);
                const text = fs.read(abs);
                if (text === undefined)
                    continue;
                const m = /^(\d+)-/.exec(folder);
                const cand = { root, folder, file, abs, rel: toRel(workspace, abs) };
                if (m) {
                    cand.digits = m[1];
                    cand.number = Number.parseInt(m[1], 10);
                }
                const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStateFile */ .ne)(cand.rel, text);
                if (parsed.ok)
                    cand.phase = readPhase(parsed.doc);
                candidates.push(cand);
                break;
            }
        }
    }
    if (candidates.length === 0) {
        return {
            error: `no state file found: looked for ${STATE_FILE_NAMES.join(', ')} in ` +
                `${FEATURE_ROOTS.map((r) => `${r}/*/`).join(' and ')} of ${workspace}; ` +
                'set the state-file input to its path, or to none to skip the state-file gates'
        };
    }
    const of = `${candidates.length} candidate${candidates.length === 1 ? '' : 's'}`;
    const found = (c, reason) => ({
        path: c.rel,
        absolutePath: c.abs,
        feature: c.folder,
        reason
    });
    const shipping = candidates.filter((c) => c.phase && isProductionPhase(c.phase.value)).sort(byNumberThenName);
    if (shipping.length > 0) {
        const c = shipping[0];
        const phase = c.phase;
        let reason = `phase ${phase.value} (${phase.path}) of ${of}`;
        if (shipping.length > 1) {
            reason += `; ${shipping.length} folders are shipping to production (${shipping
                .map((s) => s.folder)
                .join(', ')}), chose the highest number then first by name`;
        }
        return found(c, reason);
    }
    const ranked = [...candidates].sort(byNumberThenName);
    const c = ranked[0];
    if (candidates.length === 1)
        return found(c, 'the only feature folder with a state file (no production phase)');
    if (c.number === undefined) {
        return found(c, `no folder is numbered or shipping to production; first by name of ${of}`);
    }
    const ties = ranked.filter((r) => r !== c && r.number === c.number);
    let reason = `highest number ${c.digits} of ${of} (none has a production phase)`;
    if (ties.length > 0)
        reason += `; tie with ${ties.map((t) => t.folder).join(', ')}, first by name`;
    return found(c, reason);
}
/** Resolves the state-file input: auto (discovery), none (skip) or an explicit path that must exist. */
function resolveStateFile(workspace, choice, fs = nodeStateFs) {
    if (choice.mode === 'none')
        return { skipped: true, reason: 'state-file is none: state-file gates skipped' };
    if (choice.mode === 'auto')
        return findStateFile(workspace, fs);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, choice.path);
    if (fs.read(abs) === undefined) {
        return { error: `state-file "${choice.path}" does not exist (looked at ${abs})` };
    }
    return {
        path: toRel(workspace, abs),
        absolutePath: abs,
        feature: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs)),
        reason: 'set by the state-file input'
    };
}


/***/ }),

/***/ 5837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ getIn),
/* harmony export */   Rw: () => (/* binding */ readStateText),
/* harmony export */   ZX: () => (/* binding */ mapGet),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   ne: () => (/* binding */ parseStateFile),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export MAX_STATE_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5210);
/* harmony import */ var _config_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2881);
/**
 * The workflow state file, parsed: YAML or JSON, strict on duplicate keys, with line and column
 * on failure, bounded in size and alias expansion; and values read out of it with their lines.
 */



/** A state file is a few kilobytes; a larger one is refused (parsing it could take gigabytes). */
const MAX_STATE_FILE_BYTES = 1024 * 1024;
/**
 * The text of a file, read up to one byte past MAX_STATE_FILE_BYTES (so an oversized file costs
 * no more memory than that, and parseStateFile still sees that it is too large).
 */
function readStateText(file) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'r');
    try {
        const buffer = Buffer.alloc(Math.min(node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size, MAX_STATE_FILE_BYTES + 1));
        const read = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, 0, buffer.length, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
function posToLineCol(text, pos) {
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
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
function parseYaml(file, text, format) {
    const { LineCounter, parseDocument } = (0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlLibrary */ .Tj)();
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    if (document.errors.length > 0) {
        const e = document.errors[0];
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { ok: false, error: { file, line, column: col, message: firstLine(e.message) } };
    }
    const aliases = (0,_config_yaml_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .aliasExpansionProblem */ .d)(document);
    if (aliases)
        return { ok: false, error: { file, line: 1, column: 1, message: `refused: ${aliases}` } };
    return { ok: true, doc: { file, format, document, lineCounter } };
}
/**
 * Parses a state file. `.json` files must be strict JSON (JSON.parse); the position of a JSON
 * error becomes line and column. YAML is parsed with duplicate keys as errors. The first error
 * is reported (1-based line and column).
 */
function parseStateFile(path, text) {
    if (Buffer.byteLength(text) > MAX_STATE_FILE_BYTES) {
        return { ok: false, error: { file: path, line: 1, column: 1, message: `refused: larger than 1 MiB (a state file is a few kilobytes)` } };
    }
    if (path.toLowerCase().endsWith('.json')) {
        try {
            JSON.parse(text);
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            let where;
            const lc = /\(line (\d+) column (\d+)\)/.exec(message);
            const at = /at position (\d+)/.exec(message);
            if (lc)
                where = { line: Number(lc[1]), column: Number(lc[2]) };
            else if (at)
                where = posToLineCol(text, Number(at[1]));
            else
                where = posToLineCol(text, text.length);
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
function keyText(key) {
    if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key))
        return key.value === null ? undefined : String(key.value);
    if (typeof key === 'string' || typeof key === 'number')
        return String(key);
    return undefined;
}
/** The value node of `key` in a map node: undefined when absent (an empty value is a null scalar). */
function mapGet(node, key) {
    if (!(0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        return undefined;
    for (const item of node.items) {
        if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && keyText(item.key) === key)
            return item.value ?? null;
    }
    return undefined;
}
/**
 * Follows dotted-path segments. On a map: the key. On a list: a numeric index, or the entry (a
 * map) whose name/id/phase/step equals the segment. Returns undefined when absent; an empty
 * value (`key:` or `key: null`) is a null scalar (or null).
 */
function getIn(doc, segments) {
    return locate(doc, segments)?.node;
}
/** Like getIn, with the node that names it (the map key, or the list entry) for its line. */
function locate(doc, segments) {
    let node = doc.document.contents;
    let label;
    for (const seg of segments) {
        if (node === null || node === undefined)
            return undefined;
        if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const items = node.items;
            const pair = items.find((item) => (0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && keyText(item.key) === seg);
            if (!pair)
                return undefined;
            label = pair.key;
            node = pair.value ?? null;
        }
        else if ((0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            let entry;
            if (/^\d+$/.test(seg)) {
                entry = node.items[Number(seg)];
            }
            else {
                entry = node.items.find((item) => ENTRY_NAME_KEYS.some((k) => {
                    const v = mapGet(item, k);
                    return (0,_config_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v) && v.value !== null && String(v.value).trim() === seg;
                }));
            }
            if (entry === undefined)
                return undefined;
            label = entry;
            node = entry ?? null;
        }
        else {
            return undefined;
        }
    }
    if (node === undefined)
        return undefined;
    return { node, label };
}
/** 1-based line of a node, when it has a position. */
function lineOf(doc, node) {
    const range = node?.range;
    if (!range)
        return undefined;
    return doc.lineCounter.linePos(range[0]).line;
}


/***/ }),

/***/ 4352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordInStateFile: () => (/* binding */ recordInStateFile)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/yaml-engine.ts
var yaml_engine = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/workspace/confine.ts
var confine = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/state-file/find.ts
var find = __webpack_require__(2691);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/state-file/editors.ts
/**
 * The state file's editors, which never re-serialise: each operation becomes a splice into the
 * original text (YAML through `yaml`'s node ranges, JSON through jsonc-parser's offsets), so
 * comments, key order, quoting, alignment, blank lines and line endings all stay as they were.
 */


/** The file cannot be updated (it does not parse, or its top level is not a map). */
class StateUpdateError extends Error {
}
/**
 * An editor that never re-serialises: operations become splices into the original text, applied
 * from the end so earlier offsets stay valid (equal offsets in the order they were made).
 */
class SpliceEditor {
    text;
    edits = [];
    constructor(text) {
        this.text = text;
    }
    apply(ops) {
        for (const op of ops) {
            if (op.kind === 'set')
                this.set(op.path, op.value);
            else if (op.kind === 'add')
                this.add(op.map, op.entries, op.after);
            else
                this.append(op.seq, op.item);
        }
        let out = this.text;
        const ordered = [...this.edits].sort((a, b) => b.at - a.at || b.seq - a.seq);
        for (const e of ordered)
            out = out.slice(0, e.at) + e.text + out.slice(e.end);
        return out;
    }
    splice(at, end, text) {
        this.edits.push({ at, end, text, seq: this.edits.length });
    }
}
class JsonEditor extends SpliceEditor {
    tree;
    eol;
    unit;
    constructor(path, text) {
        super(text);
        const errors = [];
        const tree = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
        if (errors.length || !tree) {
            const e = errors[0];
            const { line, col } = lineCol(text, e?.offset ?? 0);
            throw new StateUpdateError(`${path}:${line}:${col} does not parse: ${e ? (0,main.printParseErrorCode)(e.error) : 'no JSON value'}`);
        }
        this.tree = tree;
        this.eol = text.includes('\r\n') ? '\r\n' : '\n';
        this.unit = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
    }
    root() {
        return (0,main.getNodeValue)(this.tree);
    }
    indentAt(offset) {
        const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
        return /^[ \t]*/.exec(this.text.slice(lineStart))[0];
    }
    sameLine(a, b) {
        return !this.text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
    }
    /** A value as JSON: on one line (`inline`), or laid out with the file's indentation from `indent`. */
    render(value, indent, inline) {
        if (!Array.isArray(value))
            return JSON.stringify(value);
        if (inline)
            return `{ ${value.map(([k, v]) => `${JSON.stringify(k)}: ${this.render(v, indent, true)}`).join(', ')} }`;
        if (!value.length)
            return '{}';
        const inner = indent + this.unit;
        return `{${this.eol}${value.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${this.render(v, inner, false)}`).join(`,${this.eol}`)}${this.eol}${indent}}`;
    }
    set(path, value) {
        const node = (0,main.findNodeAtLocation)(this.tree, path);
        if (!node)
            return;
        const property = node.parent;
        const indent = property ? this.indentAt(property.offset) : '';
        this.splice(node.offset, node.offset + node.length, this.render(value, indent, false));
    }
    /** Inserts `items` (already rendered by `line`) after the last child of a container, or `after` one. */
    insertInto(container, afterChild, line) {
        const children = container.children ?? [];
        const close = container.offset + container.length - 1;
        if (!children.length) {
            const indent = this.indentAt(container.offset);
            const body = line(indent + this.unit, false);
            this.splice(container.offset + 1, close, `${this.eol}${body.map((l) => indent + this.unit + l).join(`,${this.eol}`)}${this.eol}${indent}`);
            return;
        }
        const anchor = afterChild ?? children[children.length - 1];
        const inline = this.sameLine(container.offset, children[0].offset);
        const indent = inline ? '' : this.indentAt(children[0].offset);
        const body = line(indent, inline);
        const at = anchor.offset + anchor.length;
        const sep = inline ? ', ' : `,${this.eol}${indent}`;
        this.splice(at, at, body.map((l) => sep + l).join(''));
    }
    add(path, entries, after) {
        const map = path.length ? (0,main.findNodeAtLocation)(this.tree, path) : this.tree;
        if (!map || map.type !== 'object')
            return;
        const anchor = after === undefined ? undefined : map.children?.find((p) => p.children?.[0]?.value === after);
        this.insertInto(map, anchor, (indent, inline) => entries.map(([k, v]) => `${JSON.stringify(k)}: ${this.render(v, indent, inline)}`));
    }
    append(path, item) {
        const seq = (0,main.findNodeAtLocation)(this.tree, path);
        if (!seq || seq.type !== 'array')
            return;
        if (!seq.children?.length) {
            this.splice(seq.offset + 1, seq.offset + seq.length - 1, JSON.stringify(item));
            return;
        }
        this.insertInto(seq, undefined, () => [JSON.stringify(item)]);
    }
}
class YamlEditor extends SpliceEditor {
    doc;
    eol;
    unit;
    constructor(path, text) {
        super(text);
        this.doc = (0,yaml_engine/* yamlLibrary */.Tj)().parseDocument(text, { uniqueKeys: true });
        const e = this.doc.errors[0];
        if (e) {
            const at = e.linePos?.[0];
            throw new StateUpdateError(`${path}${at ? `:${at.line}:${at.col}` : ''} does not parse: ${e.message.split('\n')[0]}`);
        }
        this.eol = text.includes('\r\n') ? '\r\n' : '\n';
        this.unit = this.indentUnit();
    }
    root() {
        return this.doc.toJS();
    }
    // --- finding things
    pairAt(path) {
        let map = this.doc.contents;
        let pair;
        for (const key of path) {
            if (!(0,yaml_engine/* isMap */.jh)(map))
                return undefined;
            pair = map.items.find((p) => (0,yaml_engine/* isPair */.tO)(p) && (0,yaml_engine/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            if (!pair)
                return undefined;
            map = pair.value;
        }
        return pair;
    }
    nodeAt(path) {
        return path.length ? this.pairAt(path)?.value : this.doc.contents;
    }
    column(offset) {
        return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
    }
    /** The offset just after the line holding `offset` (after its line break), or the end of the text. */
    lineEnd(offset) {
        const nl = this.text.indexOf('\n', offset);
        return nl === -1 ? this.text.length : nl + 1;
    }
    /** Where a new line may go: at `offset`, with a line break first when the text ends without one. */
    lineBreakBefore(offset) {
        return offset === this.text.length && offset > 0 && !this.text.endsWith('\n') ? this.eol : '';
    }
    /** The file's indentation step: the first nested block map's indentation relative to its parent. */
    indentUnit() {
        const visit = (map, col) => {
            if (!(0,yaml_engine/* isMap */.jh)(map) || map.flow)
                return undefined;
            for (const p of map.items) {
                const v = p.value;
                if ((0,yaml_engine/* isMap */.jh)(v) && !v.flow && v.items[0] && (0,yaml_engine/* isScalar */.jn)(v.items[0].key) && v.items[0].key.range) {
                    const inner = this.column(v.items[0].key.range[0]);
                    if (inner > col)
                        return inner - col;
                }
            }
            return undefined;
        };
        const root = this.doc.contents;
        const rootCol = (0,yaml_engine/* isMap */.jh)(root) && root.items[0] && (0,yaml_engine/* isScalar */.jn)(root.items[0].key) && root.items[0].key.range ? this.column(root.items[0].key.range[0]) : 0;
        return visit(root, rootCol) ?? 2;
    }
    /** Quote style for new strings in a map: the one its string values already use, else plain. */
    styleFor(map, parent) {
        for (const m of [map, parent]) {
            if (!(0,yaml_engine/* isMap */.jh)(m))
                continue;
            const styles = new Set();
            const collect = (node) => {
                if ((0,yaml_engine/* isScalar */.jn)(node) && typeof node.value === 'string' && node.type)
                    styles.add(node.type);
                else if ((0,yaml_engine/* isMap */.jh)(node))
                    for (const p of node.items)
                        collect(p.value);
            };
            collect(m);
            if (styles.has('QUOTE_DOUBLE'))
                return 'QUOTE_DOUBLE';
            if (styles.has('QUOTE_SINGLE'))
                return 'QUOTE_SINGLE';
        }
        return 'PLAIN';
    }
    // --- rendering
    scalar(value, style) {
        if (typeof value !== 'string')
            return value === null ? 'null' : String(value);
        return (0,yaml_engine/* yamlLibrary */.Tj)().stringify(value, { defaultStringType: style, lineWidth: 0 }).replace(/\r?\n$/, '');
    }
    blockLines(entries, col, style) {
        const pad = ' '.repeat(col);
        return entries
            .map(([key, value]) => Array.isArray(value)
            ? `${pad}${this.scalar(key, 'PLAIN')}:${this.eol}${this.blockLines(value, col + this.unit, style)}`
            : `${pad}${this.scalar(key, 'PLAIN')}: ${this.scalar(value, style)}${this.eol}`)
            .join('');
    }
    flowEntries(entries, style) {
        return entries
            .map(([key, value]) => `${this.scalar(key, 'PLAIN')}: ${Array.isArray(value) ? `{ ${this.flowEntries(value, style)} }` : this.scalar(value, style)}`)
            .join(', ');
    }
    // --- operations
    set(path, value) {
        const pair = this.pairAt(path);
        if (!pair || !(0,yaml_engine/* isScalar */.jn)(pair.key) || !pair.key.range)
            return;
        const node = pair.value;
        const keyCol = this.column(pair.key.range[0]);
        const parent = this.nodeAt(path.slice(0, -1));
        const grandparent = path.length > 1 ? this.nodeAt(path.slice(0, -2)) : undefined;
        if (Array.isArray(value)) {
            // A null (or scalar) becomes a block map under the key.
            let from = node && (0,yaml_engine/* isScalar */.jn)(node) && node.range ? node.range[0] : pair.key.range[1];
            const to = node && (0,yaml_engine/* isScalar */.jn)(node) && node.range ? node.range[1] : from;
            if (from < to) {
                // `key: null  # note` becomes `key:  # note`; an empty `key:   # note` stays as it is.
                while (from > pair.key.range[1] && /[ \t]/.test(this.text[from - 1]))
                    from--;
                this.splice(from, to, '');
            }
            const at = this.lineEnd(to);
            this.splice(at, at, this.lineBreakBefore(at) + this.blockLines(value, keyCol + this.unit, this.styleFor(parent, grandparent)));
            return;
        }
        if (!node || !(0,yaml_engine/* isScalar */.jn)(node) || !node.range)
            return;
        const [start, end] = node.range;
        const own = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.type : undefined;
        // A plain string stays plain; a null (or empty) value takes the style of its neighbours.
        const style = own ?? (typeof node.value === 'string' && node.value !== '' ? 'PLAIN' : this.styleFor(parent, grandparent));
        // A quoted value stays a quoted string (`deployment_id: "9840f0e"` keeps holding a string).
        const rendered = own && value !== null ? this.scalar(String(value), own) : this.scalar(value, style);
        const old = this.text.slice(start, end);
        const tail = /\r?\n$/.exec(old)?.[0] ?? '';
        this.splice(start, end, (start === end && this.text[start - 1] === ':' ? ' ' : '') + rendered + tail);
    }
    add(path, entries, after) {
        const map = this.nodeAt(path);
        const owner = path.length ? this.pairAt(path) : undefined;
        const parent = path.length ? this.nodeAt(path.slice(0, -1)) : undefined;
        if (!(0,yaml_engine/* isMap */.jh)(map))
            return;
        const style = this.styleFor(map, parent);
        if (map.flow) {
            if (!map.range)
                return;
            const [start, end] = map.range;
            if (map.items.length === 0 && owner && (0,yaml_engine/* isScalar */.jn)(owner.key) && owner.key.range) {
                // `production: {}` becomes a block map.
                let from = start;
                while (from > owner.key.range[1] && /[ \t]/.test(this.text[from - 1]))
                    from--;
                this.splice(from, end, '');
                const at = this.lineEnd(end);
                this.splice(at, at, this.lineBreakBefore(at) + this.blockLines(entries, this.column(owner.key.range[0]) + this.unit, style));
                return;
            }
            let close = end - 1;
            while (close > start && this.text[close] !== '}')
                close--;
            let at = close;
            while (at > start && /\s/.test(this.text[at - 1]))
                at--;
            const empty = this.text.slice(start + 1, at).trim() === '';
            this.splice(at, at, `${empty ? ' ' : ', '}${this.flowEntries(entries, style)}${empty ? ' ' : ''}`);
            return;
        }
        const first = map.items[0];
        if (!first || !(0,yaml_engine/* isScalar */.jn)(first.key) || !first.key.range || !map.range)
            return;
        const col = this.column(first.key.range[0]);
        let at = map.range[1];
        const anchor = after === undefined ? undefined : map.items.find((p) => (0,yaml_engine/* isScalar */.jn)(p.key) && String(p.key.value) === after);
        if (anchor && (0,yaml_engine/* isScalar */.jn)(anchor.key) && anchor.key.range) {
            const v = anchor.value;
            if (v && ((0,yaml_engine/* isMap */.jh)(v) || (0,yaml_engine/* isSeq */.oP)(v)) && !v.flow && v.range)
                at = v.range[1];
            else
                at = this.lineEnd(v?.range ? v.range[1] : anchor.key.range[1]);
        }
        // A block map's range ends after the line break of its last line (or at the end of the text).
        if (at < this.text.length && this.text[at - 1] !== '\n')
            at = this.lineEnd(at);
        // A new top-level block is set off by a blank line when the file separates its blocks so.
        const blank = path.length === 0 && /\n\r?\n\S/.test(this.text) && !/\n\r?\n$/.test(this.text.slice(0, at)) ? this.eol : '';
        this.splice(at, at, this.lineBreakBefore(at) + blank + this.blockLines(entries, col, style));
    }
    append(path, item) {
        const seq = this.nodeAt(path);
        if (!(0,yaml_engine/* isSeq */.oP)(seq) || !seq.range)
            return;
        const last = seq.items[seq.items.length - 1];
        const style = (0,yaml_engine/* isScalar */.jn)(last) && (last.type === 'QUOTE_DOUBLE' || last.type === 'QUOTE_SINGLE') ? last.type : 'PLAIN';
        const rendered = this.scalar(item, style);
        const [start, end] = seq.range;
        if (seq.flow) {
            let close = end - 1;
            while (close > start && this.text[close] !== ']')
                close--;
            let at = close;
            while (at > start && /\s/.test(this.text[at - 1]))
                at--;
            const empty = this.text.slice(start + 1, at).trim() === '';
            this.splice(at, at, `${empty ? '' : ', '}${rendered}`);
            return;
        }
        if (!(0,yaml_engine/* isScalar */.jn)(last) || !last.range)
            return;
        const lineStart = this.text.lastIndexOf('\n', last.range[0] - 1) + 1;
        const prefix = this.text.slice(lineStart, last.range[0]);
        let at = end;
        if (at < this.text.length && this.text[at - 1] !== '\n')
            at = this.lineEnd(at);
        this.splice(at, at, `${this.lineBreakBefore(at)}${prefix}${rendered}${this.eol}`);
    }
}
function lineCol(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, col: before[before.length - 1].length + 1 };
}

;// CONCATENATED MODULE: ./src/state-file/update.ts
/**
 * Records a production ship in the feature's workflow state file, in the file's own layout.
 *
 * The file is edited, never rewritten: the YAML is parsed with `yaml`'s parseDocument only to find
 * where each value sits (node ranges), and the new values are spliced into the original text, so
 * comments, key order, quoting, alignment, blank lines and line endings all stay as they were.
 * (Serialising the Document again would re-flow comments and spacing in most real state files.)
 * JSON files are edited the same way, through jsonc-parser's node offsets, with the file's indentation.
 *
 * What is written:
 * - The production deployment, in the map the file already has for it: `deployment.production`,
 *   else `deployment_state.production` (an older Spec-Flow layout), else
 *   `deployment.environment(s).production`. Existing keys are reused under
 *   the names the file gives them (`url`, `deployed_at` or `timestamp`, `version` or
 *   `release_version`, `github_release_url`, `deployment_id`, ...); `deployed` becomes `true` and a
 *   `status` becomes `shipped` (unless it already says so) when the file has them. With no such map, a `production` map is
 *   added to the existing `deployment` map (right after `staging` when there is one), else a
 *   `deployment:` block is added at the end of the file.
 * - The phase (shipped only): `current_phase`, `phase` or `workflow.phase`, whichever the file uses
 *   (the same lookup as the gates), becomes `finalize`, keeping a namespace prefix (`ship:ship-prod`
 *   becomes `ship:finalize`). Spec-Flow's order is `... → ship-prod → finalize` (or `deploy-prod →
 *   finalize`), and the fixture files of shipped features read `phase: finalize` with `ship-prod` /
 *   `deploy-prod` in their completed phases. `finalize` is also not a production phase, so the
 *   next ship's state-file discovery does not take this feature for the one being shipped. A
 *   completed-phases list beside the phase (`completed_phases` / `phases_completed`) gets the
 *   production phase (the file's own spelling when the phase was one, else `ship-prod`) unless it
 *   already has one (or already lists `finalize`). The phase's `status` is left as it is. A numeric phase is left alone.
 * - A rolled-back or failed ship does not advance the phase and does not claim a deployment: it
 *   records the attempt in `<production map>.last_attempt` (version, tag, status, attempted_at, ...).
 *   A shipped ship refreshes `last_attempt` only when the file already has one.
 * Keys are written snake_case, or camelCase when the map they go into already uses camelCase.
 * The function is pure and idempotent: values that already hold the new value are not touched.
 */



/** The phase a state file gets after a production ship (see the module comment). */
const SHIPPED_PHASE = 'finalize';
/** The name added to a completed-phases list when the file does not spell its own. */
const PRODUCTION_PHASE = 'ship-prod';
function updateStateFile(path, text, facts) {
    const json = /\.json$/i.test(path);
    const editor = json ? new JsonEditor(path, text) : new YamlEditor(path, text);
    const root = editor.root();
    if (!isObject(root))
        throw new StateUpdateError(`${path}: the top level is not a map, so there is nowhere to record the deployment`);
    const { ops, changed } = plan(root, facts);
    return { text: ops.length ? editor.apply(ops) : text, changed };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isScalarValue(v) {
    return v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
}
function get(root, path) {
    let at = root;
    for (const key of path) {
        if (!isObject(at) || !Object.hasOwn(at, key))
            return undefined;
        at = at[key];
    }
    return at;
}
function has(root, path) {
    const parent = get(root, path.slice(0, -1));
    return isObject(parent) && Object.hasOwn(parent, path[path.length - 1]);
}
/** Key comparison across spellings: `deployed_at`, `deployedAt`, `deployed-at`. */
function norm(key) {
    return key.toLowerCase().replace(/[_-]/g, '');
}
function namingOf(...maps) {
    for (const m of maps) {
        if (!isObject(m))
            continue;
        const keys = Object.keys(m);
        if (!keys.length)
            continue;
        const camel = keys.some((k) => /[a-z][A-Z]/.test(k)) && !keys.some((k) => k.includes('_'));
        return camel ? (s) => s.replace(/_([a-z])/g, (_m, c) => c.toUpperCase()) : (s) => s;
    }
    return (s) => s;
}
/** Logical fields of the production map: the names a file may already use, the first is the default. */
const FIELDS = {
    version: ['version', 'release_version'],
    tag: ['tag', 'git_tag', 'release_tag'],
    tagCreatedAt: ['tag_created_at'],
    deployedAt: ['deployed_at', 'timestamp'],
    productionUrl: ['url', 'production_url', 'deployment_url'],
    deploymentId: ['deployment_id'],
    releaseUrl: ['github_release_url', 'release_url'],
    runId: ['run_id'],
    runUrl: ['run_url', 'workflow_run_url']
};
/** Values of a production map's `status` that already say "live" (left as they are). */
const DONE_WORDS = ['shipped', 'deployed', 'live', 'completed', 'complete', 'success', 'succeeded', 'done'];
/** Production-map candidates the file may already have, in order. */
const PRODUCTION_MAPS = [
    ['deployment', 'production'],
    ['deployment_state', 'production'],
    ['deploymentState', 'production'],
    ['deployment', 'environment', 'production'],
    ['deployment', 'environments', 'production'],
    // What this module adds beside a `deployment` that is not a map, found again on a re-run.
    ['production_deployment'],
    ['productionDeployment']
];
const PHASE_PATHS = [['current_phase'], ['phase'], ['workflow', 'phase']];
const COMPLETED_KEYS = ['completed_phases', 'phases_completed', 'completedPhases', 'phasesCompleted'];
function plan(root, facts) {
    const ops = [];
    const changed = [];
    const shipped = facts.status === 'shipped';
    /** Sets or adds `wanted` in the map at `at` (which exists), by the names the map already uses. */
    const fill = (at, wanted) => {
        const map = get(root, at);
        const naming = namingOf(map, get(root, at.slice(0, -1)), root);
        const adds = [];
        for (const { names, value } of wanted) {
            const existing = Object.keys(map).find((k) => names.some((n) => norm(n) === norm(k)));
            if (existing !== undefined) {
                const current = map[existing];
                if (Array.isArray(value)) {
                    if (isObject(current)) {
                        fill([...at, existing], value.map(([k, v]) => ({ names: [k], value: v })));
                    }
                    else if (isScalarValue(current)) {
                        ops.push({ kind: 'set', path: [...at, existing], value: renamed(value, naming) });
                        changed.push(...leaves([...at, existing], renamed(value, naming)));
                    }
                    continue;
                }
                // A collection where a scalar belongs (e.g. `deployment_ids: {}`) is not ours to replace.
                if (!isScalarValue(current) || sameScalar(current, value))
                    continue;
                ops.push({ kind: 'set', path: [...at, existing], value });
                changed.push([...at, existing].join('.'));
            }
            else {
                const key = naming(names[0]);
                const v = Array.isArray(value) ? renamed(value, naming) : value;
                adds.push([key, v]);
                changed.push(...leaves([...at, key], v));
            }
        }
        if (adds.length)
            ops.push({ kind: 'add', map: at, entries: adds });
    };
    const attempt = (naming) => renamed(compact([
        ['version', facts.version],
        ['tag', facts.tag],
        ['status', facts.status],
        ['attempted_at', facts.deployedAt],
        ['deployment_id', facts.deploymentId],
        ['run_url', facts.runUrl]
    ]), naming);
    const base = PRODUCTION_MAPS.find((p) => isObject(get(root, p)));
    if (base) {
        const map = get(root, base);
        const naming = namingOf(map, get(root, base.slice(0, -1)), root);
        const wanted = [];
        if (shipped) {
            for (const [field, names] of Object.entries(FIELDS)) {
                const value = facts[field];
                if (value !== undefined && value !== '')
                    wanted.push({ names, value });
            }
            if (Object.keys(map).some((k) => norm(k) === 'deployed'))
                wanted.push({ names: ['deployed'], value: true });
            const statusKey = Object.keys(map).find((k) => norm(k) === 'status');
            if (statusKey !== undefined && !DONE_WORDS.includes(String(map[statusKey]).toLowerCase()))
                wanted.push({ names: ['status'], value: 'shipped' });
            if (Object.keys(map).some((k) => norm(k) === 'lastattempt'))
                wanted.push({ names: ['last_attempt'], value: attempt(naming) });
        }
        else {
            wanted.push({ names: ['last_attempt'], value: attempt(naming) });
        }
        fill(base, wanted);
    }
    else {
        const deployment = get(root, ['deployment']);
        const naming = namingOf(isObject(deployment) ? deployment : undefined, root);
        const production = renamed(shipped ? newProduction(facts) : [['last_attempt', attempt((s) => s)]], naming);
        const under = (parent, after) => {
            ops.push({ kind: 'add', map: parent, entries: [[naming('production'), production]], ...(after ? { after } : {}) });
            changed.push(...leaves([...parent, naming('production')], production));
        };
        if (isObject(deployment)) {
            under(['deployment'], Object.keys(deployment).find((k) => norm(k) === 'staging'));
        }
        else if (has(root, ['deployment']) && (deployment === null || deployment === undefined)) {
            const value = [[naming('production'), production]];
            ops.push({ kind: 'set', path: ['deployment'], value });
            changed.push(...leaves(['deployment'], value));
        }
        else if (isObject(get(root, ['deployment_state']))) {
            under(['deployment_state']);
        }
        else if (!has(root, ['deployment'])) {
            const value = [[naming('production'), production]];
            ops.push({ kind: 'add', map: [], entries: [['deployment', value]] });
            changed.push(...leaves(['deployment'], value));
        }
        else {
            // `deployment` holds something else (a name, a list): keep it, record beside it.
            const key = namingOf(root)('production_deployment');
            ops.push({ kind: 'add', map: [], entries: [[key, production]] });
            changed.push(...leaves([key], production));
        }
    }
    // The feature's version, when the deployment map keeps one (`deployment.version`).
    // (also when the production map was just added under it)
    if (shipped && (base === undefined || base[0] === 'deployment') && isObject(get(root, ['deployment']))) {
        const deployment = get(root, ['deployment']);
        const key = Object.keys(deployment).find((k) => norm(k) === 'version');
        if (key !== undefined && isScalarValue(deployment[key]) && !sameScalar(deployment[key], facts.version)) {
            ops.push({ kind: 'set', path: ['deployment', key], value: facts.version });
            changed.push(`deployment.${key}`);
        }
    }
    if (shipped)
        planPhase(root, ops, changed);
    return { ops, changed };
}
function planPhase(root, ops, changed) {
    const at = PHASE_PATHS.find((p) => {
        const v = get(root, p);
        return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
    });
    if (!at)
        return;
    const phase = get(root, at);
    if (typeof phase !== 'string')
        return; // a numbered phase: its numbering is not ours to guess
    const prefix = phase.includes(':') ? phase.slice(0, phase.lastIndexOf(':') + 1) : '';
    if ((0,find/* normalizePhase */.Rn)(phase) !== SHIPPED_PHASE) {
        ops.push({ kind: 'set', path: at, value: `${prefix.trim()}${SHIPPED_PHASE}` });
        changed.push(at.join('.'));
    }
    const parent = at.slice(0, -1);
    for (const key of COMPLETED_KEYS) {
        const list = get(root, [...parent, key]);
        if (!Array.isArray(list))
            continue;
        if (!list.every((x) => isScalarValue(x)))
            break;
        // Already there, or already finalized (a production phase after `finalize` would read wrong).
        if (list.some((x) => typeof x === 'string' && ((0,find/* isProductionPhase */.pw)(x) || (0,find/* normalizePhase */.Rn)(x) === SHIPPED_PHASE)))
            break;
        const own = (0,find/* isProductionPhase */.pw)(phase) ? phase.slice(phase.lastIndexOf(':') + 1).trim() : PRODUCTION_PHASE;
        ops.push({ kind: 'append', seq: [...parent, key], item: own });
        changed.push([...parent, key].join('.'));
        break;
    }
}
function newProduction(facts) {
    return compact(Object.entries(FIELDS).map(([field, names]) => [names[0], facts[field]]));
}
function compact(entries) {
    return entries.filter((e) => e[1] !== undefined && e[1] !== '');
}
function renamed(entries, naming) {
    return entries.map(([k, v]) => [naming(k), Array.isArray(v) ? renamed(v, naming) : v]);
}
function leaves(at, value) {
    if (!Array.isArray(value))
        return [at.join('.')];
    return value.flatMap(([k, v]) => leaves([...at, k], v));
}
function sameScalar(current, wanted) {
    if (Array.isArray(wanted))
        return false;
    if (current === undefined || current === null || wanted === null)
        return current === wanted;
    return String(current) === String(wanted) && (typeof current === 'boolean') === (typeof wanted === 'boolean');
}

;// CONCATENATED MODULE: ./src/state-file/record.ts
/**
 * After a real ship, the production deployment recorded in the state file, in the file's own
 * layout (update.ts). Shipped, rolled-back and failed ships only; never committed.
 */





async function recordInStateFile(record, workspace, facts) {
    const state = record.stateFile;
    const version = record.version;
    if (!state || !version || record.settings?.dryRun)
        return;
    if (record.status !== 'shipped' && record.status !== 'rolled-back' && record.status !== 'failed')
        return;
    if (!record.deploy && !record.release?.commitSha)
        return; // failed before anything was made
    await (0,yaml_engine/* loadYaml */.yv)(); // loaded by the gates, which read this file: the editor parses it again
    try {
        const file = (0,confine/* confinedPath */.OR)(workspace, state.path, 'state-file');
        const updated = updateStateFile(state.path, (0,external_node_fs_.readFileSync)(file, 'utf8'), {
            version: version.next,
            tag: version.tag,
            deployedAt: (facts.now ?? new Date()).toISOString(),
            releaseUrl: record.release?.releaseUrl,
            deploymentId: record.deploy?.deploymentId,
            runId: record.deploy?.runId,
            runUrl: record.deploy?.runUrl,
            productionUrl: facts.productionUrl,
            status: record.status
        });
        (0,external_node_fs_.writeFileSync)(file, updated.text);
        core/* info */.pq(`state file ${state.path} updated: ${updated.changed.join(', ')}`);
    }
    catch (error) {
        const message = error instanceof StateUpdateError ? error.message : `could not update ${state.path}: ${error.message}`;
        record.warnings.push(message);
        core/* warning */.$e(message);
    }
}


/***/ }),

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ confinedPath),
/* harmony export */   v$: () => (/* binding */ OutsideWorkspaceError),
/* harmony export */   vt: () => (/* binding */ symlinkTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Workspace confinement: every file the action reads or writes in the workspace (state file,
 * version files, changelog, report file) must stay in it. A path is resolved the way the system
 * will follow it (symlinks on the way, a dangling symlink at the end included); when that leads
 * outside the workspace, the path is refused with the link that leads out.
 */


class OutsideWorkspaceError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutsideWorkspaceError';
    }
}
/** Symlinks followed at most (as the system does, ELOOP beyond it). */
const MAX_LINKS = 40;
/**
 * Where `target` (absolute) really leads: existing parts resolved by realpath, a missing tail kept
 * as written, a dangling symlink followed to its target. `via` is the first symlink met.
 */
function follow(target) {
    let current = target;
    let via;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        // The longest existing prefix, resolved; the rest appended.
        const rest = [];
        let probe = current;
        for (;;) {
            try {
                const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(probe);
                if (!via && real !== probe)
                    via = firstLink(probe);
                return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, ...rest.reverse()), via };
            }
            catch (error) {
                const code = error.code;
                if (code === 'ELOOP')
                    throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
                if (code !== 'ENOENT' && code !== 'ENOTDIR')
                    throw error;
            }
            // A dangling symlink: follow it by hand (realpath refuses it).
            let isLink = false;
            try {
                isLink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(probe).isSymbolicLink();
            }
            catch {
                isLink = false;
            }
            if (isLink) {
                const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(probe), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(probe));
                via ??= { link: probe, to };
                current = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(to, ...rest.reverse());
                break;
            }
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(probe);
            if (parent === probe)
                return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(probe, ...rest.reverse()), via };
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(probe));
            probe = parent;
        }
    }
    throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
}
/** The first symlink on the way to `target` (whose parts all exist). */
function firstLink(target) {
    const parts = target.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    for (let i = 2; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(prefix).isSymbolicLink())
                return { link: prefix, to: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(prefix), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(prefix)) };
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function inside(root, real) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * The absolute path of `relative` in `workspace`, once checked to stay inside it (through any
 * symlink). Throws OutsideWorkspaceError naming `what` (an input's name) and the link that leads out.
 */
function confinedPath(workspace, relative, what) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, relative);
    const { real, via } = follow(absolute);
    if (inside(root, real))
        return absolute;
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    const how = via
        ? ` through the symlink ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, via.link).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')}, which points outside it`
        : '';
    throw new OutsideWorkspaceError(`${what} ${shown} leads outside the workspace${how}; expected a file inside the workspace (symlinks out of it are refused)`);
}
/** The workspace-relative target of `relative` when the file itself is a symlink; undefined otherwise. */
function symlinkTarget(workspace, relative) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, relative);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute).isSymbolicLink())
            return undefined;
    }
    catch {
        return undefined;
    }
    const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolute));
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, to).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ })

};

//# sourceMappingURL=352.index.js.map