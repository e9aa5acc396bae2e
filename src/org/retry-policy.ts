/**
 * Our own retry policy for reads, replacing jsforce's (6 attempts, 15.5 s per failing GET, none for POST):
 * at most `maxAttempts` attempts, waiting `baseDelayMs × 2^(n-1)` (capped at `maxDelayMs`, with jitter
 * between 50 % and 100 %) after the n-th failure, never past the overall deadline. Each attempt gets
 * its own timeout, clipped to what is left of the deadline. Time is injectable so tests run instantly.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RetryPolicy {
  /** Attempts per read, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Overall deadline for all requests of one client, from its first request (the CLI's --timeout). */
  timeoutMs: number;
  /** Timeout of one attempt; an attempt never outlives the overall deadline. */
  requestTimeoutMs: number;
  clock: Clock;
  /** In [0, 1); Math.random by default. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
  timeoutMs: 120_000,
  requestTimeoutMs: 30_000,
  clock: systemClock,
  random: Math.random,
};

/** The wait after `failures` failed attempts (1-based): base × 2^(failures-1), capped, jittered to 50–100 %. */
export function backoffDelay(failures: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
  return Math.round(ceiling * (0.5 + policy.random() / 2));
}

/** The overall deadline passed; `lastError` is the failure that was being retried, if any. */
export class DeadlineExceeded extends Error {
  constructor(
    readonly timeoutMs: number,
    readonly lastError?: unknown,
  ) {
    super(`deadline of ${timeoutMs} ms exceeded`);
    this.name = 'DeadlineExceeded';
  }
}

/** Every attempt failed transiently; `lastError` is the last failure. */
export class RetriesExhausted extends Error {
  constructor(
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(`failed ${attempts} times`);
    this.name = 'RetriesExhausted';
  }
}

/**
 * Runs `attempt(timeoutMs, n)` until it succeeds, fails permanently (`isTransient` false: rethrown as is),
 * runs out of attempts (RetriesExhausted) or of time (DeadlineExceeded). `retry: false` makes one attempt
 * and rethrows its failure as is.
 */
export async function withRetries<T>(
  attempt: (timeoutMs: number, n: number) => Promise<T>,
  options: { policy: RetryPolicy; deadline: number; isTransient: (error: unknown) => boolean; retry: boolean },
): Promise<T> {
  const { policy, deadline, isTransient } = options;
  const attempts = options.retry ? Math.max(1, policy.maxAttempts) : 1;
  let lastError: unknown;
  for (let n = 1; n <= attempts; n += 1) {
    const left = deadline - policy.clock.now();
    if (left <= 0) throw new DeadlineExceeded(policy.timeoutMs, lastError);
    try {
      return await attempt(Math.min(policy.requestTimeoutMs, left), n);
    } catch (error) {
      if (!isTransient(error) || attempts === 1) throw error;
      lastError = error;
    }
    if (n === attempts) break;
    const wait = backoffDelay(n, policy);
    if (policy.clock.now() + wait >= deadline) throw new DeadlineExceeded(policy.timeoutMs, lastError);
    await policy.clock.sleep(wait);
  }
  if (deadline - policy.clock.now() <= 0) throw new DeadlineExceeded(policy.timeoutMs, lastError);
  throw new RetriesExhausted(attempts, lastError);
}
