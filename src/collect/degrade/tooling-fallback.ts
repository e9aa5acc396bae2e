import type { DegradedRead, SnapshotKey } from '@juston-audit/org-snapshot';
import { AuditError } from '../../errors.js';
import { describeSalesforceError, type OrgClient, type QueryPage } from '../../org/index.js';
import type { PlannedRead } from '../plan.js';
import { describeRejection, type Rejection } from '../rejection.js';
import { fromObject, selectedFields } from './soql-shape.js';
import { listedInDescribes, ownerOf, toolingDescribes } from './tooling-describes.js';
import { isLabelOnly } from './label-only-fields.js';

export type ToolingRead = Extract<PlannedRead, { kind: 'tooling-query' }>;

export interface RefusedToolingRead {
  read: ToolingRead;
  rejection: Rejection;
}

export interface ToolingFallbackOutcome {
  /** The first page of each retried read that the org answered. */
  answered: Array<{ read: ToolingRead; page: QueryPage }>;
  degraded: DegradedRead[];
  /** Snapshot keys left unreadable, with why: the retry failed too, or it went without a field the rules decide on. */
  unreadable: Array<{ keys: SnapshotKey[]; why: string }>;
}

/** A Tooling query has one simpler documented form: without the fields the org does not have (INVALID_FIELD). */
export const hasToolingFallback = (rejection: Rejection): boolean => rejection.errorCode === 'INVALID_FIELD';

/**
 * Retries each refused Tooling query once without the fields the org's Tooling describes do not list:
 * one round of describes, then one round of retries, every read together. A fallback is never retried.
 */
export async function readToolingInSimplerForm(
  client: OrgClient,
  refused: RefusedToolingRead[],
  onRound: (round: number) => void,
): Promise<ToolingFallbackOutcome> {
  const outcome: ToolingFallbackOutcome = { answered: [], degraded: [], unreadable: [] };
  onRound(1);
  const describes = await toolingDescribes(
    client,
    refused.map(({ read }) => read.soql),
  );
  await Promise.all(
    refused.map(async ({ read, rejection }) => {
      const message = describeRejection(rejection);
      const sobject = fromObject(read.soql);
      const fields = selectedFields(read.soql);
      const unlisted = fields.filter((field) => !listedInDescribes(describes, sobject, field));
      const fallback = unlisted.length ? `fields the org's describe does not list dropped: ${unlisted.join(', ')}` : '';
      try {
        if (!unlisted.length) throw new Error('the read has no simpler form');
        const soql = read.soql.replace(fields.join(', '), fields.filter((field) => !unlisted.includes(field)).join(', '));
        onRound(2);
        outcome.answered.push({ read, page: await client.get<QueryPage>(`/tooling/query?q=${encodeURIComponent(soql)}`) });
      } catch (error) {
        if (error instanceof AuditError) throw error;
        const why = `${message}; the simpler form failed too: ${describeSalesforceError((error as { body?: unknown }).body ?? error)}`;
        outcome.unreadable.push({ keys: read.fills, why });
        outcome.degraded.push({ read: read.id, fallback, message, recovered: false });
        return;
      }
      const needed = unlisted.filter((field) => !isLabelOnly(ownerOf(describes, sobject, field), field.split('.').at(-1)!));
      const keys = [...new Set(needed.map((field) => `tooling.${ownerOf(describes, sobject, field)}` as SnapshotKey))];
      if (keys.length) outcome.unreadable.push({ keys, why: `${message}; read without ${needed.join(', ')}, which the rules decide on` });
      outcome.degraded.push({ read: read.id, fallback, message, recovered: !keys.length });
    }),
  );
  outcome.degraded.sort((a, b) => a.read.localeCompare(b.read));
  return outcome;
}
