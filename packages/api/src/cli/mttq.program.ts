import { readFileSync } from 'node:fs';
import {
  commanderErrorIn,
  commanderHelpIn,
  isLang,
  langFromLocale,
  LANGS,
  PROGRAM_TEXTS,
  unexpectedErrorLine,
  type Lang,
} from '@mttq/core';
import { Command, CommanderError, Option } from 'commander';
import { addBackupCommand } from './backup.command.js';
import { addCheckRulesCommand } from './check-rules.command.js';
import { CliRefusal } from './cli-refusal.js';
import { addImportCommand } from './import-national.command.js';
import { addPopoloCommand } from './popolo.command.js';
import { addServeCommand } from './serve.command.js';
import { addTokensCommand } from './tokens.command.js';
import { addVerifyCommand } from './verify.command.js';

/** Where the command's help, usage and refusals go: stdout and stderr, or a test's buffers. */
export interface MttqOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const STANDARD_OUTPUT: MttqOutput = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

const DESCRIPTION = {
  vi: 'Mô hình Mặt trận Tổ quốc Việt Nam: API GraphQL và công cụ vận hành.',
  en: 'The Vietnam Fatherland Front model: GraphQL API and operator tools.',
};

/**
 * The `mttq` command: serve the API, import the national units, manage tokens, back up, check rules, verify.
 * Built fresh for each run (commander keeps parsed values on the command objects), in one language: its help,
 * commander's own words and errors, and every command's messages are in `lang` only.
 */
export function mttqProgram(io: MttqOutput = STANDARD_OUTPUT, lang: Lang = 'vi'): Command {
  const program = new Command('mttq')
    .description(DESCRIPTION[lang])
    .version(packageVersion(), '-V, --version', PROGRAM_TEXTS.version[lang])
    .helpOption('-h, --help', PROGRAM_TEXTS.help[lang])
    .helpCommand('help [command]', PROGRAM_TEXTS.helpCommand[lang])
    .option('--debug', PROGRAM_TEXTS.debug[lang], false)
    .addOption(new Option('--lang <lang>', PROGRAM_TEXTS.lang[lang]).choices(LANGS))
    .showHelpAfterError()
    .exitOverride()
    // Set before the commands are added: each inherits the help, the output and the exit override.
    .configureHelp({ showGlobalOptions: true, ...commanderHelpIn(lang) })
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (message, write) => write(commanderErrorIn(message, lang)) });
  addServeCommand(program, lang);
  addImportCommand(program, lang);
  addTokensCommand(program, lang);
  addBackupCommand(program, lang);
  addCheckRulesCommand(program, lang);
  addVerifyCommand(program, lang);
  addPopoloCommand(program, lang);
  return program;
}

/** The language asked for by `--lang` (another value is refused by the option itself), else the locale's. */
export function cliLang(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice('--lang='.length) : args[at + 1];
  return value !== undefined && isLang(value) ? value : langFromLocale(env);
}

/**
 * Runs `mttq` with the user's arguments (without `node` and the script) and resolves with how it ended: 0 done,
 * 1 refused (one line on stderr; the stack trace only with `--debug`), 2 a wrong flag or a missing argument
 * (with the usage). A command whose check finds faults (`verify`, `check-rules`) sets `process.exitCode` to 1
 * itself. A server started by `serve` keeps running after this resolves.
 *
 * @example
 * const code = await runMttq(['verify', '--db', 'data/mttq.sqlite']);
 */
export async function runMttq(
  args: readonly string[],
  io: MttqOutput = STANDARD_OUTPUT,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const lang = cliLang(args, env);
  const program = mttqProgram(io, lang);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeOf(error, args.includes('--debug'), io, lang);
  }
}

/** Runs `mttq` as this process: the `bin` and the workspace's scripts. */
export async function runMttqProcess(args: readonly string[]): Promise<void> {
  const code = await runMttq(args);
  if (code !== 0) process.exitCode = code;
}

function exitCodeOf(error: unknown, debug: boolean, io: MttqOutput, lang: Lang): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (debug) {
    io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
  io.err(`${error instanceof CliRefusal ? error.texts[lang] : unexpectedErrorLine(error, lang)}\n`);
  return 1;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
