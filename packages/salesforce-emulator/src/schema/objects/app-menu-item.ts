import { defineObject } from '../define-object.js';
import { appMenuItemSource } from '../sources/app-menu-item.js';

/** Read-only. */
export const appMenuItem = defineObject({
  name: 'AppMenuItem',
  source: appMenuItemSource,
  keyPrefix: '0DS',
  fields: [
    'ApplicationId',
    'Name',
    'Label',
    'NamespacePrefix',
    ['Type', { picklistValues: ['ConnectedApplication', 'Network', 'TabSet'] }],
    'IsUsingAdminAuthorization',
    'IsAccessible',
    'IsVisible',
    'StartUrl',
    'Description',
    'SortOrder',
  ],
});
