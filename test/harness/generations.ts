import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import { ids, modify, permissionSetRow } from './snapshots.js';

/**
 * Sample-org variants for the preparation steps and the integration generations: the clean org plus the one
 * difference each case is about.
 */

export const FLOW_ID = '3005g0000000001AAA';
export const FLOW_PS = '0PS5g0000000040AAA';
export const INTEGRATION_USER = '0055g0000000009AAA';
export const INTEGRATION_USERNAME = 'juston.integration@acme-billing.example';
export const ECA_ID = '0xI5g0000000001AAA';

const ONB2 = (row: SObjectRecord) => String(row.NamespacePrefix ?? '').toUpperCase() === 'ONB2';

/**
 * The clean org before JustOn is installed: no package, licence, ONB2 permission sets, remote sites, flows, Balance
 * object or JustOn Platform app; the Salesforce settings are as the clean org has them (every preparation step passes).
 */
export function beforeInstallation(base: Snapshot): Snapshot {
  return modify(base, (s) => {
    s.tooling.InstalledSubscriberPackage = [];
    s.tooling.SubscriberPackage = [];
    s.tooling.SubscriberPackageVersion = [];
    s.tooling.RemoteProxy = s.tooling.RemoteProxy.filter((r) => !ONB2(r));
    s.tooling.FlowDefinition = [];
    const onb2Sets = new Set(s.records.PermissionSet.filter(ONB2).map((ps) => ps.Id));
    s.records.PermissionSet = s.records.PermissionSet.filter((ps) => !onb2Sets.has(ps.Id));
    s.records.PermissionSetAssignment = s.records.PermissionSetAssignment.filter((a) => !onb2Sets.has(String(a.PermissionSetId)));
    s.records.PackageLicense = [];
    s.records.UserPackageLicense = [];
    s.records.ConnectedApplication = [];
    s.records.SetupEntityAccess = s.records.SetupEntityAccess.filter((r) => r.SetupEntityId !== ids.app);
    s.records.ObjectPermissions = s.records.ObjectPermissions.filter((r) => !String(r.SobjectType).startsWith('ONB2__'));
    s.records.FieldPermissions = s.records.FieldPermissions.filter((r) => !String(r.SobjectType).startsWith('ONB2__'));
    s.records.PermissionSetTabSetting = s.records.PermissionSetTabSetting.filter((r) => !String(r.Name).startsWith('ONB2__'));
    delete s.describe.ONB2__Balance__c;
  });
}

/** The org before installation with persistent browser caching on and Content Deliveries off: not ready. */
export function notReadyToInstall(base: Snapshot): Snapshot {
  return modify(beforeInstallation(base), (s) => {
    s.metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2 = true;
    s.metadata.ContentSettings.Content.enableContentDistribution = false;
  });
}

/**
 * The current guide's generation: no JustOn Platform app; the ONB2 Global Configuration flow, and a permission set
 * 'JustOn Global Configuration' with Flow Access to it, assigned to Ada (System Administrator); a platform
 * integration user, active, API Enabled through the Standard User profile, licensed and holding JustOn Read/Write.
 */
export function platformGeneration(base: Snapshot): Snapshot {
  return modify(base, (s) => {
    s.records.ConnectedApplication = [];
    s.records.SetupEntityAccess = s.records.SetupEntityAccess.filter((r) => r.SetupEntityId !== ids.app);
    s.tooling.FlowDefinition = [
      { Id: FLOW_ID, DeveloperName: 'Global_Configuration', MasterLabel: 'Global Configuration', NamespacePrefix: 'ONB2' },
    ];
    s.records.PermissionSet.push(permissionSetRow(FLOW_PS, 'JustOn_Global_Configuration', { PermissionsApiEnabled: false }));
    s.records.SetupEntityAccess.push({
      Id: '0J05g0000000900AAA',
      ParentId: FLOW_PS,
      SetupEntityId: FLOW_ID,
      SetupEntityType: 'FlowDefinition',
    });
    s.records.PermissionSetAssignment.push(
      { Id: '0Pa5g0000000900AAA', AssigneeId: ids.ada, PermissionSetId: FLOW_PS, PermissionSetGroupId: null, ExpirationDate: null },
      {
        Id: '0Pa5g0000000901AAA',
        AssigneeId: INTEGRATION_USER,
        PermissionSetId: ids.standardPs,
        PermissionSetGroupId: null,
        ExpirationDate: null,
      },
      {
        Id: '0Pa5g0000000902AAA',
        AssigneeId: INTEGRATION_USER,
        PermissionSetId: ids.readWritePs,
        PermissionSetGroupId: null,
        ExpirationDate: null,
      },
    );
    s.records.User.push({
      Id: INTEGRATION_USER,
      Username: INTEGRATION_USERNAME,
      Name: 'JustOn Integration',
      IsActive: true,
      ProfileId: ids.standardProfile,
      UserType: 'Standard',
    });
    s.records.UserPackageLicense.push({ Id: '0515g0000000900AAA', UserId: INTEGRATION_USER, PackageLicenseId: ids.licence });
  });
}

/** JustOn Platform moved to an External Client App: admin-approved, with the connected app's access rows. */
export function externalClientApp(base: Snapshot, policy = 'AdminApprovedPreAuthorized'): Snapshot {
  return modify(base, (s) => {
    s.records.ConnectedApplication = [];
    s.records.ExternalClientApplication = [
      { Id: ECA_ID, DeveloperName: 'JustOn_Platform', MasterLabel: 'JustOn Platform', NamespacePrefix: 'ONB2' },
    ];
    s.records.ExtlClntAppOauthPlcyCnfg = [
      { Id: '0xP5g0000000001AAA', ExternalClientApplicationId: ECA_ID, PermittedUsersPolicyType: policy },
    ];
    s.records.SetupEntityAccess = s.records.SetupEntityAccess.map((r) =>
      r.SetupEntityId === ids.app ? { ...r, SetupEntityId: ECA_ID, SetupEntityType: 'ExternalClientApplication' } : r,
    );
  });
}
