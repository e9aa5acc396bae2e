// npm run conformance -- FILE.har [--org samples/…json]: replays a --trace file against the emulator (built code: run npm run build first).
import { conformance } from '../dist/cli/commands/conformance-command.js';
import { processIO } from '../dist/cli/io.js';

process.exitCode = await conformance(process.argv.slice(2), processIO());
