import { builder } from './builder.js';

builder.queryType({
  description:
    'Questions to the model; every one that depends on time takes asOf (default: today). Open to all, unless the server requires a token for reads.',
  authScopes: { reader: true },
});

builder.mutationType({
  description:
    'The writes core offers; expected failures come back as typed errors (… on BaseError { code message }). Every write needs an Authorization: Bearer token whose scope holds what it touches (AuthError otherwise).',
  // Every mutation, including any added later, needs a valid token; those that touch units check the scope too.
  authScopes: { writer: true },
});
