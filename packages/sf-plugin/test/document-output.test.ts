import type { Spinner } from '@salesforce/sf-plugins-core';
import { describe, expect, it } from 'vitest';
import { emulated, SAMPLE } from '../../../test/cli/helpers.js';
import { loadDoctorCommand, type DoctorJson } from '../src/juston-audit.js';
import { documentOutput, sfIO } from '../src/sf-io.js';

const side = (json: boolean) => ({ json, spinner: {} as Spinner, confirm: async () => false });

describe('documentOutput (sf juston doctor and rollback)', () => {
  it('with --json: juston-audit runs with --format json and its document is the result', async () => {
    const served = await emulated(SAMPLE.clean);
    const { io, captured } = sfIO(side(true), 'juston doctor');
    const output = documentOutput<DoctorJson>(true, captured);
    expect(output.format).toBe('json');
    const { doctorCommand } = await loadDoctorCommand();
    const login = { instanceUrl: served.emulator.instanceUrl, accessToken: served.emulator.accessToken, apiVersion: '62.0' };
    expect(await doctorCommand({ ...login, format: output.format }, io)).toBe('ok');
    const result = output.result();
    expect(result).toMatchObject({ format: 'juston-audit.doctor/v1', blind: [], outcome: 'ok' });
    expect(result?.apiUsage?.max).toBe(100_000);
    expect(JSON.stringify(result)).not.toContain(served.emulator.accessToken);
  });

  it('without --json: the text goes to the terminal and the result is empty', () => {
    const output = documentOutput<DoctorJson>(false, () => 'Org: https://acme.my.salesforce.com\n');
    expect(output.format).toBe('terminal');
    expect(output.result()).toBeUndefined();
  });
});
