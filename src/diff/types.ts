/** One difference between the old and the new audit input. */
export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /** What changed, naming the user, permission set, setting or rule. */
  subject: string;
  /** The old value (`changed`, `removed`) and the new one (`changed`, `added`), where the subject has one. */
  before?: string;
  after?: string;
}

/** The changes of one concept (users, permission sets, settings, …), in a stable order. */
export interface DiffSection {
  id: string;
  title: string;
  changes: Change[];
}

/** One side of the comparison: which file it came from and when its data was captured. */
interface DiffSide {
  path: string;
  capturedAt: string;
}

/** What changed in one org between two snapshots or two JSON reports. */
export interface OrgDiff {
  org: { id: string; name: string | null };
  inputKind: 'snapshot' | 'report';
  old: DiffSide;
  new: DiffSide;
  sections: DiffSection[];
}

export const changeCount = (diff: OrgDiff): number => diff.sections.reduce((n, s) => n + s.changes.length, 0);
