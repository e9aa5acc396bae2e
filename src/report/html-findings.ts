import type { Finding } from '../engine/types.js';
import { baselineState, type BaselineComparison } from './baseline.js';
import { resourceLabel } from './view.js';

/**
 * One finding as the page's script reads it (see html-page-data-reader.ts): its message template (an index into
 * `templates`), its resource (an index into `resources`), its suppression reason (an index into `strings`, null
 * when not suppressed), and a trailing 1 when --baseline marks it new.
 */
type FindingRow = [number, number, number | null] | [number, number, number | null, 1];

/**
 * A resource as [label, start, end]: `label.slice(start, end)` is the text its findings' messages are cut at
 * (the resource's name), so each label is stored once however many findings name it.
 */
type ResourceEntry = [string, number, number];

/**
 * One users × requirements cell: a number points at a finding (its position in all findings lists one after
 * the other, so no text is repeated), ['p', string] a pass with the grant that gives it (an index into
 * `strings`), ['p'] a pass the rule implies by not naming the user, [status, string?] a requirement the rule
 * could not decide.
 */
export type GridCell = number | ['p', number] | ['p'] | [string] | [string, number];

export interface GridData {
  columns: string[];
  /** [user name, cells…] */
  rows: Array<[string, ...GridCell[]]>;
}

/** A table of values stored once each, by a key that says when two are the same. */
class Table<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly key: (value: T) => string) {}

  add(value: T): number {
    const key = this.key(value);
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.values.push(value) - 1;
      this.index.set(key, at);
    }
    return at;
  }
}

/**
 * Everything the page's script renders lazily (findings lists, user grids), serialized into one JSON block.
 * The messages of one rule differ mostly by the resource they name, so a message is stored as the pieces
 * between the occurrences of its resource's name (`message.split(name)`, rebuilt by `pieces.join(name)`):
 * 20,000 users' findings share a handful of templates instead of repeating 20,000 messages.
 */
export class PageData {
  private readonly findings: FindingRow[][] = [];
  private readonly positions = new Map<Finding, number>();
  private findingCount = 0;
  private readonly grids: GridData[] = [];
  private readonly strings = new Table<string>((text) => text);
  private readonly templates = new Table<string[]>((pieces) => JSON.stringify(pieces));
  private readonly resources = new Table<ResourceEntry>(([label, start, end]) => `${start} ${end} ${label}`);

  private row(f: Finding, isNew: boolean): FindingRow {
    const label = resourceLabel(f);
    const name = f.resource.name;
    const start = name ? label.indexOf(name) : -1;
    // A name the label lacks (or an empty one) is not cut out: the message is then a template of one piece.
    const [entry, pieces]: [ResourceEntry, string[]] =
      start < 0 ? [[label, 0, 0], [f.message]] : [[label, start, start + name.length], f.message.split(name)];
    const shown: FindingRow = [
      this.templates.add(pieces),
      this.resources.add(entry),
      f.suppressed ? this.strings.add(f.suppression?.reason ?? '') : null,
    ];
    return isNew ? [...shown, 1] : shown;
  }

  /** Adds a rule's shown findings; returns the index its list element refers to. */
  addFindings(shown: readonly Finding[], baseline?: BaselineComparison): number {
    this.findings.push(shown.map((f) => this.row(f, baseline !== undefined && baselineState(baseline, f) === 'new')));
    for (const finding of shown) this.positions.set(finding, this.findingCount++);
    return this.findings.length - 1;
  }

  /** Where a finding sits in the findings lists one after the other, or null when the report leaves it out. */
  locate(finding: Finding): number | null {
    return this.positions.get(finding) ?? null;
  }

  /** A repeated text (a grant, a reason) stored once. */
  string(text: string): number {
    return this.strings.add(text);
  }

  addGrid(grid: GridData): number {
    return this.grids.push(grid) - 1;
  }

  /** The JSON block; `<` is escaped so no value can close the element (an org's data is untrusted). */
  toScriptElement(): string {
    const json = JSON.stringify({
      findings: this.findings,
      templates: this.templates.values,
      resources: this.resources.values,
      grids: this.grids,
      strings: this.strings.values,
    }).replace(/</g, '\\u003c');
    return `<script type="application/json" id="page-data">${json}</script>`;
  }
}
