/**
 * Contracts between the parts of the sandbox (the local GitHub REST API used by tests and the demo).
 *
 * Routing is by OpenAPI operation: the validator (sandbox/openapi/validator.ts) matches every
 * request to an operationId of GitHub's description; a handler map keyed by operationId answers it.
 * Handler modules: sandbox/github/handlers/*.ts, each exporting `handlers: HandlerMap`.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type {
  CheckRunRecord,
  CommitStatusRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  ProtectionRecord,
  PullRecord,
  ReviewRecord,
  RulesetRecord,
  RunRecord,
  WorkflowRecord
} from './entities.js';

export interface SandboxRequest {
  method: string;
  /** Path without query, e.g. /repos/o/r/git/refs/heads/main (GHES /api/v3 prefix removed). */
  path: string;
  operationId: string;
  /** Path parameters by their OpenAPI names (owner, repo, ref, ...), URL-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface SandboxResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: SandboxRequest, ctx: HandlerContext) => SandboxResponse | Promise<SandboxResponse>;
export type HandlerMap = Record<string, Handler>;

/** What a handler may use. */
export interface HandlerContext {
  state: SandboxState;
  /** Base URL of the API as clients see it (for url fields), e.g. http://127.0.0.1:1234 */
  apiUrl: string;
  /** Web URL for html_url fields, e.g. http://127.0.0.1:1234/web */
  webUrl: string;
  now(): Date;
}

export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface GitPerson {
  name: string;
  email: string;
  date: string; // ISO 8601
}

export interface GitCommitData {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

export interface GitTreeEntry {
  mode: string; // 100644, 100755, 040000, 120000, 160000
  type: 'blob' | 'tree' | 'commit';
  path: string;
  sha: string;
}

export interface GitTagData {
  sha: string;
  tag: string;
  object: { sha: string; type: GitObjectType };
  tagger: GitPerson;
  message: string;
}

/**
 * Git objects and refs, seeded from a real repository; every object created through the API is
 * hashed exactly as git hashes it, so SHAs agree with a real clone.
 */
export interface GitStore {
  hasObject(sha: string): boolean;
  objectType(sha: string): GitObjectType | undefined;
  getCommit(sha: string): GitCommitData | undefined;
  getTree(sha: string): GitTreeEntry[] | undefined;
  getBlob(sha: string): Buffer | undefined;
  getTag(sha: string): GitTagData | undefined;
  /** Full ref name (refs/heads/main) -> sha. */
  refs(): Map<string, string>;
  getRef(fullRef: string): string | undefined;
  /** Sets a ref; when `expectedOld` is given and differs, returns false (compare-and-set). */
  setRef(fullRef: string, sha: string, expectedOld?: string | null): boolean;
  deleteRef(fullRef: string): boolean;
  /** A SHA (full or abbreviated), branch, tag or full ref -> commit SHA (tags peeled). */
  resolveCommit(ref: string): string | undefined;
  /** File content at a commit-ish, or undefined. */
  readFile(commitish: string, path: string): Buffer | undefined;
  createBlob(content: Buffer): string;
  createTree(entries: GitTreeEntry[]): string;
  createCommit(data: Omit<GitCommitData, 'sha'>): string;
  createTag(data: Omit<GitTagData, 'sha'>): string;
  /** True when `ancestor` is reachable from `descendant` (or equal). */
  isAncestor(ancestor: string, descendant: string): boolean;
  /** Symbolic HEAD of the seeded repository, e.g. refs/heads/main. */
  head: string;
  /** Follows tag objects to the object they point at (a commit, usually). */
  peel(sha: string): string | undefined;
  /** Like resolveCommit, without peeling: SHA, HEAD, branch, tag or full ref -> object SHA. */
  resolveObject(ref: string): string | undefined;
  /** The tree entry at `path` in a commit-ish (`''`: the root tree). */
  entryAt(commitish: string, path: string): GitTreeEntry | undefined;
  /** The entry at `path` below a tree (`''`: the tree itself). */
  entryInTree(treeSha: string, path: string): GitTreeEntry | undefined;
  /** `git log head ^exclude...`: newest first by committer date. */
  log(head: string, exclude?: string[]): GitCommitData[];
  /** A merge base of two commits. */
  mergeBase(a: string, b: string): string | undefined;
  /** Every non-tree entry below a tree, by full path. */
  flatten(treeSha: string, prefix?: string): Map<string, GitTreeEntry>;
}

/** One served request, for assertions. */
export interface RequestLogEntry {
  seq: number;
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  status: number;
  requestBody?: unknown;
  /** The request carried If-None-Match / If-Modified-Since. */
  conditional: boolean;
  startedAt: number; // ms since epoch
  durationMs: number;
  /**
   * Schema problems found in the request (`request: ...`, answered 422) or the answer
   * (`response: ...`, a sandbox bug), or a missing handler (`no handler: ...`). Empty when clean.
   */
  schemaErrors: string[];
  /** Status of the injected fault answered, when a FaultRule fired (0 for a delay-only rule). */
  fault?: number;
  /** The answer never reached the client: the connection was reset, or held open (`hang`) until the client went away. */
  lost?: 'reset' | 'hang';
}

/** A fault the scenario injects into matching requests. */
export interface FaultRule {
  /** operationId or `METHOD /path/prefix`. */
  match: string;
  status?: number; // e.g. 502, 429
  retryAfterSeconds?: number;
  delayMs?: number;
  /** How many matching requests it affects (default 1). */
  times?: number;
  /** Answer the fault after performing the operation (a lost answer), not instead of it. */
  afterEffect?: boolean;
  /** Let this many matching requests through before the rule applies (default 0). */
  skip?: number;
  /** Reset the connection instead of answering (with afterEffect: after performing the operation). */
  reset?: boolean;
  /**
   * Never answer: hold the connection open (with afterEffect: after performing the operation). The
   * request is logged at once, so a harness can kill the client right after the write was applied.
   */
  hang?: boolean;
  /** A primary rate limit: `x-ratelimit-remaining: 0` and a reset this many seconds ahead (status 403 or 429). */
  rateLimitResetSeconds?: number;
  /** How many matching requests it has let through because of `skip` (kept by the server). */
  seen?: number;
  /** How many requests it has affected so far (kept by the server). */
  used?: number;
}

/** How a dispatched workflow run behaves. */
export interface RunScript {
  /** Statuses it passes through before completing, each for `stepMs`. */
  statuses: Array<'queued' | 'pending' | 'waiting' | 'requested' | 'in_progress'>;
  stepMs: number;
  conclusion: 'success' | 'failure' | 'cancelled' | 'timed_out' | 'neutral' | 'skipped' | 'action_required' | 'stale' | 'startup_failure' | 'never';
  /** When it ends in failure, the job and step reported as failed. */
  failedJob?: string;
  failedStep?: string;
  /**
   * Its job declares an environment with required reviewers: the run is `waiting` from its
   * creation until approved (POST …/pending_deployments, or `afterMs` after its creation; never
   * without either), then goes through `statuses` from the approval on. A rejection ends it.
   */
  approval?: { environment: string; reviewers: ApprovalReviewer[]; afterMs?: number };
}

export type ApprovalReviewer = { type: 'User'; login: string } | { type: 'Team'; slug: string };

/** Behaviour switches that tests and the demo can change. */
export interface Scenario {
  /** Added to every answer. */
  latencyMs: number;
  /** Old GitHub Enterprise Server: dispatch refuses return_run_details with 400. */
  oldGhes: boolean;
  /**
   * Injected faults, first match wins. (API version 2026-03-10 semantics need no switch: they
   * apply when the client sends that X-GitHub-Api-Version.)
   */
  faults: FaultRule[];
  /** Script for the next dispatched runs, by workflow file name ('*' for any). */
  runScripts: Record<string, RunScript>;
  /** Token the API accepts (any bearer token when empty). */
  token: string;
  /** Permissions the token lacks: operationIds answered 403 "Resource not accessible by integration". */
  forbidden: string[];
}

/** The whole in-memory state. */
export interface SandboxState {
  owner: string;
  repo: string;
  defaultBranch: string;
  git: GitStore;
  scenario: Scenario;
  /** Entities of the other API areas, owned by their handler modules. */
  releases: ReleaseRecord[];
  deployments: DeploymentRecord[];
  deploymentStatuses: DeploymentStatusRecord[];
  workflows: WorkflowRecord[];
  runs: RunRecord[];
  checkRuns: CheckRunRecord[];
  statuses: CommitStatusRecord[];
  pulls: PullRecord[];
  reviews: ReviewRecord[];
  rulesets: RulesetRecord[];
  protection: Record<string, ProtectionRecord>;
  /** Deployed version by environment, as finished deploy runs left it (the demo service reads it). */
  deployedVersion: Record<string, string>;
  nextId(): number;
  /** The core rate-limit budget; every answer but a 304 (and GET /rate_limit) uses one. */
  rateLimit: { limit: number; used: number; reset: number };
}

/** A release as the sandbox keeps it. */
export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** make_latest as last given ("true" by default). */
  makeLatest: 'true' | 'false' | 'legacy';
  /** When it was last made the latest release (a sequence number); the highest published one wins. */
  markedLatestSeq?: number;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  author: string;
}
