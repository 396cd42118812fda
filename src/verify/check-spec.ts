/**
 * One detailed health check (the `health-checks` input, one per `health-urls` line, and the
 * `smoke-checks`), as the input reader hands it on. A leaf: config/settings.ts imports it.
 */
/** One detailed health check (the `health-checks` input, or one per `health-urls` line). */
export interface HealthCheckSpec {
  name: string;
  url: string;
  method: string;
  /** Header values are secrets: masked, never logged or reported. */
  headers: Record<string, string>;
  /** Accepted statuses: single codes or inclusive ranges. Default: 200-299. */
  expectStatus: Array<{ min: number; max: number }>;
  bodyContains?: string;
  bodyMatches?: string;
  /**
   * A JSON field (dotted path, `a.b[0].c`) that must equal one of these values (compared as
   * strings). `oneOf` is empty only with `expectVersion`: the field must hold the version.
   * `segments` is the parsed path (keys and array indices, in order); readSettings always sets it.
   */
  json?: { path: string; oneOf: string[]; segments?: Array<string | number> };
  /** Require the body (or `json` field when given) to report the version being verified. */
  expectVersion?: boolean;
  maxLatencyMs?: number;
  timeoutMs: number;
}

/** Where production answers: the origin of the first check's URL. */
export function originOf(checks: ReadonlyArray<Pick<HealthCheckSpec, 'url'>>): string | undefined {
  const first = checks[0]?.url;
  if (!first) return undefined;
  try {
    return new URL(first).origin;
  } catch {
    return undefined;
  }
}
