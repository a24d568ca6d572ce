/**
 * The form of a name used for search: lower case, Vietnamese diacritics removed (`đ` → `d`), every run of
 * other characters turned into one space. "Chiêm Hóa" and "chiem hoa" have the same key.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A SQL `LIKE` pattern that finds `query` anywhere in a search key. A key holds only letters, digits and
 * single spaces, so the pattern needs no escaping.
 */
export function containsPattern(query: string): string {
  return `%${searchKey(query)}%`;
}
