/** The outcome of an operation that can fail in an expected way: a value, or an error with a stable code. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed result. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** Returns the value of a result, or throws its error (for scripts and tests where a failure is a bug). */
export function unwrap<T, E extends { code: string; message: string }>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw new Error(`${result.error.code}: ${result.error.message}`);
}
