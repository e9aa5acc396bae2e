import type { DegradedRead } from '@juston-audit/org-snapshot';
import type { Evidence, Fixable, ResourceRef, Severity, Status } from '../rules/types.js';
import type { FixData } from '../rules/fix-data.js';
import type { PackageState } from '../rules/shared/package.js';

export type { Severity, Status };

export interface Finding {
  ruleId: string;
  messageId: string;
  /** The interpolated message, naming the resource. */
  message: string;
  /** The rule's configured severity, lowered where the rule marked the finding less severe. */
  severity: Severity;
  resource: ResourceRef & { key: string };
  /** sha256(ruleId|orgId|resourceKey), hex; stable across runs. */
  fingerprint: string;
  data?: Record<string, string | number>;
  fix?: FixData;
  suppressed: boolean;
  /** The matching suppression, also when it has expired (then `suppressed` is false). */
  suppression?: { reason: string; expires?: string; expired: boolean };
}

export interface RuleResult {
  ruleId: string;
  title: string;
  category: string;
  /** Configured severity (default or config override). */
  severity: Severity;
  status: Status;
  reason?: string;
  findings: Finding[];
  /** Resources that passed and the grant that makes them pass. */
  evidence?: Evidence[];
  fixable: Fixable;
  /** When the rule threw: the error message. */
  error?: string;
  /** For `fail`: the highest severity among unsuppressed findings; null when all are suppressed or the rule did not fail. */
  failingSeverity: Severity | null;
}

export interface SuppressionState {
  index: number;
  rule: string;
  resource?: string;
  reason: string;
  expires?: string;
  state: 'active' | 'expired' | 'unused';
  matched: number;
}

export interface Summary {
  rules: number;
  counts: Record<Status, number>;
  findings: number;
  suppressedFindings: number;
  /** Failing rules by failingSeverity (rules whose findings are all suppressed do not count). */
  failing: Record<Severity, number>;
  /** 0–100, see summary.ts. */
  score: number;
}

/** For an org without the package: whether the preparation steps pass. */
export interface Readiness {
  ready: boolean;
  /** The preparation steps evaluated, in report order. */
  steps: string[];
  /** The steps that still fail (or could not be decided), in report order. */
  failing: Array<{ ruleId: string; title: string; status: Status; reason?: string }>;
}

export interface AuditResult {
  orgId: string;
  orgName: string | null;
  capturedAt: string;
  evaluatedAt: string;
  package: PackageState;
  /** "Ready to install JustOn": present only when the package is not installed. */
  readiness?: Readiness;
  results: RuleResult[];
  summary: Summary;
  /** Rules turned off in the config (not evaluated). */
  rulesOff: string[];
  suppressions: SuppressionState[];
  /** Reads the org refused as written and the collector retried in a simpler form (absent when none). */
  degradedReads?: DegradedRead[];
}
