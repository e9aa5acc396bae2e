import { defineObject } from '../define-object.js';
import { userSource } from '../sources/user.js';

/** Users cannot be deleted, only deactivated. */
export const user = defineObject({
  name: 'User',
  source: userSource,
  keyPrefix: '005',
  calls: ['create', 'update'],
  fields: [
    'Username',
    'FirstName',
    'LastName',
    'Name',
    'Email',
    'Alias',
    // Not nillable in the describe, yet Salesforce fills it in on create [unverified: the value it picks; left empty here].
    ['CommunityNickname', { defaultedOnCreate: true }],
    ['IsActive', { defaultValue: true }],
    'ProfileId',
    'UserRoleId',
    'ManagerId',
    [
      'UserType',
      { picklistValues: ['Standard', 'PowerPartner', 'CSPLitePortal', 'CustomerSuccess', 'PowerCustomerSuccess', 'CsnOnly', 'Guest'] },
    ],
    'TimeZoneSidKey',
    'LocaleSidKey',
    'EmailEncodingKey',
    'LanguageLocaleKey',
    'FederationIdentifier',
    'LastLoginDate',
  ],
  children: [['PermissionSetAssignments', 'PermissionSetAssignment', 'AssigneeId']],
});
