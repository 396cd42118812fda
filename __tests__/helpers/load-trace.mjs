/**
 * Preloaded (`node --import`) by the start-up tests into the bundled action: writes to the file
 * named by LOAD_TRACE_FILE one line per module the process loads (`load <url>`, from a module
 * hook), per source map it reads (`read <path>`) and per HTTP request it makes (`request <method>
 * <path>`, when node:http's request is called: before any module the process imports after it),
 * the Node built-ins loaded by the first request (`builtins-at-first-request <name> ...`) and at
 * exit (`builtins-at-exit <name> ...`), and at exit whether Node's own undici (the runtime's fetch)
 * was loaded (`undici yes|no`), so a test can say what a path loaded, and in which order.
 */
import fs from 'node:fs';
import { createRequire, register, syncBuiltinESMExports } from 'node:module';

// node:http through require, as the bundle takes it: its ES module namespace would read every
// export, and on Node 24 one of them loads Node's own undici (which the trace must not cause).
const http = createRequire(import.meta.url)('node:http');

const trace = process.env.LOAD_TRACE_FILE;
/** The public built-ins loaded so far (`crypto`, `fs/promises`), internal ones left out. */
const builtins = () =>
  process.moduleLoadList
    .filter((m) => m.startsWith('NativeModule ') && !m.includes('internal/'))
    .map((m) => m.slice('NativeModule '.length))
    .join(' ');
if (trace) {
  const hooks = `
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      if (url.startsWith('file:')) appendFileSync(${JSON.stringify(trace)}, 'load ' + url + '\\n');
      return next(url, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (file, ...rest) {
    if (String(file).endsWith('.map')) fs.appendFileSync(trace, `read ${String(file)}\n`);
    return readFileSync.call(this, file, ...rest);
  };
  const request = http.request;
  let first = true;
  http.request = function (url, ...rest) {
    if (first) fs.appendFileSync(trace, `builtins-at-first-request ${builtins()}\n`);
    first = false;
    const target = typeof url === 'string' || url instanceof URL ? new URL(url) : undefined;
    const method = (target ? rest.find((r) => r && typeof r === 'object')?.method : url?.method) ?? 'GET';
    fs.appendFileSync(trace, `request ${method} ${target ? target.pathname : url?.path}\n`);
    return request.call(this, url, ...rest);
  };
  syncBuiltinESMExports();
  process.on('exit', () => {
    const undici = process.moduleLoadList.some((m) => m.includes('internal/deps/undici'));
    fs.appendFileSync(trace, `builtins-at-exit ${builtins()}\n`);
    fs.appendFileSync(trace, `undici ${undici ? 'yes' : 'no'}\n`);
  });
}
