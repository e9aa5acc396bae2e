import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';

/** The one username/password pair the emulated org accepts for SOAP login and the OAuth password grant. */
export interface Credentials {
  username: string;
  password: string;
  /** When set, `password + securityToken` is accepted as well as the bare password. */
  securityToken?: string;
}

export function generatePassword(): string {
  return `Emu-${randomBytes(12).toString('base64url')}`;
}

/** Usernames compare case-insensitively, as on Salesforce; passwords in constant time. */
export function checkLogin(creds: Credentials, username: string, password: string): boolean {
  if (username.toLowerCase() !== creds.username.toLowerCase()) return false;
  const accepted = [creds.password];
  if (creds.securityToken) accepted.push(creds.password + creds.securityToken);
  return accepted.some((candidate) => safeEqual(candidate, password));
}

function safeEqual(a: string, b: string): boolean {
  // Hashing first gives equal lengths, so timingSafeEqual never throws and length is not leaked.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
