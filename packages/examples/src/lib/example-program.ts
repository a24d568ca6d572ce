import { inOneLanguage, isLang, langFromLocale, type Lang } from '@mttq/core';
import { Command, CommanderError, Option } from 'commander';
import { ExampleRefusal } from './example-refusal.js';
import { DEFAULT_DB, DEFAULT_DB_SHOWN } from './open-example-store.js';

/** Help headings in Vietnamese (commander's own are English). */
const TITLES_VI: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Arguments:': 'Tham số:',
};

/** commander's error messages (English), and what a Vietnamese reader is told instead. */
const ERRORS_VI: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '(.*)'/, 'Tùy chọn không rõ: $1'],
  [/^error: missing required argument '(.*)'/, 'Thiếu tham số bắt buộc: $1'],
  [/^error: required option '(.*)' not specified/, 'Thiếu tùy chọn bắt buộc: $1'],
  [/^error: option '(.*)' argument missing/, 'Tùy chọn thiếu giá trị: $1'],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
    'Giá trị không hợp lệ: $1 không nhận "$2"; chỉ nhận $3.',
  ],
  [/^error: option '(.*)' argument '(.*)' is invalid\. ([\s\S]*)$/, 'Giá trị không hợp lệ: $1 không nhận "$2". $3'],
  [/^error: too many arguments/, 'Thừa tham số.'],
  [/^error: option '(.*)' cannot be used with option '(.*)'/, 'Hai tùy chọn không dùng cùng nhau: $1 và $2.'],
];

/** Exit statuses every example program shares, shown at the end of its `--help`. */
const EXIT_CODES: Readonly<Record<Lang, string>> = {
  vi: '\nMã thoát: 0 — xong; 1 — không tìm thấy hoặc bị từ chối, một dòng trên stderr; 2 — tùy chọn sai, kèm cách dùng.',
  en: '\nExit status: 0 — done; 1 — not found or refused, one line on stderr; 2 — wrong flag or value, with the usage.',
};

/** Where every example finds its store: `--db`, with its environment variable and its default. */
export interface ExampleFlags {
  readonly db: string;
  readonly debug: boolean;
  readonly lang: Lang;
}

/**
 * An example program's command: help in one language (`--lang vi|en`, by default from `LANG`/`LC_ALL`/
 * `LC_MESSAGES`: `en_*` → English, else Vietnamese), `--db` (the examples' own database unless told otherwise)
 * and `--debug`, errors turned into exit statuses by {@link runExample}. Descriptions are written
 * "Vietnamese (English)" and shown in the language chosen.
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
      new Option(
        '--db <file>',
        'tệp SQLite của các ví dụ, tạo và nạp bộ dữ liệu mẫu ở lần chạy đầu; :memory: cho một kho tạm (the examples’ SQLite file; :memory: for a throwaway one)',
      )
        .env('MTTQ_EXAMPLES_DB')
        .default(DEFAULT_DB, DEFAULT_DB_SHOWN),
    )
    .addOption(
      new Option(
        '--lang <lang>',
        'ngôn ngữ của hướng dẫn và thông báo; mặc định theo LANG (language of help and messages; default from LANG)',
      ).choices(['vi', 'en']),
    )
    .option('--debug', 'in toàn bộ lỗi kèm vết ngăn xếp (print errors with their stack trace)', false)
    .showHelpAfterError()
    .exitOverride();
}

/**
 * Runs an example program on the user's arguments (a leading `--`, which some runners pass through, is dropped)
 * and sets `process.exitCode`: 0 done, 1 refused (one line on stderr; the stack trace only with `--debug`),
 * 2 a wrong flag or a bad value (with the usage). Help, errors and refusals are in the language of `--lang`,
 * else of the locale.
 */
export async function runExample(program: Command, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const lang = langOf(args, process.env);
  inLanguage(program, lang);
  // Output piped into a reader that stops early (`| head`) ends the program quietly, not with an EPIPE trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    process.exitCode = exitCodeOf(error, args.includes('--debug'), lang);
  }
}

/** The language asked for by `--lang` (a value that is not one is refused by the option itself), else the locale's. */
function langOf(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice('--lang='.length) : args[at + 1];
  return value !== undefined && isLang(value) ? value : langFromLocale(env);
}

/** Shows the program's help and errors in `lang` only. */
function inLanguage(program: Command, lang: Lang): void {
  program.description(inOneLanguage(program.description(), lang));
  program.helpOption('-h, --help', lang === 'en' ? 'display help' : 'in hướng dẫn');
  for (const option of program.options) option.description = inOneLanguage(option.description, lang);
  for (const argument of program.registeredArguments) argument.description = inOneLanguage(argument.description, lang);
  program.setOptionValueWithSource('lang', lang, 'default');
  program.addHelpText('after', EXIT_CODES[lang]);
  program.configureHelp({ styleTitle: (title) => (lang === 'vi' ? (TITLES_VI[title] ?? title) : title) });
  program.configureOutput({ outputError: (message, write) => write(commanderError(message, lang)) });
}

function exitCodeOf(error: unknown, debug: boolean, lang: Lang): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (debug) {
    console.error(error);
    return 1;
  }
  if (error instanceof ExampleRefusal) {
    console.error(inOneLanguage(error.message, lang));
    return 1;
  }
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  console.error(
    lang === 'en' ? `Error: ${message} — run again with --debug for details.` : `Lỗi: ${message} — chạy lại với --debug để xem chi tiết.`,
  );
  return 1;
}

/** A commander error in `lang`: its words, and the reason a parser of ours gave ("… is invalid. Ngày phải … (date must …)."). */
function commanderError(message: string, lang: Lang): string {
  const invalid = /^([\s\S]*? is invalid\. )([\s\S]*?)(\n?)$/.exec(message);
  const body = message.trimEnd();
  const oneLanguage = invalid
    ? `${invalid[1]}${inOneLanguage(invalid[2]!, lang)}${invalid[3]}`
    : `${inOneLanguage(body, lang)}${message.slice(body.length)}`;
  return lang === 'vi' ? vietnameseError(oneLanguage) : oneLanguage;
}

/** A commander error in Vietnamese (an unknown one as commander wrote it). */
function vietnameseError(message: string): string {
  for (const [english, vietnamese] of ERRORS_VI) {
    const match = english.exec(message);
    if (match)
      return `${message.slice(0, match.index)}${match[0].replace(english, vietnamese)}${message.slice(match.index + match[0].length)}`;
  }
  return message;
}
