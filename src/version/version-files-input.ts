/**
 * Reading the `version-files` input (pure): one file per line, blank lines and `#` comments
 * skipped; `path#/regex/flags` for a pattern (run in linear time, config/user-pattern.ts, or
 * refused here). Apart from the editors (version-files.ts) so that reading the inputs loads no
 * TOML or JSON parser. A leaf of config/settings.ts (VersionFileSpec).
 */
import path from 'node:path';
import { compileUserPattern } from '../config/user-pattern.js';

export const VERSION_MARKER = 'x-ship-prod-version';

export type VersionFileKind = 'json' | 'toml' | 'marker' | 'regex';

export interface VersionFileSpec {
  /** Workspace-relative, `/`-separated. */
  path: string;
  kind: VersionFileKind;
  /** For `regex`: the pattern and its flags (without `g`, `y`, `d`). */
  pattern?: string;
  flags?: string;
}

export interface SpecProblem {
  /** 1-based line of the input. */
  line: number;
  message: string;
}

const REGEX_FORM = /^(.+?)#\/(.+)\/([a-z]*)$/;
const ALLOWED_FLAGS = /^[imsu]*$/;
const EXAMPLE = 'expected a path such as src/version.ts, Cargo.toml or docs/install.md#/ship-prod@v(\\S+)/';

function kindOf(file: string): VersionFileKind {
  if (/\.json$/i.test(file)) return 'json';
  return tomlTablesFor(file) ? 'toml' : 'marker';
}

/** A workspace-relative file path, or why not. */
function filePathProblem(file: string): string | undefined {
  const slashed = file.replace(/\\/g, '/');
  if ([...file].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return 'contains a control character';
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) return 'is an absolute path';
  const normalized = path.posix.normalize(slashed);
  if (normalized === '..' || normalized.startsWith('../')) return 'leads outside the workspace';
  if (normalized === '.' || normalized.endsWith('/')) return 'names a folder, not a file';
  return undefined;
}

/** Parses the input: one file per line, blank lines and `#` comments skipped. */
export function parseVersionFiles(value: string): { specs: VersionFileSpec[]; problems: SpecProblem[] } {
  const specs: VersionFileSpec[] = [];
  const problems: SpecProblem[] = [];
  value.split(/\r?\n/).forEach((rawLine, i) => {
    const line = i + 1;
    const entry = rawLine.trim();
    if (entry === '' || entry.startsWith('#')) return;
    const regexForm = REGEX_FORM.exec(entry);
    const file = (regexForm ? regexForm[1]! : entry).trim();
    const bad = filePathProblem(file);
    if (bad) {
      problems.push({ line, message: `${JSON.stringify(file)} ${bad}; ${EXAMPLE}` });
      return;
    }
    const normalized = path.posix.normalize(file.replace(/\\/g, '/'));
    if (!regexForm) {
      specs.push({ path: normalized, kind: kindOf(normalized) });
      return;
    }
    const [, , pattern, flags] = regexForm;
    if (!ALLOWED_FLAGS.test(flags!)) {
      problems.push({ line, message: `flags ${JSON.stringify(flags)} of /${pattern}/ are not among i, m, s, u (every match is replaced, so g is implied)` });
      return;
    }
    const re = compileUserPattern(pattern!, flags);
    if ('problem' in re) {
      problems.push({ line, message: re.problem });
      return;
    }
    if (re.groups < 1) {
      problems.push({ line, message: `/${pattern}/ has no capture group; expected the version in the first group, e.g. /version: (\\S+)/` });
      return;
    }
    specs.push({ path: normalized, kind: 'regex', pattern: pattern!, flags: flags! });
  });
  return { specs, problems };
}

/** The tables a known TOML manifest keeps its version in, most specific first. */
export function tomlTablesFor(file: string): readonly string[] | undefined {
  const base = file.split('/').pop()!.toLowerCase();
  if (base === 'cargo.toml') return ['package', 'workspace.package'];
  if (base === 'pyproject.toml') return ['project', 'tool.poetry'];
  return undefined;
}
