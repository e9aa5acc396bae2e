import type { SnapshotKey } from '@juston-audit/org-snapshot';
import { balanceObject, type CollectOptions } from './collect-options.js';
import { fieldNames, selectList } from '../snapshot/sobject-fields.js';
import { soqlLikePrefix, soqlList, soqlString } from '../org/index.js';
import { runningJustOnReads } from './plan-running-juston.js';

/**
 * What a read needs beyond API access (OBJ sforce_api_objects_setupentityaccess.htm, Summer '20 release
 * notes): permission rows, SetupEntityAccess and assignments need View Setup and Configuration (Summer '20,
 * API 49.0), so do Tooling reads; Metadata reads need Modify All Data or Modify Metadata. The preflight
 * names the permissions.
 */
export type ReadAccess = 'setup-data' | 'tooling' | 'metadata';

/**
 * One read the collector makes; `fills` names the snapshot data that is incomplete if it fails. The parent
 * permission sets read along with permission rows complete PermissionSet only for the rules needing those rows.
 */
export type PlannedRead = { id: string; fills: SnapshotKey[]; access?: ReadAccess } & (
  | { kind: 'query'; soql: string; dependsOn?: string }
  | { kind: 'describe'; sobject: string }
  | { kind: 'tooling-query'; soql: string }
  | { kind: 'metadata-read'; type: string; fullName: string }
);

/** Reads of the data API, which go into composite requests. */
export type DataRead = Extract<PlannedRead, { kind: 'query' | 'describe' }>;
export type ToolingRead = Extract<PlannedRead, { kind: 'tooling-query' }>;

export function isDataRead(read: PlannedRead): read is DataRead {
  return read.kind === 'query' || read.kind === 'describe';
}

/** Queries count against Salesforce's limit of heavy subrequests per composite request. */
export const isQuery = (read: DataRead): boolean => read.kind === 'query';

/**
 * `@{refId.records[0].Id}`: the first record's Id of an earlier subrequest of the same composite request
 * (REST resources_composite_composite.htm, "Using the results of one subrequest in another").
 */
export const firstIdOf = (referenceId: string): string => `@{${referenceId}.records[0].Id}`;

const REFERENCE = /@\{[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+|\[\d+\])*\}/g;

/** The URL of a read as a composite subrequest; references stay unencoded so that Salesforce resolves them. */
export function subrequestUrl(read: DataRead, apiVersion: string): string {
  const base = `/services/data/v${apiVersion}`;
  if (read.kind === 'describe') return `${base}/sobjects/${read.sobject}/describe`;
  const parts = read.soql.split(REFERENCE).map(encodeURIComponent);
  const references = read.soql.match(REFERENCE) ?? [];
  return `${base}/query?q=${parts.map((part, i) => part + (references[i] ?? '')).join('')}`;
}

const PS_FIELDS = selectList('PermissionSet');

/**
 * Every read of one audit. None depends on another's result, so all go out in one wave; the
 * JustOn users and their permission sets are found with semi-joins instead of Id lists.
 */
export function planReads(options: CollectOptions): PlannedRead[] {
  const ns = options.namespace;
  const appName = soqlString(options.connectedAppName);
  // Assignments only: their permission sets and groups are read once below, not copied into every assignment;
  // nor is the user's Id (AssigneeId), which the record sink takes from the user (degrade/child-relationships.ts).
  const assignmentFields = fieldNames('PermissionSetAssignment').filter((field) => field !== 'AssigneeId');
  const userSelect = `${selectList('User')}, (SELECT ${selectList('PermissionSetAssignment', undefined, assignmentFields)} FROM PermissionSetAssignments)`;
  const userFills: SnapshotKey[] = ['records.User', 'records.PermissionSetAssignment'];
  const licensed = `SELECT UserId FROM UserPackageLicense WHERE PackageLicense.NamespacePrefix = ${soqlString(ns)}`;
  const fieldFilter = [`SobjectType = ${soqlString(balanceObject(options))}`, `Field = 'Task.Type'`];
  if (options.fields.length) fieldFilter.push(`Field IN ${soqlList(options.fields)}`);
  const objectFilter = [`SobjectType LIKE ${soqlLikePrefix(`${ns}__`)}`];
  if (options.objects.length) objectFilter.push(`SobjectType IN ${soqlList(options.objects)}`);
  const tabs = [balanceObject(options), ...options.tabs];

  const reads: PlannedRead[] = [
    // First, so that the two share the first composite request: appAccess takes the app's Id from connectedApps.
    {
      kind: 'query',
      id: 'connectedApps',
      soql: `SELECT ${selectList('ConnectedApplication')} FROM ConnectedApplication WHERE Name = ${appName}`,
      fills: ['records.ConnectedApplication'],
    },
    {
      kind: 'query',
      id: 'appAccess',
      access: 'setup-data',
      dependsOn: 'connectedApps',
      // By SetupEntityId, as OBJ sforce_api_objects_setupentityaccess.htm says to find a connected app's grants.
      soql: `SELECT ${selectList('SetupEntityAccess')}, ${selectList('PermissionSet', 'Parent')} FROM SetupEntityAccess WHERE SetupEntityType = 'ConnectedApplication' AND SetupEntityId = '${firstIdOf('connectedApps')}'`,
      fills: ['records.SetupEntityAccess'],
    },
    { kind: 'query', id: 'organization', soql: `SELECT ${selectList('Organization')} FROM Organization`, fills: ['records.Organization'] },
    {
      kind: 'query',
      id: 'permissionSets',
      access: 'setup-data',
      soql: `SELECT ${PS_FIELDS}, ${selectList('Profile', 'Profile')} FROM PermissionSet WHERE ${permissionSetFilter(options).join(' OR ')}`,
      fills: ['records.PermissionSet', 'records.Profile'],
    },
    {
      kind: 'query',
      id: 'licensedUsers',
      access: 'setup-data',
      soql: `SELECT ${userSelect} FROM User WHERE IsActive = true AND Id IN (${licensed})`,
      fills: userFills,
    },
    {
      kind: 'query',
      id: 'permissionSetUsers',
      access: 'setup-data',
      // Licensed users come with licensedUsers; reading them twice would double the largest read.
      soql: `SELECT ${userSelect} FROM User WHERE IsActive = true AND Id IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.NamespacePrefix = ${soqlString(ns)}) AND Id NOT IN (${licensed})`,
      fills: userFills,
    },
    {
      kind: 'query',
      id: 'permissionSetGroups',
      access: 'setup-data',
      soql: `SELECT ${selectList('PermissionSetGroup')} FROM PermissionSetGroup`,
      fills: ['records.PermissionSetGroup'],
    },
    ...configuredUserReads(options, userSelect, userFills),
    {
      kind: 'query',
      id: 'userLicenses',
      soql: `SELECT ${selectList('UserPackageLicense')} FROM UserPackageLicense WHERE PackageLicense.NamespacePrefix = ${soqlString(ns)}`,
      fills: ['records.UserPackageLicense'],
    },
    {
      kind: 'query',
      id: 'packageLicenses',
      soql: `SELECT ${selectList('PackageLicense')} FROM PackageLicense WHERE NamespacePrefix = ${soqlString(ns)}`,
      fills: ['records.PackageLicense'],
    },
    {
      kind: 'query',
      id: 'objectPermissions',
      access: 'setup-data',
      soql: `SELECT ${selectList('ObjectPermissions')}, ${selectList('PermissionSet', 'Parent')} FROM ObjectPermissions WHERE ${objectFilter.join(' OR ')}`,
      fills: ['records.ObjectPermissions'],
    },
    {
      kind: 'query',
      id: 'fieldPermissions',
      access: 'setup-data',
      soql: `SELECT ${selectList('FieldPermissions')}, ${selectList('PermissionSet', 'Parent')} FROM FieldPermissions WHERE ${fieldFilter.join(' OR ')}`,
      fills: ['records.FieldPermissions'],
    },
    {
      kind: 'query',
      id: 'tabSettings',
      access: 'setup-data',
      soql: `SELECT ${selectList('PermissionSetTabSetting')}, ${selectList('PermissionSet', 'Parent')} FROM PermissionSetTabSetting WHERE Name IN ${soqlList(tabs)}`,
      fills: ['records.PermissionSetTabSetting'],
    },
    ...runningJustOnReads(options),
    ...componentReads('ApexClass', 'apexClasses', options.apexClasses),
    ...componentReads('ApexPage', 'visualforcePages', options.visualforcePages),
    ...[balanceObject(options), 'Task', ...options.objects, ...(options.stateAndCountryPicklists ? ['Account'] : [])].map(
      (sobject): PlannedRead => ({
        kind: 'describe',
        id: `describe${sobject.replace(/\W/g, '')}`,
        sobject,
        fills: [`describe.${sobject}`],
      }),
    ),
    {
      kind: 'tooling-query',
      id: 'installedPackages',
      access: 'tooling',
      // SubscriberPackage(Version) can only be queried by Id, so both come through relationships here.
      soql: `SELECT ${selectList('InstalledSubscriberPackage')}, ${selectList('SubscriberPackage', 'SubscriberPackage')}, ${selectList('SubscriberPackageVersion', 'SubscriberPackageVersion')} FROM InstalledSubscriberPackage`,
      fills: ['tooling.InstalledSubscriberPackage', 'tooling.SubscriberPackage', 'tooling.SubscriberPackageVersion'],
    },
    {
      kind: 'tooling-query',
      id: 'remoteSites',
      access: 'tooling',
      soql: `SELECT ${selectList('RemoteProxy')} FROM RemoteProxy`,
      fills: ['tooling.RemoteProxy'],
    },
    {
      kind: 'metadata-read',
      id: 'mobileSettings',
      access: 'metadata',
      type: 'MobileSettings',
      fullName: 'Mobile',
      fills: ['metadata.MobileSettings'],
    },
    ...settingsReads(options.settings),
    ...platformReads(options, userSelect, userFills),
  ];
  return reads;
}

/** One Metadata API read per settings component (`Content` → ContentSettings), Mobile being read above. */
function settingsReads(names: string[]): PlannedRead[] {
  return [...new Set(names)]
    .filter((name) => name !== 'Mobile')
    .map((name) => ({
      kind: 'metadata-read',
      id: `${name.charAt(0).toLowerCase()}${name.slice(1)}Settings`,
      access: 'metadata',
      type: `${name}Settings`,
      fullName: name,
      fills: [`metadata.${name}Settings`],
    }));
}

/**
 * Which integration generation the org is on, and what each needs: JustOn Platform as an External Client App
 * (its OAuth policy and access rows), and for the platform integration user the ONB2 flows, their Flow Access
 * on the permission sets of active System Administrators, and those administrators.
 */
function platformReads(options: CollectOptions, userSelect: string, userFills: SnapshotKey[]): PlannedRead[] {
  const app = soqlString(options.connectedAppName);
  const admins = (user = '') => `${user}IsActive = true AND ${user}Profile.Name = ${soqlString(options.systemAdministratorProfile)}`;
  return [
    {
      kind: 'query',
      id: 'externalClientApps',
      access: 'setup-data',
      soql: `SELECT ${selectList('ExternalClientApplication')} FROM ExternalClientApplication WHERE MasterLabel = ${app}`,
      fills: ['records.ExternalClientApplication'],
    },
    {
      kind: 'query',
      id: 'externalClientAppAccess',
      access: 'setup-data',
      dependsOn: 'externalClientApps',
      // By SetupEntityId, as for the connected app; SetupEntityType 'ExternalClientApplication' from API 60.0.
      soql: `SELECT ${selectList('SetupEntityAccess')}, ${selectList('PermissionSet', 'Parent')} FROM SetupEntityAccess WHERE SetupEntityType = 'ExternalClientApplication' AND SetupEntityId = '${firstIdOf('externalClientApps')}'`,
      fills: ['records.SetupEntityAccess'],
    },
    {
      kind: 'query',
      id: 'externalClientAppPolicies',
      access: 'setup-data',
      soql: `SELECT ${selectList('ExtlClntAppOauthPlcyCnfg')} FROM ExtlClntAppOauthPlcyCnfg WHERE ExternalClientApplicationId IN (SELECT Id FROM ExternalClientApplication WHERE MasterLabel = ${app})`,
      fills: ['records.ExtlClntAppOauthPlcyCnfg'],
    },
    {
      kind: 'query',
      id: 'flowAccess',
      access: 'setup-data',
      // SetupEntityType 'FlowDefinition' (API 58.0+): Flow Access on the permission sets active administrators hold.
      soql: `SELECT ${selectList('SetupEntityAccess')}, ${selectList('PermissionSet', 'Parent')} FROM SetupEntityAccess WHERE SetupEntityType = 'FlowDefinition' AND ParentId IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE ${admins('Assignee.')})`,
      fills: ['records.SetupEntityAccess'],
    },
    { kind: 'query', id: 'adminUsers', access: 'setup-data', soql: `SELECT ${userSelect} FROM User WHERE ${admins()}`, fills: userFills },
    {
      kind: 'tooling-query',
      id: 'flows',
      access: 'tooling',
      soql: `SELECT ${selectList('FlowDefinition')} FROM FlowDefinition WHERE NamespacePrefix = ${soqlString(options.namespace)}`,
      fills: ['tooling.FlowDefinition'],
    },
  ];
}

/**
 * The permission sets a rule can look at without a permission row of theirs being read: every profile's,
 * the package's, those granting Modify or View All Data (every object), those the config names, and those
 * named for Balance access, which --fix may reuse (src/fix/plan-permission-set.ts). Any other permission set
 * matters only through its object, field, tab or setup entity rows, and those reads bring it along as their
 * Parent. Not "every permission set assigned to an active user": in a large org that is most of them.
 */
function permissionSetFilter(options: CollectOptions): string[] {
  const named = [...new Set([...options.userPermissionSets, ...options.authorizedPermissionSets])];
  return [
    'IsOwnedByProfile = true',
    `NamespacePrefix = ${soqlString(options.namespace)}`,
    'PermissionsModifyAllData = true',
    'PermissionsViewAllData = true',
    "Name LIKE '%Balance%'",
    ...(named.length ? [`Name IN ${soqlList(named)}`] : []),
  ];
}

function componentReads(object: 'ApexClass' | 'ApexPage', id: string, names: string[]): PlannedRead[] {
  if (!names.length) return [];
  return [
    {
      kind: 'query',
      id,
      soql: `SELECT ${selectList(object)} FROM ${object} WHERE Name IN ${soqlList(names)}`,
      fills: [`records.${object}`],
    },
    {
      kind: 'query',
      id: `${id}Access`,
      access: 'setup-data',
      soql: `SELECT ${selectList('SetupEntityAccess')}, ${selectList('PermissionSet', 'Parent')} FROM SetupEntityAccess WHERE SetupEntityType = '${object}' AND SetupEntityId IN (SELECT Id FROM ${object} WHERE Name IN ${soqlList(names)})`,
      fills: ['records.SetupEntityAccess'],
    },
  ];
}

/** Users the config adds to the JustOn users: by profile, by permission set or group, by username. */
function configuredUserReads(options: CollectOptions, userSelect: string, fills: SnapshotKey[]): PlannedRead[] {
  const reads: PlannedRead[] = [];
  const read = (id: string, where: string) =>
    reads.push({
      kind: 'query',
      id,
      access: 'setup-data',
      soql: `SELECT ${userSelect} FROM User WHERE IsActive = true AND ${where}`,
      fills,
    });
  if (options.userProfiles.length) read('profileUsers', `Profile.Name IN ${soqlList(options.userProfiles)}`);
  if (options.userPermissionSets.length) {
    const names = soqlList(options.userPermissionSets);
    read(
      'assignedUsers',
      `Id IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name IN ${names} OR PermissionSetGroup.DeveloperName IN ${names})`,
    );
  }
  if (options.usernames.length) {
    read('namedUsers', `Username IN ${soqlList(options.usernames)}`);
    // Every permission set of theirs, not only those the permission set read picks: platform/integration asks
    // each whether it grants API Enabled, and a set it cannot ask about leaves the answer unknown.
    reads.push({
      kind: 'query',
      id: 'namedUserPermissionSets',
      access: 'setup-data',
      soql: `SELECT ${PS_FIELDS} FROM PermissionSet WHERE Id IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE Assignee.Username IN ${soqlList(options.usernames)})`,
      fills: ['records.PermissionSet'],
    });
  }
  return reads;
}
