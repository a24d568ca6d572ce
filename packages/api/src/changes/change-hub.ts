import {
  latestChangePosition,
  readChanges,
  watchChanges,
  type ChangeFilter,
  type ChangeRecord,
  type ChangeWatch,
  type Db,
} from '@mttq/core';
import { Repeater } from 'graphql-yoga';

/** What a follower asks for: the feed after a position (default: from now), and the core's filters. */
export type FollowRequest = Omit<ChangeFilter, 'after' | 'first'> & { readonly after?: number };

/**
 * The followers of the change feed on one API instance, sharing one watch of the store (on PostgreSQL one
 * `LISTEN` connection), opened with the first follower and closed with the last.
 */
export interface ChangeHub {
  /**
   * The committed changes after `after` (or after the last one committed now), in commit order, then each new
   * one as it commits; ends when the client goes or the hub closes.
   */
  follow(request: FollowRequest): AsyncIterableIterator<ChangeRecord>;
  /** Ends every follower (their streams complete) and the watch: for a graceful stop. */
  close(): Promise<void>;
}

/** Changes read at once, per follower: a follower far behind catches up page by page. */
const PAGE = 100;

/**
 * A hub over a store.
 *
 * @example
 * const hub = createChangeHub(store.db);
 * for await (const change of hub.follow({ kinds: ['holding'] })) console.log(change.action, change.entityId);
 */
export function createChangeHub(db: Db, options: { readonly pollMs?: number } = {}): ChangeHub {
  let wakes = 0;
  let waiting = new Set<() => void>();
  let watch: ChangeWatch | undefined;
  let closed = false;
  const stops = new Set<() => void>();

  const wake = () => {
    wakes++;
    const now = waiting;
    waiting = new Set();
    for (const resolve of now) resolve();
  };
  /** Resolves at the first wake after `since` (at once if one came already). */
  const wakeAfter = (since: number) => (wakes > since ? Promise.resolve() : new Promise<void>((resolve) => waiting.add(resolve)));

  const join = (stop: () => void) => {
    stops.add(stop);
    watch ??= watchChanges(db, wake, options);
  };
  const leave = async (stop: () => void) => {
    stops.delete(stop);
    if (stops.size === 0 && watch) {
      const w = watch;
      watch = undefined;
      await w.close();
    }
  };

  return {
    follow: (request) =>
      new Repeater<ChangeRecord>(async (push, stop) => {
        const end = () => void stop();
        if (closed) return stop();
        join(end);
        let stopped = false;
        const stopping = stop.then(() => (stopped = true));
        try {
          let last = request.after ?? (await latestChangePosition(db));
          while (!stopped) {
            const since = wakes;
            // Positions up to the end read now are all committed (see `claimFeedPositions`): a follower with a
            // narrow filter moves past the changes it does not want, and does not read them again.
            const head = await latestChangePosition(db);
            const page = head > last ? await readChanges(db, { ...request, after: last, first: PAGE }) : [];
            const wanted = page.filter((c) => c.position <= head);
            for (const change of wanted) {
              if (stopped) break;
              await push(change);
              last = change.position;
            }
            if (stopped) break;
            if (wanted.length === PAGE) continue;
            last = Math.max(last, head);
            await Promise.race([wakeAfter(since), stopping]);
          }
        } finally {
          await leave(end);
        }
      }),
    close: async () => {
      closed = true;
      for (const stop of [...stops]) stop();
      wake();
      const w = watch;
      watch = undefined;
      await w?.close();
    },
  };
}
