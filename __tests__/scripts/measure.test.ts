/** The measurement script's counting: sequential round trips from a request log, and medians. */
import { describe, expect, it } from '@jest/globals';
import type { RequestLogEntry } from '../../sandbox/github/types.js';
import { median, roundTrips, roundTripsOutsideDeployWait } from '../../scripts/measure.js';

const at = (startedAt: number, durationMs: number): RequestLogEntry => ({
  seq: 0,
  method: 'GET',
  path: '/x',
  query: '',
  operationId: null,
  status: 200,
  conditional: false,
  startedAt,
  durationMs,
  schemaErrors: []
});

describe('roundTrips', () => {
  it.each([
    ['one request', [at(0, 100)], 1],
    ['three in a row', [at(0, 100), at(100, 100), at(200, 100)], 3],
    ['three side by side', [at(0, 100), at(2, 100), at(5, 100)], 1],
    ['two parallel, then one', [at(0, 100), at(3, 120), at(125, 100)], 2],
    ['a long one overlapping two short ones makes one round', [at(0, 300), at(10, 50), at(100, 50)], 1],
    ['unsorted input', [at(200, 100), at(0, 100), at(100, 100)], 3],
    ['no requests', [], 0]
  ] as Array<[string, RequestLogEntry[], number]>)('%s', (_name, log, expected) => {
    expect(roundTrips(log)).toBe(expected);
  });
});

const op = (operationId: string, startedAt: number, durationMs = 50): RequestLogEntry => ({ ...at(startedAt, durationMs), operationId });

describe('roundTripsOutsideDeployWait', () => {
  it('leaves out the dispatch and every request up to the end of the last run read', () => {
    const log = [
      op('repos/get-commit', 0),
      op('git/create-ref', 60),
      op('actions/create-workflow-dispatch', 120),
      op('actions/get-workflow-run', 180),
      op('repos/create-deployment-status', 185),
      op('actions/get-workflow-run', 1180),
      op('repos/create-deployment-status', 1240),
      op('repos/update-release', 1300)
    ];
    expect(roundTrips(log)).toBe(7);
    expect(roundTripsOutsideDeployWait(log)).toBe(4);
  });
  it('without a dispatch (a command or branch deploy) counts every round', () => {
    const log = [op('repos/get-commit', 0), op('git/update-ref', 60), op('repos/update-release', 120)];
    expect(roundTripsOutsideDeployWait(log)).toBe(3);
  });
});

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 3],
    [[10, 10, 1000], 10]
  ] as Array<[number[], number]>)('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
