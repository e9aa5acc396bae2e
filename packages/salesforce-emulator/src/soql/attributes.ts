import type { ObjectDef } from '../schema/types.js';
import type { QueryContext } from './context.js';

/** `attributes` of a record: the sObject type and its REST URL on the surface the query came through. */
export function attributesOf(ctx: Pick<QueryContext, 'api' | 'apiVersion'>, def: ObjectDef, id: unknown): { type: string; url: string } {
  const surface = ctx.api === 'tooling' ? 'tooling/' : '';
  return { type: def.name, url: `/services/data/v${ctx.apiVersion}/${surface}sobjects/${def.name}/${String(id)}` };
}
