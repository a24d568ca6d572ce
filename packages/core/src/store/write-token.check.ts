import { PostgresAdapter } from 'kysely';
import { apiTokenFromRow } from '../access/api-token.mapper.js';
import { tokenExpired, tokenRevoked, tokenUnknown } from '../access/api-token.errors.js';
import { refuse } from '../shared/core-error.js';
import type { Db } from './database.js';

/**
 * Refuses the write in progress unless the token it is made with is still valid now, read inside the write's
 * own transaction. On PostgreSQL the token row is read `FOR SHARE`: a revocation waits for the writes already
 * holding it to commit, and a write that starts after the revocation sees it — once `revokeApiToken` has
 * returned, no write made with that token can commit. On SQLite the write lock taken at `BEGIN IMMEDIATE`
 * orders them the same way.
 */
export async function requireValidToken(trx: Db, tokenId: string, now: Date = new Date()): Promise<void> {
  let query = trx.selectFrom('api_token').selectAll().where('id', '=', tokenId);
  if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forShare();
  const row = await query.executeTakeFirst();
  if (!row) refuse(tokenUnknown());
  const token = apiTokenFromRow(row);
  if (token.revokedAt !== null) refuse(tokenRevoked({ ...token, revokedAt: token.revokedAt }));
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime())
    refuse(tokenExpired({ ...token, expiresAt: token.expiresAt }));
}
