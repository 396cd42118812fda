/**
 * `npm run build`: bundles src/ into dist/ for action.yml (`runs.main` and `runs.post`:
 * dist/index.js), with esbuild.
 *
 * Why esbuild and not ncc: start-up. dist/index.js is a small entry that turns on V8's compile
 * cache and then imports what the step needs; esbuild splits every dynamic import into its own
 * minified chunk (ncc leaves chunks unminified), so a run whose inputs are refused loads the
 * configuration and the report but not the GitHub client, the stages or undici, and the post
 * step loads only itself. See scripts/measure-startup.ts for the numbers.
 *
 * - ESM (the dependencies are ESM-only); CommonJS dependencies get a `require` made with
 *   `createRequire` (the banner), for the Node built-ins they load.
 * - Source maps beside every file (`//# sourceMappingURL`), without the sources' text: nothing
 *   reads them on a normal run; an unexpected error maps its stack through them
 *   (src/error-stack.ts) before it is shown.
 * - dist/licenses.txt: the license of every npm package in the bundle (name, license, text).
 * - Deterministic: the same sources give the same bytes (CI rebuilds dist/ and compares).
 *
 *   npx tsx scripts/build.ts     (npm run build; writes the dist/ stamp afterwards)
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/**
 * @actions/core imports its OIDC client (for `core.getIDToken`, which ship-prod never calls), and
 * with it @actions/http-client, undici and tunnel: most of the bundle and of its start-up. Its
 * code is dropped from the bundle anyway (nothing calls it), but the import alone would put undici
 * in every chunk that loads @actions/core, run on a refused input too. The import is answered
 * with this stand-in instead; the GitHub client still loads http-client and undici, where it uses
 * them.
 */
export const OIDC_STAND_IN = `export class OidcClient {
  static async getIDToken() {
    throw new Error('ship-prod is bundled without @actions/core OIDC support (core.getIDToken)');
  }
}
`;

export const withoutCoreOidc: Plugin = {
  name: 'without-actions-core-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: 'oidc-utils.js', namespace: 'ship-prod-stand-in' } : undefined
    );
    b.onLoad({ filter: /.*/, namespace: 'ship-prod-stand-in' }, () => ({ contents: OIDC_STAND_IN, loader: 'js' }));
  }
};

/** The package a bundled file belongs to: `node_modules/@scope/name/...` -> `@scope/name`. */
export function packageOf(input: string): string | undefined {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The package's folder for a bundled file. */
function packageDir(input: string): string {
  const name = packageOf(input)!;
  const at = input.lastIndexOf('node_modules/');
  return path.join(root, input.slice(0, at), 'node_modules', name);
}

/** dist/licenses.txt: every bundled package once, sorted: name, license, license text. */
export function licenses(metafile: Metafile): string {
  const dirs = new Map<string, string>();
  for (const input of Object.keys(metafile.inputs)) {
    const name = packageOf(input);
    if (name && !dirs.has(name)) dirs.set(name, packageDir(input));
  }
  const entries = [...dirs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, dir]) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { license?: string };
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() : '';
    return `${name}\n${pkg.license ?? 'UNKNOWN'}\n${text}`;
  });
  return `${entries.join('\n\n')}\n`;
}

/** esbuild's options for dist/ (also used to look at the chunks, e.g. unminified). */
export function buildOptions(outdir = 'dist'): BuildOptions & { metafile: true } {
  return {
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // jsonc-parser's `main` is a UMD build that requires its parts at run time; take its ESM build.
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    chunkNames: '[name]-[hash]',
    banner: { js: "import { createRequire as __shipProdCreateRequire } from 'node:module'; const require = __shipProdCreateRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'warning',
    plugins: [withoutCoreOidc]
  };
}

export async function bundle(): Promise<void> {
  if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist);
  const result = await build(buildOptions());
  writeFileSync(path.join(dist, 'package.json'), '{\n  "type": "module"\n}\n');
  writeFileSync(path.join(dist, 'licenses.txt'), licenses(result.metafile));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bundle().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
