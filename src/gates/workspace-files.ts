/**
 * The workspace-files gate: every file the ship will read or write stays in the workspace, and a
 * file the release commit rewrites is not a symlink (the commit would replace the link with a
 * regular file holding the target's content). Checked before any write, dry runs included.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { reportFilePath } from '../report/report-path.js';
import type { RunEnv } from '../run-env.js';
import { confinedPath, OutsideWorkspaceError, symlinkTarget } from '../workspace/confine.js';
import type { GateVerdict } from './verdict.js';

/** A failed verdict for `input` when `file` leads outside the workspace; undefined when it stays in. */
export function confinementVerdict(workspace: string, input: string, file: string): GateVerdict | undefined {
  try {
    confinedPath(workspace, file, input);
    return undefined;
  } catch (error) {
    if (!(error instanceof OutsideWorkspaceError)) throw error;
    return { name: input, expected: 'a file inside the workspace', found: 'a path leading outside', where: file, passed: false, reason: `Input '${input}': ${error.message}` };
  }
}

export function workspaceFileGates(env: RunEnv, stateFile: { path: string } | undefined): GateVerdict[] {
  const { settings, context } = env;
  const workspace = context.workspace;
  if (!workspace || !existsSync(workspace)) return [];
  const verdicts: GateVerdict[] = [];
  const report = reportFilePath({ settings, ...(stateFile ? { stateFile } : {}) });
  const written: Array<[string, string]> = [[settings.versionFile, 'version-file'], [settings.changelogFile, 'changelog-file']];
  if (path.posix.basename(settings.versionFile) === 'package.json') {
    written.push([path.posix.join(path.posix.dirname(settings.versionFile), 'package-lock.json'), 'version-file']);
  }
  const files: Array<[string, string]> = [...(report ? [[report, 'report-file'] as [string, string]] : []), ...written];
  for (const [file, input] of files) {
    const outside = confinementVerdict(workspace, input, file);
    if (outside) verdicts.push(outside);
  }
  for (const [file, input] of written) {
    if (verdicts.some((v) => v.where === file)) continue;
    const target = symlinkTarget(workspace, file);
    if (target === undefined) continue;
    verdicts.push({
      name: input,
      expected: 'a regular file',
      found: `a symlink to ${target}`,
      where: file,
      passed: false,
      reason: `Input '${input}': ${file} is a symlink (to ${target}); the release commit would replace it with a regular file: expected ${input} to name the file itself (e.g. ${target})`
    });
  }
  return verdicts;
}
