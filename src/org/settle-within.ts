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

/**
 * `promise`, or a NoAnswerInTime rejection after `timeoutMs`. The timer is deliberately not unref'd: once
 * the socket is gone it is the only thing left in the event loop, and without it Node would exit 13
 * ("unsettled top-level await") with nothing said. It is cleared as soon as the promise settles.
 */
export function settleWithin<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswerInTime(timeoutMs)), timeoutMs);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
