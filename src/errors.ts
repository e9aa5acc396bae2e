/**
 * The tool's small error vocabulary. Only the CLI turns these into exit codes and messages;
 * everything below it throws them.
 */
export abstract class AuditError extends Error {
  abstract readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad flags, a bad config file, a snapshot or journal that does not load. Exit 2. */
export class UsageError extends AuditError {
  readonly exitCode = 2;
}

/** A file that does not match its schema; `location` names the file and JSON path. Exit 2. */
export class InputError extends AuditError {
  readonly exitCode = 2;
}

/** Could not log in or the session was refused. Exit 3: the audit could not complete. */
export class AuthError extends AuditError {
  readonly exitCode = 3;
}

/** Could not reach or read the org at all. Exit 3. */
export class CollectError extends AuditError {
  readonly exitCode = 3;
}

/** The org changed between audit and fix, or a fix failed and was rolled back. Exit 1. */
export class FixError extends AuditError {
  readonly exitCode = 1;
}
