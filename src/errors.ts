/**
 * The tool's small error vocabulary. Everything below the CLI throws these; only the CLI edge
 * (src/cli/exit-code.ts) turns them into exit codes and messages.
 */
export abstract class AuditError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad flags or a combination of them that cannot work. */
export class UsageError extends AuditError {}

/** A user's file (config, snapshot, journal, …) that cannot be read or does not match its schema. */
export class InputError extends AuditError {}

/** Could not log in or the session was refused: the audit could not complete. */
export class AuthError extends AuditError {}

/** Could not reach or read the org at all. */
export class CollectError extends AuditError {}

/** The org changed between audit and fix, or a fix failed and was rolled back. */
export class FixError extends AuditError {}
