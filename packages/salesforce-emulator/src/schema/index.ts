import { apexClass } from './objects/apex-class.js';
import { apexPage } from './objects/apex-page.js';
import { appMenuItem } from './objects/app-menu-item.js';
import { connectedApplication } from './objects/connected-application.js';
import { cspTrustedSite } from './objects/csp-trusted-site.js';
import { externalClientApplication } from './objects/external-client-application.js';
import { extlClntAppOauthPlcyCnfg } from './objects/extl-clnt-app-oauth-plcy-cnfg.js';
import { fieldPermissions } from './objects/field-permissions.js';
import { flowDefinition } from './objects/flow-definition.js';
import { installedSubscriberPackage } from './objects/installed-subscriber-package.js';
import { objectPermissions } from './objects/object-permissions.js';
import { organization } from './objects/organization.js';
import { packageLicense } from './objects/package-license.js';
import { permissionSetAssignment } from './objects/permission-set-assignment.js';
import { permissionSetGroupComponent } from './objects/permission-set-group-component.js';
import { permissionSetGroup } from './objects/permission-set-group.js';
import { permissionSetTabSetting } from './objects/permission-set-tab-setting.js';
import { permissionSet } from './objects/permission-set.js';
import { profile } from './objects/profile.js';
import { remoteProxy } from './objects/remote-proxy.js';
import { setupEntityAccess } from './objects/setup-entity-access.js';
import { subscriberPackageVersion } from './objects/subscriber-package-version.js';
import { subscriberPackage } from './objects/subscriber-package.js';
import { userLicense } from './objects/user-license.js';
import { userPermissionAccess } from './objects/user-permission-access.js';
import { userPackageLicense } from './objects/user-package-license.js';
import { user } from './objects/user.js';
import { asyncApexJob } from './objects/async-apex-job.js';
import { cronJobDetail } from './objects/cron-job-detail.js';
import { cronTrigger } from './objects/cron-trigger.js';
import type { ObjectDef } from './types.js';

/** Every standard sObject the emulator knows. Custom objects and Task come from the snapshot's describe. */
export const standardObjects: readonly ObjectDef[] = [
  organization,
  user,
  profile,
  userLicense,
  permissionSet,
  permissionSetGroup,
  permissionSetGroupComponent,
  permissionSetAssignment,
  objectPermissions,
  fieldPermissions,
  permissionSetTabSetting,
  setupEntityAccess,
  connectedApplication,
  appMenuItem,
  packageLicense,
  userPackageLicense,
  apexClass,
  apexPage,
  cspTrustedSite,
  userPermissionAccess,
  installedSubscriberPackage,
  subscriberPackage,
  subscriberPackageVersion,
  remoteProxy,
  flowDefinition,
  externalClientApplication,
  extlClntAppOauthPlcyCnfg,
  asyncApexJob,
  cronTrigger,
  cronJobDetail,
];
