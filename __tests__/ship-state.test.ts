/**
 * The ship state saved for the post step: every deployment main made, per environment (several at
 * once with waves, a rollback's beside its ship's), each with its own phase and run; `done` when
 * main finished. What it reads back, and what it refuses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseOutputFile } from '../sandbox/runner.js';
import { applyShipUpdate, markForPostStep, readShipState, resetShipState, saveShipState, type ShipState, type ShipStateUpdate } from '../src/ship-state.js';
import { captureStdout } from './helpers/stdout.js';

const { lines } = captureStdout();

/** What the last core.saveState of `ship` wrote (without GITHUB_STATE, core prints the save-state command). */
function lastSaved(): string {
  const all = lines().filter((l) => l.includes('save-state name=ship'));
  return (all.at(-1)?.replace(/^::save-state name=ship::/, '') ?? '').trim();
}

afterEach(() => resetShipState());

const EMPTY: ShipState = { done: false, deployments: [] };
const apply = (updates: ShipStateUpdate[]) => updates.reduce(applyShipUpdate, EMPTY);
const ship = { version: '1.5.0', tag: 'v1.5.0', previousVersion: '1.4.0' };

describe('applyShipUpdate', () => {
  it.each<[string, ShipStateUpdate[], ShipState]>([
    ['nothing saved', [], EMPTY],
    ['a phase before any deployment changes nothing', [{ environment: 'prod', phase: 'deploying' }], EMPTY],
    [
      'one environment: deploying, its run, verifying (facts left out keep their value)',
      [
        { environment: 'prod', phase: 'deploying', deploymentId: 11, ...ship },
        { environment: 'prod', phase: 'deploying', deploymentId: 11, runId: 501, runUrl: 'https://r/501' },
        { environment: 'prod', phase: 'verifying' }
      ],
      { done: false, deployments: [{ environment: 'prod', phase: 'verifying', deploymentId: 11, runId: 501, runUrl: 'https://r/501', ...ship }] }
    ],
    [
      'two environments at once: each keeps its own deployment, run and phase',
      [
        { environment: 'prod-eu', phase: 'deploying', deploymentId: 11, ...ship },
        { environment: 'prod-us', phase: 'deploying', deploymentId: 12, ...ship },
        { environment: 'prod-us', phase: 'deploying', deploymentId: 12, runId: 602 },
        { environment: 'prod-eu', phase: 'deploying', deploymentId: 11, runId: 601 },
        { environment: 'prod-eu', phase: 'verifying' }
      ],
      {
        done: false,
        deployments: [
          { environment: 'prod-eu', phase: 'verifying', deploymentId: 11, runId: 601, ...ship },
          { environment: 'prod-us', phase: 'deploying', deploymentId: 12, runId: 602, ...ship }
        ]
      }
    ],
    [
      "a rollback's deployment beside the ship's, with only its own facts; its run goes to it",
      [
        { environment: 'prod', phase: 'deploying', deploymentId: 11, runId: 501, ...ship },
        { environment: 'prod', phase: 'rolling-back', deploymentId: 13, ...ship },
        { environment: 'prod', phase: 'rolling-back', deploymentId: 13, runId: 503 }
      ],
      {
        done: false,
        deployments: [
          { environment: 'prod', phase: 'deploying', deploymentId: 11, runId: 501, ...ship },
          { environment: 'prod', phase: 'rolling-back', deploymentId: 13, runId: 503, ...ship }
        ]
      }
    ],
    [
      'a rollback with no deployment of its own (traffic switch-back): the ship deployment rolls back',
      [
        { environment: 'prod', phase: 'verifying', deploymentId: 11, ...ship },
        { environment: 'prod', phase: 'rolling-back', runId: 504 }
      ],
      { done: false, deployments: [{ environment: 'prod', phase: 'rolling-back', deploymentId: 11, runId: 504, ...ship }] }
    ],
    [
      'undefined and empty facts keep the saved ones',
      [
        { environment: 'prod', phase: 'deploying', deploymentId: 11, runId: 501, ...ship },
        { environment: 'prod', phase: 'deploying', deploymentId: 11, runId: undefined, runUrl: '' }
      ],
      { done: false, deployments: [{ environment: 'prod', phase: 'deploying', deploymentId: 11, runId: 501, ...ship }] }
    ],
    [
      'done: main finished, whatever it saved before',
      [{ environment: 'prod', phase: 'deploying', deploymentId: 11 }, { phase: 'done' }],
      { done: true, deployments: [{ environment: 'prod', phase: 'deploying', deploymentId: 11 }] }
    ]
  ])('%s', (_name, updates, expected) => {
    expect(apply(updates)).toEqual(expected);
  });
});

describe('saveShipState', () => {
  it('rewrites the whole state at each save: the post step sees every environment', () => {
    saveShipState({ environment: 'prod-eu', phase: 'deploying', deploymentId: 11, ...ship });
    saveShipState({ environment: 'prod-us', phase: 'deploying', deploymentId: 12, ...ship });
    saveShipState({ environment: 'prod-eu', phase: 'verifying' });
    expect(readShipState(lastSaved())?.deployments.map((d) => [d.environment, d.deploymentId, d.phase])).toEqual([
      ['prod-eu', 11, 'verifying'],
      ['prod-us', 12, 'deploying']
    ]);
    saveShipState({ phase: 'done' });
    expect(readShipState(lastSaved())?.done).toBe(true);
  });
});

describe('readShipState', () => {
  const one = { environment: 'prod', phase: 'deploying', deploymentId: 11 };
  it.each<[string, string, ShipState | undefined]>([
    ['nothing', '', undefined],
    ['not JSON', '{', undefined],
    ['a list', '[]', undefined],
    ['no deployments and not done', JSON.stringify({ phase: 'deploying' }), undefined],
    ['done alone', JSON.stringify({ done: true }), { done: true, deployments: [] }],
    ['two deployments', JSON.stringify({ done: false, deployments: [one, { ...one, environment: 'eu', deploymentId: 12, runId: 5, runUrl: 'https://r/5' }] }), {
      done: false,
      deployments: [{ environment: 'prod', phase: 'deploying', deploymentId: 11 }, { environment: 'eu', phase: 'deploying', deploymentId: 12, runId: 5, runUrl: 'https://r/5' }]
    }],
    [
      'unreadable deployments left out, unreadable facts dropped',
      JSON.stringify({
        deployments: [null, 7, { ...one, phase: 'done' }, { ...one, deploymentId: -1 }, { ...one, deploymentId: 1.5 }, { ...one, environment: '' }, { ...one, runId: 'x', tag: 3 }]
      }),
      { done: false, deployments: [{ environment: 'prod', phase: 'deploying', deploymentId: 11 }] }
    ]
  ])('%s', (_name, raw, expected) => {
    expect(readShipState(raw)).toEqual(expected);
  });
});

describe('markForPostStep', () => {
  it("appends isPost=true to GITHUB_STATE in the runner's one-line form, beside what is there", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ship-state-'));
    try {
      const file = path.join(dir, 'state');
      writeFileSync(file, 'earlier<<ghadelimiter_1\nkept\nghadelimiter_1\n');
      markForPostStep({ GITHUB_STATE: file });
      expect(readFileSync(file, 'utf8').split(/\r?\n/).at(-2)).toBe('isPost=true');
      expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ earlier: 'kept', isPost: 'true' });
      expect(lines().some((l) => l.includes('save-state'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without GITHUB_STATE, prints the save-state command (an old runner)', () => {
    markForPostStep({});
    expect(lines().filter((l) => l.includes('save-state')).map((l) => l.trim())).toEqual(['::save-state name=isPost::true']);
  });
});
