import { SalesforceApiError } from '../../api-error.js';
import type { WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';

/**
 * Tooling RemoteProxy takes only FullName and Metadata (TOOL tooling_api_objects_remoteproxy.htm)
 * [community: the FIELD_INTEGRITY_EXCEPTION answer].
 */
function checkBody(body: Record<string, unknown>): void {
  const other = Object.keys(body).filter((k) => !['fullname', 'metadata', 'attributes'].includes(k.toLowerCase()));
  if (other.length > 0) {
    throw new SalesforceApiError(
      'FIELD_INTEGRITY_EXCEPTION',
      'Only the Metadata and FullName fields may be specified on RemoteProxy',
      400,
      other,
    );
  }
}

/** The queryable columns follow the RemoteSiteSetting metadata. */
function derive(row: Row): void {
  const m = (row.Metadata ?? {}) as Record<string, unknown>;
  if (typeof row.FullName === 'string') row.SiteName = row.FullName;
  if ('url' in m) row.EndpointUrl = m.url ?? null;
  if ('isActive' in m) row.IsActive = m.isActive === true;
  if ('disableProtocolSecurity' in m) row.DisableProtocolSecurity = m.disableProtocolSecurity === true;
  if ('description' in m) row.Description = m.description ?? null;
}

/**
 * Managed remote sites (NamespacePrefix set) are refused: the reference expects subscribers cannot
 * update them outside Setup [unverified], so a fixer must fall back to a manual step.
 */
export const remoteProxyRule: WriteRule = {
  sobjects: ['RemoteProxy'],
  checkBody,
  beforeCreate: (_ctx, row) => {
    if (typeof row.FullName !== 'string' || row.Metadata === null || row.Metadata === undefined) {
      throw new SalesforceApiError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [FullName, Metadata]', 400, [
        'FullName',
        'Metadata',
      ]);
    }
    row.NamespacePrefix = null;
    row.ManageableState = 'unmanaged';
    derive(row);
  },
  beforeUpdate: (ctx, after, before) => {
    if (typeof before.NamespacePrefix === 'string' && before.NamespacePrefix !== '') {
      throw new SalesforceApiError(
        'CANNOT_MODIFY_MANAGED_OBJECT',
        `Cannot modify managed object: entity=RemoteProxy, component=${String(before.Id)}, state=installed`,
      );
    }
    derive(after);
    const { SiteName, EndpointUrl, IsActive, DisableProtocolSecurity, Description } = after;
    ctx.systemSet('RemoteProxy', before.Id as string, { SiteName, EndpointUrl, IsActive, DisableProtocolSecurity, Description });
  },
};
