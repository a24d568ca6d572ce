import { messageIn, type Texts } from '@mttq/core';

/**
 * A refused operation of the `mttq` command, written in both languages: printed as its one line in the language
 * of the run (no stack trace) and the command exits 1. Wrong flags and missing arguments are commander's errors
 * instead, and exit 2 with the usage.
 */
export class CliRefusal extends Error {
  constructor(readonly texts: Texts) {
    super(texts.vi);
    this.name = 'CliRefusal';
  }
}

/** Throws a refusal: for the `?? refuseCli(…)` idiom. */
export function refuseCli(texts: Texts): never {
  throw new CliRefusal(texts);
}

/** A core error as a refusal line, its stable code first: `UNIT.CODE_UNKNOWN: Không có đơn vị …`. */
export function coreRefusal(error: { readonly code: string; readonly message: string; readonly texts?: Texts }): Texts {
  return { vi: `${error.code}: ${messageIn(error, 'vi')}`, en: `${error.code}: ${messageIn(error, 'en')}` };
}
