import type { IsoDate } from '@mttq/core';
import type DataLoader from 'dataloader';
import type { KnownLoader } from '../../loaders/batch-loader.js';
import { at, type At } from './at.js';

/**
 * The records a node type is asked for by global id, seen on `asOf`, through the request's DataLoader. Ids
 * that name nothing are left out; the node's `sort` puts `null` in their place.
 */
export async function loadNodes<K, T extends object>(
  loader: DataLoader<K, T | undefined>,
  ids: readonly K[],
  asOf: IsoDate,
): Promise<At<T>[]> {
  const found = await loader.loadMany(ids);
  return found.filter((v): v is T => v !== undefined && !(v instanceof Error)).map((v) => at(v, asOf));
}

/** One record through a DataLoader, seen on `asOf`; `null` when there is none. */
export async function loadOne<K, T extends object>(
  loader: DataLoader<K, T | undefined>,
  id: K | null,
  asOf: IsoDate,
): Promise<At<T> | null> {
  if (id === null) return null;
  const value = await loader.load(id);
  return value ? at(value, asOf) : null;
}

/**
 * As `loadOne`, answered synchronously when the request has already read the record (`KnownLoader.peek`): no
 * promise for a field whose record is at hand (a holding's post, read with the holdings).
 */
export function loadAtHand<K extends string, T extends object>(
  loader: KnownLoader<K, T>,
  id: K | null,
  asOf: IsoDate,
): At<T> | null | Promise<At<T> | null> {
  if (id === null) return null;
  const known = loader.peek(id);
  return known !== undefined ? at(known, asOf) : loadOne(loader, id, asOf);
}
