import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { IsoDate, PopoloDocument } from '@mttq/core';
import { authScopesOf, unauthorizedError, type AuthScopes } from '../auth/auth-scopes.js';
import type { Context } from '../context.js';
import { DomainError, NotFoundError } from '../errors/api-error.js';
import { codedGlobalIds } from './shared/coded-global-ids.plugin.js';
import { decodeCodedGlobalID } from './shared/global-id.js';

/** The schema builder: plugins and defaults only; every type is defined in its own file. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  Scalars: { Date: { Input: IsoDate; Output: string }; PopoloDocument: { Input: never; Output: PopoloDocument } };
  // `null`: the resolver did not read the total because the query does not select it (see selectsField).
  Connection: { totalCount: number | null };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // The errors plugin comes before the dataloader plugin, so fields with `errors` also catch load failures,
  // and before scope-auth, so a refused write comes back as a typed AuthError.
  // codedGlobalIds gives `ID.WRONG_TYPE` to a global id of another type in an argument.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin, codedGlobalIds],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A malformed global id is refused as ID.MALFORMED; each node ref parses its inner id into a branded id.
    decodeGlobalID: decodeCodedGlobalID,
    edgesFieldOptions: { nullable: false, complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
    // `nodes` answers its selection once per id, repeated ids too: the complexity counts them all (and
    // `LIMITS.maxListLength` caps their number), as a connection counts its page size.
    nodesQueryOptions: { complexity: (args) => ({ field: 1, multiplier: args.ids.length }) },
  },
  errors: { defaultTypes: [DomainError, NotFoundError] },
  complexity: { defaultComplexity: 1, defaultListMultiplier: 10 },
  // Errors thrown by a scope carry the reason (the unit outside the token's scope).
  scopeAuth: { authScopes: authScopesOf, unauthorizedError, treatErrorsAsUnauthorized: true },
});
