/**
 * A refused operation of the `mttq` command: printed as its one line (no stack trace) and the command exits 1.
 * Wrong flags and missing arguments are commander's errors instead, and exit 2 with the usage.
 */
export class CliRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliRefusal';
  }
}

/** Throws a refusal: for the `?? refuseCli(…)` idiom. */
export function refuseCli(message: string): never {
  throw new CliRefusal(message);
}
