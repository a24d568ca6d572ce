import { DEFAULT_LANG, type Lang, type Texts } from './lang.js';

/**
 * An expected failure: a stable machine code (`HOLDING.SEAT_TAKEN`) and a message a Front office can read,
 * with the Vietnamese names kept as they are. `message` is Vietnamese; `messageIn(error, 'en')` gives English.
 */
export interface CoreError<Code extends string = string, Details = unknown> {
  readonly code: Code;
  /** The message in Vietnamese (the default language). */
  readonly message: string;
  readonly details?: Details;
  /**
   * The message in every language. Not enumerable, so an error written out as JSON (or compared in a test)
   * is the same as before and stays in one language.
   */
  readonly texts?: Texts;
}

/**
 * Builds an expected failure value from its message in both languages.
 *
 * @example
 * coreError('PERSON.EMPTY_NAME', { vi: 'Họ và tên không được để trống.', en: 'The full name must not be empty.' });
 */
export function coreError<Code extends string, Details = undefined>(code: Code, texts: Texts, details?: Details): CoreError<Code, Details> {
  const error = details === undefined ? { code, message: texts.vi } : { code, message: texts.vi, details };
  return withTexts(error, texts);
}

/** `error` (a fresh object) carrying `texts`, not enumerable, with `message` the Vietnamese one. */
export function withTexts<E extends { readonly code: string; readonly message: string }>(
  error: E,
  texts: Texts,
): E & { readonly texts: Texts } {
  return Object.defineProperty({ ...error, message: texts.vi }, 'texts', { value: texts, enumerable: false }) as E & {
    readonly texts: Texts;
  };
}

/**
 * An error's message in the language asked for (Vietnamese by default). An error built without both texts
 * (none in core) answers its one message.
 *
 * @example
 * messageIn(result.error, 'en'); // "The full name must not be empty."
 */
export function messageIn(error: { readonly message: string; readonly texts?: Texts }, lang: Lang = DEFAULT_LANG): string {
  return error.texts?.[lang] ?? error.message;
}

/**
 * Thrown inside a transaction to roll it back with an expected failure; `runWrite` turns it back
 * into a `Result`. Never escapes the package.
 */
export class Refusal extends Error {
  constructor(readonly error: CoreError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'Refusal';
  }
}

/** Stops the current write with an expected failure; everything it wrote is rolled back. */
export function refuse(error: CoreError): never {
  throw new Refusal(error);
}
