/**
 * An example program refusing its input (a unit, person, directive, file or folder that is not there): printed as
 * one line on stderr, no stack trace, and the program exits 1. Wrong flags and bad values are commander's errors
 * instead, and exit 2 with the usage.
 */
export class ExampleRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExampleRefusal';
  }
}

/** Throws a refusal: for the `?? refuse(…)` idiom. */
export function refuse(message: string): never {
  throw new ExampleRefusal(message);
}
