import { startWorker, type WorkerRun } from '../workers/spawn-worker.js';
import type { RaceOutcome, RaceWrite } from './race-writes.js';

/** Writer processes, each with its own connection to one database, that perform the writes of a race at once. */
export interface RacePool {
  /**
   * Sends write i to writer i (mod the pool's size), all at the same moment, each after its own delay, and
   * resolves with the outcomes in the order of `writes`. A write that throws fails the race with its stack.
   */
  race(writes: readonly RaceWrite[], delaysMs: readonly number[]): Promise<RaceOutcome[]>;
  close(): Promise<void>;
}

let sequence = 0;

/** Starts `size` writer processes on the database named by `args` (`--db FILE` or `--url URL`). */
export async function startRacePool(args: readonly string[], size: number): Promise<RacePool> {
  const writers: WorkerRun[] = Array.from({ length: size }, () => startWorker('race-writer', args));
  await Promise.all(writers.map((w) => w.waitForLine((line) => line === 'ready')));
  return {
    race: async (writes, delaysMs) => {
      const ids = writes.map(() => `w${++sequence}`);
      const answers = writes.map((_, i) => {
        const writer = writers[i % size]!;
        const id = ids[i]!;
        return writer.waitForLine((line) => line.startsWith(`{"id":"${id}"`));
      });
      writes.forEach((write, i) => writers[i % size]!.send(JSON.stringify({ id: ids[i], write, delayMs: delaysMs[i] ?? 0 })));
      return (await Promise.all(answers)).map((line) => {
        const answer = JSON.parse(line) as { outcome?: RaceOutcome; crash?: string };
        if (answer.crash) throw new Error(`a racing write failed unexpectedly:\n${answer.crash}`);
        return answer.outcome!;
      });
    },
    close: async () => {
      for (const w of writers) w.child.stdin!.end();
      await Promise.all(writers.map((w) => w.ended));
    },
  };
}
