import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  DeadlineExceeded,
  RetriesExhausted,
  withRetries,
  type Clock,
  type RetryPolicy,
} from '../../src/org/retry-policy.js';

/** A clock that only moves when something sleeps or an attempt takes time. */
function fakeClock(): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => (now += ms),
  };
}

const transientError = (n: number) => Object.assign(new Error(`503 #${n}`), { transient: true });
const isTransient = (e: unknown) => (e as { transient?: boolean }).transient === true;

function setup(overrides: Partial<RetryPolicy> = {}) {
  const clock = fakeClock();
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, clock, random: () => 0.999_999, ...overrides };
  return { clock, policy, deadline: clock.now() + policy.timeoutMs };
}

describe('backoffDelay', () => {
  it('doubles from 200 ms up to the cap, jittered between 50 and 100 %', () => {
    const top = { ...DEFAULT_RETRY_POLICY, random: () => 0.999_999 };
    const bottom = { ...DEFAULT_RETRY_POLICY, random: () => 0 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, top))).toEqual([200, 400, 800, 1600, 2000, 2000]);
    expect([1, 2, 3].map((n) => backoffDelay(n, bottom))).toEqual([100, 200, 400]);
  });

  it('stays within [ceiling/2, ceiling] for any jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 0.999_999, noNaN: true }), (n, r) => {
        const ceiling = Math.min(2000, 200 * 2 ** (n - 1));
        const d = backoffDelay(n, { ...DEFAULT_RETRY_POLICY, random: () => r });
        expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(d).toBeLessThanOrEqual(ceiling);
      }),
    );
  });
});

describe('withRetries', () => {
  it('retries transient failures up to 4 attempts in all, sleeping 200, 400, 800 ms', async () => {
    const { clock, policy, deadline } = setup();
    let calls = 0;
    const error = await withRetries(
      async () => {
        calls += 1;
        throw transientError(calls);
      },
      { policy, deadline, isTransient, retry: true },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(clock.sleeps).toEqual([200, 400, 800]);
    expect(error).toBeInstanceOf(RetriesExhausted);
    expect((error as RetriesExhausted).lastError).toMatchObject({ message: '503 #4' });
  });

  it('returns the first success and stops', async () => {
    const { clock, policy, deadline } = setup();
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw transientError(calls);
        return 'ok';
      },
      { policy, deadline, isTransient, retry: true },
    );
    expect([result, calls, clock.sleeps]).toEqual(['ok', 3, [200, 400]]);
  });

  it('rethrows a permanent failure at once, and anything when retry is off', async () => {
    const { clock, policy, deadline } = setup();
    const permanent = new Error('INVALID_FIELD');
    await expect(
      withRetries(
        async () => {
          throw permanent;
        },
        { policy, deadline, isTransient, retry: true },
      ),
    ).rejects.toBe(permanent);
    const once = transientError(1);
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw once;
        },
        { policy, deadline, isTransient, retry: false },
      ),
    ).rejects.toBe(once);
    expect([calls, clock.sleeps]).toEqual([1, []]);
  });

  it('gives each attempt what is left of the deadline, at most the per-request timeout', async () => {
    const { clock, policy, deadline } = setup({ timeoutMs: 50_000, requestTimeoutMs: 30_000 });
    const budgets: number[] = [];
    await withRetries(
      async (timeoutMs, n) => {
        budgets.push(timeoutMs);
        clock.advance(timeoutMs); // every attempt times out
        if (n < 2) throw transientError(n);
        return 'late';
      },
      { policy, deadline, isTransient, retry: true },
    );
    expect(budgets).toEqual([30_000, 50_000 - 30_000 - 200]);
  });

  it('never sleeps past the deadline: DeadlineExceeded carries the last failure', async () => {
    const { clock, policy, deadline } = setup({ timeoutMs: 1_000 });
    const error = await withRetries(
      async (_t, n) => {
        clock.advance(300);
        throw transientError(n);
      },
      { policy, deadline, isTransient, retry: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceeded);
    expect((error as DeadlineExceeded).lastError).toMatchObject({ message: '503 #2' });
    expect(clock.now()).toBeLessThanOrEqual(deadline);
  });

  it('for any failure pattern: at most maxAttempts attempts, never beyond the deadline, success returned', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 100, max: 10_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        async (outcomes, maxAttempts, timeoutMs, attemptCost) => {
          const { clock, policy, deadline } = setup({ maxAttempts, timeoutMs, requestTimeoutMs: 5_000 });
          let calls = 0;
          const result = await withRetries(
            async (budget) => {
              expect(budget).toBeGreaterThan(0);
              expect(budget).toBeLessThanOrEqual(5_000);
              calls += 1;
              clock.advance(Math.min(attemptCost, budget));
              if (!(outcomes[calls - 1] ?? false)) throw transientError(calls);
              return calls;
            },
            { policy, deadline, isTransient, retry: true },
          ).catch((e: unknown) => e);
          expect(calls).toBeLessThanOrEqual(maxAttempts);
          expect(clock.now()).toBeLessThanOrEqual(deadline);
          if (typeof result === 'number') expect(outcomes[result - 1]).toBe(true);
          else if (maxAttempts === 1)
            expect(isTransient(result)).toBe(true); // one attempt: its failure as is
          else expect(result instanceof RetriesExhausted || result instanceof DeadlineExceeded).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
