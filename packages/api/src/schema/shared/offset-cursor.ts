import { decodeBase64 } from '@pothos/core';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { requestError } from '../../errors/api-error.js';

/** The text of the cursors Pothos gives the items of a list paged in memory (`resolveArrayConnection`). */
const OFFSET_CURSOR = /^OffsetConnection:(0|[1-9]\d{0,8})$/;

/**
 * Refuses an `after` or `before` that is not a cursor of a list paged in memory with `PAGE.CURSOR_INVALID`, before
 * Pothos reads it (it would answer "Invalid base64 string", with no code, or read a number out of nothing).
 */
export function checkOffsetCursors(args: DefaultConnectionArguments): void {
  for (const cursor of [args.after, args.before]) {
    if (cursor != null && !OFFSET_CURSOR.test(decoded(cursor))) {
      throw requestError('PAGE.CURSOR_INVALID', {
        vi: 'Con trỏ phân trang không hợp lệ: hãy dùng pageInfo.endCursor hoặc cursor của một dòng trong danh sách này.',
        en: 'The page cursor is not valid: use pageInfo.endCursor or the cursor of an item of this list.',
      });
    }
  }
}

function decoded(cursor: string): string {
  try {
    return decodeBase64(cursor);
  } catch {
    return '';
  }
}
