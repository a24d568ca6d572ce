// A directive's symbol is found as people type it: without diacritics, in any case, with or without "Số".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDirectivesBySymbol, searchDirectives, type Db, type Store } from '../src/index.js';
import { openFreshExampleStore } from '../src/testing/index.js';

let store: Store;
let db: Db;
beforeAll(async () => {
  store = await openFreshExampleStore();
  db = store.db;
}, 120_000);
afterAll(() => store?.close());

describe('directive symbols without diacritics', () => {
  it('"02-DA/TU" finds 02-ĐA/TU by symbol and by search, as "02-ĐA/TU" does', async () => {
    const [stored] = await findDirectivesBySymbol(db, '02-ĐA/TU');
    expect(stored?.symbol?.raw).toBe('02-ĐA/TU');
    for (const written of ['02-DA/TU', '02-đa/tu', '02 - Da / Tu', 'Số 02-DA/TU', 'so 02-da/tu', '02-ĐA/TU'.normalize('NFD')]) {
      expect(
        (await findDirectivesBySymbol(db, written)).map((d) => d.id),
        written,
      ).toEqual([stored!.id]);
      if (!/^s/i.test(written))
        expect(
          (await searchDirectives(db, written)).map((d) => d.id),
          written,
        ).toContain(stored!.id);
    }
  });

  it('finds nothing for a symbol whose parts differ', async () => {
    for (const written of ['03-DA/TU', '02-KH/TU', '02-DA/HU']) expect(await findDirectivesBySymbol(db, written), written).toEqual([]);
  });
});
