import { FIX_REQUIREMENTS, READ_REQUIREMENTS, type PermissionNeed, type Requirement } from './requirements.js';
import { GRANT_LABELS, type Grant } from './user-permissions.js';

export interface ApiBudget {
  used: number;
  max: number;
  remaining: number;
}

/** The org a preflight ran against, when it was asked to read it. */
export interface PreflightOrg {
  id: string;
  name: string;
}

export interface Preflight {
  /**
   * The running user's permissions and capabilities; null when none could be read. A grant the org did
   * not answer for is absent: unknown, never taken as missing.
   */
  permissions: Partial<Record<Grant, boolean>> | null;
  budget: ApiBudget | null;
  /** Why a part could not be read. */
  problems: string[];
  /** Only when asked for (doctor); null when it could not be read. */
  organization?: PreflightOrg | null;
}

export interface Gap {
  what: string;
  rules: string[];
  /** The permissions to add, as labels: the first alternative's missing ones. */
  missing: string[];
}

export interface Assessment {
  blind: Gap[];
  unfixable: Gap[];
}

/** The missing grants of the closest alternative; null when one is met or when unknowns could meet one. */
function missingFor(need: PermissionNeed, held: Partial<Record<Grant, boolean>>): Grant[] | null {
  const couldBeMet = need.some((alternative) => alternative.every((grant) => held[grant] !== false));
  if (couldBeMet) return null;
  const gaps = need.map((alternative) => alternative.filter((grant) => held[grant] !== true));
  return gaps.reduce((a, b) => (b.length < a.length ? b : a));
}

function gaps(requirements: Requirement[], held: Partial<Record<Grant, boolean>>): Gap[] {
  return requirements.flatMap((requirement) => {
    const missing = missingFor(requirement.needs, held);
    return missing ? [{ what: requirement.what, rules: requirement.rules, missing: missing.map((p) => GRANT_LABELS[p]) }] : [];
  });
}

/** Which rules will be inconclusive and which fixes cannot be applied, from the running user's permissions. */
export function assessPreflight(preflight: Preflight): Assessment {
  if (!preflight.permissions) return { blind: [], unfixable: [] };
  return { blind: gaps(READ_REQUIREMENTS, preflight.permissions), unfixable: gaps(FIX_REQUIREMENTS, preflight.permissions) };
}

/** The share of the daily API allowance still left, in percent; null when unknown. */
export function remainingPercent(budget: ApiBudget | null): number | null {
  return budget && budget.max > 0 ? (100 * budget.remaining) / budget.max : null;
}
