/** Inputs given as one item per line: required-checks and deploy-inputs. */
import type { RequiredChecks } from './settings.js';
import { hasControlChar, show, type Problems } from './problems.js';

/** Lines of a list input: 1-based numbers, trimmed, blank lines and `# comments` left out. */
export function meaningfulLines(value: string): Array<{ line: number; text: string }> {
  return value
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

const REQUIRED_CHECK_MODES = ['required', 'all', 'none'] as const;

export function readRequiredChecks(p: Problems, value: string): RequiredChecks | undefined {
  const lines = meaningfulLines(value);
  if (lines.length === 0) return { mode: 'required' };
  if (lines.length === 1 && (REQUIRED_CHECK_MODES as readonly string[]).includes(lines[0].text)) {
    return { mode: lines[0].text as 'required' | 'all' | 'none' };
  }
  let ok = true;
  const names: string[] = [];
  for (const { line, text } of lines) {
    const mode = REQUIRED_CHECK_MODES.find((m) => m === text.toLowerCase());
    if (mode && (lines.length > 1 || text !== mode)) {
      p.add(
        'required-checks',
        lines.length > 1
          ? `${show(text)} is a mode and cannot be combined with check names; expected required, all, none, or only check names`
          : `${show(text)} is not a mode (modes are lower case); expected required, all, none, or check names`,
        `line ${line}`
      );
      ok = false;
    } else if (text.startsWith('- ')) {
      p.add('required-checks', `${show(text)} starts with '- '; expected one check name per line, without a list marker`, `line ${line}`);
      ok = false;
    } else if (!names.includes(text)) {
      names.push(text);
    }
  }
  return ok ? { mode: 'list', names } : undefined;
}

/** A workflow_dispatch input id: starts with a letter or '_', then letters, digits, '-' or '_'. */
export const WORKFLOW_INPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export const WORKFLOW_INPUT_NAME_EXPECTED = "expected a letter or '_' then letters, digits, '-' or '_'";

/** `key=value` lines (deploy-inputs, also a waves environment's), pure: the inputs, or the problems by line (values never shown). */
export function parseKeyValueLines(value: string): { inputs: Record<string, string>; problems: Array<{ line: number; message: string }> } {
  const inputs: Record<string, string> = {};
  const problems: Array<{ line: number; message: string }> = [];
  const seen = new Map<string, number>();
  for (const { line, text } of meaningfulLines(value)) {
    const eq = text.indexOf('=');
    if (eq < 0) {
      problems.push({ line, message: `the line (hidden: deploy-inputs may hold secrets) has no '='; expected key=value, e.g. region=eu-west-1` });
      continue;
    }
    const key = text.slice(0, eq).trim();
    const val = text.slice(eq + 1).trim();
    if (!WORKFLOW_INPUT_NAME.test(key)) {
      problems.push({ line, message: `${show(key)} is not a workflow input name; ${WORKFLOW_INPUT_NAME_EXPECTED}` });
      continue;
    }
    const first = seen.get(key.toLowerCase());
    if (first !== undefined) {
      problems.push({ line, message: `key '${key}' is given again (first on line ${first}); expected each key once` });
      continue;
    }
    seen.set(key.toLowerCase(), line);
    inputs[key] = val;
  }
  return { inputs, problems };
}

export function readDeployInputs(p: Problems, value: string): Record<string, string> | undefined {
  const { inputs, problems } = parseKeyValueLines(value);
  for (const { line, message } of problems) p.add('deploy-inputs', message, `line ${line}`);
  return problems.length ? undefined : inputs;
}

/** `staging-environment`: one environment name per line, each at most once (names compare case-insensitively, as GitHub's do). */
export function readStagingEnvironments(p: Problems, value: string): string[] | undefined {
  const names: string[] = [];
  let ok = true;
  for (const { line, text } of meaningfulLines(value)) {
    if (text.length > 255 || hasControlChar(text)) {
      p.add('staging-environment', `${show(text)} is not an environment name; expected one line of at most 255 characters, e.g. staging (one environment per line)`, `line ${line}`);
      ok = false;
    } else if (names.some((n) => n.toLowerCase() === text.toLowerCase())) {
      p.add('staging-environment', `${show(text)} is listed twice; expected each environment once`, `line ${line}`);
      ok = false;
    } else {
      names.push(text);
    }
  }
  return ok ? names : undefined;
}
