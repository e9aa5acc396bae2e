import { SalesforceApiError } from '../../api-error.js';

/** Bodies of the successful subrequests so far, by referenceId. */
export type ReferenceBodies = Map<string, unknown>;

const STEPS = String.raw`(?:\.[A-Za-z0-9_]+|\[\d+\])*`;
const REFERENCE = new RegExp(String.raw`@\{([A-Za-z0-9_]+)(${STEPS})\}`, 'g');
const WHOLE_REFERENCE = new RegExp(String.raw`^@\{([A-Za-z0-9_]+)(${STEPS})\}$`);

/**
 * From API 52.0 a reference to a null field resolves to null; up to 51.0 it fails like a missing one
 * (REST API "Composite Subrequest Result", resources_composite_subrequest_result.htm, "Behavior for
 * References to Null Fields"). The version is the composite request's own, not the subrequest URL's.
 */
const NULLS_RESOLVE_FROM = 52;

/** Replaces `@{ref.path}` inside a subrequest URL; values go in raw, as Salesforce does. */
export function substituteUrl(url: string, refs: ReferenceBodies, apiVersion?: string): string {
  return url.replace(REFERENCE, (_whole, refId: string, path: string) => asText(resolve(refs, refId, path, apiVersion)));
}

/**
 * Replaces references inside a subrequest body. A string that is exactly one reference takes the
 * referenced value with its JSON type; references embedded in longer strings are stringified.
 */
export function substituteBody(value: unknown, refs: ReferenceBodies, apiVersion?: string): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_REFERENCE.exec(value);
    if (whole) return resolve(refs, whole[1], whole[2], apiVersion);
    return value.replace(REFERENCE, (_w, refId: string, path: string) => asText(resolve(refs, refId, path, apiVersion)));
  }
  if (Array.isArray(value)) return value.map((item) => substituteBody(item, refs, apiVersion));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteBody(v, refs, apiVersion)]));
  }
  return value;
}

// A null inside a longer string or a URL: written as `null` [unverified: the docs show only a whole-value null].
const asText = (value: unknown): string => String(value);

/**
 * Follows `.field` (a JSON object's field, case-sensitive) and `[index]` (a JSON array's item) through the
 * referenced body, e.g. `@{AccountInfo.recentItems[0].Id}`, or `@{coll[0].id}` into sObject Collections
 * results (REST API "Composite Request Body", requests_composite.htm, referenceId).
 */
function resolve(refs: ReferenceBodies, refId: string, path: string, apiVersion: string | undefined): unknown {
  let current: unknown = refs.has(refId) ? refs.get(refId) : undefined;
  for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
    const container = current !== null && typeof current === 'object' && Array.isArray(current) === step.startsWith('[');
    current = container
      ? (current as Record<string | number, unknown>)[step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1)]
      : undefined;
  }
  const nullResolves = apiVersion === undefined || Number(apiVersion) >= NULLS_RESOLVE_FROM;
  if (path !== '' && (current === null ? nullResolves : isReferenceable(current))) return current;
  throw noValue(refId, `${refId}${path}`);
}

/** Only scalars can be referenced: "DateTime, String, Boolean, Byte, Character, Short, Integer, Long, Double, and Float". */
function isReferenceable(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * The answer to a reference that finds no value: a missing field, an index past the end, a subrequest that
 * failed or has not run, or an object rather than a scalar (that last one [unverified]: the docs only say
 * which types are referenceable). Wording from the documented responses (resources_composite_subrequest_result.htm).
 */
function noValue(refId: string, expression: string): SalesforceApiError {
  return new SalesforceApiError(
    'PROCESSING_HALTED',
    `Invalid reference specified. No value for ${expression} found in ${refId}. ` +
      `Provided referenceId ('${expression}') must start with a letter or a number, ` +
      `and it can contain only letters, numbers and underscores ('_').`,
    400,
  );
}
