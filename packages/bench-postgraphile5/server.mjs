/**
 * The peer: PostGraphile 5 (Grafast) over the benchmark's PostgreSQL database, as a process of its own, under
 * Node 22 or later. Configured as the PostGraphile 4.14 peer is (`packages/bench/src/peer/postgraphile-options.ts`)
 * through PostGraphile 5's V4 preset, so both answer the very same question (`PEER_QUESTION`, v4 names, the
 * connection-filter plugin): read-only (no default mutations), no GraphiQL, no watch, no explain, RBAC respected,
 * relations under their v4 names only. Prints one JSON line `{"event":"listening",…}` once its schema is built.
 *
 * Plain JavaScript on purpose: it runs under another Node line than the workspace's tools and needs no build.
 *
 *   ~/.cache/mttq-ci/node-22/bin/node packages/bench-postgraphile5/server.mjs --database-url 'postgres:///mttq_peer?host=/var/run/postgresql' --port 5051
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makeV4Preset } from 'postgraphile/presets/v4';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    port: { type: 'string', default: '5051' },
  },
});
const connectionString = values['database-url'];
if (!connectionString) {
  console.error('--database-url is required');
  process.exit(2);
}

const started = performance.now();
/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [
    PostGraphileAmberPreset,
    makeV4Preset({
      graphiql: false,
      watchPg: false,
      dynamicJson: true,
      setofFunctionsContainNulls: false,
      ignoreRBAC: false,
      legacyRelations: 'omit',
      disableDefaultMutations: true,
      retryOnInitFail: false,
      showErrorStack: false,
      extendedErrors: ['errcode'],
    }),
    PostGraphileConnectionFilterPreset,
  ],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
// The schema is built from the database on start: listen only once it is ready, so the first timed request does not pay for it.
await pgl.getSchema();
const server = createServer();
serv.addTo(server);
server.listen(Number(values.port), () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : Number(values.port);
  console.log(
    JSON.stringify({ event: 'listening', url: `http://localhost:${port}/graphql`, readyMs: Math.round(performance.now() - started) }),
  );
});

// Requests still running (a load run's last ones) finish before the pool closes; idle keep-alive sockets go now.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => void Promise.resolve(pgl.release()).then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  });
}
