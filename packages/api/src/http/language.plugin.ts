import type { Lang } from '@mttq/core';
import type { ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { inLang } from '../errors/localized-error.js';
import { negotiateLang } from './accept-language.js';

/** The language of a request, negotiated once from its `Accept-Language`. */
const LANGS = new WeakMap<Request, Lang>();

/** The language a request asked for (`Accept-Language`), Vietnamese by default. */
export function langOf(request: Request | undefined): Lang {
  if (!request) return 'vi';
  let lang = LANGS.get(request);
  if (lang === undefined) {
    lang = negotiateLang(request.headers.get('accept-language'));
    LANGS.set(request, lang);
  }
  return lang;
}

/**
 * Answers every GraphQL error in the request's language — limits, authentication, parse errors, a store
 * unavailable, each event of a subscription's stream… (typed error results read `ctx.lang` themselves) — and
 * says which in `Content-Language`.
 * GraphQL's own validation messages (an unknown field) come from graphql-js, in English only.
 */
export function useLanguage(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const lang = langOf(request);
      if (lang === 'vi') return;
      if (Array.isArray(result)) setResult(result.map((r: ExecutionResult) => translated(r, lang)));
      else if (isAsyncIterable(result)) setResult(mapAsyncIterator(result, (r: ExecutionResult) => translated(r, lang)));
      else setResult(translated(result as ExecutionResult, lang));
    },
    onResponse({ request, response }) {
      if (!response.headers.has('content-language')) response.headers.set('content-language', langOf(request));
    },
  };
}

function translated(result: ExecutionResult, lang: Lang): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e: GraphQLError) => inLang(e, lang)) };
}
