/**
 * The write mechanism without a network: look-first writes after lost answers, definite answers,
 * one write at a time; and the pacing it draws from (time scale, the write bucket).
 */
import { describe, expect, it } from '@jest/globals';
import { WriteLine, type GitHubClient } from '../../src/github/client.js';
import { timeScaleFrom, WRITE_BURST, WRITE_REFILL_MS, writeGroups } from '../../src/github/pacing.js';
import { harmless, lookFirst, outcomeUnknown, type WriteRequest } from '../../src/github/writes.js';

const client = (): GitHubClient => ({ writes: new WriteLine(), timeScale: 0.001 }) as unknown as GitHubClient;
const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe('outcomeUnknown', () => {
  it.each([
    [0, true],
    [500, true],
    [502, true],
    [504, true],
    [200, false],
    [400, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false],
    [429, false]
  ])('status %d → %s', (status, unknown) => {
    expect(outcomeUnknown(httpError(status))).toBe(unknown);
  });
  it('an error without a status (a reset connection) is unknown', () => {
    expect(outcomeUnknown(new TypeError('fetch failed'))).toBe(true);
  });
});

describe('lookFirst', () => {
  it('sends once with plugin-retry switched off, and does not look when the answer arrives', async () => {
    const sent: WriteRequest[] = [];
    let looks = 0;
    const result = await lookFirst(
      client(),
      'w',
      async (request) => (sent.push(request), 'made'),
      async () => (looks++, undefined)
    );
    expect(result).toBe('made');
    expect(sent).toEqual([{ shipWrite: 'look-first', retries: 0 }]);
    expect(looks).toBe(0);
  });

  it('after a lost answer, uses what the look finds and sends nothing more', async () => {
    let sends = 0;
    const result = await lookFirst(
      client(),
      'w',
      async () => {
        sends++;
        throw httpError(502);
      },
      async () => 'found'
    );
    expect({ result, sends }).toEqual({ result: 'found', sends: 1 });
  });

  it('sends again only when the look finds nothing', async () => {
    const calls: string[] = [];
    const result = await lookFirst(
      client(),
      'w',
      async () => {
        calls.push('send');
        if (calls.length < 3) throw httpError(503);
        return 'made';
      },
      async () => (calls.push('look'), undefined)
    );
    expect(result).toBe('made');
    expect(calls).toEqual(['send', 'look', 'send']);
  });

  it('gives up after 4 sends, looking once more before it throws the last error', async () => {
    const calls: string[] = [];
    const attempt = lookFirst(
      client(),
      'w',
      async () => {
        calls.push('send');
        throw httpError(500);
      },
      async () => (calls.push('look'), undefined)
    );
    await expect(attempt).rejects.toMatchObject({ status: 500 });
    expect(calls).toEqual(['send', 'look', 'send', 'look', 'send', 'look', 'send', 'look']);
  });

  it.each([404, 409, 422])('a definite %d is thrown as it is, without a look', async (status) => {
    let looks = 0;
    const attempt = lookFirst(
      client(),
      'w',
      async () => {
        throw httpError(status);
      },
      async () => (looks++, 'found')
    );
    await expect(attempt).rejects.toMatchObject({ status });
    expect(looks).toBe(0);
  });
});

describe('one write at a time', () => {
  it('never runs two writes together, harmless or not, and a failed write does not stop the next', async () => {
    const c = client();
    let inFlight = 0;
    let most = 0;
    const write = (fail: boolean) => async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (fail) throw httpError(422);
      return 'ok';
    };
    const results = await Promise.allSettled([
      harmless(c, write(false)),
      lookFirst(c, 'a', write(true), async () => undefined),
      harmless(c, write(false)),
      lookFirst(c, 'b', write(false), async () => undefined)
    ]);
    expect(most).toBe(1);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });

  it('harmless writes leave plugin-retry as it is', async () => {
    let seen: WriteRequest | undefined;
    await harmless(client(), async (request) => (seen = request));
    expect(seen).toEqual({ shipWrite: 'harmless' });
  });
});

describe('pacing', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['1', 1],
    ['0.01', 0.01],
    ['0.5', 0.5],
    ['0', 1],
    ['-1', 1],
    ['2', 1],
    ['fast', 1],
    ['NaN', 1]
  ])('SHIP_PROD_TIME_SCALE=%s → %d', (raw, scale) => {
    expect(timeScaleFrom(raw === undefined ? {} : { SHIP_PROD_TIME_SCALE: raw })).toBe(scale);
  });

  it(`the write bucket lets ${WRITE_BURST} writes through at once, then spaces them`, async () => {
    const { write } = writeGroups(0.25); // one write per 500 ms after the burst
    const limiter = write.key('test');
    const started = Date.now();
    const at: number[] = [];
    await Promise.all(Array.from({ length: WRITE_BURST + 2 }, () => limiter.schedule(async () => at.push(Date.now() - started))));
    // The burst is not spaced: a fixed 500 ms per write would take (burst - 1) × 0.5 s for it.
    expect(at[WRITE_BURST - 1]!).toBeLessThan(3_000);
    // After it, each write waits for its refill: never more than the burst plus one per 500 ms.
    expect(at[WRITE_BURST]!).toBeGreaterThanOrEqual(450);
    expect(at[WRITE_BURST + 1]!).toBeGreaterThanOrEqual(950);
    await limiter.stop({ dropWaitingJobs: false });
  });

  it("the bucket's most writes in any minute stay under GitHub's 80 content-creating requests", () => {
    expect(WRITE_BURST + 60_000 / WRITE_REFILL_MS).toBeLessThanOrEqual(80);
  });
});
