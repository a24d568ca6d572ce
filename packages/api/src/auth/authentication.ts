import { authenticateToken, type Actor, type ApiToken, type Db, type TokenAuthenticationError } from '@mttq/core';

/** Who a request is: no token, a valid token, or a token that was refused (and why). */
export type Authentication =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'token'; readonly token: ApiToken }
  | { readonly kind: 'refused'; readonly error: TokenAuthenticationError };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Authenticates a request once, from its `Authorization: Bearer <secret>` header. A header that is present
 * but not a bearer token is refused like an unknown token. The secret is never logged nor kept.
 */
export async function authenticateRequest(db: Db, header: string | null, now: Date = new Date()): Promise<Authentication> {
  if (header === null || header.trim() === '') return { kind: 'anonymous' };
  const secret = BEARER.exec(header)?.[1];
  if (secret === undefined) return { kind: 'refused', error: NOT_A_BEARER_TOKEN };
  const result = await authenticateToken(db, secret, now);
  return result.ok ? { kind: 'token', token: result.value } : { kind: 'refused', error: result.error };
}

/**
 * The writer of a request, for core: named `token:<id>` in the audit log, with the token that every write
 * checks again inside its transaction (a token revoked since the request was authenticated writes nothing).
 */
export function actorOf(auth: Authentication): Actor | undefined {
  return auth.kind === 'token' ? { id: `token:${auth.token.id}`, tokenId: auth.token.id } : undefined;
}

/** A header that is not a bearer token: refused as core refuses an unknown token, in both languages. */
const NOT_A_BEARER_TOKEN: TokenAuthenticationError = {
  code: 'TOKEN.UNKNOWN',
  message: 'Mã truy cập không hợp lệ.',
  texts: { vi: 'Mã truy cập không hợp lệ.', en: 'The access token is not valid.' },
};
