/** How long one request may hold the event loop before it lets the others in, in milliseconds. */
export const SLICE_MS = 20;

let sliceStartedAt = performance.now();
let turn: Promise<void> | undefined;

/**
 * Lets other requests in when the running ones have held the event loop for a slice: returns a promise that
 * resolves after the loop has turned (pending I/O served: a probe, another client), or undefined when the slice
 * is not spent. SQLite answers synchronously, so a long query would otherwise run from start to end without
 * letting a single other request be read. Awaited before each batch read, so batches stay whole: the keys of a
 * batch are gathered before it waits.
 *
 * @example
 * new DataLoader(async (ids) => { await yieldToOthers(); return getUnits(db, ids); });
 */
export function yieldToOthers(): Promise<void> | undefined {
  if (performance.now() - sliceStartedAt < SLICE_MS) return undefined;
  turn ??= new Promise((resolve) =>
    setImmediate(() => {
      turn = undefined;
      sliceStartedAt = performance.now();
      resolve();
    }),
  );
  return turn;
}
