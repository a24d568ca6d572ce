import DataLoader from 'dataloader';
import type { IsoDate } from '@mttq/core';
import { yieldToOthers } from '../limits/fair-share.js';

/** A key of a read that depends on time: an id seen on a date. */
export interface DatedKey<K extends string = string> {
  readonly id: K;
  readonly date: IsoDate;
}

/**
 * A DataLoader over a batch read by id (`getUnits`…): one query per tick, whatever the number of ids. Before
 * reading, it lets other requests in if this one has held the event loop too long (`yieldToOthers`).
 */
export function byId<K extends string, V>(batch: (ids: readonly K[]) => Promise<readonly (V | undefined)[]>): DataLoader<K, V | undefined> {
  return new DataLoader<K, V | undefined>(async (ids) => {
    await yieldToOthers();
    return batch(ids);
  });
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
      for (const key of keys) byDate.set(key.date, [...(byDate.get(key.date) ?? []), key.id]);
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
