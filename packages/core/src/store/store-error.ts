import type { Texts } from '../shared/lang.js';

/**
 * Opening a store failed (the database cannot be used by this version of the code), or a backup did. `message` is
 * the Vietnamese; `texts`, when given, the message in both languages (`messageIn(error, 'en')`).
 */
export class StoreError extends Error {
  constructor(
    readonly code: 'STORE.SCHEMA_TOO_NEW' | 'STORE.MIGRATION_FAILED' | 'STORE.NOT_FOUND' | 'STORE.BACKUP_FAILED',
    message: string,
    readonly texts?: Texts,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
