import { parseIsoDate, type IsoDate } from '@mttq/core';
import { InvalidArgumentError } from 'commander';

/** Parses a TCP port (0 asks the system for a free one). */
export function portArgument(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new InvalidArgumentError('Cổng phải là số nguyên 0–65535 (port must be an integer 0–65535).');
  return port;
}

/** Parses a positive integer. */
export function positiveIntegerArgument(raw: string): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1) throw new InvalidArgumentError('Phải là số nguyên dương (must be a positive integer).');
  return value;
}

/** Parses a calendar date YYYY-MM-DD. */
export function dateArgument(raw: string): IsoDate {
  return parseIsoDate(raw) ?? invalid('Ngày phải có dạng YYYY-MM-DD (date must be YYYY-MM-DD).');
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

function invalid(message: string): never {
  throw new InvalidArgumentError(message);
}
