import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate.js';
import { exitCodeForError } from '../../src/cli/exit-code.js';
import { InputError } from '../../src/errors.js';
import { fullConfig } from '../harness/full-config.js';

const problems = (config: unknown): string => {
  try {
    validateConfig(config, '/repo/juston-audit.config.json');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect(exitCodeForError(err)).toBe(2);
    return (err as Error).message;
  }
  throw new Error('expected the config to be rejected');
};

describe('validateConfig', () => {
  it('accepts a full, valid config', () => {
    const config = fullConfig();
    expect(validateConfig(config, 'x.json')).toBe(config);
  });

  it('reports EVERY problem at once, each with its JSON path and what was expected, naming the file', () => {
    const message = problems({
      namespce: 'ONB2',
      namespace: '1bad',
      justOnUsers: { byLicence: 'yes' },
      rules: {
        'org/edition-supportd': 'error',
        'license/status': 'fatal',
        'access/balance-object': { options: { permissions: ['Read', 'Fly'] } },
        'session/browser-caching-disabled': { options: { force: true } },
      },
      attestations: { 'support/login-access': { date: '2026-13-01', expires: '2026-12-01' } },
      suppressions: [{ rule: 'license/statuz', resource: '' }, 'nope'],
    });
    expect(message).toContain('Invalid config /repo/juston-audit.config.json (');
    const lines = [
      "$: unknown property 'namespce'",
      '$.namespace: must match pattern "^[A-Za-z][A-Za-z0-9_]*$"',
      '$.justOnUsers.byLicence: must be boolean',
      "$.rules: unknown rule 'org/edition-supportd' (did you mean 'org/edition-supported'?)",
      '$.rules["license/status"]: must be one of "error", "warning", "note", "off"',
      '$.rules["access/balance-object"].options.permissions[1]: must be one of "Read", "Create", "Edit", "Delete", "ViewAllRecords", "ModifyAllRecords"',
      '$.rules["session/browser-caching-disabled"].options: this rule takes no options',
      '$.attestations["support/login-access"]: missing required property \'by\'',
      '$.attestations["support/login-access"].date: must match format "date"',
      "$.suppressions[0]: missing required property 'reason'",
      "$.suppressions[0].rule: unknown rule 'license/statuz' (did you mean 'license/status'?)",
      '$.suppressions[0].resource: must NOT have fewer than 1 characters',
      '$.suppressions[1]: must be object',
    ];
    for (const line of lines) expect(message).toContain(`  - ${line}`);
    expect(message).toContain(`(${lines.length} problems)`);
  });

  it('rejects a non-object config', () => {
    expect(problems([])).toBe('Invalid config /repo/juston-audit.config.json: $: must be object');
  });
});
