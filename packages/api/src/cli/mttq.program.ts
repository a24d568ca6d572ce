import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { addBackupCommand } from './backup.command.js';
import { addCheckRulesCommand } from './check-rules.command.js';
import { CliRefusal } from './cli-refusal.js';
import { addImportCommand } from './import-national.command.js';
import { addServeCommand } from './serve.command.js';
import { addTokensCommand } from './tokens.command.js';
import { addVerifyCommand } from './verify.command.js';

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
export function mttqProgram(): Command {
  const program = new Command('mttq')
    .description('Mô hình Mặt trận Tổ quốc Việt Nam: API GraphQL và công cụ vận hành (the Fatherland Front model: GraphQL API and operator tools).')
    .version(packageVersion(), '-V, --version', 'in phiên bản (print the version)')
    .helpOption('-h, --help', 'in hướng dẫn (display help)')
    .helpCommand('help [command]', 'in hướng dẫn của một lệnh (display help for a command)')
    .option('--debug', 'in toàn bộ lỗi kèm vết ngăn xếp (print errors with their stack trace)', false)
    .showHelpAfterError()
    .exitOverride()
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => TITLES[title] ?? title })
    .configureOutput({ outputError: (message, write) => write(translated(message)) });
  addServeCommand(program);
  addImportCommand(program);
  addTokensCommand(program);
  addBackupCommand(program);
  addCheckRulesCommand(program);
  addVerifyCommand(program);
  return program;
}

/**
 * Runs `mttq` with the user's arguments (without `node` and the script) and sets `process.exitCode`: 0 done,
 * 1 refused (one line on stderr; the stack trace only with `--debug`), 2 a wrong flag or a missing argument
 * (with the usage). A server started by `serve` keeps running after this resolves.
 *
 * @example
 * await runMttq(['verify', '--db', 'data/mttq.sqlite']);
 */
export async function runMttq(args: readonly string[]): Promise<void> {
  const program = mttqProgram();
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    process.exitCode = exitCodeOf(error, args.includes('--debug'));
  }
}

function exitCodeOf(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (debug) {
    console.error(error);
    return 1;
  }
  if (error instanceof CliRefusal) {
    console.error(error.message);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Lỗi (error): ${message.split('\n')[0]} — chạy lại với --debug để xem chi tiết (run again with --debug for details).`);
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
