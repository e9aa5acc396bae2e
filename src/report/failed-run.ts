import type { AuditResult } from '../engine/types.js';
import type { AuditRun, OrgInfo } from './types.js';

/** An AuditRun for an org that could not be audited at all: no rule results, score 0, the error kept. */
export function failedRun(org: OrgInfo, error: string, tool: AuditRun['tool'], at: Date = new Date()): AuditRun {
  const result: AuditResult = {
    orgId: org.id,
    orgName: org.name,
    capturedAt: at.toISOString(),
    evaluatedAt: at.toISOString(),
    package: { state: 'unknown', reason: error },
    results: [],
    summary: {
      rules: 0,
      counts: { pass: 0, fail: 0, manual: 0, inconclusive: 0, 'not-applicable': 0 },
      findings: 0,
      suppressedFindings: 0,
      failing: { error: 0, warning: 0, note: 0 },
      score: 0,
    },
    rulesOff: [],
    suppressions: [],
  };
  return { result, rulesMeta: {}, org, tool, error };
}
