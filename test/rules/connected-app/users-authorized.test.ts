import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/connected-app/users-authorized.js';
import {
  activate,
  balanceViaGroup,
  balanceViaProfile,
  GROUP_ID,
  packageAbsent,
  unreadable,
  withoutBalancePs,
} from '../../harness/fixtures.js';
import { ECA_ID, externalClientApp } from '../../harness/generations.js';
import { ruleTester, runCase } from '../../harness/rule-tester.js';
import { clean, ids, withRecords } from '../../harness/snapshots.js';

ruleTester(rule, {
  valid: [
    { name: 'clean sample (Olga is inactive and ignored)', evidence: 3 },
    { name: 'authorized through the profile own permission set', snapshot: balanceViaProfile(clean()) },
    { name: 'authorized through a permission set group aggregate', snapshot: balanceViaGroup(clean()) },
    {
      name: 'an excluded user is not checked',
      snapshot: activate(clean(), ids.olga),
      settings: { userSelection: { exclude: ['old.user@acme-billing.example'] } },
    },
    { name: 'no connected app', snapshot: withRecords(clean(), { ConnectedApplication: [] }), status: 'not-applicable' },
    { name: 'authorized on JustOn Platform as an External Client App', snapshot: externalClientApp(clean()), evidence: 3 },
    { name: 'package absent', snapshot: packageAbsent(clean()), status: 'not-applicable' },
    { name: 'licences unreadable', snapshot: unreadable(clean(), 'records.UserPackageLicense'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'a user without access to the External Client App',
      snapshot: withoutBalancePs(externalClientApp(clean()), ids.anna),
      findings: [
        {
          messageId: 'notAuthorized',
          resourceId: ids.anna,
          message: /cannot use External Client App 'JustOn Platform'/,
          fix: { kind: 'setup-entity-access', entityType: 'ExternalClientApplication', entityId: ECA_ID, userId: ids.anna },
        },
      ],
    },
    {
      name: 'a user with no authorized profile or permission set',
      snapshot: withoutBalancePs(clean(), ids.anna),
      findings: [
        {
          messageId: 'notAuthorized',
          resourceId: ids.anna,
          message: /User 'anna.billing@acme-billing.example' cannot use connected app 'JustOn Platform'.*Platform not available/,
          fix: { kind: 'setup-entity-access', entityId: ids.app, userId: ids.anna, permissionSetId: null },
        },
      ],
    },
    {
      name: 'a reactivated user',
      snapshot: activate(clean(), ids.olga),
      findings: [{ resourceId: ids.olga }],
    },
    {
      name: 'a user selected by profile only',
      snapshot: withRecords(clean(), {
        User: (rows) => [
          ...rows,
          {
            Id: '0055g0000000009AAA',
            Username: 'clerk@acme-billing.example',
            Name: 'Clara Clerk',
            IsActive: true,
            ProfileId: ids.standardProfile,
            UserType: 'Standard',
          },
        ],
        PermissionSetAssignment: (rows) => [
          ...rows,
          {
            Id: '0Pa5g0000000199AAA',
            AssigneeId: '0055g0000000009AAA',
            PermissionSetId: ids.standardPs,
            PermissionSetGroupId: null,
            ExpirationDate: null,
          },
        ],
      }),
      settings: { userSelection: { profiles: ['Standard User'] } },
      findings: [{ resourceName: 'clerk@acme-billing.example' }],
    },
  ],
});

// A custom permission set group that bundles an ONB2 permission set makes its members JustOn users
// when the collector provides PermissionSetGroupComponent (optional data).

describe('connected-app/users-authorized with PermissionSetGroupComponent', () => {
  const newcomer = (withComponents: boolean) =>
    withRecords(balanceViaGroup(clean()), {
      User: (rows) => [
        ...rows,
        {
          Id: '0055g0000000008AAA',
          Username: 'nina.new@acme-billing.example',
          Name: 'Nina New',
          IsActive: true,
          ProfileId: ids.standardProfile,
          UserType: 'Standard',
        },
      ],
      PermissionSetAssignment: (rows) => [
        ...rows,
        {
          Id: '0Pa5g0000000198AAA',
          AssigneeId: '0055g0000000008AAA',
          PermissionSetId: '0PS5g0000000030AAA',
          PermissionSetGroupId: GROUP_ID,
          ExpirationDate: null,
        },
      ],
      ...(withComponents
        ? { PermissionSetGroupComponent: [{ Id: '0PH5g0000000001AAA', PermissionSetGroupId: GROUP_ID, PermissionSetId: ids.readWritePs }] }
        : {}),
    });
  it('counts group members as JustOn users through the group components', () => {
    const with_ = runCase(rule, { name: 'with', snapshot: newcomer(true) });
    const without = runCase(rule, { name: 'without', snapshot: newcomer(false) });
    expect(with_.outcome.evidence?.map((e) => e.resource.name)).toContain('nina.new@acme-billing.example');
    expect(without.outcome.evidence?.map((e) => e.resource.name)).not.toContain('nina.new@acme-billing.example');
  });
});
