/** Old tone placement ("Hoá", "Thuỷ") → the modern one ("Hóa", "Thủy"), as the pre-2025 list and the store write it. */
const MODERN_TONE: Readonly<Record<string, string>> = {
  oá: 'óa',
  oà: 'òa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oé: 'óe',
  oè: 'òe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uý: 'úy',
  uỳ: 'ùy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};

/**
 * The form in which two writings of one name compare equal: Unicode NFC, lower case, single spaces, modern tone
 * placement. "Xã Chiêm Hoá" and "xã Chiêm Hóa" have one key; "Phó Bảng" and "Phố Bảng", or "H'Leo" and
 * "H’Leo", do not: those are different names, for the official list to decide.
 */
export function spellingKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ]/g, (pair) => MODERN_TONE[pair] ?? pair);
}
