import { isAbsolute, resolve } from 'node:path';
import { parseIsoDate, type IsoDate } from '@mttq/core';
import { InvalidArgumentError } from 'commander';
import { say } from './example-lang.js';

/**
 * A path the user typed, taken relative to where they ran the command: `pnpm --filter` runs scripts in the
 * package folder, and tells the original folder in `INIT_CWD`.
 */
export function userPath(path: string): string {
  return path === ':memory:' || isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** Parses a calendar date YYYY-MM-DD (a commander argument parser: a bad one exits 2 with the usage). */
export function dateArgument(raw: string): IsoDate {
  const date = parseIsoDate(raw);
  if (!date) {
    throw new InvalidArgumentError(
      say({ vi: 'Ngày phải là một ngày có thật, dạng YYYY-MM-DD.', en: 'The date must be a real day written YYYY-MM-DD.' }),
    );
  }
  return date;
}

/** Parses a whole number ≥ 0 (a depth: 0 is the unit alone). */
export function depthArgument(raw: string): number {
  if (!/^\d+$/.test(raw)) {
    throw new InvalidArgumentError(say({ vi: 'Độ sâu phải là số nguyên không âm.', en: 'The depth must be a whole number ≥ 0.' }));
  }
  return Number(raw);
}

/** Collects a repeatable option's values. */
export function collect<T>(parse: (raw: string) => T): (raw: string, previous?: readonly T[]) => T[] {
  return (raw, previous = []) => [...previous, parse(raw)];
}
