import type { SObjectName } from './sobject-fields.js';

const OBJ = 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/';
const TOOL = 'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/';

/**
 * The Salesforce reference page that documents each sObject the tool reads and the fields it selects
 * (`docs/queries.md` is generated from this table and `SOBJECT_FIELDS`).
 */
export const OBJECT_REFERENCE: Record<SObjectName | 'UserPermissionAccess', string> = {
  Organization: `${OBJ}sforce_api_objects_organization.htm`,
  Profile: `${OBJ}sforce_api_objects_profile.htm`,
  PermissionSet: `${OBJ}sforce_api_objects_permissionset.htm`,
  PermissionSetGroup: `${OBJ}sforce_api_objects_permissionsetgroup.htm`,
  PermissionSetAssignment: `${OBJ}sforce_api_objects_permissionsetassignment.htm`,
  User: `${OBJ}sforce_api_objects_user.htm`,
  ObjectPermissions: `${OBJ}sforce_api_objects_objectpermissions.htm`,
  FieldPermissions: `${OBJ}sforce_api_objects_fieldpermissions.htm`,
  PermissionSetTabSetting: `${OBJ}sforce_api_objects_permissionsettabsetting.htm`,
  SetupEntityAccess: `${OBJ}sforce_api_objects_setupentityaccess.htm`,
  ConnectedApplication: `${OBJ}sforce_api_objects_connectedapplication.htm`,
  PackageLicense: `${OBJ}sforce_api_objects_packagelicense.htm`,
  UserPackageLicense: `${OBJ}sforce_api_objects_userpackagelicense.htm`,
  ApexClass: `${OBJ}sforce_api_objects_apexclass.htm`,
  ApexPage: `${OBJ}sforce_api_objects_apexpage.htm`,
  UserPermissionAccess: `${OBJ}sforce_api_objects_userpermissionaccess.htm`,
  InstalledSubscriberPackage: `${TOOL}tooling_api_objects_installedsubscriberpackage.htm`,
  SubscriberPackage: `${TOOL}tooling_api_objects_subscriberpackage.htm`,
  SubscriberPackageVersion: `${TOOL}tooling_api_objects_subscriberpackageversion.htm`,
  RemoteProxy: `${TOOL}tooling_api_objects_remoteproxy.htm`,
  FlowDefinition: `${TOOL}tooling_api_objects_flowdefinition.htm`,
  // Both "for internal use only" in the object reference; their fields as public tools (sfdx-hardis, Salesforce
  // Inspector Reloaded) query them, the policy values those of Metadata API's ExtlClntAppOauthConfigurablePolicies.
  ExternalClientApplication: `${OBJ}sforce_api_objects_externalclientapplication.htm`,
  ExtlClntAppOauthPlcyCnfg: `${OBJ}sforce_api_objects_extlclntappoauthplcycnfg.htm`,
  PermissionSetGroupComponent: `${OBJ}sforce_api_objects_permissionsetgroupcomponent.htm`,
  AsyncApexJob: `${OBJ}sforce_api_objects_asyncapexjob.htm`,
  CronTrigger: `${OBJ}sforce_api_objects_crontrigger.htm`,
  CronJobDetail: `${OBJ}sforce_api_objects_cronjobdetail.htm`,
};
