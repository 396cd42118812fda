/**
 * CI check: nothing in the repository refers to a path outside it. A clone on its own must build
 * and test from its own files, so a relative path that climbs above the repository root
 * (a sibling folder such as the shared corpus) or a machine path is an error, naming file and line.
 *
 * Checked: every tracked text file (`git ls-files`) but the generated ones (dist/, the lock file,
 * the trimmed OpenAPI description). Relative paths are resolved from the folder of the file that
 * holds them. The one file allowed to read a sibling folder is the real-file corpus test, which
 * skips itself when the folder is absent.
 *
 *   npx tsx scripts/check-paths.ts     exit 1 and a list when something points outside
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ALLOWED = new Set(['__tests__/corpus/spec-flow.test.ts']);
const GENERATED = [/^dist\//, /^package-lock\.json$/, /^sandbox\/openapi\/.*\.json$/];

/** `../` chains (with what follows them), not preceded by a name character or a dot. */
const RELATIVE = /(?<![\w./-])((?:\.\.\/)+(?:[\w.-]+\/?)*|\.\.(?=['"`\s)]|$))/g;
/** The sibling folder of shared material, however it is reached. */
const SHARED = /(?:\.\.\/)+shared\b/g;
/** Absolute paths of the machines this project is developed on. */
const MACHINE = /(?<![\w.-])\/(?:work|tmp)\/[\w.-]+/g;

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** What in `text` (the content of `file`, repository-relative) points outside the repository. */
export function outsideReferences(file: string, text: string): Finding[] {
  const out: Finding[] = [];
  const dir = path.posix.dirname(file);
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(RELATIVE)) {
      const resolved = path.posix.normalize(path.posix.join(dir, m[1]!));
      if (resolved === '..' || resolved.startsWith('../')) out.push({ file, line: i + 1, text: m[1]!, why: `resolves to ${resolved}, outside the repository` });
    }
    for (const m of line.matchAll(SHARED)) {
      if (!out.some((f) => f.line === i + 1 && f.text.startsWith(m[0]))) out.push({ file, line: i + 1, text: m[0], why: 'the shared sibling folder' });
    }
    for (const m of line.matchAll(MACHINE)) out.push({ file, line: i + 1, text: m[0], why: 'a machine path' });
  });
  return out;
}

function main(): void {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !ALLOWED.has(f) && !GENERATED.some((g) => g.test(f)));
  const findings: Finding[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // listed but absent (a deletion not yet committed)
    }
    if (text.includes('\0')) continue; // binary
    findings.push(...outsideReferences(file, text));
  }
  for (const f of findings) console.error(`${f.file}:${f.line}: "${f.text}" ${f.why}`);
  if (findings.length) {
    console.error(`\n${findings.length} reference(s) to paths outside the repository; only ${[...ALLOWED].join(', ')} may read a sibling folder.`);
    process.exit(1);
  }
  console.log(`no references outside the repository in ${files.length} files`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) main();
