import type { Snapshot } from '@juston-audit/org-snapshot';
import type { StrictOrg } from '@juston-audit/salesforce-emulator';
import { collect } from '../../src/collect/collect.js';
import { evaluate } from '../../src/engine/index.js';
import { cleanUpAfterTest } from '../harness/cleanup.js';
import { serveOrg } from '../harness/emulated-org.js';

/** Collects `org` over HTTP from an emulator playing a stricter org (or a permissive one) and evaluates every rule. */
export async function auditStrictOrg(org: Snapshot, strict?: StrictOrg) {
  const served = await serveOrg(org, { strict });
  cleanUpAfterTest(() => served.emulator.close());
  const { snapshot, stats } = await collect(served.client());
  const statuses = Object.fromEntries(evaluate(snapshot).results.map((result) => [result.ruleId, result.status]));
  return { snapshot, stats, statuses };
}
