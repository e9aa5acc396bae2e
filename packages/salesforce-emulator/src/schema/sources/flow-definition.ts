import type { ObjectSource } from './object-source.js';

/** Tooling API only (34.0+): no describe capture. Its Id is the SetupEntityId of Flow Access rows (SetupEntityType FlowDefinition). */
export const flowDefinitionSource: ObjectSource = {
  object: 'FlowDefinition',
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_flowdefinition.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    DeveloperName: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    MasterLabel: { type: 'string', filterable: true, createable: false, updateable: true, nillable: false },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    Description: { type: 'textarea', filterable: false, createable: false, updateable: true, nillable: true },
    ActiveVersionId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['Flow'],
      relationshipName: 'ActiveVersion',
    },
    LatestVersionId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['Flow'],
      relationshipName: 'LatestVersion',
    },
  },
  unsettled: {
    properties: ['createable', 'updateable', 'type', 'filterable', 'nillable'],
    fields: ['DeveloperName', 'MasterLabel', 'NamespacePrefix', 'Description', 'ActiveVersionId', 'LatestVersionId'],
  },
};
