import type { Connection } from 'jsforce';
import { connectOrg } from '../../src/auth/connect-org.js';
import type { EmulatorLine } from './emulator-process.js';

/** A JWT bearer login the way juston-audit --client-id … --jwt-key-file … does it: real jsforce, real HTTP. */
export function jwtLogin(line: Pick<EmulatorLine, 'username' | 'instanceUrl'>, clientId: string, jwtKeyFile: string): Promise<Connection> {
  return connectOrg({ clientId, jwtKeyFile, username: line.username, loginUrl: line.instanceUrl }, {});
}

export async function runningUser(connection: Connection): Promise<string> {
  return (await connection.identity()).username;
}
