/** Readers for one-value inputs: booleans, choices, durations, fractions, names, versions. */
// semver's `valid` alone: the settings (read on every path, a refused input's too) need no more of it.
import validSemver from 'semver/functions/valid.js';
import { didYouMean } from './did-you-mean.js';
import { durationProblem } from './durations.js';
import { hasControlChar, show, type Problems } from './problems.js';
import { refNameProblem } from './ref-name.js';

// YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

export function readBoolean(p: Problems, name: string, value: string): boolean | undefined {
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  p.add(name, `${show(value)} is not a boolean; expected true or false`);
  return undefined;
}

export function readEnum<T extends string>(p: Problems, name: string, value: string, allowed: readonly T[]): T | undefined {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  p.add(name, `${show(value)} is not one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
  return undefined;
}

export function readDuration(p: Problems, name: string, value: string, allowZero: boolean): number | undefined {
  const { ms, problem } = durationProblem(value, allowZero);
  if (problem) p.add(name, problem);
  return ms;
}

export function readFraction(p: Problems, name: string, value: string): number | undefined {
  const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(value) ? Number(value) : NaN;
  if (Number.isFinite(number) && number >= 0 && number <= 1) return number;
  p.add(name, `${show(value)} is not a number from 0 to 1; expected e.g. 0.01 (1%), 0.05 or 0`);
  return undefined;
}

export function readEnvironment(p: Problems, name: string, value: string): string | undefined {
  if (hasControlChar(value) || value.length > 255) {
    p.add(name, `${show(value)} is not an environment name; expected one line of at most 255 characters, e.g. production`);
    return undefined;
  }
  return value;
}

export function readRef(p: Problems, value: string): string | undefined {
  if (value === '') return '';
  const problem = refNameProblem(value);
  if (!problem) return value;
  p.add('ref', `${show(value)} is not a commit SHA, branch or tag (${problem}); expected e.g. main, v1.2.0 or a commit SHA`);
  return undefined;
}

export function readBranch(p: Problems, name: string, value: string): string | undefined {
  if (value === '') return '';
  const branch = value.startsWith('refs/heads/') ? value.slice('refs/heads/'.length) : value;
  const problem = refNameProblem(branch);
  if (!problem) return branch;
  p.add(name, `${show(value)} is not a branch name (${problem}); expected e.g. production`);
  return undefined;
}

export function readTagPrefix(p: Problems, value: string): string | undefined {
  const problem = value.startsWith('refs/')
    ? "it starts with 'refs/': the tag would be refs/tags/refs/…; tag-prefix is the start of the tag's own name"
    : value.startsWith('-')
      ? "it starts with '-', which git reads as an option"
      : refNameProblem(`${value}1.0.0`);
  if (!problem) return value;
  p.add('tag-prefix', `${show(value)} cannot start a tag name (${problem}); expected e.g. v, release/ or '' for none`);
  return undefined;
}

export function readPreid(p: Problems, value: string): string | undefined {
  if (value === '') return '';
  const identifiers = value.split('.');
  const bad = identifiers.find((id) => !/^[0-9A-Za-z-]+$/.test(id) || /^0\d+$/.test(id));
  if (bad === undefined && validSemver(`1.0.0-${value}.0`)) return value;
  p.add(
    'preid',
    `${show(value)} is not a prerelease identifier; expected letters, digits and '-' (dot-separated parts allowed), e.g. rc, beta`
  );
  return undefined;
}

export function readVersion(p: Problems, value: string, tagPrefix: string): string | undefined {
  if (value === '') return '';
  let bare = value.startsWith('refs/tags/') ? value.slice('refs/tags/'.length) : value;
  if (tagPrefix !== '' && bare.startsWith(tagPrefix)) bare = bare.slice(tagPrefix.length);
  else if (/^[vV]\d/.test(bare)) bare = bare.slice(1);
  // semver.valid would also take a leading 'v' or '=' and drop build metadata: check, keep as written.
  if (/^\d/.test(bare) && validSemver(bare)) return bare;
  p.add('version', `${show(value)} is not a semantic version; expected e.g. 1.4.2, 2.0.0-rc.1 or v1.4.2`);
  return undefined;
}

export function readWorkflow(p: Problems, name: string, value: string): string | undefined {
  if (value === '') return '';
  const file = value.startsWith('.github/workflows/') ? value.slice('.github/workflows/'.length) : value;
  if (/^\d+$/.test(file)) return file;
  if (/\.ya?ml$/.test(file) && !/[/\\]/.test(file) && !hasControlChar(file) && file.length > 5) return file;
  p.add(name, `${show(value)} is not a workflow file name or id; expected e.g. deploy.yml or 161335`);
  return undefined;
}
