/**
 * Starts the GraphQL API on an embedded SQLite file seeded with the example dataset (created on first start,
 * reused afterwards) — or on PostgreSQL when given a database URL — and serves GraphiQL at /graphql.
 *
 *   pnpm start                                      # port 4000, <repository>/data/mttq.sqlite
 *   pnpm start --port 8080 --db /tmp/mttq.sqlite     # or PORT=8080 MTTQ_DB=/tmp/mttq.sqlite pnpm start
 *   MTTQ_DATABASE_URL=postgres://user:pass@host/mttq pnpm start   # or --database-url
 *   MTTQ_READS_REQUIRE_TOKEN=1 pnpm start           # queries need a bearer token too (writes always do)
 *   pnpm start --production                         # or MTTQ_PRODUCTION=1: no GraphiQL, no introspection
 *   MTTQ_CORS_ORIGINS=https://app.example.vn pnpm start   # browser pages of these origins may call the API
 *   MTTQ_GRAPHIQL=1 MTTQ_INTROSPECTION=1            # turn either back on in production
 *
 * Tokens are made on the same store with `pnpm tokens create …` (scripts/tokens.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadExampleDataset, openStore } from '@mttq/core';
import { createApi, GRAPHQL_PATH } from './api.js';
import { apiProfile, profileFromEnvironment } from './http/api-profile.js';
import { listen } from './http/server.js';

const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

const args = process.argv.slice(2);
const { values } = parseArgs({
  args: args[0] === '--' ? args.slice(1) : args,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4000' },
    db: { type: 'string', default: process.env.MTTQ_DB ?? resolve(REPOSITORY_ROOT, 'data/mttq.sqlite') },
    host: { type: 'string', default: process.env.HOST },
    'database-url': { type: 'string', default: process.env.MTTQ_DATABASE_URL },
    production: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ (port): ${values.port}`);

const started = performance.now();
const databaseUrl = values['database-url'];
const store = await openStore(databaseUrl ? { url: databaseUrl } : { filename: values.db });
await loadExampleDataset(store.db);
const readsRequireToken = process.env.MTTQ_READS_REQUIRE_TOKEN === '1';
const profile = profileFromEnvironment(process.env, { production: values.production });
const server = await listen(createApi({ db: store.db, readsRequireToken, ...profile }), port, values.host);
const address = server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(
  JSON.stringify({
    time: new Date().toISOString(),
    event: 'listening',
    url: `http://localhost:${actualPort}${GRAPHQL_PATH}`,
    db: databaseUrl ? new URL(databaseUrl).host + new URL(databaseUrl).pathname : values.db,
    readsRequireToken,
    ...apiProfile(profile),
    readyMs: Math.round(performance.now() - started),
  }),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => void store.close().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}
