// `mttq import national` from the workspace's sources. One implementation, in
// packages/api/src/cli/import-national.command.ts; operators run the compiled one (`pnpm import:national`).
import { runMttqProcess } from '../../api/src/cli/mttq.program.js';

await runMttqProcess(['import', 'national', ...process.argv.slice(2).filter((a) => a !== '--')]);
