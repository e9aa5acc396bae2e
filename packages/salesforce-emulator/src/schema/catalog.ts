import type { ApiSurface } from '../org-data.js';
import type { ChildRelationshipDef, FieldDef, ObjectDef } from './types.js';

/** Case-insensitive lookups over the org's object definitions (SOQL and REST names ignore case). */
export class Catalog {
  private readonly objects = new Map<string, ObjectDef>();
  private readonly fields = new Map<string, Map<string, FieldDef>>();
  private readonly prefixes = new Map<string, ObjectDef>();
  private readonly relationships = new Map<string, Map<string, FieldDef>>();

  constructor(defs: Iterable<ObjectDef>) {
    for (const def of defs) this.add(def);
  }

  add(def: ObjectDef): void {
    this.objects.set(def.name.toLowerCase(), def);
    this.fields.set(def.name, new Map(def.fields.map((f) => [f.name.toLowerCase(), f])));
    this.relationships.set(
      def.name,
      new Map(def.fields.filter((f) => f.relationshipName).map((f) => [f.relationshipName!.toLowerCase(), f])),
    );
    if (!this.prefixes.has(def.keyPrefix)) this.prefixes.set(def.keyPrefix, def);
  }

  /** The object served on `api`, or any surface when api is omitted. */
  object(name: string, api?: ApiSurface): ObjectDef | undefined {
    const def = this.objects.get(name.toLowerCase());
    return def && (!api || def.apis.includes(api)) ? def : undefined;
  }

  field(obj: ObjectDef, name: string): FieldDef | undefined {
    return this.fields.get(obj.name)?.get(name.toLowerCase());
  }

  /** The reference field whose relationshipName is `rel` (e.g. `Profile` → ProfileId). */
  relationship(obj: ObjectDef, rel: string): FieldDef | undefined {
    return this.relationships.get(obj.name)?.get(rel.toLowerCase());
  }

  childRelationship(obj: ObjectDef, rel: string): ChildRelationshipDef | undefined {
    const lower = rel.toLowerCase();
    return obj.childRelationships.find((c) => c.relationshipName.toLowerCase() === lower);
  }

  addField(obj: ObjectDef, field: FieldDef): void {
    obj.fields.push(field);
    this.fields.get(obj.name)?.set(field.name.toLowerCase(), field);
    if (field.relationshipName) this.relationships.get(obj.name)?.set(field.relationshipName.toLowerCase(), field);
  }

  byKeyPrefix(prefix: string): ObjectDef | undefined {
    return this.prefixes.get(prefix);
  }

  all(): ObjectDef[] {
    return [...this.objects.values()];
  }

  list(api: ApiSurface): string[] {
    return this.all()
      .filter((d) => d.apis.includes(api))
      .map((d) => d.name)
      .sort();
  }
}
