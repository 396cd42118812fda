/**
 * CI check: action.yml is publishable on the GitHub Marketplace and readable where it is shown.
 *
 * - `name`, `description`, `author` and `runs` are there; `author` is not a placeholder;
 * - `description` is under 125 characters (the Marketplace refuses 125 or more);
 * - every input's and output's description is under 200 characters: the long story goes in the
 *   docs, linked from the description, never "see README" without a link;
 * - a link in a description is a Markdown link to a page of this repository or an https URL.
 *
 *   npx tsx scripts/check-action-metadata.ts     exit 1 and one line per problem
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const DESCRIPTION_MAX = 124;
export const FIELD_DESCRIPTION_MAX = 199;
/** Author values that say nobody in particular. */
const PLACEHOLDER_AUTHORS = /^(ship-prod|author|todo|tbd|your[- ]name|acme|example|unknown)?$/i;

interface ActionYml {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  runs?: unknown;
  inputs?: Record<string, { description?: unknown } | null>;
  outputs?: Record<string, { description?: unknown } | null>;
}

/** Problems with a description shown beside an input or output. */
function fieldProblems(kind: 'input' | 'output', name: string, description: unknown): string[] {
  if (typeof description !== 'string' || !description.trim()) return [`${kind} '${name}': no description`];
  const out: string[] = [];
  if (description.length > FIELD_DESCRIPTION_MAX) out.push(`${kind} '${name}': description is ${description.length} characters; at most ${FIELD_DESCRIPTION_MAX} (move the rest to the docs and link it)`);
  if (/\bsee (the )?readme\b/i.test(description)) out.push(`${kind} '${name}': says "see README" — link the page instead, e.g. [docs/gates.md](docs/gates.md)`);
  for (const [, target] of description.matchAll(/\]\(([^)]*)\)/g)) {
    if (!/^(https:\/\/|docs\/[\w./-]+\.md(#[\w-]+)?$|README\.md(#[\w-]+)?$)/.test(target!)) out.push(`${kind} '${name}': link "${target}" is neither a page of this repository (docs/*.md, README.md) nor an https URL`);
  }
  return out;
}

/** Every problem of action.yml's text, one line each; none when it is publishable. */
export function actionMetadataProblems(text: string): string[] {
  let action: ActionYml;
  try {
    action = (parse(text) ?? {}) as ActionYml;
  } catch (error) {
    return [`action.yml does not parse: ${(error as Error).message}`];
  }
  const out: string[] = [];
  for (const key of ['name', 'description', 'author'] as const) {
    if (typeof action[key] !== 'string' || !(action[key] as string).trim()) out.push(`'${key}' is missing`);
  }
  if (!action.runs) out.push(`'runs' is missing`);
  if (typeof action.description === 'string' && action.description.length > DESCRIPTION_MAX) {
    out.push(`'description' is ${action.description.length} characters; the Marketplace takes at most ${DESCRIPTION_MAX}`);
  }
  if (typeof action.author === 'string' && action.author.trim() && PLACEHOLDER_AUTHORS.test(action.author.trim())) {
    out.push(`'author' is "${action.author}", a placeholder: name who maintains the action`);
  }
  for (const [name, spec] of Object.entries(action.inputs ?? {})) out.push(...fieldProblems('input', name, spec?.description));
  for (const [name, spec] of Object.entries(action.outputs ?? {})) out.push(...fieldProblems('output', name, spec?.description));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const problems = actionMetadataProblems(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  for (const p of problems) console.error(`action.yml: ${p}`);
  console.log(problems.length ? `${problems.length} problem(s) in action.yml` : 'action.yml is publishable: description, author, input and output descriptions');
  process.exit(problems.length ? 1 : 0);
}
