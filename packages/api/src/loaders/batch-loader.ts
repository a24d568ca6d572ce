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

  /** The record of `id` if a batch of this request has read it or a read of its parent primed it, else `undefined` (ask `load`). */
  peek(id: K): V | undefined {
    return this.known.get(id);
  }

  /** As DataLoader's `prime` (a key already loaded keeps its value), and `peek` answers it from now on. */
  override prime(id: K, value: V | undefined | PromiseLike<V | undefined> | Error): this {
    if (value !== undefined && !(value instanceof Error) && !isPromiseLike(value) && !this.known.has(id)) this.known.set(id, value);
    return super.prime(id, value);
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
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
 * A loader over a batch read that depends on a date (`childrenOfUnitsOn`…): one DataLoader by id per date asked,
 * so a key is the branded id itself (no cache key to build per load). Keys asked on the same date, as all keys of
 * one query are, share one call of the batch read; before reading, it lets other requests in if this one has held
 * the event loop too long (`yieldToOthers`).
 */
export class DatedLoader<K extends string, V> {
  readonly #byDate = new Map<IsoDate, DataLoader<K, V>>();

  constructor(private readonly batch: (ids: readonly K[], date: IsoDate) => Promise<readonly V[]>) {}

  /** What the batch read gives `key.id` on `key.date`. */
  load(key: DatedKey<K>): Promise<V> {
    return this.#on(key.date).load(key.id);
  }

  /** Records what a read already gave for `key`, unless it is known. */
  prime(key: DatedKey<K>, value: V): this {
    this.#on(key.date).prime(key.id, value);
    return this;
  }

  #on(date: IsoDate): DataLoader<K, V> {
    let loader = this.#byDate.get(date);
    if (!loader) {
      const batch = this.batch;
      loader = new DataLoader<K, V>(async (ids) => {
        await yieldToOthers();
        return batch(ids, date);
      });
      this.#byDate.set(date, loader);
    }
    return loader;
  }
}

/** A `DatedLoader` over a batch read that depends on a date. */
export function onDate<K extends string, V>(batch: (ids: readonly K[], date: IsoDate) => Promise<readonly V[]>): DatedLoader<K, V> {
  return new DatedLoader(batch);
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
