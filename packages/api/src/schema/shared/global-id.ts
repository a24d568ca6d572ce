import { readId, type IdOf, type IdPrefix } from '@mttq/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLError } from 'graphql';
import { coreRequestError } from '../../errors/api-error.js';
import { localizedError } from '../../errors/localized-error.js';

/**
 * The parser of a node type's ids, given to its ref (`id.parse`): a global id's inner id becomes a branded
 * id here, once, where it enters the API. An inner id of another kind (`Unit:person_…`) is refused as
 * `ID.WRONG_TYPE`, a malformed one as `ID.MALFORMED`.
 *
 * @example
 * builder.loadableNodeRef('Unit', { id: { resolve: (u) => u.id, parse: idParser('unit') }, … });
 */
export function idParser<P extends IdPrefix>(prefix: P): (raw: string) => IdOf<P> {
  return (raw) => {
    const read = readId(prefix, raw);
    if (read.ok) return read.value;
    throw coreRequestError(read.error);
  };
}

/** Decodes a global id (base64 of `Type:id`); one that is not is refused as `ID.MALFORMED`. */
export function decodeCodedGlobalID(globalID: string): { typename: string; id: string } {
  try {
    return decodeGlobalID(globalID);
  } catch {
    throw malformedGlobalId(globalID);
  }
}

/** A global id given where one of other types is wanted (a person's where a unit's is): `ID.WRONG_TYPE`. */
export function wrongTypeGlobalId(globalID: string, expected: readonly string[]): GraphQLError {
  const given = decodeGlobalID(globalID).typename;
  return localizedError(
    {
      vi: `Mã ${globalID} là mã của một ${given}, không phải của một ${expected.join(' hay ')}.`,
      en: `The id ${globalID} is the id of a ${given}, not of a ${expected.join(' or ')}.`,
    },
    { extensions: { code: 'ID.WRONG_TYPE', given, expected } },
  );
}

function malformedGlobalId(globalID: string): GraphQLError {
  return localizedError(
    {
      vi: `Mã ${JSON.stringify(globalID)} không phải một mã toàn cục (global id) hợp lệ: hãy dùng trường id mà API trả về.`,
      en: `${JSON.stringify(globalID)} is not a valid global id: use the id field the API returns.`,
    },
    { extensions: { code: 'ID.MALFORMED' } },
  );
}
