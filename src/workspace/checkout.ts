/**
 * What the workspace has checked out: its HEAD commit and that commit's tree, asked of git once
 * per workspace (resolve and the version files both need it; ship-prod never moves HEAD, so the
 * answer holds for the run). Undefined when the workspace is not a git checkout.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const git = promisify(execFile);
const asked = new Map<string, Promise<{ head: string; tree: string } | undefined>>();

export function checkedOut(workspace: string): Promise<{ head: string; tree: string } | undefined> {
  let answer = asked.get(workspace);
  if (!answer) {
    answer = git('git', ['-C', workspace, 'rev-parse', 'HEAD', 'HEAD^{tree}'], { timeout: 10_000 }).then(
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
