import pg from 'pg';
import type { Db } from '../store/database.js';
import { rawConnectionOf } from '../store/open-store.js';
import { latestChangePosition } from './change.queries.js';
import { CHANGE_CHANNEL } from './change-position.js';
import { onCommit } from './change-signal.js';

/** How to watch: how often to look for commits nobody announced (milliseconds). */
export interface WatchOptions {
  /** Default: 1,000 on SQLite (another process may write the same file), 5,000 on PostgreSQL (a safety net). */
  readonly pollMs?: number;
}

/** A running watch; `close()` stops it and ends its listening connection. */
export interface ChangeWatch {
  close(): Promise<void>;
}

/**
 * Calls `wake` whenever new changes may have been committed on the store, so that followers read the feed from
 * the last position they delivered (`readChanges`): a wake carries no data, so one lost or merged with another
 * loses nothing.
 *
 * - Writes of this process wake at once, after their commit.
 * - PostgreSQL: one dedicated connection `LISTEN`s on `mttq_changes`, which every write `NOTIFY`s in its own
 *   transaction (delivered on commit only), so a write through another API instance wakes this one too. A lost
 *   connection is opened again; a look at the feed's end every `pollMs` covers the time it was away.
 * - SQLite: another process writing the same file cannot notify, so the feed's end is read every `pollMs`.
 *
 * @example
 * const watch = watchChanges(store.db, () => void follower.read());
 * await watch.close();
 */
export function watchChanges(db: Db, wake: () => void, options: WatchOptions = {}): ChangeWatch {
  const raw = rawConnectionOf(db);
  let closed = false;
  let seen = -1;
  const look = async () => {
    try {
      const latest = await latestChangePosition(db);
      if (latest !== seen) {
        seen = latest;
        wake();
      }
    } catch {
      // The store is away for now (a restart): the next look tries again.
    }
  };
  const stopSignal = onCommit(db, wake);
  const poll = setInterval(() => void look(), options.pollMs ?? (raw?.dialect === 'postgres' ? 5_000 : 1_000));
  poll.unref();
  void look();
  const listener = raw?.dialect === 'postgres' ? listen(raw.pool.options, wake, () => closed) : undefined;
  return {
    close: async () => {
      closed = true;
      stopSignal();
      clearInterval(poll);
      await listener?.close();
    },
  };
}

/** A `LISTEN` connection that reconnects (with a wake, to catch up) until `isClosed()`. */
function listen(options: pg.ClientConfig, wake: () => void, isClosed: () => boolean): { close(): Promise<void> } {
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (isClosed()) return;
    const c = new pg.Client({ ...options, connectionTimeoutMillis: 5_000 });
    client = c;
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      void c.end().catch(() => {});
      if (!isClosed()) retry = setTimeout(() => void connect(), 1_000);
    };
    c.on('error', fail);
    c.on('end', fail);
    c.on('notification', (n) => {
      if (n.channel === CHANGE_CHANNEL) wake();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (isClosed()) return void (await c.end().catch(() => {}));
      wake(); // commits made while no one was listening
    } catch {
      fail();
    }
  };
  void connect();
  return {
    close: async () => {
      clearTimeout(retry);
      const c = client;
      client = undefined;
      if (c) {
        c.removeAllListeners('end');
        c.removeAllListeners('error');
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    },
  };
}
