import { collect, type CollectStats } from '../collect/collect.js';
import type { CollectOptions } from '../collect/collect-options.js';
import { connectWithAccessToken } from '../collect/connect.js';
import { OrgClient } from '../collect/org-client.js';
import { UsageError } from '../errors.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { startDemoOrg } from './demo-org.js';
import { progress, type CliIO } from './io.js';

export interface SourceArgs {
  snapshot?: string;
  demo?: boolean;
  instanceUrl?: string;
  accessToken?: string;
  apiVersion?: string;
}

export interface ObtainedSnapshot {
  snapshot: Snapshot;
  /** Absent when the snapshot came from a file: no API was called. */
  stats?: CollectStats;
  instanceUrl?: string;
}

/** Where the audit's data comes from: a saved snapshot, the built-in demo org, or a live org. */
export async function obtainSnapshot(args: SourceArgs, io: CliIO, collectOptions: Partial<CollectOptions> = {}): Promise<ObtainedSnapshot> {
  const sources = [args.snapshot && '--snapshot', args.demo && '--demo', args.instanceUrl && '--instance-url'].filter(Boolean);
  if (sources.length > 1) throw new UsageError(`${sources.join(' and ')} cannot be combined: audit one source at a time`);
  if (args.snapshot) {
    progress(io, `loading snapshot ${args.snapshot}`);
    return { snapshot: await loadSnapshot(args.snapshot) };
  }
  if (args.demo) {
    progress(io, 'starting the demo org (local emulator)');
    const emulator = await startDemoOrg();
    try {
      return await collectFrom({ instanceUrl: emulator.instanceUrl, accessToken: emulator.accessToken, apiVersion: args.apiVersion }, io, collectOptions);
    } finally {
      await emulator.close();
    }
  }
  if (args.instanceUrl) {
    return collectFrom({ instanceUrl: args.instanceUrl, accessToken: args.accessToken ?? '', apiVersion: args.apiVersion }, io, collectOptions);
  }
  throw new UsageError('no org given: use --instance-url with --access-token (or SF_INSTANCE_URL and SF_ACCESS_TOKEN), --snapshot FILE, or --demo');
}

async function collectFrom(target: { instanceUrl: string; accessToken: string; apiVersion?: string }, io: CliIO, options: Partial<CollectOptions>): Promise<ObtainedSnapshot> {
  const client = new OrgClient(connectWithAccessToken(target));
  progress(io, `collecting from ${client.instanceUrl}`);
  const { snapshot, stats } = await collect(client, options);
  return { snapshot, stats, instanceUrl: client.instanceUrl };
}
