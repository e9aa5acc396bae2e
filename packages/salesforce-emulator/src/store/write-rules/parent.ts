import type { WriteContext } from '../dml/write-rule.js';
import type { Row } from '../row.js';

/** The PermissionSet a permission row (ObjectPermissions, FieldPermissions, …) belongs to. */
export function parentOf(ctx: WriteContext, row: Row): Row | undefined {
  return ctx.find('PermissionSet', row.ParentId);
}

export const lower = (v: unknown): string => (typeof v === 'string' ? v.toLowerCase() : '');
