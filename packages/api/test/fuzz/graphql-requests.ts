import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { LIMITS } from '../../src/index.js';
import {
  VALID_DATES,
  cursor,
  dateString,
  globalIdArb,
  hostileString,
  intValue,
  pageSize,
  periodText,
  searchText,
  unitCode,
  wrongValue,
  type IdPool,
} from './hostile-values.js';

/** An enum value: written bare in a document, as its name in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

interface ArgumentPlan {
  readonly name: string;
  readonly value: unknown;
  readonly asVariable: boolean;
  /** The type the variable is declared with (usually the argument's own). */
  readonly variableType: string;
  /** false: the variable is declared but its value is not sent. */
  readonly sent: boolean;
}

interface FieldPlan {
  readonly kind: 'field';
  readonly name: string;
  readonly alias: string | null;
  readonly args: readonly ArgumentPlan[];
  readonly directive: string | null;
  readonly selection: readonly SelectionPlan[] | null;
}

interface FragmentPlan {
  readonly kind: 'fragment';
  readonly on: string;
  readonly selection: readonly SelectionPlan[];
}

type SelectionPlan = FieldPlan | FragmentPlan;

/** A request drawn from the schema, with the response names of its root fields. */
export interface GraphQLRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: string;
  readonly rootNames: readonly string[];
}

const TYPENAME: FieldPlan = { kind: 'field', name: '__typename', alias: null, args: [], directive: null, selection: null };

/** fc.oneof over the choices whose weight is not zero: a clean request gives its mistakes weight 0. */
function weighted<T>(...choices: [number, fc.Arbitrary<T>][]): fc.Arbitrary<T> {
  return fc.oneof(...choices.filter(([weight]) => weight > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));
}

/** Aliases: a clean request's are fresh names; a hostile one's may collide, or not be names at all. */
const alias = (hostile: boolean): fc.Arbitrary<string | null> =>
  weighted<string | null>(
    [12, fc.constant(null)],
    [3, fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,6}$/).map((name) => (hostile ? name : `a_${name}`))],
    [hostile ? 2 : 0, fc.constantFrom('id', '__typename', 'data', 'errors', 'a', '1bad', 'đ')],
  );

const directive = (hostile: boolean): fc.Arbitrary<string | null> =>
  weighted<string | null>(
    [15, fc.constant(null)],
    [1, fc.constantFrom('@include(if: true)', '@skip(if: false)', '@skip(if: true)')],
    [hostile ? 1 : 0, fc.constantFrom('@include(if: "yes")', '@deprecated', '@nope', '@skip')],
  );

/**
 * Requests drawn from the schema: random root fields of Query or Mutation, random selections down to a random
 * depth, random aliases, and arguments written inline or sent as variables. Half are clean — valid documents
 * whose values are of the right type, though hostile in content (100 KB strings, NUL, RTL marks, impossible
 * dates, ids of the wrong type) — so that they reach the resolvers; the other half also get every kind of
 * mistake: wrong types, nulls, missing or unknown arguments, variables declared wrongly or not sent, colliding
 * aliases, selections on leaves, depths past the limit, unknown operation names.
 */
export function graphqlRequestArb(schema: GraphQLSchema, ids: IdPool, operation: 'query' | 'mutation'): fc.Arbitrary<GraphQLRequest> {
  return fc.oneof(requestArb(schema, ids, operation, false), requestArb(schema, ids, operation, true));
}

function requestArb(schema: GraphQLSchema, ids: IdPool, operation: 'query' | 'mutation', hostile: boolean): fc.Arbitrary<GraphQLRequest> {
  const h = hostile ? 1 : 0;
  const idArbs = new Map<string, fc.Arbitrary<string>>();
  const id = (name: string) => idArbs.get(name) ?? idArbs.set(name, globalIdArb(ids, name, hostile)).get(name)!;
  const root = (operation === 'query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;
  const rootFields = Object.values(root.getFields());

  function scalar(typeName: string, argName: string): fc.Arbitrary<unknown> {
    switch (typeName) {
      case 'ID':
        return id(argName);
      case 'Date':
        return hostile ? dateString : weighted([12, fc.constantFrom(...VALID_DATES)], [1, dateString]);
      case 'Int':
        if (argName === 'first' || argName === 'last')
          return hostile ? pageSize : weighted([12, fc.integer({ min: 0, max: 5 })], [1, fc.constant(LIMITS.maxPageSize)]);
        return hostile ? intValue : fc.integer({ min: -3, max: 120 });
      case 'Float':
        return fc.oneof(intValue, fc.double());
      case 'Boolean':
        return fc.boolean();
      case 'String':
        switch (argName) {
          case 'code':
            return unitCode;
          case 'query':
          case 'symbol':
            return searchText;
          case 'period':
            return periodText;
          case 'after':
          case 'before':
            return cursor;
          default:
            return fc.oneof(
              { weight: 2, arbitrary: fc.constantFrom('Người Minh Họa', 'Kế hoạch thử', 'Báo cáo tiến độ') },
              { weight: 3, arbitrary: hostileString },
            );
        }
      default:
        return hostileString;
    }
  }

  /** A value of the type: mostly valid, sometimes null, and in hostile requests sometimes of another type. */
  function inputValue(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return weighted<unknown>([25, valueOf(type.ofType, name, depth)], [h, fc.constant(null)], [h, wrongValue]);
    return weighted<unknown>([16, valueOf(type, name, depth)], [1, fc.constant(null)], [h, wrongValue]);
  }

  /** A value of a nullable type's own kind (never null itself). */
  function valueOf(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
    let valid: fc.Arbitrary<unknown>;
    if (isListType(type)) {
      const item = inputValue(type.ofType as GraphQLInputType, name, depth);
      valid = fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: item });
    } else if (isEnumType(type)) {
      const values = type.getValues().map((value) => value.name);
      valid = weighted<unknown>(
        [10, fc.constantFrom(...values).map((value) => new EnumValue(value))],
        [h, fc.constantFrom(...values)], // a string where an enum is wanted
        [h, fc.constantFrom('nope', 'ASSIGNED', '__proto__').map((value) => new EnumValue(value))],
      );
    } else if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      valid =
        depth > 3
          ? fc.constant({})
          : fc
              .tuple(
                ...fields.map((field) => present(field.type, field.name, depth + 1)),
                weighted<[string, unknown] | undefined>(
                  [15, fc.constant(undefined)],
                  [h, fc.tuple(fc.constantFrom('bogus', 'id', '__proto__'), wrongValue)],
                ),
              )
              .map((values) => {
                const object: Record<string, unknown> = {};
                fields.forEach((field, i) => {
                  if (values[i] !== ABSENT) object[field.name] = values[i];
                });
                const extra = values[fields.length] as [string, unknown] | undefined;
                if (extra) Object.defineProperty(object, extra[0], { value: extra[1], enumerable: true });
                return object;
              });
    } else {
      valid = scalar(type.name, name);
    }
    return valid;
  }

  /** A value for an argument or input field, or ABSENT: required ones are seldom left out, optional ones often. */
  function present(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
    const value = inputValue(type, name, depth);
    return isNonNullType(type)
      ? weighted<unknown>([20, value], [h, fc.constant(ABSENT)])
      : weighted<unknown>([1, value], [1, fc.constant(ABSENT)]);
  }

  function argument(arg: GraphQLArgument, fieldName: string): fc.Arbitrary<ArgumentPlan | null> {
    const declared = String(arg.type);
    return fc
      .record({
        // unit(id:) wants a Unit id: an `id` argument is named after its field.
        value: present(arg.type, arg.name === 'id' ? fieldName : arg.name, 0),
        asVariable: fc.boolean(),
        variableType: weighted(
          [14, fc.constant(declared)],
          [h, fc.constantFrom(declared.replace(/!$/, ''), 'String', 'Int!', '[ID!]!', 'Date', 'Nope')],
        ),
        sent: weighted([14, fc.constant(true)], [h, fc.constant(false)]),
      })
      .map(({ value, ...rest }) => (value === ABSENT ? null : { name: arg.name, value, ...rest }));
  }

  function args(field: GraphQLField<unknown, unknown>): fc.Arbitrary<readonly ArgumentPlan[]> {
    const unknown = weighted<ArgumentPlan | null>(
      [20, fc.constant(null)],
      [h, wrongValue.map((value): ArgumentPlan => ({ name: 'bogus', value, asVariable: false, variableType: 'String', sent: true }))],
    );
    return fc
      .tuple(...field.args.map((arg) => argument(arg, field.name)), unknown)
      .map((plans) => plans.filter((plan): plan is ArgumentPlan => plan !== null));
  }

  function fieldPlan(field: GraphQLField<unknown, unknown>, remaining: number, level: number): fc.Arbitrary<FieldPlan> {
    const named = getNamedType(field.type);
    const selection: fc.Arbitrary<readonly SelectionPlan[] | null> = isCompositeType(named)
      ? weighted<readonly SelectionPlan[] | null>(
          [30, remaining > 1 ? selectionOf(named, remaining - 1, level + 1) : fc.constant([TYPENAME])],
          [h, fc.constant(null)],
        )
      : weighted<readonly SelectionPlan[] | null>([30, fc.constant(null)], [h, fc.constant([TYPENAME])]);
    return fc.record({
      kind: fc.constant('field' as const),
      name: fc.constant(field.name),
      alias: alias(hostile),
      args: args(field),
      directive: directive(hostile),
      selection,
    });
  }

  function selectionOf(type: GraphQLCompositeType, remaining: number, level: number): fc.Arbitrary<readonly SelectionPlan[]> {
    const choices: fc.WeightedArbitrary<SelectionPlan>[] = [{ weight: 1, arbitrary: fc.constant(TYPENAME) }];
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      const leaves = fields.filter((field) => !isCompositeType(getNamedType(field.type)));
      const relations = fields.filter((field) => isCompositeType(getNamedType(field.type)));
      if (leaves.length > 0)
        choices.push({ weight: 3, arbitrary: fc.constantFrom(...leaves).chain((field) => fieldPlan(field, remaining, level)) });
      // Deep targets dive through relations; shallow ones mostly read leaves.
      if (relations.length > 0)
        choices.push({
          weight: remaining > 3 ? 12 : 2,
          arbitrary: fc.constantFrom(...relations).chain((field) => fieldPlan(field, remaining, level)),
        });
    }
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = schema.getPossibleTypes(type);
      choices.push({
        weight: isUnionType(type) ? 6 : 1,
        arbitrary: fc
          .constantFrom(...possible)
          .chain((member) =>
            selectionOf(member, remaining, level + 1).map((selection): SelectionPlan => ({ kind: 'fragment', on: member.name, selection })),
          ),
      });
    }
    const items = fc.oneof(...choices);
    const maxLength = level < 2 ? 3 : 1;
    // A clean selection asks each response name once (the same field twice with other arguments is a conflict).
    return hostile
      ? fc.array(items, { minLength: 1, maxLength })
      : fc.uniqueArray(items, {
          minLength: 1,
          maxLength,
          selector: (plan) => (plan.kind === 'field' ? (plan.alias ?? plan.name) : `on ${plan.on}`),
        });
  }

  const depth = weighted([8, fc.integer({ min: 1, max: 4 })], [3, fc.integer({ min: 5, max: 10 })], [h, fc.integer({ min: 14, max: 22 })]);
  const rootField = depth.chain((target) =>
    fc.constantFrom(...rootFields).chain((field) =>
      fieldPlan(field, target, 0).map((plan) =>
        // A mutation's result always names its type, so a success can be told from a refusal.
        operation === 'mutation' && plan.selection ? { ...plan, selection: [TYPENAME, ...plan.selection] } : plan,
      ),
    ),
  );
  const maxLength = operation === 'mutation' ? 2 : 3;
  return fc
    .record({
      fields: hostile
        ? fc.array(rootField, { minLength: 1, maxLength })
        : fc.uniqueArray(rootField, { minLength: 1, maxLength, selector: (plan) => plan.alias ?? plan.name }),
      name: weighted<string | null>([4, fc.constant(null)], [1, fc.constantFrom('Fuzz', 'Q1')]),
      operationName: weighted<string | undefined>([12, fc.constant(undefined)], [h, fc.constantFrom('Fuzz', 'Other', '')]),
    })
    .map(({ fields, name, operationName }) => render(operation, name, fields, operationName));
}

const ABSENT = Symbol('absent');

function render(operation: string, name: string | null, fields: readonly FieldPlan[], operationName: string | undefined): GraphQLRequest {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const selection = (plans: readonly SelectionPlan[]): string => `{ ${plans.map(one).join(' ')} }`;
  function one(plan: SelectionPlan): string {
    if (plan.kind === 'fragment') return `... on ${plan.on} ${selection(plan.selection)}`;
    const args = plan.args.map((arg) => {
      if (!arg.asVariable) return `${arg.name}: ${literal(arg.value)}`;
      const variable = `v${definitions.length}`;
      definitions.push(`$${variable}: ${arg.variableType}`);
      if (arg.sent) variables[variable] = arg.value;
      return `${arg.name}: $${variable}`;
    });
    return [
      plan.alias ? `${plan.alias}: ${plan.name}` : plan.name,
      args.length > 0 ? `(${args.join(', ')})` : '',
      plan.directive ?? '',
      plan.selection ? selection(plan.selection) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  const body = selection(fields);
  const head = [operation, name ?? '', definitions.length > 0 ? `(${definitions.join(', ')})` : ''].filter(Boolean).join(' ');
  return {
    query: `${head} ${body}`,
    variables,
    ...(operationName !== undefined && { operationName }),
    rootNames: fields.map((field) => field.alias ?? field.name),
  };
}

/** A value written in GraphQL syntax; what cannot be written (NaN, 1e+30) comes out as a syntax error, as a client's would. */
export function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${key}: ${literal(item)}`)
      .join(', ')} }`;
  return JSON.stringify(String(value));
}
