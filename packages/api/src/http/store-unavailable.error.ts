import { isStoreUnavailable } from '@mttq/core';
import { type GraphQLError } from 'graphql';
import { maskError, type YogaServerOptions } from 'graphql-yoga';
import { localizedError } from '../errors/localized-error.js';

type MaskError = Extract<NonNullable<YogaServerOptions<object, object>['maskedErrors']>, object>['maskError'] & {};

/** The error a request gets while the database is unavailable: a code to retry on, HTTP 503. */
export function storeUnavailableError(): GraphQLError {
  return localizedError(
    { vi: 'Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau.', en: 'The database is unavailable right now; try again later.' },
    {
      extensions: { code: 'STORE.UNAVAILABLE', http: { status: 503 } },
    },
  );
}

/**
 * Yoga's error masking, except that an error meaning the database is unavailable (stopped, unreachable, locked
 * by another process) becomes `STORE.UNAVAILABLE` with HTTP 503 instead of "Unexpected error.": the client can
 * tell a fault of the moment, worth a retry, from a bug. Everything else is masked as before.
 */
export const maskStoreUnavailable: MaskError = (error, message, isDev) => {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { originalError?: unknown }).originalError, depth++) {
    if (isStoreUnavailable(e)) return storeUnavailableError();
  }
  return maskError(error, message, isDev);
};
