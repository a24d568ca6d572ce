import {
  defaultFieldResolver,
  getNamedType,
  GraphQLObjectType,
  isLeafType,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { bytesOf, isPromiseLike, mayChargePlainLeaves, objectOrAbstract, plainLeafBytes, type PlainLeaves } from './leaf-charge.js';

/**
 * The error a query ends with when it passes a limit, built only then (once): most queries pass no limit, and
 * building a `GraphQLError` per limit per request cost more than checking them.
 */
export class LimitError {
  #error: GraphQLError | undefined;

  constructor(private readonly build: () => GraphQLError) {}

  /** The error, built on first use. */
  get error(): GraphQLError {
    return (this.#error ??= this.build());
  }

  /** The error if it has been built (the limit was passed), else undefined. */
  get built(): GraphQLError | undefined {
    return this.#error;
  }
}

/**
 * What a running query may still spend, put on its context by the plugins that set the limits: a deadline
 * (`useTimeBudget`) and a number of response bytes (`useResponseSizeLimit`). Each limit carries the error the
 * query ends with when it is passed.
 */
export interface FieldGuard {
  deadline?: { readonly at: number; readonly limit: LimitError };
  size?: { left: number; readonly limit: LimitError };
}

const GUARD = Symbol('field guard');
type Guarded = { [GUARD]?: FieldGuard };

/** The guard of a request's context, created on first use. */
export function guardOf(context: object): FieldGuard {
  const guarded = context as Guarded;
  return (guarded[GUARD] ??= {});
}

/**
 * Wraps the field resolvers of `schema` (in place, once) with the checks of the guard its context carries:
 * past the deadline a field throws the time budget's error instead of resolving, and fields charge their
 * response names and leaf values to the response size, throwing that limit's error once it is spent. So a
 * query is stopped before its next read of the database, and before its answer is built past the limit.
 *
 * A leaf field with no resolver of its own (a property of its parent: `fullName`, `title`) is left unwrapped, so
 * the executor reads it without a call (graphql-jit gives each resolver call an info object and a path): the field
 * that resolved its parent charges it, once the parent is at hand. It reads no database, so the deadline checked
 * by every field that has a resolver stops the query as early.
 *
 * The clock is read by each field rather than given to the executor as an abort signal: GraphQL Tools'
 * executor races every object's pending fields against such a signal, which cost a third of the time of a
 * nested query of a thousand objects.
 */
export function withFieldGuards(schema: GraphQLSchema): GraphQLSchema {
  if (wrapped.has(schema)) return schema;
  wrapped.add(schema);
  const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => t instanceof GraphQLObjectType);
  const plain: PlainLeaves = new WeakMap();
  for (const type of types) {
    const fields = Object.values(type.getFields());
    plain.set(type, new Set(fields.filter((f) => !f.resolve && isLeafType(getNamedType(f.type))).map((f) => f.name)));
  }
  for (const type of types) {
    if (type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const parent = objectOrAbstract(field.type); // undefined: a leaf
      if (!parent && !field.resolve) continue; // charged by the field that resolves its parent
      const resolve = field.resolve ?? defaultFieldResolver;
      const bytes = (value: unknown, context: unknown, info: GraphQLResolveInfo) =>
        parent ? plainLeafBytes(value, parent, context, info, plain) : bytesOf(value);
      field.resolve = (source, args, context: Guarded, info) => {
        const guard = context?.[GUARD];
        if (guard === undefined) return resolve(source, args, context, info);
        const { deadline, size } = guard;
        if (deadline && performance.now() >= deadline.at) throw deadline.limit.error;
        if (size === undefined) return resolve(source, args, context, info);
        // `"name":` and a separator; an object's braces are charged with its fields.
        const name = String(info.path.key).length + 4;
        const value: unknown = resolve(source, args, context, info);
        if (isPromiseLike(value)) {
          if (parent && !mayChargePlainLeaves(parent, info, plain)) {
            charge(size, name);
            return value;
          }
          return value.then((resolved) => {
            charge(size, name + bytes(resolved, context, info));
            return resolved;
          });
        }
        charge(size, name + bytes(value, context, info));
        return value;
      };
    }
  }
  return schema;
}

/** The answer of a query stopped by a limit's error: that error alone, no partial data. */
export function stoppedBy(result: ExecutionResult, limit: LimitError): ExecutionResult | undefined {
  const error = limit.built;
  if (error === undefined) return undefined;
  return result.errors?.some((e) => e === error || e.originalError === error) ? { errors: [error] } : undefined;
}

const wrapped = new WeakSet<GraphQLSchema>();

function charge(size: NonNullable<FieldGuard['size']>, bytes: number): void {
  size.left -= bytes;
  if (size.left < 0) throw size.limit.error;
}
