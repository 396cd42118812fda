/**
 * The deploy strategies, by name. The order matters twice: a ship deploys with every strategy
 * whose inputs are set, in this order (workflow, then branch, then command); and it rolls back
 * with the first one that is a way back of its own (the traffic switch-back, rollback-workflow,
 * rollback-command), else by redeploying the previous version with its deploy strategies.
 *
 * A new strategy: one file in this folder, one line here (and its inputs in config/).
 */
import { branchStrategy } from './branch.js';
import { commandStrategy } from './command.js';
import { trafficStrategy } from './traffic.js';
import type { DeployStrategy, StrategySettings, StrategyStep } from './types.js';
import { workflowStrategy } from './workflow.js';

/**
 * A strategy in a list of strategies of any configuration. Safe because a configuration is only
 * ever handed back to the strategy that made it (a StrategyStep keeps the two together).
 */
export function registered<C>(strategy: DeployStrategy<C>): DeployStrategy {
  return strategy as unknown as DeployStrategy;
}

export const STRATEGIES: readonly DeployStrategy[] = [registered(trafficStrategy), registered(workflowStrategy), registered(branchStrategy), registered(commandStrategy)];

/** How this ship deploys and rolls back an environment: the steps of each, chosen once. */
export interface ShipStrategies {
  deploy: StrategyStep[];
  /** Empty when there is no way back (rollback: never, or nothing to redeploy with). */
  rollback: StrategyStep[];
  /** The rollback in words, for the report. */
  rollbackDescribed: string;
}

export const NO_DEPLOY =
  'no deploy-workflow, deploy-branch or deploy-command: nothing deployed by the action (a release-triggered pipeline or a tag-push workflow deploys)';

export function chooseStrategies(settings: StrategySettings, all: readonly DeployStrategy[] = STRATEGIES): ShipStrategies {
  const deploy: StrategyStep[] = [];
  for (const strategy of all) {
    const config = strategy.deploys(settings);
    if (config !== undefined) deploy.push({ strategy, config });
  }
  if (settings.rollback.mode === 'never') return { deploy, rollback: [], rollbackDescribed: 'nothing: rollback is never' };
  for (const strategy of all) {
    const config = strategy.rollsBack?.(settings);
    if (config !== undefined) return { deploy, rollback: [{ strategy, config }], rollbackDescribed: strategy.describe(config) };
  }
  const redeploy = deploy.flatMap(({ strategy, config }) => {
    const again = strategy.redeploys?.(config);
    return again === undefined ? [] : [{ strategy, config: again }];
  });
  if (!redeploy.length) return { deploy, rollback: [], rollbackDescribed: 'nothing: no deploy strategy and no rollback-workflow or rollback-command' };
  return { deploy, rollback: redeploy, rollbackDescribed: `the deploy (${redeploy.map((s) => s.strategy.name).join(', ')}) with the previous version` };
}

/** Every distinct step of the ship (a redeploy shares its deploy step's configuration), for the checks before any write. */
export function distinctSteps(strategies: ShipStrategies): StrategyStep[] {
  const seen = new Set<unknown>();
  return [...strategies.deploy, ...strategies.rollback].filter((step) => !seen.has(step.config) && seen.add(step.config));
}
