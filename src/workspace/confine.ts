/**
 * Workspace confinement: every file the action reads or writes in the workspace (state file,
 * version files, changelog, report file) must stay in it. A path is resolved the way the system
 * will follow it (symlinks on the way, a dangling symlink at the end included); when that leads
 * outside the workspace, the path is refused with the link that leads out.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';

export class OutsideWorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutsideWorkspaceError';
  }
}

/** Symlinks followed at most (as the system does, ELOOP beyond it). */
const MAX_LINKS = 40;

/**
 * Where `target` (absolute) really leads: existing parts resolved by realpath, a missing tail kept
 * as written, a dangling symlink followed to its target. `via` is the first symlink met.
 */
function follow(target: string): { real: string; via?: { link: string; to: string } } {
  let current = target;
  let via: { link: string; to: string } | undefined;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    // The longest existing prefix, resolved; the rest appended.
    const rest: string[] = [];
    let probe = current;
    for (;;) {
      try {
        const real = realpathSync(probe);
        if (!via && real !== probe) via = firstLink(probe);
        return { real: path.join(real, ...rest.reverse()), via };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      }
      // A dangling symlink: follow it by hand (realpath refuses it).
      let isLink = false;
      try {
        isLink = lstatSync(probe).isSymbolicLink();
      } catch {
        isLink = false;
      }
      if (isLink) {
        const to = path.resolve(path.dirname(probe), readlinkSync(probe));
        via ??= { link: probe, to };
        current = path.join(to, ...rest.reverse());
        break;
      }
      const parent = path.dirname(probe);
      if (parent === probe) return { real: path.join(probe, ...rest.reverse()), via };
      rest.push(path.basename(probe));
      probe = parent;
    }
  }
  throw new OutsideWorkspaceError(`${target}: too many levels of symbolic links`);
}

/** The first symlink on the way to `target` (whose parts all exist). */
function firstLink(target: string): { link: string; to: string } | undefined {
  const parts = target.split(path.sep);
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(path.sep) || path.sep;
    try {
      if (lstatSync(prefix).isSymbolicLink()) return { link: prefix, to: path.resolve(path.dirname(prefix), readlinkSync(prefix)) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function inside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The absolute path of `relative` in `workspace`, once checked to stay inside it (through any
 * symlink). Throws OutsideWorkspaceError naming `what` (an input's name) and the link that leads out.
 */
export function confinedPath(workspace: string, relative: string, what: string): string {
  const root = realpathSync(workspace);
  const absolute = path.resolve(workspace, relative);
  const { real, via } = follow(absolute);
  if (inside(root, real)) return absolute;
  const shown = path.relative(workspace, absolute).split(path.sep).join('/');
  const how = via
    ? ` through the symlink ${path.relative(workspace, via.link).split(path.sep).join('/')}, which points outside it`
    : '';
  throw new OutsideWorkspaceError(`${what} ${shown} leads outside the workspace${how}; expected a file inside the workspace (symlinks out of it are refused)`);
}

/** The workspace-relative target of `relative` when the file itself is a symlink; undefined otherwise. */
export function symlinkTarget(workspace: string, relative: string): string | undefined {
  const absolute = path.resolve(workspace, relative);
  try {
    if (!lstatSync(absolute).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const to = path.resolve(path.dirname(absolute), readlinkSync(absolute));
  return path.relative(workspace, to).split(path.sep).join('/');
}
