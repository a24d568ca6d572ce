/**
 * The baseline of the HTTP benchmark: a hand-written JSON endpoint on `node:http` that answers the benchmark
 * question with the same batch reads of core as the API, without GraphQL. `POST /commune` with
 * `{"code": "…", "asOf": "YYYY-MM-DD"}` answers `{"data": {"unitByCode": …}}`, the API's shape. Started by
 * the HTTP benchmark as a child process.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { isoDate } from '@mttq/core';
import { communeAnswer } from '../commune-answer.js';
import { announce, openStoreFromArgv } from './server-entry.js';

const store = await openStoreFromArgv();
const server = createServer((request, response) => {
  void (async () => {
    try {
      if (request.method !== 'POST' || request.url !== '/commune') {
        response.writeHead(404).end();
        return;
      }
      const { code, asOf } = JSON.parse(await bodyOf(request)) as { code: string; asOf: string };
      const answer = await communeAnswer(store.db, code, isoDate(asOf));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { unitByCode: answer } }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
    }
  })();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
announce(server, store);

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
