import type { DegradedRead, DescribeResult, SnapshotKey } from '@juston-audit/org-snapshot';
import { AuditError } from '../../errors.js';
import { compositeBatches, describeSalesforceError, runNamedQueries, type OrgClient } from '../../org/index.js';
import type { DataRead } from '../plan.js';
import { describeRejection, type Rejection } from '../rejection.js';
import { CHILD_RELATIONSHIPS, childRead } from './child-relationships.js';
import { inListStatements } from './id-chunks.js';
import { isLabelOnly } from './label-only-fields.js';
import { childSubquery, fromObject, selectedFields, semiJoins } from './soql-shape.js';

type QueryRead = Extract<DataRead, { kind: 'query' }>;
type Row = Record<string, unknown>;

export interface RefusedRead {
  read: QueryRead;
  rejection: Rejection;
}

export interface FallbackOutcome {
  /** Rows read by the fallbacks, with the sObject each list is of (the rows carry no `attributes`). */
  rows: Array<{ type: string; records: Row[] }>;
  degraded: DegradedRead[];
  /** Reads whose fallback failed too, with why. */
  failed: Array<{ read: QueryRead; why: string }>;
  /** Snapshot keys the fallbacks read without a field the rules decide on, with why. */
  unreadable: Array<{ keys: SnapshotKey[]; why: string }>;
}

/** The parent relationships the plan selects through, when the name is not the sObject's. */
const PARENT_TARGETS: Record<string, string> = { Parent: 'PermissionSet' };

/** The sObject a selected field belongs to: `sobject` itself, or the parent the last relationship of its path names. */
function ownerOf(sobject: string, field: string): string {
  const relationship = field.includes('.') ? field.split('.').at(-2)! : undefined;
  return relationship ? (PARENT_TARGETS[relationship] ?? relationship) : sobject;
}

type Simplification = 'fields' | 'semi-joins' | 'child subquery';

/** What to simplify, from Salesforce's answer; an answer that names nothing in particular simplifies all. */
function simplifications(rejection: Rejection, soql: string): Simplification[] {
  const { errorCode, message } = rejection;
  if (errorCode === 'INVALID_FIELD' && !/relationship/i.test(message)) return ['fields'];
  if (semiJoins(soql).length && (errorCode === 'INVALID_QUERY_FILTER_OPERATOR' || /semi[- ]?join/i.test(message))) return ['semi-joins'];
  if (childSubquery(soql) && /relationship/i.test(message)) return ['child subquery'];
  return ['fields', 'semi-joins', 'child subquery'];
}

/**
 * Retries each refused read once in its simplest documented form: fields the org's describe does not
 * list dropped; a semi-join replaced by reading the Ids first and then IN lists within the URL limit
 * (an anti-join is dropped: the rows it kept out are the same records, merged by Id); a child subquery
 * replaced by a read of its own. A fallback is never retried. `onRound(n)`: a fallback reached its n-th
 * sequential round of requests.
 *
 * Rounds: a fallback takes up to four sequential rounds after the first wave, not one, because each
 * step needs the answer of the one before: (1) the describes, when any read drops fields; (2) a
 * semi-join's sub-select, for the Ids; (3) the rewritten read (with IN lists of those Ids); (4) a child
 * subquery's own read, by the parents' Ids; each may add a round of further pages. The refused reads do not queue behind
 * one another: the describes of all of them go out together, then every read's steps run side by side,
 * so the n-th step of every refused read goes out in the same wave (their own composite requests,
 * concurrently). The Tooling fallbacks (tooling-fallback.ts: describes, then the retry) run in rounds
 * 1 and 2 alongside.
 */
export async function readInSimplerForm(
  client: OrgClient,
  refused: RefusedRead[],
  onRound: (round: number) => void,
): Promise<FallbackOutcome> {
  const outcome: FallbackOutcome = { rows: [], degraded: [], failed: [], unreadable: [] };
  const plans = refused.map(({ read, rejection }) => ({ read, rejection, steps: simplifications(rejection, read.soql) }));
  const needDescribes = plans.filter((plan) => plan.steps.includes('fields')).map((plan) => plan.read.soql);
  const describes = await describeFor(client, needDescribes);
  const first = needDescribes.length ? 1 : 0;
  if (first) onRound(1);
  await Promise.all(
    plans.map(async ({ read, rejection, steps }) => {
      const used: string[] = [];
      const dropped: string[] = [];
      try {
        let round = first;
        const rows = await fallback(client, read.soql, steps, describes, used, () => onRound(++round), dropped);
        outcome.rows.push(...rows);
        const sobject = fromObject(read.soql);
        const needed = dropped.filter((field) => !isLabelOnly(ownerOf(sobject, field), field.split('.').at(-1)!));
        if (needed.length) {
          outcome.unreadable.push({
            keys: [`records.${sobject}` as SnapshotKey],
            why: `${describeRejection(rejection)}; read without ${needed.join(', ')}, which the rules decide on`,
          });
        }
        outcome.degraded.push({
          read: read.id,
          fallback: used.join('; '),
          message: describeRejection(rejection),
          recovered: !needed.length,
        });
      } catch (error) {
        if (error instanceof AuditError) throw error;
        const why = describeSalesforceError((error as { body?: unknown }).body ?? error);
        outcome.failed.push({ read, why: `${describeRejection(rejection)}; the simpler form failed too: ${why}` });
        outcome.degraded.push({ read: read.id, fallback: used.join('; '), message: describeRejection(rejection), recovered: false });
      }
    }),
  );
  outcome.degraded.sort((a, b) => a.read.localeCompare(b.read));
  return outcome;
}

async function fallback(
  client: OrgClient,
  original: string,
  steps: Simplification[],
  describes: Map<string, DescribeResult>,
  used: string[],
  onWave: () => void,
  dropped: string[],
): Promise<Array<{ type: string; records: Row[] }>> {
  const sobject = fromObject(original);
  let soql = original;
  const child = steps.includes('child subquery') ? childSubquery(soql) : undefined;
  if (child) {
    soql = soql.replace(child.text, '');
    used.push(`child subquery ${child.relationship} read on its own`);
  }
  if (steps.includes('fields')) {
    const unlisted = selectedFields(soql).filter((field) => !listed(describes, sobject, field));
    if (unlisted.length) {
      soql = soql.replace(
        selectedFields(soql).join(', '),
        selectedFields(soql)
          .filter((field) => !unlisted.includes(field))
          .join(', '),
      );
      used.push(`fields the org's describe does not list dropped: ${unlisted.join(', ')}`);
      dropped.push(...unlisted);
    }
  }
  const joins = steps.includes('semi-joins') ? semiJoins(soql) : [];
  for (const join of joins.filter((j) => j.negated)) {
    soql = soql.replace(` AND ${join.text}`, '');
    used.push(`anti-join into ${join.innerObject} dropped`);
  }
  const positive = joins.filter((j) => !j.negated);
  if (!used.length && !positive.length) throw new Error('the read has no simpler form');
  let statements = [soql];
  if (positive.length) {
    onWave();
    const inner = await runNamedQueries(client, Object.fromEntries(positive.map((join, i) => [`ids${i}`, join.inner])));
    positive.forEach((join, i) => {
      const ids = inner.get(`ids${i}`)!.map((row) => String(valueAt(row, join.innerField)));
      statements = statements.flatMap((statement) =>
        inListStatements(client.dataPath, (list) => statement.replace(join.text, `${join.field} IN ${list}`), ids),
      );
      used.push(`semi-join into ${join.innerObject} replaced by an Id read and IN lists`);
    });
  }
  const rows = await runAll(client, statements, onWave);
  const result = [{ type: sobject, records: rows }];
  if (child) {
    const relation = CHILD_RELATIONSHIPS[child.relationship];
    const parents = rows.map((row) => String(row.Id));
    const childReads = inListStatements(client.dataPath, (list) => childRead(child.relationship, child.fields, list), parents);
    result.push({ type: relation.sobject, records: await runAll(client, childReads, onWave) });
  }
  return result;
}

async function runAll(client: OrgClient, statements: string[], onWave: () => void): Promise<Row[]> {
  if (!statements.length) return [];
  onWave();
  const answers = await runNamedQueries(client, Object.fromEntries(statements.map((soql, i) => [`q${i}`, soql])));
  return [...answers.values()].flat();
}

function valueAt(row: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((value, step) => (value as Row | null | undefined)?.[step], row);
}

function listed(describes: Map<string, DescribeResult>, sobject: string, field: string): boolean {
  const describe = describes.get(ownerOf(sobject, field));
  return !describe || describe.fields.some((candidate) => candidate.name === field.split('.').at(-1));
}

/** One round of describes, in composite requests, of every sObject the reads select from. */
async function describeFor(client: OrgClient, statements: string[]): Promise<Map<string, DescribeResult>> {
  const objects = new Set<string>();
  for (const soql of statements) {
    objects.add(fromObject(soql));
    for (const field of selectedFields(soql).filter((f) => f.includes('.'))) objects.add(ownerOf(fromObject(soql), field));
  }
  const describes = new Map<string, DescribeResult>();
  if (!objects.size) return describes;
  const requests = Promise.all(
    compositeBatches([...objects], () => false).map(async (batch) => {
      const { compositeResponse } = await client.post<{
        compositeResponse: Array<{ referenceId: string; httpStatusCode: number; body: unknown }>;
      }>('/composite', {
        allOrNone: false,
        compositeRequest: batch.map((name) => ({ method: 'GET', url: `${client.dataPath}/sobjects/${name}/describe`, referenceId: name })),
      });
      for (const item of compositeResponse) if (item.httpStatusCode === 200) describes.set(item.referenceId, item.body as DescribeResult);
    }),
  );
  try {
    await requests;
  } catch (error) {
    // Without describes no field is known to be missing; the retry then fails as the read did.
    if (error instanceof AuditError) throw error;
  }
  return describes;
}
