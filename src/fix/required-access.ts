import type { Finding } from '../engine/types.js';
import type { FixData, ObjectPermission } from '../rules/fix-data.js';
import { idKey } from '../org/index.js';

type UserAccess = Extract<FixData, { kind: 'user-access' }>;
type EntityAccess = Extract<FixData, { kind: 'setup-entity-access' }>;

interface Needed {
  findings: Finding[];
}

/** The union of what the users' findings say they lack, each item with the findings that need it. */
export interface RequiredAccess {
  objects: Map<string, Needed & { sobject: string; perms: Set<ObjectPermission> }>;
  fields: Map<string, Needed & { field: string; edit: boolean }>;
  tabs: Map<string, Needed & { tab: string }>;
  entities: Map<string, Needed & { id: string; type: string }>;
  users: Map<string, Needed & { userId: string; username: string }>;
}

function entry<V extends Needed>(map: Map<string, V>, key: string, make: () => V, finding: Finding): V {
  let v = map.get(key);
  if (!v) map.set(key, (v = make()));
  if (!v.findings.includes(finding)) v.findings.push(finding);
  return v;
}

export function requiredAccess(items: Array<{ finding: Finding; fix: UserAccess | EntityAccess }>): RequiredAccess {
  const need: RequiredAccess = { objects: new Map(), fields: new Map(), tabs: new Map(), entities: new Map(), users: new Map() };
  for (const { finding, fix } of items) {
    const userId = fix.kind === 'user-access' ? fix.userId : fix.userId!;
    entry(need.users, userId, () => ({ userId, username: finding.resource.name, findings: [] }), finding);
    if (fix.kind === 'setup-entity-access') {
      entry(need.entities, idKey(fix.entityId), () => ({ id: fix.entityId, type: fix.entityType, findings: [] }), finding);
      continue;
    }
    for (const o of fix.objects) {
      const v = entry(
        need.objects,
        o.sobject.toLowerCase(),
        () => ({ sobject: o.sobject, perms: new Set<ObjectPermission>(), findings: [] }),
        finding,
      );
      o.missing.forEach((p) => v.perms.add(p));
    }
    for (const g of fix.fields) {
      const v = entry(need.fields, g.field.toLowerCase(), () => ({ field: g.field, edit: false, findings: [] }), finding);
      v.edit ||= g.edit;
    }
    for (const t of fix.tabs) entry(need.tabs, t.tab.toLowerCase(), () => ({ tab: t.tab, findings: [] }), finding);
    for (const e of fix.setupEntities) entry(need.entities, idKey(e.id), () => ({ id: e.id, type: e.type, findings: [] }), finding);
  }
  return need;
}
