import { defineObject } from '../define-object.js';
import { field, readOnly } from '../field.js';

/**
 * TOOL tooling_api_objects_remoteproxy.htm (37.0+). Writes take only FullName and Metadata
 * (see store/write-rules/remote-proxy.ts); the other fields are derived from Metadata.
 */
export const remoteProxy = defineObject({
  name: 'RemoteProxy',
  source: 'TOOL tooling_api_objects_remoteproxy.htm',
  keyPrefix: '0rp',
  apis: ['tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    readOnly('SiteName', 'string'),
    readOnly('EndpointUrl', 'url'),
    readOnly('IsActive', 'boolean'),
    readOnly('DisableProtocolSecurity', 'boolean'),
    readOnly('Description', 'textarea', { filterable: false }),
    readOnly('NamespacePrefix', 'string'),
    readOnly('ManageableState', 'picklist'),
    field('FullName', 'string', { filterable: false, updateable: false }),
    field('Metadata', 'complexvalue', { filterable: false }),
  ],
});
