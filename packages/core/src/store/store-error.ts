/** Opening a store failed: the database cannot be used by this version of the code. */
export class StoreError extends Error {
  constructor(
    readonly code: 'STORE.SCHEMA_TOO_NEW' | 'STORE.MIGRATION_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
