import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ajv } from '../../src/support/json-schema.js';
import { buildConfigSchema } from '../../src/config/schema.js';
import { validateConfig } from '../../src/config/validate.js';
import { rules } from '../../src/rules/index.js';

const FILE = fileURLToPath(new URL('../../rules.schema.json', import.meta.url));
const generated = buildConfigSchema(rules);

// To regenerate after changing a rule's options: UPDATE_RULES_SCHEMA=1 npx vitest run test/config
if (process.env.UPDATE_RULES_SCHEMA === '1') writeFileSync(FILE, `${JSON.stringify(generated, null, 2)}\n`);
const committed = JSON.parse(readFileSync(FILE, 'utf8')) as {
  $schema: string;
  properties: { rules: { properties: Record<string, { else: { properties: { options: unknown } } }> } };
};

describe('rules.schema.json', () => {
  it('is exactly the schema the code enforces (generated from the rule registry)', () => {
    expect(committed).toEqual(generated);
  });

  it("holds each rule's own options schema", () => {
    const perRule = committed.properties.rules.properties;
    expect(Object.keys(perRule)).toEqual(rules.map((r) => r.meta.id));
    for (const rule of rules) {
      const options = perRule[rule.meta.id].else.properties.options;
      if (rule.meta.schema) expect(options, rule.meta.id).toEqual(rule.meta.schema);
      else expect(options, rule.meta.id).toMatchObject({ maxProperties: 0 });
    }
  });

  it('is a draft-07 schema editors can use through $schema', () => {
    expect(committed.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(committed)).toBe(true);
  });

  it.each([
    [
      { $schema: './rules.schema.json', rules: { 'install/admins-only': { severity: 'note', options: { allowedProfiles: ['Billing'] } } } },
      true,
    ],
    [{ rules: { 'license/status': { options: { expiryWarningDays: -1 } } } }, false],
    [{ rules: { 'session/browser-caching-disabled': { options: { any: 1 } } } }, false],
    [{ suppressions: [{ rule: 'license/status', reason: 'x', expires: '2026-02-30' }] }, false],
    [{ justOnUsers: { byLicence: false, profiles: ['Billing'] } }, true],
  ])('the committed file and validateConfig agree (%#)', (config, valid) => {
    const fromFile = ajv.validate(committed, config);
    expect(fromFile).toBe(valid);
    if (valid) expect(() => validateConfig(config, 'x.json')).not.toThrow();
    else expect(() => validateConfig(config, 'x.json')).toThrow();
  });
});
