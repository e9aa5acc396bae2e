import { createRule } from '../create-rule.js';
import { fail, inconclusive, pass } from '../outcome.js';
import { compareVersions, packageState } from '../shared/package.js';

const parse = (v: string): number[] => v.split('.').map(Number);

const NO_MINIMUM_VERSION: { minimumVersion?: string } = {};

export default createRule({
  meta: {
    id: 'package/installed',
    title: 'JustOn package is installed',
    description:
      'The managed package of the JustOn namespace is installed (Tooling InstalledSubscriberPackage), optionally at or above a minimum version.',
    whyItMatters:
      'Every other JustOn check assumes the package is present; old versions miss fixes and cannot be upgraded directly to current releases.',
    severity: 'error',
    category: 'package',
    requires: ['tooling.InstalledSubscriberPackage', 'tooling.SubscriberPackage', 'tooling.SubscriberPackageVersion'],
    needsPackage: false,
    messages: {
      missing: 'The {{namespace}} package (JustOn Billing & Invoice Management) is not installed.',
      tooOld: 'JustOn {{version}} is installed; at least {{minimum}} is required.',
    },
    schema: {
      type: 'object',
      properties: { minimumVersion: { type: 'string', pattern: '^\\d+(\\.\\d+){0,3}$' } },
      additionalProperties: false,
    },
    fixable: null,
    remediation: {
      text: 'Install or upgrade JustOn from its AppExchange listing (Get It Now), choosing Install for Admins Only. Check the installed version in Setup.',
      setupPath: 'Setup > Apps > Packaging > Installed Packages',
    },
    docsUrl: 'https://docs.juston.com/admin/jo_rn/upgrade',
  },
  defaultOptions: NO_MINIMUM_VERSION,
  check(snapshot, options, context) {
    const state = packageState(snapshot, context.namespace);
    if (state.state === 'unknown') return inconclusive(state.reason);
    const resource = { type: 'InstalledSubscriberPackage', name: context.namespace };
    if (state.state === 'absent') return fail([{ resource, messageId: 'missing', data: { namespace: context.namespace } }]);
    const pkg = state.pkg;
    const version = pkg?.version?.join('.') ?? 'unknown';
    if (options.minimumVersion) {
      if (!pkg?.version) return inconclusive('The installed version could not be read.');
      if (compareVersions(pkg.version, parse(options.minimumVersion)) < 0) {
        return fail([
          { resource: { ...resource, id: pkg.packageId }, messageId: 'tooOld', data: { version, minimum: options.minimumVersion } },
        ]);
      }
    }
    return pass(`${pkg?.name ?? context.namespace} ${version} is installed.`);
  },
});
