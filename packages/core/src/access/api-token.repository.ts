import { randomUUID } from 'node:crypto';
import { notFound, type NotFoundError, type TextTooLongError } from '../shared/common.errors.js';
import { coreError, refuse } from '../shared/core-error.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { OrganizationId, UnitId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { ApiTokenTable, Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { hashTokenSecret, newTokenSecret, type ApiToken, type ApiTokenId } from './api-token.js';
import { apiTokenFromRow } from './api-token.mapper.js';
import {
  tokenExpired,
  tokenNotFound,
  tokenRevoked,
  tokenUnknown,
  type TokenAuthenticationError,
  type TokenEmptyNameError,
  type TokenNotFoundError,
} from './api-token.errors.js';

/** A token to create: who holds it, the unit subtree it may write in, and optionally organizations and an expiry. */
export interface ApiTokenInput {
  readonly name: string;
  readonly scopeUnitId: UnitId;
  /** Only writes in the name of these organizations; omitted or empty: any organization of the subtree. */
  readonly scopeOrganizationIds?: readonly OrganizationId[];
  /** The instant from which the token no longer authenticates; omitted: never expires. */
  readonly expiresAt?: Date;
  /** An admin token: it may also read the tokens' own audit entries (names, scopes, expiries). Default: no. */
  readonly admin?: boolean;
}

/** A created token and its secret: the only time the secret is ever seen. */
export interface CreatedApiToken {
  readonly token: ApiToken;
  readonly secret: string;
}

/**
 * Creates a token and returns its secret once; only the secret's SHA-256 is stored.
 *
 * @example
 * const created = unwrap(await createApiToken(db, { name: 'MTTQ xã Chiêm Hóa', scopeUnitId: ids.units.chiemHoaCommune }));
 * console.log(created.secret); // mttq_…: give it to the holder, it cannot be shown again
 * // An admin token also reads the tokens' own audit entries:
 * await createApiToken(db, { name: 'Quản trị', scopeUnitId: ids.units.tuyenQuangFrom2025, admin: true });
 */
export async function createApiToken(
  db: Db,
  input: ApiTokenInput,
  now: Date = new Date(),
): Promise<Result<CreatedApiToken, TokenEmptyNameError | TextTooLongError | NotFoundError>> {
  const secret = newTokenSecret();
  const result = await runWrite<ApiToken, TokenEmptyNameError | TextTooLongError | NotFoundError>(
    db,
    async (trx) => {
      const name = input.name.trim().replace(/\s+/g, ' ');
      if (name === '')
        refuse(
          coreError('TOKEN.EMPTY_NAME', {
            vi: 'Tên của mã truy cập không được để trống.',
            en: 'The name of an access token must not be empty.',
          }),
        );
      checkTextLength('name', name, 'tokenName');
      const unit = await trx.selectFrom('admin_unit').select('id').where('id', '=', input.scopeUnitId).executeTakeFirst();
      if (!unit) refuse(notFound('UNIT.NOT_FOUND', input.scopeUnitId));
      const organizationIds = [...new Set(input.scopeOrganizationIds ?? [])];
      if (organizationIds.length > 0) {
        const found = await trx.selectFrom('organization').select('id').where('id', 'in', organizationIds).execute();
        const missing = organizationIds.find((id) => !found.some((f) => f.id === id));
        if (missing) refuse(notFound('ORGANIZATION.NOT_FOUND', missing));
      }
      const row: ApiTokenTable = {
        id: `tok_${randomUUID().replaceAll('-', '')}`,
        name,
        token_hash: hashTokenSecret(secret),
        scope_unit_id: input.scopeUnitId,
        scope_organization_ids: organizationIds.length > 0 ? JSON.stringify(organizationIds) : null,
        created_at: now.toISOString(),
        expires_at: input.expiresAt?.toISOString() ?? null,
        revoked_at: null,
        admin: input.admin ? 1 : 0,
      };
      await trx.insertInto('api_token').values(row).execute();
      return apiTokenFromRow(row);
    },
    (token) => ({ action: 'api_token.create', entityType: 'api_token', entityId: token.id, unitId: token.scopeUnitId, after: token }),
  );
  return result.ok ? ok({ token: result.value, secret }) : result;
}

/** Revokes a token from `now` on; revoking it again keeps the first revocation. */
export async function revokeApiToken(db: Db, id: ApiTokenId, now: Date = new Date()): Promise<Result<ApiToken, TokenNotFoundError>> {
  return runWrite<ApiToken, TokenNotFoundError>(
    db,
    async (trx) => {
      const row = await trx.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) refuse(tokenNotFound(id));
      if (row.revoked_at !== null) return apiTokenFromRow(row);
      await trx.updateTable('api_token').set({ revoked_at: now.toISOString() }).where('id', '=', id).execute();
      return apiTokenFromRow({ ...row, revoked_at: now.toISOString() });
    },
    (token) => ({ action: 'api_token.revoke', entityType: 'api_token', entityId: token.id, unitId: token.scopeUnitId, after: token }),
  );
}

/** Every token, oldest first (never their secrets: the store has none). */
export async function listApiTokens(db: Db): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_token').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(apiTokenFromRow);
}

/**
 * The token a secret stands for, if it is known, not revoked and not expired at `now`.
 *
 * @example
 * const auth = await authenticateToken(db, 'mttq_…', new Date());
 * if (!auth.ok) console.log(auth.error.code); // TOKEN.UNKNOWN, TOKEN.EXPIRED or TOKEN.REVOKED
 */
export async function authenticateToken(
  db: Db,
  secret: string,
  now: Date = new Date(),
): Promise<Result<ApiToken, TokenAuthenticationError>> {
  const row = await db.selectFrom('api_token').selectAll().where('token_hash', '=', hashTokenSecret(secret)).executeTakeFirst();
  if (!row) return err(tokenUnknown());
  const token = apiTokenFromRow(row);
  if (token.revokedAt !== null) return err(tokenRevoked({ ...token, revokedAt: token.revokedAt }));
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime())
    return err(tokenExpired({ ...token, expiresAt: token.expiresAt }));
  return ok(token);
}
