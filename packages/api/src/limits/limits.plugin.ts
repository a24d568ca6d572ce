import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { getOperationAST, getVariableValues, type GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { LIMITS } from './limits.js';
import { listLengthRule } from './list-length.rule.js';
import { useLiteralPageSize } from './literal-page-size.plugin.js';
import { nulCharacterRule } from './nul-character.rule.js';
import { pageSizeRule } from './page-size.rule.js';
import { searchLengthRule } from './search-length.rule.js';
import { localizedError } from '../errors/localized-error.js';

/**
 * GraphQL Armor's protections: depth, aliases, static cost, tokens, directives, and no field suggestions; ahead of
 * them, the page sizes written in the query (`useLiteralPageSize`).
 */
export function armorPlugins(): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxArmorCost, depthCostFactor: LIMITS.armorDepthCostFactor },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  // First: a page size written in the query is refused with its code before Armor's cost limit sees it.
  return [useLiteralPageSize(), ...(armor.protect().plugins as Plugin[])];
}

/**
 * Page sizes, search lengths, list lengths, NUL characters and Pothos complexity, checked with the request's
 * variables once the document is valid and before execution: an over-limit request is refused before any
 * resolver runs. They are checked here rather than as validation rules so that Yoga's validation cache — keyed by
 * the document, blind to variables — can keep the variable-free part (the specification's rules and GraphQL
 * Armor's) across requests. The variable rules run first; complexity reads argument values, which must be valid
 * first.
 *
 * The rules that read an argument's value through a variable (page size, search length, complexity) read the
 * value execution will use: the one sent, or else the variable's default, so `query($n: Int = 500)` is refused
 * as `first: 500` is. The rules that look into every text and list (NUL, list length) read the defaults where
 * they are written, in the document, and the variables as sent.
 */
export function useRequestLimits(): Plugin<YogaInitialContext> {
  const passed = new PassedRequests();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const sent = (args.variableValues ?? {}) as Record<string, unknown>;
      const key = passed.keyOf(args.operationName, sent);
      if (passed.has(args.document, key)) return;
      const variables = valuesOfVariables(args.schema, args.document, args.operationName ?? undefined, sent);
      if (variables === undefined) return; // Variables that do not fit their types: execution reports them.
      const rule = createComplexityRule({
        context: args.contextValue,
        // Pothos coerces the variables itself: it gets them as sent (coerced values, such as an enum's internal
        // value, would not coerce again).
        variableValues: sent,
        operationName: args.operationName ?? null,
        maxComplexity: LIMITS.maxComplexity,
        validate: (result, reportError) => {
          if (result.complexity > LIMITS.maxComplexity) reportError(tooComplex(result.complexity));
        },
      });
      let errors: readonly GraphQLError[];
      try {
        errors = validate(args.schema, args.document, [
          pageSizeRule(variables),
          searchLengthRule(variables),
          listLengthRule(sent),
          nulCharacterRule(sent),
        ]);
        if (errors.length === 0) errors = validate(args.schema, args.document, [rule]);
      } catch {
        return; // Values the rules cannot read: execution reports them.
      }
      if (errors.length > 0) setResultAndStopExecution({ errors: [...errors] });
      else passed.add(args.document, key);
    },
  };
}

/** Most requests remembered per document, least recently asked forgotten first. */
const PASSED_PER_DOCUMENT = 256;
/** Longest key remembered (operation name and variables as JSON), in characters: larger variables are checked each time. */
const LONGEST_PASSED_KEY = 4_096;

/**
 * The requests that passed the limits, by document (Yoga keeps each parsed document while it caches it): the
 * limits read nothing but the document, the operation's name and the variables as sent, so the same three pass
 * again. A bounded LRU of keys per document; refusals are not kept (they are rare, and each answers its own error).
 */
class PassedRequests {
  readonly #byDocument = new WeakMap<DocumentNode, Map<string, true>>();

  /** The key of a request, or undefined when it is too large to keep. */
  keyOf(operationName: string | null | undefined, sent: Record<string, unknown>): string | undefined {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(sent)}`;
    return key.length <= LONGEST_PASSED_KEY ? key : undefined;
  }

  has(document: DocumentNode, key: string | undefined): boolean {
    const keys = key === undefined ? undefined : this.#byDocument.get(document);
    if (!keys?.delete(key!)) return false;
    keys.set(key!, true); // the most recent last
    return true;
  }

  add(document: DocumentNode, key: string | undefined): void {
    if (key === undefined) return;
    let keys = this.#byDocument.get(document);
    if (!keys) this.#byDocument.set(document, (keys = new Map()));
    keys.set(key, true);
    if (keys.size > PASSED_PER_DOCUMENT) keys.delete(keys.keys().next().value!);
  }
}

/** The variables as execution will see them (sent values coerced, defaults filled in), or undefined when they do not fit their types. */
function valuesOfVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  sent: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const values = getVariableValues(schema, operation.variableDefinitions ?? [], sent, { maxErrors: 1 });
  return values.coerced;
}

function tooComplex(complexity: number): GraphQLError {
  return localizedError(
    {
      vi: `Truy vấn quá lớn: độ phức tạp ${complexity} vượt mức ${LIMITS.maxComplexity} (mỗi danh sách tính theo số dòng first yêu cầu). Hãy xin trang nhỏ hơn hoặc bớt lồng nhau.`,
      en: `The query is too large: its complexity ${complexity} exceeds ${LIMITS.maxComplexity} (each list counts by the rows first asks for). Ask for smaller pages or less nesting.`,
    },
    { extensions: { code: 'QUERY.TOO_COMPLEX', complexity, max: LIMITS.maxComplexity } },
  );
}
