/**
 * Patterns written by users (`version-files` `path#/regex/flags`, `body-matches` in health checks),
 * run by a linear-time engine: re2js, a pure JavaScript port of RE2. Its time grows with the text,
 * never exponentially with the pattern, so `(a+)+$` over 28 a's and a b, or `^(?:\w+\s?)+:` over
 * an ordinary sentence, answer in milliseconds instead of hanging the run. No user pattern reaches
 * the JavaScript RegExp engine.
 *
 * Patterns are written as JavaScript regular expressions and read with JavaScript's meaning where
 * RE2 reads the same text differently:
 * - `.` (without the `s` flag) does not match `\r`, `\u2028` or `\u2029` (RE2's `.` would);
 * - `$` with the `m` flag also matches before the `\r` of a CRLF line ending;
 * - `\uXXXX` and `\u{X}` are turned into RE2's `\x{X}`.
 * What RE2 cannot run in linear time is refused before any write, with what to write instead:
 * lookahead `(?=` `(?!`, lookbehind `(?<=` `(?<!`, backreferences `\1` `\k<name>`; and `[^]`
 * (write `[\s\S]`), an empty class `[]`, `\cX`. Left as RE2 reads them: `\s` is
 * `[\t\n\f\r ]` (no `\v`, no Unicode spaces), repeat counts are at most 1000, and RE2's own
 * syntax (`(?i)`, `\pL`, `[[:alpha:]]`, `\Q...\E`) is accepted.
 * Flags: `i`, `m`, `s` as in JavaScript; `u` changes nothing (RE2 always reads code points).
 *
 * The engine (260 KB) loads only for a run whose inputs hold a pattern: loadPatternEngine, which
 * the settings reader awaits when it meets one (readSettingsLoadingLibraries in inputs.ts).
 */
import type { RE2JS } from 're2js';

let engine: typeof RE2JS | undefined;

/** Thrown by compileUserPattern before loadPatternEngine has settled: load it, then read again. */
export class PatternEngineNeeded extends Error {
  constructor() {
    super('a pattern was compiled before the pattern engine was loaded (loadPatternEngine)');
    this.name = 'PatternEngineNeeded';
  }
}

export async function loadPatternEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS;
}

export interface PatternMatch {
  /** Offset of the match and of its first capture group (-1 when the group took no part). */
  index: number;
  group1Start: number;
  group1End: number;
  group1: string | null;
}

export interface UserPattern {
  /** As written. */
  source: string;
  flags: string;
  /** Capture groups in the pattern. */
  groups: number;
  /** Whether any part of `text` matches. */
  test(text: string): boolean;
  /** Every match from left to right, as a /g regular expression finds them. */
  matchAll(text: string): PatternMatch[];
}

const NOT_LINEAR = 'which the linear-time engine (RE2) does not run';

/** Why a construct at `at` is refused, or undefined. */
function refusal(source: string, at: number): string | undefined {
  const rest = source.slice(at);
  if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
    return `uses a lookahead ${rest.slice(0, 3)}, ${NOT_LINEAR}: match the text itself, and capture only the version (e.g. /version: (\\S+)/)`;
  }
  if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
    return `uses a lookbehind ${rest.slice(0, 4)}, ${NOT_LINEAR}: match the text before it too, outside the capture group (e.g. /@v(\\S+)/)`;
  }
  if (/^\\[1-9]/.test(rest) || rest.startsWith('\\k<')) {
    return `uses a backreference ${/^\\(?:[1-9]\d*|k<[^>]*>)/.exec(rest)?.[0] ?? '\\k'}, ${NOT_LINEAR}: write the repeated text out`;
  }
  if (rest.startsWith('\\c')) return `uses a control escape ${rest.slice(0, 3)}: write the character as \\xHH`;
  return undefined;
}

/** The pattern in RE2's syntax with JavaScript's meaning (see the file comment), or why not. */
export function toRe2Syntax(source: string, flags: string): { re2: string } | { problem: string } {
  const dotAll = flags.includes('s');
  const multiline = flags.includes('m');
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const refused = c === '\\' || (c === '(' && !inClass) ? refusal(source, i) : undefined;
    if (refused) return { problem: refused };
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      const unicode = /^u(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{4}))/.exec(source.slice(i + 1));
      if (unicode) {
        out += `\\x{${unicode[1] ?? unicode[2]}}`;
        i += unicode[0].length;
      } else {
        out += `\\${next}`;
        i++;
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      if (source.startsWith('[^]', i)) return { problem: 'uses [^] (any character): write [\\s\\S] instead' };
      if (source.startsWith('[]', i)) return { problem: 'has an empty class [], which matches nothing' };
      inClass = true;
      // `]` or `^]` right after the opening bracket is a literal in RE2; JavaScript has no such rule, see above.
      out += c;
      continue;
    }
    if (c === '.' && !dotAll) out += '[^\\n\\r\\x{2028}\\x{2029}]';
    else if (c === '$' && multiline) out += '(?:\\r?$)';
    else out += c;
  }
  return { re2: out };
}

const FLAGS = ['i', 'm', 's', 'u'];

function flagBits(re2: typeof RE2JS, flags: string): number {
  const bits: Record<string, number> = { i: re2.CASE_INSENSITIVE, m: re2.MULTILINE, s: re2.DOTALL, u: 0 };
  return [...flags].reduce((all, f) => all | bits[f]!, 0);
}

/** Why a pattern cannot run: `problem` names it (`/x/ uses ...`), `why` is the rest. */
export interface PatternProblem {
  problem: string;
  why: string;
}

function refused(source: string, why: string): PatternProblem {
  return { problem: `/${source}/ ${why}`, why };
}

/** Compiles a user pattern, or says why it cannot run (the caller names the input). */
export function compileUserPattern(source: string, flags = ''): UserPattern | PatternProblem {
  const unknown = [...flags].filter((f) => !FLAGS.includes(f));
  if (unknown.length) return { problem: `flags ${JSON.stringify(flags)} of /${source}/ are not among i, m, s, u`, why: `flags ${JSON.stringify(flags)} are not among i, m, s, u` };
  const syntax = toRe2Syntax(source, flags);
  if ('problem' in syntax) return refused(source, syntax.problem);
  if (!engine) throw new PatternEngineNeeded();
  let re: RE2JS;
  try {
    re = engine.compile(syntax.re2, flagBits(engine, flags));
  } catch (error) {
    const message = (error as Error).message.replace(/^error parsing regexp: /, '');
    return refused(source, `is not a valid regular expression for the linear-time engine (RE2): ${message}`);
  }
  return {
    source,
    flags,
    groups: re.groupCount(),
    test: (text) => re.test(text),
    matchAll(text) {
      const found: PatternMatch[] = [];
      const m = re.matcher(text);
      while (m.find()) {
        const has = re.groupCount() >= 1 && m.start(1) >= 0;
        found.push({ index: m.start(), group1Start: has ? m.start(1) : -1, group1End: has ? m.end(1) : -1, group1: has ? m.group(1) : null });
      }
      return found;
    }
  };
}
