import { Command, CommanderError, Option } from 'commander';
import { ExampleRefusal } from './example-refusal.js';
import { DEFAULT_DB, DEFAULT_DB_SHOWN } from './open-example-store.js';

/** Help headings in Vietnamese with the English beside them (as the `mttq` command shows them). */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng (usage):',
  'Options:': 'Tùy chọn (options):',
  'Arguments:': 'Tham số (arguments):',
};

/** commander's error messages, each with its Vietnamese before it. */
const ERRORS: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option/, 'Tùy chọn không rõ'],
  [/^error: missing required argument/, 'Thiếu tham số bắt buộc'],
  [/^error: required option/, 'Thiếu tùy chọn bắt buộc'],
  [/^error: option .* argument missing/, 'Tùy chọn thiếu giá trị'],
  [/^error: option .* argument .* is invalid/, 'Giá trị không hợp lệ'],
  [/^error: too many arguments/, 'Thừa tham số'],
  [/^error: option .* cannot be used with/, 'Hai tùy chọn không dùng cùng nhau'],
];

/** Exit statuses every example program shares, also shown at the end of its `--help`. */
const EXIT_CODES =
  '\nMã thoát (exit status): 0 — xong (done); 1 — không tìm thấy hoặc bị từ chối, một dòng trên stderr (not found or refused, one line); 2 — tùy chọn sai, kèm cách dùng (wrong flag or value, with the usage).';

/** Where every example finds its store: `--db`, with its environment variable and its default. */
export interface ExampleFlags {
  readonly db: string;
  readonly debug: boolean;
}

/**
 * An example program's command: Vietnamese help with English beside it, `--db` (the examples' own database unless
 * told otherwise) and `--debug`, errors turned into exit statuses by {@link runExample}.
 *
 * @example
 * const program = exampleProgram('rules', 'Kiểm tra quy tắc giao việc (checks assignment rules).').action(async (flags) => …);
 * await runExample(program);
 */
export function exampleProgram(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .helpOption('-h, --help', 'in hướng dẫn (display help)')
    .addOption(
      new Option('--db <file>', 'tệp SQLite của các ví dụ, tạo và nạp bộ dữ liệu mẫu ở lần chạy đầu; :memory: cho một kho tạm (the examples’ SQLite file; :memory: for a throwaway one)')
        .env('MTTQ_EXAMPLES_DB')
        .default(DEFAULT_DB, DEFAULT_DB_SHOWN),
    )
    .option('--debug', 'in toàn bộ lỗi kèm vết ngăn xếp (print errors with their stack trace)', false)
    .addHelpText('after', EXIT_CODES)
    .showHelpAfterError()
    .exitOverride()
    .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
    .configureOutput({ outputError: (message, write) => write(translated(message)) });
}

/**
 * Runs an example program on the user's arguments (a leading `--`, which some runners pass through, is dropped)
 * and sets `process.exitCode`: 0 done, 1 refused (one line on stderr; the stack trace only with `--debug`),
 * 2 a wrong flag or a bad value (with the usage).
 */
export async function runExample(program: Command, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  // Output piped into a reader that stops early (`| head`) ends the program quietly, not with an EPIPE trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  try {
    await program.parseAsync(args, { from: 'user' });
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
  if (error instanceof ExampleRefusal) {
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
