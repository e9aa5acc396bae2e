import { SalesforceApiError } from '../../api-error.js';

/** Bodies of the successful subrequests so far, by referenceId. */
export type ReferenceBodies = Map<string, unknown>;

const REFERENCE = /@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g;

/** Replaces `@{ref.path}` inside a subrequest URL; values go in raw, as Salesforce does. */
export function substituteUrl(url: string, refs: ReferenceBodies): string {
  return url.replace(REFERENCE, (_whole, refId: string, path: string) => String(resolve(refs, refId, path)));
}

/**
 * Replaces references inside a subrequest body. A string that is exactly one reference takes the
 * referenced value with its JSON type; references embedded in longer strings are stringified.
 */
export function substituteBody(value: unknown, refs: ReferenceBodies): unknown {
  if (typeof value === 'string') {
    const whole = /^@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}$/.exec(value);
    if (whole) return resolve(refs, whole[1], whole[2]);
    return value.replace(REFERENCE, (_w, refId: string, path: string) => String(resolve(refs, refId, path)));
  }
  if (Array.isArray(value)) return value.map((item) => substituteBody(item, refs));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteBody(v, refs)]));
  }
  return value;
}

/** Follows `.field` and `[index]` steps through the referenced response body. */
function resolve(refs: ReferenceBodies, refId: string, path: string): unknown {
  let current: unknown = refs.get(refId);
  const found = refs.has(refId);
  for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
    if (current === null || typeof current !== 'object') {
      current = undefined;
      break;
    }
    const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1);
    current = (current as Record<string | number, unknown>)[key];
  }
  if (!found || current === undefined || current === null || path === '') {
    const expression = `${refId}${path}`;
    // Wording as remembered from real orgs [unverified]; the errorCode is the one Salesforce uses.
    throw new SalesforceApiError(
      'PROCESSING_HALTED',
      `Invalid reference specified. No value for ${expression} found in ${refId}. ` +
        `Provided referenceId ('${refId}') must be a valid referenceId in the request.`,
      400,
    );
  }
  return current;
}
