export { SalesforceApiError } from './api-error.js';
export { createOrgData, type OrgDataOptions } from './create-org-data.js';
export { generateOrg, type GeneratedOrgOptions } from './generate-org.js';
export type { OrgData } from './org-data.js';
export { serveSnapshot, type ServeSnapshotOptions, type ServedSnapshot, type StrictOrg } from './serve-snapshot.js';
export { DEFAULT_SERVER_TIMING, modelledResponseMs } from './http/server-time.js';
export {
  startEmulator,
  type EmulatorOptions,
  type FaultAction,
  type FaultRule,
  type FiredFault,
  type RequestLogEntry,
  type RunningEmulator,
  type ServerTiming,
  type ServerWork,
} from './server.js';
