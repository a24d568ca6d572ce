// A writer process for the race suite: opens the store given on the command line with one connection, then
// reads one JSON command a line from stdin — `{ "id": …, "write": RaceWrite, "delayMs": n }` — waits `delayMs`,
// performs the write through core and prints `{ "id": …, "outcome": … }` on one stdout line. The parent sends
// the same round to every writer at once, so the writes of a round race each other on separate connections.
//
//   node --import tsx --conditions=source packages/core/test/workers/race-writer.ts (--db FILE | --url URL)
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openStore } from '../../src/index.js';
import { performRaceWrite, type RaceWrite } from '../races/race-writes.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, url: { type: 'string' } } });
if (!values.db === !values.url) {
  console.error('usage: race-writer (--db FILE | --url URL)');
  process.exit(2);
}

const store = await openStore(values.url ? { url: values.url, poolSize: 1 } : { filename: values.db! });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
const pending: Promise<void>[] = [];
for await (const line of lines) {
  const { id, write, delayMs } = JSON.parse(line) as { id: string; write: RaceWrite; delayMs: number };
  pending.push(
    (async () => {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      try {
        const outcome = await performRaceWrite(store.db, write);
        process.stdout.write(`${JSON.stringify({ id, outcome })}\n`);
      } catch (error) {
        process.stdout.write(`${JSON.stringify({ id, crash: String((error as Error)?.stack ?? error) })}\n`);
      }
    })(),
  );
}
await Promise.all(pending);
await store.close();
