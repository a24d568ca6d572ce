/**
 * The cursor of a change: its feed position, opaque to the client (`c1:<position>` in base64url), so that
 * the format can change without breaking clients that only hand it back.
 *
 * @example
 * readChangeCursor(changeCursor(42)); // 42
 */
export function changeCursor(position: number): string {
  return Buffer.from(`c1:${position}`).toString('base64url');
}

/** The position a cursor stands for, or `undefined` for a string that is not one of ours. */
export function readChangeCursor(cursor: string): number | undefined {
  const match = /^c1:(0|[1-9][0-9]{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || changeCursor(Number(match[1])) !== cursor) return undefined;
  return Number(match[1]);
}
