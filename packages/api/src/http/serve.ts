import type { Server } from 'node:http';
import { loadExampleDataset, openStore, type Store, type Texts } from '@mttq/core';
import { createApi, GRAPHQL_PATH } from '../api.js';
import { createChangeHub, type ChangeHub } from '../changes/change-hub.js';
import { apiProfile, profileFromEnvironment } from './api-profile.js';
import { listen } from './server.js';

/** How to serve the API: where, on which store, in which profile. */
export interface ServeOptions {
  readonly port: number;
  readonly host?: string;
  /** A SQLite file (created with its folder when missing); ignored when `databaseUrl` is given. */
  readonly db?: string;
  /** A PostgreSQL connection URL. */
  readonly databaseUrl?: string;
  /** The production profile (see `apiProfile`); the environment (`MTTQ_PRODUCTION`, `MTTQ_GRAPHIQL`, …) is read too. */
  readonly production?: boolean;
  /** Queries need a bearer token too (`MTTQ_READS_REQUIRE_TOKEN=1`). */
  readonly readsRequireToken?: boolean;
  /** Load the example dataset into the store when it is not there yet; default true. */
  readonly exampleData?: boolean;
  /** How long requests in flight may run on after a stop was asked for, in milliseconds; default 10,000. */
  readonly shutdownGraceMs?: number;
  /** Stop gracefully on SIGTERM and SIGINT and exit 0 (a second signal exits at once); default true. */
  readonly handleSignals?: boolean;
  /** The environment the profile is read from; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A server that listens: its GraphQL URL, and how to stop it gracefully. */
export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  /** Stops accepting, lets the requests in flight finish (up to the grace period), then closes the store. */
  close(): Promise<void>;
}

/** Why a server did not start, in one line for the person who started it, in both languages (`message` is the Vietnamese). */
export class ServeError extends Error {
  constructor(
    readonly code: 'SERVE.PORT_IN_USE' | 'SERVE.PORT_INVALID' | 'SERVE.DATABASE_UNAVAILABLE',
    readonly texts: Texts,
  ) {
    super(texts.vi);
    this.name = 'ServeError';
  }
}

/**
 * Opens the store, seeds the example dataset when asked, and serves the API over `node:http`; logs one JSON
 * line `{"event":"listening",…}`. A port in use or a database that cannot be opened is a `ServeError` with one
 * clear line. On SIGTERM or SIGINT it stops accepting, finishes the requests in flight (bounded by
 * `shutdownGraceMs`), closes the store and exits 0 without a word.
 *
 * @example
 * const running = await serve({ port: 4000, db: 'data/mttq.sqlite' });
 * // … later
 * await running.close();
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const started = performance.now();
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new ServeError('SERVE.PORT_INVALID', {
      vi: `Cổng không hợp lệ: ${options.port} — chọn một số từ 0 đến 65535.`,
      en: `Invalid port: ${options.port} — choose a number from 0 to 65535.`,
    });
  }
  const where = options.databaseUrl ? redactedUrl(options.databaseUrl) : (options.db ?? ':memory:');
  let store: Store;
  try {
    store = await openStore(options.databaseUrl ? { url: options.databaseUrl } : { filename: options.db ?? ':memory:' });
    if (options.exampleData ?? true) await loadExampleDataset(store.db);
  } catch (error) {
    const why = (error as Error).message;
    throw new ServeError('SERVE.DATABASE_UNAVAILABLE', {
      vi: `Không mở được cơ sở dữ liệu ${where}: ${why}`,
      en: `Cannot open the database ${where}: ${why}`,
    });
  }

  const env = options.env ?? process.env;
  const profile = profileFromEnvironment(env, { production: options.production });
  const readsRequireToken = options.readsRequireToken ?? env.MTTQ_READS_REQUIRE_TOKEN === '1';
  let server: Server;
  const changes = createChangeHub(store.db);
  try {
    server = await listen(createApi({ db: store.db, readsRequireToken, changes, ...profile }), options.port, options.host);
  } catch (error) {
    await store.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      const inUse = code === 'EADDRINUSE';
      throw new ServeError('SERVE.PORT_IN_USE', {
        vi: `Cổng ${options.port} ${inUse ? 'đang được một chương trình khác dùng' : 'không được phép dùng'}: chọn cổng khác bằng --port hoặc biến PORT, ví dụ --port ${options.port + 1}.`,
        en: `Port ${options.port} ${inUse ? 'is in use by another program' : 'is not allowed'}: choose another with --port or PORT, for example --port ${options.port + 1}.`,
      });
    }
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://localhost:${port}${GRAPHQL_PATH}`;
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= stopGracefully(server, store, changes, options.shutdownGraceMs ?? 10_000));
  if (options.handleSignals ?? true) {
    const onSignal = () => {
      if (closing) process.exit(0); // asked twice: stop at once
      void close().then(() => process.exit(0));
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  // Logged last: whoever waits for this line may send a signal at once, and it must find the handlers in place.
  console.log(
    JSON.stringify({
      time: new Date().toISOString(),
      event: 'listening',
      url,
      db: where,
      readsRequireToken,
      ...apiProfile(profile),
      readyMs: Math.round(performance.now() - started),
    }),
  );
  return { url, server, close };
}

/**
 * Stops accepting, ends the `changes` streams (a subscriber reconnects elsewhere with its last cursor), waits for
 * the requests in flight (closing connections as they fall idle), then closes the store.
 */
async function stopGracefully(server: Server, store: Store, changes: ChangeHub, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  await changes.close();
  // Keep-alive connections that finish their request fall idle: close them as they do, so close() can end.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
  await Promise.race([closed, grace]);
  clearInterval(sweep);
  server.closeAllConnections();
  await closed;
  await store.close();
}

/** A connection URL without its password, for logs. */
function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.host + u.pathname;
  } catch {
    return 'postgres';
  }
}
