/**
 * The ship's timeline: each stage in order, with its verdict, time and API requests. The
 * pipeline and the deploy unit run their stages through `Timeline.stage`, which puts each inside
 * a log group and turns an unexpected error into a failed stage with its message: no stage throws
 * past it. This file knows no feature: stages are names and one-line summaries.
 */
import * as core from '@actions/core';
import type { Clock } from './clock.js';
import { inRequestScope, type RequestScope } from './request-scope.js';

export type StageName =
  | 'resolve'
  | 'gates'
  | 'lock'
  | 'version'
  | 'release'
  | 'pre-deploy'
  | 'baseline'
  | 'deploy'
  | 'smoke'
  | 'traffic'
  | 'verify'
  | 'rollback'
  | 'publish'
  | 'cleanup';

/**
 * done: did its work. planned: dry run, showed what it would do. skipped: nothing to do (with why).
 * failed: its verdict stops the ship.
 */
export type StageState = 'done' | 'planned' | 'skipped' | 'failed';

export interface StageRecord {
  name: StageName;
  state: StageState;
  /** One line a person can act on. */
  summary: string;
  startedAt: string;
  durationMs: number;
  /** The environment it ran for, in a ship of several (waves); absent for the ship's own stages. */
  environment?: string;
}

/** What a stage's body answers: its verdict and one line. Stages add their own typed results. */
export interface StageOutcome {
  state: StageState;
  /** One line a person can act on. */
  summary: string;
}

/** A stage whose body threw: the error's message is its summary (the pipeline treats it as failed). */
export interface Crashed extends StageOutcome {
  state: 'failed';
  crashed: true;
  /** The HTTP status of the error, when GitHub answered one (401: the token was refused). */
  httpStatus?: number;
}

export function crashed(outcome: StageOutcome): outcome is Crashed {
  return (outcome as Partial<Crashed>).crashed === true;
}

/** A write the action would make, described for the dry-run report. */
export interface PlanEntry {
  what: string;
  detail?: string;
}

/** The requests counted so far (the client's account): the ship's total. Each stage's own are counted in its scope. */
export interface RequestCounter {
  readonly length: number;
}

/** Turns an error a stage threw into one line (GitHub errors name the permission to give). */
export type ExplainError = (error: unknown, doing: string, stage: StageName) => string;

/** The timeline, warnings and dry-run plan of one ship: the record's reporting channels. */
export interface Journal {
  stages: StageRecord[];
  warnings: string[];
  plan: PlanEntry[];
  api: { requests: number; byStage: Partial<Record<StageName, number>> };
}

export class Timeline {
  constructor(
    private readonly journal: Journal,
    private readonly clock: Clock,
    private readonly requests: RequestCounter,
    private readonly explain: ExplainError,
    /** The environment of a child timeline (forEnvironment). */
    private readonly environment?: string
  ) {}

  /**
   * The timeline of one environment among several running at once (a wave): the same journal,
   * its stages and warnings named for the environment, its log lines prefixed with it. Log groups
   * cannot interleave, so its stages log a line when they start and one when they end.
   */
  forEnvironment(environment: string): Timeline {
    return new Timeline(this.journal, this.clock, this.requests, this.explain, environment);
  }

  /** Requests of work started ahead of a stage (`ahead`), counted in that stage when it runs. */
  private readonly early = new Map<StageName, RequestScope>();

  /** Runs `body`, work started ahead for the stage `name` (its reads), with its requests counted in that stage. */
  ahead<T>(name: StageName, body: () => T): T {
    const scope = this.early.get(name) ?? { requests: 0 };
    this.early.set(name, scope);
    return inRequestScope(scope, body);
  }

  /** Runs one stage inside a log group, timing it and counting its API requests. */
  async stage<T extends StageOutcome>(name: StageName, body: () => Promise<T>): Promise<T | Crashed> {
    const started = this.clock.now();
    // Its own requests only, not those of stages running beside it (request-scope.ts).
    const scope: RequestScope = { requests: 0 };
    const prefix = this.environment ? `[${this.environment}] ` : '';
    const run = async (): Promise<T | Crashed> => {
      try {
        const result = await inRequestScope(scope, body);
        core.info(`${prefix}${name}: ${result.state}: ${result.summary}`);
        return result;
      } catch (error) {
        const summary = this.explain(error, `The ${name} stage${this.environment ? ` of ${this.environment}` : ''}`, name);
        core.error(`${prefix}${summary}`);
        const status = (error as { status?: unknown } | undefined)?.status;
        return { state: 'failed', summary, crashed: true, ...(typeof status === 'number' ? { httpStatus: status } : {}) };
      }
    };
    let outcome: T | Crashed;
    if (this.environment) {
      core.info(`ship-prod: [${this.environment}] ${name}`);
      outcome = await run();
    } else {
      outcome = await core.group(`ship-prod: ${name}`, run);
    }
    this.journal.stages.push({
      name,
      state: outcome.state,
      summary: outcome.summary,
      startedAt: new Date(started).toISOString(),
      durationMs: this.clock.now() - started,
      ...(this.environment ? { environment: this.environment } : {})
    });
    const used = scope.requests + (this.early.get(name)?.requests ?? 0);
    this.early.delete(name);
    if (used > 0) this.journal.api.byStage[name] = (this.journal.api.byStage[name] ?? 0) + used;
    this.journal.api.requests = this.requests.length;
    return outcome;
  }

  /** A warning for the log and the report. */
  warn(message: string, log = true): void {
    if (this.environment) message = `${this.environment}: ${message}`;
    this.journal.warnings.push(message);
    if (log) core.warning(message);
  }

  /** A line of the dry-run plan. */
  plan(entry: PlanEntry): void {
    this.journal.plan.push(entry);
  }
}
