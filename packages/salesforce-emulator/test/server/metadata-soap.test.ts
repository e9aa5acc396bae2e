import { describe, expect, it } from 'vitest';
import { Connection } from 'jsforce';
import { SalesforceApiError } from '../../src/api-error.js';
import { API_VERSION, connect, emulator, sampleOrg } from './sample-emulator.js';

describe('Metadata SOAP', () => {
  it('reads MobileSettings with typed booleans and an empty object for an unknown name', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const mobile = await conn.metadata.read('MobileSettings', 'Mobile');
    expect(mobile).toEqual({ fullName: 'Mobile', enableS1EncryptedStoragePref2: false });
    const both = await conn.metadata.read('MobileSettings', ['Mobile', 'Nope']);
    expect(both).toHaveLength(2);
    expect(both[1]).toEqual({});
    expect(emu.stats.requests.map((r) => [r.api, r.operation, r.counted])).toEqual([
      ['metadata-soap', 'readMetadata', true],
      ['metadata-soap', 'readMetadata', true],
    ]);
  });

  it('updates MobileSettings and returns SaveResults, failures included', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    const saved = await conn.metadata.update('MobileSettings', { fullName: 'Mobile', enableS1EncryptedStoragePref2: true });
    expect(saved).toEqual({ fullName: 'Mobile', success: true, errors: [] });
    expect(await conn.metadata.read('MobileSettings', 'Mobile')).toMatchObject({ enableS1EncryptedStoragePref2: true });
    const failed = await conn.metadata.update('MobileSettings', [{ fullName: 'Ghost', enableS1EncryptedStoragePref2: true }]);
    expect(failed[0]).toMatchObject({
      fullName: 'Ghost',
      success: false,
      errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: expect.stringContaining('Ghost') }],
    });
  });

  it('lists components and turns data-layer errors into sf: faults', async () => {
    const org = sampleOrg();
    const emu = await emulator({
      orgData: {
        ...org,
        readMetadata: (type, names) => {
          if (type !== 'MobileSettings') throw new SalesforceApiError('INVALID_TYPE', `Unknown type ${type}`, 500);
          return org.readMetadata(type, names);
        },
      },
    });
    const conn = connect(emu);
    const listed = await conn.metadata.list([{ type: 'MobileSettings' }]);
    expect(listed).toMatchObject([{ fullName: 'Mobile', type: 'MobileSettings', fileName: 'settings/Mobile.settings' }]);
    await expect(conn.metadata.read('NoSuchType' as 'MobileSettings', 'X')).rejects.toMatchObject({
      errorCode: 'sf:INVALID_TYPE',
      message: 'INVALID_TYPE: Unknown type NoSuchType',
    });
  });

  it('answers a bad session with an sf:INVALID_SESSION_ID fault, uncounted', async () => {
    const emu = await emulator();
    const conn = new Connection({ instanceUrl: emu.instanceUrl, accessToken: '00D5g0000000001!AQ0AQbogus', version: API_VERSION });
    await expect(conn.metadata.read('MobileSettings', 'Mobile')).rejects.toMatchObject({
      errorCode: 'sf:INVALID_SESSION_ID',
      message: 'INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session',
    });
    expect(emu.stats.requests).toEqual([
      {
        method: 'POST',
        path: `/services/Soap/m/${API_VERSION}`,
        api: 'metadata-soap',
        counted: false,
        status: 500,
        operation: 'readMetadata',
        work: { requests: 0, rows: 0 },
      },
    ]);
  });

  it('writes the envelope exactly: prefixed Envelope/Body, no Body attributes, text/xml', async () => {
    const emu = await emulator();
    const envelope =
      '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
      `<soapenv:Header xmlns="http://soap.sforce.com/2006/04/metadata"><SessionHeader><sessionId>${emu.accessToken}</sessionId></SessionHeader></soapenv:Header>` +
      '<soapenv:Body xmlns="http://soap.sforce.com/2006/04/metadata"><readMetadata><type>MobileSettings</type>' +
      '<fullNames>Mobile</fullNames><fullNames>Gone</fullNames></readMetadata></soapenv:Body></soapenv:Envelope>';
    const res = await fetch(`${emu.instanceUrl}/services/Soap/m/${API_VERSION}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml', SOAPAction: '""' },
      body: envelope,
    });
    expect(res.headers.get('content-type')).toBe('text/xml;charset=UTF-8');
    const xml = await res.text();
    expect(xml).toContain('<soapenv:Body><readMetadataResponse><result><records xsi:type="MobileSettings"><fullName>Mobile</fullName>');
    expect(xml).toContain('<enableS1EncryptedStoragePref2>false</enableS1EncryptedStoragePref2>');
    expect(xml).toContain('<records xsi:nil="true"/></result></readMetadataResponse></soapenv:Body></soapenv:Envelope>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><soapenv:Envelope xmlns:soapenv=/);
  });
});
