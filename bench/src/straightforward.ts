import type { Connection } from 'jsforce';
// The package's index registers `conn.tooling` and `conn.metadata`, which a simple tool would use; our CLI loads only the Connection.
import 'jsforce';
import type { MetadataType } from 'jsforce/lib/api/metadata.js';
import { selectList, type SObjectName } from '../../dist/snapshot/sobject-fields.js';
import { normaliseMetadata } from '../../dist/collect/normalise-metadata.js';
import { RecordSink } from '../../dist/collect/record-sink.js';
import { emptySnapshot, type DescribeResult, type Snapshot } from '@juston-audit/org-snapshot';

/** One read of the straightforward audit. */
export type NaiveRead =
  | { kind: 'query'; soql: string }
  | { kind: 'tooling-query'; soql: string }
  | { kind: 'describe'; sobject: string }
  | { kind: 'metadata-read'; type: MetadataType; fullName: string };

const all = (object: SObjectName): NaiveRead => ({ kind: 'query', soql: `SELECT ${selectList(object)} FROM ${object}` });

/**
 * What a straightforward tool reads for the same checks: every object the checks look at, in full
 * (all users, all permission set assignments, all object and field permissions, …), without filters,
 * one request after the other with full pagination and no batching. It reads each object once rather
 * than once per check, so the comparison flatters it.
 */
export function straightforwardReads(namespace = 'ONB2'): NaiveRead[] {
  return [
    all('Organization'), // edition, production install
    {
      kind: 'tooling-query',
      soql: `SELECT ${selectList('InstalledSubscriberPackage')}, ${selectList('SubscriberPackage', 'SubscriberPackage')}, ${selectList('SubscriberPackageVersion', 'SubscriberPackageVersion')} FROM InstalledSubscriberPackage`,
    },
    { kind: 'metadata-read', type: 'MobileSettings', fullName: 'Mobile' }, // browser caching
    all('ConnectedApplication'), // admin approved
    all('SetupEntityAccess'), // profiles / users authorized
    all('Profile'),
    all('PermissionSet'),
    all('PermissionSetGroup'),
    all('User'), // JustOn users
    all('PermissionSetAssignment'),
    all('PackageLicense'), // licence status
    all('UserPackageLicense'), // licence assigned
    all('ObjectPermissions'), // Balance object access, admins only
    { kind: 'describe', sobject: `${namespace}__Balance__c` }, // Balance fields
    all('FieldPermissions'), // Balance fields, Task.Type
    { kind: 'describe', sobject: 'Task' },
    all('PermissionSetTabSetting'), // Balance tab
    { kind: 'tooling-query', soql: `SELECT ${selectList('RemoteProxy')} FROM RemoteProxy` }, // remote sites
    { kind: 'metadata-read', type: 'ContentSettings', fullName: 'Content' }, // Salesforce features
    all('ExternalClientApplication'), // JustOn Platform as an External Client App
    all('ExtlClntAppOauthPlcyCnfg'),
    { kind: 'tooling-query', soql: `SELECT ${selectList('FlowDefinition')} FROM FlowDefinition` }, // platform integration
    all('PermissionSetGroupComponent'), // shipped permission sets held through groups
    all('AsyncApexJob'), // JustOn's schedule and failed jobs
    all('ApexClass'),
    all('CronTrigger'),
    all('CronJobDetail'),
  ];
}

/** Runs the straightforward reads one after the other with jsforce and builds a snapshot from them. */
export async function collectStraightforward(conn: Connection, reads: NaiveRead[] = straightforwardReads()): Promise<Snapshot> {
  const snapshot = emptySnapshot();
  const records = new RecordSink();
  const tooling = new RecordSink();
  const unreadable: Record<string, string> = {};
  for (const read of reads) {
    try {
      if (read.kind === 'query' || read.kind === 'tooling-query') {
        const api = read.kind === 'query' ? conn : conn.tooling;
        // autoFetch follows every nextRecordsUrl, one page after the other; the result holds all rows.
        const { records: rows } = await api.query(read.soql).run({ autoFetch: true, maxFetch: 1e6 });
        const type = /\bFROM\s+(\w+)/i.exec(read.soql)![1];
        const sink = read.kind === 'query' ? records : tooling;
        sink.declare(type);
        sink.add(rows as never, type);
      } else if (read.kind === 'describe') {
        snapshot.describe[read.sobject] = (await conn.describe(read.sobject)) as unknown as DescribeResult;
      } else {
        const component = normaliseMetadata((await conn.metadata.read(read.type, read.fullName)) as unknown as Record<string, unknown>);
        snapshot.metadata[read.type] = component ? { [read.fullName]: component } : {};
      }
    } catch (error) {
      const e = error as { errorCode?: string; message?: string };
      if (read.kind === 'describe' && e.errorCode === 'NOT_FOUND') continue;
      const key =
        read.kind === 'describe'
          ? `describe.${read.sobject}`
          : read.kind === 'metadata-read'
            ? `metadata.${read.type}`
            : `${read.kind === 'query' ? 'records' : 'tooling'}.${/\bFROM\s+(\w+)/i.exec(read.soql)![1]}`;
      unreadable[key] = `${e.errorCode ?? 'ERROR'}: ${e.message ?? String(error)}`;
    }
  }
  snapshot.records = records.toRecords();
  snapshot.tooling = tooling.toRecords();
  if (Object.keys(unreadable).length) snapshot.unreadable = unreadable;
  return snapshot;
}
