/**
 * What the version stage can refuse before anything is written (status `blocked`, as a failed
 * gate that names the input): a version file that is missing or holds no version, a tag name git
 * would refuse, an explicit version below the current one. Pure: text in, verdicts out. Each
 * verdict is named after the input to fix; `where` carries the file and line when there is one.
 * Reusable for any list of version files: call versionFileCheck once per file.
 */
import semver from 'semver';
import { refNameProblem } from '../config/ref-name.js';
import type { GateVerdict } from '../gates/verdict.js';
import { readVersionFile } from './changelog.js';

export interface VersionFileCheck {
  /** The version the file holds; null when it is missing (and allowed to be). */
  version: string | null;
  /** Set when the file blocks the ship. */
  verdict?: GateVerdict;
}

/**
 * Reads a version file's version. `required`: a missing file blocks (a typo in the input would
 * otherwise ship without the file ever being bumped); otherwise a missing file is allowed.
 */
export function versionFileCheck(input: string, file: string, text: string | null, required: boolean): VersionFileCheck {
  const base = { name: input, expected: `${file} holds the current version`, where: file, passed: false };
  if (text === null) {
    if (!required) return { version: null };
    return {
      version: null,
      verdict: {
        ...base,
        found: 'no such file',
        reason: `Input '${input}': ${file} does not exist at the shipped commit; expected the path of the file that holds the version (e.g. package.json, VERSION)`
      }
    };
  }
  try {
    return { version: readVersionFile(file, text) };
  } catch (error) {
    const message = (error as Error).message;
    const line = /^.*? line (\d+)(?:, column (\d+))?:/.exec(message);
    return {
      version: null,
      verdict: { ...base, found: 'no version', where: line ? `${file}:${line[1]}${line[2] ? `:${line[2]}` : ''}` : file, reason: `Input '${input}': ${message}` }
    };
  }
}

/**
 * A tag git would refuse (`git check-ref-format refs/tags/<tag>`), or one that names a full ref.
 * `input`: what to fix, `version` when it was given explicitly (`1.0.0-x.lock`), else `tag-prefix`.
 */
export function tagNameVerdict(tag: string, tagPrefix: string, input: 'version' | 'tag-prefix' = 'tag-prefix'): GateVerdict | undefined {
  const problem = tag.startsWith('refs/')
    ? "it starts with 'refs/': the tag would be refs/tags/refs/…; tag-prefix is the start of the tag's own name"
    : tag.startsWith('-')
      ? "it starts with '-', which git reads as an option"
      : refNameProblem(tag);
  if (!problem) return undefined;
  return {
    name: input,
    expected: 'a tag name git accepts',
    found: tag,
    where: `tag-prefix ${JSON.stringify(tagPrefix)}`,
    passed: false,
    reason: `Input '${input}': the tag ${JSON.stringify(tag)} is not a valid tag name (${problem}); expected ${input === 'version' ? 'a version whose tag git accepts, e.g. 1.5.0 or 2.0.0-rc.1' : "e.g. v, release/ or '' for none"}`
  };
}

/** An explicit version below the current one (equal is a re-run: the tag is reused). */
export function explicitVersionVerdict(version: string, current: string, versionFile: string): GateVerdict | undefined {
  if (!version || !semver.valid(current) || semver.gte(version, current)) return undefined;
  return {
    name: 'version',
    expected: `a version above the current ${current}`,
    found: version,
    where: `current version from ${versionFile} or the tags`,
    passed: false,
    reason: `Input 'version': ${version} is lower than the current version ${current}; a release must move forward: expected a version above ${current}`
  };
}
