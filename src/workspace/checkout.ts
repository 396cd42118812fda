/**
 * What the workspace has checked out: its HEAD commit and that commit's tree, asked of git once
 * per workspace (resolve and the version files both need it; ship-prod never moves HEAD, so the
 * answer holds for the run). Undefined when the workspace is not a git checkout.
 */
import { promisify } from 'node:util';

/** node:child_process (with net and dgram) is loaded at the first question: a refused input's run asks none. */
async function git(args: string[]): Promise<{ stdout: string }> {
  const { execFile } = await import('node:child_process');
  return promisify(execFile)('git', args, { timeout: 10_000 });
}

const asked = new Map<string, Promise<{ head: string; tree: string } | undefined>>();

/** The workspace's checkout when its HEAD is `sha` (hex compared whatever its case); else undefined. */
export async function checkedOutAt(workspace: string, sha: string): Promise<{ head: string; tree: string } | undefined> {
  const local = await checkedOut(workspace);
  return local && local.head.toLowerCase() === sha.toLowerCase() ? local : undefined;
}

export function checkedOut(workspace: string): Promise<{ head: string; tree: string } | undefined> {
  let answer = asked.get(workspace);
  if (!answer) {
    answer = git(['-C', workspace, 'rev-parse', 'HEAD', 'HEAD^{tree}']).then(
      ({ stdout }) => {
        const [head, tree] = stdout.trim().split('\n');
        return head && tree && /^[0-9a-f]{40}$/i.test(head) && /^[0-9a-f]{40}$/i.test(tree) ? { head, tree } : undefined;
      },
      () => undefined
    );
    asked.set(workspace, answer);
  }
  return answer;
}
