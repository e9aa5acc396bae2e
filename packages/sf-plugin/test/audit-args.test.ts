import { describe, expect, it } from 'vitest';
import { auditArgsFromFlags, type AuditFlags } from '../src/audit-args.js';

const login = { instanceUrl: 'https://acme.my.salesforce.com', accessToken: '00Dx!token', apiVersion: '62.0', username: 'ada@acme.com' };
const defaults: AuditFlags = { 'fail-on': 'error', 'fix-type': 'safe', 'min-api-remaining': 5, timeout: 120 };

describe('auditArgsFromFlags', () => {
  it('audits the sf login by its access token, never by alias (juston-audit would shell out to sf for one)', () => {
    const args = auditArgsFromFlags(defaults, login, { json: false, color: true });
    expect(args).toMatchObject({ instanceUrl: login.instanceUrl, accessToken: login.accessToken, apiVersion: '62.0', timeout: 120 });
    expect(args.targetOrg).toBeUndefined();
    expect(args.color).toBe(true);
  });

  it('passes the report, gate and fix flags on under juston-audit’s names', () => {
    const flags: AuditFlags = {
      ...defaults,
      format: 'markdown',
      output: ['audit.sarif', 'json:out.txt'],
      'fail-on': 'warning',
      config: 'audit.config.json',
      baseline: 'night-1.json',
      'allow-inconclusive': true,
      'save-snapshot': 'prod.json',
      'max-api-calls': 40,
      fix: true,
      'dry-run': true,
      yes: true,
      rule: ['access/balance-fields'],
      'fix-type': 'review',
      'sfdx-project': '.',
      verbose: true,
    };
    expect(auditArgsFromFlags(flags, login, { json: false, color: false })).toMatchObject({
      format: 'markdown',
      output: ['audit.sarif', 'json:out.txt'],
      failOn: 'warning',
      config: 'audit.config.json',
      baseline: 'night-1.json',
      allowInconclusive: true,
      saveSnapshot: 'prod.json',
      minApiRemaining: 5,
      maxApiCalls: 40,
      fix: true,
      dryRun: true,
      yes: true,
      rule: ['access/balance-fields'],
      fixType: 'review',
      sfdxProject: '.',
      verbose: true,
    });
  });

  it('with --json puts the JSON report on stdout, uncoloured, whatever --format says', () => {
    const args = auditArgsFromFlags({ ...defaults, format: 'sarif' }, login, { json: true, color: true });
    expect(args.format).toBe('json');
    expect(args.color).toBe(false);
  });

  it('names sf juston commands in its texts, and sf juston rollback with the org as the way to undo a fix', () => {
    expect(auditArgsFromFlags(defaults, login, { json: false, color: false }).commands).toEqual({
      fix: 'sf juston audit --fix',
      rules: 'sf juston rules',
      explain: 'sf juston explain',
      rollback: 'sf juston rollback --target-org ada@acme.com',
    });
  });
});
