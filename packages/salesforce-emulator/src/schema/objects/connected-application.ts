import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** OBJ sforce_api_objects_connectedapplication.htm: "all fields are read-only"; no NamespacePrefix. */
export const connectedApplication = defineObject({
  name: 'ConnectedApplication',
  source: 'OBJ sforce_api_objects_connectedapplication.htm',
  keyPrefix: '0H4',
  fields: [
    readOnly('Name', 'string', { nillable: false }),
    readOnly('OptionsAllowAdminApprovedUsersOnly', 'boolean'),
    readOnly('OptionsRefreshTokenValidityMetric', 'boolean'),
    readOnly('OptionsHasSessionLevelPolicy', 'boolean'),
    readOnly('RefreshTokenValidityPeriod', 'int'),
    readOnly('StartUrl', 'url'),
    readOnly('MobileStartUrl', 'url'),
    readOnly('PinLength', 'picklist'),
    readOnly('MobileSessionTimeout', 'picklist'),
  ],
});
