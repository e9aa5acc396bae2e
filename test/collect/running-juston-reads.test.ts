import { describe, expect, it } from 'vitest';
import { collect } from '../../src/collect/collect.js';
import { evaluate } from '../../src/engine/index.js';
import { cleanUpAfterTest } from '../harness/cleanup.js';
import { serveOrg } from '../harness/emulated-org.js';
import { clean, ids, misconfigured, patchRow, withRecords } from '../harness/snapshots.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import type { CollectOptions } from '../../src/collect/collect-options.js';

/** Collects over HTTP from the org served as of today (dates moved, as the demo does) and evaluates. */
async function liveAudit(org: Snapshot, options: Partial<CollectOptions> = {}) {
  const served = await serveOrg(org);
  cleanUpAfterTest(() => served.emulator.close());
  const { snapshot } = await collect(served.client(), options);
  const statuses = Object.fromEntries(evaluate(snapshot).results.map((r) => [r.ruleId, r.status]));
  const jobIds = (snapshot.records.AsyncApexJob ?? []).map((job) => job.Id);
  return { snapshot, statuses, jobIds };
}

describe("reading JustOn's Apex jobs (one AsyncApexJob query)", () => {
  it('reads the ONB2 schedule with its CronTrigger and CronJobDetail, not the completed, older or unpackaged jobs', async () => {
    const { snapshot, statuses, jobIds } = await liveAudit(clean());
    expect(jobIds).toEqual([ids.chainJob]);
    expect(snapshot.records.CronTrigger.map((row) => [row.Id, row.State])).toEqual([[ids.chainTrigger, 'WAITING']]);
    expect(snapshot.records.CronJobDetail.map((row) => row.Name)).toEqual(['JustOn Batch Chain']);
    expect(statuses).toMatchObject({ 'jobs/scheduled': 'pass', 'jobs/failures': 'pass' });
  });

  it('reads the ONB2 failures of the last days only: the demo org fails both job rules, whatever the date it is served on', async () => {
    const { statuses, jobIds } = await liveAudit(misconfigured());
    // The aborted schedule's job and the two ONB2 failures of the last 7 days; not the 15-day-old one nor the unpackaged class's.
    expect(jobIds).toEqual(['7075g0000000001AAA', '7075g0000000002AAA', '7075g0000000003AAA']);
    expect(statuses).toMatchObject({ 'jobs/scheduled': 'fail', 'jobs/failures': 'fail' });
    expect((await liveAudit(misconfigured(), { jobFailureDays: 14 })).jobIds).toContain('7075g0000000004AAA');
  });

  it('a paused schedule and a fresh ONB2 failure fail, live as offline', async () => {
    const paused = withRecords(clean(), { CronTrigger: patchRow(ids.chainTrigger, { State: 'PAUSED' }) });
    expect((await liveAudit(paused)).statuses['jobs/scheduled']).toBe('fail');
    const failedYesterday = withRecords(clean(), {
      AsyncApexJob: patchRow('7075g0000000003AAA', { CreatedDate: '2026-11-19T02:00:00.000Z', CompletedDate: '2026-11-19T02:03:40.000Z' }),
    });
    const { statuses, jobIds } = await liveAudit(failedYesterday);
    expect(jobIds).toContain('7075g0000000003AAA');
    expect(statuses['jobs/failures']).toBe('fail');
  });
});
