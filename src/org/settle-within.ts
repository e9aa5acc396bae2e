/**
 * jsforce's own timeout covers the wait for the headers only: a connection reset after the headers or in
 * the middle of the body leaves its promise pending forever (the response stream is piped, its error is
 * never forwarded). Every attempt therefore races a timer of its own.
 */
export class NoAnswerInTime extends Error {
  /** The name jsforce/node-fetch give their own timeout, so both are read as one kind of failure. */
  override readonly name = 'AbortError';
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
  }
}

/** `promise`, or a NoAnswerInTime rejection after `timeoutMs`; the timer never keeps the process alive. */
export function settleWithin<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswerInTime(timeoutMs)), timeoutMs);
    timer.unref();
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
