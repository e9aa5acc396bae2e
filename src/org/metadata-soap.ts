import type { Connection, Schema } from 'jsforce';
import { ApiSchemas } from 'jsforce/lib/api/metadata/schema.js';
import type { HttpApi } from 'jsforce/lib/http-api.js';
import { SOAP } from 'jsforce/lib/soap.js';
import { MalformedResponse } from './failures.js';

const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';

type Track = <A extends HttpApi<Schema>>(api: A) => A;

/** A SOAP endpoint of the Metadata API with our per-attempt options (timeout, no jsforce retries). */
function endpoint(connection: Connection, options: object, track: Track): SOAP<Schema> {
  const endpointUrl = `${connection.instanceUrl}/services/Soap/m/${connection.version}`;
  return track(new SOAP(connection, { xmlns: METADATA_NS, endpointUrl, ...options }));
}

// jsforce lets xml2js's parse error of a broken 200 body through as a plain Error ("Unclosed root tag\nLine: 0 …").
function asMalformed(error: unknown): unknown {
  const e = error as { errorCode?: string; message?: string };
  return !e?.errorCode && /\nLine: \d+/.test(e?.message ?? '') ? new MalformedResponse('the answer is not well-formed XML') : error;
}

/** readMetadata of one component; the component without its `$` type attribute ({} when absent). */
export async function readMetadataOnce(
  connection: Connection,
  type: string,
  fullName: string,
  options: object,
  track: Track,
): Promise<Record<string, unknown>> {
  const schema = type in ApiSchemas ? { type: ApiSchemas.ReadResult.type, props: { records: [type] } } : ApiSchemas.ReadResult;
  const response = (await endpoint(connection, options, track)
    .invoke('readMetadata', { type, fullNames: fullName }, { result: schema }, ApiSchemas)
    .catch((error: unknown) => {
      throw asMalformed(error);
    })) as { result?: { records?: unknown[] } } | undefined;
  if (!response || typeof response !== 'object' || typeof response.result !== 'object')
    throw new MalformedResponse('the SOAP answer is not a readMetadata response');
  const { $: _type, ...component } = (response.result.records?.[0] ?? {}) as Record<string, unknown>;
  return component;
}

/** updateMetadata of one component, as jsforce's `metadata.update` sends it; the SaveResult. */
export async function updateMetadataOnce(
  connection: Connection,
  type: string,
  component: Record<string, unknown>,
  options: object,
  track: Track,
): Promise<Record<string, unknown>> {
  const metadata = { '@xsi:type': type, ...component };
  const answer: unknown = await endpoint(connection, options, track)
    .invoke('updateMetadata', { metadata }, { result: ApiSchemas.SaveResult }, ApiSchemas)
    .catch((error: unknown) => {
      throw asMalformed(error);
    });
  const response = answer as { result?: unknown } | undefined;
  const result = Array.isArray(response?.result) ? (response.result[0] as unknown) : response?.result;
  if (!result || typeof result !== 'object' || !('success' in result))
    throw new MalformedResponse('the SOAP answer is not an updateMetadata response');
  return result;
}
