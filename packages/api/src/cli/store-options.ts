import { resolve } from 'node:path';
import { openStore, type Store } from '@mttq/core';
import { Option, type Command } from 'commander';
import { CliRefusal } from './cli-refusal.js';

/** Where a command finds the store: `--db FILE` (SQLite) or `--database-url URL` (PostgreSQL). */
export interface StoreFlags {
  readonly db: string;
  readonly databaseUrl?: string;
}

export const DEFAULT_DB = 'data/mttq.sqlite';
const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Adds `--db` and `--database-url` (with their environment variables) to a command. */
export function withStoreFlags(command: Command): Command {
  return command
    .addOption(new Option('--db <file>', 'tệp SQLite (SQLite file)').env('MTTQ_DB').default(DEFAULT_DB))
    .addOption(new Option('--database-url <url>', 'PostgreSQL thay cho SQLite (PostgreSQL instead of SQLite)').env('MTTQ_DATABASE_URL'));
}

/** The PostgreSQL URL when one is given (a `postgres://` URL in `--db` counts too), else undefined. */
export function databaseUrlOf(flags: StoreFlags): string | undefined {
  return flags.databaseUrl ?? (POSTGRES_URL.test(flags.db) ? flags.db : undefined);
}

/** The store named by the flags, as the operator reads it back: a file path or `host/database`. */
export function describeStore(flags: StoreFlags): string {
  const url = databaseUrlOf(flags);
  if (!url) return flags.db;
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

/** Opens the store the flags name; a relative `--db` is taken from the current folder. */
export async function openStoreFromFlags(flags: StoreFlags, poolSize = 2): Promise<Store> {
  const url = databaseUrlOf(flags);
  try {
    return await openStore(url ? { url, poolSize } : { filename: resolve(flags.db) });
  } catch (error) {
    throw new CliRefusal(`Không mở được dữ liệu ${describeStore(flags)} (cannot open the store): ${(error as Error).message}`);
  }
}
