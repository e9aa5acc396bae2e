import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readUserJson } from '../support/read-user-file.js';
import type { AuditConfig } from './types.js';
import { validateConfig } from './validate.js';

export const CONFIG_FILE = 'juston-audit.config.json';

/** The nearest juston-audit.config.json from `startDir` upward, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export interface LoadedConfig {
  config: AuditConfig;
  /** The file read, or null when none was found (defaults apply). */
  path: string | null;
}

/**
 * Loads the config: `path` when given (it must exist), else the nearest file from `cwd` upward,
 * else the empty config. Throws InputError naming the file on unreadable, non-JSON or invalid content.
 */
export function loadConfig(opts: { path?: string; cwd?: string } = {}): LoadedConfig {
  const path = opts.path ? resolve(opts.cwd ?? process.cwd(), opts.path) : findConfigFile(opts.cwd ?? process.cwd());
  if (!path) return { config: {}, path: null };
  return { config: validateConfig(readUserJson(path, 'config'), path), path };
}
