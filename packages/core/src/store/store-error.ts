/** Opening a store failed (the database cannot be used by this version of the code), or a backup did. */
export class StoreError extends Error {
  constructor(
    readonly code: 'STORE.SCHEMA_TOO_NEW' | 'STORE.MIGRATION_FAILED' | 'STORE.NOT_FOUND' | 'STORE.BACKUP_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
