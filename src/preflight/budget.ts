import { CollectError } from '../errors.js';
import { remainingPercent, type Preflight } from './assess.js';

export interface BudgetLimits {
  /** Refuse to start below this share (percent) of the daily API allowance left. */
  minApiRemainingPercent: number;
  /** Refuse a run that would need more calls than this. */
  maxApiCalls?: number;
}

/** Refuses to start an audit that the org's API allowance, or the user's cap, cannot afford. */
export function checkBudget(preflight: Preflight, plannedCalls: number, limits: BudgetLimits): void {
  const left = remainingPercent(preflight.budget);
  if (left !== null && left < limits.minApiRemainingPercent) {
    const { remaining, max } = preflight.budget!;
    throw new CollectError(
      `only ${remaining} of ${max} daily API requests are left (${left.toFixed(1)}%, below the ${limits.minApiRemainingPercent}% floor): not starting; lower --min-api-remaining to run anyway`,
    );
  }
  if (limits.maxApiCalls !== undefined && plannedCalls > limits.maxApiCalls) {
    throw new CollectError(`the audit needs at least ${plannedCalls} API calls, more than --max-api-calls ${limits.maxApiCalls}`);
  }
}
