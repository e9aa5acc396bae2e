import { defineObject } from '../define-object.js';
import { installedSubscriberPackageSource } from '../sources/installed-subscriber-package.js';

/** Tooling API only (41.0+). Uninstall is not emulated. */
export const installedSubscriberPackage = defineObject({
  name: 'InstalledSubscriberPackage',
  source: installedSubscriberPackageSource,
  keyPrefix: '0A3',
  apis: ['tooling'],
  fields: ['SubscriberPackageId', 'SubscriberPackageVersionId', 'MinPackageVersionId'],
});
