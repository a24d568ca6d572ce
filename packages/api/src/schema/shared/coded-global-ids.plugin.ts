import SchemaBuilder, { BasePlugin, PothosValidationError, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { wrongTypeGlobalId } from './global-id.js';

/** Pothos's refusal of a global id of a type the argument does not take (`t.arg.globalID({ for: … })`). */
const WRONG_TYPE = /^ID: (\S+) is not of type: (.+)$/;

/**
 * A Pothos plugin that gives a coded error (`ID.WRONG_TYPE`, `extensions.code`) to a global id of the wrong
 * type in an argument: the relay plugin checks the type while mapping arguments, before any resolver runs,
 * and refuses with an uncoded message. Only fields with arguments are wrapped.
 */
export class CodedGlobalIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!resolver || Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, ctx, info) => {
      try {
        const result: unknown = resolver(parent, args, ctx, info);
        return result instanceof Promise ? result.catch(recode) : result;
      } catch (error) {
        return recode(error);
      }
    };
  }
}

function recode(error: unknown): never {
  const wrongType = error instanceof PothosValidationError ? WRONG_TYPE.exec(error.message) : null;
  if (wrongType) throw wrongTypeGlobalId(wrongType[1]!, wrongType[2]!.split(', '));
  throw error;
}

/** The plugin's name, for the builder's `plugins`. */
export const codedGlobalIds = 'codedGlobalIds';

SchemaBuilder.registerPlugin(codedGlobalIds, CodedGlobalIdsPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      codedGlobalIds: CodedGlobalIdsPlugin<Types>;
    }
  }
}
