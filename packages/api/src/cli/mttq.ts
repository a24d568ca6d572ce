#!/usr/bin/env node
/**
 * The `mttq` command (the package's `bin`): `mttq serve`, `mttq import national`, `mttq tokens create|list|revoke`,
 * `mttq backup`, `mttq check-rules`, `mttq verify`. `mttq --help` and `mttq <command> --help` say the rest.
 */
import { runMttqProcess } from './mttq.program.js';

await runMttqProcess(process.argv.slice(2));
