import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../../errors.js';
import { readUserFile } from '../../support/read-user-file.js';

/** The client id the emulator accepts for JWT bearer logins when `--client-id` is not given. */
export const DEFAULT_EMULATOR_CLIENT_ID = 'juston-audit-emulator';

export interface EmulatorJwtArgs {
  clientId?: string;
  /** An X.509 certificate (PEM, as uploaded to a connected app) or a PEM public key. */
  jwtCert?: string;
  /** Where to write a generated private key; '' = a new temp directory. */
  generateJwtKey?: string;
}

export interface EmulatorJwtClient {
  clientId: string;
  /** PEM that verifies the assertions' RS256 signatures (a certificate or a public key). */
  jwtPublicKey: string;
  /** The generated private key's file, for `sf org login jwt --jwt-key-file`. */
  jwtKeyFile?: string;
  /** Removes what was generated (the key only fits this run of the emulator). */
  discard(): Promise<void>;
}

/** The JWT bearer client the emulator accepts, from `--jwt-cert` or `--generate-jwt-key`; undefined with neither. */
export async function emulatorJwtClient(args: EmulatorJwtArgs): Promise<EmulatorJwtClient | undefined> {
  const clientId = args.clientId ?? DEFAULT_EMULATOR_CLIENT_ID;
  if (args.jwtCert !== undefined) return { clientId, jwtPublicKey: readVerifyingKey(args.jwtCert), discard: async () => {} };
  if (args.generateJwtKey === undefined) return undefined;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const tempDir = args.generateJwtKey ? undefined : await mkdtemp(join(tmpdir(), 'juston-audit-emulator-'));
  const jwtKeyFile = tempDir ? join(tempDir, 'server.key') : args.generateJwtKey;
  await writeNewPrivateFile(jwtKeyFile, privateKey);
  return { clientId, jwtPublicKey: publicKey, jwtKeyFile, discard: () => rm(tempDir ?? jwtKeyFile, { recursive: true, force: true }) };
}

function readVerifyingKey(path: string): string {
  const pem = readUserFile(path, '--jwt-cert');
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new InputError(`--jwt-cert ${path}: holds a private key; give its certificate or public key`);
  }
  let keyType: string | undefined;
  try {
    keyType = createPublicKey(pem).asymmetricKeyType;
  } catch (error) {
    throw new InputError(`--jwt-cert ${path}: not a PEM X.509 certificate or public key`, { cause: error });
  }
  if (keyType !== 'rsa') throw new InputError(`--jwt-cert ${path}: not an RSA key (${keyType}); JWT logins are signed with RS256`);
  return pem;
}

/** Writes mode 0600 and never over an existing file (it may be someone's real key). */
async function writeNewPrivateFile(path: string, content: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' ? 'file exists (an existing file is never overwritten)' : (error as Error).message;
    throw new InputError(`--generate-jwt-key ${path}: ${reason}`, { cause: error });
  }
}
