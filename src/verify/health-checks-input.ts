/**
 * The `health-urls` and `health-checks` inputs: the health-check list language (see
 * docs/input-syntax.md). Read by config/inputs.ts; the checks run in this stage.
 */
import { isMap, isScalar } from '../config/yaml-engine.js';
import type { Pair, YAMLMap } from 'yaml';
import { formatDuration } from '../config/durations.js';
import type { HealthCheckSpec } from './check-spec.js';
import { meaningfulLines } from '../config/line-lists.js';
import { hasControlChar, show, type Problems } from '../config/problems.js';
import { describe, scalarSource, YamlReader, type ParsedYaml } from '../config/yaml-list.js';
import { readJsonExpectation, readStatuses } from './expectations-input.js';
import { compileUserPattern } from '../config/user-pattern.js';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export const HEALTH_CHECK_KEYS = [
  'name',
  'url',
  'method',
  'headers',
  'expect-status',
  'body-contains',
  'body-matches',
  'json',
  'expect-version',
  'max-latency',
  'timeout'
] as const;
export const DEFAULT_HEALTH_TIMEOUT_MS = 10_000;
export const URL_EXAMPLE = 'https://example.com/healthz';

/** An http(s) URL without credentials; a reason otherwise. */
export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'is not an http(s) URL';
  if (url.username || url.password) return 'has credentials in it; put them in a header (health-checks) instead';
  if (/\s/.test(value)) return 'contains spaces';
  return undefined;
}

export function nameFromUrl(value: string): string {
  const url = new URL(value);
  const pathname = url.pathname === '/' ? '' : url.pathname;
  return `${url.host}${pathname}`;
}

export function urlCheck(url: string): HealthCheckSpec {
  return {
    name: nameFromUrl(url),
    url,
    method: 'GET',
    headers: {},
    expectStatus: [{ min: 200, max: 299 }],
    timeoutMs: DEFAULT_HEALTH_TIMEOUT_MS
  };
}

export interface NamedCheck {
  check: HealthCheckSpec;
  input: string;
  where: string;
  /** The check gave its own `timeout` (else it has the default). */
  timeoutGiven?: boolean;
}

/**
 * A check's request never outlasts health-timeout: a `timeout` longer than it is refused, and the
 * default (10s) is cut to it (a host that never answers cannot stall the baseline or a round).
 */
export function boundCheckTimeouts(p: Problems, checks: NamedCheck[] | undefined, healthTimeoutMs: number | undefined, healthTimeout: string): void {
  if (!checks || healthTimeoutMs === undefined) return;
  for (const entry of checks) {
    if (entry.check.timeoutMs <= healthTimeoutMs) continue;
    if (entry.timeoutGiven) {
      p.add(
        entry.input,
        `check ${show(entry.check.name)} has 'timeout' ${formatDuration(entry.check.timeoutMs)}, longer than health-timeout ${show(healthTimeout)}; expected a timeout no longer than health-timeout`,
        entry.where
      );
    } else {
      entry.check.timeoutMs = healthTimeoutMs;
    }
  }
}

export function readHealthUrls(p: Problems, value: string): NamedCheck[] | undefined {
  const checks: NamedCheck[] = [];
  let ok = true;
  for (const { line, text } of meaningfulLines(value)) {
    const problem = urlProblem(text);
    if (problem) {
      const shown = problem.startsWith('has credentials') ? 'the URL' : show(text);
      p.add('health-urls', `${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`, `line ${line}`);
      ok = false;
      continue;
    }
    checks.push({ check: urlCheck(text), input: 'health-urls', where: `line ${line}` });
  }
  return ok ? checks : undefined;
}

export function uniqueCheckNames(
  p: Problems,
  urlChecks: NamedCheck[] | undefined,
  detailed: NamedCheck[] | undefined
): HealthCheckSpec[] | undefined {
  if (!urlChecks || !detailed) return undefined;
  const all = [...urlChecks, ...detailed];
  const firstByName = new Map<string, NamedCheck>();
  let ok = true;
  for (const entry of all) {
    const first = firstByName.get(entry.check.name);
    if (first) {
      p.add(
        entry.input,
        `a health check named ${show(entry.check.name)} is already given (input '${first.input}', ${first.where}); ` +
          'expected a distinct name for each check (set `name` in health-checks)',
        entry.where
      );
      ok = false;
    } else {
      firstByName.set(entry.check.name, entry);
    }
  }
  return ok ? all.map((e) => e.check) : undefined;
}

const HEALTH_CHECKS_EXPECTED = 'a YAML list of checks, e.g. "- url: https://example.com/healthz"';

export function readHealthChecks(p: Problems, parsed: ParsedYaml, input: 'health-checks' | 'smoke-checks' | 'baseline-checks' = 'health-checks'): NamedCheck[] | undefined {
  const y = new YamlReader(p, input, parsed);
  const items = y.items(HEALTH_CHECKS_EXPECTED);
  if (!items) return undefined;
  const checks = readCheckItems(y, items, input);
  return y.ok ? checks : undefined;
}

/** Checks from YAML list items (each a URL or a mapping), problems reported through `y` (a waves environment's checks too). */
export function readCheckItems(y: YamlReader, items: readonly unknown[], input: string): NamedCheck[] {
  const checks: NamedCheck[] = [];
  items.forEach((item, index) => {
    const where = y.where(item) ?? `check ${index + 1}`;
    if (isScalar(item) && typeof item.value === 'string') {
      const problem = urlProblem(item.value);
      if (problem) {
        const shown = problem.startsWith('has credentials') ? 'the URL' : show(item.value);
        y.add(item, `check ${index + 1}: ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
      } else {
        checks.push({ check: urlCheck(item.value), input, where });
      }
      return;
    }
    if (!isMap(item)) {
      y.add(item, `check ${index + 1} ${describe(item)} is not a mapping; expected e.g. "url: ${URL_EXAMPLE}" under "- "`);
      return;
    }
    const check = readHealthCheck(y, item, index + 1);
    if (check) checks.push({ check, input, where, timeoutGiven: item.has('timeout') });
  });
  return checks;
}

function readHealthCheck(y: YamlReader, map: YAMLMap, number: number): HealthCheckSpec | undefined {
  const what = `check ${number}`;
  const okBefore = y.ok;
  y.ok = true;
  const pairs = y.pairs(map, HEALTH_CHECK_KEYS, what);
  const get = (key: (typeof HEALTH_CHECK_KEYS)[number]): Pair | undefined => pairs.get(key);

  let url: string | undefined;
  const urlPair = get('url');
  if (!urlPair) {
    y.add(map, `${what} has no 'url'; expected e.g. "url: ${URL_EXAMPLE}"`);
  } else {
    const text = y.string(urlPair, 'url', `an http(s) URL, e.g. ${URL_EXAMPLE}`);
    if (text !== undefined) {
      const problem = urlProblem(text);
      if (problem) {
        const shown = problem.startsWith('has credentials') ? 'the URL' : show(text);
        y.add(urlPair.value, `'url' ${shown} ${problem}; expected e.g. ${URL_EXAMPLE}`);
      } else {
        url = text;
      }
    }
  }

  let name: string | undefined;
  const namePair = get('name');
  if (namePair) {
    name = y.string(namePair, 'name', 'a short name for the report, e.g. api', true)?.trim();
    if (name === '') y.add(namePair.value, `'name' is empty; expected a short name for the report, e.g. api`);
  }

  let method = 'GET';
  const methodPair = get('method');
  if (methodPair) {
    const text = y.string(methodPair, 'method', HTTP_METHODS.join(', '));
    if (text !== undefined) {
      if ((HTTP_METHODS as readonly string[]).includes(text.toUpperCase())) method = text.toUpperCase();
      else y.add(methodPair.value, `'method' ${show(text)} is not an HTTP method; expected one of ${HTTP_METHODS.join(', ')}`);
    }
  }

  const headers: Record<string, string> = {};
  const headersPair = get('headers');
  if (headersPair) {
    const node = y.resolve(headersPair.value);
    if (!isMap(node)) {
      y.add(node ?? headersPair.key, `'headers' is not a mapping; expected e.g. "headers: {Authorization: Bearer …}"`);
    } else {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key !== 'string' || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(key)) {
          y.add(pair.key, `'headers' has a key ${describe(pair.key)} that is not a header name; expected e.g. Authorization`);
          continue;
        }
        if (seen.has(key.toLowerCase())) {
          y.add(pair.key, `'headers' gives ${key} twice (names are case-insensitive); expected each header once`);
          continue;
        }
        seen.add(key.toLowerCase());
        const value = y.resolve(pair.value);
        // As written: `0012345` is sent as 0012345, not as the number YAML reads (12345).
        const text = scalarSource(value);
        if (text === undefined) {
          y.add(value ?? pair.key, `'headers.${key}' (value hidden) is not text; expected a string`);
        } else if (hasControlChar(text, true)) {
          y.add(value, `'headers.${key}' (value hidden) contains a line break or control character; expected one line`);
        } else {
          headers[key] = text;
        }
      }
    }
  }

  let expectStatus = [{ min: 200, max: 299 }];
  const statusPair = get('expect-status');
  if (statusPair) {
    const parsed = readStatuses(y, statusPair);
    if (parsed) expectStatus = parsed;
  }

  let bodyContains: string | undefined;
  const containsPair = get('body-contains');
  if (containsPair) {
    bodyContains = y.string(containsPair, 'body-contains', 'text the body must contain', true);
    if (bodyContains === '') y.add(containsPair.value, `'body-contains' is empty; expected text the body must contain`);
  }

  let bodyMatches: string | undefined;
  const matchesPair = get('body-matches');
  if (matchesPair) {
    const text = y.string(matchesPair, 'body-matches', 'a regular expression, e.g. "status.*ok"');
    if (text !== undefined) {
      // Run in linear time (RE2) or refused here, before any write: a service's body cannot hold the run.
      const pattern = compileUserPattern(text);
      if ('problem' in pattern) {
        y.add(matchesPair.value, `'body-matches' ${show(text)} ${pattern.why}; expected e.g. "status.*ok"`);
      } else {
        bodyMatches = text;
      }
    }
  }

  let expectVersion: boolean | undefined;
  const versionPair = get('expect-version');
  if (versionPair) expectVersion = y.boolean(versionPair, 'expect-version');

  let json: HealthCheckSpec['json'];
  const jsonPair = get('json');
  if (jsonPair) json = readJsonExpectation(y, jsonPair, expectVersion === true);

  let maxLatencyMs: number | undefined;
  const latencyPair = get('max-latency');
  if (latencyPair) maxLatencyMs = y.duration(latencyPair, 'max-latency');

  let timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS;
  const timeoutPair = get('timeout');
  if (timeoutPair) timeoutMs = y.duration(timeoutPair, 'timeout') ?? timeoutMs;

  const ok = y.ok;
  y.ok = okBefore && ok;
  if (!ok || url === undefined) return undefined;
  const check: HealthCheckSpec = {
    name: name || nameFromUrl(url),
    url,
    method,
    headers,
    expectStatus,
    timeoutMs
  };
  if (bodyContains !== undefined) check.bodyContains = bodyContains;
  if (bodyMatches !== undefined) check.bodyMatches = bodyMatches;
  if (json) check.json = json;
  if (expectVersion !== undefined) check.expectVersion = expectVersion;
  if (maxLatencyMs !== undefined) check.maxLatencyMs = maxLatencyMs;
  return check;
}
