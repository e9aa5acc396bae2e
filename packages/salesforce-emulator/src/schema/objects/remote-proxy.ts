import { defineObject } from '../define-object.js';
import { remoteProxySource } from '../sources/remote-proxy.js';

/**
 * Tooling API only (37.0+). Writes take only FullName and Metadata (see store/write-rules/remote-proxy.ts);
 * the other fields are derived from Metadata.
 */
export const remoteProxy = defineObject({
  name: 'RemoteProxy',
  source: remoteProxySource,
  keyPrefix: '0rp',
  apis: ['tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    'SiteName',
    'EndpointUrl',
    'IsActive',
    'DisableProtocolSecurity',
    'Description',
    'NamespacePrefix',
    'ManageableState',
    'FullName',
    'Metadata',
  ],
});
