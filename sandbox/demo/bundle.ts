/**
 * `npm run demo` runs the bundle as the runner would; it rebuilds dist/ only when the sources
 * changed since dist/ was built (scripts/dist-stamp.ts), since the build takes longer than the demo.
 */
import { spawnSync } from 'node:child_process';
import { distIsCurrent, projectRoot } from '../../scripts/dist-stamp.js';

export function ensureBundle(): void {
  if (distIsCurrent()) {
    console.log('dist/ is current (its stamp matches src/ and the lock file): not rebuilt');
    return;
  }
  console.log('dist/ is not current: building it (npm run build)…');
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: projectRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`npm run build failed (exit ${built.status})`);
}
