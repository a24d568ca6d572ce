// `mttq tokens` from the workspace's sources. One implementation, in src/cli/tokens.command.ts; operators run
// the compiled one (`pnpm tokens create|list|revoke`).
import { runMttqProcess } from '../src/cli/mttq.program.js';

await runMttqProcess(['tokens', ...process.argv.slice(2).filter((a) => a !== '--')]);
