/** The apostrophes names of the Central Highlands are written with: ' and ’ (and ‘, ʼ), one list writing one, another the other. */
const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/**
 * The form of a name used for search: lower case, Vietnamese diacritics and apostrophes removed (`đ` → `d`),
 * every run of other characters turned into one space. "Chiêm Hóa" and "chiem hoa" have the same key;
 * "Ea H'Leo", "Ea H’Leo" and "ea hleo" too.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, '')
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
