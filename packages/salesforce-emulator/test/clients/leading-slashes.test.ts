import { describe, expect, it } from 'vitest';
import { collapseLeadingSlashes } from '../../src/http/request-path.js';
import { API_VERSION, emulator } from '../server/sample-emulator.js';

describe('paths with a leading run of slashes (the Salesforce CLI keeps a trailing slash on the instance URL)', () => {
  it('collapses the slashes and keeps the query string', () => {
    expect(collapseLeadingSlashes('//services/data/v60.0/query?q=SELECT+Id+FROM+User')).toBe(
      '/services/data/v60.0/query?q=SELECT+Id+FROM+User',
    );
    expect(collapseLeadingSlashes('///services/data')).toBe('/services/data');
    expect(collapseLeadingSlashes('/services/data?x=//y')).toBe('/services/data?x=//y');
  });

  it('answers GET //services/data/… over HTTP like the single-slash path', async () => {
    const emu = await emulator();
    const soql = encodeURIComponent('SELECT Id FROM User');
    const res = await fetch(`${emu.instanceUrl}//services/data/v${API_VERSION}/query?q=${soql}`, {
      headers: { Authorization: `Bearer ${emu.accessToken}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { totalSize: number }).totalSize).toBe(4);
    const versions = await fetch(`${emu.instanceUrl}//services/data`);
    expect(versions.status).toBe(200);
  });
});
