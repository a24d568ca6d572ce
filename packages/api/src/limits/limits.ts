import { MAX_PAGE_SIZE } from '../schema/shared/connection.js';

/**
 * The limits every request is checked against before it runs. Depth, aliases, tokens and directives are
 * GraphQL Armor's (static shape); complexity is the Pothos complexity plugin's, which multiplies each
 * connection's selection by the page size asked for (`first`), so it counts list sizes.
 */
export const LIMITS = {
  /** Largest `first`/`last` of any connection. */
  maxPageSize: MAX_PAGE_SIZE,
  /** Pothos complexity: fields counted once per row a page may return. */
  maxComplexity: 50_000,
  /** Nesting depth of selections (a connection costs three levels: field, edges, node). */
  maxDepth: 16,
  maxAliases: 15,
  /**
   * Armor's static cost, with a linear depth factor. Armor multiplies by page sizes written as literals
   * (`first: 50`) but not by those passed as variables, so it is set high enough that a question passes or fails
   * the same way whichever way its page sizes are written: list sizes are the complexity limit's job (it counts
   * both). Armor's default factor of 1.5 per level grows exponentially with Relay's three levels per connection.
   */
  maxArmorCost: 250_000,
  armorDepthCostFactor: 1,
  maxTokens: 2_000,
  maxDirectives: 20,
  /**
   * Most items of any list given as input (`nodes(ids:)`, `issuers`, `types`…), written or passed as a variable.
   * `nodes` also counts its selection once per id in the complexity.
   */
  maxListLength: 100,
  /** Longest search text (`search…(query:)`), in characters. */
  maxSearchLength: 1_000,
  /** Default largest request body (and GET URL), in bytes; `createApi({ maxBodyBytes })` changes it. */
  maxBodyBytes: 256 * 1024,
  /**
   * Default largest answer of a query, in bytes (counted as it is built, from the texts' lengths); `createApi({
   * maxResponseBytes })` changes it. The complexity limit bounds the number of fields, not the length of their
   * texts: this bounds the bytes.
   */
  maxResponseBytes: 8 * 1024 * 1024,
  /** Default time budget of one request, in milliseconds; `createApi({ timeBudgetMs })` changes it. */
  timeBudgetMs: 5_000,
} as const;
