import { resolve } from 'node:path';
import { openStore, type Lang, type Store, type Texts } from '@mttq/core';
import { Option, type Command } from 'commander';
import { CliRefusal } from './cli-refusal.js';

/** Where a command finds the store: `--db FILE` (SQLite) or `--database-url URL` (PostgreSQL). */
export interface StoreFlags {
  readonly db: string;
  readonly databaseUrl?: string;
}

export const DEFAULT_DB = 'data/mttq.sqlite';
const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Adds `--db` and `--database-url` (with their environment variables) to a command, described in `lang`. */
export function withStoreFlags(command: Command, lang: Lang): Command {
  return command
    .addOption(new Option('--db <file>', lang === 'en' ? 'SQLite file' : 'tệp SQLite').env('MTTQ_DB').default(DEFAULT_DB))
    .addOption(
      new Option('--database-url <url>', lang === 'en' ? 'PostgreSQL instead of SQLite' : 'PostgreSQL thay cho SQLite').env(
        'MTTQ_DATABASE_URL',
      ),
    );
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

/** The refusal of a command that reads a SQLite file that is not there. */
export function storeFileMissing(flags: StoreFlags): Texts {
  return {
    vi: `Không tìm thấy tệp dữ liệu ${flags.db}. Chỉ định tệp bằng --db hoặc PostgreSQL bằng --database-url.`,
    en: `No store file ${flags.db}. Name the file with --db, or PostgreSQL with --database-url.`,
  };
}

/** Opens the store the flags name; a relative `--db` is taken from the current folder. */
export async function openStoreFromFlags(flags: StoreFlags, poolSize = 2): Promise<Store> {
  const url = databaseUrlOf(flags);
  try {
    return await openStore(url ? { url, poolSize } : { filename: resolve(flags.db) });
  } catch (error) {
    const why = (error as Error).message;
    throw new CliRefusal({
      vi: `Không mở được dữ liệu ${describeStore(flags)}: ${why}`,
      en: `Cannot open the store ${describeStore(flags)}: ${why}`,
    });
  }
}
