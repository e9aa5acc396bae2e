import { defineObject } from '../define-object.js';
import { connectedApplicationSource } from '../sources/connected-application.js';

/** "All fields are read-only"; no NamespacePrefix. */
export const connectedApplication = defineObject({
  name: 'ConnectedApplication',
  source: connectedApplicationSource,
  keyPrefix: '0H4',
  fields: [
    'Name',
    'OptionsAllowAdminApprovedUsersOnly',
    'OptionsRefreshTokenValidityMetric',
    'OptionsHasSessionLevelPolicy',
    'RefreshTokenValidityPeriod',
    'StartUrl',
    'MobileStartUrl',
    'PinLength',
    'MobileSessionTimeout',
  ],
});
