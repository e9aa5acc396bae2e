import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/**
 * Reads a file the user named (config, snapshot, journal, orgs list, …). Any failure is an InputError
 * `<what> <path>: file not found` (or `is a directory`, or the system's reason).
 */
export function readUserFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new InputError(`${what} ${path}: ${reason}`, { cause: error });
  }
}

/** Parses the text of a user's file as JSON; a syntax error is an InputError `<what> <path>: not valid JSON (…)`. */
export function parseUserJson(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} ${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Reads and parses a JSON file the user named. */
export function readUserJson(path: string, what: string): unknown {
  return parseUserJson(readUserFile(path, what), path, what);
}
