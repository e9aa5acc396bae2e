import { describe, expect, it } from 'vitest';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import { applyFixes, FixApplyError, planFixes } from '../../src/fix/index.js';
import { clean } from '../harness/snapshots.js';
import { auditedOrg, tempDir } from './helpers.js';

/** A fix of 1,200 users (at least two write requests) whose second and every later write fails, undo included. */
async function failWithoutUndo(rollbackCommand?: string): Promise<FixApplyError> {
  const org = await auditedOrg(generateOrg(clean(), { justOnUsers: 1200, usersLackingAccess: 1200 }));
  const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
  org.emulator.faults.add({ path: '/composite', writes: true, nth: 2, times: 1000, fault: { kind: 'http-error', status: 500 } });
  const options = { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId, rollbackCommand };
  const error = await applyFixes(org.connection(), plan, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FixApplyError);
  expect((error as FixApplyError).outcome).toMatchObject({ status: 'rolled-back', rollbackComplete: false });
  return error as FixApplyError;
}

describe('a failed fix whose undo did not complete', () => {
  it("names the caller's rollback command with the journal: juston-audit's by default, the sf plugin's when given", async () => {
    const standalone = await failWithoutUndo();
    expect(standalone.message).toContain(`run 'juston-audit rollback ${standalone.outcome.journalPath}'`);
    const plugin = await failWithoutUndo('sf juston rollback --target-org ada@acme.com');
    expect(plugin.message).toContain(`run 'sf juston rollback --target-org ada@acme.com ${plugin.outcome.journalPath}'`);
  });
});
