/**
 * Validates the sandbox's requests and answers against GitHub's own REST description
 * (api.github.com.trimmed.json, written by scripts/trim-openapi.ts from @octokit/openapi), so the
 * local GitHub API cannot drift from the real one.
 *
 * - match(): METHOD + path -> operationId and URL-decoded path parameters. Parameters GitHub marks
 *   `x-multi-segment` (refs, branches, paths, tags, SHAs) may contain slashes; when several
 *   templates match, the one with the most literal characters wins (`/releases/latest` over
 *   `/releases/{release_id}`, `/commits/{ref}/status` over `/commits/{ref}`).
 * - validateRequest(): path and query parameters (coerced from strings per schema), unknown query
 *   parameters, the X-GitHub-Api-Version header, and the JSON body (including unknown top-level
 *   keys, which GitHub ignores or refuses but which always mean the client and the description
 *   disagree).
 * - validateResponse(): the status must be declared by the operation (or be one of the generic
 *   ones GitHub may answer anywhere), 204/304 carry no body, and the body matches the JSON schema.
 *
 * API versions: the description carries `x-github-breaking-changes` (JSON Patch or JSON Merge Patch
 * per version). Requests are validated against the version their X-GitHub-Api-Version header asks
 * for; validateResponse takes that version as an optional fourth argument (default 2022-11-28).
 *
 * Schemas are compiled with Ajv 8 lazily, one validator per operation and status, cached.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

export interface MatchedOperation {
  operationId: string;
  params: Record<string, string>;
}

export interface OpenApiValidator {
  /** Match METHOD + path (no query; a leading /api/v3 is NOT present, the server strips it) to an operation. */
  match(method: string, path: string): MatchedOperation | null;
  /** Problems with a request (path params, query params, JSON body) against the operation; [] when valid. */
  validateRequest(
    op: MatchedOperation,
    req: { query: URLSearchParams; headers: Record<string, string | string[] | undefined>; body: unknown }
  ): string[];
  /**
   * Problems with an answer (status declared for the operation? body matches that status's JSON schema?).
   * [] when valid. `apiVersion` is the request's X-GitHub-Api-Version (default 2022-11-28).
   */
  validateResponse(operationId: string, status: number, body: unknown, apiVersion?: string): string[];
  operationIds(): string[];
}

/** The REST API version requests without X-GitHub-Api-Version get. */
export const DEFAULT_API_VERSION = '2022-11-28';

/** Statuses GitHub may answer on any operation, declared or not. */
// 400 (Problems parsing JSON, unknown keys on GHES) and 409 (conflicts) are answered by GitHub
// on operations whose description does not list them.
const GENERIC_STATUSES = new Set([304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503]);

/**
 * Query parameters the description types as date-time that GitHub documents as accepting its
 * search syntax (`>=2026-01-01T00:00:00Z`, `2026-01-01..2026-02-01`): a value in that syntax is
 * accepted as it is.
 */
const SEARCH_SYNTAX_PARAMS = new Set(['created']);
const SEARCH_SYNTAX = /^(?:(?:>=|<=|>|<)?[0-9T:.Z+-]+|[0-9T:.Z+-]+\.\.[0-9T:.Z+*-]+|\*\.\.[0-9T:.Z+-]+)$/;

/** Path parameters that may hold slashes although the description does not mark them (branch names). */
const EXTRA_MULTI_SEGMENT: Record<string, string[]> = { 'repos/compare-commits': ['base', 'head'] };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// ---- Minimal types for the parts of the description and of Ajv 8 used here. ----

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
interface ValidateFn {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
interface AjvInstance {
  addSchema(schema: object, key: string): unknown;
  addFormat(name: string, format: { type?: string; validate: (v: never) => boolean }): unknown;
  compile(schema: object): ValidateFn;
}
// ajv-formats is CommonJS with a default export; under NodeNext its callable is `.default`.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ?? addFormatsPlugin) as unknown as (
  ajv: Ajv,
  formats: string[]
) => void;

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  /** JSON pointer of its schema in the description. */
  schemaPtr: string | null;
  schema: Obj;
}

interface Route {
  operationId: string;
  method: string;
  template: string;
  regex: RegExp;
  paramNames: string[];
  literalLength: number;
  /** JSON pointer of the operation object. */
  ptr: string;
}

// ---- JSON pointers ----

const escapePtr = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePtr = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

function getPtr(doc: unknown, ptr: string): unknown {
  if (ptr === '' || ptr === '#') return doc;
  let cur: unknown = doc;
  for (const part of ptr.replace(/^#?\//, '').split('/').map(unescapePtr)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isObj(cur)) cur = cur[part];
    else return undefined;
  }
  return cur;
}

/** Follows `$ref`s (within the description) from the object at `ptr`; returns the final pointer. */
function derefPtr(doc: unknown, ptr: string): string {
  for (let i = 0; i < 20; i++) {
    const v = getPtr(doc, ptr);
    if (!isObj(v) || typeof v.$ref !== 'string') return ptr;
    ptr = v.$ref.replace(/^#/, '');
  }
  throw new Error(`$ref loop at ${ptr}`);
}

// ---- API version patches (x-github-breaking-changes) ----

function applyJsonPatch(target: Obj, ops: Obj[]): void {
  for (const op of ops) {
    if (typeof op.path !== 'string') continue;
    const parts = op.path.split('/').slice(1).map(unescapePtr);
    const last = parts.pop();
    if (last === undefined) continue;
    const parent = getPtr(target, parts.length ? '/' + parts.map(escapePtr).join('/') : '');
    if (Array.isArray(parent)) {
      const idx = last === '-' ? parent.length : Number(last);
      if (op.op === 'remove') parent.splice(idx, 1);
      else if (op.op === 'add') parent.splice(idx, 0, structuredClone(op.value));
      else if (op.op === 'replace') parent[idx] = structuredClone(op.value);
    } else if (isObj(parent)) {
      if (op.op === 'remove') delete parent[last];
      else if (op.op === 'add' || op.op === 'replace') parent[last] = structuredClone(op.value);
    }
  }
}

/** RFC 7386 JSON Merge Patch. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return structuredClone(patch);
  const out: Obj = isObj(target) ? target : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function applyBreakingChanges(holder: Obj, version: string): void {
  const changes = holder['x-github-breaking-changes'];
  if (!Array.isArray(changes)) return;
  for (const change of changes) {
    if (!isObj(change) || typeof change.version !== 'string' || change.version > version) continue;
    const patch = change.patch;
    if (Array.isArray(patch)) {
      // JSON Patch. (Some entries list only changed field names, e.g. ["description"]: skipped.)
      applyJsonPatch(holder, patch.filter((p): p is Obj => isObj(p) && typeof p.op === 'string'));
    } else if (isObj(patch)) {
      mergePatch(holder, patch);
    }
  }
}

function knownVersions(doc: Obj): string[] {
  const versions = new Set([DEFAULT_API_VERSION]);
  const visit = (holder: unknown): void => {
    if (!isObj(holder) || !Array.isArray(holder['x-github-breaking-changes'])) return;
    for (const c of holder['x-github-breaking-changes']) if (isObj(c) && typeof c.version === 'string') versions.add(c.version);
  };
  for (const item of Object.values(doc.paths as Obj)) for (const op of Object.values(item as Obj)) visit(op);
  for (const s of Object.values(((doc.components as Obj).schemas ?? {}) as Obj)) visit(s);
  return [...versions].sort();
}

// ---- Ajv ----

function newAjv(doc: Obj): AjvInstance {
  // strict: false — the description uses OpenAPI keywords (example, discriminator, x-*) that are
  // not JSON Schema; they are annotations only. `nullable` is understood by Ajv 8 natively.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, addUsedSchema: false, logger: false }) as unknown as AjvInstance;
  // JSON Schema formats (date-time, uri, email, uri-template) from ajv-formats; the two OpenAPI
  // number formats and GitHub's `timestamp` are added here.
  addFormats(ajv as unknown as Ajv, ['date-time', 'uri', 'uri-template']);
  // GitHub's own answers carry addresses that strict email syntax refuses, such as
  // 41898282+github-actions[bot]@users.noreply.github.com: only the shape local@domain is checked.
  ajv.addFormat('email', { type: 'string', validate: (s: string) => /^[^\s@]+@[^\s@]+$/.test(s) });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  ajv.addFormat('timestamp', { validate: () => true });
  ajv.addSchema(doc, 'gh');
  return ajv;
}

// ---- Error messages ----

function instancePathToString(p: string): string {
  if (!p) return '';
  return p
    .split('/')
    .slice(1)
    .map(unescapePtr)
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$-]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
    .join('');
}

function formatErrors(loc: string, errors: AjvError[] | null | undefined): string[] {
  const out: string[] = [];
  for (const e of errors ?? []) {
    let where = loc + instancePathToString(e.instancePath);
    let msg = e.message ?? e.keyword;
    if (e.keyword === 'required') {
      where += `.${String(e.params.missingProperty)}`;
      msg = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      where += `.${String(e.params.additionalProperty)}`;
      msg = 'is not allowed';
    } else if (e.keyword === 'enum') {
      msg = `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    }
    const line = `${where}: ${msg}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

const describe = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
};

// ---- One API version's view of the description ----

class Variant {
  private readonly ajv: AjvInstance;
  private readonly cache = new Map<string, ValidateFn | string>();

  constructor(readonly doc: Obj) {
    this.ajv = newAjv(doc);
  }

  /** A validator for the schema at `ptr` (or an inline schema, keyed by `key`); a string when it does not compile. */
  validator(ptrOrKey: string, inline?: object): ValidateFn | string {
    let v = this.cache.get(ptrOrKey);
    if (v === undefined) {
      try {
        v = this.ajv.compile(inline ?? { $ref: `gh#${ptrOrKey}` });
      } catch (err) {
        v = `schema ${ptrOrKey} does not compile: ${(err as Error).message}`;
      }
      this.cache.set(ptrOrKey, v);
    }
    return v;
  }

  validate(ptr: string, data: unknown, loc: string, inline?: object): string[] {
    const fn = this.validator(ptr, inline);
    if (typeof fn === 'string') return [fn];
    return fn(data) ? [] : formatErrors(loc, fn.errors);
  }

  parameters(opPtr: string): Parameter[] {
    const op = getPtr(this.doc, opPtr) as Obj;
    const list = Array.isArray(op.parameters) ? op.parameters : [];
    return list.map((_, i) => {
      const pPtr = derefPtr(this.doc, `${opPtr}/parameters/${i}`);
      const p = getPtr(this.doc, pPtr) as Obj;
      const schemaPtr = p.schema === undefined ? null : derefPtr(this.doc, `${pPtr}/schema`);
      return {
        name: String(p.name),
        in: String(p.in),
        required: p.required === true,
        schemaPtr,
        schema: (schemaPtr === null ? {} : getPtr(this.doc, schemaPtr)) as Obj
      };
    });
  }
}

// ---- Parameter coercion ----

/** JSON types a parameter schema admits (looking through oneOf/anyOf/allOf and $refs). */
function schemaTypes(doc: Obj, schema: Obj, depth = 0): Set<string> {
  const out = new Set<string>();
  if (depth > 10) return out;
  if (typeof schema.$ref === 'string') {
    const target = getPtr(doc, schema.$ref.replace(/^#/, ''));
    return isObj(target) ? schemaTypes(doc, target, depth + 1) : out;
  }
  if (typeof schema.type === 'string') out.add(schema.type);
  for (const k of ['oneOf', 'anyOf', 'allOf']) {
    const list = schema[k];
    if (Array.isArray(list)) for (const s of list) if (isObj(s)) for (const t of schemaTypes(doc, s, depth + 1)) out.add(t);
  }
  return out;
}

function coerceScalar(value: string, types: Set<string>): unknown {
  if ((types.has('integer') || types.has('number')) && /^-?\d+$/.test(value)) return Number(value);
  if (types.has('number') && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.has('null') && value === 'null') return null;
  return value;
}

// ---- The validator ----

function paramPattern(multi: boolean): string {
  return multi ? '(.+)' : '([^/]+)';
}

function buildRoutes(doc: Obj): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths as Obj)) {
    if (!isObj(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObj(op) || typeof op.operationId !== 'string') continue;
      const operationId = op.operationId;
      const ptr = `/paths/${escapePtr(template)}/${method}`;
      const multi = new Set(EXTRA_MULTI_SEGMENT[operationId] ?? []);
      for (const [i] of ((op.parameters as unknown[]) ?? []).entries()) {
        const p = getPtr(doc, derefPtr(doc, `${ptr}/parameters/${i}`)) as Obj;
        if (p.in === 'path' && p['x-multi-segment'] === true) multi.add(String(p.name));
      }
      const paramNames: string[] = [];
      let literalLength = 0;
      const source = template.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, literal: string | undefined) => {
        if (name !== undefined) {
          paramNames.push(name);
          return paramPattern(multi.has(name));
        }
        literalLength += (literal as string).length;
        return (literal as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      });
      routes.push({ operationId, method: method.toUpperCase(), template, regex: new RegExp(`^${source}$`), paramNames, literalLength, ptr });
    }
  }
  return routes;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === name) return Array.isArray(v) ? v[v.length - 1] : v;
  }
  return undefined;
}

function isEmptyBody(body: unknown): boolean {
  return body === undefined || body === null || body === '' || (Buffer.isBuffer(body) && body.length === 0);
}

class Validator implements OpenApiValidator {
  private readonly routes: Route[];
  private readonly byId = new Map<string, Route>();
  private readonly versions: string[];
  private readonly variants = new Map<string, Variant>();

  constructor(private readonly doc: Obj) {
    this.routes = buildRoutes(doc);
    for (const r of this.routes) this.byId.set(r.operationId, r);
    this.versions = knownVersions(doc);
    this.variants.set(DEFAULT_API_VERSION, new Variant(doc));
  }

  operationIds(): string[] {
    return [...this.byId.keys()].sort();
  }

  match(method: string, path: string): MatchedOperation | null {
    let m = method.toUpperCase();
    let p = path.split('?')[0] || '/';
    if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
    if (m === 'HEAD' && !this.routes.some((r) => r.method === 'HEAD')) m = 'GET';
    let best: { route: Route; values: string[] } | null = null;
    for (const route of this.routes) {
      if (route.method !== m) continue;
      const found = route.regex.exec(p);
      if (!found) continue;
      if (
        !best ||
        route.literalLength > best.route.literalLength ||
        (route.literalLength === best.route.literalLength && route.paramNames.length < best.route.paramNames.length)
      ) {
        best = { route, values: found.slice(1) };
      }
    }
    if (!best) return null;
    const params: Record<string, string> = {};
    best.route.paramNames.forEach((name, i) => {
      params[name] = decode(best.values[i]);
    });
    return { operationId: best.route.operationId, params };
  }

  /** The description as seen by clients asking for `version` (patches of newer versions not applied). */
  private variant(version: string): Variant {
    const effective = [...this.versions].reverse().find((v) => v <= version) ?? DEFAULT_API_VERSION;
    let v = this.variants.get(effective);
    if (!v) {
      const doc = structuredClone(this.doc);
      for (const item of Object.values(doc.paths as Obj)) {
        for (const op of Object.values(item as Obj)) if (isObj(op)) applyBreakingChanges(op, effective);
      }
      for (const s of Object.values(((doc.components as Obj).schemas ?? {}) as Obj)) if (isObj(s)) applyBreakingChanges(s, effective);
      v = new Variant(doc);
      this.variants.set(effective, v);
    }
    return v;
  }

  validateRequest(
    op: MatchedOperation,
    req: { query: URLSearchParams; headers: Record<string, string | string[] | undefined>; body: unknown }
  ): string[] {
    const route = this.byId.get(op.operationId);
    if (!route) return [`unknown operation ${op.operationId}`];
    const errors: string[] = [];

    const requested = headerValue(req.headers, 'x-github-api-version');
    let version = DEFAULT_API_VERSION;
    if (requested !== undefined) {
      if (this.versions.includes(requested)) version = requested;
      else errors.push(`header.x-github-api-version: unsupported API version ${JSON.stringify(requested)} (supported: ${this.versions.join(', ')})`);
    }
    const variant = this.variant(version);
    const params = variant.parameters(route.ptr);

    // Path parameters.
    for (const p of params.filter((x) => x.in === 'path')) {
      const raw = op.params[p.name];
      if (raw === undefined) {
        errors.push(`path.${p.name}: is required`);
        continue;
      }
      if (p.schemaPtr) errors.push(...variant.validate(p.schemaPtr, coerceScalar(raw, schemaTypes(variant.doc, p.schema)), `path.${p.name}`));
    }

    // Query parameters.
    const declared = new Set(params.filter((x) => x.in === 'query').map((x) => x.name));
    for (const p of params.filter((x) => x.in === 'query')) {
      const values = req.query.getAll(p.name);
      if (values.length === 0) {
        if (p.required) errors.push(`query.${p.name}: is required`);
        continue;
      }
      const types = schemaTypes(variant.doc, p.schema);
      let value: unknown;
      if (types.has('array')) {
        const itemTypes = isObj(p.schema.items) ? schemaTypes(variant.doc, p.schema.items) : new Set<string>();
        value = values.flatMap((v) => v.split(',')).map((v) => coerceScalar(v, itemTypes));
      } else if (values.length > 1) {
        errors.push(`query.${p.name}: given ${values.length} times`);
        continue;
      } else {
        value = coerceScalar(values[0], types);
      }
      if (SEARCH_SYNTAX_PARAMS.has(p.name) && typeof values[0] === 'string' && SEARCH_SYNTAX.test(values[0])) continue;
      if (p.schemaPtr) errors.push(...variant.validate(p.schemaPtr, value, `query.${p.name}`));
    }
    for (const name of new Set(req.query.keys())) {
      if (!declared.has(name)) errors.push(`query.${name}: is not a parameter of ${op.operationId}`);
    }

    // Header parameters (rare in GitHub's description).
    for (const p of params.filter((x) => x.in === 'header')) {
      const v = headerValue(req.headers, p.name.toLowerCase());
      if (v === undefined) {
        if (p.required) errors.push(`header.${p.name}: is required`);
      } else if (p.schemaPtr) {
        errors.push(...variant.validate(p.schemaPtr, coerceScalar(v, schemaTypes(variant.doc, p.schema)), `header.${p.name}`));
      }
    }

    // Body.
    const opObj = getPtr(variant.doc, route.ptr) as Obj;
    if (opObj.requestBody === undefined) {
      if (!isEmptyBody(req.body) && !(isObj(req.body) && Object.keys(req.body).length === 0)) {
        errors.push(`body: ${op.operationId} takes no request body, got ${describe(req.body)}`);
      }
    } else {
      const rbPtr = derefPtr(variant.doc, `${route.ptr}/requestBody`);
      const rb = getPtr(variant.doc, rbPtr) as Obj;
      const content = (rb.content ?? {}) as Obj;
      const mediaType = 'application/json' in content ? 'application/json' : Object.keys(content).find((k) => /json/.test(k));
      if (isEmptyBody(req.body)) {
        if (rb.required === true) errors.push('body: is required');
      } else if (mediaType && isObj(content[mediaType]) && (content[mediaType] as Obj).schema !== undefined) {
        const schemaPtr = derefPtr(variant.doc, `${rbPtr}/content/${escapePtr(mediaType)}/schema`);
        errors.push(...variant.validate(schemaPtr, req.body, 'body'));
        // Top-level keys the description does not know (GitHub ignores or refuses them).
        const schema = getPtr(variant.doc, schemaPtr) as Obj;
        if (isObj(req.body) && isObj(schema.properties) && schema.additionalProperties === undefined && !schema.allOf && !schema.anyOf && !schema.oneOf) {
          for (const k of Object.keys(req.body)) {
            if (!(k in schema.properties)) errors.push(`body.${k}: is not a property of the ${op.operationId} request body`);
          }
        }
      }
    }
    return errors;
  }

  validateResponse(operationId: string, status: number, body: unknown, apiVersion?: string): string[] {
    const route = this.byId.get(operationId);
    if (!route) return [`unknown operation ${operationId}`];
    if (!Number.isInteger(status) || status < 100 || status > 599) return [`response: invalid status ${status}`];
    const variant = this.variant(apiVersion && this.versions.includes(apiVersion) ? apiVersion : DEFAULT_API_VERSION);
    const op = getPtr(variant.doc, route.ptr) as Obj;
    const responses = (op.responses ?? {}) as Obj;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);

    if ((status === 204 || status === 304) && !isEmptyBody(body)) {
      return [`response: status ${status} must have no body, got ${describe(body)}`];
    }
    if (key === undefined) {
      if (!GENERIC_STATUSES.has(status)) {
        return [`response: status ${status} is not declared for ${operationId} (declared: ${Object.keys(responses).join(', ')})`];
      }
      if (status === 304) return [];
      // An error GitHub may answer anywhere: GitHub's error shape, with a message.
      const shape = status === 422 ? 'validation-error' : 'basic-error';
      const schemas = ((variant.doc.components as Obj).schemas ?? {}) as Obj;
      const base = shape in schemas ? [{ $ref: `gh#/components/schemas/${shape}` }] : [];
      const schema = {
        allOf: [
          ...base,
          { type: 'object', required: ['message'], properties: { message: { type: 'string' }, documentation_url: { type: 'string' } } }
        ]
      };
      return variant.validate(`generic:${shape}`, body, 'response', schema);
    }

    const resPtr = derefPtr(variant.doc, `${route.ptr}/responses/${escapePtr(key)}`);
    const res = getPtr(variant.doc, resPtr) as Obj;
    const content = isObj(res.content) ? res.content : {};
    const mediaType = 'application/json' in content ? 'application/json' : Object.keys(content).find((k) => /json/.test(k));
    if (!mediaType) {
      if (Object.keys(content).length === 0 && !isEmptyBody(body)) {
        return [`response: status ${status} of ${operationId} has no body, got ${describe(body)}`];
      }
      return [];
    }
    if (isEmptyBody(body)) return [`response: status ${status} of ${operationId} needs a ${mediaType} body`];
    const media = content[mediaType] as Obj;
    if (media.schema === undefined) return [];
    return variant.validate(derefPtr(variant.doc, `${resPtr}/content/${escapePtr(mediaType)}/schema`), body, 'response');
  }
}

let loading: Promise<OpenApiValidator> | undefined;

/** The validator for the trimmed description; loaded once per process. */
export function loadOpenApiValidator(): Promise<OpenApiValidator> {
  loading ??= (async () => {
    const text = readFileSync(new URL('./api.github.com.trimmed.json', import.meta.url), 'utf8');
    return new Validator(JSON.parse(text) as Obj);
  })();
  return loading;
}
