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
 * Page sizes, search lengths, NUL characters and Pothos complexity, checked with the request's variables before execution: an over-limit
 * request is refused before any resolver runs. Page sizes are a validation rule; complexity is measured once
 * the document is otherwise valid (it reads argument values, which must be valid first). Both depend on
 * variables, so Yoga's validation cache must be off.
 */
export function useRequestLimits(): Plugin<YogaInitialContext> {
  return {
    onValidate({ addValidationRule, context, params }) {
      const variables = (context.params?.variables ?? {}) as Record<string, unknown>;
      addValidationRule(pageSizeRule(variables));
      addValidationRule(searchLengthRule(variables));
      addValidationRule(nulCharacterRule(variables));
      return ({ valid, setResult }) => {
        if (!valid) return;
        const rule = createComplexityRule({
          context,
          variableValues: variables,
          operationName: context.params?.operationName ?? null,
          maxComplexity: LIMITS.maxComplexity,
          validate: (result, reportError) => {
            if (result.complexity > LIMITS.maxComplexity) reportError(tooComplex(result.complexity));
          },
        });
        let errors: readonly GraphQLError[];
        try {
          errors = validate(params.schema, params.documentAST, [rule]);
        } catch {
          return; // Variables that do not fit their types: execution reports them.
        }
        if (errors.length > 0) setResult([...errors]);
      };
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
