import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, findConfigFile, loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';

function tree(config?: string): { root: string; nested: string } {
  const root = mkdtempSync(join(tmpdir(), 'juston-audit-config-'));
  const nested = join(root, 'a', 'b');
  mkdirSync(nested, { recursive: true });
  if (config !== undefined) writeFileSync(join(root, CONFIG_FILE), config);
  return { root, nested };
}

describe('loadConfig', () => {
  it('finds juston-audit.config.json from the working directory upward', () => {
    const { root, nested } = tree(JSON.stringify({ rules: { 'org/production-install': 'off' } }));
    expect(findConfigFile(nested)).toBe(join(root, CONFIG_FILE));
    expect(loadConfig({ cwd: nested })).toEqual({ path: join(root, CONFIG_FILE), config: { rules: { 'org/production-install': 'off' } } });
  });

  it('loads a given path relative to cwd', () => {
    const { root } = tree();
    writeFileSync(join(root, 'custom.json'), '{"namespace":"ONB2"}');
    expect(loadConfig({ path: 'custom.json', cwd: root }).config).toEqual({ namespace: 'ONB2' });
  });

  it('without a file, the empty config applies', () => {
    const { nested } = tree();
    // A config file above the temp dir would be found; tmpdir normally has none.
    expect(loadConfig({ cwd: nested }).config).toEqual({});
  });

  it('a missing given path is an InputError naming it', () => {
    const { root } = tree();
    expect(() => loadConfig({ path: 'nope.json', cwd: root })).toThrow(new RegExp(`config .*nope\\.json: file not found`));
  });

  it('invalid JSON is an InputError naming the file', () => {
    const { root } = tree('{ "rules": ');
    const file = join(root, CONFIG_FILE);
    expect(() => loadConfig({ cwd: root })).toThrow(InputError);
    expect(() => loadConfig({ cwd: root })).toThrow(`config ${file}: not valid JSON`);
  });

  it('an invalid config is an InputError naming the file with every problem', () => {
    const { root } = tree(JSON.stringify({ rules: { 'org/edition-supported': 'fatal' }, suppressions: [{ rule: 'license/status' }] }));
    expect(() => loadConfig({ cwd: root })).toThrow(`Invalid config ${join(root, CONFIG_FILE)} (2 problems)`);
  });
});
