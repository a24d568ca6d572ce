import { readChangeCursor } from '@mttq/core';
import { readRefusal, refusalOf } from '../auth/auth-refusal.js';
import { authScopesOf } from '../auth/auth-scopes.js';
import type { Context } from '../context.js';
import { requestError } from '../errors/api-error.js';
import { builder } from './builder.js';
import { ChangeEventType } from './change-event.js';
import { AS_OF, dateOf } from './shared/args.js';
import { DateScalar } from './shared/scalars.js';
import { UnitRefInput, resolveUnitRef } from './unit-ref.js';

/** The records only admin tokens may follow the changes of (as in `auditLog`): the API tokens themselves. */
const TOKEN_ENTITY_TYPES = ['api_token'];

/** Kinds are actions or their prefixes: lower-case words joined by dots. */
const KIND = /^[a-z_]+(\.[a-zA-Z_]+)*$/;

builder.subscriptionType({
  description: 'Streams over Server-Sent Events (`Accept: text/event-stream`). Open to all, unless the server requires a token for reads.',
  authScopes: { reader: true },
});

builder.subscriptionField('changes', (t) =>
  t.field({
    type: ChangeEventType,
    description:
      'Every committed write, in commit order, as it commits. Without `after`, from now on; with the `cursor` of the last event received, everything after it, then on: a client that reconnects misses nothing and gets nothing twice. The writes of the API tokens themselves (`api_token.*`) are streamed to admin tokens only.',
    args: {
      under: t.arg({ type: UnitRefInput, description: 'Only writes concerning this unit or a unit that lies, or lay, below it.' }),
      kinds: t.arg.stringList({
        description:
          'Only these kinds: a kind (`holding.end`) or its prefix (`holding`: create and end; `assignment.status`: every status change).',
      }),
      after: t.arg.string({ description: 'The `cursor` of the last event received: go on after it.' }),
      asOf: t.arg({ type: DateScalar, description: `${AS_OF} Used to read a unit given by code.` }),
    },
    subscribe: async (_root, args, ctx: Context) => {
      // The type's scope guards `resolve`, which runs per event; the stream itself is checked here, before it opens.
      if (!authScopesOf(ctx).reader) throw readRefusal(refusalOf(ctx.auth, 'read'));
      let after: number | undefined;
      if (args.after != null) {
        after = readChangeCursor(args.after);
        if (after === undefined)
          throw requestError('PAGE.CURSOR_INVALID', {
            vi: 'Con trỏ không hợp lệ: hãy gửi lại đúng `cursor` của sự kiện cuối cùng đã nhận.',
            en: 'The cursor is not valid: send back exactly the `cursor` of the last event received.',
          });
      }
      const bad = args.kinds?.find((k) => !KIND.test(k));
      if (bad !== undefined)
        throw requestError('CHANGE.KIND_INVALID', {
          vi: `Loại thay đổi không hợp lệ: "${bad}" — ví dụ hợp lệ: "holding", "holding.end", "assignment.status".`,
          en: `Not a valid change kind: "${bad}" — valid examples: "holding", "holding.end", "assignment.status".`,
        });
      const unit = args.under ? await resolveUnitRef(ctx, args.under, dateOf(args, ctx)) : null;
      const admin = ctx.auth.kind === 'token' && ctx.auth.token.admin;
      return ctx.changes.follow({
        ...(after !== undefined && { after }),
        ...(unit && { withinUnitId: unit.id }),
        ...(args.kinds && { kinds: args.kinds }),
        ...(!admin && { excludeEntityTypes: TOKEN_ENTITY_TYPES }),
      });
    },
    resolve: (change) => change,
  }),
);
