import { createRule } from '../../src/rules/create-rule.js';
import type { RuleMeta } from '../../src/rules/types.js';

/** Minimal rules for engine tests. */
const meta = (id: string, extra: Partial<RuleMeta<'bad'>> = {}): RuleMeta<'bad'> => ({
  id,
  title: id,
  description: 'd',
  whyItMatters: 'w',
  severity: 'error',
  category: 'org',
  requires: ['records.Organization'],
  messages: { bad: 'Thing {{name}} is bad.' },
  fixable: null,
  remediation: { text: 't', setupPath: 'Setup' },
  docsUrl: 'https://x.example',
  needsPackage: false,
  ...extra,
});

export const throwing = createRule({
  meta: meta('test/throws'),
  defaultOptions: {},
  check() {
    throw new Error('boom');
  },
});

export const failing = createRule({
  meta: meta('test/fails', { severity: 'warning' }),
  defaultOptions: {},
  check: () => ({
    status: 'fail',
    findings: [
      { resource: { type: 'User', id: '005A', name: 'a@x' }, messageId: 'bad', data: { name: 'A' } },
      { resource: { type: 'User', id: '005B', name: 'b@x' }, messageId: 'bad', data: { name: 'B' }, severity: 'note' },
    ],
  }),
});

export const needsUsers = createRule({
  meta: meta('test/needs-users', { requires: ['records.User', 'records.Nope'], needsPackage: true }),
  defaultOptions: {},
  check: () => ({ status: 'pass', findings: [] }),
});

export const dynamicNeeds = createRule({
  meta: meta('test/dynamic'),
  defaultOptions: {},
  check: (_s, _o, ctx) => {
    ctx.require('records.ApexPage');
    return { status: 'pass', findings: [] };
  },
});

export const failsWithoutFindings = createRule({
  meta: meta('test/empty-fail'),
  defaultOptions: {},
  check: () => ({ status: 'fail', findings: [] }),
});

export const fixWithoutFixable = createRule({
  meta: meta('test/sneaky-fix'),
  defaultOptions: {},
  check: () => ({
    status: 'fail',
    findings: [{ resource: { type: 'X', name: 'x' }, messageId: 'bad', data: { name: 'x' }, fix: { kind: 'manual', steps: [] } }],
  }),
});

export const missingPlaceholder = createRule({
  meta: meta('test/no-data'),
  defaultOptions: {},
  check: () => ({ status: 'fail', findings: [{ resource: { type: 'X', name: 'x' }, messageId: 'bad' }] }),
});

export const sameResourceTwice = createRule({
  meta: meta('test/twice'),
  defaultOptions: {},
  check: () => ({
    status: 'fail',
    findings: [
      { resource: { type: 'X', id: '1', name: 'x' }, messageId: 'bad', data: { name: '1' } },
      { resource: { type: 'X', id: '1', name: 'x' }, messageId: 'bad', data: { name: '2' } },
    ],
  }),
});
