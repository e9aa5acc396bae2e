import type { ApiSurface } from '../../org-data.js';

/** A URL below `/services/data/vXX.X`, split into what the REST dispatcher needs. */
export interface RestTarget {
  version: string;
  api: ApiSurface;
  path: string;
}

/** Splits `/services/data/v60.0/tooling/query` → `{version:'60.0', api:'tooling', path:'/query'}`. */
export function parseRestPath(pathname: string): RestTarget | undefined {
  const m = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/.exec(pathname);
  if (!m) return undefined;
  const rest = m[2] ?? '';
  const tooling = /^\/tooling(\/.*)?$/.exec(rest);
  return tooling ? { version: m[1], api: 'tooling', path: tooling[1] ?? '' } : { version: m[1], api: 'data', path: rest };
}
