import type { AnyRule, FindingDraft, Severity } from '../rules/types.js';
import { fingerprint, resourceKey } from './fingerprint.js';
import { interpolate } from './messages.js';
import { milder } from './severity.js';
import type { Finding } from './types.js';

/** Drafts → findings: message from the template, severity capped by the rule's, a stable fingerprint. */
export function toFindings(rule: AnyRule, severity: Severity, drafts: FindingDraft[], orgId: string): Finding[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const base = resourceKey(d.resource);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    // Two findings of one rule on one resource still get distinct fingerprints.
    const key = n === 1 ? base : `${base}#${n}`;
    const capped = d.severity ? milder(d.severity, severity) : severity;
    const template = rule.meta.messages[d.messageId];
    return {
      ruleId: rule.meta.id,
      messageId: d.messageId,
      message: interpolate(template, d.data),
      severity: capped,
      resource: { ...d.resource, key },
      fingerprint: fingerprint(rule.meta.id, orgId, key),
      ...(d.data ? { data: d.data } : {}),
      ...(d.fix ? { fix: d.fix } : {}),
      suppressed: false,
    };
  });
}
