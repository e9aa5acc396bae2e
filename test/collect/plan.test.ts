import { describe, expect, it } from 'vitest';
import { DEFAULT_COLLECT_OPTIONS } from '../../src/collect/collect-options.js';
import { isDataRead, planReads, type PlannedRead } from '../../src/collect/plan.js';
import { readGroups } from '../../src/collect/read-groups.js';
import { fewestCalls, splitIntoCalls } from '../../src/collect/split-reads.js';

const dataReads = (reads: PlannedRead[]) => reads.filter(isDataRead);
/** The fewest composite requests, as a run with no calls to spare sends them. */
const dataBatches = (reads: ReturnType<typeof dataReads>) => splitIntoCalls(readGroups(reads), 0);

describe('planReads', () => {
  it('filters every permission read to what the rules need', () => {
    const reads = planReads(DEFAULT_COLLECT_OPTIONS);
    const soql = (id: string) => (reads.find((r) => r.id === id) as { soql: string }).soql;
    expect(soql('fieldPermissions')).toMatch(/WHERE SobjectType = 'ONB2__Balance__c' OR Field = 'Task.Type'$/);
    expect(soql('objectPermissions')).toMatch(/WHERE SobjectType LIKE 'ONB2\\_\\_%'$/);
    expect(soql('tabSettings')).toMatch(/WHERE Name IN \('ONB2__Balance__c'\)$/);
    expect(soql('licensedUsers')).toMatch(/IsActive = true AND Id IN \(SELECT UserId FROM UserPackageLicense/);
  });

  it('escapes configured names and adds reads for configured components only', () => {
    const reads = planReads({ ...DEFAULT_COLLECT_OPTIONS, apexClasses: ["O'Brien"], fields: ['Account.ONB2__X__c'] });
    expect(reads.map((r) => r.id)).toContain('apexClassesAccess');
    expect(reads.map((r) => r.id)).not.toContain('visualforcePages');
    expect((reads.find((r) => r.id === 'apexClasses') as { soql: string }).soql).toContain("('O\\'Brien')");
  });
});

describe('composite requests of the data reads', () => {
  it('keeps at most 5 queries and 25 subrequests per composite request', () => {
    const reads = dataReads(planReads({ ...DEFAULT_COLLECT_OPTIONS, objects: Array.from({ length: 30 }, (_, i) => `X${i}__c`) }));
    const batches = dataBatches(reads);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(25);
      expect(batch.filter((r) => r.kind === 'query').length).toBeLessThanOrEqual(5);
    }
    expect(batches.flat()).toHaveLength(reads.length);
  });

  it('puts a read that takes an Id from another into the same composite request, after it', () => {
    const many = { ...DEFAULT_COLLECT_OPTIONS, userProfiles: ['P'], userPermissionSets: ['S'], usernames: ['u'], apexClasses: ['C'] };
    for (const options of [DEFAULT_COLLECT_OPTIONS, many]) {
      for (const batch of dataBatches(dataReads(planReads(options)))) {
        batch.forEach((read, index) => {
          if (read.kind === 'query' && read.dependsOn) expect(batch.slice(0, index).map((r) => r.id)).toContain(read.dependsOn);
        });
      }
    }
  });

  it('needs four composite requests for the default plan', () => {
    expect(fewestCalls(readGroups(dataReads(planReads(DEFAULT_COLLECT_OPTIONS))))).toBe(4);
  });

  it('never splits a read from the one it takes an Id from, even where five queries would end the request', () => {
    const reads = dataReads(planReads(DEFAULT_COLLECT_OPTIONS));
    const source = reads.findIndex((read) => read.id === 'externalClientApps');
    // Four queries before the pair: a plain five-per-request cut would put the pair in two requests.
    const shifted = [...reads.filter((r) => r.kind === 'query').slice(0, 4), ...reads.slice(source, source + 2)];
    const batches = dataBatches(shifted);
    expect(batches).toHaveLength(2);
    const pair = batches.find((batch) => batch.some((read) => read.id === 'externalClientApps'))!;
    expect(pair.map((read) => read.id).filter((id) => id.startsWith('externalClientApp'))).toEqual([
      'externalClientApps',
      'externalClientAppAccess',
    ]);
  });
});
