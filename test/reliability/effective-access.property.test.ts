import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import {
  fieldAccess,
  objectAccess,
  OBJECT_PERMISSIONS,
  setupEntityGrants,
  tabAccess,
  userGrants,
} from '../../src/rules/shared/effective-access.js';
import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import { clean, ids, misconfigured } from '../harness/snapshots.js';

const BALANCE = 'ONB2__Balance__c';
const ACCESS_RULES = [
  'access/balance-object',
  'access/balance-fields',
  'access/balance-tab',
  'access/task-type-field',
  'connected-app/users-authorized',
];
const GRANT_LISTS = [
  'ObjectPermissions',
  'FieldPermissions',
  'PermissionSetTabSetting',
  'SetupEntityAccess',
  'PermissionSetAssignment',
] as const;
const OBJECT_FLAGS = OBJECT_PERMISSIONS.map((p) => `Permissions${p}`);

type Grant =
  | { kind: 'flag'; list: 'ObjectPermissions' | 'FieldPermissions'; row: number; flag: number }
  | { kind: 'object'; ps: number; sobject: string; flags: boolean[] }
  | { kind: 'field'; ps: number; field: number; read: boolean; edit: boolean }
  | { kind: 'tab'; ps: number }
  | { kind: 'app'; ps: number }
  | { kind: 'assign'; ps: number; user: number };

const grantArb: fc.Arbitrary<Grant> = fc.oneof(
  fc.record({
    kind: fc.constant('flag' as const),
    list: fc.constantFrom('ObjectPermissions' as const, 'FieldPermissions' as const),
    row: fc.nat(),
    flag: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('object' as const),
    ps: fc.nat(),
    sobject: fc.constantFrom(BALANCE, 'Task'),
    flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('field' as const), ps: fc.nat(), field: fc.nat(), read: fc.boolean(), edit: fc.boolean() }),
  fc.record({ kind: fc.constant('tab' as const), ps: fc.nat() }),
  fc.record({ kind: fc.constant('app' as const), ps: fc.nat() }),
  fc.record({ kind: fc.constant('assign' as const), ps: fc.nat(), user: fc.nat() }),
);

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
let seq = 0;
const newId = (prefix: string) => `${prefix}9${String(++seq).padStart(11, '0')}AAA`;

/**
 * Adds one grant. Assignments add only permission sets outside the namespace (not owned by a profile),
 * so who counts as a JustOn user stays the same: the access rules then judge the same users.
 */
function addGrant(s: Snapshot, g: Grant, fields: string[]): void {
  const sets = s.records.PermissionSet;
  const ps = pick(sets, 'ps' in g ? g.ps : 0)!.Id!;
  const add = (list: string, row: SObjectRecord) => (s.records[list] = [...(s.records[list] ?? []), row]);
  switch (g.kind) {
    case 'flag': {
      const row = pick(s.records[g.list] ?? [], g.row);
      const flags = g.list === 'ObjectPermissions' ? OBJECT_FLAGS : ['PermissionsRead', 'PermissionsEdit'];
      if (row) row[pick(flags, g.flag)!] = true;
      return;
    }
    case 'object':
      add('ObjectPermissions', {
        Id: newId('110'),
        ParentId: ps,
        SobjectType: g.sobject,
        ...Object.fromEntries(OBJECT_FLAGS.map((f, i) => [f, g.flags[i]])),
      });
      return;
    case 'field': {
      const field = pick(fields, g.field)!;
      add('FieldPermissions', {
        Id: newId('01k'),
        ParentId: ps,
        SobjectType: field.split('.')[0],
        Field: field,
        PermissionsRead: g.read || g.edit,
        PermissionsEdit: g.edit,
      });
      return;
    }
    case 'tab':
      add('PermissionSetTabSetting', { Id: newId('0Ps'), ParentId: ps, Name: BALANCE, Visibility: 'DefaultOn' });
      return;
    case 'app':
      add('SetupEntityAccess', { Id: newId('0J0'), ParentId: ps, SetupEntityId: ids.app, SetupEntityType: 'ConnectedApplication' });
      return;
    case 'assign': {
      const plain = sets.filter((p) => p.IsOwnedByProfile !== true && p.NamespacePrefix == null && p.Type !== 'Group');
      const user = pick(s.records.User, g.user)!;
      const set = pick(plain, g.ps);
      if (set)
        add('PermissionSetAssignment', {
          Id: newId('0Pa'),
          AssigneeId: user.Id,
          PermissionSetId: set.Id,
          PermissionSetGroupId: null,
          ExpirationDate: null,
        });
    }
  }
}

/** A varied starting point: some grant rows removed (never users, sets or licences). */
const startArb = fc.record({ sample: fc.constantFrom('clean', 'misconfigured'), drop: fc.array(fc.nat(), { maxLength: 6 }) });
function start({ sample, drop }: { sample: string; drop: number[] }): Snapshot {
  const s = sample === 'clean' ? clean() : misconfigured();
  for (const n of drop) {
    const list = pick(GRANT_LISTS, n)!;
    const rows = s.records[list] ?? [];
    if (rows.length) rows.splice(Math.floor(n / GRANT_LISTS.length) % rows.length, 1);
  }
  return s;
}

/** Everything a user can do, as a set of strings. */
function accessOf(s: Snapshot, userId: string, fields: string[]): Set<string> {
  const now = new Date(s.capturedAt);
  const grants = userGrants(s, userId, now);
  const out = new Set<string>();
  for (const sobject of [BALANCE, 'Task']) {
    const access = objectAccess(s, grants, sobject);
    for (const p of OBJECT_PERMISSIONS) if (access[p].length) out.add(`${sobject}:${p}`);
  }
  for (const field of fields) {
    const { read, edit } = fieldAccess(s, grants, field);
    if (read.length) out.add(`${field}:read`);
    if (edit.length) out.add(`${field}:edit`);
  }
  if (tabAccess(s, grants, BALANCE).length) out.add('tab');
  if (setupEntityGrants(s, grants, ids.app).length) out.add('app');
  return out;
}

const fieldsOf = (s: Snapshot) => [...new Set((s.records.FieldPermissions ?? []).map((r) => String(r.Field)))].sort();
const failingKeys = (s: Snapshot, ruleId: string) => {
  const r = evaluate(s).results.find((x) => x.ruleId === ruleId)!;
  return { status: r.status, keys: new Set(r.status === 'fail' ? r.findings.map((f) => f.resource.key) : []) };
};

describe('effective access', () => {
  it('adding grants never removes access (effective-access functions)', () => {
    fc.assert(
      fc.property(startArb, fc.array(grantArb, { minLength: 1, maxLength: 5 }), (from, grants) => {
        const before = start(from);
        const fields = fieldsOf(before);
        const after = structuredClone(before);
        grants.forEach((g) => addGrant(after, g, fields));
        for (const user of before.records.User) {
          const had = accessOf(before, user.Id!, fields);
          const has = accessOf(after, user.Id!, fields);
          for (const a of had) expect(has.has(a), `${user.Username} lost ${a}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('adding grants never makes an access rule fail more: no new failing user, pass stays pass', () => {
    fc.assert(
      fc.property(startArb, fc.array(grantArb, { minLength: 1, maxLength: 5 }), (from, grants) => {
        const before = start(from);
        const after = structuredClone(before);
        grants.forEach((g) => addGrant(after, g, fieldsOf(before)));
        for (const ruleId of ACCESS_RULES) {
          const was = failingKeys(before, ruleId);
          const now = failingKeys(after, ruleId);
          if (was.status === 'pass') expect(now.status, ruleId).toBe('pass');
          for (const key of now.keys) expect(was.keys.has(key), `${ruleId}: new failure for ${key}`).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a JustOn user with no grants at all never passes any access rule', () => {
    fc.assert(
      fc.property(startArb, fc.array(grantArb, { maxLength: 4 }), (from, grants) => {
        const s = start(from);
        grants.forEach((g) => addGrant(s, g, fieldsOf(s)));
        const bare = {
          Id: '0059X0000000099AAA',
          Username: 'bare@fuzz.example',
          Name: 'Bare User',
          IsActive: true,
          ProfileId: ids.standardProfile,
          UserType: 'Standard',
        };
        s.records.User.push(bare);
        const licence = s.records.PackageLicense.find((l) => l.NamespacePrefix === 'ONB2')!;
        s.records.UserPackageLicense.push({ Id: '0519X0000000099AAA', UserId: bare.Id, PackageLicenseId: licence.Id });
        expect(userGrants(s, bare.Id, new Date(s.capturedAt))).toEqual([]);
        expect(accessOf(s, bare.Id, fieldsOf(s)).size).toBe(0);
        for (const r of evaluate(s).results.filter((x) => ACCESS_RULES.includes(x.ruleId))) {
          expect(r.status, r.ruleId).not.toBe('pass');
          if (r.status === 'fail')
            expect(
              r.findings.some((f) => f.resource.id === bare.Id),
              r.ruleId,
            ).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
