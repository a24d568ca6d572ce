import type { Texts } from '@mttq/core';

/**
 * An example program refusing its input (a unit, person, directive, file or folder that is not there), written in
 * both languages: printed as one line on stderr in the language of the run, no stack trace, and the program exits
 * 1. Wrong flags and bad values are commander's errors instead, and exit 2 with the usage.
 */
export class ExampleRefusal extends Error {
  constructor(readonly texts: Texts) {
    super(texts.vi);
    this.name = 'ExampleRefusal';
  }
}

/** Throws a refusal: for the `?? refuse(…)` idiom. */
export function refuse(texts: Texts): never {
  throw new ExampleRefusal(texts);
}
