/** Messages between the benchmark (parent, which runs the emulator) and one measured audit (child). */
export type Way = 'optimised' | 'straightforward' | 'fix';

export interface ChildTask {
  way: Way;
  instanceUrl: string;
  accessToken: string;
  apiVersion: string;
  /** Where --fix writes its journal. */
  journalDir?: string;
  /** The collection's call budget (collect()'s default when absent). */
  callBudget?: number;
}

export interface ChildResult {
  way: Way;
  /** connect → collect → evaluate → terminal report rendered to a string (after the modules are loaded). */
  wallMs: number;
  phases: Record<string, number>;
  /** Requests the client sent, by its own count (HTTP requests, including pages). */
  requests: number;
  /** Response bytes (Content-Length) the audit received. */
  bytesReceived: number;
  /** The first 60 requests: when each was sent and answered, ms after the run started. */
  timeline: Array<{ label: string; start: number; end: number }>;
  /** Sequential waves from the client's request timeline (see waves.ts). */
  timelineWaves: number;
  /** The client's own count of calls, and the collector's count of waves plus one for the preflight (optimised and fix ways). */
  collector?: { apiCalls: number; waves: number; plan: string[] };
  /** Peak resident set size of this process in MB: the kernel's high-water mark, and the highest sample. */
  peakRssMb: number;
  sampledRssMb: number;
  /** Rule id → status and finding count, to check both ways reach the same verdicts. */
  verdicts: Record<string, string>;
  reportChars: number;
  fix?: {
    changes: number;
    status: string;
    writes: number;
    reads: number;
    applyMs: number;
    verifyMs: number;
    verified: number;
    notVerified: number;
    failed: number;
  };
}
