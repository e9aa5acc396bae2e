import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Reads and parses a JSON file; any failure is an InputError naming the file (and line where JSON.parse says). */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new InputError(`${what} ${path}: ${reason}`, { cause: error });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${what} ${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}
