import type { Suppression } from '../config/types.js';
import type { Finding, SuppressionState } from './types.js';

const DAY = 86_400_000;

/** End of the suppression: a date-only value suppresses through that whole day (UTC). */
function expiryTime(expires: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(expires) ? Date.parse(expires) + DAY : Date.parse(expires);
}

const glob = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

function matches(s: Suppression, f: Finding): boolean {
  if (s.rule !== f.ruleId) return false;
  if (s.resource === undefined) return true;
  const re = glob(s.resource);
  const candidates = [f.resource.key, `${f.resource.type}/${f.resource.name}`, f.fingerprint];
  return candidates.some((c) => re.test(c));
}

/**
 * Marks findings. The first active matching suppression wins, else the first expired one; an expired one no longer suppresses but stays
 * attached so reports can say so. Returns each suppression's state (active, expired, or unused = stale).
 */
export function applySuppressions(findings: Finding[], list: Suppression[], now: Date): SuppressionState[] {
  const states: SuppressionState[] = list.map((s, index) => ({
    index,
    rule: s.rule,
    reason: s.reason,
    ...(s.resource !== undefined ? { resource: s.resource } : {}),
    ...(s.expires !== undefined ? { expires: s.expires } : {}),
    state: s.expires !== undefined && expiryTime(s.expires) <= now.getTime() ? 'expired' : 'active',
    matched: 0,
  }));
  for (const f of findings) {
    const hits = list.map((_, i) => i).filter((i) => matches(list[i], f));
    const i = hits.find((h) => states[h].state !== 'expired') ?? hits[0];
    if (i === undefined) continue;
    const expired = states[i].state === 'expired';
    states[i].matched++;
    f.suppressed = !expired;
    f.suppression = { reason: list[i].reason, ...(list[i].expires ? { expires: list[i].expires } : {}), expired };
  }
  for (const s of states) if (s.matched === 0 && s.state === 'active') s.state = 'unused';
  return states;
}
