import { FixError } from '../errors.js';
import type { ApplyOutcome } from './types.js';

/** A write failed while applying: what the run changed was undone (or could not all be); the outcome says which. */
export class FixApplyError extends FixError {
  constructor(
    message: string,
    readonly outcome: ApplyOutcome,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
