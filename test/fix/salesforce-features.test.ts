import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyFixes, planFixes, rollbackJournal, verifyFixes } from '../../src/fix/index.js';
import { beforeInstallation } from '../harness/generations.js';
import { clean, modify } from '../harness/snapshots.js';
import { auditedOrg, reaudit, statusOf, tempDir } from './helpers.js';

/** Before installation, with Salesforce CRM Content and Content Deliveries both off. */
const contentOff = () =>
  modify(beforeInstallation(clean()), (s) => {
    Object.assign(s.metadata.ContentSettings.Content, {
      enableContent: false,
      enableContentDistribution: false,
      enableChatterFileLink: true,
    });
  });

describe('org/salesforce-features: a reviewed Metadata API update of exactly the required settings', () => {
  it('is refused without review, and planned as one update of the two fields when the rule is named', async () => {
    const org = await auditedOrg(contentOff());
    expect(planFixes(org.result, org.snapshot).refusals).toEqual([
      expect.objectContaining({ ruleId: 'org/salesforce-features', reason: expect.stringContaining('reviewed fix') }),
    ]);
    const plan = planFixes(org.result, org.snapshot, { rules: ['org/salesforce-features'] });
    expect(plan.changes).toEqual([
      expect.objectContaining({
        operation: 'metadata.update',
        sobject: 'ContentSettings',
        target: { type: 'ContentSettings', name: 'Content' },
        before: { enableContent: false, enableContentDistribution: false },
        after: { enableContent: true, enableContentDistribution: true },
        summary: 'set ContentSettings Content.enableContent to true, Content.enableContentDistribution to true',
      }),
    ]);
  });

  it('applies through the journal, verifies, touches no other setting, and rolls back', async () => {
    const org = await auditedOrg(contentOff());
    const plan = planFixes(org.result, org.snapshot, { rules: ['org/salesforce-features'] });
    const outcome = await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId });
    expect(outcome).toMatchObject({ status: 'applied', apiCalls: { writes: 1 } });
    const journal = JSON.parse(await readFile(outcome.journalPath!, 'utf8'));
    expect(journal.changes[0]).toMatchObject({ before: { enableContent: false, enableContentDistribution: false } });
    expect(org.orgData.toSnapshot().metadata.ContentSettings.Content).toEqual({
      fullName: 'Content',
      enableContent: true,
      enableContentDistribution: true,
      enableChatterFileLink: true,
    });
    const fresh = await reaudit(org);
    expect(statusOf(fresh.result, 'org/salesforce-features')).toBe('pass');
    expect(fresh.result.readiness?.ready).toBe(true);
    expect((await verifyFixes(org.connection(), plan, {}, outcome)).verified).toBe(1);
    expect((await rollbackJournal(org.connection(), outcome.journalPath!, { orgId: org.orgId })).status).toBe('rolled-back');
    expect(org.orgData.toSnapshot().metadata.ContentSettings.Content).toMatchObject({
      enableContent: false,
      enableContentDistribution: false,
    });
  });
});
