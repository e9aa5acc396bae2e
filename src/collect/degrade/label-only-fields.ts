/**
 * Fields no rule decides on: they only label a row in the rules' messages (a site's name and URL, a
 * package's or version's name) or are read for no rule at all (`Profile.UserLicenseId`). Any other field a
 * fallback has to drop leaves its sObject unreadable, so that a rule never passes or fails on a value that
 * was not read.
 */
export const LABEL_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'RemoteProxy.SiteName',
  'RemoteProxy.EndpointUrl',
  'SubscriberPackage.Name',
  'SubscriberPackageVersion.Name',
  'Profile.UserLicenseId',
  'AsyncApexJob.ExtendedStatus',
  'CronTrigger.CronExpression',
  'CronTrigger.TimeZoneSidKey',
  'CronJobDetail.Name',
]);

/** Whether the rules can do without `Owner.Field` (the sObject the field belongs to, and its name). */
export const isLabelOnly = (owner: string, field: string): boolean => LABEL_ONLY_FIELDS.has(`${owner}.${field}`);
