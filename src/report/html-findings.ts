import type { Finding } from '../engine/types.js';
import { baselineState, type BaselineComparison } from './baseline.js';
import { resourceLabel } from './view.js';

/**
 * One finding as the page's script reads it: message, resource, suppression reason (null when not suppressed),
 * and a trailing 1 when --baseline marks it new.
 */
type FindingRow = [string, string, string | null] | [string, string, string | null, 1];

/**
 * One users × requirements cell: ['f', list, index] points at a finding (no text is repeated), ['p', string]
 * a pass with the grant that gives it (an index into `strings`), ['p'] a pass the rule implies by not naming
 * the user, [status, string?] a requirement the rule could not decide.
 */
export type GridCell = ['f', number, number] | ['p', number] | ['p'] | [string] | [string, number];

export interface GridData {
  columns: string[];
  /** [user name, cells…] */
  rows: Array<[string, ...GridCell[]]>;
}

function row(f: Finding, isNew: boolean): FindingRow {
  const shown: FindingRow = [f.message, resourceLabel(f), f.suppressed ? (f.suppression?.reason ?? '') : null];
  return isNew ? [...shown, 1] : shown;
}

/** Everything the page's script renders lazily (findings lists, user grids), serialized into one JSON block. */
export class PageData {
  private readonly findings: FindingRow[][] = [];
  private readonly positions = new Map<Finding, [number, number]>();
  private readonly grids: GridData[] = [];
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();

  /** Adds a rule's shown findings; returns the index its list element refers to. */
  addFindings(shown: readonly Finding[], baseline?: BaselineComparison): number {
    this.findings.push(shown.map((f) => row(f, baseline !== undefined && baselineState(baseline, f) === 'new')));
    const index = this.findings.length - 1;
    shown.forEach((finding, at) => this.positions.set(finding, [index, at]));
    return index;
  }

  /** Where a finding sits in the findings lists, or null when the report leaves it out. */
  locate(finding: Finding): [number, number] | null {
    return this.positions.get(finding) ?? null;
  }

  /** A repeated text (a grant, a reason) stored once. */
  string(text: string): number {
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.stringIndex.set(text, index);
    }
    return index;
  }

  addGrid(grid: GridData): number {
    return this.grids.push(grid) - 1;
  }

  /** The JSON block; `<` is escaped so no value can close the element (an org's data is untrusted). */
  toScriptElement(): string {
    const json = JSON.stringify({ findings: this.findings, grids: this.grids, strings: this.strings }).replace(/</g, '\\u003c');
    return `<script type="application/json" id="page-data">${json}</script>`;
  }
}
