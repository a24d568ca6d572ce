import fc from 'fast-check';
import { LIMITS } from '../../src/index.js';
import type { IdPool } from './hostile-values.js';

/**
 * Requests of the attacks of issue 19, drawn at random: pathological whitespace, repeated ids, limits hidden
 * in variable defaults, huge strings. Each says what it must get: data, or one of the refusal codes.
 */
export interface SecurityRequest {
  readonly kind: 'whitespace' | 'repeated ids' | 'variable defaults' | 'huge strings';
  readonly contentType: string;
  readonly body: string;
  /**
   * null: the answer must have data and no error; otherwise the first error's code must be one of these. A body
   * over the body limit must be refused with REQUEST.BODY_TOO_LARGE whatever it holds (checked by the test).
   */
  readonly refusedWith: readonly string[] | null;
  /** Codes besides those that may come back for a request that stays within the listed limits. */
  readonly alsoAllowed?: readonly string[];
}

const json = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, ...(variables && { variables }) });

/** Runs of what GraphQL ignores: line breaks, spaces, tabs, commas, the byte-order mark, comments. */
const ignored: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('\n', '\r\n', ' ', '\t', ',', '\uFEFF', '#x\n', `#${'#'.repeat(500)}\n`, '\n\n\n\n \t'),
    fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 40_000 }) }),
  )
  // At most 12,000 characters a gap: six gaps stay under the body limit even as three-byte characters.
  .map(([unit, times]) => unit.repeat(Math.min(times, Math.floor(12_000 / unit.length))));

/** Up to 250,000 line breaks or spaces in one run: the request that froze the server for 27 s. */
const longRun: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('\n', ' ', '\r\n'), fc.integer({ min: 50_000, max: 250_000 }))
  .map(([unit, times]) => unit.repeat(Math.floor(times / unit.length)));

const whitespace: fc.Arbitrary<SecurityRequest> = fc
  .record({
    gaps: fc.array(ignored, { minLength: 6, maxLength: 6 }),
    lead: fc.option(longRun, { freq: 3 }),
    named: fc.boolean(),
    asGraphQL: fc.boolean(),
  })
  .map(({ gaps, lead, named, asGraphQL }) => {
    // Gaps before the operation, between the keyword and the name, and between every other token.
    const [g0, g1, g2, g3, g4, g5] = gaps as [string, string, string, string, string, string];
    const start = (lead ?? '') + g0;
    const query = named ? `${start}query ${g1}Named${g2}{${g3}rulePack${g4}{ id }${g5}}` : `${start}{${g3}rulePack${g4}{ id }${g5}}`;
    const body = asGraphQL ? query : json(query);
    return {
      kind: 'whitespace',
      contentType: asGraphQL ? 'application/graphql' : 'application/json',
      body,
      refusedWith: null,
    };
  });

const repeatedIds = (pool: IdPool): fc.Arbitrary<SecurityRequest> =>
  fc
    .record({
      id: fc.constantFrom(...Object.values(pool).flat()),
      count: fc.oneof(fc.integer({ min: 1, max: LIMITS.maxListLength }), fc.integer({ min: LIMITS.maxListLength + 1, max: 3_000 })),
      asVariable: fc.boolean(),
      selection: fc.constantFrom(
        '{ id }',
        '{ __typename id }',
        '{ ... on Unit { fullName children(first: 20) { edges { node { fullName organizations(first: 10) { edges { node { name } } } } } } } ... on Person { fullName } }',
      ),
    })
    .map(({ id, count, asVariable, selection }) => {
      const ids = Array<string>(count).fill(id);
      const body = asVariable
        ? json(`query ($ids: [ID!]!) { nodes(ids: $ids) ${selection} }`, { ids })
        : json(`{ nodes(ids: [${ids.map((i) => JSON.stringify(i)).join(',')}]) ${selection} }`);
      const tooMany = count > LIMITS.maxListLength;
      return {
        kind: 'repeated ids',
        contentType: 'application/json',
        body,
        // Written in the query, thousands of ids pass the token limit first (a syntax error).
        refusedWith: tooMany ? ['INPUT.LIST_TOO_LONG', ...(asVariable ? [] : ['GRAPHQL_PARSE_FAILED'])] : null,
        alsoAllowed: ['QUERY.TOO_COMPLEX'],
      };
    });

const variableDefaults: fc.Arbitrary<SecurityRequest> = fc.oneof(
  fc
    .record({
      size: fc.oneof(fc.integer({ min: 0, max: LIMITS.maxPageSize }), fc.integer({ min: LIMITS.maxPageSize + 1, max: 1_000_000 })),
      sent: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined, freq: 1 }),
      field: fc.constantFrom('auditLog', 'units(level: PROVINCE, ', 'searchPeople(query: "a", '),
    })
    .map(({ size, sent, field }): SecurityRequest => {
      const call = field === 'auditLog' ? 'auditLog(first: $n)' : `${field}first: $n)`;
      return {
        kind: 'variable defaults',
        contentType: 'application/json',
        body: json(`query ($n: Int = ${size}) { ${call} { totalCount } }`, sent === undefined ? undefined : { n: sent }),
        refusedWith: sent === undefined && size > LIMITS.maxPageSize ? ['PAGE.SIZE_TOO_LARGE'] : null,
      };
    }),
  fc
    .record({
      length: fc.oneof(fc.integer({ min: 1, max: LIMITS.maxSearchLength }), fc.integer({ min: LIMITS.maxSearchLength + 1, max: 100_000 })),
      sent: fc.boolean(),
      field: fc.constantFrom('searchUnits', 'searchPeople'),
    })
    .map(({ length, sent, field }): SecurityRequest => ({
      kind: 'variable defaults',
      contentType: 'application/json',
      body: json(
        `query ($q: String! = "${'a'.repeat(length)}") { ${field}(query: $q, first: 1) { totalCount } }`,
        sent ? { q: 'long' } : undefined,
      ),
      refusedWith: !sent && length > LIMITS.maxSearchLength ? ['SEARCH.QUERY_TOO_LONG'] : null,
    })),
  fc.integer({ min: 1, max: 300 }).map((count): SecurityRequest => ({
    kind: 'variable defaults',
    contentType: 'application/json',
    body: json(
      `query ($types: [OrganizationType!] = [${Array(count).fill('FRONT_COMMITTEE').join(', ')}]) { organizations(unit: { code: "073" }, asOf: "2023-06-01", types: $types, first: 5) { totalCount } }`,
    ),
    refusedWith: count > LIMITS.maxListLength ? ['INPUT.LIST_TOO_LONG'] : null,
  })),
);

const hugeStrings: fc.Arbitrary<SecurityRequest> = fc
  .record({
    length: fc.integer({ min: 10_000, max: 120_000 }),
    char: fc.constantFrom('a', 'đ', '%', '_', '\\', ' ', '\u0301', '😀'),
    where: fc.constantFrom('variable', 'default', 'literal'),
    field: fc.constantFrom(
      'searchUnits(query: $s) { totalCount }',
      'searchPeople(query: $s) { totalCount }',
      'unitByCode(code: $s, asOf: "2023-06-01") { __typename }',
      'directivesBySymbol(symbol: $s) { id }',
    ),
  })
  .map(({ length, char, where, field }): SecurityRequest => {
    const text = char.repeat(Math.ceil(length / char.length)).slice(0, length);
    const literal = JSON.stringify(text);
    const document =
      where === 'literal'
        ? `{ ${field.replace('$s', literal)} }`
        : `query ($s: String!${where === 'default' ? ` = ${literal}` : ''}) { ${field} }`;
    const search = field.startsWith('search');
    return {
      kind: 'huge strings',
      contentType: 'application/json',
      body: json(document, where === 'variable' ? { s: text } : undefined),
      refusedWith: search ? ['SEARCH.QUERY_TOO_LONG'] : null,
      // Any other field: data (nothing found) or a coded refusal, never a 5xx nor an unexpected error.
      alsoAllowed: ['UNIT.CODE_UNKNOWN'],
    };
  });

/** One of the four classes, evenly; each shown short in fast-check's reports (bodies run to 250 KB). */
export function securityRequestArb(pool: IdPool): fc.Arbitrary<SecurityRequest> {
  return fc.oneof(whitespace, repeatedIds(pool), variableDefaults, hugeStrings).map((request) =>
    Object.assign(request, {
      [fc.toStringMethod]: () =>
        `${request.kind} (${request.contentType}, ${request.body.length} characters): ${request.body.slice(0, 300)}…`,
    }),
  );
}
