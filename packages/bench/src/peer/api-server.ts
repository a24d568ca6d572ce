/**
 * This API as the peer benchmark runs it: `packages/api/src/main.ts` without its example-dataset load. main.ts
 * loads the example dataset on every start, and on a generated dataset that load fails (the example's
 * Tuyên Quang organizations have the same stable ids as the generated ones), so the benchmark starts the API
 * the same way (openStore, createApi with its defaults — request log included — and listen) on the data as
 * given. Prints main.ts's JSON line `{"event":"listening",…}`.
 *
 *   npx tsx --conditions=source packages/bench/src/peer/api-server.ts --db /tmp/peer.sqlite --port 5051
 *   npx tsx --conditions=source packages/bench/src/peer/api-server.ts --database-url postgres:///mttq_peer?host=/var/run/postgresql
 */
import { parseArgs } from 'node:util';
import { createApi, GRAPHQL_PATH, listen } from '@mttq/api';
import { openStore } from '@mttq/core';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5051' },
    db: { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const databaseUrl = values['database-url'];
if (!databaseUrl && !values.db) throw new Error('--db or --database-url is required');

const started = performance.now();
const store = await openStore(databaseUrl ? { url: databaseUrl } : { filename: values.db });
const server = await listen(createApi({ db: store.db }), Number(values.port));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : Number(values.port);
console.log(
  JSON.stringify({ event: 'listening', url: `http://localhost:${port}${GRAPHQL_PATH}`, readyMs: Math.round(performance.now() - started) }),
);

// Requests still running (a load run's last ones) finish before the store closes; idle keep-alive sockets go now.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => void store.close().then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  });
}
