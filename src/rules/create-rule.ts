import type { Snapshot } from '@juston-audit/org-snapshot';
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from './types.js';

export interface RuleSpec<O extends object, M extends string> {
  meta: RuleMeta<M>;
  /** Options used when the config gives none; user options are merged over them key by key. */
  defaultOptions: O;
  check: (snapshot: Snapshot, options: O, context: RuleContext) => RuleOutcome<M>;
}

/**
 * The typed rule factory (typescript-eslint's `createRule` in spirit): the message-id union is inferred
 * from `meta.messages`, so findings can only name messages that exist; options are typed by `defaultOptions`.
 */
export function createRule<O extends object, M extends string>(spec: RuleSpec<O, M>): Rule<O, M> {
  const meta = Object.freeze({ needsPackage: spec.meta.phase !== 'preparation', ...spec.meta });
  return Object.freeze({ meta, defaultOptions: Object.freeze(spec.defaultOptions) as O, check: spec.check });
}
