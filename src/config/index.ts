export { loadConfig } from './load.js';
