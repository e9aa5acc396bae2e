import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** OBJ sforce_api_objects_appmenuitem.htm: read-only. ApplicationId has no relationship name [unverified]. */
export const appMenuItem = defineObject({
  name: 'AppMenuItem',
  source: 'OBJ sforce_api_objects_appmenuitem.htm',
  keyPrefix: '0DS',
  fields: [
    readOnly('ApplicationId', 'reference', { referenceTo: ['ConnectedApplication', 'TabSet'] }),
    readOnly('Name', 'string'),
    readOnly('Label', 'string'),
    readOnly('NamespacePrefix', 'string'),
    readOnly('Type', 'picklist', { picklistValues: ['ConnectedApplication', 'Network', 'TabSet'] }),
    readOnly('IsUsingAdminAuthorization', 'boolean'),
    readOnly('IsAccessible', 'boolean'),
    readOnly('IsVisible', 'boolean'),
    readOnly('StartUrl', 'url'),
    readOnly('Description', 'textarea', { filterable: false }),
    readOnly('SortOrder', 'int'),
  ],
});
