import { commanderErrorIn, commanderHelpIn, LANGS, PROGRAM_TEXTS, unexpectedErrorLine, type Lang, type Texts } from '@mttq/core';
import { Command, CommanderError, Option } from 'commander';
import { LANG, userArguments } from './example-lang.js';
import { ExampleRefusal } from './example-refusal.js';
import { DEFAULT_DB, DEFAULT_DB_SHOWN } from './open-example-store.js';

/** Exit statuses every example program shares, shown at the end of its `--help`. */
const EXIT_CODES: Texts = {
  vi: '\nMã thoát: 0 — xong; 1 — không tìm thấy hoặc bị từ chối, một dòng trên stderr; 2 — tùy chọn sai, kèm cách dùng.',
  en: '\nExit status: 0 — done; 1 — not found or refused, one line on stderr; 2 — wrong flag or value, with the usage.',
};

const DB_OPTION: Texts = {
  vi: 'tệp SQLite của các ví dụ, tạo và nạp bộ dữ liệu mẫu ở lần chạy đầu; :memory: cho một kho tạm',
  en: 'the examples’ SQLite file, created with the example dataset on first run; :memory: for a throwaway one',
};

/** Where every example finds its store: `--db`, with its environment variable and its default. */
export interface ExampleFlags {
  readonly db: string;
  readonly debug: boolean;
  readonly lang: Lang;
}

/**
 * An example program's command, in the language of the run ({@link LANG}): its help, commander's own words and
 * errors; `--db` (the examples' own database unless told otherwise), `--lang` and `--debug`; errors turned into
 * exit statuses by {@link runExample}.
 *
 * @example
 * const program = exampleProgram('rules', { vi: 'Kiểm tra quy tắc giao việc.', en: 'Checks assignment rules.' }).action(async (flags) => …);
 * await runExample(program);
 */
export function exampleProgram(name: string, description: Texts): Command {
  return new Command(name)
    .description(description[LANG])
    .helpOption('-h, --help', PROGRAM_TEXTS.help[LANG])
    .addOption(new Option('--db <file>', DB_OPTION[LANG]).env('MTTQ_EXAMPLES_DB').default(DEFAULT_DB, DEFAULT_DB_SHOWN))
    .addOption(new Option('--lang <lang>', PROGRAM_TEXTS.lang[LANG]).choices(LANGS))
    .option('--debug', PROGRAM_TEXTS.debug[LANG], false)
    .addHelpText('after', EXIT_CODES[LANG])
    .configureHelp(commanderHelpIn(LANG))
    .configureOutput({ outputError: (message, write) => write(commanderErrorIn(message, LANG)) })
    .showHelpAfterError()
    .exitOverride();
}

/**
 * Runs an example program on the user's arguments and sets `process.exitCode`: 0 done, 1 refused (one line on
 * stderr; the stack trace only with `--debug`), 2 a wrong flag or a bad value (with the usage).
 */
export async function runExample(program: Command, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const args = userArguments(argv);
  program.setOptionValueWithSource('lang', LANG, 'default');
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
  console.error(error instanceof ExampleRefusal ? error.texts[LANG] : unexpectedErrorLine(error, LANG));
  return 1;
}
