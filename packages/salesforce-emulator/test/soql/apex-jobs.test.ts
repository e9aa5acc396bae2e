import { describe, expect, it } from 'vitest';
import { createOrgData } from '../../src/create-org-data.js';
import { cleanSnapshot, errorCodeOf } from './org-fixture.js';

// The clean sample (captured 2026-11-20T09:30Z): a Scheduled Apex job of ONB2.ScheduledBatchChain whose CronTrigger
// waits for 2026-11-21T02:00Z, and three batch jobs (one completed, two failed: ONB2 on 2026-11-08, unpackaged on 2026-11-19).
// Served as of today, so that SOQL's LAST_N_DAYS (the emulator's clock) sees the jobs where the capture saw them.
const today = createOrgData(cleanSnapshot(), { shiftDatesTo: new Date() });
const q = (soql: string) => today.query(soql, { api: 'data' }).records;

describe('AsyncApexJob, CronTrigger and CronJobDetail', () => {
  it('reach the schedule of a job through CronTrigger and CronTrigger.CronJobDetail', () => {
    const [job] = q(
      "SELECT Id, CronTrigger.State, CronTrigger.NextFireTime, CronTrigger.CronJobDetail.Name, ApexClass.Name FROM AsyncApexJob WHERE JobType = 'ScheduledApex' AND ApexClass.NamespacePrefix = 'ONB2'",
    );
    expect(job).toMatchObject({
      Id: '7075g0000000001AAA',
      ApexClass: { Name: 'ScheduledBatchChain' },
      CronTrigger: {
        State: 'WAITING',
        NextFireTime: expect.stringMatching(/T02:00:00\.000Z$/),
        CronJobDetail: { Name: 'JustOn Batch Chain' },
      },
    });
  });

  it('filter failures by date literal, status, error count and the class namespace', () => {
    const failedLastWeek = (ns: string) =>
      q(
        `SELECT Id FROM AsyncApexJob WHERE ApexClass.NamespacePrefix ${ns} AND (Status = 'Failed' OR NumberOfErrors > 0) AND (CreatedDate = LAST_N_DAYS:7 OR CompletedDate = LAST_N_DAYS:7)`,
      ).map((r) => r.Id);
    expect(failedLastWeek("= 'ONB2'")).toEqual([]);
    expect(failedLastWeek('= null')).toEqual(['7075g0000000004AAA']);
    expect(q("SELECT Id FROM AsyncApexJob WHERE CreatedDate = LAST_N_DAYS:14 AND Status = 'Failed' ORDER BY Id").map((r) => r.Id)).toEqual([
      '7075g0000000003AAA',
      '7075g0000000004AAA',
    ]);
  });

  it('are read-only', () => {
    for (const sobject of ['AsyncApexJob', 'CronTrigger', 'CronJobDetail']) {
      expect(
        errorCodeOf(() => today.create(sobject, {}, 'data')),
        sobject,
      ).not.toBe('none');
    }
  });
});

describe('serving a snapshot as of a later day (shiftDatesTo)', () => {
  const later = createOrgData(cleanSnapshot(), { shiftDatesTo: new Date('2026-12-24T23:59:00Z') });

  it('moves every date and datetime by the whole days since the capture, keeping time of day and form', () => {
    const [trigger] = later.query("SELECT NextFireTime FROM CronTrigger WHERE Id = '08e5g0000000001AAA'", { api: 'data' }).records;
    expect(trigger.NextFireTime).toBe('2026-12-25T02:00:00.000Z');
    const [job] = later.query("SELECT CreatedDate, CompletedDate FROM AsyncApexJob WHERE Id = '7075g0000000003AAA'", {
      api: 'data',
    }).records;
    expect(job).toMatchObject({ CreatedDate: '2026-12-12T02:00:00.000Z', CompletedDate: '2026-12-12T02:03:40.000Z' });
    expect(later.toSnapshot().capturedAt).toBe('2026-12-24T09:30:00.000Z');
  });

  it('keeps what was last week last week for SOQL date literals', () => {
    const recent = (org: typeof later) =>
      org
        .query("SELECT Id FROM AsyncApexJob WHERE CompletedDate = LAST_N_DAYS:7 AND Status = 'Failed'", { api: 'data' })
        .records.map((r) => r.Id);
    // The unpackaged failure happened the day before the capture: the day before today, once shifted.
    expect(recent(today)).toEqual(['7075g0000000004AAA']);
    expect(recent(createOrgData(cleanSnapshot(), { shiftDatesTo: new Date(Date.now() + 30 * 86_400_000) }))).toEqual([]);
  });

  it('leaves plain dates as dates and other values alone', () => {
    const snapshot = cleanSnapshot();
    snapshot.records.PackageLicense[0].ExpirationDate = '2026-12-02';
    const org = createOrgData(snapshot, { shiftDatesTo: new Date('2026-11-30T08:00:00Z') });
    const [licence] = org.query('SELECT ExpirationDate, NamespacePrefix FROM PackageLicense', { api: 'data' }).records;
    expect(licence).toMatchObject({ ExpirationDate: '2026-12-12', NamespacePrefix: 'ONB2' });
    expect(createOrgData(cleanSnapshot()).toSnapshot().capturedAt).toBe('2026-11-20T09:30:00.000Z');
  });
});
