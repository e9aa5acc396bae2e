/** One HTTP request and what came back, as the tool sent and received it (before redaction). */
export interface HttpExchange {
  startedAt: Date;
  /** Milliseconds from sending the request to having the whole answer (or the failure). */
  durationMs: number;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  /** Absent when no answer came (connection refused, timeout). */
  response?: { status: number; headers: Record<string, string>; body: string };
  /** Why no answer came. */
  error?: string;
}
