import { defineObject } from '../define-object.js';
import { setupEntityAccessSource } from '../sources/setup-entity-access.js';

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
 * Create, delete, query; no update. SetupEntityType is not createable: the org derives it from the SetupEntityId key
 * prefix. FlowDefinition (Flow Access) from API 58.0, ExternalClientApplication from 60.0 (the reference page's list).
 */
export const setupEntityAccess = defineObject({
  name: 'SetupEntityAccess',
  source: setupEntityAccessSource,
  keyPrefix: '0J0',
  apis: ['data', 'tooling'],
  calls: ['create', 'delete'],
  fields: ['ParentId', 'SetupEntityId', ['SetupEntityType', { picklistValues: Object.values(SETUP_ENTITY_TYPES) }]],
});
