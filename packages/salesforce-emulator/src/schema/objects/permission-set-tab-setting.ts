import { defineObject } from '../define-object.js';
import { permissionSetTabSettingSource } from '../sources/permission-set-tab-setting.js';

/**
 * Data API 45.0+, Tooling 37.0+. ParentId and Name cannot be updated. Key prefix 01P is [unverified].
 * Its only audit field is SystemModstamp.
 */
export const permissionSetTabSetting = defineObject({
  name: 'PermissionSetTabSetting',
  source: permissionSetTabSettingSource,
  keyPrefix: '01P',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: ['ParentId', 'Name', ['Visibility', { picklistValues: ['DefaultOn', 'DefaultOff'] }]],
});
