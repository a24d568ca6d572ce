import fc from 'fast-check';
import { encodeGlobalID } from '@pothos/plugin-relay';

/** Strings that have broken parsers, LIKE patterns, normalizers and loggers before. */
const TRICKY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u200F\u202Eمرحبا', // RTL mark and override
  '\u202Egnp.exe',
  '👨‍👩‍👧‍👦🇻🇳',
  'Triệu Đức Long',
  'TRIEU DUC LONG',
  'Chie\u0302\u0301m Ho\u0301a', // decomposed (NFD)
  'chiem hoa',
  '%',
  '_',
  '%_%',
  "' OR 1=1 --",
  '"; DROP TABLE person; --',
  '\\',
  '\n\r\t',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '\uD800', // a lone surrogate
  '\uFFFF',
  '02-ĐA/TU',
  'Số 02-ĐA/TU',
  'x'.repeat(5000),
];

/** 100 KB: two fit under the body limit, three do not. */
const HUGE_STRING = 'x'.repeat(100_000);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constant(HUGE_STRING) },
);

export const VALID_DATES = ['2023-06-01', '2025-06-30', '2025-07-01', '2026-03-01', '2026-06-01', '2024-02-29', '2021-05-23'];

export const dateString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VALID_DATES) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '2025-02-30',
      '2023-02-29',
      '2025-13-01',
      '2025-00-10',
      '0000-00-00',
      '99999-01-01',
      '2025-2-3',
      '2025-01-01T00:00:00Z',
      '01/06/2023',
      '0001-01-01',
      '9999-12-31',
      '1900-01-01',
    ),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: hostileString },
);

/** Numbers an Int argument may be sent: small, at the edges of 32 bits and past them, fractions, and JSON's extremes. */
export const intValue: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 30 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(-1, 0, 100, 101, 1000, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 1e30, 1.5, -0),
  },
  { weight: 1, arbitrary: fc.integer() },
);

/** Mostly the small pages a client asks for, sometimes the largest and more. */
export const pageSize: fc.Arbitrary<number> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: intValue },
);

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Cursors as the connections write them (Pothos' offset cursors), at the edges, and not cursors at all. */
export const cursor: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 30 }).map((offset) => base64(`OffsetConnection:${offset}`)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...['-1', '1e9', '99999999999999999999', 'NaN', '', '0x10'].map((offset) => base64(`OffsetConnection:${offset}`)),
      base64('arrayconnection:0'),
    ),
  },
  { weight: 1, arbitrary: hostileString },
);

/** Real global ids of the store, by GraphQL type. */
export type IdPool = Readonly<Record<string, readonly string[]>>;

/** The types an ID argument or input field of this name is meant for (empty: any node). */
const TYPES_BY_NAME: Record<string, readonly string[]> = {
  unit: ['Unit'],
  organization: ['Organization'],
  person: ['Person'],
  post: ['Post'],
  source: ['Source'],
  term: ['Term'],
  holding: ['Holding'],
  assignment: ['Assignment'],
  task: ['Task'],
  directive: ['Directive'],
  implements: ['Directive'],
  assigner: ['Organization', 'Post'],
  assignee: ['Organization', 'Post', 'Person'],
  issuers: ['Organization'],
  signatories: ['Organization'],
  place: ['Unit'],
  within: ['Unit'],
};

/**
 * Global ids for an argument or input field: mostly real ids of the type its name calls for, also real ids of
 * any type (a Person id where a Unit is wanted), well-formed ids of unknown records or types, and ids that are
 * not base64 at all.
 */
export function globalIdArb(pool: IdPool, name: string, hostile: boolean): fc.Arbitrary<string> {
  const all = Object.values(pool).flat();
  const meant = (TYPES_BY_NAME[name] ?? []).flatMap((type) => pool[type] ?? []);
  return fc.oneof(
    ...(meant.length > 0 ? [{ weight: hostile ? 8 : 30, arbitrary: fc.constantFrom(...meant) }] : []),
    { weight: 4, arbitrary: fc.constantFrom(...all) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('Unit', 'Person', 'Post', 'Organization', 'Task', 'Directive', 'Assignment', 'Source', 'Holding', 'Nope', ''),
          hostileString,
        )
        .map(([type, id]) => encodeGlobalID(type, id)),
    },
    { weight: 1, arbitrary: fc.constantFrom('!!!', '====', 'VW5pdDp4', 'Og==', '\u0000') },
    { weight: 1, arbitrary: hostileString },
  );
}

export const unitCode: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('073', '02287', '08', '001', '99999') },
  { weight: 1, arbitrary: hostileString },
);

export const searchText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'chiem hoa', 'Tuyên', 'long', 'mat tran', 'đề án') },
  { weight: 2, arbitrary: hostileString },
);

export const periodText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2023', '2023-Q3', '2023-07', 'once', '2023-Q5', '2023-13') },
  { weight: 1, arbitrary: hostileString },
);

/** Any JSON value at all: what a client sends when it gets the types wrong. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(true, 0, -1, 1.5, '', [], {}, [null], { id: 'x' }),
  hostileString,
);
