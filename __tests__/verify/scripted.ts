/**
 * Scripted probes for the verify tests: each check answers from a list of steps, one per call
 * (the last step repeats). A step's latency moves the fake clock forward (concurrent probes of
 * one round overlap: the round ends at the slowest).
 */
import type { HealthCheckSpec } from '../../src/verify/check-spec.js';
import type { Probe, ProbeSample } from '../../src/verify/probe.js';
import type { FakeClock } from '../helpers/fake-clock.js';

export type Step = 'pass' | 'fail' | 'timeout' | 'refused' | { ok: boolean; latencyMs: number; status?: number };

export const check = (name: string, extra: Partial<HealthCheckSpec> = {}): HealthCheckSpec => ({
  name,
  url: `http://127.0.0.1:9/${name}`,
  method: 'GET',
  headers: {},
  expectStatus: [{ min: 200, max: 299 }],
  timeoutMs: 10_000,
  ...extra
});

export function sample(name: string, step: Step, at = 0, timeoutMs = 10_000): ProbeSample {
  switch (step) {
    case 'pass':
      return { check: name, at, ok: true, status: 200, latencyMs: 20, reason: '200 in 20 ms' };
    case 'fail':
      return { check: name, at, ok: false, status: 503, latencyMs: 20, reason: '503 (expected 200-299)' };
    case 'timeout':
      return { check: name, at, ok: false, latencyMs: timeoutMs, error: 'timeout', reason: `timeout after ${timeoutMs / 1000}s` };
    case 'refused':
      return { check: name, at, ok: false, latencyMs: 1, error: 'ECONNREFUSED 127.0.0.1:9', reason: 'ECONNREFUSED 127.0.0.1:9' };
    default: {
      const status = step.status ?? (step.ok ? 200 : 503);
      return { check: name, at, ok: step.ok, status, latencyMs: step.latencyMs, reason: `${status} in ${step.latencyMs} ms` };
    }
  }
}

/** Steps from a compact string: `P` pass, `F` fail, `T` timeout, `R` refused. */
export const steps = (text: string): Step[] =>
  [...text].map((c) => ({ P: 'pass', F: 'fail', T: 'timeout', R: 'refused' })[c as 'P' | 'F' | 'T' | 'R'] as Step);

export interface Scripted {
  probe: Probe;
  calls: Array<{ check: string; at: number; expectVersion?: string }>;
}

export function scripted(clock: FakeClock, script: Record<string, Step[]>): Scripted {
  const calls: Scripted['calls'] = [];
  const used = new Map<string, number>();
  const probe: Probe = async (c, expectVersion) => {
    const list = script[c.name];
    if (!list || list.length === 0) throw new Error(`no script for ${c.name}`);
    const i = used.get(c.name) ?? 0;
    used.set(c.name, i + 1);
    const at = clock.now();
    calls.push({ check: c.name, at, ...(expectVersion !== undefined ? { expectVersion } : {}) });
    const step = list[Math.min(i, list.length - 1)];
    const s = sample(c.name, step, at, c.timeoutMs);
    await Promise.resolve();
    clock.advanceTo(at + (step === 'pass' || step === 'fail' ? 0 : s.latencyMs));
    return s;
  };
  return { probe, calls };
}
