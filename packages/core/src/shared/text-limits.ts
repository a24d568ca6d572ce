import { textTooLong } from './common.errors.js';
import { refuse } from './core-error.js';

/**
 * The longest text each kind of stored field may hold, in characters (UTF-16 code units: one per letter of
 * Vietnamese in NFC, the form names are kept in). One table for the one-by-one writes and the bulk loader,
 * so that a record refused by one is refused by the other.
 */
export const TEXT_LIMITS = {
  /** A person's full name. */
  personName: 200,
  /** An organization's name. */
  organizationName: 500,
  /** A post's title. */
  postTitle: 300,
  /** An API token's name (who holds it). */
  tokenName: 200,
  /** A term of office's label ("2020–2025"). */
  termLabel: 200,
  /** A directive's number/symbol as written ("02-ĐA/TU"). */
  directiveSymbol: 100,
  /** The title (trích yếu) of a directive, a task or a source. */
  title: 1_000,
  /** A source's URL. */
  url: 2_000,
  /** A source's document citation. */
  citation: 2_000,
  /** A note on a source or a status change. */
  note: 2_000,
  /** A progress report's text, or the content registered (đăng ký thực hiện). */
  reportText: 10_000,
} as const;

export type TextLimitKind = keyof typeof TEXT_LIMITS;

/**
 * Refuses the write in progress with `TEXT.TOO_LONG` when `value` is longer than the limit of its kind;
 * `field` names the input field in the message.
 *
 * @example
 * checkTextLength('fullName', input.fullName, 'personName'); // refuses a 208,000-character name
 */
export function checkTextLength(field: string, value: string | null | undefined, kind: TextLimitKind): void {
  const limit = TEXT_LIMITS[kind];
  if (value !== null && value !== undefined && value.length > limit) refuse(textTooLong(field, limit, value.length));
}
