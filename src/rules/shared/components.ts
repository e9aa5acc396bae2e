import type { Snapshot } from '@juston-audit/org-snapshot';
import type { ObjectPermission } from '../fix-data.js';
import type { RuleContext } from '../types.js';
import { records } from './sobjects.js';

/** Project-specific components JustOn users need (options of access/required-components). */
export interface RequiredComponents {
  objects: Array<{ name: string; permissions: ObjectPermission[] }>;
  fields: Array<{ name: string; edit: boolean }>;
  apexClasses: string[];
  visualforcePages: string[];
  tabs: string[];
}

export const isEmpty = (c: RequiredComponents): boolean =>
  c.objects.length + c.fields.length + c.apexClasses.length + c.visualforcePages.length + c.tabs.length === 0;

/** Requires exactly the data the configured components need. */
export function requireComponentData(c: RequiredComponents, context: RuleContext): void {
  if (c.objects.length) context.require('records.ObjectPermissions');
  if (c.fields.length) context.require('records.FieldPermissions');
  if (c.apexClasses.length) context.require('records.ApexClass', 'records.SetupEntityAccess');
  if (c.visualforcePages.length) context.require('records.ApexPage', 'records.SetupEntityAccess');
  if (c.tabs.length) context.require('records.PermissionSetTabSetting');
  for (const o of new Set([...c.objects.map((x) => x.name), ...c.fields.map((f) => f.name.split('.')[0])])) {
    context.require(`describe.${o}`);
  }
}

/** `NS__Name` or `Name` for a namespaced Apex class / page row. */
const fullName = (r: { Name: string; NamespacePrefix: string | null }) => (r.NamespacePrefix ? `${r.NamespacePrefix}__${r.Name}` : r.Name);

export function findApex(snapshot: Snapshot, kind: 'ApexClass' | 'ApexPage', name: string) {
  return records(snapshot, kind).find((r) => fullName(r) === name || (!r.NamespacePrefix && r.Name === name));
}

/** Configured components that do not exist in the org: [type, name]. Tabs cannot be checked. */
export function missingComponents(snapshot: Snapshot, c: RequiredComponents): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const o of c.objects) if (!snapshot.describe[o.name]) out.push(['CustomObject', o.name]);
  for (const f of c.fields) {
    const [obj, field] = f.name.split('.');
    if (!snapshot.describe[obj]?.fields.some((d) => d.name === field)) out.push(['CustomField', f.name]);
  }
  for (const n of c.apexClasses) if (!findApex(snapshot, 'ApexClass', n)) out.push(['ApexClass', n]);
  for (const n of c.visualforcePages) if (!findApex(snapshot, 'ApexPage', n)) out.push(['ApexPage', n]);
  return out;
}
