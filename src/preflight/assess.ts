import { FIX_REQUIREMENTS, READ_REQUIREMENTS, type PermissionNeed, type Requirement } from './requirements.js';
import { USER_PERMISSIONS, type UserPermission } from './user-permissions.js';

export interface ApiBudget {
  max: number;
  remaining: number;
}

export interface Preflight {
  /** The running user's permissions; null when they could not be read. */
  permissions: Partial<Record<UserPermission, boolean>> | null;
  budget: ApiBudget | null;
  /** Why a part could not be read. */
  problems: string[];
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

function missingFor(need: PermissionNeed, held: Partial<Record<UserPermission, boolean>>): UserPermission[] | null {
  const gaps = need.map((alternative) => alternative.filter((permission) => held[permission] !== true));
  return gaps.some((gap) => gap.length === 0) ? null : gaps.reduce((a, b) => (b.length < a.length ? b : a));
}

function gaps(requirements: Requirement[], held: Partial<Record<UserPermission, boolean>>): Gap[] {
  return requirements.flatMap((requirement) => {
    const missing = missingFor(requirement.needs, held);
    return missing ? [{ what: requirement.what, rules: requirement.rules, missing: missing.map((p) => USER_PERMISSIONS[p]) }] : [];
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
