import { fileURLToPath } from 'node:url';

/** The sample orgs shipped in the package's samples/ folder. */
export function samplePath(name: 'clean-org' | 'misconfigured-org'): string {
  return fileURLToPath(new URL(`../../samples/${name}.json`, import.meta.url));
}
