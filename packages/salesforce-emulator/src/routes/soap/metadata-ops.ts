import { SalesforceApiError } from '../../api-error.js';
import { childrenNamed, child, type XmlElement } from '../../http/xml-parse.js';
import { escapeXml, toXml } from '../../http/xml-write.js';
import type { MetadataSaveResult, OrgData } from '../../org-data.js';
import { elementToValue, recordXml, xsiType } from './metadata-values.js';

/** A Metadata API operation: the request element in, the inner XML of `<opResponse>` out. */
export type MetadataOperation = (org: OrgData, request: XmlElement) => string;

/** CRUD-based metadata calls take at most 10 components [community: certinia/apex-mdapi#105]. */
const MAX_COMPONENTS = 10;

function checkCount(count: number): void {
  if (count > MAX_COMPONENTS) {
    throw new SalesforceApiError(
      'EXCEEDED_ID_LIMIT',
      `record limit reached. cannot submit more than ${MAX_COMPONENTS} records in this operation`,
      500,
    );
  }
}

function readMetadata(org: OrgData, request: XmlElement): string {
  const type = child(request, 'type')?.text.trim() ?? '';
  const fullNames = childrenNamed(request, 'fullNames').map((e) => e.text.trim());
  checkCount(fullNames.length);
  const records = org.readMetadata(type, fullNames);
  return `<result>${records.map((r) => recordXml(type, r)).join('')}</result>`;
}

/** Items may mix types; each type goes to the data layer once, results come back in request order. */
function updateMetadata(org: OrgData, request: XmlElement): string {
  const items = childrenNamed(request, 'metadata');
  checkCount(items.length);
  const results = new Array<MetadataSaveResult>(items.length);
  const byType = new Map<string, number[]>();
  items.forEach((item, i) => {
    const type = xsiType(item);
    if (!type) throw new SalesforceApiError('INVALID_TYPE', 'Metadata element without xsi:type', 500);
    byType.set(type, [...(byType.get(type) ?? []), i]);
  });
  for (const [type, indexes] of byType) {
    const components = indexes.map((i) => elementToValue(items[i]) as Record<string, unknown>);
    org.updateMetadata(type, components).forEach((result, k) => (results[indexes[k]] = result));
  }
  return results.map(saveResultXml).join('');
}

function saveResultXml(result: MetadataSaveResult): string {
  const errors = result.errors
    .map((e) => `<errors><message>${escapeXml(e.message)}</message><statusCode>${escapeXml(e.statusCode)}</statusCode></errors>`)
    .join('');
  return `<result>${errors}<fullName>${escapeXml(result.fullName)}</fullName><success>${result.success}</success></result>`;
}

/** listMetadata: derived from the org snapshot, since OrgData has no listing of its own. */
function listMetadata(org: OrgData, request: XmlElement): string {
  const types = childrenNamed(request, 'queries').map((q) => child(q, 'type')?.text.trim() ?? '');
  const metadata = org.toSnapshot().metadata;
  return types
    .flatMap((type) =>
      Object.keys(metadata[type] ?? {}).map((fullName) =>
        toXml('result', {
          createdById: '',
          createdByName: '',
          createdDate: '1970-01-01T00:00:00.000Z',
          fileName: type.endsWith('Settings') ? `settings/${fullName}.settings` : `${type}/${fullName}`,
          fullName,
          id: '',
          lastModifiedById: '',
          lastModifiedByName: '',
          lastModifiedDate: '1970-01-01T00:00:00.000Z',
          manageableState: 'unmanaged',
          type,
        }),
      ),
    )
    .join('');
}

/** The explicit registry of Metadata SOAP operations the emulator serves. */
export const metadataOperations: Record<string, MetadataOperation> = {
  readMetadata,
  updateMetadata,
  listMetadata,
};
