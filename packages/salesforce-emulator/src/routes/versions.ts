import { jsonReply } from '../http/reply.js';
import { OLDEST_VERSION } from './api-versions.js';
import type { EmulatorContext, RouteOutcome } from './context.js';

const SEASONS = ['Winter', 'Spring', 'Summer'];

/** Release label of an API version: v20.0 was Winter '11, three releases a year since. */
function releaseLabel(version: number): string {
  const index = version - 20;
  return `${SEASONS[index % 3]} '${String(11 + Math.floor(index / 3)).padStart(2, '0')}`;
}

/** `GET /services/data`: the served versions, oldest first; no authentication, no Sforce-Limit-Info, not counted. */
export function handleVersions(ctx: EmulatorContext): RouteOutcome {
  const newest = Math.floor(Number(ctx.settings.apiVersion));
  const versions = [];
  for (let v = OLDEST_VERSION; v <= newest; v++) {
    versions.push({ label: releaseLabel(v), url: `/services/data/v${v}.0`, version: `${v}.0` });
  }
  return { reply: jsonReply(200, versions), api: 'versions', counted: false };
}
