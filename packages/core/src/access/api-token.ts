import { createHash, randomBytes } from 'node:crypto';
import type { Brand } from '../shared/brand.js';
import type { OrganizationId, UnitId } from '../shared/ids.js';

/** The id of an API token (`tok_…`): public, unlike its secret. */
export type ApiTokenId = Brand<string, 'ApiTokenId'>;

/**
 * A bearer token for writes through the API: it may write within a unit's subtree and, when it lists
 * organizations, only in their name. Timestamps are ISO instants; the secret itself is never kept.
 */
export interface ApiToken {
  readonly id: ApiTokenId;
  /** Who holds it, as written by the admin: "MTTQ xã Chiêm Hóa". */
  readonly name: string;
  readonly scopeUnitId: UnitId;
  /** `null`: any organization of the subtree. */
  readonly scopeOrganizationIds: readonly OrganizationId[] | null;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  /** An admin token: it may also read what concerns the tokens themselves (their audit entries). */
  readonly admin: boolean;
}

/** Every secret starts with this, so that a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_SECRET_PREFIX = 'mttq_';

/** A fresh secret: the prefix and 32 random bytes, base64url. */
export function newTokenSecret(): string {
  return `${TOKEN_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** What the store keeps of a secret: its SHA-256, hex. */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Parses a token id given from outside (a command-line argument). */
export function parseApiTokenId(raw: string): ApiTokenId | undefined {
  return /^tok_[A-Za-z0-9]{1,64}$/.test(raw) ? (raw as ApiTokenId) : undefined;
}
