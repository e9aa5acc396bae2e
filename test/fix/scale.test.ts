import { describe, expect, it } from 'vitest';
import { applyFixes, planFixes, rollbackJournal } from '../../src/fix/index.js';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import { clean } from '../harness/snapshots.js';
import { auditedOrg, openFingerprints, reaudit, statusOf, tempDir, withoutBalanceSet } from './helpers.js';

const USERS = 2000;

describe(`an org with ${USERS} JustOn users lacking access`, () => {
  it.each([
    ['reusing the existing Balance permission set', generateOrg(clean(), { justOnUsers: USERS, usersLackingAccess: USERS })],
    ['creating the Balance permission set', generateOrg(withoutBalanceSet(clean()), { justOnUsers: USERS, usersLackingAccess: USERS })],
  ])(
    '%s costs a handful of write calls, and rollback as few',
    async (_label, org) => {
      const served = await auditedOrg(org);
      expect(served.result.results.find((r) => r.ruleId === 'access/balance-object')!.findings.length).toBeGreaterThanOrEqual(USERS);
      const plan = planFixes(served.result, served.snapshot, { fixType: 'review' });
      expect(plan.changes.filter((c) => c.sobject === 'PermissionSetAssignment').length).toBeGreaterThanOrEqual(USERS);
      const calls = served.emulator.stats.apiCalls;
      const outcome = await applyFixes(served.connection(), plan, {
        snapshot: served.snapshot,
        journalDir: await tempDir(),
        orgId: served.orgId,
      });
      const used = served.emulator.stats.apiCalls - calls;
      console.info(
        `${_label}: ${plan.changes.length} changes, ${outcome.apiCalls.writes} write calls, ${outcome.apiCalls.reads} read calls (emulator counted ${used})`,
      );
      expect(outcome.status).toBe('applied');
      expect(used).toBe(outcome.apiCalls.writes + outcome.apiCalls.reads);
      expect(outcome.apiCalls.writes).toBeLessThanOrEqual(15);
      expect(outcome.apiCalls.reads).toBeLessThanOrEqual(6);
      const fresh = await reaudit(served);
      for (const id of [
        'access/balance-object',
        'access/balance-fields',
        'access/balance-tab',
        'access/task-type-field',
        'connected-app/users-authorized',
      ]) {
        expect([id, statusOf(fresh.result, id)]).toEqual([id, 'pass']);
      }
      const back = await rollbackJournal(served.connection(), outcome.journalPath!, { orgId: served.orgId });
      console.info(`${_label}: rollback ${back.apiCalls.writes} write calls, ${back.apiCalls.reads} read calls`);
      expect(back.status).toBe('rolled-back');
      expect(back.apiCalls.writes).toBeLessThanOrEqual(15);
      expect(openFingerprints((await reaudit(served)).result)).toEqual(openFingerprints(served.result));
    },
    120_000,
  );
});
