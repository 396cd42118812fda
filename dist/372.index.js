export const id = 372;
export const ids = [372];
export const modules = {

/***/ 2372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readableStack: () => (/* binding */ readableStack)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/**
 * An unexpected error's stack, for the person who reads the log: positions in the bundle
 * (dist/*.js, minified) mapped back to the TypeScript sources through the source maps beside
 * them. The maps are read here, and only here: a run that reports no unexpected error never
 * loads them (they are most of dist/ by size, and parsing them takes longer than starting up).
 */




/** A stack frame's position: `file:///.../x.js:1:2345` or `/.../x.js:1:2345`. */
const POSITION = /(file:\/\/\/[^\s()]+?\.m?js|\/[^\s():]+?\.m?js):(\d+):(\d+)/g;
/** The source map a bundled file names on its last line, parsed; null when it has none. */
function mapOf(file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return null;
    const tail = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').slice(-300);
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(tail)?.[1];
    if (!url || url.startsWith('data:'))
        return null;
    const mapFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), url);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(mapFile))
        return null;
    return { map: new node_module__WEBPACK_IMPORTED_MODULE_1__.SourceMap(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(mapFile, 'utf8'))), dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(mapFile) };
}
/**
 * `error.stack` with every position in a file that has a source map replaced by its place in the
 * sources (`src/main.ts:44:13`, relative to the folder above the bundle's); other frames (Node's
 * own, files without a map) stay as they are. Never throws: a map that cannot be read leaves the
 * stack as it was.
 */
function readableStack(error) {
    if (!(error instanceof Error))
        return String(error);
    const stack = error.stack ?? `${error.name}: ${error.message}`;
    const maps = new Map();
    try {
        return stack.replace(POSITION, (whole, where, line, column) => {
            const file = where.startsWith('file://') ? (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(where) : where;
            if (!maps.has(file))
                maps.set(file, mapOf(file));
            const found = maps.get(file);
            const entry = found?.map.findEntry(Number(line) - 1, Number(column) - 1);
            if (!found || !entry?.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined)
                return whole;
            const source = entry.originalSource.startsWith('file://') ? (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(entry.originalSource) : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(found.dir, entry.originalSource);
            const shown = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(found.dir), source);
            return `${shown}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
        });
    }
    catch {
        return stack;
    }
}


/***/ })

};

//# sourceMappingURL=372.index.js.map