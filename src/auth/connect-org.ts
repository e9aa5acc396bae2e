// The Connection class alone: the package's index also loads Bulk, Streaming, Chatter … (about 7 MB), none used here.
import { Connection } from 'jsforce/lib/connection.js';
import { UsageError } from '../errors.js';
import { checkApiVersion, checkInstanceUrl, connectWithAccessToken, DEFAULT_API_VERSION } from './connect.js';
import { signJwtAssertion } from './jwt-assertion.js';
import { loginWithin } from './login-attempts.js';
import { loginFromSfCli, SfCliMissingError } from './sf-cli.js';
import { readUserFile } from '../support/read-user-file.js';

export interface ConnectArgs {
  targetOrg?: string;
  instanceUrl?: string;
  accessToken?: string;
  username?: string;
  password?: string;
  securityToken?: string;
  loginUrl?: string;
  clientId?: string;
  jwtKeyFile?: string;
  apiVersion?: string;
  /** --timeout in seconds: the login must finish within it, retries included. */
  timeout?: number;
}

/** The login's own deadline when no --timeout is given (the same default as the client's). */
const DEFAULT_LOGIN_TIMEOUT_MS = 120_000;

const DEFAULT_LOGIN_URL = 'https://login.salesforce.com';

/**
 * Picks the login flow from what the user gave: JWT (client id + key), username and password, an access
 * token, or else the Salesforce CLI's stored login (--target-org, SF_TARGET_ORG, or the CLI's default org).
 */
export async function connectOrg(args: ConnectArgs, env: NodeJS.ProcessEnv): Promise<Connection> {
  const version = checkApiVersion(args.apiVersion ?? DEFAULT_API_VERSION);
  const loginUrl = checkInstanceUrl(args.loginUrl ?? DEFAULT_LOGIN_URL, '--login-url');
  if (args.clientId || args.jwtKeyFile) return jwtLogin(args, loginUrl, version);
  if (args.password) {
    if (!args.username) throw new UsageError('--password needs --username');
    const connection = new Connection({ loginUrl, version });
    await loginWithin(
      () => connection.login(args.username!, `${args.password}${args.securityToken ?? ''}`),
      'username/password login (partner SOAP login)',
      timeoutMs(args),
    );
    return connection;
  }
  if (args.instanceUrl || (args.accessToken && !args.targetOrg)) {
    if (!args.instanceUrl) throw new UsageError('--access-token needs --instance-url (or SF_INSTANCE_URL)');
    return connectWithAccessToken({ instanceUrl: args.instanceUrl, accessToken: args.accessToken ?? '', apiVersion: version });
  }
  const target = args.targetOrg ?? env.SF_TARGET_ORG;
  const login = await loginFromSfCli(target, env).catch((error: unknown) => {
    // Nothing named an org and there is no CLI whose default org we could use: a usage question.
    if (error instanceof SfCliMissingError && !target) {
      throw new UsageError(
        'no org given: use -o ALIAS (a Salesforce CLI login), --instance-url with SF_ACCESS_TOKEN, --snapshot FILE, or --demo to try the tool (see --help)',
      );
    }
    throw error;
  });
  return connectWithAccessToken({ instanceUrl: login.instanceUrl, accessToken: login.accessToken, apiVersion: args.apiVersion ?? version });
}

async function jwtLogin(args: ConnectArgs, loginUrl: string, version: string): Promise<Connection> {
  if (!args.clientId || !args.jwtKeyFile || !args.username)
    throw new UsageError('JWT login needs --client-id, --jwt-key-file and --username');
  const privateKeyPem = readUserFile(args.jwtKeyFile, '--jwt-key-file');
  let assertion: string;
  try {
    assertion = signJwtAssertion({ clientId: args.clientId, username: args.username, audience: loginUrl, privateKeyPem });
  } catch (error) {
    throw new UsageError(`--jwt-key-file ${args.jwtKeyFile}: not a usable RSA private key (${(error as Error).message})`);
  }
  const connection = new Connection({ loginUrl, version, oauth2: { clientId: args.clientId, loginUrl } });
  await loginWithin(
    () => connection.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
    'JWT login (OAuth token endpoint)',
    timeoutMs(args),
  );
  return connection;
}

const timeoutMs = (args: ConnectArgs): number => (args.timeout === undefined ? DEFAULT_LOGIN_TIMEOUT_MS : args.timeout * 1000);
