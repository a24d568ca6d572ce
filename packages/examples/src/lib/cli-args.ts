import { isAbsolute, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseIsoDate, today, type IsoDate } from '@mttq/core';

/** The command-line arguments of an example, without a leading `--` that some runners pass through. */
export function exampleArgs<O extends NonNullable<ParseArgsConfig['options']>>(options: O) {
  const args = process.argv.slice(2);
  return parseArgs({ options, args: args[0] === '--' ? args.slice(1) : args });
}

/**
 * A path the user typed, taken relative to where they ran the command: `pnpm --filter` runs scripts in the
 * package folder, and tells the original folder in `INIT_CWD`.
 */
export function userPath(path: string): string {
  return path === ':memory:' || isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** The `--date` an example was given (today when absent); a bad date ends the program with a message. */
export function dateArg(raw: string | undefined): IsoDate {
  const date = raw === undefined ? today() : parseIsoDate(raw);
  if (!date) {
    console.error(`Ngày không hợp lệ (cần YYYY-MM-DD): ${raw}`);
    process.exit(2);
  }
  return date;
}
