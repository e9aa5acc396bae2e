import type { RestCall, RestResult } from './rest-call.js';

/** Fixed allocations of an Enterprise Edition org for the limits the emulator does not track. */
const STATIC_LIMITS: Record<string, number> = {
  DailyAsyncApexExecutions: 250000,
  DailyBulkApiBatches: 15000,
  DailyBulkV2QueryJobs: 10000,
  DailyStreamingApiEvents: 1000000,
  DataStorageMB: 1024,
  FileStorageMB: 10240,
  HourlyPublishedPlatformEvents: 250000,
  SingleEmailMessage: 5000,
};

/** `GET limits`: DailyApiRequests reflects the calls counted so far, including this one. */
export function limits(call: RestCall): RestResult {
  const { used, limit } = call.ctx.usage;
  const body: Record<string, { Max: number; Remaining: number }> = {
    DailyApiRequests: { Max: limit, Remaining: Math.max(0, limit - used) },
  };
  for (const [name, max] of Object.entries(STATIC_LIMITS)) body[name] = { Max: max, Remaining: max };
  return { status: 200, body };
}
