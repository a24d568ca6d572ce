import { parseIsoDate, type IsoDate, type Lang } from '@mttq/core';
import { InvalidArgumentError } from 'commander';

/** Parses a TCP port (0 asks the system for a free one); its complaint in `lang`. */
export function portArgument(lang: Lang): (raw: string) => number {
  return (raw) => {
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port > 65535)
      invalid(lang === 'en' ? 'The port must be an integer 0–65535.' : 'Cổng phải là số nguyên từ 0 đến 65535.');
    return port;
  };
}

/** Parses a positive integer; its complaint in `lang`. */
export function positiveIntegerArgument(lang: Lang): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < 1) invalid(lang === 'en' ? 'It must be a positive integer.' : 'Phải là số nguyên dương.');
    return value;
  };
}

/** Parses a calendar date YYYY-MM-DD; its complaint in `lang`. */
export function dateArgument(lang: Lang): (raw: string) => IsoDate {
  return (raw) =>
    parseIsoDate(raw) ??
    invalid(lang === 'en' ? 'The date must be a real day written YYYY-MM-DD.' : 'Ngày phải là một ngày có thật, dạng YYYY-MM-DD.');
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

function invalid(message: string): never {
  throw new InvalidArgumentError(message);
}
