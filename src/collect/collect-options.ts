/** What the collector must read beyond the fixed JustOn data; filled from the audit config. */
export interface CollectOptions {
  namespace: string;
  connectedAppName: string;
  /** Extra sObjects whose describe, object and field permissions the config requires. */
  objects: string[];
  /** Extra fields, `Object.Field`, whose field permissions the config requires. */
  fields: string[];
  apexClasses: string[];
  visualforcePages: string[];
  tabs: string[];
  /** Users selected as JustOn users by the config beyond licence and namespace permission sets. */
  userProfiles: string[];
  userPermissionSets: string[];
  usernames: string[];
  /** Metadata settings components to read by settings name (`Content` → ContentSettings), besides Mobile. */
  settings: string[];
  /** Read Account's describe: its state and country code fields exist only with State and Country Picklists on. */
  stateAndCountryPicklists: boolean;
  /** The profile whose active users must hold the Flow Access the current guide asks for (platform integration). */
  systemAdministratorProfile: string;
  /** Permission sets the config requires on the connected app (connected-app/profiles-authorized). */
  authorizedPermissionSets: string[];
  /** How many days back JustOn's failed Apex jobs are read (the jobs/failures rule's `days`). */
  jobFailureDays: number;
}

export const DEFAULT_COLLECT_OPTIONS: CollectOptions = {
  namespace: 'ONB2',
  connectedAppName: 'JustOn Platform',
  objects: [],
  fields: [],
  apexClasses: [],
  visualforcePages: [],
  tabs: [],
  userProfiles: [],
  userPermissionSets: [],
  usernames: [],
  settings: ['Content'],
  stateAndCountryPicklists: false,
  systemAdministratorProfile: 'System Administrator',
  authorizedPermissionSets: [],
  jobFailureDays: 7,
};

export function balanceObject(options: CollectOptions): string {
  return `${options.namespace}__Balance__c`;
}
