import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readUserJson } from '../support/read-user-file.js';

/**
 * Where each metadata source file of a Salesforce DX project lives, for SARIF locations. The one piece
 * of I/O in the reporters: reads sfdx-project.json and lists the package directories (synchronously).
 */
export interface MetadataIndex {
  /** Repo-relative path (forward slashes) of the metadata file for a resource, or undefined. */
  find(type: string, name: string): string | undefined;
}

/** Standard profiles are stored under short file names in source format. */
const STANDARD_PROFILE_FILES: Record<string, string> = {
  'System Administrator': 'Admin',
  'Standard User': 'Standard',
  'Read Only': 'ReadOnly',
  'Contract Manager': 'ContractManager',
  'Marketing User': 'MarketingProfile',
  'Solution Manager': 'SolutionManager',
  'Standard Platform User': 'StandardAul',
};

/** Resource type → candidate file names (source format). */
function fileNames(type: string, name: string): string[] {
  switch (type) {
    case 'PermissionSet':
      return [`${name}.permissionset-meta.xml`];
    case 'PermissionSetGroup':
      return [`${name}.permissionsetgroup-meta.xml`];
    case 'Profile':
      return [...new Set([STANDARD_PROFILE_FILES[name], name].filter(Boolean))].map((n) => `${n}.profile-meta.xml`);
    case 'ConnectedApplication':
      return [`${name.replace(/\s+/g, '_')}.connectedApp-meta.xml`, `${name}.connectedApp-meta.xml`];
    case 'RemoteSiteSetting':
      return [`${name}.remoteSite-meta.xml`];
    case 'CustomTab':
      return [`${name}.tab-meta.xml`];
    case 'CustomObject':
      return [`${name}.object-meta.xml`];
    default:
      // Settings components: MobileSettings 'Mobile', ContentSettings 'Content.enableContent' → Content.settings-meta.xml.
      return type.endsWith('Settings') ? [`${name.split('.')[0]}.settings-meta.xml`] : [];
  }
}

/** The repository root: the nearest folder up from `dir` holding `.git`, else `dir` itself. */
function repositoryRoot(dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return resolve(dir);
  }
}

function walk(dir: string, into: Map<string, string[]>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (entry.name.endsWith('-meta.xml')) into.set(entry.name, [...(into.get(entry.name) ?? []), path]);
  }
}

/** Indexes the package directories named in `<projectDir>/sfdx-project.json`. */
export function indexSfdxProject(projectDir: string): MetadataIndex {
  const config = readUserJson(join(projectDir, 'sfdx-project.json'), '--sfdx-project') as { packageDirectories?: Array<{ path?: string }> };
  const byName = new Map<string, string[]>();
  for (const pkg of config.packageDirectories ?? []) {
    const dir = join(projectDir, pkg.path ?? '');
    if (pkg.path && existsSync(dir)) walk(dir, byName);
  }
  const root = repositoryRoot(projectDir);
  return {
    find(type, name) {
      for (const file of fileNames(type, name)) {
        const hit = byName.get(file)?.[0];
        if (hit) return relative(root, hit).split(sep).join('/');
      }
      return undefined;
    },
  };
}

/** `salesforce/<orgId>/<Type>/<name>`, each segment percent-encoded: stable and repo-relative. */
export const syntheticUri = (orgId: string, type: string, name: string): string =>
  ['salesforce', orgId, type, name].map(encodeURIComponent).join('/');
