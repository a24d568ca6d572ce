// `mttq verify` from the workspace's sources (the verify-cli test runs it this way): one implementation, in
// packages/api/src/cli/verify.command.ts. Operators run the compiled `mttq verify` (`pnpm verify`).
import { runMttqProcess } from '../../api/src/cli/mttq.program.js';

await runMttqProcess(['verify', ...process.argv.slice(2).filter((a) => a !== '--')]);
