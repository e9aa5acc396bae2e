import type { Org } from '@salesforce/core';
import { AuthError } from './juston-audit.js';

/** The connection juston-audit opens itself: an instance URL and an access token, at one API version. */
export interface OrgLogin {
  instanceUrl: string;
  accessToken: string;
  apiVersion: string;
  username: string;
}

/**
 * The sf CLI's login of `org` (-o ALIAS or the default org), as juston-audit's access-token login takes it.
 * refreshAuth() first: juston-audit's connection cannot refresh a token itself, and a stored one may have
 * expired (sf renews it from the refresh token or the JWT key it keeps).
 */
export async function orgLogin(org: Org, apiVersion: string): Promise<OrgLogin> {
  await org.refreshAuth();
  const connection = org.getConnection(apiVersion);
  const { instanceUrl, accessToken } = connection;
  const username = connection.getUsername() ?? org.getUsername() ?? '';
  if (!accessToken) throw new AuthError(`the Salesforce CLI has no access token for ${username || 'this org'}`);
  return { instanceUrl, accessToken, apiVersion, username };
}
