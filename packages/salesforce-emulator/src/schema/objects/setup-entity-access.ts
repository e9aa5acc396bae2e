import { defineObject } from '../define-object.js';
import { lookup, readOnly } from '../field.js';

/** Key prefix → SetupEntityType, for the types the emulator knows. */
export const SETUP_ENTITY_TYPES: Record<string, string> = {
  '0H4': 'ConnectedApplication',
  '01p': 'ApexClass',
  '066': 'ApexPage',
  '0CP': 'CustomPermission',
  '02u': 'TabSet',
  '0LE': 'ServiceProvider',
  '01I': 'CustomEntityDefinition',
  '300': 'FlowDefinition',
  '0xI': 'ExternalClientApplication',
};

/**
 * OBJ sforce_api_objects_setupentityaccess.htm: create, delete, query; no update. FlowDefinition (Flow Access) from
 * API 58.0, ExternalClientApplication from 60.0.
 * SetupEntityType is not createable: the org derives it from the SetupEntityId key prefix.
 */
export const setupEntityAccess = defineObject({
  name: 'SetupEntityAccess',
  source: 'OBJ sforce_api_objects_setupentityaccess.htm',
  keyPrefix: '0J0',
  apis: ['data', 'tooling'],
  calls: ['create', 'delete'],
  fields: [
    lookup('ParentId', 'PermissionSet', 'Parent', { updateable: false }),
    lookup('SetupEntityId', Object.values(SETUP_ENTITY_TYPES), 'SetupEntity', { updateable: false }),
    readOnly('SetupEntityType', 'picklist', { picklistValues: Object.values(SETUP_ENTITY_TYPES) }),
  ],
});
