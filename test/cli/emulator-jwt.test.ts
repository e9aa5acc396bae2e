import { generateKeyPairSync } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulatorCommand, type EmulatorArgs } from '../../src/cli/commands/emulator-command.js';
import type { CliIO } from '../../src/cli/io.js';
import { cleanUpAfterFile } from '../harness/cleanup.js';
import type { EmulatorLine } from './emulator-process.js';
import { jwtLogin, runningUser } from './emulator-jwt-login.js';
import { SAMPLE, cli, tempDir } from './helpers.js';
import { selfSignedCertificate } from './self-signed-cert.js';

/** The emulator command in this process, stopped by `stop()` instead of a signal (the flags' parsing: binary-emulator-jwt.test.ts). */
async function serveInProcess(args: Partial<EmulatorArgs>): Promise<{ line: EmulatorLine; stop(): Promise<void> }> {
  let stop!: () => void;
  const stopSignal = new Promise<void>((resolve) => (stop = resolve));
  let printed!: (text: string) => void;
  const ready = new Promise<string>((resolve) => (printed = resolve));
  const io: CliIO = { stdout: { write: (text: string) => printed(text) }, stderr: { write: () => true }, env: {}, cwd: '/', confirm: null };
  const done = emulatorCommand({ org: SAMPLE.clean, port: 0, latencyMs: 0, ...args }, io, stopSignal);
  cleanUpAfterFile(async () => {
    stop();
    await done.catch(() => {});
  });
  const text = await Promise.race([ready, done.then(() => Promise.reject(new Error('the emulator ended before it was ready')))]);
  return {
    line: JSON.parse(text) as EmulatorLine,
    stop: async () => {
      stop();
      await done;
    },
  };
}

describe('juston-audit emulator accepts a JWT bearer client', () => {
  it('--generate-jwt-key alone writes into a new temp directory (0700, key 0600), removed when it stops; --client-id names the client', async () => {
    const emulator = await serveInProcess({ generateJwtKey: '', clientId: '3MVG9emu' });
    const keyFile = emulator.line.jwtKeyFile!;
    expect(statSync(dirname(keyFile)).mode & 0o777).toBe(0o700);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(emulator.line.clientId).toBe('3MVG9emu');
    expect(await runningUser(await jwtLogin(emulator.line, '3MVG9emu', keyFile))).toBe(emulator.line.username);
    await emulator.stop();
    expect(existsSync(dirname(keyFile))).toBe(false);
  });

  it('--jwt-cert also takes a PEM public key; the default client id is juston-audit-emulator', async () => {
    const dir = tempDir();
    const { publicKeyPem, privateKeyPem } = selfSignedCertificate();
    writeFileSync(join(dir, 'server.pub'), publicKeyPem);
    writeFileSync(join(dir, 'server.key'), privateKeyPem, { mode: 0o600 });
    const emulator = await serveInProcess({ jwtCert: join(dir, 'server.pub') });
    expect(emulator.line.clientId).toBe('juston-audit-emulator');
    expect(await runningUser(await jwtLogin(emulator.line, 'juston-audit-emulator', join(dir, 'server.key')))).toBe(emulator.line.username);
    await emulator.stop();
  });

  it('without JWT flags the ready line names no client and JWT logins are refused', async () => {
    const emulator = await serveInProcess({});
    expect(Object.keys(emulator.line).sort()).toEqual(['accessToken', 'instanceUrl', 'loginUrl', 'password', 'username']);
    const keyFile = join(tempDir(), 'server.key');
    writeFileSync(keyFile, selfSignedCertificate().privateKeyPem, { mode: 0o600 });
    await expect(jwtLogin(emulator.line, 'juston-audit-emulator', keyFile)).rejects.toThrow(/invalid assertion/);
    await emulator.stop();
  });
});

describe('bad JWT flags: one line naming the flag and the file, exit 2, nothing served', () => {
  const dir = tempDir();
  const files = {
    text: join(dir, 'notes.txt'),
    privateKey: join(dir, 'server.key'),
    ecKey: join(dir, 'ec.pub'),
    existing: join(dir, 'taken.key'),
  };
  writeFileSync(files.text, 'not a certificate\n');
  writeFileSync(files.privateKey, selfSignedCertificate().privateKeyPem);
  writeFileSync(files.ecKey, generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(files.existing, 'keep me\n');

  it.each([
    [['--jwt-cert', join(dir, 'missing.crt')], `--jwt-cert ${join(dir, 'missing.crt')}: file not found`],
    [['--jwt-cert', files.text], `--jwt-cert ${files.text}: not a PEM X.509 certificate or public key`],
    [['--jwt-cert', files.privateKey], `--jwt-cert ${files.privateKey}: holds a private key; give its certificate or public key`],
    [['--jwt-cert', files.ecKey], `--jwt-cert ${files.ecKey}: not an RSA key (ec); JWT logins are signed with RS256`],
    [['--generate-jwt-key', files.existing], `--generate-jwt-key ${files.existing}: file exists (an existing file is never overwritten)`],
    [['--jwt-cert', files.text, '--generate-jwt-key'], 'Arguments jwt-cert and generate-jwt-key are mutually exclusive'],
  ])('%j', async (flags, message) => {
    const { code, stdout, stderr } = await cli(['emulator', '--org', SAMPLE.clean, ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`juston-audit: ${message}\n`);
  });

  it('an existing file named by --generate-jwt-key is left as it was', async () => {
    await cli(['emulator', '--org', SAMPLE.clean, '--generate-jwt-key', files.existing]);
    expect(statSync(files.existing).size).toBe('keep me\n'.length);
  });
});
