import { defineObject } from '../define-object.js';
import { flowDefinitionSource } from '../sources/flow-definition.js';

/**
 * The parent of a flow's versions (Tooling API only; query, retrieve and update, update not emulated). Its Id is the
 * SetupEntityId of Flow Access rows (SetupEntityType FlowDefinition, 58.0+); key prefix 300 as public notes on Flow
 * Access queries show ([community]).
 */
export const flowDefinition = defineObject({
  name: 'FlowDefinition',
  source: flowDefinitionSource,
  keyPrefix: '300',
  apis: ['tooling'],
  fields: ['DeveloperName', 'MasterLabel', 'NamespacePrefix', 'Description', 'ActiveVersionId', 'LatestVersionId'],
});
