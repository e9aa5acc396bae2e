import type { Outcome } from '../outcome.js';
import { remainingPercent, type Assessment, type Gap, type Preflight } from './assess.js';
import { GRANT_LABELS, type Grant } from './user-permissions.js';

interface Permission {
  name: Grant;
  label: string;
}

/** `doctor --format json` (doctor.schema.json). Never a token: the org is named by Id, name and instance URL. */
export interface DoctorJson {
  format: 'juston-audit.doctor/v1';
  org: { id: string | null; name: string | null; instanceUrl: string };
  apiUsage: { used: number; max: number; remaining: number; remainingPercent: number | null } | null;
  permissions: { held: Permission[]; missing: Permission[]; unknown: Permission[] } | null;
  blind: Gap[];
  unfixable: Gap[];
  problems: string[];
  outcome: Outcome;
}

/** ok when the audit could read everything; incomplete when it would be partly blind or the permissions could not be read. */
export const doctorOutcome = (preflight: Preflight, assessment: Assessment): Outcome =>
  preflight.permissions && assessment.blind.length === 0 ? 'ok' : 'incomplete';

export function doctorJson(instanceUrl: string, preflight: Preflight, assessment: Assessment): DoctorJson {
  const { budget, permissions } = preflight;
  const grants = (held: boolean | undefined) =>
    (Object.keys(GRANT_LABELS) as Grant[])
      .filter((grant) => permissions?.[grant] === held)
      .map((grant) => ({ name: grant, label: GRANT_LABELS[grant] }));
  const percent = remainingPercent(budget);
  return {
    format: 'juston-audit.doctor/v1',
    org: { id: preflight.organization?.id ?? null, name: preflight.organization?.name ?? null, instanceUrl },
    apiUsage: budget && { ...budget, remainingPercent: percent === null ? null : Math.round(percent * 10) / 10 },
    permissions: permissions && { held: grants(true), missing: grants(false), unknown: grants(undefined) },
    blind: assessment.blind,
    unfixable: assessment.unfixable,
    problems: preflight.problems,
    outcome: doctorOutcome(preflight, assessment),
  };
}
