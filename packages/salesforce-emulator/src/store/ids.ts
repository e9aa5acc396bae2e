const CHECKSUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The case-safe 18-character form of a 15-character Id. */
export function to18(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += CHECKSUM_CHARS[bits];
  }
  return id15 + suffix;
}

/**
 * The identity of an Id: its first 15 characters. Comparing on these lets 15- and 18-character
 * forms match, even for snapshot Ids whose suffix is not a valid checksum.
 */
export function idKey(id: string): string {
  return id.length === 18 ? id.slice(0, 15) : id;
}

export function looksLikeId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value);
}

/** Hands out new 18-character Ids: key prefix + "EM" (emulator pod) + a base-62 counter. */
export class IdGenerator {
  private readonly counters = new Map<string, number>();

  constructor(private readonly taken: (key: string) => boolean) {}

  next(prefix: string): string {
    let n = this.counters.get(prefix) ?? 0;
    for (;;) {
      n += 1;
      let digits = '';
      for (let v = n; v > 0; v = Math.floor(v / 62)) digits = BASE62[v % 62] + digits;
      const id15 = `${prefix}EM${digits.padStart(10, '0')}`;
      if (!this.taken(id15)) {
        this.counters.set(prefix, n);
        return to18(id15);
      }
    }
  }
}
