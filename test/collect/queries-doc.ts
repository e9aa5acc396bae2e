import { DEFAULT_COLLECT_OPTIONS, type CollectOptions } from '../../src/collect/collect-options.js';
import { planReads } from '../../src/collect/plan.js';
import { childRead } from '../../src/collect/degrade/child-relationships.js';
import { MAX_QUERY_URL_LENGTH } from '../../src/collect/degrade/id-chunks.js';
import { LABEL_ONLY_FIELDS } from '../../src/collect/degrade/label-only-fields.js';
import { childSubquery, fromObject, semiJoins } from '../../src/collect/degrade/soql-shape.js';
import { permissionsSoql } from '../../src/preflight/run-preflight.js';
import { USER_PERMISSION_FIELDS } from '../../src/preflight/user-permissions.js';
import { OBJECT_REFERENCE } from '../../src/snapshot/object-reference.js';
import { SOBJECT_NAMES, fieldNames } from '../../src/snapshot/sobject-fields.js';

/** Options that switch on every optional read, with placeholder names. */
const EVERY_READ: CollectOptions = {
  ...DEFAULT_COLLECT_OPTIONS,
  objects: ['<object>'],
  fields: ['<object>.<field>'],
  tabs: ['<tab>'],
  apexClasses: ['<class>'],
  visualforcePages: ['<page>'],
  userProfiles: ['<profile>'],
  userPermissionSets: ['<permission set or group>'],
  usernames: ['<username>'],
  settings: ['Content', '<Settings component>'],
  stateAndCountryPicklists: true,
  authorizedPermissionSets: ['<permission set authorized on the app>'],
};

/** The statements each query with a semi-join or child subquery falls back to, `<Ids>` standing for the Id lists. */
function fallbackRows(): string[] {
  return planReads(EVERY_READ).flatMap((read) => {
    if (read.kind !== 'query' || read.dependsOn) return [];
    const child = childSubquery(read.soql);
    const joins = semiJoins(read.soql);
    if (!child && !joins.length) return [];
    let outer = child ? read.soql.replace(child.text, '') : read.soql;
    for (const join of joins)
      outer = outer.replace(join.negated ? ` AND ${join.text}` : join.text, join.negated ? '' : `${join.field} IN (<Ids>)`);
    const statements = [...joins.filter((join) => !join.negated).map((join) => join.inner), outer];
    if (child) {
      statements.push(childRead(child.relationship, child.fields, `(<Ids of ${fromObject(read.soql)}>)`));
    }
    return [row(read.id, statements.map((soql) => `\`${soql}\``).join('<br>'))];
  });
}

const row = (...cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;

/** `docs/queries.md`: every SOQL the tool can send and the Salesforce reference for each object and field. */
export function renderQueriesDoc(fixReReads: string[]): string {
  const lines = [
    '# What juston-audit reads',
    '',
    "Generated from `planReads()` (src/collect/plan.ts), the preflight and the fixer's re-reads; do not edit.",
    'Regenerate with `UPDATE_DOCS=1 npx vitest run test/collect/queries-doc.test.ts`. Names in `<angle brackets>`',
    'come from the configuration; `@{…}` is a composite reference Salesforce resolves from an earlier subrequest.',
    '',
    '## Audit reads',
    '',
    row('read', 'API', 'SOQL or call'),
    row('---', '---', '---'),
  ];
  for (const read of planReads(EVERY_READ)) {
    if (read.kind === 'query') lines.push(row(read.id, 'REST query (composite)', `\`${read.soql}\``));
    if (read.kind === 'tooling-query') lines.push(row(read.id, 'Tooling query (Tooling composite)', `\`${read.soql}\``));
    if (read.kind === 'describe') lines.push(row(read.id, 'REST describe (composite)', `\`GET sobjects/${read.sobject}/describe\``));
    if (read.kind === 'metadata-read') lines.push(row(read.id, 'Metadata API', `\`readMetadata('${read.type}', '${read.fullName}')\``));
  }
  lines.push(
    '',
    '## Preflight (one composite request)',
    '',
    row('subrequest', 'SOQL or call'),
    row('---', '---'),
    row('permissions', `\`${permissionsSoql(USER_PERMISSION_FIELDS)}\``),
    row('permissionFields', '`GET sobjects/UserPermissionAccess/describe`'),
    row('licenceDescribe', '`GET sobjects/UserPackageLicense/describe` (its `createable`)'),
    '',
    "The daily API allowance comes from the answer's `Sforce-Limit-Info` header.",
    'On INVALID_FIELD the permissions query is sent once more with only the fields the describe lists.',
    '',
    '## Fallbacks when the org refuses a read as written',
    '',
    'Each refused query is retried once (src/collect/degrade/): fields its describe (`GET sobjects/<object>/describe`)',
    'does not list are dropped from the SELECT list; each semi-join is replaced by its sub-select, sent on its own, and',
    `IN lists of the Ids it returns, split so that no query URL exceeds ${MAX_QUERY_URL_LENGTH.toLocaleString('en-US')} characters`,
    '(Salesforce allows 16,384 bytes for URI and headers, knowledge article 000386264); an anti-join is dropped',
    '(the rows it kept out are the same records, merged by Id); a child subquery becomes a read of its own. Which of',
    "these apply follows Salesforce's answer (INVALID_FIELD: the fields; a semi-join refusal: the semi-joins; an unknown",
    'relationship: the child subquery); any other refusal gets all of them, as below.',
    '',
    row('read', 'fallback reads'),
    row('---', '---'),
    ...fallbackRows(),
    '',
    'A Tooling query refused with INVALID_FIELD is retried once without the fields its Tooling describe',
    '(`GET tooling/sobjects/<object>/describe`) does not list; a `Relationship.Field` is dropped when the read object',
    "has no such relationship or the parent's describe lacks the field. A Tooling query refused otherwise has no",
    'simpler form.',
    '',
    'A data or Tooling read that had to go without any field but these, which only label rows in messages or no rule',
    `reads (${[...LABEL_ONLY_FIELDS].map((field) => `\`${field}\``).join(', ')}), leaves its sObject unreadable,`,
    'so the rules needing it are inconclusive: no rule passes or fails on a value that was not read.',
    '',
    '## Fix re-reads (before and after writing; Ids from the fix plan)',
    '',
    ...fixReReads.map((soql) => `- \`${soql}\``),
    '',
    '## Objects and fields',
    '',
    row('object', 'fields selected', 'Salesforce reference'),
    row('---', '---', '---'),
    ...SOBJECT_NAMES.map((name) => row(name, fieldNames(name).join(', '), OBJECT_REFERENCE[name])),
    row('UserPermissionAccess', USER_PERMISSION_FIELDS.join(', '), OBJECT_REFERENCE.UserPermissionAccess),
    '',
  );
  return lines.join('\n');
}
