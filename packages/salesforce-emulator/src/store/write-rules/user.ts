import type { WriteRule } from '../dml/write-rule.js';

/** User.Name is computed from FirstName and LastName. */
export const userRule: WriteRule = {
  sobjects: ['User'],
  beforeCreate: (_ctx, row) => {
    row.Name = [row.FirstName, row.LastName].filter((p) => typeof p === 'string' && p !== '').join(' ');
    row.UserType ??= 'Standard';
  },
  beforeUpdate: (_ctx, after) => {
    after.Name = [after.FirstName, after.LastName].filter((p) => typeof p === 'string' && p !== '').join(' ');
  },
};
