export { SalesforceApiError } from './api-error.js';
export { createOrgData, type EmulatedOrgData, type OrgDataOptions } from './create-org-data.js';
export { generateOrg, type GeneratedOrgOptions } from './generate-org.js';
export type { OrgData } from './org-data.js';
export { serveSnapshot, type ServeSnapshotOptions, type ServedSnapshot, type StrictOrg } from './serve-snapshot.js';
export {
  startEmulator,
  type EmulatorOptions,
  type FaultAction,
  type FaultRule,
  type FiredFault,
  type RequestLogEntry,
  type RunningEmulator,
} from './server.js';
