// The Connection class alone: the package's index also loads Bulk, Streaming, Chatter … (about 7 MB), none used here.
import { Connection } from 'jsforce/lib/connection.js';
import { UsageError } from '../errors.js';

export const DEFAULT_API_VERSION = '62.0';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Refuses anything but https, except loopback where the local emulator runs over plain http. */
export function checkInstanceUrl(instanceUrl: string, flag = '--instance-url'): string {
  let url: URL;
  try {
    url = new URL(instanceUrl);
  } catch {
    throw new UsageError(`${flag}: '${instanceUrl}' is not a URL (expected e.g. https://mycompany.my.salesforce.com)`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith('127.');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new UsageError(`${flag}: '${url.origin}' must use https (plain http is allowed only for a local emulator on 127.0.0.1)`);
  }
  return url.origin;
}

export function checkApiVersion(version: string): string {
  if (!/^\d{2,3}\.0$/.test(version))
    throw new UsageError(`--api-version: '${version}' is not an API version such as ${DEFAULT_API_VERSION}`);
  return version;
}

export function connectWithAccessToken(options: { instanceUrl: string; accessToken: string; apiVersion?: string }): Connection {
  if (!options.accessToken)
    throw new UsageError('--access-token: an access token is required with --instance-url (or set SF_ACCESS_TOKEN)');
  return new Connection({
    instanceUrl: checkInstanceUrl(options.instanceUrl),
    accessToken: options.accessToken,
    version: checkApiVersion(options.apiVersion ?? DEFAULT_API_VERSION),
  });
}
