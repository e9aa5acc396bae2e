import { defineObject } from '../define-object.js';
import { field, lookup, readOnly } from '../field.js';

/** OBJ sforce_api_objects_user.htm: users cannot be deleted, only deactivated. */
export const user = defineObject({
  name: 'User',
  source: 'OBJ sforce_api_objects_user.htm',
  keyPrefix: '005',
  calls: ['create', 'update'],
  fields: [
    field('Username', 'string', { nillable: false }),
    field('FirstName', 'string'),
    field('LastName', 'string', { nillable: false }),
    readOnly('Name', 'string', { nillable: false }),
    field('Email', 'email', { nillable: false }),
    field('Alias', 'string', { nillable: false }),
    field('CommunityNickname', 'string'),
    field('IsActive', 'boolean', { defaultValue: true }),
    lookup('ProfileId', 'Profile', 'Profile'),
    field('UserRoleId', 'reference', { referenceTo: ['UserRole'], relationshipName: 'UserRole' }),
    field('ManagerId', 'reference', { referenceTo: ['User'], relationshipName: 'Manager' }),
    readOnly('UserType', 'picklist', {
      picklistValues: ['Standard', 'PowerPartner', 'CSPLitePortal', 'CustomerSuccess', 'PowerCustomerSuccess', 'CsnOnly', 'Guest'],
    }),
    field('TimeZoneSidKey', 'picklist', { nillable: false }),
    field('LocaleSidKey', 'picklist', { nillable: false }),
    field('EmailEncodingKey', 'picklist', { nillable: false }),
    field('LanguageLocaleKey', 'picklist', { nillable: false }),
    field('FederationIdentifier', 'string'),
    readOnly('LastLoginDate', 'datetime'),
  ],
  children: [['PermissionSetAssignments', 'PermissionSetAssignment', 'AssigneeId']],
});
