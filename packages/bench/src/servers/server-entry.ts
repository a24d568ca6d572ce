import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { openStore, type OpenStoreOptions, type Store } from '@mttq/core';

/** The store a server process was told to open: `--db <sqlite file>` or `--database-url <postgres url>`. */
export function storeOptionsFromArgv(): OpenStoreOptions {
  const { values } = parseArgs({ options: { db: { type: 'string' }, 'database-url': { type: 'string' } } });
  if (values['database-url']) return { url: values['database-url'] };
  if (values.db) return { filename: values.db };
  throw new Error('give --db <sqlite file> or --database-url <postgres url>');
}

/** Opens the store named on the command line. */
export function openStoreFromArgv(): Promise<Store> {
  return openStore(storeOptionsFromArgv());
}

/**
 * Tells the parent benchmark which port the server listens on (over the fork IPC channel), and closes the
 * server and the store on SIGTERM or when the parent goes away, so that `--cpu-prof` gets written.
 */
export function announce(server: Server, store: Store): void {
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the server does not listen on a TCP port');
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    server.close(() => void store.close().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.once('SIGTERM', close);
  process.once('disconnect', close);
  process.send!({ port: address.port });
}
