/**
 * Writes the README's inputs and outputs tables from action.yml, between the markers
 * <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->,
 * so the docs cannot drift from the action. `--check` fails when the README is not current.
 *
 *   npm run docs            rewrite README.md
 *   npm run docs -- --check exit 1 when README.md would change
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

export function renderTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionYml;
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(([name, spec]) => {
      const def = spec.default === undefined || spec.default === '' ? '' : `\`${escapeCell(String(spec.default))}\``;
      return `| \`${name}\` | ${def} | ${escapeCell(spec.description)} |`;
    })
  ].join('\n');
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${escapeCell(spec.description)} |`)
  ].join('\n');
  return { inputs, outputs };
}

export function replaceBetween(doc: string, marker: string, content: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} ... ${end} markers`);
  return `${doc.slice(0, a + start.length)}\n${content}\n${doc.slice(b)}`;
}

function main(): void {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const tables = renderTables(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  const next = replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables are not current with action.yml: run `npm run docs` and commit.');
      process.exit(1);
    }
    console.log('README.md tables match action.yml');
    return;
  }
  writeFileSync(readmePath, next);
  console.log(next === readme ? 'README.md already current' : 'README.md tables rewritten from action.yml');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
