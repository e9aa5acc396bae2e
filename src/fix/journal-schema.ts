/** JSON Schema (draft-07) of the fix journal; compiled once by loadJournal. */
const id = { type: 'string', minLength: 1 };
const nullableString = { type: ['string', 'null'] };

export const JOURNAL_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'juston-audit fix journal',
  type: 'object',
  required: ['format', 'orgId', 'createdAt', 'auditedAt', 'status', 'changes', 'events'],
  properties: {
    format: { const: 'juston-audit.fix-journal/v1' },
    orgId: { type: 'string', pattern: '^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$' },
    orgName: nullableString,
    isSandbox: { type: ['boolean', 'null'] },
    instanceUrl: nullableString,
    createdAt: { type: 'string', format: 'date-time' },
    auditedAt: { type: 'string' },
    fixType: { enum: ['safe', 'review'] },
    status: {
      enum: ['applying', 'applied', 'conflicts', 'failed-rolled-back', 'failed-rollback-incomplete', 'rolled-back', 'rollback-partial'],
    },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'ruleIds', 'fingerprints', 'target', 'operation', 'sobject', 'before', 'after', 'summary', 'dependsOn'],
        properties: {
          id: { type: 'string', pattern: '^c[0-9]+$' },
          ruleIds: { type: 'array', items: id },
          fingerprints: { type: 'array', items: { type: 'string' } },
          target: {
            type: 'object',
            required: ['type', 'name'],
            properties: { type: id, id: { type: 'string' }, name: { type: 'string' } },
          },
          operation: { enum: ['metadata.update', 'sobject.create', 'sobject.update'] },
          sobject: id,
          before: { type: ['object', 'null'] },
          after: { type: 'object' },
          undo: { type: 'object' },
          summary: { type: 'string' },
          dependsOn: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'changeId', 'phase', 'action'],
        properties: {
          at: { type: 'string' },
          changeId: { type: 'string', pattern: '^c[0-9]+$' },
          phase: { enum: ['apply', 'undo-after-failure', 'rollback'] },
          action: { enum: ['applied', 'conflict', 'failed', 'skipped', 'undone', 'already-undone', 'undo-failed'] },
          recordId: { type: 'string' },
          detail: { type: 'string' },
        },
      },
    },
  },
} as const;
