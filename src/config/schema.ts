import type { AnyRule } from '../rules/types.js';

const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const date = { type: 'string', format: 'date' };

/**
 * The config file schema (JSON Schema draft-07), generated from the rule registry: each rule's
 * `options` schema is the rule's own `meta.schema`. rules.schema.json at the repo root is this
 * object, written out; a test keeps the two identical.
 */
export function buildConfigSchema(rules: readonly AnyRule[]): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      {
        description: `${r.meta.title} (default severity ${r.meta.severity})`,
        if: { type: 'string' },
        then: { $ref: '#/definitions/severity' },
        else: {
          type: 'object',
          properties: {
            severity: { $ref: '#/definitions/severity' },
            options: r.meta.schema ?? { type: 'object', maxProperties: 0, description: 'This rule takes no options.' },
          },
          additionalProperties: false,
        },
      },
    ]),
  );
  const attestable = rules.filter((r) => r.meta.attestable).map((r) => r.meta.id);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'juston-audit configuration (juston-audit.config.json)',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      namespace: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', description: 'JustOn package namespace; default ONB2.' },
      connectedAppName: { type: 'string', minLength: 1, description: "JustOn connected app; default 'JustOn Platform'." },
      platformIntegrationUser: {
        type: 'string',
        minLength: 1,
        description:
          'Username of the platform integration user chosen in JustOn Configuration › Global Configuration (checked by platform/integration).',
      },
      justOnUsers: {
        type: 'object',
        description: 'Who the JustOn users are (active users only).',
        properties: {
          byLicence: { type: 'boolean', description: 'Users holding a package licence (default true).' },
          byNamespacePermissionSets: {
            type: 'boolean',
            description: 'Users assigned a permission set or group of the namespace (default true).',
          },
          permissionSets: { ...names, description: 'Also users assigned these permission sets / groups (API names).' },
          profiles: { ...names, description: 'Also users with these profiles (names).' },
          include: { ...names, description: 'Usernames always included.' },
          exclude: { ...names, description: 'Usernames always excluded.' },
        },
        additionalProperties: false,
      },
      rules: { type: 'object', properties: ruleProperties, additionalProperties: false },
      attestations: {
        type: 'object',
        properties: Object.fromEntries(attestable.map((id) => [id, { $ref: '#/definitions/attestation' }])),
        additionalProperties: false,
      },
      suppressions: { type: 'array', items: { $ref: '#/definitions/suppression' } },
    },
    additionalProperties: false,
    definitions: {
      severity: { enum: ['error', 'warning', 'note', 'off'] },
      attestation: {
        type: 'object',
        properties: { by: { type: 'string', minLength: 1 }, date, expires: date, note: { type: 'string' } },
        required: ['by', 'date', 'expires'],
        additionalProperties: false,
      },
      suppression: {
        type: 'object',
        properties: {
          rule: { enum: rules.map((r) => r.meta.id) },
          resource: { type: 'string', minLength: 1, description: 'Glob over Type/Id or Type/Name, or a fingerprint.' },
          reason: { type: 'string', minLength: 1 },
          expires: { ...date, description: 'Suppresses through this day (UTC).' },
        },
        required: ['rule', 'reason'],
        additionalProperties: false,
      },
    },
  };
}
