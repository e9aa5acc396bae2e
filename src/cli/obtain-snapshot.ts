import { connectOrg, type ConnectArgs } from '../auth/connect-org.js';
import { connectWithAccessToken } from '../auth/connect.js';
import { collect, plannedCallCount, type CollectStats } from '../collect/collect.js';
import type { CollectOptions } from '../collect/collect-options.js';
import { OrgClient, type OrgConnection } from '../org/index.js';
import { UsageError } from '../errors.js';
import { assessPreflight } from '../preflight/assess.js';
import { checkBudget } from '../preflight/budget.js';
import { renderGaps } from '../preflight/render-preflight.js';
import { runPreflight } from '../preflight/run-preflight.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { progress, type CliIO } from './io.js';

export interface SourceArgs extends ConnectArgs {
  snapshot?: string;
  demo?: boolean;
  /** Budget floor and cap checked before collecting (live orgs only). */
  minApiRemaining?: number;
  maxApiCalls?: number;
  /** Seconds after which reading the org gives up (failed reads are retried within it). */
  timeout?: number;
  /** Whether --fix will follow: the preflight then also says which repairs cannot be applied. */
  fix?: boolean;
}

/** An org's data, and the open connection to it when it came from a live org (the fixer writes through it). */
export interface ObtainedSnapshot {
  snapshot: Snapshot;
  /** Absent when the snapshot came from a file: no API was called. */
  stats?: CollectStats;
  instanceUrl?: string;
  connection?: OrgConnection;
  /** Ends what the source started (the demo's emulator); call when done with the connection. */
  close(): Promise<void>;
}

const nothingToClose = async () => {};

/** Where the audit's data comes from: a saved snapshot, the built-in demo org, or a live org. */
export async function obtainSnapshot(args: SourceArgs, io: CliIO, collectOptions: Partial<CollectOptions> = {}): Promise<ObtainedSnapshot> {
  const sources = [
    args.snapshot && '--snapshot',
    args.demo && '--demo',
    args.instanceUrl && '--instance-url',
    args.targetOrg && '--target-org',
  ].filter(Boolean);
  if (sources.length > 1) throw new UsageError(`${sources.join(' and ')} cannot be combined: audit one source at a time`);
  if (args.snapshot) {
    progress(io, `loading snapshot ${args.snapshot}`);
    return { snapshot: await loadSnapshot(args.snapshot), close: nothingToClose };
  }
  if (args.demo) {
    progress(io, 'starting the demo org (local emulator)');
    // The emulator (and its SOQL parser, slow to load) is imported only when the demo needs it.
    const { startDemoOrg } = await import('./demo-org.js');
    const emulator = await startDemoOrg();
    try {
      const connection = connectWithAccessToken({
        instanceUrl: emulator.instanceUrl,
        accessToken: emulator.accessToken,
        apiVersion: args.apiVersion,
      });
      return { ...(await collectFrom(connection, args, io, collectOptions)), close: () => emulator.close() };
    } catch (error) {
      await emulator.close();
      throw error;
    }
  }
  // The login and the reads share one --timeout: what the login took is not given again to the reads.
  const loginStarted = Date.now();
  const connection = await connectOrg(args, io.env);
  const timeout = timeLeft(args.timeout, loginStarted);
  return { ...(await collectFrom(connection, { ...args, timeout }, io, collectOptions)), close: nothingToClose };
}

/** Preflight (API budget, running user's permissions: one call), then the collection itself. */
async function collectFrom(connection: OrgConnection, args: SourceArgs, io: CliIO, options: Partial<CollectOptions>) {
  const client = new OrgClient(connection, {
    ...clientOptions(args.timeout),
    ...(args.maxApiCalls === undefined ? {} : { maxCalls: args.maxApiCalls }),
  });
  progress(io, `checking API budget and permissions on ${client.instanceUrl}`);
  const preflight = await runPreflight(client);
  checkBudget(preflight, 1 + plannedCallCount(options), {
    minApiRemainingPercent: args.minApiRemaining ?? 5,
    maxApiCalls: args.maxApiCalls,
  });
  io.stderr.write(renderGaps(assessPreflight(preflight), Boolean(args.fix)));
  progress(io, `collecting from ${client.instanceUrl}`);
  const { snapshot, stats } = await collect(client, options);
  return { snapshot, stats: { ...stats, apiCalls: client.apiCalls, waves: stats.waves + 1 }, instanceUrl: client.instanceUrl, connection };
}

/** Seconds of --timeout left since `started`; at least one, so the reads still get a chance to say why they fail. */
function timeLeft(timeoutSeconds: number | undefined, started: number): number | undefined {
  return timeoutSeconds === undefined ? undefined : Math.max(1, timeoutSeconds - (Date.now() - started) / 1000);
}

export function clientOptions(timeoutSeconds: number | undefined): { timeoutMs?: number } {
  return timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 };
}
