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
