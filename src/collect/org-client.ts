// Kept only for src/bench, which still imports the client from here; everything else uses src/org.
export { OrgClient, type OrgClientOptions } from '../org/index.js';
