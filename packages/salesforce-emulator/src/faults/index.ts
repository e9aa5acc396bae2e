export { FaultPlan } from './fault-plan.js';
export { guardOrgData } from './deny-access.js';
export type { FaultAction, FaultRule, FiredFault } from './types.js';
