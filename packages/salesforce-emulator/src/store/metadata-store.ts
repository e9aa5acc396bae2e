import type { MetadataSaveResult } from '../org-data.js';
import type { Store } from './store.js';

type Components = Record<string, Record<string, Record<string, unknown>>>;

/** Metadata components by type and full name, read and updated like readMetadata/updateMetadata. */
export class MetadataStore {
  constructor(
    private readonly data: Components,
    private readonly store: Store,
  ) {}

  read(type: string, fullNames: string[]): Array<Record<string, unknown> | null> {
    return fullNames.map((n) => {
      const c = this.data[type]?.[n];
      return c ? structuredClone(c) : null;
    });
  }

  /**
   * Merges the given top-level fields into existing components. An unknown full name fails the
   * way Salesforce reports it: INVALID_CROSS_REFERENCE_KEY "In field: fullName - no T named N found".
   */
  update(type: string, components: Array<Record<string, unknown>>): MetadataSaveResult[] {
    return components.map((comp) => {
      const fullName = String(comp.fullName ?? '');
      const existing = this.data[type]?.[fullName];
      if (!existing) {
        return {
          fullName,
          success: false,
          errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: `In field: fullName - no ${type} named ${fullName} found` }],
        };
      }
      const before = structuredClone(existing);
      Object.assign(existing, structuredClone(comp));
      this.store.recordUndo(() => {
        for (const k of Object.keys(existing)) delete existing[k];
        Object.assign(existing, before);
      });
      return { fullName, success: true, errors: [] };
    });
  }

  snapshot(): Components {
    return structuredClone(this.data);
  }
}
