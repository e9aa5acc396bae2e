/**
 * Tooling fields that only label a row in the rules' messages (a site's name and URL, a package's or
 * version's name): no rule's status depends on them. Any other field a Tooling fallback has to drop
 * leaves its sObject unreadable, so that a rule never passes or fails on a value that was not read.
 */
export const LABEL_ONLY_TOOLING_FIELDS: ReadonlySet<string> = new Set([
  'RemoteProxy.SiteName',
  'RemoteProxy.EndpointUrl',
  'SubscriberPackage.Name',
  'SubscriberPackageVersion.Name',
]);
