import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Connection } from 'jsforce';
import { describe, expect, it } from 'vitest';
import { connectOrg } from '../../src/auth/connect-org.js';
import { requireBuiltBin } from './built-bin.js';
import { startEmulatorProcess, type EmulatorLine } from './emulator-process.js';
import { SAMPLE, cli, tempDir } from './helpers.js';
import { selfSignedCertificate } from './self-signed-cert.js';

requireBuiltBin();

/** A JWT bearer login the way juston-audit --client-id … --jwt-key-file … does it: real jsforce, real HTTP. */
function jwtLogin(line: EmulatorLine, clientId: string, jwtKeyFile: string): Promise<Connection> {
  return connectOrg({ clientId, jwtKeyFile, username: line.username, loginUrl: line.instanceUrl }, {});
}

async function runningUser(connection: Connection): Promise<string> {
  const identity = await connection.identity();
  return identity.username;
}

describe('juston-audit emulator accepts a JWT bearer client', () => {
  it('--generate-jwt-key FILE: the private key in FILE (0600), its path and the client id printed, never the key; gone after SIGTERM', async () => {
    const keyFile = join(tempDir(), 'keys', 'emu.key');
    const emulator = await startEmulatorProcess(['--org', SAMPLE.clean, '--generate-jwt-key', keyFile]);
    expect(emulator.line).toMatchObject({ clientId: 'juston-audit-emulator', jwtKeyFile: keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(emulator.stdout()).not.toMatch(/PRIVATE KEY|MII/);
    const connection = await jwtLogin(emulator.line, 'juston-audit-emulator', keyFile);
    expect(await runningUser(connection)).toBe(emulator.line.username);
    await expect(jwtLogin(emulator.line, 'another-client', keyFile)).rejects.toThrow(/client identifier invalid/);
    expect(await emulator.stop()).toBe(0);
    expect(existsSync(keyFile)).toBe(false);
  });

  it('--generate-jwt-key alone writes into a new temp directory, removed after SIGTERM; --client-id names the client', async () => {
    const emulator = await startEmulatorProcess(['--org', SAMPLE.clean, '--generate-jwt-key', '--client-id', '3MVG9emu']);
    const keyFile = emulator.line.jwtKeyFile!;
    expect(statSync(dirname(keyFile)).mode & 0o777).toBe(0o700);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(emulator.line.clientId).toBe('3MVG9emu');
    expect(await runningUser(await jwtLogin(emulator.line, '3MVG9emu', keyFile))).toBe(emulator.line.username);
    expect(await emulator.stop()).toBe(0);
    expect(existsSync(dirname(keyFile))).toBe(false);
  });

  it('--client-id with --jwt-cert (an X.509 certificate, as sf org login jwt users upload it): its key logs in, another is refused', async () => {
    const dir = tempDir();
    const { certificatePem, privateKeyPem } = selfSignedCertificate();
    expect(new X509Certificate(certificatePem).checkPrivateKey(createPrivateKey(privateKeyPem))).toBe(true);
    writeFileSync(join(dir, 'server.crt'), certificatePem);
    writeFileSync(join(dir, 'server.key'), privateKeyPem, { mode: 0o600 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    writeFileSync(join(dir, 'other.key'), other, { mode: 0o600 });
    const emulator = await startEmulatorProcess(['--org', SAMPLE.clean, '--client-id', 'CI_APP', '--jwt-cert', join(dir, 'server.crt')]);
    expect(emulator.line).toMatchObject({ clientId: 'CI_APP' });
    expect(emulator.line.jwtKeyFile).toBeUndefined();
    expect(await runningUser(await jwtLogin(emulator.line, 'CI_APP', join(dir, 'server.key')))).toBe(emulator.line.username);
    await expect(jwtLogin(emulator.line, 'CI_APP', join(dir, 'other.key'))).rejects.toThrow(/invalid assertion/);
    expect(await emulator.stop()).toBe(0);
  });

  it('--jwt-cert also takes a PEM public key', async () => {
    const dir = tempDir();
    const { publicKeyPem, privateKeyPem } = selfSignedCertificate();
    writeFileSync(join(dir, 'server.pub'), publicKeyPem);
    writeFileSync(join(dir, 'server.key'), privateKeyPem, { mode: 0o600 });
    const emulator = await startEmulatorProcess(['--org', SAMPLE.clean, '--jwt-cert', join(dir, 'server.pub')]);
    expect(await runningUser(await jwtLogin(emulator.line, 'juston-audit-emulator', join(dir, 'server.key')))).toBe(emulator.line.username);
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
