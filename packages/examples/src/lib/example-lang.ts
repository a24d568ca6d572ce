import { isLang, langFromLocale, type Lang, type Texts } from '@mttq/core';

/** The user's arguments: a leading `--`, which some runners pass through, is dropped. */
export function userArguments(argv: readonly string[]): string[] {
  return argv[0] === '--' ? argv.slice(1) : [...argv];
}

/** The language asked for by `--lang` (a value that is not one is refused by the option itself), else the locale's. */
function langOf(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice('--lang='.length) : args[at + 1];
  return value !== undefined && isLang(value) ? value : langFromLocale(env);
}

/**
 * The language of this run of an example program: `--lang vi|en`, else `LC_ALL`/`LC_MESSAGES`/`LANG` (`en_*` →
 * English), else Vietnamese. Every help line, message and refusal of the run is in it alone.
 */
export const LANG: Lang = langOf(userArguments(process.argv.slice(2)), process.env);

/**
 * A text in the language of the run.
 *
 * @example
 * console.log(say({ vi: `Đã ghi ${file}.`, en: `Wrote ${file}.` }));
 */
export function say(texts: Texts): string {
  return texts[LANG];
}
