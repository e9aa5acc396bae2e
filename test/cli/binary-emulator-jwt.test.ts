import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuiltBin } from './built-bin.js';
import { startEmulatorProcess } from './emulator-process.js';
import { jwtLogin, runningUser } from './emulator-jwt-login.js';
import { SAMPLE, tempDir } from './helpers.js';
import { selfSignedCertificate } from './self-signed-cert.js';

requireBuiltBin();

describe('the built `juston-audit emulator` accepts a JWT bearer client', () => {
  it('--generate-jwt-key FILE: the private key in FILE (0600), its path and the client id printed, never the key; gone after SIGTERM', async () => {
    const keyFile = join(tempDir(), 'keys', 'emu.key');
    const emulator = await startEmulatorProcess(['--org', SAMPLE.clean, '--generate-jwt-key', keyFile]);
    expect(emulator.line).toMatchObject({ clientId: 'juston-audit-emulator', jwtKeyFile: keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(emulator.stdout()).not.toMatch(/PRIVATE KEY|MII/);
    expect(await runningUser(await jwtLogin(emulator.line, 'juston-audit-emulator', keyFile))).toBe(emulator.line.username);
    await expect(jwtLogin(emulator.line, 'another-client', keyFile)).rejects.toThrow(/client identifier invalid/);
    expect(await emulator.stop()).toBe(0);
    expect(existsSync(keyFile)).toBe(false);
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
});
