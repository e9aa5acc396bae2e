import { createSign } from 'node:crypto';

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * The JWT bearer assertion Salesforce expects (RS256): iss = connected app consumer key,
 * sub = username, aud = the login URL, exp a few minutes ahead. jsforce does not sign it; we do.
 */
export function signJwtAssertion(options: {
  clientId: string;
  username: string;
  audience: string;
  privateKeyPem: string;
  now?: Date;
}): string {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(JSON.stringify({ iss: options.clientId, sub: options.username, aud: options.audience, exp: issuedAt + 180 }));
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${claims}`);
  return `${header}.${claims}.${base64url(signer.sign(options.privateKeyPem))}`;
}
