import type { Lang, Texts } from './lang.js';

/**
 * The words every command-line program of the project shares (the `mttq` command, the example programs), and
 * the words their parser (commander) writes itself, in both languages: a program shows one language per run.
 * No commander import here: the option and argument shapes are the few fields the help reads.
 */
export const PROGRAM_TEXTS = {
  help: { vi: 'in hướng dẫn', en: 'display help' },
  helpCommand: { vi: 'in hướng dẫn của một lệnh', en: 'display help for a command' },
  version: { vi: 'in phiên bản', en: 'print the version' },
  debug: { vi: 'in toàn bộ lỗi kèm vết ngăn xếp', en: 'print errors with their stack trace' },
  lang: {
    vi: 'ngôn ngữ của hướng dẫn và thông báo; mặc định theo LC_ALL, LC_MESSAGES, LANG',
    en: 'language of help and messages; default from LC_ALL, LC_MESSAGES, LANG',
  },
} as const satisfies Record<string, Texts>;

/** commander's help headings and usage placeholders. */
const HELP_WORDS: Readonly<Record<string, Texts>> = {
  'Usage:': { vi: 'Cách dùng:', en: 'Usage:' },
  'Options:': { vi: 'Tùy chọn:', en: 'Options:' },
  'Global Options:': { vi: 'Tùy chọn chung:', en: 'Global Options:' },
  'Commands:': { vi: 'Lệnh:', en: 'Commands:' },
  'Arguments:': { vi: 'Tham số:', en: 'Arguments:' },
  '[options]': { vi: '[tùy chọn]', en: '[options]' },
  '[command]': { vi: '[lệnh]', en: '[command]' },
};

/** The notes commander adds after an option's description. */
const EXTRAS: { readonly [K in 'choices' | 'default' | 'preset' | 'env']: Texts } = {
  choices: { vi: 'chọn một trong', en: 'choices:' },
  default: { vi: 'mặc định:', en: 'default:' },
  preset: { vi: 'khi không ghi giá trị:', en: 'preset:' },
  env: { vi: 'biến môi trường', en: 'env:' },
};

/** commander's error messages (English) and their Vietnamese; the reason one of our parsers gave follows as written. */
const ERRORS_VI: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '([^']*)'/, "Lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '([^']*)'/, "Lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '([^']*)'/, "Lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: required option '([^']*)' not specified/, "Lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: option '([^']*)' argument missing/, "Lỗi: tùy chọn '$1' thiếu giá trị"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, "Lỗi: tùy chọn '$1' không nhận giá trị '$2'."],
  [
    /^error: option '([^']*)' value '([^']*)' from env '([^']*)' is invalid\./,
    "Lỗi: tùy chọn '$1' không nhận giá trị '$2' của biến môi trường $3.",
  ],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\./, "Lỗi: tham số '$2' không nhận giá trị '$1'."],
  [/^error: too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./, 'Lỗi: thừa tham số: cần $1, nhận $2.'],
  [/^error: (.*) cannot be used with (.*)$/m, 'Lỗi: $1 và $2 không dùng cùng nhau.'],
  [/option '([^']*)'/g, "tùy chọn '$1'"],
  [/environment variable '([^']*)'/g, 'biến môi trường $1'],
  [/Allowed choices are (.*)\.$/m, 'Chỉ nhận $1.'],
  [/\(Did you mean one of (.*)\?\)$/m, '(Có phải là một trong $1?)'],
  [/\(Did you mean (.*)\?\)$/m, '(Có phải là $1?)'],
];

/**
 * A commander error message in `lang` (commander writes English; a reason our own parser gave is already in
 * `lang` and is kept).
 *
 * @example
 * commanderErrorIn("error: unknown option '--bogus'\n", 'vi'); // "Lỗi: không có tùy chọn '--bogus'\n"
 */
export function commanderErrorIn(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  let said = message;
  for (const [english, vietnamese] of ERRORS_VI) said = said.replace(english, vietnamese);
  return said;
}

/** The fields of a commander option the help reads (commander's `Option` has them). */
export interface HelpOptionShape {
  readonly description: string;
  readonly argChoices?: readonly string[] | undefined;
  readonly defaultValue?: unknown;
  readonly defaultValueDescription?: string | undefined;
  readonly presetArg?: unknown;
  readonly envVar?: string | undefined;
  readonly required: boolean;
  readonly optional: boolean;
}

/** The fields of a commander argument the help reads. */
export interface HelpArgumentShape {
  readonly description: string;
  readonly argChoices?: readonly string[] | undefined;
  readonly defaultValue?: unknown;
  readonly defaultValueDescription?: string | undefined;
}

/**
 * Overrides for commander's help (`command.configureHelp(commanderHelpIn(lang))`): headings, usage placeholders and
 * the notes after each option (choices, default, environment variable) in `lang`. A boolean flag's default (false)
 * is not shown: it says nothing to a reader.
 */
export function commanderHelpIn(lang: Lang) {
  const words = (text: string) =>
    text
      .split(' ')
      .map((word) => HELP_WORDS[word]?.[lang] ?? word)
      .join(' ');
  return {
    styleTitle: (title: string) => HELP_WORDS[title]?.[lang] ?? title,
    styleUsage: words,
    styleSubcommandTerm: words,
    optionDescription: (option: HelpOptionShape) =>
      withExtras(option.description, lang, {
        choices: option.argChoices,
        default: option.required || option.optional ? shownDefault(option) : undefined,
        preset: option.optional && option.presetArg !== undefined ? JSON.stringify(option.presetArg) : undefined,
        env: option.envVar,
      }),
    argumentDescription: (argument: HelpArgumentShape) =>
      withExtras(argument.description, lang, { choices: argument.argChoices, default: shownDefault(argument) }),
  };
}

function shownDefault(item: {
  readonly defaultValue?: unknown;
  readonly defaultValueDescription?: string | undefined;
}): string | undefined {
  if (item.defaultValue === undefined) return undefined;
  return item.defaultValueDescription || JSON.stringify(item.defaultValue);
}

function withExtras(
  description: string,
  lang: Lang,
  extras: { readonly [K in keyof typeof EXTRAS]?: string | readonly string[] | undefined },
): string {
  const notes = (Object.keys(EXTRAS) as (keyof typeof EXTRAS)[]).flatMap((key) => {
    const value = extras[key];
    if (value === undefined) return [];
    const shown = typeof value === 'string' ? value : value.map((choice) => JSON.stringify(choice)).join(', ');
    return [`${EXTRAS[key][lang]} ${shown}`];
  });
  if (notes.length === 0) return description;
  return description ? `${description} (${notes.join(', ')})` : `(${notes.join(', ')})`;
}

/**
 * The one line a program prints for a failure it did not expect (without `--debug`): the error's first line and
 * how to see the rest.
 */
export function unexpectedErrorLine(error: unknown, lang: Lang): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return lang === 'en'
    ? `Error: ${message} — run again with --debug for details.`
    : `Lỗi: ${message} — chạy lại với --debug để xem chi tiết.`;
}
