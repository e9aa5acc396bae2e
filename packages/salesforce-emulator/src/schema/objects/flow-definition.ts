import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * TOOL tooling_api_objects_flowdefinition.htm (34.0+): the parent of a flow's versions; query, retrieve and update
 * (update is not emulated). Its Id is the SetupEntityId of Flow Access rows (SetupEntityType FlowDefinition, OBJ
 * sforce_api_objects_setupentityaccess.htm, 58.0+). Key prefix 300 as public notes on Flow Access queries show
 * ([community]).
 */
export const flowDefinition = defineObject({
  name: 'FlowDefinition',
  source: 'TOOL tooling_api_objects_flowdefinition.htm',
  keyPrefix: '300',
  apis: ['tooling'],
  fields: [
    readOnly('DeveloperName', 'string', { nillable: false }),
    readOnly('MasterLabel', 'string', { nillable: false }),
    readOnly('NamespacePrefix', 'string'),
    readOnly('Description', 'textarea', { filterable: false }),
    readOnly('ActiveVersionId', 'reference', { referenceTo: ['Flow'] }),
    readOnly('LatestVersionId', 'reference', { referenceTo: ['Flow'] }),
  ],
});
