/** The languages messages are written in: Vietnamese (the default) and English. Domain data (names) stays as stored. */
export type Lang = 'vi' | 'en';

/** Every language, the default first. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The language of every message unless the caller asks for another. */
export const DEFAULT_LANG: Lang = 'vi';

/** One message in both languages: the caller picks one, never both at once. */
export interface Texts {
  readonly vi: string;
  readonly en: string;
}

/** True when `raw` names a language (`vi`, `en`). */
export function isLang(raw: string): raw is Lang {
  return (LANGS as readonly string[]).includes(raw);
}

/**
 * The language a program speaks by default, from the POSIX locale variables in their order of precedence
 * (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): `en_US.UTF-8`, `en` → English; anything else → Vietnamese.
 *
 * @example
 * langFromLocale(process.env); // 'en' when LANG=en_US.UTF-8
 */
export function langFromLocale(env: { readonly [name: string]: string | undefined }): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : DEFAULT_LANG;
}

/** Letters only Vietnamese writes (vowels with their marks, đ): an English message has none. */
export const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** A text that may be a name (the same in every language) or a phrase written in both. */
export function textsOf(text: string | Texts): Texts {
  return typeof text === 'string' ? { vi: text, en: text } : text;
}

/**
 * One language out of a text written "Vietnamese (English)" — the form the programs' help and refusals were
 * first written in: the Vietnamese before the last parenthesis, or the English inside it. A text not of that
 * form (a name, or English already) is returned as it is.
 *
 * @example
 * inOneLanguage('in hướng dẫn (display help)', 'en'); // 'display help'
 * inOneLanguage('in hướng dẫn (display help)', 'vi'); // 'in hướng dẫn'
 * inOneLanguage('UNIT.CODE_UNKNOWN: Không có đơn vị nào mang mã 999. (no unit with code 999)', 'en'); // 'UNIT.CODE_UNKNOWN: no unit with code 999'
 */
export function inOneLanguage(text: string, lang: Lang): string {
  const match = /^([\s\S]*\S)\s+\(([^()]*)\)([.:]?)$/.exec(text);
  if (!match) return text;
  const [, vi = '', en = '', end = ''] = match;
  if (!VIETNAMESE_LETTERS.test(vi) || VIETNAMESE_LETTERS.test(en) || !/[a-z]{2}/i.test(en)) return text;
  // A refusal's stable code before its message (`UNIT.CODE_UNKNOWN: …`) is kept in both.
  const code = /^[A-Z_]+\.[A-Z_.]+: /.exec(vi)?.[0] ?? '';
  return lang === 'en' ? `${code}${en}${end}` : `${vi}${end}`;
}
