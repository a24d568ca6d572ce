import { coreError, type CoreError } from '../shared/core-error.js';
import type { ApiToken } from './api-token.js';

/** No token has this secret. */
export type TokenUnknownError = CoreError<'TOKEN.UNKNOWN'>;
/** The token's expiry has passed. */
export type TokenExpiredError = CoreError<'TOKEN.EXPIRED', { id: string; expiresAt: string }>;
/** The token was revoked. */
export type TokenRevokedError = CoreError<'TOKEN.REVOKED', { id: string; revokedAt: string }>;
/** Why a secret does not authenticate. */
export type TokenAuthenticationError = TokenUnknownError | TokenExpiredError | TokenRevokedError;

/** A token named by id that does not exist (`tokens revoke tok_…`). */
export type TokenNotFoundError = CoreError<'TOKEN.NOT_FOUND', { id: string }>;
/** A token without a name. */
export type TokenEmptyNameError = CoreError<'TOKEN.EMPTY_NAME'>;

/** A write that reaches a unit or an organization outside the token's scope. */
export type TokenOutsideScopeError = CoreError<'TOKEN.OUTSIDE_SCOPE', { tokenId: string; unitId?: string; organizationId?: string }>;

/** "Mã truy cập không hợp lệ." — says nothing about which tokens exist. */
export function tokenUnknown(): TokenUnknownError {
  return coreError('TOKEN.UNKNOWN', { vi: 'Mã truy cập không hợp lệ.', en: 'The access token is not valid.' });
}

/** "Mã truy cập … đã hết hạn từ …" */
export function tokenExpired(token: ApiToken & { expiresAt: string }): TokenExpiredError {
  return coreError(
    'TOKEN.EXPIRED',
    {
      vi: `Mã truy cập "${token.name}" đã hết hạn từ ${token.expiresAt}.`,
      en: `The access token "${token.name}" expired at ${token.expiresAt}.`,
    },
    { id: token.id, expiresAt: token.expiresAt },
  );
}

/** "Mã truy cập … đã bị thu hồi lúc …" */
export function tokenRevoked(token: ApiToken & { revokedAt: string }): TokenRevokedError {
  return coreError(
    'TOKEN.REVOKED',
    {
      vi: `Mã truy cập "${token.name}" đã bị thu hồi lúc ${token.revokedAt}.`,
      en: `The access token "${token.name}" was revoked at ${token.revokedAt}.`,
    },
    { id: token.id, revokedAt: token.revokedAt },
  );
}

/** "Không tìm thấy mã truy cập có mã tok_…" */
export function tokenNotFound(id: string): TokenNotFoundError {
  return coreError('TOKEN.NOT_FOUND', { vi: `Không tìm thấy mã truy cập có mã ${id}.`, en: `No access token has the id ${id}.` }, { id });
}
