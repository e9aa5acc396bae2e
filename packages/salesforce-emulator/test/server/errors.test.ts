import { describe, expect, it } from 'vitest';
import { API_VERSION, connect, emulator, sampleOrg } from './sample-emulator.js';

/** An org whose writes fail with a plain Error, as a data-layer bug would. */
function brokenOrg() {
  const org = sampleOrg();
  const boom = () => {
    throw new Error('boom: secret internals');
  };
  return { ...org, create: boom, updateMetadata: boom };
}

describe('unexpected exceptions', () => {
  it('become REST 500 UNKNOWN_EXCEPTION with an ErrorId and no internals', async () => {
    const emu = await emulator({ orgData: brokenOrg() });
    const error = await connect(emu)
      .sobject('PermissionSet')
      .create({ Name: 'X', Label: 'X' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ errorCode: 'UNKNOWN_EXCEPTION' });
    const message = (error as Error).message;
    expect(message).toMatch(/^An unexpected error occurred\. Please include this ErrorId if you contact support: \d+-\d+ \(-?\d+\)$/);
    expect(message).not.toContain('boom');
    expect(emu.stats.requests).toEqual([expect.objectContaining({ status: 500, counted: true })]);
  });

  it('become an sf:UNKNOWN_EXCEPTION SOAP fault', async () => {
    const emu = await emulator({ orgData: brokenOrg() });
    const error = await connect(emu)
      .metadata.update('MobileSettings', { fullName: 'Mobile' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ errorCode: 'sf:UNKNOWN_EXCEPTION' });
    expect((error as Error).message).not.toContain('boom');
  });

  it('inside a composite stay confined to their subrequest', async () => {
    const emu = await emulator({ orgData: brokenOrg() });
    const base = `/services/data/v${API_VERSION}`;
    const result = await connect(emu).requestPost<{ compositeResponse: Array<{ httpStatusCode: number; body: any }> }>(
      `${base}/composite`,
      {
        compositeRequest: [
          { method: 'POST', url: `${base}/sobjects/PermissionSet`, referenceId: 'a', body: { Name: 'X', Label: 'X' } },
          { method: 'GET', url: `${base}/sobjects/User/describe`, referenceId: 'b' },
        ],
      },
    );
    expect(result.compositeResponse.map((r) => r.httpStatusCode)).toEqual([500, 200]);
    expect(result.compositeResponse[0]!.body[0].errorCode).toBe('UNKNOWN_EXCEPTION');
  });
});
