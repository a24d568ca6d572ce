import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';

/** Every migration, by name; names sort in the order they run. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
};
