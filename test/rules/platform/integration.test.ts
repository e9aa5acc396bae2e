import rule from '../../../src/rules/platform/integration.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import {
  externalClientApp,
  FLOW_ID,
  FLOW_PS,
  INTEGRATION_USER,
  INTEGRATION_USERNAME,
  platformGeneration,
} from '../../harness/generations.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, modify, patchRow, withRecords, withTooling } from '../../harness/snapshots.js';

const platform = () => platformGeneration(clean());
const configured = { platformIntegrationUser: INTEGRATION_USERNAME };

const withoutFlowAccess = () =>
  withRecords(platform(), { PermissionSetAssignment: (rows) => rows.filter((a) => a.PermissionSetId !== FLOW_PS) });

ruleTester(rule, {
  valid: [
    {
      name: 'connected-app generation: not applicable, saying why',
      status: 'not-applicable',
      reason: "Integration generation: connected app (the org has the connected app 'JustOn Platform')",
    },
    {
      name: 'External Client App generation: not applicable',
      snapshot: externalClientApp(clean()),
      status: 'not-applicable',
      reason: 'moved to an External Client App',
    },
    { name: 'package absent', snapshot: packageAbsent(platform()), status: 'not-applicable' },
    {
      name: 'admins hold Flow Access and the integration user is ready',
      snapshot: platform(),
      settings: configured,
      reason: 'Integration generation: platform integration user',
      evidence: 3,
    },
    {
      name: 'the flow found by its API name, configured',
      snapshot: withTooling(platform(), { FlowDefinition: patchRow(FLOW_ID, { MasterLabel: 'Globale Konfiguration' }) }),
      options: { flow: 'Global_Configuration' },
      settings: configured,
    },
    {
      name: 'Flow Access through the administrator profile itself',
      snapshot: modify(platform(), (s) => {
        s.records.SetupEntityAccess = s.records.SetupEntityAccess.map((r) =>
          r.ParentId === FLOW_PS ? { ...r, ParentId: ids.adminPs } : r,
        );
      }),
      settings: configured,
    },
    {
      name: 'flows unreadable',
      snapshot: unreadable(platform(), 'tooling.FlowDefinition'),
      status: 'inconclusive',
    },
    {
      name: 'External Client Apps unreadable without a connected app: the generation is unknown',
      snapshot: unreadable(platform(), 'records.ExternalClientApplication'),
      status: 'inconclusive',
      reason: 'records.ExternalClientApplication could not be read',
    },
    {
      name: "API Enabled unknown for the integration user's permission sets",
      snapshot: withRecords(platform(), {
        PermissionSet: (rows) => rows.map((ps) => (ps.Id === ids.standardPs ? { ...ps, PermissionsApiEnabled: undefined } : ps)),
      }),
      settings: configured,
      status: 'inconclusive',
      reason: 'is API Enabled could not be read',
    },
  ],
  invalid: [
    {
      name: 'no integration user in the config: a manual step once admins can open Global Configuration',
      snapshot: platform(),
      status: 'manual',
      findings: [{ messageId: 'userNotConfigured', fix: { kind: 'manual' } }],
    },
    {
      name: 'the Global Configuration flow is missing',
      snapshot: withTooling(platform(), { FlowDefinition: [] }),
      settings: configured,
      findings: [{ messageId: 'flowMissing', resourceType: 'FlowDefinition', resourceName: 'ONB2.Global Configuration' }],
    },
    {
      name: 'no active administrator holds Flow Access',
      snapshot: withoutFlowAccess(),
      settings: configured,
      findings: [
        {
          messageId: 'noAdminFlowAccess',
          resourceId: FLOW_ID,
          message:
            "No active user with the profile 'System Administrator' holds Flow Access to ONB2.Global Configuration, so no administrator can open Global Configuration to choose the platform integration user.",
        },
      ],
    },
    {
      name: 'the administrator holding Flow Access is inactive',
      snapshot: withRecords(platform(), { User: patchRow(ids.ada, { IsActive: false }) }),
      settings: configured,
      findings: [{ messageId: 'noAdminFlowAccess' }],
    },
    {
      name: 'the named integration user is inactive or unknown',
      snapshot: platform(),
      settings: { platformIntegrationUser: 'nobody@acme-billing.example' },
      findings: [{ messageId: 'userMissing', resourceType: 'User', resourceName: 'nobody@acme-billing.example' }],
    },
    {
      name: 'the integration user is not API Enabled, unlicensed and holds no JustOn permission set',
      snapshot: withRecords(platform(), {
        PermissionSet: patchRow(ids.standardPs, { PermissionsApiEnabled: false }),
        UserPackageLicense: (rows) => rows.filter((l) => l.UserId !== INTEGRATION_USER),
        PermissionSetAssignment: (rows) =>
          rows.filter((a) => !(a.AssigneeId === INTEGRATION_USER && a.PermissionSetId === ids.readWritePs)),
      }),
      settings: configured,
      findings: [
        { messageId: 'userNotApiEnabled', resourceId: INTEGRATION_USER },
        { messageId: 'userNotLicensed', message: `The platform integration user '${INTEGRATION_USERNAME}' holds no ONB2 licence.` },
        { messageId: 'userWithoutPermissionSet' },
      ],
    },
  ],
});
