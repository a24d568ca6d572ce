import { auditLog, pageCursor, type AuditRecord } from '@mttq/core';
import type { Context } from '../context.js';
import { coreRequestError, requestError } from '../errors/api-error.js';
import { builder } from './builder.js';
import { UnitNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { connectionComplexity } from './shared/connection.js';
import { backwardUnsupported } from './shared/keyset-connection.js';
import { loadOne } from './shared/node-load.js';
import { DateScalar } from './shared/scalars.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

/** The records only admin tokens may read the audit entries of: the tokens (their names, scopes and expiries). */
const TOKEN_ENTITY_TYPES = ['api_token'];

/** Whether the request carries a valid admin token. */
function isAdminToken(ctx: Context): boolean {
  return ctx.auth.kind === 'token' && ctx.auth.token.admin;
}

/** `AuditEntry`: one write as the append-only audit log keeps it. */
const AuditEntryType = builder.objectRef<AuditRecord>('AuditEntry').implement({
  description: 'One write, recorded in the same transaction: who, when, what, where, and the record before and after it.',
  fields: (t) => ({
    id: t.exposeString('id'),
    at: t.exposeString('at', { description: 'When (ISO timestamp).' }),
    actor: t.exposeString('actor', {
      description: '`token:<id>` for a write made with an API token, `system` for the project’s own loaders.',
    }),
    action: t.exposeString('action', { description: '`assignment.create`, `holding.end`, `assignment.status.done`…' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    unit: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit the write concerns, seen today.',
      resolve: (e, _args, ctx: Context) => loadOne(ctx.loaders.unit, e.unitId ?? null, ctx.today),
    }),
    before: t.string({
      nullable: true,
      description: 'The record before the write, as JSON (for changes; empty for a creation).',
      resolve: (e) => (e.before === undefined ? null : JSON.stringify(e.before)),
    }),
    after: t.string({
      nullable: true,
      description: 'The record after the write, as JSON.',
      resolve: (e) => (e.after === undefined ? null : JSON.stringify(e.after)),
    }),
  }),
});

const AuditEntryConnection = builder.connectionObject({ type: AuditEntryType, name: 'AuditEntryConnection' });

builder.queryFields((t) => ({
  auditLog: t.connection(
    {
      type: AuditEntryType,
      description:
        'The audit log, oldest first: by unit (with its subtree), by actor, by date range [from, to). The entries of the API tokens themselves (`api_token.*`: names, scopes, expiries) are listed to admin tokens only.',
      args: {
        under: t.arg({ type: UnitRefInput, description: 'Writes concerning this unit or a unit below it.' }),
        actor: t.arg.string(),
        from: t.arg({ type: DateScalar }),
        to: t.arg({ type: DateScalar }),
        asOf: t.arg({ type: DateScalar, description: `${AS_OF} Used to read a unit given by code.` }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before != null) throw backwardUnsupported();
        const admin = isAdminToken(ctx);
        if (!admin && args.actor?.startsWith('admin:'))
          throw requestError('AUTH.ADMIN_REQUIRED', {
            vi: `Chỉ mã truy cập quản trị (admin) mới được đọc nhật ký của ${args.actor}.`,
            en: `Only an admin access token may read the log of ${args.actor}.`,
          });
        const unit = args.under ? await resolveUnitRef(ctx, args.under, dateOf(args, ctx)) : null;
        const page = await auditLog(
          ctx.db,
          {
            ...(unit && { withinUnitId: unit.id }),
            ...(args.actor && { actor: args.actor }),
            ...(args.from && { from: args.from }),
            ...(args.to && { to: args.to }),
            ...(!admin && { excludeEntityTypes: TOKEN_ENTITY_TYPES }),
          },
          { first: args.first ?? 20, ...(args.after && { after: args.after }) },
        );
        if (!page.ok) throw coreRequestError(page.error);
        const edges = page.value.items.map((node) => ({ node, cursor: pageCursor(node.at, node.id) }));
        return {
          edges,
          totalCount: page.value.totalCount,
          pageInfo: {
            hasNextPage: page.value.pageInfo.hasNextPage,
            hasPreviousPage: args.after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: page.value.pageInfo.endCursor,
          },
        };
      },
    },
    AuditEntryConnection,
  ),
}));
