import { describe, expect, it } from '@jest/globals';
import { outsideReferences } from '../../scripts/check-paths.js';

describe('outsideReferences', () => {
  it.each([
    ['__tests__/gates/x.test.ts', "path.resolve(root, '../shared/fixtures/spec-flow')"],
    ['__tests__/report/x.test.ts', "path.resolve(here, '../../../shared/fixtures')"],
    ['README.md', 'see ../notes/GUIDE.md'],
    ['jest.config.js', '/** (see ../shared/TOOLCHAIN.md) */'],
    ['.ci/run', 'the corpus in ../shared beside it'],
    ['scripts/x.ts', "const out = '/work/wt14/out.txt'"],
    ['sandbox/x.ts', "const scratch = '/tmp/ship-prod'"],
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
