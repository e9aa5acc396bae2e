import type { FieldType as SelectItem } from '@jetstreamapp/soql-parser-js';
import type { ObjectDef } from '../schema/types.js';
import { fieldColumn, relationshipColumn, type ColumnMetadata } from './column-metadata.js';
import type { QueryContext } from './context.js';
import { malformed, unknownChildRelationship, unknownObject } from './errors.js';
import { parseSoql } from './parse.js';
import { resolvePath } from './path.js';

/** The answer of `query?q=…&columns=true`: the columns of the SELECT list, no rows. */
export interface QueryColumns {
  columnMetadata: ColumnMetadata[];
  entityName: string;
  groupBy: boolean;
  idSelected: boolean;
  keyPrefix: string | null;
}

/**
 * Column metadata of a SOQL statement, the undocumented answer `sf data query` asks for with
 * `columns=true` (shape as the CLI's `@salesforce/plugin-data` reads it [community]). Parent fields of one
 * relationship share a column whose joinColumns nest like the path; a child subquery is an aggregate
 * column; a function (COUNT(), MAX(x)) is an aggregate column named by its alias or `exprN`, apexType
 * [unverified].
 */
export function queryColumns(ctx: QueryContext, soql: string): QueryColumns {
  const q = parseSoql(soql);
  if (!q.sObject) throw malformed('unexpected token: FROM');
  const def = ctx.catalog.object(q.sObject, ctx.api);
  if (!def) throw unknownObject(q.sObject);
  const columnMetadata = columnsOf(ctx, def, q.fields ?? [], q.sObjectAlias);
  return {
    columnMetadata,
    entityName: def.name,
    groupBy: Boolean(q.groupBy),
    idSelected: columnMetadata.some((c) => c.columnName === 'Id' && c.joinColumns.length === 0 && !c.aggregate),
    keyPrefix: def.keyPrefix || null,
  };
}

function columnsOf(ctx: QueryContext, def: ObjectDef, items: SelectItem[], alias?: string): ColumnMetadata[] {
  const columns: ColumnMetadata[] = [];
  let expr = 0;
  for (const item of items) {
    if (item.type === 'Field' || item.type === 'FieldRelationship') {
      const text = item.type === 'Field' ? item.field : [...item.relationships, item.field].join('.');
      addPath(columns, resolvePath(ctx.catalog, def, text, alias));
    } else if (item.type === 'FieldSubquery') {
      const rel = ctx.catalog.childRelationship(def, item.subquery.relationshipName);
      const child = rel && ctx.catalog.object(rel.childSObject);
      if (!rel || !child) throw unknownChildRelationship(item.subquery.relationshipName);
      const column = relationshipColumn(rel.relationshipName, rel.relationshipName, true);
      column.joinColumns = columnsOf(ctx, child, item.subquery.fields ?? []);
      columns.push(column);
    } else if (item.type === 'FieldFunctionExpression') {
      const name = item.alias ?? `expr${expr++}`;
      columns.push({ ...relationshipColumn(name, name, true), apexType: item.functionName.toUpperCase() === 'COUNT' ? 'Integer' : null });
    } else {
      throw malformed(`The emulator does not support ${item.type} in SELECT`);
    }
  }
  return columns;
}

/** Adds `Owner.Profile.Name` under the `Owner` column (created once), then `Profile`, then the field. */
function addPath(columns: ColumnMetadata[], path: ReturnType<typeof resolvePath>): void {
  let level = columns;
  const names: string[] = [];
  for (const hop of path.hops) {
    const rel = hop.relationshipName!;
    names.push(rel);
    let column = level.find((c) => c.columnName === rel && !c.aggregate);
    if (!column) level.push((column = relationshipColumn(rel, names.join('.'), false)));
    level = column.joinColumns;
  }
  const displayName = [...names, path.field.name].join('.');
  if (!level.some((c) => c.columnName === path.field.name && c.joinColumns.length === 0)) level.push(fieldColumn(path.field, displayName));
}
