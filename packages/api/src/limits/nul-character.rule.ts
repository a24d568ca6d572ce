import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type ASTNode,
  type GraphQLInputType,
  type ValidationRule,
} from 'graphql';
import { localizedError } from '../errors/localized-error.js';

const NUL = '\u0000';

/**
 * Refuses, before execution, any text containing the NUL character (U+0000) — written in the query or passed in
 * a variable at any depth, and inside global ids once decoded. No name, code, title or id holds one; PostgreSQL
 * cannot take it ("invalid byte sequence for encoding UTF8: 0x00", which became an unexpected error), and
 * SQLite would store it silently.
 */
export function nulCharacterRule(variables: Readonly<Record<string, unknown>>): ValidationRule {
  return (context) => {
    const report = (where: string, node: ASTNode) =>
      context.reportError(
        localizedError(
          { vi: `Văn bản không được chứa ký tự NUL (U+0000): ${where}.`, en: `Text may not contain the NUL character (U+0000): ${where}.` },
          {
            nodes: [node],
            extensions: { code: 'INPUT.NUL_CHARACTER' },
          },
        ),
      );
    return {
      StringValue(node) {
        if (holdsNul(node.value, context.getInputType() ?? undefined)) report('a string in the query', node);
      },
      VariableDefinition(node) {
        const name = node.variable.name.value;
        const type = typeFromAST(context.getSchema(), node.type) as GraphQLInputType | undefined;
        if (holdsNul(variables[name], type)) report(`$${name}`, node);
      },
    };
  };
}

/** Whether a value holds NUL anywhere: in a string, an object key, or a global id (base64 of "Type:id"). */
function holdsNul(value: unknown, type: GraphQLInputType | undefined): boolean {
  if (typeof value === 'string') {
    if (value.includes(NUL)) return true;
    return type !== undefined && getNamedType(type).name === 'ID' && Buffer.from(value, 'base64').toString('utf8').includes(NUL);
  }
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value))
    return value.some((item) => holdsNul(item, inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : inner));
  if (value !== null && typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : undefined;
    return Object.entries(value).some(([key, item]) => key.includes(NUL) || holdsNul(item, fields?.[key]?.type));
  }
  return false;
}
