import { isWithinScope, type WriteDays, type WriteTarget } from '@mttq/core';
import { AuthScopeFailureType, type AuthFailure, type ForbiddenResult } from '@pothos/plugin-scope-auth';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { fromCoreError } from '../errors/api-error.js';
import { readRefusal, refusalOf } from './auth-refusal.js';

/**
 * What a write touches, and the days it covers: the record's whole effective validity as core will store it
 * (defaults applied, open ends included), or an event's date. The token's unit subtree must hold every unit
 * on every one of those days.
 */
export interface ScopedWrite extends WriteTarget {
  readonly days: WriteDays | readonly WriteDays[];
}

/**
 * The scopes of the schema: `reader` (reads are open unless `readsRequireToken`), `writer` (a valid token),
 * and `writesAt` (a valid token whose scope holds every unit and organization of the write).
 */
export interface AuthScopes {
  reader: boolean;
  writer: boolean;
  writesAt: ScopedWrite;
}

/** The scopes of one request, from its context (the token was authenticated when the context was made). */
export function authScopesOf(ctx: Context) {
  return {
    reader: !ctx.readsRequireToken || ctx.auth.kind === 'token',
    writer: ctx.auth.kind === 'token',
    writesAt: async (write: ScopedWrite): Promise<boolean> => {
      if (ctx.auth.kind !== 'token') return false;
      const spans: readonly WriteDays[] = Array.isArray(write.days) ? write.days : [write.days as WriteDays];
      for (const days of spans) {
        const check = await isWithinScope(ctx.db, ctx.auth.token, write, days);
        // Thrown so that the refusal keeps its message naming the unit (see `unauthorizedError`).
        if (!check.ok) throw fromCoreError(check.error);
      }
      return true;
    },
  };
}

/**
 * The error of a refused field: the reason a scope gave (AUTH.OUTSIDE_SCOPE naming the unit), else the
 * request's own (no token, or a refused one). Mutations get an `AuthError` for the errors plugin to return
 * as a typed result; queries, which have no typed errors, get a GraphQL error with the code.
 */
export function unauthorizedError(_parent: unknown, ctx: Context, info: GraphQLResolveInfo, result: ForbiddenResult): Error {
  const reason = firstError(result.failure);
  if (reason) return reason;
  const writing = info.parentType === info.schema.getMutationType();
  const refusal = refusalOf(ctx.auth, writing ? 'write' : 'read');
  return writing ? refusal : readRefusal(refusal);
}

function firstError(failure: AuthFailure): Error | undefined {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
    case AuthScopeFailureType.AuthScopeFunction:
      return failure.error ?? undefined;
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      for (const child of failure.failures) {
        const error = firstError(child);
        if (error) return error;
      }
      return undefined;
    case AuthScopeFailureType.GrantedScope:
    case AuthScopeFailureType.Unknown:
      return undefined;
  }
}
