import type { Evidence, FindingDraft, RuleOutcome } from './types.js';

/** Small constructors so every rule states its status explicitly. */
export const pass = <M extends string>(reason?: string, evidence?: Evidence[]): RuleOutcome<M> => ({
  status: 'pass',
  ...(reason ? { reason } : {}),
  findings: [],
  ...(evidence?.length ? { evidence } : {}),
});

export const fail = <M extends string>(findings: FindingDraft<M>[], reason?: string): RuleOutcome<M> => ({
  status: 'fail',
  ...(reason ? { reason } : {}),
  findings,
});

export const manual = <M extends string>(reason: string, findings: FindingDraft<M>[] = []): RuleOutcome<M> => ({
  status: 'manual',
  reason,
  findings,
});

export const notApplicable = <M extends string>(reason: string): RuleOutcome<M> => ({
  status: 'not-applicable',
  reason,
  findings: [],
});

export const inconclusive = <M extends string>(reason: string): RuleOutcome<M> => ({
  status: 'inconclusive',
  reason,
  findings: [],
});

/** Fail when there are findings, else pass with the given reason and evidence. */
export function fromFindings<M extends string>(findings: FindingDraft<M>[], passReason: string, evidence?: Evidence[]): RuleOutcome<M> {
  return findings.length > 0 ? { ...fail(findings), ...(evidence?.length ? { evidence } : {}) } : pass(passReason, evidence);
}
