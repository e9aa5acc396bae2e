import rule from '../../../src/rules/connected-app/profiles-authorized.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ECA_ID, externalClientApp } from '../../harness/generations.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, dropRows, ids, patchRow, withRecords } from '../../harness/snapshots.js';

const adminNotAuthorized = withRecords(clean(), { SetupEntityAccess: dropRows((r) => r.ParentId === ids.adminPs) });
const german = withRecords(clean(), { Profile: patchRow(ids.adminProfile, { Name: 'Systemadministrator' }) });

ruleTester(rule, {
  valid: [
    { name: 'clean sample', reason: 'Authorized: System Administrator' },
    { name: 'a translated admin profile is found through Modify All Data', snapshot: german },
    { name: 'a configured permission set that is authorized', options: { permissionSets: ['JustOn_Balance_Access'] } },
    { name: 'no connected app', snapshot: withRecords(clean(), { ConnectedApplication: [] }), status: 'not-applicable' },
    { name: 'JustOn Platform as an External Client App', snapshot: externalClientApp(clean()), reason: 'External Client App' },
    { name: 'package absent', snapshot: packageAbsent(adminNotAuthorized), status: 'not-applicable' },
    {
      name: 'SetupEntityAccess unreadable',
      snapshot: unreadable(clean(), 'records.SetupEntityAccess', 'INSUFFICIENT_ACCESS: View Setup and Configuration required'),
      status: 'inconclusive',
      reason: 'View Setup and Configuration',
    },
  ],
  invalid: [
    {
      name: 'System Administrator is not authorized',
      snapshot: adminNotAuthorized,
      findings: [
        {
          messageId: 'profileNotAuthorized',
          resourceType: 'Profile',
          resourceId: ids.adminProfile,
          resourceName: 'System Administrator',
          message: "Profile 'System Administrator' is not authorized on connected app 'JustOn Platform'.",
          fix: {
            kind: 'setup-entity-access',
            entityType: 'ConnectedApplication',
            entityId: ids.app,
            permissionSetId: ids.adminPs,
            permissionSetIsManaged: false,
            profileId: ids.adminProfile,
          },
        },
      ],
    },
    {
      name: 'a configured profile is not authorized, another does not exist',
      options: { profiles: ['Standard User', 'Billing Clerk'] },
      findings: [
        { messageId: 'profileNotAuthorized', resourceId: ids.standardProfile, fix: { permissionSetId: ids.standardPs } },
        {
          messageId: 'notFound',
          resourceType: 'Profile',
          resourceName: 'Billing Clerk',
          message: "The profile 'Billing Clerk' that must be authorized on 'JustOn Platform' does not exist.",
        },
      ],
    },
    {
      name: 'a configured managed permission set is not authorized (the planner must not write to it)',
      options: { permissionSets: ['JustOn_Read_Write'] },
      findings: [
        {
          messageId: 'permissionSetNotAuthorized',
          resourceType: 'PermissionSet',
          resourceId: ids.readWritePs,
          fix: { permissionSetIsManaged: true },
        },
      ],
    },
    {
      name: 'System Administrator is not authorized on the External Client App',
      snapshot: withRecords(externalClientApp(clean()), { SetupEntityAccess: dropRows((r) => r.ParentId === ids.adminPs) }),
      findings: [
        {
          messageId: 'profileNotAuthorized',
          message: "Profile 'System Administrator' is not authorized on External Client App 'JustOn Platform'.",
          fix: { kind: 'setup-entity-access', entityType: 'ExternalClientApplication', entityId: ECA_ID, permissionSetId: ids.adminPs },
        },
      ],
    },
  ],
});
