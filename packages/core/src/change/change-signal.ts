import type { Db } from '../store/database.js';

const listeners = new WeakMap<Db, Set<() => void>>();

/**
 * Tells this process's watchers of a store that a write on it has just committed (`runWrite` calls it after
 * its own commit). Other processes learn of it through `NOTIFY` (PostgreSQL) or by polling (SQLite).
 */
export function announceCommit(db: Db): void {
  for (const listener of listeners.get(db) ?? []) listener();
}

/** Calls `listener` after each write this process commits on `db`; returns how to stop. */
export function onCommit(db: Db, listener: () => void): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}
