/**
 * What a later `--fix` planner needs to repair one finding, as plain data. Rules never apply fixes.
 * Every variant names the Salesforce records involved by Id so the planner need not re-derive them.
 */
export type ObjectPermission = 'Read' | 'Create' | 'Edit' | 'Delete' | 'ViewAllRecords' | 'ModifyAllRecords';

export interface FieldGap {
  /** `Object.Field`, as in FieldPermissions.Field. */
  field: string;
  read: boolean;
  edit: boolean;
}

/** SetupEntityAccess.SetupEntityType of the entities a fix grants access to. */
type SetupEntityType = 'ConnectedApplication' | 'ExternalClientApplication' | 'ApexClass' | 'ApexPage';

export type FixData =
  | { kind: 'metadata-update'; metadataType: string; fullName: string; field: string; before: unknown; after: unknown }
  | {
      kind: 'setup-entity-access';
      entityType: SetupEntityType;
      entityId: string;
      /** The permission set to grant on (a profile's own permission set); null when a user-level grant is needed. */
      permissionSetId: string | null;
      permissionSetIsManaged: boolean;
      profileId?: string;
      userId?: string;
    }
  | {
      kind: 'user-access';
      userId: string;
      objects: Array<{ sobject: string; missing: ObjectPermission[] }>;
      fields: FieldGap[];
      tabs: Array<{ tab: string; visibility: 'DefaultOn' | 'DefaultOff' }>;
      setupEntities: Array<{ type: SetupEntityType; id: string }>;
    }
  | { kind: 'package-licence'; userId: string; packageLicenseId: string; seatsAvailable: number }
  /** Assign an existing permission set (a managed one too: assigning changes no managed component). */
  | { kind: 'permission-set-assignment'; userId: string; permissionSetId: string; permissionSetName: string }
  | { kind: 'manual'; steps: string[] };
