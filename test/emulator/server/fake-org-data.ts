import { SalesforceApiError } from '../../../src/emulator/api-error.js';
import type { ApiSurface, MetadataSaveResult, OrgData, QueryResult, WireRecord } from '../../../src/emulator/org-data.js';
import type { DescribeResult, Snapshot } from '../../../src/snapshot/snapshot.js';
import { emptySnapshot } from '../../../src/snapshot/snapshot.js';

type Row = Record<string, unknown> & { Id: string };

const PREFIXES: Record<string, string> = { Account: '001', User: '005', Profile: '00e', RemoteProxy: '0rp' };
const TOOLING = new Set(['RemoteProxy']);

/**
 * A stand-in for the data layer while it is being written: `SELECT … FROM X [LIMIT n]` returns every
 * row of X (all fields), Account.Name is required, and MobileSettings/Mobile is the only metadata.
 */
export function fakeOrgData(accountCount = 7): OrgData {
  let tables: Record<string, Row[]> = {
    Profile: [{ Id: '00e000000000001AAA', Name: 'System Administrator' }],
    User: [
      { Id: '005000000000009AAA', Username: 'inactive@fake.example', Name: 'Old Admin', IsActive: false, ProfileId: '00e000000000001AAA' },
      { Id: '005000000000001AAA', Username: 'admin@fake.example', Name: 'Ada Admin', IsActive: true, ProfileId: '00e000000000001AAA' },
    ],
    Account: Array.from({ length: accountCount }, (_, i) => ({ Id: id('Account', i + 1), Name: `Account ${i + 1}` })),
    RemoteProxy: [
      { Id: id('RemoteProxy', 1), SiteName: 'JustOn', IsActive: true },
      { Id: id('RemoteProxy', 2), SiteName: 'JustOnApi', IsActive: false },
    ],
  };
  let metadata: Record<string, Record<string, unknown>> = { Mobile: { fullName: 'Mobile', enableS1EncryptedStoragePref2: true } };
  let counter = 100;

  const table = (sobject: string, api: ApiSurface): Row[] => {
    const rows = tables[sobject];
    if (!rows || TOOLING.has(sobject) !== (api === 'tooling')) {
      throw new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);
    }
    return rows;
  };
  const wire = (sobject: string, row: Record<string, unknown>): WireRecord => ({
    attributes: { type: sobject, url: `/services/data/v60.0/sobjects/${sobject}/${String(row.Id)}` },
    ...row,
  });
  const find = (sobject: string, rowId: string, api: ApiSurface): Row => {
    const row = table(sobject, api).find((r) => r.Id === rowId);
    if (!row) throw new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);
    return row;
  };

  return {
    organizationId: '00D000000000001EAA',
    query(soql: string, options: { api: ApiSurface }): QueryResult {
      const m = /\bFROM\s+(\w+)(?:.*\bLIMIT\s+(\d+))?/i.exec(soql);
      if (!m) throw new SalesforceApiError('MALFORMED_QUERY', `unexpected token: '${soql}'`, 400);
      let rows = table(m[1]!, options.api).map((r) => wire(m[1]!, withProfile(r, tables)));
      if (m[2]) rows = rows.slice(0, Number(m[2]));
      return { totalSize: rows.length, records: rows };
    },
    describe(sobject: string, api: ApiSurface): DescribeResult {
      table(sobject, api);
      return { name: sobject, label: sobject, keyPrefix: PREFIXES[sobject], fields: [] };
    },
    listSObjects: (api) => Object.keys(tables).filter((t) => TOOLING.has(t) === (api === 'tooling')),
    retrieve: (sobject, rowId, _fields, api) => wire(sobject, find(sobject, rowId, api)),
    create(sobject, fields, api) {
      const rows = table(sobject, api);
      if (sobject === 'Account' && !fields.Name) {
        throw new SalesforceApiError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', 400, ['Name']);
      }
      const newId = id(sobject, ++counter);
      rows.push({ ...fields, Id: newId });
      return newId;
    },
    update(sobject, rowId, fields, api) {
      if (sobject === 'Account' && fields.Name === '') {
        throw new SalesforceApiError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', 400, ['Name']);
      }
      Object.assign(find(sobject, rowId, api), fields);
    },
    delete(sobject, rowId, api) {
      const row = find(sobject, rowId, api);
      tables[sobject] = table(sobject, api).filter((r) => r !== row);
    },
    transaction<T>(fn: () => T): T {
      const saved = { tables: structuredClone(tables), metadata: structuredClone(metadata), counter };
      try {
        return fn();
      } catch (error) {
        ({ tables, metadata, counter } = saved);
        throw error;
      }
    },
    readMetadata(type, fullNames) {
      if (type !== 'MobileSettings') throw new SalesforceApiError('INVALID_TYPE', `Unknown type: ${type}`, 500);
      return fullNames.map((name) => metadata[name] ?? null);
    },
    updateMetadata(_type, components): MetadataSaveResult[] {
      return components.map((c) => {
        const fullName = String(c.fullName);
        if (!metadata[fullName]) {
          return { fullName, success: false, errors: [{ message: 'No such component', statusCode: 'INVALID_CROSS_REFERENCE_KEY' }] };
        }
        Object.assign(metadata[fullName]!, c);
        return { fullName, success: true, errors: [] };
      });
    },
    toSnapshot(): Snapshot {
      return { ...emptySnapshot(), records: structuredClone(tables), metadata: { MobileSettings: structuredClone(metadata) } };
    },
  };
}

function id(sobject: string, n: number): string {
  return `${PREFIXES[sobject]}${String(n).padStart(12, '0')}AAA`;
}

function withProfile(row: Row, tables: Record<string, Row[]>): Record<string, unknown> {
  if (!('ProfileId' in row)) return row;
  const profile = tables.Profile!.find((p) => p.Id === row.ProfileId);
  return { ...row, Profile: profile ? { attributes: { type: 'Profile' }, Name: profile.Name } : null };
}
