import type { GraphQLError } from 'graphql';
import { AuthError, fromCoreError, requestError } from '../errors/api-error.js';
import type { Authentication } from './authentication.js';

/** Why a request without a valid token is refused: no token at all, or the token's own refusal. */
export function refusalOf(auth: Authentication, what: 'write' | 'read'): AuthError {
  switch (auth.kind) {
    case 'anonymous':
      return new AuthError(
        'AUTH.TOKEN_REQUIRED',
        what === 'write'
          ? {
              vi: 'Cần có mã truy cập (Authorization: Bearer …) để ghi dữ liệu.',
              en: 'Writing needs an access token (Authorization: Bearer …).',
            }
          : {
              vi: 'Máy chủ này chỉ cho đọc khi có mã truy cập (Authorization: Bearer …).',
              en: 'This server allows reading only with an access token (Authorization: Bearer …).',
            },
      );
    case 'refused':
      return fromCoreError(auth.error) as AuthError;
    case 'token':
      // A valid token refused by a check that gave no reason of its own.
      return new AuthError('AUTH.OUTSIDE_SCOPE', {
        vi: `Mã truy cập "${auth.token.name}" không được phép thực hiện việc này.`,
        en: `The access token "${auth.token.name}" may not do this.`,
      });
  }
}

/** A refused read: a GraphQL error (not masked) with the code in `extensions.code`, for queries have no typed errors. */
export function readRefusal(error: AuthError): GraphQLError {
  return requestError(error.code, error.texts);
}
