import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

/**
 * SQLite with write transactions that take the write lock when they begin (`BEGIN IMMEDIATE`) instead of at
 * their first write. Core's transactions all read, check, then write: begun deferred, two processes could
 * both read before either writes, and the later one would then fail on its first write (SQLITE_BUSY) after
 * checking against a state that no longer holds. Begun immediate, the second waits (busy timeout) and then
 * reads what the first committed, so every check sees the latest state — the same answers as PostgreSQL's
 * serializable transactions give.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
