/**
 * The peer: PostGraphile 4.14 (the release that runs on Node 20) over the benchmark's PostgreSQL database, as
 * a process of its own. Prints one JSON line `{"event":"listening",…}` once its schema is built.
 *
 *   npx tsx packages/bench/src/peer/postgraphile-server.ts --database-url postgres:///mttq_peer?host=/var/run/postgresql --port 5050
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { postgraphile } from 'postgraphile';
import ConnectionFilterPlugin from 'postgraphile-plugin-connection-filter';
import { POSTGRAPHILE_OPTIONS } from './postgraphile-options.js';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    port: { type: 'string', default: '5050' },
  },
});
const databaseUrl = values['database-url'];
if (!databaseUrl) throw new Error('--database-url is required');

const started = performance.now();
const middleware = postgraphile(databaseUrl, 'public', { ...POSTGRAPHILE_OPTIONS, appendPlugins: [ConnectionFilterPlugin] });
// The schema is built from the database on start: listen only once it is ready, so the first timed request does not pay for it.
await middleware.getGraphQLSchema();
const server = createServer((request, response) => void middleware(request, response));
server.listen(Number(values.port), () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : Number(values.port);
  console.log(
    JSON.stringify({ event: 'listening', url: `http://localhost:${port}/graphql`, readyMs: Math.round(performance.now() - started) }),
  );
});

// Requests still running (a load run's last ones) finish before the store closes; idle keep-alive sockets go now.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => void middleware.release().then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  });
}
