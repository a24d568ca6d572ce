/**
 * An expected failure: a stable machine code (`HOLDING.SEAT_TAKEN`) and a message a Front office can read,
 * with the Vietnamese names kept as they are.
 */
export interface CoreError<Code extends string = string, Details = unknown> {
  readonly code: Code;
  readonly message: string;
  readonly details?: Details;
}

/** Builds an expected failure value. */
export function coreError<Code extends string, Details = undefined>(
  code: Code,
  message: string,
  details?: Details,
): CoreError<Code, Details> {
  return details === undefined ? { code, message } : { code, message, details };
}

/**
 * Thrown inside a transaction to roll it back with an expected failure; `runWrite` turns it back
 * into a `Result`. Never escapes the package.
 */
export class Refusal extends Error {
  constructor(readonly error: CoreError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'Refusal';
  }
}

/** Stops the current write with an expected failure; everything it wrote is rolled back. */
export function refuse(error: CoreError): never {
  throw new Refusal(error);
}
