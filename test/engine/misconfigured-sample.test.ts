import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { misconfigured } from '../harness/snapshots.js';

describe('the misconfigured sample org (the --demo org)', () => {
  const result = evaluate(misconfigured());
  const byId = Object.fromEntries(result.results.map((r) => [r.ruleId, r]));

  it('shows each rule’s real status, most of them failing', () => {
    expect(Object.fromEntries(result.results.map((r) => [r.ruleId, r.status]))).toEqual({
      'org/edition-supported': 'pass',
      'org/production-install': 'fail',
      'package/installed': 'pass',
      'session/browser-caching-disabled': 'fail',
      'org/salesforce-features': 'fail',
      'connected-app/admin-approved': 'fail',
      'connected-app/profiles-authorized': 'fail',
      'connected-app/users-authorized': 'fail',
      'platform/integration': 'not-applicable',
      'access/shipped-permission-sets': 'fail',
      'access/balance-object': 'fail',
      'access/balance-fields': 'fail',
      'access/balance-tab': 'fail',
      'access/task-type-field': 'fail',
      'access/required-components': 'pass',
      'license/assigned': 'fail',
      'license/status': 'fail',
      'install/admins-only': 'fail',
      'install/remote-sites-active': 'fail',
      'support/login-access': 'manual',
      'jobs/scheduled': 'fail',
      'jobs/failures': 'fail',
    });
  });

  it('names the affected users and settings', () => {
    const messages = (id: string) => byId[id].findings.map((f) => f.message);
    expect(messages('connected-app/users-authorized')).toEqual([
      expect.stringContaining("'ada.admin@nordwind.example'"),
      expect.stringContaining("'anna.billing@nordwind.example'"),
      expect.stringContaining("'carla.collections@nordwind.example'"),
      expect.stringContaining("'dan.dunning@nordwind.example'"),
    ]);
    expect(messages('access/balance-object')).toEqual([
      "User 'anna.billing@nordwind.example' lacks Create, Edit on ONB2__Balance__c (has Read via permission set 'Balance Access').",
      "User 'carla.collections@nordwind.example' lacks Read, Create, Edit on ONB2__Balance__c.",
      "User 'dan.dunning@nordwind.example' lacks Read, Create, Edit on ONB2__Balance__c.",
    ]);
    expect(messages('license/assigned')).toEqual(["User 'ben.billing@nordwind.example' has no ONB2 package licence."]);
    expect(messages('license/status')).toEqual([
      'The ONB2 licence (status Trial, 5 of 5 seats used): it is a trial licence; it expires on 2026-12-02 (in 12 days).',
    ]);
    expect(messages('connected-app/profiles-authorized')).toEqual([
      "Profile 'System Administrator' is not authorized on connected app 'JustOn Platform'.",
    ]);
    expect(messages('org/salesforce-features')).toEqual([
      'Content Deliveries is not enabled (ContentSettings Content.enableContentDistribution = false).',
    ]);
    expect(messages('install/admins-only')).toEqual([expect.stringContaining("Profile 'Standard User' grants access to 2 ONB2 object(s)")]);
    expect(messages('access/shipped-permission-sets')).toEqual([
      "User 'dan.dunning@nordwind.example' holds none of JustOn's permission sets ('JustOn Read Only', 'JustOn Read/Write', 'JustOn Full Access') and cannot work with JustOn's objects.",
    ]);
    expect(messages('jobs/scheduled')).toEqual([
      'ONB2.ScheduledBatchChain is not scheduled: no Scheduled Apex job of that class has a schedule, so JustOn starts none of its job chains.',
    ]);
    // The two ONB2 failures of the last 7 days, newest first; an older ONB2 failure and an unpackaged class's are not listed.
    expect(messages('jobs/failures')).toEqual([
      'Queueable job of ONB2.EmailJobChain (2026-11-19 08:00 UTC) failed: System.LimitException: Too many SOQL queries: 101',
      expect.stringMatching(
        /^BatchApex job of ONB2\.InvoiceRunChain \(2026-11-18 07:49 UTC\) completed with 2 failed batches: First error: /,
      ),
    ]);
  });

  it('shows the permission set group path and its outdated status as evidence', () => {
    expect(byId['access/balance-object'].evidence).toContainEqual({
      resource: { type: 'User', id: '0055g0000000003AAA', name: 'ben.billing@nordwind.example' },
      detail: "Read, Create, Edit via permission set group 'JustOn Billing Team' (group status Outdated)",
    });
  });

  it('grades failures by severity: the trial licence is a warning, the sandbox a note', () => {
    expect(byId['license/status'].failingSeverity).toBe('warning');
    expect(byId['org/production-install'].failingSeverity).toBe('note');
    expect(byId['jobs/failures'].failingSeverity).toBe('warning');
    expect(result.summary.failing).toEqual({ error: 11, warning: 5, note: 1 });
    expect(result.summary.score).toBeLessThan(30);
  });
});
