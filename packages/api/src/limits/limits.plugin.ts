import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { LIMITS } from './limits.js';
import { nulCharacterRule } from './nul-character.rule.js';
import { pageSizeRule } from './page-size.rule.js';
import { searchLengthRule } from './search-length.rule.js';

/** GraphQL Armor's protections: depth, aliases, static cost, tokens, directives, and no field suggestions. */
export function armorPlugins(): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxArmorCost, depthCostFactor: LIMITS.armorDepthCostFactor },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}

/**
 * Page sizes, search lengths, NUL characters and Pothos complexity, checked with the request's variables once
 * the document is valid and before execution: an over-limit request is refused before any resolver runs. They
 * are checked here rather than as validation rules so that Yoga's validation cache — keyed by the document,
 * blind to variables — can keep the variable-free part (the specification's rules and GraphQL Armor's) across
 * requests. The variable rules run first; complexity reads argument values, which must be valid first.
 */
export function useRequestLimits(): Plugin<YogaInitialContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const rule = createComplexityRule({
        context: args.contextValue,
        variableValues: variables,
        operationName: args.operationName ?? null,
        maxComplexity: LIMITS.maxComplexity,
        validate: (result, reportError) => {
          if (result.complexity > LIMITS.maxComplexity) reportError(tooComplex(result.complexity));
        },
      });
      let errors: readonly GraphQLError[];
      try {
        errors = validate(args.schema, args.document, [pageSizeRule(variables), searchLengthRule(variables), nulCharacterRule(variables)]);
        if (errors.length === 0) errors = validate(args.schema, args.document, [rule]);
      } catch {
        return; // Variables that do not fit their types: execution reports them.
      }
      if (errors.length > 0) setResultAndStopExecution({ errors: [...errors] });
    },
  };
}

function tooComplex(complexity: number): GraphQLError {
  return new GraphQLError(
    `Truy vấn quá lớn: độ phức tạp ${complexity} vượt mức ${LIMITS.maxComplexity} (mỗi danh sách tính theo số dòng first yêu cầu). Hãy xin trang nhỏ hơn hoặc bớt lồng nhau. ` +
      `(Query complexity ${complexity} exceeds ${LIMITS.maxComplexity}; lists count by their page size.)`,
    { extensions: { code: 'QUERY.TOO_COMPLEX', complexity, max: LIMITS.maxComplexity } },
  );
}
