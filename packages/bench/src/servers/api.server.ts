/**
 * The GraphQL API as `pnpm start` serves it (`createApi` and `listen` of @mttq/api, request log on standard
 * output), on the dataset named by `--db` / `--database-url`, on a free loopback port. Started by the HTTP
 * benchmark as a child process (no example dataset is loaded into the benchmark's data).
 */
import { createApi, listen } from '@mttq/api';
import { announce, openStoreFromArgv } from './server-entry.js';

const store = await openStoreFromArgv();
const server = await listen(createApi({ db: store.db }), 0, '127.0.0.1');
announce(server, store);
