import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules, ruleIds } from '../../src/rules/index.js';
import { checkMeta } from '../harness/rule-tester.js';
import { STABLE_RULE_IDS } from '../harness/rule-ids.js';

const exists = (rel: string) => existsSync(fileURLToPath(new URL(rel, import.meta.url)));

describe('the rule registry', () => {
  it('holds exactly the stable rule ids, each once', () => {
    expect([...ruleIds].sort()).toEqual([...STABLE_RULE_IDS].sort());
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });

  it.each(STABLE_RULE_IDS)('%s lives in src/rules/<folder>/<file>.ts, has complete metadata and a test file', async (id) => {
    const mod = (await import(/* @vite-ignore */ new URL(`../../src/rules/${id}.ts`, import.meta.url).href)) as {
      default: (typeof rules)[number];
    };
    expect(mod.default.meta.id).toBe(id);
    expect(rules).toContain(mod.default);
    expect(() => checkMeta(mod.default)).not.toThrow();
    expect(exists(`./${id}.test.ts`)).toBe(true);
  });

  it('every category is the folder of the id', () => {
    for (const r of rules) expect(r.meta.id.startsWith(`${r.meta.category}/`), r.meta.id).toBe(true);
  });

  it('manual-fix rules give numbered steps; rules without a fix need none', () => {
    for (const r of rules.filter((x) => x.meta.fixable === 'manual'))
      expect(r.meta.remediation.steps?.length, r.meta.id).toBeGreaterThan(0);
  });
});
