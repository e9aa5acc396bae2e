import type { Connection } from 'jsforce';
import { collect, type CollectStats } from '../collect/collect.js';
import type { CollectOptions } from '../collect/collect-options.js';
import { connectOrg, type ConnectArgs } from '../auth/connect-org.js';
import { connectWithAccessToken } from '../auth/connect.js';
import { OrgClient } from '../collect/org-client.js';
import { UsageError } from '../errors.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { progress, type CliIO } from './io.js';

export interface SourceArgs extends ConnectArgs {
  snapshot?: string;
  demo?: boolean;
}

export interface ObtainedSnapshot {
  snapshot: Snapshot;
  /** Absent when the snapshot came from a file: no API was called. */
  stats?: CollectStats;
  instanceUrl?: string;
}

/** Where the audit's data comes from: a saved snapshot, the built-in demo org, or a live org. */
export async function obtainSnapshot(args: SourceArgs, io: CliIO, collectOptions: Partial<CollectOptions> = {}): Promise<ObtainedSnapshot> {
  const sources = [args.snapshot && '--snapshot', args.demo && '--demo', args.instanceUrl && '--instance-url', args.targetOrg && '--target-org'].filter(Boolean);
  if (sources.length > 1) throw new UsageError(`${sources.join(' and ')} cannot be combined: audit one source at a time`);
  if (args.snapshot) {
    progress(io, `loading snapshot ${args.snapshot}`);
    return { snapshot: await loadSnapshot(args.snapshot) };
  }
  if (args.demo) {
    progress(io, 'starting the demo org (local emulator)');
    // The emulator (and its SOQL parser, slow to load) is imported only when the demo needs it.
    const { startDemoOrg } = await import('./demo-org.js');
    const emulator = await startDemoOrg();
    try {
      const connection = connectWithAccessToken({ instanceUrl: emulator.instanceUrl, accessToken: emulator.accessToken, apiVersion: args.apiVersion });
      return await collectFrom(connection, io, collectOptions);
    } finally {
      await emulator.close();
    }
  }
  return collectFrom(await connectOrg(args, io.env), io, collectOptions);
}

async function collectFrom(connection: Connection, io: CliIO, options: Partial<CollectOptions>): Promise<ObtainedSnapshot> {
  const client = new OrgClient(connection);
  progress(io, `collecting from ${client.instanceUrl}`);
  const { snapshot, stats } = await collect(client, options);
  return { snapshot, stats, instanceUrl: client.instanceUrl };
}
