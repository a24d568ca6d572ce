import DataLoader from 'dataloader';
import type { IsoDate } from '@mttq/core';
import { yieldToOthers } from '../limits/fair-share.js';

/** A key of a read that depends on time: an id seen on a date. */
export interface DatedKey<K extends string = string> {
  readonly id: K;
  readonly date: IsoDate;
}

/**
 * A DataLoader by id that also answers synchronously for the records its batches have already read (`peek`), so
 * a field whose record is at hand (a holding's post, read with the holdings) resolves without a promise.
 */
export class KnownLoader<K extends string, V> extends DataLoader<K, V | undefined> {
  constructor(
    batch: DataLoader.BatchLoadFn<K, V | undefined>,
    private readonly known: Map<K, V>,
  ) {
    super(batch);
  }

  /** The record of `id` if a batch of this request has read it, else `undefined` (ask `load`). */
  peek(id: K): V | undefined {
    return this.known.get(id);
  }
}

/**
 * A DataLoader over a batch read by id (`getUnits`…): one query per tick, whatever the number of ids. Before
 * reading, it lets other requests in if this one has held the event loop too long (`yieldToOthers`).
 */
export function byId<K extends string, V>(batch: (ids: readonly K[]) => Promise<readonly (V | undefined)[]>): KnownLoader<K, V> {
  const known = new Map<K, V>();
  return new KnownLoader<K, V>(async (ids) => {
    await yieldToOthers();
    const values = await batch(ids);
    ids.forEach((id, i) => {
      const value = values[i];
      if (value !== undefined) known.set(id, value);
    });
    return values;
  }, known);
}

/**
 * A DataLoader over a batch read that depends on a date (`childrenOfUnitsOn`…). Keys asked on the same
 * date, as all keys of one query are, share one call of the batch read.
 */
export function onDate<K extends string, V>(
  batch: (ids: readonly K[], date: IsoDate) => Promise<readonly V[]>,
): DataLoader<DatedKey<K>, V, string> {
  return new DataLoader<DatedKey<K>, V, string>(
    async (keys) => {
      await yieldToOthers();
      const byDate = new Map<IsoDate, K[]>();
      for (const key of keys) {
        const ids = byDate.get(key.date);
        if (ids) ids.push(key.id);
        else byDate.set(key.date, [key.id]);
      }
      const answers = new Map<string, V>();
      for (const [date, ids] of byDate) {
        const values = await batch(ids, date);
        ids.forEach((id, i) => answers.set(cacheKey({ id, date }), values[i]!));
      }
      return keys.map((key) => answers.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * A batch read on a date made of a read of one key (`whatBecameOf`…), for reads core offers only one unit at
 * a time: the keys of one tick run side by side, at the cost of one or more statements each. Replace it by a
 * batch read of core when core grows one.
 */
export function eachOnDate<K extends string, V>(
  read: (id: K, date: IsoDate) => Promise<V>,
): (ids: readonly K[], date: IsoDate) => Promise<V[]> {
  return (ids, date) => Promise.all(ids.map((id) => read(id, date)));
}

function cacheKey(key: DatedKey): string {
  return `${key.date}|${key.id}`;
}
