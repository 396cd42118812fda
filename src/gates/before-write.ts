/**
 * The last checks before the first write, once the version is known: what the version stage
 * refused (version files, an explicit version going backwards), a tag name git would refuse, a
 * tag already held by another commit, and each deploy strategy's own checks of the versions it
 * would put in place (the new one, and the previous one for a rollback: its workflow must exist
 * at the previous tag). Any failed verdict blocks the ship with nothing written.
 */
import * as core from '@actions/core';
import type { ShipStrategies } from '../deploy/strategies/registry.js';
import type { DeployTarget, StrategyStep, VersionFacts } from '../deploy/strategies/types.js';
import { inspectTag } from '../github/git-data.js';
import { decideTag, type ExistingTag, type TagDecision } from '../release/reuse.js';
import type { RunEnv } from '../run-env.js';
import { tagNameVerdict } from '../version/checks.js';
import type { VersionRecord } from '../version/record.js';
import type { ReleaseInputs } from '../version/stage.js';
import type { GateVerdict } from './verdict.js';

export interface BeforeWrite {
  /** Every verdict, passed ones included (they join the gates table). */
  verdicts: GateVerdict[];
  /** The failed ones: the ship is blocked when there is any. */
  blockers: GateVerdict[];
  /** What to do with the tag (create it, or reuse it: a re-run). */
  tag: { decision: TagDecision; existing?: ExistingTag };
}

/** Logs each refusal as an ::error titled with its input, on its file and line when known. */
export function announceRefusals(verdicts: readonly GateVerdict[]): void {
  for (const v of verdicts) {
    const [file, line, col] = v.where.split(':');
    const at = line && /^\d+$/.test(line) ? { file, startLine: Number(line), ...(col ? { startColumn: Number(col) } : {}) } : {};
    core.error(v.reason, { title: v.name, ...at });
  }
}

export async function checkBeforeWrite(
  env: RunEnv,
  input: { version: VersionRecord; release: ReleaseInputs; strategies: ShipStrategies }
): Promise<BeforeWrite> {
  const { settings, context, client } = env;
  const { version, release, strategies } = input;
  const facts: VersionFacts = { next: version.next, tag: version.tag, previousTag: release.previousTag, ...(release.changed ? { changed: release.changed } : {}) };
  const newVersion: DeployTarget = { version: version.next, tag: version.tag, sha: '' };
  const previous: DeployTarget | undefined = release.previousTag ? { version: version.previous, tag: release.previousTag, sha: '' } : undefined;
  const checks: Array<[StrategyStep, DeployTarget]> = [
    ...strategies.deploy.map((step): [StrategyStep, DeployTarget] => [step, newVersion]),
    ...(previous ? strategies.rollback.map((step): [StrategyStep, DeployTarget] => [step, previous]) : [])
  ];
  // A redeploy shares its deploy step's configuration: check each configuration once per target.
  const checked = new Map<unknown, Set<string>>();
  const targetChecks = checks.filter(([step, target]) => {
    const tags = checked.get(step.config) ?? checked.set(step.config, new Set()).get(step.config)!;
    return !tags.has(target.tag) && Boolean(tags.add(target.tag));
  });
  const existingRef = release.fromReleaseEvent ? undefined : release.tagRefs.find((t) => t.name === version.tag);
  const [strategyVerdicts, existing] = await Promise.all([
    Promise.all(targetChecks.map(([{ strategy, config }, target]) => strategy.preflightTarget?.(env, config, target, facts) ?? Promise.resolve([]))),
    existingRef ? inspectTag(client, existingRef) : Promise.resolve(undefined)
  ]);
  const verdicts: GateVerdict[] = [];
  if (!release.fromReleaseEvent) {
    const badTag = tagNameVerdict(version.tag, settings.tagPrefix, settings.version ? 'version' : 'tag-prefix');
    if (badTag) verdicts.push(badTag);
  }
  verdicts.push(...strategyVerdicts.flat());
  const decision: TagDecision = release.fromReleaseEvent ? { action: 'reuse', commitSha: context.sha, why: 'the release that triggered this run' } : decideTag(existing, context.sha, version.next);
  if (decision.action === 'fail') {
    verdicts.push({
      name: 'tag',
      expected: `${version.tag} free, or at this ship's commit (a re-run)`,
      found: `at ${existing?.commitSha.slice(0, 7) ?? 'another commit'}`,
      where: `refs/tags/${version.tag}`,
      passed: false,
      reason: decision.reason
    });
  }
  const blockers = verdicts.filter((v) => !v.passed);
  announceRefusals(blockers);
  return { verdicts, blockers, tag: { decision, ...(existing ? { existing } : {}) } };
}
