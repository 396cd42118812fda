/** The publishability check of action.yml (scripts/check-action-metadata.ts), run by .ci/run. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { actionMetadataProblems } from '../../scripts/check-action-metadata.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** An action.yml with the given top-level fields and one input. */
function action(fields: { name?: string; description?: string; author?: string; input?: string; output?: string }): string {
  const f = { name: 'ship-prod', description: 'Ship it.', author: 'ship-prod maintainers', input: 'A token.', output: 'The status.', ...fields };
  const line = (key: string, value: string | undefined) => (value === undefined ? '' : `${key}: ${JSON.stringify(value)}\n`);
  return `${line('name', f.name)}${line('description', f.description)}${line('author', f.author)}inputs:\n  token:\n    description: ${JSON.stringify(f.input)}\noutputs:\n  status:\n    description: ${JSON.stringify(f.output)}\nruns:\n  using: node24\n  main: dist/index.js\n`;
}

describe('actionMetadataProblems', () => {
  it('the repository action.yml is publishable', () => {
    expect(actionMetadataProblems(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))).toEqual([]);
  });

  it.each([
    ['a description of 124 characters', { description: 'x'.repeat(124) }, []],
    ['a description of 125 characters (the Marketplace refuses it)', { description: 'x'.repeat(125) }, ["'description' is 125 characters; the Marketplace takes at most 124"]],
    ['the old 171-character description', { description: 'Ship the commit validated on staging to production in one step: gates, version bump, annotated tag and release, deployment, health checks, rollback, and a truthful report.' }, ["'description' is 171 characters; the Marketplace takes at most 124"]],
    ['no author', { author: undefined }, ["'author' is missing"]],
    ['the placeholder author', { author: 'ship-prod' }, ['\'author\' is "ship-prod", a placeholder: name who maintains the action']],
    ['an input description of 199 characters', { input: 'x'.repeat(199) }, []],
    ['an input description of 200 characters', { input: 'x'.repeat(200) }, ["input 'token': description is 200 characters; at most 199 (move the rest to the docs and link it)"]],
    ['an output description of 250 characters', { output: 'y'.repeat(250) }, ["output 'status': description is 250 characters; at most 199 (move the rest to the docs and link it)"]],
    ['"see README" without a link', { input: 'Extra gates (see README, Gates).' }, ['input \'token\': says "see README" — link the page instead, e.g. [docs/gates.md](docs/gates.md)']],
    ['a link to a docs page with an anchor', { input: 'Gates ([docs/gates.md](docs/gates.md#custom-gates)).' }, []],
    ['an https link', { input: 'See [semver](https://semver.org/).' }, []],
    ['a link outside the repository pages', { input: 'Gates ([gates](../gates.md)).' }, ['input \'token\': link "../gates.md" is neither a page of this repository (docs/*.md, README.md) nor an https URL']],
    ['an empty input description', { input: '' }, ["input 'token': no description"]]
  ] as Array<[string, Parameters<typeof action>[0], string[]]>)('%s', (_what, fields, expected) => {
    expect(actionMetadataProblems(action(fields))).toEqual(expected);
  });

  it('names every problem at once', () => {
    expect(actionMetadataProblems(action({ description: 'x'.repeat(130), author: 'TODO', input: 'z'.repeat(300) }))).toHaveLength(3);
  });

  it('action.yml that does not parse', () => {
    expect(actionMetadataProblems('name: [unclosed')[0]).toMatch(/^action.yml does not parse/);
  });
});
