import { describe, expect, it } from '@jest/globals';
import { outsideReferences } from '../../scripts/check-paths.js';

// The paths below are assembled so that this file does not itself refer outside the repository.
const up = (n: number): string => '..'.concat('/').repeat(n);
const machine = (...parts: string[]): string => ['', ...parts].join('/');

describe('outsideReferences', () => {
  it.each([
    ['__tests__/gates/x.test.ts', `path.resolve(root, '${up(1)}shared/fixtures/spec-flow')`],
    ['__tests__/report/x.test.ts', `path.resolve(here, '${up(3)}shared/fixtures')`],
    ['README.md', `see ${up(1)}notes/GUIDE.md`],
    ['jest.config.js', `/** (see ${up(1)}shared/TOOLCHAIN.md) */`],
    ['.ci/run', `the corpus in ${up(1)}shared beside it`],
    ['scripts/x.ts', `const out = '${machine('work', 'wt14', 'out.txt')}'`],
    ['sandbox/x.ts', `const scratch = '${machine('tmp', 'ship-prod')}'`],
    ['src/x.ts', "readFileSync('../..', 'utf8')"]
  ])('flags %s: %s', (file, line) => {
    expect(outsideReferences(file, `first line\n${line}\n`)).toEqual([expect.objectContaining({ file, line: 2 })]);
  });

  it.each([
    ['__tests__/gates/x.test.ts', "import { x } from '../../src/gates/rules.js';"],
    ['__tests__/gates/x.test.ts', "const repoRoot = path.resolve(here, '../..');"],
    ['sandbox/demo/terminal.ts', "import { y } from '../runner.js';"],
    ['README.md', 'runs on /home/runner/work/app/app and node_modules/.bin/x'],
    ['src/x.ts', 'a ... b; 1..2; ./local']
  ])('keeps %s: %s', (file, line) => {
    expect(outsideReferences(file, line)).toEqual([]);
  });
});
