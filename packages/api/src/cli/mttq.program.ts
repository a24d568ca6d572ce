import { readFileSync } from 'node:fs';
import { inOneLanguage, isLang, langFromLocale, type Lang } from '@mttq/core';
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

/** Help headings in Vietnamese with the English beside them. */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng (usage):',
  'Options:': 'Tùy chọn (options):',
  'Global Options:': 'Tùy chọn chung (global options):',
  'Commands:': 'Lệnh (commands):',
  'Arguments:': 'Tham số (arguments):',
};

/** commander's error messages, each with its Vietnamese before it. */
const ERRORS: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option/, 'Tùy chọn không rõ'],
  [/^error: unknown command/, 'Lệnh không rõ'],
  [/^error: missing required argument/, 'Thiếu tham số bắt buộc'],
  [/^error: required option/, 'Thiếu tùy chọn bắt buộc'],
  [/^error: option .* argument missing/, 'Tùy chọn thiếu giá trị'],
  [/^error: option .* argument .* is invalid/, 'Giá trị không hợp lệ'],
  [/^error: command-argument value .* is invalid/, 'Giá trị không hợp lệ'],
  [/^error: too many arguments/, 'Thừa tham số'],
];

/**
 * The `mttq` command: serve the API, import the national units, manage tokens, back up, check rules, verify.
 * Built fresh for each run (commander keeps parsed values on the command objects).
 */
export function mttqProgram(io: MttqOutput = STANDARD_OUTPUT, lang: Lang = 'vi'): Command {
  const program = new Command('mttq')
    .description(
      'Mô hình Mặt trận Tổ quốc Việt Nam: API GraphQL và công cụ vận hành (the Fatherland Front model: GraphQL API and operator tools).',
    )
    .version(packageVersion(), '-V, --version', 'in phiên bản (print the version)')
    .helpOption('-h, --help', 'in hướng dẫn (display help)')
    .helpCommand('help [command]', 'in hướng dẫn của một lệnh (display help for a command)')
    .option('--debug', 'in toàn bộ lỗi kèm vết ngăn xếp (print errors with their stack trace)', false)
    .addOption(
      new Option(
        '--lang <lang>',
        'ngôn ngữ của hướng dẫn và thông báo, mặc định theo LANG (language of help and messages; default from LANG)',
      ).choices(['vi', 'en']),
    )
    .showHelpAfterError()
    .exitOverride()
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => TITLES[title] ?? title })
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (message, write) => write(translated(message)) });
  addServeCommand(program);
  addImportCommand(program);
  addTokensCommand(program);
  addBackupCommand(program);
  addCheckRulesCommand(program);
  addVerifyCommand(program);
  addPopoloCommand(program);
  if (lang === 'en') inEnglish(program, io);
  return program;
}

/** The whole command tree's help and commander's errors in English only (its texts are written "Vietnamese (English)"). */
function inEnglish(program: Command, io: MttqOutput): void {
  const visit = (command: Command) => {
    command.configureHelp({ showGlobalOptions: true });
    command.configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (message, write) => write(englishError(message)) });
    command.description(inOneLanguage(command.description(), 'en'));
    if (command.summary()) command.summary(inOneLanguage(command.summary(), 'en'));
    command.helpOption('-h, --help', 'display help');
    for (const option of command.options) option.description = inOneLanguage(option.description, 'en');
    for (const argument of command.registeredArguments) argument.description = inOneLanguage(argument.description, 'en');
    for (const sub of command.commands) visit(sub);
  };
  visit(program);
  program.helpCommand('help [command]', 'display help for a command');
}

/** A commander error in English: the reason one of our parsers gave ("… is invalid. Ngày … (date must …)."), in English. */
function englishError(message: string): string {
  const invalid = /^([\s\S]*? is invalid\. )([\s\S]*?)(\n?)$/.exec(message);
  return invalid ? `${invalid[1]}${inOneLanguage(invalid[2]!, 'en')}${invalid[3]}` : message;
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
  if (error instanceof CliRefusal) {
    io.err(`${lang === 'en' ? inOneLanguage(error.message, 'en') : error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(
    lang === 'en'
      ? `Error: ${message.split('\n')[0]} — run again with --debug for details.\n`
      : `Lỗi (error): ${message.split('\n')[0]} — chạy lại với --debug để xem chi tiết (run again with --debug for details).\n`,
  );
  return 1;
}

function translated(message: string): string {
  const vietnamese = ERRORS.find(([english]) => english.test(message))?.[1];
  return vietnamese ? `${vietnamese} — ${message}` : message;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
