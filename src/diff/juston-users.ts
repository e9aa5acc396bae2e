import type { Snapshot } from '@juston-audit/org-snapshot';
import { justOnUsers } from '../rules/shared/juston-users.js';
import { records } from '../rules/shared/sobjects.js';
import type { RuleContext } from '../rules/types.js';
import { byUsername } from './grant-names.js';
import { setChanges } from './keyed-changes.js';
import type { DiffSection } from './types.js';

/** The usernames the audit counts as JustOn users (src/rules/shared/juston-users.ts), under `context`. */
const accessHolders = (snapshot: Snapshot, context: RuleContext): string[] => justOnUsers(snapshot, context).map((u) => u.user.Username);

/** The Ids of the users holding a licence of the namespace's package. */
function licenceHolders(snapshot: Snapshot, namespace: string): string[] {
  const ns = namespace.toLowerCase();
  const licences = new Set(
    records(snapshot, 'PackageLicense')
      .filter((l) => l.NamespacePrefix?.toLowerCase() === ns)
      .map((l) => l.Id),
  );
  return records(snapshot, 'UserPackageLicense')
    .filter((l) => licences.has(l.PackageLicenseId))
    .map((l) => l.UserId);
}

/** Users who became or stopped being JustOn users. */
export const justOnAccessSection = (before: Snapshot, after: Snapshot, context: (s: Snapshot) => RuleContext): DiffSection => ({
  id: 'juston-users',
  title: 'JustOn users',
  changes: setChanges(accessHolders(before, context(before)), accessHolders(after, context(after))),
});

/** Users who were given or lost a licence of the package. */
export const licenceSection = (before: Snapshot, after: Snapshot, namespace: string): DiffSection => ({
  id: 'licences',
  title: 'Package licences',
  changes: setChanges(licenceHolders(before, namespace), licenceHolders(after, namespace), byUsername(after, before)),
});
