/**
 * The sandbox's in-memory state: a git store seeded from a real repository plus empty entity
 * lists, and the default scenario.
 */
import { seedFromRepository } from './git-store.js';
import type { GitStore, Scenario, SandboxState } from './types.js';

export function defaultScenario(): Scenario {
  return { latencyMs: 0, oldGhes: false, faults: [], runScripts: {}, token: '', forbidden: [] };
}

export interface CreateStateOptions {
  owner?: string;
  repo?: string;
  /** Default: the seeded repository's HEAD branch. */
  defaultBranch?: string;
  scenario?: Partial<Scenario>;
}

export function createState(git: GitStore, opts: CreateStateOptions = {}): SandboxState {
  let id = 1000;
  const defaultBranch = opts.defaultBranch ?? git.head.replace(/^refs\/heads\//, '');
  return {
    owner: opts.owner ?? 'octo-org',
    repo: opts.repo ?? 'octo-repo',
    defaultBranch,
    git,
    scenario: { ...defaultScenario(), ...opts.scenario },
    releases: [],
    deployments: [],
    deploymentStatuses: [],
    workflows: [],
    runs: [],
    checkRuns: [],
    statuses: [],
    pulls: [],
    reviews: [],
    rulesets: [],
    protection: {},
    deployedVersion: {},
    nextId: () => ++id,
    rateLimit: { limit: 1000, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 }
  };
}

/** State seeded from a real repository on disk. */
export async function stateFromRepository(repoDir: string, opts: CreateStateOptions = {}): Promise<SandboxState> {
  return createState(await seedFromRepository(repoDir), opts);
}
