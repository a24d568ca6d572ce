// `mttq check-rules` from the workspace's sources: `npx tsx --conditions=source packages/core/scripts/rule-test.ts
// packages/core/rules/*.rules-test.yaml`. One implementation, in packages/api/src/cli/check-rules.command.ts.
import { runMttqProcess } from '../../api/src/cli/mttq.program.js';

await runMttqProcess(['check-rules', ...process.argv.slice(2).filter((a) => a !== '--')]);
