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
 * SIGTERM or SIGINT stops it gracefully (requests in flight finish, exit 0). A port in use or a database that
 * cannot be opened: one line on stderr, exit 1; a wrong flag: the usage, exit 2.
 * Tokens are made on the same store with `pnpm tokens create …` (scripts/tokens.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve, ServeError } from './http/serve.js';

const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

const USAGE = `Cách dùng (usage): pnpm start [--port 4000] [--host HOST] [--db data/mttq.sqlite | --database-url postgres://…] [--production]

  --port N             cổng (port); mặc định $PORT hoặc 4000
  --host HOST          địa chỉ lắng nghe (listen address); mặc định mọi địa chỉ
  --db FILE            tệp SQLite; mặc định $MTTQ_DB hoặc data/mttq.sqlite
  --database-url URL   PostgreSQL thay cho SQLite; mặc định $MTTQ_DATABASE_URL
  --production         hồ sơ vận hành: tắt GraphiQL và introspection (hoặc MTTQ_PRODUCTION=1)
  -h, --help           in hướng dẫn này`;

const args = process.argv.slice(2);
let values: { port?: string; db?: string; host?: string; 'database-url'?: string; production?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4000' },
      db: { type: 'string', default: process.env.MTTQ_DB ?? resolve(REPOSITORY_ROOT, 'data/mttq.sqlite') },
      host: { type: 'string', default: process.env.HOST },
      'database-url': { type: 'string', default: process.env.MTTQ_DATABASE_URL },
      production: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  await serve({
    port: /^\d+$/.test(values.port!) ? Number(values.port) : Number.NaN,
    host: values.host,
    db: values.db,
    databaseUrl: values['database-url'],
    production: values.production,
  });
} catch (error) {
  if (!(error instanceof ServeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
