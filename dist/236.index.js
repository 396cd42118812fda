export const id = 236;
export const ids = [236];
export const modules = {

/***/ 8236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installLogRedaction: () => (/* binding */ installLogRedaction),
/* harmony export */   redactLogLine: () => (/* binding */ redactLogLine),
/* harmony export */   redactLogText: () => (/* binding */ redactLogText)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8019);
/**
 * The step's own log, redacted: everything written to stdout and stderr (the action's lines, its
 * workflow commands, the output of the user's commands it streams) goes through the secrets
 * registry first. The runner masks only what `::add-mask::` told it, and only values long enough
 * to mask without garbling the job's log; this covers the rest (short deploy-inputs values, a
 * secret reused inside another input and echoed by a command) in this step's log.
 *
 * Workflow commands keep their form: `::add-mask::` lines pass untouched (the runner must learn
 * the value), and in `::error title=…,line=3::message` only the message is redacted.
 */

const COMMAND = /^(::[A-Za-z-]+(?: [^:]*)?::)(.*)$/s;
/** One line as it may be written: pure but for the redactor it is given. */
function redactLogLine(line, redact) {
    if (line.startsWith('::add-mask::'))
        return line;
    const command = COMMAND.exec(line);
    return command ? `${command[1]}${redact(command[2])}` : redact(line);
}
/** A chunk of one or more lines, each redacted on its own (line ends kept). */
function redactLogText(text, redact) {
    return text
        .split(/(\r?\n)/)
        .map((part, i) => (i % 2 === 1 ? part : redactLogLine(part, redact)))
        .join('');
}
/**
 * Routes every write to process.stdout and process.stderr through `redact` (by default the
 * registry's, read at each write, so secrets registered later count too). Returns the undo.
 */
function installLogRedaction(redact = _secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp) {
    const undo = [];
    for (const stream of [process.stdout, process.stderr]) {
        const original = stream.write;
        const write = original.bind(stream);
        stream.write = ((chunk, ...rest) => {
            const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined;
            if (text === undefined)
                return write(chunk, ...rest);
            // A string chunk: an encoding argument would now mislead (a buffer was decoded as UTF-8).
            const args = typeof chunk === 'string' ? rest : rest.filter((arg) => typeof arg === 'function');
            return write(redactLogText(text, redact), ...args);
        });
        undo.push(() => {
            stream.write = original;
        });
    }
    return () => undo.forEach((u) => u());
}


/***/ })

};

//# sourceMappingURL=236.index.js.map