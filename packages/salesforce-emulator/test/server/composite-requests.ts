import type { Connection } from 'jsforce';
import { API_VERSION } from './sample-emulator.js';

export interface SubResponse {
  body: any;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

export const base = `/services/data/v${API_VERSION}`;

/** `POST composite` through jsforce; `version` is the composite request's own API version. */
export const postComposite = (conn: Connection, body: object, version = API_VERSION) =>
  conn.requestPost<{ compositeResponse: SubResponse[] }>(`/services/data/v${version}/composite`, body);

/** A subrequest creating one permission set (no Name: the org refuses it with REQUIRED_FIELD_MISSING). */
export const createSet = (referenceId: string, body: object) => ({
  method: 'POST',
  url: `${base}/sobjects/PermissionSet`,
  referenceId,
  body,
});

/** An sObject Collections create subrequest of permission sets, with its own allOrNone. */
export const createSets = (referenceId: string, allOrNone: boolean, records: object[]) => ({
  method: 'POST',
  url: `${base}/composite/sobjects`,
  referenceId,
  body: { allOrNone, records: records.map((r) => ({ attributes: { type: 'PermissionSet' }, ...r })) },
});

/** What the documented PROCESSING_HALTED answer of a rolled-back subrequest looks like. */
export const halted = (referenceId: string): SubResponse => ({
  body: [
    {
      errorCode: 'PROCESSING_HALTED',
      message: 'The transaction was rolled back since another operation in the same transaction failed.',
    },
  ],
  httpHeaders: {},
  httpStatusCode: 400,
  referenceId,
});

/** Names of the permission sets among `names` that exist now. */
export async function existingSets(conn: Connection, names: string[]): Promise<string[]> {
  const list = names.map((n) => `'${n}'`).join(', ');
  const result = await conn.query<{ Name: string }>(`SELECT Name FROM PermissionSet WHERE Name IN (${list}) ORDER BY Name`);
  return result.records.map((r) => r.Name);
}
