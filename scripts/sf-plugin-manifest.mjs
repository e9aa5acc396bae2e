// oclif.manifest.json for the sf plugin: what `oclif manifest` writes, made with the plugin's own @oclif/core.
// Without it the Salesforce CLI imports the plugin's commands (and with them @salesforce/core) to list them on
// every `sf` call, juston's or not: about 0.7 s more for `sf --version` with the plugin linked.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SF_PLUGIN_ROOT = 'packages/sf-plugin';
export const SF_PLUGIN_MANIFEST = join(SF_PLUGIN_ROOT, 'oclif.manifest.json');

/** Loads the built plugin (lib/) as oclif would without a manifest and writes the manifest oclif reads instead. */
export async function writeSfPluginManifest() {
  const root = resolve(SF_PLUGIN_ROOT);
  const oclifCore = createRequire(join(root, 'package.json')).resolve('@oclif/core');
  const { Plugin } = await import(pathToFileURL(oclifCore).href);
  const plugin = new Plugin({ root, type: 'core', ignoreManifest: true, errorOnManifestCreate: true, respectNoCacheDefault: true });
  await plugin.load();
  writeFileSync(SF_PLUGIN_MANIFEST, `${JSON.stringify(plugin.manifest, null, 2)}\n`);
}
