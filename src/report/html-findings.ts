import type { Finding } from '../engine/types.js';
import { resourceLabel } from './view.js';

/** One finding as the page's script reads it: message, resource, suppression reason (null when not suppressed). */
type FindingRow = [string, string, string | null];

const row = (f: Finding): FindingRow => [f.message, resourceLabel(f), f.suppressed ? (f.suppression?.reason ?? '') : null];

/** Collects each rule's findings; the page renders them a page at a time from one JSON block. */
export class FindingsData {
  private readonly lists: FindingRow[][] = [];

  /** Adds a rule's findings; returns the index its list element refers to. */
  add(findings: readonly Finding[]): number {
    this.lists.push(findings.map(row));
    return this.lists.length - 1;
  }

  /** The JSON block; `<` is escaped so no value can close the element (an org's data is untrusted). */
  toScriptElement(): string {
    const json = JSON.stringify(this.lists).replace(/</g, '\\u003c');
    return `<script type="application/json" id="findings-data">${json}</script>`;
  }
}
