import { createHash } from 'node:crypto';
import type { ResourceRef } from '../rules/types.js';

/** `Type/Id`, or `Type/Name` for resources without an Id (settings, missing components). */
export const resourceKey = (r: ResourceRef): string => `${r.type}/${r.id ?? r.name}`;

/** sha256(ruleId|orgId|resourceKey) as hex: the same org, rule and resource give the same value every run. */
export function fingerprint(ruleId: string, orgId: string, key: string): string {
  return createHash('sha256').update(`${ruleId}|${orgId}|${key}`).digest('hex');
}
