import type { Lang, Texts } from '@mttq/core';
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/** The English text of each error built here; the message itself is Vietnamese. */
const ENGLISH = new WeakMap<object, string>();

/**
 * A GraphQL error (not masked, its code in `extensions.code`) written in both languages: its message is the
 * Vietnamese text, and `inLang` gives the English one to a request that asked for English.
 *
 * @example
 * localizedError({ vi: 'Con trỏ phân trang không hợp lệ.', en: 'The page cursor is not valid.' }, { extensions: { code: 'PAGE.CURSOR_INVALID' } });
 */
export function localizedError(texts: Texts, options: GraphQLErrorOptions): GraphQLError {
  const error = new GraphQLError(texts.vi, options);
  ENGLISH.set(error, texts.en);
  return error;
}

/**
 * The error as a request in `lang` reads it: the same error in Vietnamese; in English, a copy with the English
 * message of the error or of the error it wraps (a located error around one thrown by a resolver), when it has one.
 * A wrapper that quotes the wrapped message after words of its own (graphql-js's `Variable "$on" got invalid
 * value "x"; …` around a scalar's refusal) keeps its words, the quoted part in English.
 */
export function inLang(error: GraphQLError, lang: Lang): GraphQLError {
  if (lang === 'vi') return error;
  let english: string | undefined;
  for (
    let e: unknown = error, depth = 0;
    e && depth < 5 && english === undefined;
    e = (e as { originalError?: unknown }).originalError, depth++
  ) {
    if (typeof e !== 'object') continue;
    english = ENGLISH.get(e) ?? englishTextOf(e);
    const vietnamese = (e as { message?: unknown }).message;
    if (english !== undefined && e !== error && typeof vietnamese === 'string' && vietnamese && error.message.endsWith(`; ${vietnamese}`)) {
      english = `${error.message.slice(0, -vietnamese.length)}${english}`;
    }
  }
  if (english === undefined) return error;
  return new GraphQLError(english, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

/** The English text of an error that carries its texts (an `ApiError` thrown by a scope check, returned as a GraphQL error). */
function englishTextOf(error: object): string | undefined {
  const texts = (error as { texts?: Partial<Texts> }).texts;
  return typeof texts?.en === 'string' ? texts.en : undefined;
}
