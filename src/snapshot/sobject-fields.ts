/** How a field's value reads in a snapshot row; `?` marks a value that may be null. */
type FieldType = 'id' | 'id?' | 'text' | 'text?' | 'boolean' | 'number' | 'number?' | 'date?';

type ValueOf<T> = T extends 'id' | 'text'
  ? string
  : T extends 'boolean'
    ? boolean
    : T extends 'number'
      ? number
      : T extends 'number?'
        ? number | null
        : string | null;

/**
 * The fields read per sObject, in SELECT order: the collector's SELECT lists, the rows the rules get
 * (`Row<'User'>`) and the fixer's re-reads all come from this one table. Only what the rules use.
 */
const SOBJECT_FIELDS = {
  Organization: {
    Id: 'id',
    Name: 'text',
    OrganizationType: 'text',
    IsSandbox: 'boolean',
    InstanceName: 'text',
    TrialExpirationDate: 'date?',
    NamespacePrefix: 'text?',
    LanguageLocaleKey: 'text',
  },
  Profile: { Id: 'id', Name: 'text', UserType: 'text', UserLicenseId: 'id?' },
  PermissionSet: {
    Id: 'id',
    Name: 'text',
    Label: 'text',
    IsOwnedByProfile: 'boolean',
    ProfileId: 'id?',
    NamespacePrefix: 'text?',
    Type: 'text?',
    IsCustom: 'boolean',
    PermissionsModifyAllData: 'boolean',
    PermissionsViewAllData: 'boolean',
    PermissionSetGroupId: 'id?',
    LicenseId: 'id?',
    PermissionsApiEnabled: 'boolean',
  },
  PermissionSetGroup: { Id: 'id', DeveloperName: 'text', MasterLabel: 'text', Status: 'text', NamespacePrefix: 'text?' },
  PermissionSetAssignment: { Id: 'id', AssigneeId: 'id', PermissionSetId: 'id', PermissionSetGroupId: 'id?', ExpirationDate: 'date?' },
  User: { Id: 'id', Username: 'text', Name: 'text', IsActive: 'boolean', ProfileId: 'id', UserType: 'text' },
  ObjectPermissions: {
    Id: 'id',
    ParentId: 'id',
    SobjectType: 'text',
    PermissionsRead: 'boolean',
    PermissionsCreate: 'boolean',
    PermissionsEdit: 'boolean',
    PermissionsDelete: 'boolean',
    PermissionsViewAllRecords: 'boolean',
    PermissionsModifyAllRecords: 'boolean',
  },
  FieldPermissions: {
    Id: 'id',
    ParentId: 'id',
    SobjectType: 'text',
    Field: 'text',
    PermissionsRead: 'boolean',
    PermissionsEdit: 'boolean',
  },
  PermissionSetTabSetting: { Id: 'id', ParentId: 'id', Name: 'text', Visibility: 'text' },
  SetupEntityAccess: { Id: 'id', ParentId: 'id', SetupEntityId: 'id', SetupEntityType: 'text' },
  ConnectedApplication: { Id: 'id', Name: 'text', OptionsAllowAdminApprovedUsersOnly: 'boolean' },
  PackageLicense: {
    Id: 'id',
    NamespacePrefix: 'text',
    Status: 'text',
    AllowedLicenses: 'number',
    UsedLicenses: 'number',
    ExpirationDate: 'date?',
  },
  UserPackageLicense: { Id: 'id', UserId: 'id', PackageLicenseId: 'id' },
  ApexClass: { Id: 'id', Name: 'text', NamespacePrefix: 'text?' },
  ApexPage: { Id: 'id', Name: 'text', NamespacePrefix: 'text?' },
  InstalledSubscriberPackage: { Id: 'id', SubscriberPackageId: 'id', SubscriberPackageVersionId: 'id' },
  SubscriberPackage: { Id: 'id', Name: 'text', NamespacePrefix: 'text?' },
  SubscriberPackageVersion: {
    Id: 'id',
    Name: 'text',
    SubscriberPackageId: 'id',
    MajorVersion: 'number',
    MinorVersion: 'number',
    PatchVersion: 'number',
    BuildNumber: 'number',
  },
  RemoteProxy: { Id: 'id', SiteName: 'text', EndpointUrl: 'text', IsActive: 'boolean', NamespacePrefix: 'text?' },
  // The platform integration generation and JustOn Platform as an External Client App.
  FlowDefinition: { Id: 'id', DeveloperName: 'text', MasterLabel: 'text', NamespacePrefix: 'text?' },
  ExternalClientApplication: { Id: 'id', DeveloperName: 'text', MasterLabel: 'text', NamespacePrefix: 'text?' },
  ExtlClntAppOauthPlcyCnfg: { Id: 'id', ExternalClientApplicationId: 'id', PermittedUsersPolicyType: 'text' },
  // jobs/* and access/shipped-permission-sets
  PermissionSetGroupComponent: { Id: 'id', PermissionSetGroupId: 'id', PermissionSetId: 'id' },
  AsyncApexJob: {
    Id: 'id',
    ApexClassId: 'id?',
    JobType: 'text',
    Status: 'text',
    NumberOfErrors: 'number?',
    ExtendedStatus: 'text?',
    CreatedDate: 'text',
    CompletedDate: 'date?',
    CronTriggerId: 'id?',
  },
  CronTrigger: {
    Id: 'id',
    State: 'text?',
    NextFireTime: 'date?',
    CronExpression: 'text?',
    TimeZoneSidKey: 'text?',
    CronJobDetailId: 'id?',
  },
  CronJobDetail: { Id: 'id', Name: 'text' },
} as const satisfies Record<string, { Id: 'id' } & Record<string, FieldType>>;

export type SObjectName = keyof typeof SOBJECT_FIELDS;
export type FieldName<S extends SObjectName> = keyof (typeof SOBJECT_FIELDS)[S] & string;

/** One row of `S` as the snapshot holds it. */
export type Row<S extends SObjectName> = { [F in FieldName<S>]: ValueOf<(typeof SOBJECT_FIELDS)[S][F]> };

export const SOBJECT_NAMES = Object.keys(SOBJECT_FIELDS) as SObjectName[];

export function isReadSObject(name: string): name is SObjectName {
  return Object.hasOwn(SOBJECT_FIELDS, name);
}

export function fieldNames<S extends SObjectName>(sobject: S): FieldName<S>[] {
  return Object.keys(SOBJECT_FIELDS[sobject]) as FieldName<S>[];
}

/**
 * `Id, Name` or, through a relationship, `Parent.Id, Parent.Name`; `only` picks some of the table's
 * fields, in its own order, for a read that needs fewer.
 */
export function selectList<S extends SObjectName>(sobject: S, relationship?: string, only?: readonly FieldName<S>[]): string {
  const fields = only ?? fieldNames(sobject);
  return fields.map((field) => (relationship ? `${relationship}.${field}` : field)).join(', ');
}
